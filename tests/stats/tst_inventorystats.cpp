// Aggregate correctness of the inventory on a hand-countable fixture
// (tests/data/stats/inventory-fixture.json): every expected figure below was counted by hand
// from the fixture's table, not computed by code.
#include "StatsFixture.h"
#include "stats/InventoryStatsBuilder.h"
#include "store/CatalogStore.h"
#include "store/StatsQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sy;

class TestInventoryStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kpis();
    void categorySeries();
    void officeSeriesFoldsOthers();
    void registrationStatus();
    void growthPerMonth();
    void sharingByOffice();
    void officeScope();
    void perOfficeTable();
    void drillDown_data();
    void drillDown();
    void drillDownOthersAndScope();
    void quality();
    void emptyCatalog();
    void refusesUnknownColumn();
    void jsonAndText();

private:
    QList<qint64> idsOf(const QStringList &codes) const;
    QList<qint64> run(const ResourceQuery &query) const;
    InventoryStats build(const InventoryScope &scope = {});

    QTemporaryDir m_dir;
    QString m_path;
    test::StatsFixture m_fixture;
    CatalogStore m_store;
};

void TestInventoryStats::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("fixture.sycat"));
    QString error;
    QVERIFY2(test::buildStatsFixture(m_path, &m_fixture, &error), qPrintable(error));
    QVERIFY2(m_store.openReadOnly(m_path), qPrintable(m_store.errorString()));
}

QList<qint64> TestInventoryStats::idsOf(const QStringList &codes) const
{
    QList<qint64> ids;
    for (const QString &code : codes)
        ids.append(m_fixture.resources.value(code));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestInventoryStats::run(const ResourceQuery &query) const
{
    QList<qint64> ids = m_store.resourceIds(query);
    std::sort(ids.begin(), ids.end());
    return ids;
}

InventoryStats TestInventoryStats::build(const InventoryScope &scope)
{
    InventoryStatsBuilder builder(m_store, Profile::builtin());
    builder.setScope(scope);
    InventoryStats stats;
    QString error;
    if (!builder.build(&stats, &error))
        qWarning("build failed: %s", qPrintable(error));
    return stats;
}

void TestInventoryStats::kpis()
{
    const InventoryStats s = build();
    QCOMPARE(s.catalogName, QStringLiteral("底账测试目录"));
    QCOMPARE(s.kpis.resources, 10);
    QCOMPARE(s.kpis.items, 18);     // 2+3+1+2+0+4+1+2+3+0
    QCOMPARE(s.kpis.records, 4500); // 100+…+900
    QCOMPARE(s.kpis.bytes, 45000);
    QCOMPARE(s.kpis.offices, 3); // O4 holds nothing
    QCOMPARE(s.kpis.shared, 7);  // sharing 1 or 2: R02 R03 R04 R05 R06 R07 R09
    QCOMPARE(s.kpis.opened, 5);  // opening 1 or 2: R03 R04 R06 R07 R09
    // R01 accepted; R02 accepted but cancelled by an accepted 注销; R09 accepted, later 变更 draft.
    QCOMPARE(s.kpis.registered, 2);
    QCOMPARE(s.kpis.sharedShare(), 0.7);
    QVERIFY(!s.kpis.averageQuality.has_value());

    // The store's item_count column that the KPI sums must agree with the items table.
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM items")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), s.kpis.items);
}

void TestInventoryStats::categorySeries()
{
    const InventoryStats s = build();
    const StatsSeries *grade = s.seriesById(QString::fromLatin1(StatsSeriesId::Grade));
    QVERIFY(grade);
    // Vocabulary order, every category present (zero ones too), "not filled" last.
    QStringList keys;
    for (const StatsBucket &b : grade->buckets)
        keys << b.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("core"), QStringLiteral("important"),
                                QStringLiteral("g4"), QStringLiteral("g3"), QStringLiteral("g2"),
                                QStringLiteral("g1"), QString()}));
    QCOMPARE(grade->count(QStringLiteral("core")), 1);
    QCOMPARE(grade->count(QStringLiteral("important")), 4); // R02 R03 R06 R09
    QCOMPARE(grade->count(QStringLiteral("g1")), 1);
    QCOMPARE(grade->count(QString()), 1); // R10
    QCOMPARE(grade->total(), 10);
    QCOMPARE(grade->bucket(QString())->label, InventoryStatsBuilder::notFilledLabel());

    const StatsSeries *sharing = s.seriesById(QString::fromLatin1(StatsSeriesId::Sharing));
    QCOMPARE(sharing->count(QStringLiteral("1")), 4);
    QCOMPARE(sharing->count(QStringLiteral("2")), 3);
    QCOMPARE(sharing->count(QStringLiteral("3")), 2);
    const StatsSeries *opening = s.seriesById(QString::fromLatin1(StatsSeriesId::Opening));
    QCOMPARE(opening->count(QStringLiteral("1")), 3);
    QCOMPARE(opening->count(QStringLiteral("2")), 2);
    QCOMPARE(opening->count(QStringLiteral("3")), 4);
    const StatsSeries *cycle = s.seriesById(QString::fromLatin1(StatsSeriesId::UpdateCycle));
    QCOMPARE(cycle->count(QStringLiteral("4")), 3); // 每旬: R03 R04 R09
    QCOMPARE(cycle->count(QStringLiteral("8")), 2);
    QCOMPARE(cycle->count(QStringLiteral("6")), 0);
    QCOMPARE(cycle->buckets.size(), 11); // ten cycles + not filled
    const StatsSeries *format = s.seriesById(QString::fromLatin1(StatsSeriesId::Format));
    QCOMPARE(format->count(QStringLiteral("2")), 3); // R03 R07 R08
    QCOMPARE(format->count(QStringLiteral("3")), 3); // R01 R02 R09
    QCOMPARE(format->count(QStringLiteral("7")), 1);
    const StatsSeries *status = s.seriesById(QString::fromLatin1(StatsSeriesId::Status));
    QCOMPARE(status->count(QStringLiteral("published")), 7);
    QCOMPARE(status->count(QStringLiteral("draft")), 2);
    QCOMPARE(status->count(QStringLiteral("withdrawn")), 1);
}

