#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

// The registration verbs of shuyuan-cli on the demo catalog: register, reg-status (legal and
// illegal), ledger, lists (XLSX; the PDFs need a QGuiApplication and are covered by
// tst_registrationform).
class TestRegistrationCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerAndWorkflow();
    void lists();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRegistrationCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sycat"));
    const test::CliResult r = test::runCli(
        {QStringLiteral("demo"), QStringLiteral("--resources"), QStringLiteral("100"), m_demo});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestRegistrationCli::registerAndWorkflow()
{
    // The first resource code of the demo, from the ledger.
    test::CliResult r = test::runCli({QStringLiteral("ledger"), m_demo});
    QCOMPARE(r.exitCode, 0);
    const QString firstLine = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
    const QString code = firstLine.section(QLatin1Char('\t'), 0, 0);
    QVERIFY(!code.isEmpty());
    QVERIFY(r.out.contains("0 of 100"));

    r = test::runCli({QStringLiteral("register"), m_demo, code});
    // A draft is created; what still blocks it is listed (the compliance review at least).
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("DJ-"));
    QVERIFY(r.out.contains("compliance_review"));
    const QString form = QString::fromUtf8(r.out).section(QLatin1Char(' '), 2, 2);
    QVERIFY2(form.startsWith(QLatin1String("DJ-")), qPrintable(form));

    // Ready is refused while errors remain; an illegal jump is refused too.
    r = test::runCli({QStringLiteral("reg-status"), m_demo, form, QStringLiteral("ready")});
    QCOMPARE(r.exitCode, 1);
    r = test::runCli({QStringLiteral("reg-status"), m_demo, form, QStringLiteral("accepted")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    r = test::runCli({QStringLiteral("reg-status"), m_demo, QStringLiteral("DJ-0000-99999"),
                      QStringLiteral("ready")});
    QCOMPARE(r.exitCode, 2);
    // A second 首次 of the same resource is refused.
    r = test::runCli({QStringLiteral("register"), m_demo, code});
    QCOMPARE(r.exitCode, 2);
    r = test::runCli({QStringLiteral("register"), m_demo, QStringLiteral("999999/1")});
    QCOMPARE(r.exitCode, 2);
}

void TestRegistrationCli::lists()
{
    const QString out = m_dir.filePath(QStringLiteral("lists"));
    const test::CliResult r = test::runCli(
        {QStringLiteral("lists"), QStringLiteral("--format"), QStringLiteral("xlsx"), m_demo, out});
    QCOMPARE(r.exitCode, 0);
    for (const char *name : {"sharing-list.xlsx", "opening-list.xlsx"}) {
        const QByteArray bytes = test::readAll(out + QLatin1Char('/') + QLatin1String(name));
        QVERIFY2(bytes.startsWith("PK"), name);
    }
    // The demo's classified-but-open resources are left out of the opening list, and said so.
    QVERIFY2(r.out.contains("left out"), r.out.constData());
    QCOMPARE(test::runCli({QStringLiteral("lists"), QStringLiteral("--kind"), QStringLiteral("x"),
                           m_demo, out})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestRegistrationCli)
#include "tst_registrationcli.moc"
