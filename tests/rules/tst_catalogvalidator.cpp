#include "CatalogFixture.h"
#include "TestSupport.h"
#include "rules/CatalogValidator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

// Whole-catalog validation against a real SQLite file: the set-based cross-resource checks
// (code uniqueness, related codes, 一数一源), quality per resource / office / catalog, the live
// re-check of one resource, progress and cancel.
class TestCatalogValidator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanCatalog();
    void crossResourceChecks();
    void liveRecheck();
    void cancel();
    void sameOrderWhateverTheWorkers();

private:
    static QStringList ids(const QList<Finding> &findings);

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_offices;
    RuleEngine m_engine;
};

QStringList TestCatalogValidator::ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.ruleId;
    return out;
}

void TestCatalogValidator::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("c%1.sycat").arg(++n));
    QString error;
    QVERIFY2(test::createCatalog(m_path, 6, &error, &m_offices), qPrintable(error));
}

void TestCatalogValidator::cleanCatalog()
{
    CatalogValidator v(m_engine);
    QList<qint64> progress;
    v.setProgress([&](qint64 done, qint64 total) {
        QCOMPARE(total, 6);
        progress << done;
    });
    ValidationResult result;
    QVERIFY2(v.validate(m_path, &result), qPrintable(v.errorString()));
    for (const Finding &f : std::as_const(result.findings))
        qWarning() << f.ruleId << f.message;
    QCOMPARE(result.counts().errors + result.counts().warnings, 0);
    QCOMPARE(result.resourcesChecked, 6);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 6);
    QCOMPARE(result.catalogScore().overall, 100.0);
    QCOMPARE(result.resourceTallies.size(), 6);
    QCOMPARE(result.officeTallies.size(), 2);
    QCOMPARE(result.officeScore(m_offices.at(0)).tally.resources, 3);
}

void TestCatalogValidator::crossResourceChecks()
{
    {
        CatalogStore store;
        QVERIFY(store.open(m_path));
        // A second resource with code ...0001; a related code that does not exist; the same
        // data element offered as authoritative by both offices.
        Resource dup = test::cleanResource(QStringLiteral("301001001/000001"), m_offices.at(0));
        dup.attrs.insert(
            QStringLiteral("related_codes"),
            QJsonArray{QStringLiteral("301001001/000002"), QStringLiteral("301001001/999999")});
        QList<InfoItem> items = test::cleanItems();
        QVERIFY(store.insertResource(dup));
        QVERIFY(store.setItems(dup.id, items));
        for (qint64 id : {store.resourceByCode(QStringLiteral("301001001/000002"))->id,
                          store.resourceByCode(QStringLiteral("301001001/000003"))->id}) {
            QList<InfoItem> list = store.items(id);
            list[0].attrs.insert(QStringLiteral("authoritative"), true);
            list[0].attrs.insert(QStringLiteral("data_element"), QStringLiteral("DE00001"));
            QVERIFY(store.setItems(id, list));
        }
    }
    CatalogValidator v(m_engine);
    ValidationResult result;
    QVERIFY2(v.validate(m_path, &result), qPrintable(v.errorString()));
    const QStringList found = ids(result.findings);
    QCOMPARE(found.count(QStringLiteral("gd.resource.code.unique")), 2);
    QCOMPARE(found.count(QStringLiteral("gd.resource.related_codes.exist")), 1);
    QCOMPARE(found.count(QStringLiteral("gd.item.one_source")), 2);
    for (const Finding &f : std::as_const(result.findings)) {
        if (f.ruleId == QLatin1String("gd.item.one_source")) {
            // Names both offices.
            QVERIFY2(f.message.contains(QStringLiteral("登记注册局"))
                         && f.message.contains(QStringLiteral("信用监督管理处")),
                     qPrintable(f.message));
            QCOMPARE(f.entity, EntityKind::InfoItem);
        }
        if (f.ruleId == QLatin1String("gd.resource.related_codes.exist"))
            QVERIFY(f.message.contains(QStringLiteral("301001001/999999")));
        if (f.ruleId == QLatin1String("gd.resource.code.unique")) {
            // Names the resource itself, so that the two rows can be told apart.
            CatalogStore store;
            QVERIFY(store.openReadOnly(m_path));
            const std::optional<Resource> r = store.resourceByUuid(f.uuid);
            QVERIFY(r && !r->name.isEmpty());
            QVERIFY2(f.message.contains(r->name), qPrintable(f.message));
        }
    }
    QVERIFY(result.catalogScore().consistency < 1.0);
    QCOMPARE(result.counts().errors, 3);

    // The live re-check of one resource finds its own share of the cross-resource problems.
    CatalogStore store;
    QVERIFY(store.openReadOnly(m_path));
    const qint64 second = store.resourceByCode(QStringLiteral("301001001/000002"))->id;
    QVERIFY(ids(CatalogValidator::checkResource(m_engine, store, second))
                .contains(QStringLiteral("gd.item.one_source")));
    const qint64 fourth = store.resourceByCode(QStringLiteral("301001001/000004"))->id;
    QVERIFY(ids(CatalogValidator::checkResource(m_engine, store, fourth)).isEmpty());
}