void TestInventoryStats::officeSeriesFoldsOthers()
{
    const InventoryStats all = build();
    const StatsSeries *office = all.seriesById(QString::fromLatin1(StatsSeriesId::Office));
    QCOMPARE(office->buckets.size(), 3);
    QCOMPARE(office->buckets.at(0).label, QStringLiteral("统计股")); // largest first
    QCOMPARE(office->buckets.at(0).count, 4);
    QCOMPARE(office->total(), 10);

    InventoryScope top1;
    top1.topOffices = 1;
    const InventoryStats folded = build(top1);
    const StatsSeries *f = folded.seriesById(QString::fromLatin1(StatsSeriesId::Office));
    QCOMPARE(f->buckets.size(), 2);
    QCOMPARE(f->buckets.at(1).key, QString::fromLatin1(StatsOtherKey));
    QCOMPARE(f->buckets.at(1).label, InventoryStatsBuilder::otherOfficesLabel());
    QCOMPARE(f->buckets.at(1).count, 6);
    QCOMPARE(f->buckets.at(1).officeIds.size(), 2);

    // Two offices with top 1: folding a single office into "其他" would only hide its name.
    InventoryScope sub;
    sub.officeId = m_fixture.offices.value(QStringLiteral("O2"));
    sub.topOffices = 1;
    const InventoryStats two = build(sub);
    QCOMPARE(two.seriesById(QString::fromLatin1(StatsSeriesId::Office))->buckets.size(), 2);
}

void TestInventoryStats::registrationStatus()
{
    const InventoryStats s = build();
    const StatsSeries *reg = s.seriesById(QString::fromLatin1(StatsSeriesId::Registration));
    QVERIFY(reg);
    QCOMPARE(reg->buckets.first().key, QString());
    QCOMPARE(reg->buckets.first().label, InventoryStatsBuilder::notRegisteredLabel());
    // Latest registration of each resource: R01 accepted, R02 accepted (注销), R03 draft,
    // R06 submitted, R09 draft (变更); five resources never registered.
    QCOMPARE(reg->count(QString()), 5);
    QCOMPARE(reg->count(QStringLiteral("accepted")), 2);
    QCOMPARE(reg->count(QStringLiteral("draft")), 2);
    QCOMPARE(reg->count(QStringLiteral("submitted")), 1);
    QCOMPARE(reg->count(QStringLiteral("returned")), 0);
    QCOMPARE(reg->total(), 10);
}

