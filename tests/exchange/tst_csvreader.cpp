#include "TestSupport.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QTest>

using namespace sy;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void gbkWithEmbeddedNewlines()
    {
        CsvReader csv;
        QVERIFY2(csv.readFile(test::dataPath(QStringLiteral("exchange/gbk-newlines.csv"))),
                 qPrintable(csv.errorString()));
        QCOMPARE(csv.encoding(), QStringLiteral("GB18030"));
        QCOMPARE(csv.delimiter(), QLatin1Char(','));
        const QList<QStringList> rows = csv.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("信息资源名称"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("第一行\n第二行，含逗号"));
        QCOMPARE(rows.at(2).at(0), QStringLiteral("许可\"证\"信息"));
        QCOMPARE(rows.at(2).at(4), QStringLiteral("许可处"));
        // The third record starts on line 4 because the second spans two lines.
        QCOMPARE(csv.lines(), (QList<int>{1, 2, 4}));
    }

    void utf8BomSemicolon()
    {
        CsvReader csv;
        QVERIFY(csv.readFile(test::dataPath(QStringLiteral("exchange/utf8-bom-semicolon.csv"))));
        QCOMPARE(csv.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(csv.delimiter(), QLatin1Char(';'));
        QCOMPARE(csv.rows().at(0).at(0), QStringLiteral("信息资源名称")); // BOM stripped
        QCOMPARE(csv.rows().at(1).at(3), QStringLiteral("无条件共享"));
    }

    void utf8Tab()
    {
        CsvReader csv;
        QVERIFY(csv.readFile(test::dataPath(QStringLiteral("exchange/utf8-tab.csv"))));
        QCOMPARE(csv.delimiter(), QLatin1Char('\t'));
        QCOMPARE(csv.rows().at(1),
                 (QStringList{QStringLiteral("企业登记信息"), QStringLiteral("300001/1"),
                              QStringLiteral("每月")}));
    }

    void unclosedQuoteNamesTheLine()
    {
        CsvReader csv;
        QVERIFY(!csv.readData(QByteArray("a,b\n1,\"open\n2,3\n"), QStringLiteral("x.csv")));
        QVERIFY2(csv.errorString().contains(QStringLiteral("line 2")),
                 qPrintable(csv.errorString()));
    }

    void writerRoundTrip()
    {
        CsvWriter w;
        const QStringList row{QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QStringLiteral(" pad "), QString()};
        w.addRow(row);
        QVERIFY(w.data().startsWith("\xEF\xBB\xBF"));
        CsvReader r;
        QVERIFY(r.readData(w.data()));
        QCOMPARE(r.rows().size(), 1);
        QCOMPARE(r.rows().first(), row);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
