#include "TestSupport.h"
#include "exchange/ItemInference.h"
#include "exchange/XlsxBook.h"
#include "exchange/XlsxReader.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void cellRefs()
    {
        int r = 0, c = 0;
        QVERIFY(XlsxReader::parseCellRef(u"B12", &r, &c));
        QCOMPARE(r, 11);
        QCOMPARE(c, 1);
        QVERIFY(XlsxReader::parseCellRef(u"AA1", &r, &c));
        QCOMPARE(c, 26);
        QVERIFY(!XlsxReader::parseCellRef(u"12", &r, &c));
        QVERIFY(!XlsxReader::parseCellRef(u"A0", &r, &c));
        QCOMPARE(XlsxReader::columnName(27), QStringLiteral("AB"));
    }

    void libreOffice()
    {
        XlsxReader x;
        QVERIFY2(x.readFile(test::dataPath(QStringLiteral("exchange/libreoffice.xlsx"))),
                 qPrintable(x.errorString()));
        QCOMPARE(x.sheets().size(), 2);
        const XlsxSheet *s = x.sheet(QStringLiteral("数据资源"));
        QVERIFY(s);
        QCOMPARE(s->text(0, 0), QStringLiteral("信息资源名称"));
        QCOMPARE(s->text(1, 1), QStringLiteral("301001/000001"));
        QCOMPARE(s->cell(1, 2).toDouble(), 1234.0);
        QCOMPARE(s->text(1, 2), QStringLiteral("1234"));
        QCOMPARE(s->cell(1, 3).toDate(), QDate(2025, 3, 1)); // a number with a date style
        QCOMPARE(s->text(1, 4), QStringLiteral("1"));        // LibreOffice writes booleans as 1/0
        QCOMPARE(s->text(1, 5), QStringLiteral("第一行\n第二行"));
        QCOMPARE(s->text(1, 6), QStringLiteral("3.5"));
        QVERIFY(!s->cell(2, 2).isValid()); // sparse: missing cells stay invalid
        QCOMPARE(s->text(5, 6), QStringLiteral("稀疏"));
        QCOMPARE(s->rowCount(), 6);
        QCOMPARE(x.sheet(QStringLiteral("信息项"))->text(1, 2), QStringLiteral("字符型"));
    }

    void libxlsxwriter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("shared strings") << QStringLiteral("exchange/libxlsxwriter.xlsx");
        QTest::newRow("inline strings") << QStringLiteral("exchange/libxlsxwriter-inline.xlsx");
    }
    void libxlsxwriter()
    {
        QFETCH(QString, file);
        XlsxReader x;
        QVERIFY2(x.readFile(test::dataPath(file)), qPrintable(x.errorString()));
        const XlsxSheet *s = x.sheet(QStringLiteral("数据资源"));
        QVERIFY(s);
        QCOMPARE(s->text(1, 0), QStringLiteral("企业登记信息"));
        QCOMPARE(s->cell(1, 2).toDate(), QDate(2025, 3, 1));
        QCOMPARE(s->cell(1, 3).typeId(), int(QMetaType::Bool));
        QCOMPARE(s->text(1, 3), QStringLiteral("true"));
        QCOMPARE(s->text(1, 4), QStringLiteral("2468")); // cached formula result
        QCOMPARE(s->text(3, 5), QStringLiteral("稀疏"));
        QCOMPARE(x.sheet(QStringLiteral("信息项"))->text(1, 0), QStringLiteral("统一社会信用代码"));
    }

    void ownWriterRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        XlsxBook book;
        QVERIFY(book.open(path));
        book.addTable(QStringLiteral("表"),
                      {QStringLiteral("名称"), QStringLiteral("数量"), QStringLiteral("日期")},
                      {{QStringLiteral("甲"), 12, QDate(2024, 2, 29)},
                       {QStringLiteral("乙"), 1.5, QVariant()}});
        QVERIFY(book.close());
        XlsxReader x;
        QVERIFY(x.readFile(path));
        const XlsxSheet *s = x.sheet(QStringLiteral("表"));
        QCOMPARE(s->text(1, 1), QStringLiteral("12"));
        QCOMPARE(s->text(1, 2), QStringLiteral("2024-02-29"));
        QCOMPARE(s->text(2, 1), QStringLiteral("1.5"));
    }

    void notAWorkbook()
    {
        XlsxReader x;
        QVERIFY(!x.readData(QByteArray("not a zip"), QStringLiteral("x.xlsx")));
        QVERIFY(!x.errorString().isEmpty());
        QVERIFY(!x.readFile(test::dataPath(QStringLiteral("exchange/good.sypkg"))));
        QVERIFY(x.errorString().contains(QStringLiteral("workbook.xml")));
    }

    void inferItems()
    {
        ItemInference inf;
        inf.infer({{QStringLiteral("id"), QStringLiteral("金额"), QStringLiteral("日期"),
                    QStringLiteral("名称"), QStringLiteral("有效")},
                   {QStringLiteral("1"), QStringLiteral("3.50"), QStringLiteral("2024-01-02"),
                    QStringLiteral("甲公司"), QStringLiteral("是")},
                   {QStringLiteral("2"), QStringLiteral("12"), QStringLiteral("2024/1/3"),
                    QString(), QStringLiteral("否")}});
        const QList<InferredColumn> c = inf.columns();
        QCOMPARE(c.size(), 5);
        QCOMPARE(c.at(0).dataType, QStringLiteral("I"));
        QCOMPARE(c.at(1).dataType, QStringLiteral("F"));
        QCOMPARE(c.at(1).length, 2);
        QCOMPARE(c.at(2).dataType, QStringLiteral("D"));
        QCOMPARE(c.at(3).dataType, QStringLiteral("C"));
        QCOMPARE(c.at(3).nullShare, 0.5);
        QCOMPARE(c.at(4).dataType, QStringLiteral("L"));
        QCOMPARE(inf.items().at(0).attrs.value(QStringLiteral("tech_name")).toString(),
                 QStringLiteral("id"));
        QVERIFY(inf.inferFile(test::dataPath(QStringLiteral("exchange/libreoffice.xlsx"))));
        QCOMPARE(inf.columns().at(3).dataType, QStringLiteral("D"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