void TestInventoryStats::growthPerMonth()
{
    const InventoryStats s = build();
    const StatsSeries *g = s.seriesById(QString::fromLatin1(StatsSeriesId::Growth));
    QVERIFY(g);
    QStringList months;
    QList<qint64> counts;
    for (const StatsBucket &b : g->buckets) {
        months << b.key;
        counts << b.count;
    }
    QCOMPARE(months, (QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-02"),
                                  QStringLiteral("2024-03"), QStringLiteral("2024-04"),
                                  QStringLiteral("2024-05"), QStringLiteral("2024-06")}));
    QCOMPARE(counts, (QList<qint64>{2, 0, 3, 0, 3, 2}));
}

void TestInventoryStats::sharingByOffice()
{
    const InventoryStats s = build();
    const StatsMatrix *m = s.matrixById(QString::fromLatin1(StatsSeriesId::SharingByOffice));
    QVERIFY(m);
    const QString o1 = QString::number(m_fixture.offices.value(QStringLiteral("O1")));
    const QString o2 = QString::number(m_fixture.offices.value(QStringLiteral("O2")));
    const QString o3 = QString::number(m_fixture.offices.value(QStringLiteral("O3")));
    QCOMPARE(m->cell(o1, QStringLiteral("1")), 1);
    QCOMPARE(m->cell(o1, QStringLiteral("2")), 1);
    QCOMPARE(m->cell(o1, QStringLiteral("3")), 1);
    QCOMPARE(m->cell(o2, QStringLiteral("1")), 2);
    QCOMPARE(m->cell(o2, QStringLiteral("2")), 1);
    QCOMPARE(m->cell(o2, QStringLiteral("3")), 0);
    QCOMPARE(m->cell(o3, QString()), 1);
    QCOMPARE(m->columns.at(0).count, 4); // column totals = the sharing series
    const StatsMatrix *op = s.matrixById(QString::fromLatin1(StatsSeriesId::OpeningByOffice));
    QCOMPARE(op->cell(o3, QStringLiteral("1")), 1);
    QCOMPARE(op->cell(o3, QStringLiteral("2")), 1);
    QCOMPARE(op->cell(o3, QStringLiteral("3")), 1);
}

void TestInventoryStats::officeScope()
{
    InventoryScope scope;
    scope.officeId = m_fixture.offices.value(QStringLiteral("O2")); // with its sub-office O3
    const InventoryStats s = build(scope);
    QCOMPARE(s.officeName, QStringLiteral("数据管理科"));
    QCOMPARE(s.kpis.resources, 7);
    QCOMPARE(s.kpis.items, 12); // 2+0+4+1+2+3+0
    QCOMPARE(s.kpis.records, 3900);
    QCOMPARE(s.kpis.registered, 1); // R09
    QCOMPARE(
        s.seriesById(QString::fromLatin1(StatsSeriesId::Grade))->count(QStringLiteral("important")),
        2);
    // R04 R05 R07 R08 R10 were never registered.
    QCOMPARE(s.seriesById(QString::fromLatin1(StatsSeriesId::Registration))->count(QString()), 5);
    QCOMPARE(s.seriesById(QString::fromLatin1(StatsSeriesId::Growth))->buckets.first().key,
             QStringLiteral("2024-03"));

    scope.includeSubOffices = false;
    const InventoryStats direct = build(scope);
    QCOMPARE(direct.kpis.resources, 3);
}

void TestInventoryStats::perOfficeTable()
{
    const InventoryStats s = build();
    QCOMPARE(s.offices.size(), 4); // tree order, the empty office included
    QCOMPARE(s.offices.at(0).name, QStringLiteral("办公室"));
    QCOMPARE(s.offices.at(1).name, QStringLiteral("数据管理科"));
    QCOMPARE(s.offices.at(2).name, QStringLiteral("统计股")); // below its parent
    QCOMPARE(s.offices.at(3).name, QStringLiteral("空处室"));
    QCOMPARE(s.offices.at(0).resources, 3);
    QCOMPARE(s.offices.at(0).items, 6);
    QCOMPARE(s.offices.at(0).registered, 1);
    QCOMPARE(s.offices.at(2).resources, 4);
    QCOMPARE(s.offices.at(2).items, 6);
    QCOMPARE(s.offices.at(2).bytes, 24000);
    QCOMPARE(s.offices.at(2).shared, 2);
    QCOMPARE(s.offices.at(2).opened, 2);
    QCOMPARE(s.offices.at(3).resources, 0);
}

