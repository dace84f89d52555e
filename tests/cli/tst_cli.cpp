// shuyuan-cli as a clerk or a script runs it: exit codes, output, messages in both languages,
// and bad files left exactly as they were.
#include "TestSupport.h"
#include "store/CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;
using test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndUsage();
    void initValidatesInput();
    void infoListShowSearch();
    void listFiltersByLabelOrCode();
    void checkFindsTampering();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void messagesFollowTheLocale();
    void olderFormatNamesTheUpgrade();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sycat"));
    const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--resources"), QStringLiteral("400"),
                           QStringLiteral("--seed"), QStringLiteral("7"), m_demo});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("400"));
}

void TestCli::helpAndUsage()
{
    auto r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains("Usage:"));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *verb : {"init", "demo", "info", "list", "show", "search", "check"})
        QVERIFY2(r.out.contains(verb), verb);
    QVERIFY(r.out.contains("Exit codes:"));
    QVERIFY(r.out.contains("3  input/output error"));
    r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Unknown command"));
    r = runCli({QStringLiteral("info"), QStringLiteral("--bogus"), m_demo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("bogus"));
    r = runCli({QStringLiteral("show"), m_demo});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--grade"));
}

void TestCli::initValidatesInput()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sycat"));
    auto r = runCli({QStringLiteral("init"), QStringLiteral("--uscc"), QStringLiteral("91350203M0001QAY9B"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("91350203M0001QAY9B"));
    QVERIFY(!QFileInfo::exists(path));
    r = runCli({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("441000"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("441000"));
    r = runCli({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("测试目录"), QStringLiteral("--uscc"),
                QStringLiteral("91440101MA5CJQ4N59"), QStringLiteral("--region"), QStringLiteral("440100"), path});
    QCOMPARE(r.exitCode, 0);
    const QByteArray before = test::fileSha256(path);
    r = runCli({QStringLiteral("init"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(test::fileSha256(path), before);
    r = runCli({QStringLiteral("info"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("测试目录"));
    QCOMPARE(info.value(QStringLiteral("resources")).toInt(), 0);
    r = runCli({QStringLiteral("init"), m_dir.filePath(QStringLiteral("no/such/folder/x.sycat"))});
    QCOMPARE(r.exitCode, 3);
}

void TestCli::infoListShowSearch()
{
    auto r = runCli({QStringLiteral("info"), QStringLiteral("--json"), m_demo});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("resources")).toInt(), 400);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), CatalogStore::currentSchemaVersion);
    QCOMPARE(info.value(QStringLiteral("department")).toString(), QStringLiteral("广东省市场监督管理局"));
    QVERIFY(info.value(QStringLiteral("items")).toInt() > 400 * 10);

    r = runCli({QStringLiteral("info"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Data resources:   400"));

    r = runCli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 5);
    const QString firstCode = QString::fromUtf8(r.out.left(r.out.indexOf('\t')));

    r = runCli({QStringLiteral("show"), m_demo, firstCode});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QStringLiteral("code")).toString(), firstCode);
    QVERIFY(!shown.value(QStringLiteral("office")).toString().isEmpty());
    r = runCli({QStringLiteral("show"), m_demo, QStringLiteral("999999/999999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("999999/999999"));

    r = runCli({QStringLiteral("search"), m_demo, QStringLiteral("营业执照")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.isEmpty());
    for (const QByteArray &line : r.out.trimmed().split('\n'))
        QVERIFY(line.contains("营业执照") || line.contains("证照"));
    r = runCli({QStringLiteral("search"), QStringLiteral("--json"), m_demo, QStringLiteral("法定代表人")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 0);
}

void TestCli::listFiltersByLabelOrCode()
{
    auto count = [this](const QStringList &filter) {
        const auto r = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filter + QStringList{m_demo});
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
    };
    const int all = count({});
    QCOMPARE(all, 400);
    const int important = count({QStringLiteral("--grade"), QStringLiteral("important")});
    QVERIFY(important > 0 && important < all);
    QCOMPARE(count({QStringLiteral("--grade"), QStringLiteral("重要数据")}), important);
    const int two = count({QStringLiteral("--grade"), QStringLiteral("important,core")});
    QVERIFY(two >= important);
    const int conditional = count({QStringLiteral("--sharing"), QStringLiteral("有条件共享")});
    QCOMPARE(count({QStringLiteral("--sharing"), QStringLiteral("2")}), conditional);
    auto r = runCli({QStringLiteral("list"), QStringLiteral("--grade"), QStringLiteral("超级数据"), m_demo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("超级数据"));
    r = runCli({QStringLiteral("list"), QStringLiteral("--office"), QStringLiteral("不存在的处室"), m_demo});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::checkFindsTampering()
{
    const QString path = m_dir.filePath(QStringLiteral("tamper.sycat"));
    auto r = runCli({QStringLiteral("demo"), QStringLiteral("--resources"), QStringLiteral("50"), path});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("OK"));
    {
        CatalogStore store;
        QVERIFY(store.open(path));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET user = 'mallory' WHERE id = 17")));
    }
    r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("The first broken audit row is 17."), r.out.constData());
}

void TestCli::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << "garbage.sycat" << 2 << "not an SQLite database file";
    QTest::newRow("foreign") << "foreign.sqlite" << 2 << "not a Shuyuan catalog";
    QTest::newRow("future") << "future.sycat" << 2 << "newer version";
    QTest::newRow("truncated") << "truncated.sycat" << 2 << "damaged";
    QTest::newRow("corrupt") << "corrupt.sycat" << 2 << "damaged";
    QTest::newRow("missing") << "" << 3 << "does not exist";
}

void TestCli::badFilesAreRefusedUntouched()
{
    QFETCH(QString, fixture);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(fixture.isEmpty() ? QStringLiteral("missing.sycat") : fixture);
    if (!fixture.isEmpty()) {
        QFile::remove(path);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/") + fixture), path));
    }
    const QByteArray before = test::fileSha256(path);
    for (const QString &verb : {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("list")}) {
        const auto r = runCli({verb, path});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(test::fileSha256(path), before);
    }
}

void TestCli::messagesFollowTheLocale()
{
    const QString missing = m_dir.filePath(QStringLiteral("缺失.sycat"));
    auto r = runCli({QStringLiteral("info"), missing}, QStringLiteral("zh_CN"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("不存在")), r.err.constData());
    r = runCli({QStringLiteral("--help")}, QStringLiteral("zh_CN"));
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("退出码")), r.out.constData());
    r = runCli({QStringLiteral("info"), test::dataPath(QStringLiteral("catalogs/future.sycat"))}, QStringLiteral("zh_CN"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("更新")), r.err.constData());
    r = runCli({QStringLiteral("info"), m_demo}, QStringLiteral("zh_CN"));
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("数据资源")), r.out.constData());
    // --lang overrides the environment.
    r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info"), missing}, QStringLiteral("zh_CN"));
    QVERIFY(r.err.contains("does not exist"));
}

// A read-only command on a catalog of an older format refuses it untouched and names the command
// that upgrades it; after that command the catalog validates.
void TestCli::olderFormatNamesTheUpgrade()
{
    const QString path = m_dir.filePath(QStringLiteral("old-format.sycat"));
    QFile::remove(path);
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/demo-v2.sycat")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fileSha256(path);
    auto r = runCli({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 2);
    const QString hint = QStringLiteral("shuyuan-cli info %1").arg(QDir::toNativeSeparators(path));
    QVERIFY2(QString::fromUtf8(r.err).contains(hint), r.err.constData());
    QCOMPARE(test::fileSha256(path), before);
    r = runCli({QStringLiteral("validate"), path}, QStringLiteral("zh_CN"));
    QVERIFY2(QString::fromUtf8(r.err).contains(hint)
                 && QString::fromUtf8(r.err).contains(QStringLiteral("升级")),
             r.err.constData());
    // A file of the current format gets no such hint.
    r = runCli({QStringLiteral("info"), path});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("validate"), path});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(!r.out.isEmpty());
    // Nor does a catalog from a newer version, which no command here can read.
    r = runCli(
        {QStringLiteral("validate"), test::dataPath(QStringLiteral("catalogs/future.sycat"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains("shuyuan-cli info"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
