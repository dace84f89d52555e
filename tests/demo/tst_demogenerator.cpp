// The demo generator: deterministic for a seed, realistic spread, and the promised defects.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "model/EntityJson.h"
#include "model/Uscc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameCatalog();
    void realisticSpreadAndDefects();
    void refusesExistingFileAndCancels();

private:
    static QByteArray dump(const QString &path);
    QTemporaryDir m_dir;
};

// Everything a clerk would see of the catalog (not the audit log, whose times are real).
QByteArray TestDemoGenerator::dump(const QString &path)
{
    CatalogStore store;
    if (!store.openReadOnly(path))
        return {};
    QJsonArray all;
    for (const Office &o : store.offices())
        all << json::fromOffice(o);
    for (const Resource &r : store.resources({})) {
        QJsonObject o = json::fromResource(r);
        QJsonArray items;
        for (const InfoItem &i : store.items(r.id))
            items << json::fromItem(i);
        o.insert(QStringLiteral("items"), items);
        all << o;
    }
    const CatalogMeta m = store.meta();
    all << m.uuid << m.name << m.uscc;
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

void TestDemoGenerator::sameSeedSameCatalog()
{
    DemoGenerator::Options options;
    options.resources = 300;
    options.seed = 42;
    options.today = QDate(2026, 6, 30);
    QString error;
    const QString a = m_dir.filePath(QStringLiteral("a.sycat"));
    const QString b = m_dir.filePath(QStringLiteral("b.sycat"));
    const QString c = m_dir.filePath(QStringLiteral("c.sycat"));
    QVERIFY2(DemoGenerator::generate(a, options, &error), qPrintable(error));
    QVERIFY2(DemoGenerator::generate(b, options, &error), qPrintable(error));
    options.seed = 43;
    QVERIFY2(DemoGenerator::generate(c, options, &error), qPrintable(error));
    const QByteArray dumpA = dump(a);
    QVERIFY(dumpA.size() > 100000);
    QCOMPARE(dumpA, dump(b));
    QVERIFY(dumpA != dump(c));
}

void TestDemoGenerator::realisticSpreadAndDefects()
{
    DemoGenerator::Options options;
    options.resources = 2000;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("spread.sycat"));
    QVERIFY2(DemoGenerator::generate(path, options, &error), qPrintable(error));
    CatalogStore store;
    QVERIFY(store.open(path));
    const CatalogCounts counts = store.counts();
    QCOMPARE(counts.resources, 2000);
    QVERIFY2(counts.items > 2000 * 15 && counts.items < 2000 * 25, qPrintable(QString::number(counts.items)));
    QVERIFY(counts.offices >= 10);
    QCOMPARE(uscc::check(store.meta().uscc), uscc::Problem::None);
    QCOMPARE(store.meta().uscc, DemoGenerator::departmentUscc());

    QSet<QString> grades, sharing, opening, cycles, formats, statuses;
    QHash<QString, int> codes;
    int noItems = 0, conditionalWithoutCondition = 0, secretOpened = 0, importantOpen = 0,
        badDate = 0;
    for (const Resource &r : store.resources({})) {
        grades << r.grade;
        sharing << r.sharing;
        opening << r.opening;
        cycles << r.updateCycle;
        formats << r.format;
        statuses << r.status;
        ++codes[r.code];
        QVERIFY(!r.name.isEmpty());
        QVERIFY(r.records > 0);
        if (store.itemCount(r.id) == 0)
            ++noItems;
        if (r.sharing == QLatin1String("2") && !r.attrs.contains(QStringLiteral("share_condition")))
            ++conditionalWithoutCondition;
        if (r.secret && r.opening != QLatin1String("3"))
            ++secretOpened;
        if (r.grade == QLatin1String("important") && r.opening == QLatin1String("1"))
            ++importantOpen;
        if (r.attrs.value(QStringLiteral("publish_date")).toString() == QLatin1String("2023-02-30"))
            ++badDate;
    }
    QCOMPARE(grades.size(), 6);
    QCOMPARE(sharing.size(), 3);
    QCOMPARE(opening.size(), 3);
    QVERIFY(cycles.size() >= 8);
    QVERIFY(formats.size() >= 6);
    QCOMPARE(statuses.size(), 3);
    // The deliberate defects are there, but rare.
    const int duplicateCodes = int(std::count_if(codes.begin(), codes.end(), [](int n) { return n > 1; }));
    for (int n : {duplicateCodes, noItems, conditionalWithoutCondition, secretOpened, importantOpen, badDate}) {
        QVERIFY(n >= 1);
        QVERIFY(n <= 20);
    }
    // 统一社会信用代码 is claimed as authoritative by more than one office (一数一源 defect).
    QSet<qint64> claimingOffices;
    for (const Resource &r : store.resources({})) {
        for (const InfoItem &i : store.items(r.id)) {
            if (i.name == QStringLiteral("统一社会信用代码") && i.attrs.value(QStringLiteral("authoritative")).toBool())
                claimingOffices << r.officeId;
        }
    }
    QVERIFY(claimingOffices.size() >= 2);
    // Real Chinese content that the search finds.
    QVERIFY(!store.search(QStringLiteral("营业执照")).isEmpty());
    QVERIFY(!store.search(QStringLiteral("法定代表人")).isEmpty());
    QVERIFY(store.check().ok);
}

void TestDemoGenerator::refusesExistingFileAndCancels()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.sycat"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QString error;
    QVERIFY(!DemoGenerator::generate(path, DemoGenerator::Options(), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QCOMPARE(test::readAll(path), QByteArray("keep me"));

    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.sycat"));
    DemoGenerator::Options options;
    options.resources = 2000;
    QVERIFY(!DemoGenerator::generate(cancelled, options, &error, [](int done, int) { return done < 600; }));
    QVERIFY(!QFileInfo::exists(cancelled));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