void TestInventoryStats::drillDown_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("grade important")
        << QStringLiteral("grade") << QStringLiteral("important") << QString()
        << QStringList{QStringLiteral("R02"), QStringLiteral("R03"), QStringLiteral("R06"),
                       QStringLiteral("R09")};
    QTest::newRow("grade not filled")
        << QStringLiteral("grade") << QString() << QString() << QStringList{QStringLiteral("R10")};
    QTest::newRow("format 7") << QStringLiteral("format") << QStringLiteral("7") << QString()
                              << QStringList{QStringLiteral("R06")};
    QTest::newRow("cycle 6 (empty)")
        << QStringLiteral("update_cycle") << QStringLiteral("6") << QString() << QStringList{};
    QTest::newRow("registration draft")
        << QStringLiteral("registration") << QStringLiteral("draft") << QString()
        << QStringList{QStringLiteral("R03"), QStringLiteral("R09")};
    QTest::newRow("registration none")
        << QStringLiteral("registration") << QString() << QString()
        << QStringList{QStringLiteral("R04"), QStringLiteral("R05"), QStringLiteral("R07"),
                       QStringLiteral("R08"), QStringLiteral("R10")};
    QTest::newRow("registration returned (empty)")
        << QStringLiteral("registration") << QStringLiteral("returned") << QString()
        << QStringList{};
    QTest::newRow("growth 2024-03")
        << QStringLiteral("growth") << QStringLiteral("2024-03") << QString()
        << QStringList{QStringLiteral("R03"), QStringLiteral("R04"), QStringLiteral("R05")};
    QTest::newRow("status withdrawn") << QStringLiteral("status") << QStringLiteral("withdrawn")
                                      << QString() << QStringList{QStringLiteral("R08")};
}

void TestInventoryStats::drillDown()
{
    QFETCH(QString, series);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QStringList, codes);
    InventoryStatsBuilder builder(m_store, Profile::builtin());
    InventoryStats stats;
    QVERIFY(builder.build(&stats));
    ResourceQuery query;
    QString error;
    QVERIFY2(builder.drillDown(stats, series, key, column, &query, &error), qPrintable(error));
    QCOMPARE(run(query), idsOf(codes));
    // The drill-down of a bucket shows exactly the resources the bucket counts.
    if (const StatsSeries *s = stats.seriesById(series))
        QCOMPARE(s->count(key), qint64(codes.size()));
}

void TestInventoryStats::drillDownOthersAndScope()
{
    InventoryScope scope;
    scope.topOffices = 1;
    InventoryStatsBuilder builder(m_store, Profile::builtin());
    builder.setScope(scope);
    InventoryStats stats;
    QVERIFY(builder.build(&stats));
    ResourceQuery query;
    QVERIFY(builder.drillDown(stats, QString::fromLatin1(StatsSeriesId::Office),
                              QString::fromLatin1(StatsOtherKey), {}, &query));
    QCOMPARE(run(query).size(), 6); // O1 + O2 direct resources
    QVERIFY(!query.includeSubOffices);

    // Stacked bar: office O1 × 有条件共享 → R02 only.
    const QString o1 = QString::number(m_fixture.offices.value(QStringLiteral("O1")));
    scope.topOffices = 10;
    builder.setScope(scope);
    QVERIFY(builder.build(&stats));
    QVERIFY(builder.drillDown(stats, QString::fromLatin1(StatsSeriesId::SharingByOffice), o1,
                              QStringLiteral("2"), &query));
    QCOMPARE(run(query), idsOf({QStringLiteral("R02")}));

    // With an office scope, a category stays inside the scope.
    scope.officeId = m_fixture.offices.value(QStringLiteral("O2"));
    builder.setScope(scope);
    QVERIFY(builder.build(&stats));
    QVERIFY(builder.drillDown(stats, QString::fromLatin1(StatsSeriesId::Grade),
                              QStringLiteral("important"), {}, &query));
    QCOMPARE(run(query), idsOf({QStringLiteral("R06"), QStringLiteral("R09")}));

    QString error;
    QVERIFY(!builder.drillDown(stats, QStringLiteral("nonsense"), QStringLiteral("x"), {}, &query,
                               &error));
    QVERIFY(!error.isEmpty());
}

