// The validation pass's reader (ValidationQueries::scanResources: the sqlite3 handle, interned
// texts, no uuids for items) must hand the rules exactly what the plain Qt SQL reader
// (forEachResource) does, also when its text pool is cleared between resources and when the
// catalog is split into id ranges for several workers.
#include "demo/DemoGenerator.h"
#include "store/CatalogStore.h"
#include "store/RawStatement.h"
#include "store/ValidationQueries.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace sy;

class TestValidationScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanEqualsPlainReader_data();
    void scanEqualsPlainReader();
    void attrsAsText();
    void itemUuids();
    void stopsWhenAsked();
    void readsItemsFromTheIndexAlone();

private:
    // What the rules read of a resource and its items, as text, so that a difference shows.
    static QString describe(const Resource &r);
    static QString describe(const InfoItem &i);

    QTemporaryDir m_dir;
    QString m_path;
    CatalogStore m_store;
};

QString TestValidationScan::describe(const Resource &r)
{
    return QStringList{QString::number(r.id),
                       r.uuid,
                       QString::number(r.officeId),
                       r.code,
                       r.name,
                       r.summary,
                       r.grade,
                       QString::number(r.secret),
                       r.sharing,
                       r.opening,
                       r.updateCycle,
                       r.format,
                       r.status,
                       QString::number(r.records),
                       QString::number(r.bytes),
                       QString::fromUtf8(QJsonDocument(r.attrs).toJson(QJsonDocument::Compact))}
        .join(QLatin1Char('|'));
}

QString TestValidationScan::describe(const InfoItem &i)
{
    return QStringList{QString::number(i.id),
                       QString::number(i.position),
                       i.name,
                       i.dataType,
                       QString::number(i.length),
                       QString::fromUtf8(QJsonDocument(i.attrs).toJson(QJsonDocument::Compact))}
        .join(QLatin1Char('|'));
}

void TestValidationScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sycat"));
    DemoGenerator::Options options;
    options.resources = 400;
    options.seed = 11;
    options.today = QDate(2026, 6, 1);
    QString error;
    QVERIFY2(DemoGenerator::generate(m_path, options, &error), qPrintable(error));
    QVERIFY2(m_store.openReadOnly(m_path), qPrintable(m_store.errorString()));
}

void TestValidationScan::scanEqualsPlainReader_data()
{
    QTest::addColumn<qsizetype>("poolLimit");
    QTest::addColumn<int>("parts");
    QTest::newRow("one pass") << qsizetype(100000) << 1;
    QTest::newRow("pool cleared often") << qsizetype(20) << 1;
    QTest::newRow("three id ranges") << qsizetype(100000) << 3;
}

void TestValidationScan::scanEqualsPlainReader()
{
    QFETCH(qsizetype, poolLimit);
    QFETCH(int, parts);
    ValidationQueries queries(m_store);
    QStringList want;
    int emptyResources = 0;
    QVERIFY(queries.forEachResource([&](const Resource &r, const QList<InfoItem> &items) {
        want << describe(r);
        emptyResources += items.isEmpty() ? 1 : 0;
        for (const InfoItem &i : items)
            want << describe(i);
        return true;
    }));
    QVERIFY(want.size() > 400 * 5);
    QVERIFY2(emptyResources > 0, "the demo's resource without items is part of the comparison");

    queries.setTextPoolLimit(poolLimit);
    const QList<qint64> bounds = queries.idBounds(parts);
    QCOMPARE(bounds.size(), parts + 1);
    QStringList got;
    // The pool (and so the ids a pass memoises on) lasts from one id range to the next.
    QSet<QPair<const TextPool *, int>> generations;
    std::map<std::tuple<int, int, int>, int> numberOf; // texts' pool ids -> ScannedItem::texts
    for (int p = 0; p < parts; ++p) {
        QVERIFY2(
            queries.scanResources(
                [&](const Resource &r, QByteArrayView,
                    const QList<ValidationQueries::ScannedItem> &items, const TextPool &pool) {
                    if (!generations.contains(qMakePair(&pool, pool.generation())))
                        numberOf.clear(); // numbers restart with the pool
                    generations.insert(qMakePair(&pool, pool.generation()));
                    got << describe(r);
                    for (const auto &s : items) {
                        // One number per distinct (name, data type, attrs), counted from 0.
                        const auto texts = std::make_tuple(s.name, s.dataType, s.attrs);
                        if (numberOf.count(texts) == 0) {
                            [&] {
                                QCOMPARE(s.texts, int(numberOf.size()));
                            }();
                            numberOf.emplace(texts, s.texts);
                        }
                        [&] {
                            QCOMPARE(s.texts, numberOf.at(texts));
                        }();
                        InfoItem i;
                        i.id = s.id;
                        i.position = s.position;
                        i.name = pool.text(s.name);
                        i.dataType = pool.text(s.dataType);
                        i.length = s.length;
                        i.attrs
                            = QJsonDocument::fromJson(pool.bytes(s.attrs).toByteArray()).object();
                        got << describe(i);
                    }
                    return !QTest::currentTestFailed();
                },
                bounds.at(p), bounds.at(p + 1)),
            qPrintable(queries.errorString()));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want);
    if (poolLimit < 100)
        QVERIFY2(generations.size() > 10, "a small pool is cleared between resources, not kept");
    else
        QCOMPARE(generations.size(), 1);
}

