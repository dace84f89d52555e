#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

// `shuyuan-cli validate` on the demo catalog: every deliberate defect of the demo generator is
// found, the exit code says so, and text / JSON / CSV agree.
class TestValidateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoDefects();
    void formats();
    void chinese();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestValidateCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sycat"));
    const test::CliResult r = test::runCli(
        {QStringLiteral("demo"), QStringLiteral("--resources"), QStringLiteral("800"), m_demo});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestValidateCli::demoDefects()
{
    const test::CliResult r = test::runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), m_demo});
    QCOMPARE(r.exitCode, 1); // errors exist
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("resources")).toInt(), 800);
    QSet<QString> rules;
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &v : findings)
        rules.insert(v.toObject().value(QStringLiteral("rule")).toString());
    // The demo generator's deliberate defects (app/demo/DemoGenerator.h).
    const QStringList expected = {
        QStringLiteral(
            "resource.share_condition.required_if_conditional"), // 有条件共享 w/o 共享条件
        QStringLiteral("resource.opening.not_shared"),           // 不予共享 but open
        QStringLiteral("resource.opening.secret"),               // 涉密 but open
        QStringLiteral("resource.opening.grade"),                // 重要数据 无条件开放
        QStringLiteral("gd.resource.code.unique"),               // code used twice
        QStringLiteral("gd.resource.items.none"),                // no items
        QStringLiteral("gd.item.name.duplicate"),                // same item name twice
        QStringLiteral("gd.resource.related_codes.exist"),       // related code missing
        QStringLiteral("resource.publish_date.date"),            // 2023-02-30
        QStringLiteral("gd.item.length"),                        // date item length 200
        QStringLiteral("gd.item.one_source"),                    // 一数一源
    };
    for (const QString &rule : expected)
        QVERIFY2(rules.contains(rule), qPrintable(rule));
    const QJsonObject quality = root.value(QStringLiteral("quality")).toObject();
    QVERIFY(quality.value(QStringLiteral("overall")).toDouble() > 0);
    QCOMPARE(quality.value(QStringLiteral("explanation")).toArray().size(), 4);
}

void TestValidateCli::formats()
{
    const test::CliResult json = test::runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), m_demo});
    const int count = QJsonDocument::fromJson(json.out)
                          .object()
                          .value(QStringLiteral("findings"))
                          .toArray()
                          .size();
    const test::CliResult csv = test::runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("csv"), m_demo});
    QCOMPARE(csv.exitCode, 1);
    QVERIFY(csv.out.startsWith("severity,rule,entity,resource_code,item,field,message\n"));
    // One line per finding (messages contain no line breaks).
    QCOMPARE(csv.out.count('\n'), count + 1);
    const test::CliResult text = test::runCli({QStringLiteral("validate"), m_demo});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("Quality score"));
    const test::CliResult bad = test::runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), m_demo});
    QCOMPARE(bad.exitCode, 2);
}

void TestValidateCli::chinese()
{
    const test::CliResult r
        = test::runCli({QStringLiteral("validate"), m_demo}, QStringLiteral("zh_CN"));
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("共享条件未填写")), qPrintable(out.left(2000)));
    QVERIFY2(out.contains(QStringLiteral("一数一源")), qPrintable(out.left(2000)));
    QVERIFY(out.contains(QStringLiteral("错误")));
}

void TestValidateCli::badInput()
{
    QCOMPARE(
        test::runCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("none.sycat"))})
            .exitCode,
        3);
    QCOMPARE(test::runCli({QStringLiteral("validate")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