void TestInventoryStats::quality()
{
    InventoryStatsBuilder builder(m_store, Profile::builtin());
    InventoryStats stats;
    QVERIFY(builder.build(&stats));
    QString error;
    if (!builder.addQuality(&stats, &error))
        QSKIP(qPrintable(QStringLiteral("quality unavailable: ") + error));
    const StatsSeries *q = stats.seriesById(QString::fromLatin1(StatsSeriesId::Quality));
    QVERIFY(q);
    QCOMPARE(q->buckets.size(), 10);
    QVERIFY(q->total() > 0);
    QVERIFY(q->total() <= 10);
    QVERIFY(stats.kpis.averageQuality.has_value());
    QVERIFY(*stats.kpis.averageQuality >= 0 && *stats.kpis.averageQuality <= 100);
    // The fixture lacks most optional fields: it must have problems.
    QVERIFY(stats.kpis.openProblems.value_or(0) > 0);
    // Drill-down of a non-empty bin lists exactly its resources.
    for (const StatsBucket &b : q->buckets) {
        if (b.count == 0)
            continue;
        ResourceQuery query;
        QVERIFY(builder.drillDown(stats, q->id, b.key, {}, &query));
        QCOMPARE(run(query).size(), b.count);
    }

    // applyQuality with given scores: bins and averages are exact.
    InventoryQuality given;
    given.resourceScores = {{m_fixture.resources.value(QStringLiteral("R01")), 95.0},
                            {m_fixture.resources.value(QStringLiteral("R02")), 100.0},
                            {m_fixture.resources.value(QStringLiteral("R03")), 5.0},
                            {m_fixture.resources.value(QStringLiteral("R04")), 59.9}};
    given.average = 65.0;
    given.officeScores = {{m_fixture.offices.value(QStringLiteral("O1")), 66.7}};
    given.openProblems = 3;
    InventoryStatsBuilder::applyQuality(stats, given);
    const StatsSeries *h = stats.seriesById(QString::fromLatin1(StatsSeriesId::Quality));
    QCOMPARE(h->count(QStringLiteral("90")), 2); // 95 and 100 (the top bin is closed)
    QCOMPARE(h->count(QStringLiteral("0")), 1);
    QCOMPARE(h->count(QStringLiteral("50")), 1);
    QCOMPARE(h->total(), 4);
    QCOMPARE(*stats.kpis.averageQuality, 65.0);
    QCOMPARE(*stats.kpis.openProblems, 3);
    QCOMPARE(*stats.offices.at(0).averageQuality, 66.7);
    QVERIFY(!stats.offices.at(1).averageQuality.has_value());
}

void TestInventoryStats::emptyCatalog()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sycat"));
    {
        CatalogStore store;
        QVERIFY(store.create(path, CatalogMeta()));
    }
    CatalogStore store;
    QVERIFY(store.openReadOnly(path));
    InventoryStatsBuilder builder(store, Profile::builtin());
    InventoryStats stats;
    QString error;
    QVERIFY2(builder.build(&stats, &error), qPrintable(error));
    QCOMPARE(stats.kpis.resources, 0);
    QCOMPARE(stats.kpis.sharedShare(), 0.0);
    QCOMPARE(stats.seriesById(QString::fromLatin1(StatsSeriesId::Grade))->total(), 0);
    QVERIFY(stats.seriesById(QString::fromLatin1(StatsSeriesId::Growth))->buckets.isEmpty());
    QVERIFY(stats.offices.isEmpty());
    QVERIFY(!stats.toText().isEmpty());
}

void TestInventoryStats::refusesUnknownColumn()
{
    StatsQueries queries(m_store);
    QVERIFY(queries.countBy(QStringLiteral("name; DROP TABLE resources")).isEmpty());
    QVERIFY(!queries.errorString().isEmpty());
    QVERIFY(queries.perMonth(QStringLiteral("attrs")).isEmpty());
    QVERIFY(!queries.errorString().isEmpty());
}

void TestInventoryStats::jsonAndText()
{
    const InventoryStats s = build();
    const QJsonObject json = s.toJson();
    QCOMPARE(
        json.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("resources")).toInt(),
        10);
    const QJsonArray grade = json.value(QStringLiteral("series"))
                                 .toObject()
                                 .value(QStringLiteral("grade"))
                                 .toObject()
                                 .value(QStringLiteral("buckets"))
                                 .toArray();
    QCOMPARE(grade.at(1).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("important"));
    QCOMPARE(grade.at(1).toObject().value(QStringLiteral("count")).toInt(), 4);
    QVERIFY(json.value(QStringLiteral("kpis"))
                .toObject()
                .value(QStringLiteral("average_quality"))
                .isNull());
    const QString text = s.toText();
    QVERIFY(text.contains(QStringLiteral("70.0%")));
}

QTEST_GUILESS_MAIN(TestInventoryStats)
#include "tst_inventorystats.moc"