// Without parsing, Resource::attrs stays empty and the visitor gets the stored JSON text.
void TestValidationScan::attrsAsText()
{
    ValidationQueries queries(m_store);
    QHash<qint64, QJsonObject> want;
    QVERIFY(queries.forEachResource([&](const Resource &r, const QList<InfoItem> &) {
        want.insert(r.id, r.attrs);
        return true;
    }));
    queries.setParseResourceAttrs(false);
    int withAttrs = 0;
    QVERIFY(
        queries.scanResources([&](const Resource &r, QByteArrayView json,
                                  const QList<ValidationQueries::ScannedItem> &, const TextPool &) {
            [&] {
                QVERIFY(r.attrs.isEmpty());
                QCOMPARE(QJsonDocument::fromJson(json.toByteArray()).object(), want.value(r.id));
            }();
            withAttrs += want.value(r.id).isEmpty() ? 0 : 1;
            return !QTest::currentTestFailed();
        }));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(withAttrs > 100);
}

void TestValidationScan::itemUuids()
{
    ValidationQueries queries(m_store);
    QHash<qint64, QString> want;
    QList<qint64> ids;
    QVERIFY(queries.forEachResource([&](const Resource &, const QList<InfoItem> &items) {
        for (const InfoItem &i : items) {
            if (i.id % 7 == 0) {
                want.insert(i.id, i.uuid);
                ids << i.id << i.id; // asked twice: answered once
            }
        }
        return true;
    }));
    QVERIFY(!ids.isEmpty());
    ids << 999999999; // no such item: left out
    const QHash<qint64, QString> got = queries.itemUuids(ids);
    QCOMPARE(got, want);
    QVERIFY(queries.errorString().isEmpty());
}

void TestValidationScan::stopsWhenAsked()
{
    ValidationQueries queries(m_store);
    int seen = 0;
    QVERIFY(queries.scanResources([&](const Resource &, QByteArrayView,
                                      const QList<ValidationQueries::ScannedItem> &,
                                      const TextPool &) { return ++seen < 10; }));
    QCOMPARE(seen, 10);
}

QTEST_GUILESS_MAIN(TestValidationScan)
// Two million look-ups from the index into the table were a fifth of "validate all" on the 100k
// demo catalog: the items are read from the index items_resource alone (schema version 4), in
// its order, without a sort.
void TestValidationScan::readsItemsFromTheIndexAlone()
{
    const QByteArray sql = QByteArray("EXPLAIN QUERY PLAN ") + ValidationQueries::itemScanSql;
    RawStatement plan(m_store.database(), sql.constData());
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QStringList steps;
    while (plan.step())
        steps << plan.string(3);
    QVERIFY2(plan.errorString().isEmpty(), qPrintable(plan.errorString()));
    QCOMPARE(steps.size(), 1);
    QVERIFY2(steps.constFirst().startsWith(QLatin1String("SEARCH items USING COVERING INDEX "
                                                         "items_resource (resource_id>?)")),
             qPrintable(steps.constFirst()));
}

#include "tst_validationscan.moc"