void TestCatalogValidator::liveRecheck()
{
    CatalogStore store;
    QVERIFY(store.open(m_path));
    Resource r = *store.resourceByCode(QStringLiteral("301001001/000004"));
    r.sharing = QStringLiteral("2");
    r.code = QStringLiteral("301001001/000005"); // now a duplicate
    QVERIFY(store.updateResource(r));
    QStringList found = ids(CatalogValidator::checkResource(m_engine, store, r.id));
    QVERIFY(found.contains(QStringLiteral("resource.share_condition.required_if_conditional")));
    QVERIFY(found.contains(QStringLiteral("gd.resource.code.unique")));
    for (const Finding &f : CatalogValidator::checkResource(m_engine, store, r.id)) {
        if (f.ruleId == QLatin1String("gd.resource.code.unique"))
            QVERIFY2(f.message.contains(r.name), qPrintable(f.message));
    }
    const QualityScore before = CatalogValidator::scoreResource(m_engine, store, r.id);
    QVERIFY(before.overall < 100);
    // Fixing both clears them.
    r.code = QStringLiteral("301001001/000044");
    r.attrs.insert(QStringLiteral("share_condition"), QStringLiteral("仅限政务部门依法履职使用"));
    QVERIFY(store.updateResource(r));
    found = ids(CatalogValidator::checkResource(m_engine, store, r.id));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    QCOMPARE(CatalogValidator::scoreResource(m_engine, store, r.id).overall, 100.0);
}

void TestCatalogValidator::cancel()
{
    CatalogValidator v(m_engine);
    v.setThreads(1);
    v.cancel();
    ValidationResult result;
    QVERIFY(v.validate(m_path, &result));
    QVERIFY(result.cancelled);
    QCOMPARE(result.resourcesChecked, 0);
}

// Two resources sharing a code have findings that tie on everything shown; which worker checked
// which must not decide their order.
void TestCatalogValidator::sameOrderWhateverTheWorkers()
{
    Finding a;
    a.resourceCode = QStringLiteral("301001001/000001");
    a.ruleId = QStringLiteral("gd.resource.code.unique");
    a.resourceId = 7;
    Finding b = a;
    b.resourceId = 3;
    Finding c = a;
    c.resourceCode = QStringLiteral("301001001/000000");
    c.resourceId = 9;
    QList<Finding> list{a, b, c};
    sortFindings(list);
    QCOMPARE(list.at(0).resourceId, 9);
    QCOMPARE(list.at(1).resourceId, 3);
    QCOMPARE(list.at(2).resourceId, 7);

    // And the whole result, with as many workers as there are ranges and more.
    QList<QStringList> runs;
    for (int threads : {1, 2, 5}) {
        CatalogValidator v(m_engine);
        v.setThreads(threads);
        ValidationResult result;
        QVERIFY2(v.validate(m_path, &result), qPrintable(v.errorString()));
        QStringList run;
        for (const Finding &f : std::as_const(result.findings))
            run << f.uuid + f.ruleId + f.message;
        runs << run;
    }
    QCOMPARE(runs.at(1), runs.at(0));
    QCOMPARE(runs.at(2), runs.at(0));
}

QTEST_GUILESS_MAIN(TestCatalogValidator)
#include "tst_catalogvalidator.moc"
