#include "ValidationQueries.h"

#include "CatalogStore.h"
#include "RawStatement.h"
#include "SqlRows.h"
#include "TextHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <unordered_map>

namespace sy {

namespace {

// The key of "the same item" for 一数一源: its data element when given, else its name without
// spaces, case-folded (SQLite's lower() folds ASCII only, which is what item names need).
const char *const oneSourceKeySql
    = "CASE WHEN trim(coalesce(json_extract(i.attrs, '$.data_element'), '')) <> '' "
      "THEN 'e:' || lower(trim(json_extract(i.attrs, '$.data_element'))) "
      "ELSE 'n:' || lower(replace(replace(trim(i.name), ' ', ''), '　', '')) END";

} // namespace

// Every column here is in the index items_resource (schema version 4): SQLite reads the index
// alone, which tests/store/tst_validationscan checks through the query plan. No upper bound: the
// scan stops at the first item past its range, which saves SQLite a comparison on every row.
const char *const ValidationQueries::itemScanSql
    = "SELECT id, resource_id, position, name, data_type, length, attrs FROM items "
      "WHERE resource_id >= ?1 ORDER BY resource_id, position";

// The texts scanResources() has interned, kept from one call to the next: a validation pass
// scans several id ranges, and each would otherwise start with nothing interned (and the pass
// with nothing memoised on the ids).
struct ValidationQueries::ScanTexts
{
    TextPool pool;
    // An item's three texts are looked up as one key: one hash look-up per item instead of
    // three. The key views the row while looking up, and the pool's copies once stored.
    struct Key
    {
        QByteArrayView name, dataType, attrs;
        bool operator==(const Key &o) const
        {
            return sameBytes(name, o.name) && sameBytes(dataType, o.dataType)
                   && sameBytes(attrs, o.attrs);
        }
    };
    struct KeyHash
    {
        KeyHash()
            : seed(QHashSeed::globalSeed())
        {
        }
        size_t seed;
        size_t operator()(const Key &k) const
        {
            return textHash(k.attrs, textHash(k.dataType, textHash(k.name, seed)));
        }
    };
    struct Ids
    {
        int name, dataType, attrs, texts;
    };
    std::unordered_map<Key, Ids, KeyHash> items;
};

ValidationQueries::ValidationQueries(const CatalogStore &store)
    : m_store(store)
{
}

ValidationQueries::~ValidationQueries() = default;

bool ValidationQueries::fail(const QString &what, const QString &detail)
{
    m_error = tr("Validation query failed (%1): %2").arg(what, detail);
    return false;
}

QList<ValidationQueries::DuplicateCode> ValidationQueries::duplicateCodes(qint64 resourceId)
{
    QList<DuplicateCode> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT r.id, r.uuid, r.code, coalesce(r.office_id, 0), d.n, r.name FROM resources r "
        "JOIN (SELECT code, count(*) AS n FROM resources WHERE code <> '' GROUP BY code "
        "      HAVING count(*) > 1) d ON d.code = r.code ORDER BY r.code, r.id");
    if (resourceId > 0) {
        // One resource: two look-ups on the code index instead of grouping the catalog.
        sql = QStringLiteral(
            "SELECT r.id, r.uuid, r.code, coalesce(r.office_id, 0), "
            "       (SELECT count(*) FROM resources x WHERE x.code = r.code) AS n, "
            "       r.name "
            "FROM resources r WHERE r.id = :id AND r.code <> '' AND n > 1");
    }
    if (!q.prepare(sql)) {
        fail(QStringLiteral("duplicate codes"), q.lastError().text());
        return out;
    }
    if (resourceId > 0)
        q.bindValue(QStringLiteral(":id"), resourceId);
    if (!q.exec()) {
        fail(QStringLiteral("duplicate codes"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        DuplicateCode d;
        d.resource.id = q.value(0).toLongLong();
        d.resource.uuid = q.value(1).toString();
        d.resource.code = q.value(2).toString();
        d.resource.officeId = q.value(3).toLongLong();
        d.count = q.value(4).toInt();
        d.resource.name = q.value(5).toString();
        out << d;
    }
    return out;
}

QList<ValidationQueries::MissingRelated> ValidationQueries::missingRelatedCodes(qint64 resourceId)
{
    QList<MissingRelated> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // instr() skips the JSON parser for the many resources without related codes.
    QString sql
        = QStringLiteral("SELECT r.id, r.uuid, r.code, coalesce(r.office_id, 0), trim(j.value) "
                         "FROM resources r, json_each(r.attrs, '$.related_codes') j "
                         "WHERE instr(r.attrs, '\"related_codes\"') > 0 AND trim(j.value) <> '' "
                         "AND NOT EXISTS (SELECT 1 FROM resources x WHERE x.code = trim(j.value)) "
                         "ORDER BY r.code, r.id");
    if (resourceId > 0) {
        // One resource: its row by id first, so json_each runs once.
        sql = QStringLiteral(
            "SELECT r.id, r.uuid, r.code, coalesce(r.office_id, 0), trim(j.value) "
            "FROM (SELECT * FROM resources WHERE id = :id) r, "
            "     json_each(r.attrs, '$.related_codes') j "
            "WHERE trim(j.value) <> '' "
            "AND NOT EXISTS (SELECT 1 FROM resources x WHERE x.code = trim(j.value))");
    }
    if (!q.prepare(sql)) {
        fail(QStringLiteral("related codes"), q.lastError().text());
        return out;
    }
    if (resourceId > 0)
        q.bindValue(QStringLiteral(":id"), resourceId);
    if (!q.exec()) {
        fail(QStringLiteral("related codes"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        MissingRelated m;
        m.resource.id = q.value(0).toLongLong();
        m.resource.uuid = q.value(1).toString();
        m.resource.code = q.value(2).toString();
        m.resource.officeId = q.value(3).toLongLong();
        m.missingCode = q.value(4).toString();
        out << m;
    }
    return out;
}

QList<ValidationQueries::OneSourceConflict> ValidationQueries::oneSourceConflicts(qint64 resourceId)
{
    QList<OneSourceConflict> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // One row per (key, office) of authoritative items: the office's first resource holding it.
    // Keys held by one office
    // only are dropped in C++; a conflict is then reported once per office, naming another office,
    // rather than once per resource. For a single resource, its own items are reported instead.
    const QString auth
        = QStringLiteral(
              "SELECT i.id AS item_id, i.uuid AS item_uuid, i.position, i.name, r.id AS rid, "
              "       r.uuid AS ruuid, r.code, coalesce(r.office_id, 0) AS office, %1 AS k "
              "FROM items i JOIN resources r ON r.id = i.resource_id "
              "WHERE instr(i.attrs, '\"authoritative\"') > 0 "
              "  AND json_extract(i.attrs, '$.authoritative') IN (1, 'true', '1', '是')")
              .arg(QString::fromUtf8(oneSourceKeySql));
    QString sql;
    if (resourceId > 0) {
        // Live re-check of one resource: its own authoritative items, compared with the items of
        // the same name only (found through the items_name index). Scanning two million items
        // for a data element would stall the editor; "validate all" compares every key.
        sql = QStringLiteral(
                  "WITH mine AS MATERIALIZED (%1 AND i.resource_id = :id), "
                  "cand AS MATERIALIZED (%1 AND i.resource_id <> :id "
                  "    AND i.name IN (SELECT name FROM mine)) "
                  "SELECT a.rid, a.ruuid, a.code, a.office, a.item_id, a.item_uuid, a.position, "
                  "       a.name, b.office, min(b.code) "
                  "FROM mine a JOIN cand b ON b.k = a.k AND b.office <> a.office "
                  "GROUP BY a.item_id ORDER BY a.position")
                  .arg(auth);
    } else {
        // The office's resource is the one with the least code, then id, then item position.
        sql = QStringLiteral(
                  "WITH auth AS MATERIALIZED (%1), "
                  "ranked AS (SELECT *, row_number() OVER (PARTITION BY k, office "
                  "                                    ORDER BY code, rid, position) AS rn "
                  "           FROM auth) "
                  "SELECT rid, ruuid, code, office, item_id, item_uuid, position, name, k "
                  "FROM ranked WHERE rn = 1 ORDER BY k, office")
                  .arg(auth);
    }
    if (!q.prepare(sql)) {
        fail(QStringLiteral("一数一源"), q.lastError().text());
        return out;
    }
    if (resourceId > 0)
        q.bindValue(QStringLiteral(":id"), resourceId);
    if (!q.exec()) {
        fail(QStringLiteral("一数一源"), q.lastError().text());
        return out;
    }
    auto read = [&q] {
        OneSourceConflict c;
        c.resource.id = q.value(0).toLongLong();
        c.resource.uuid = q.value(1).toString();
        c.resource.code = q.value(2).toString();
        c.resource.officeId = q.value(3).toLongLong();
        c.item.id = q.value(4).toLongLong();
        c.item.uuid = q.value(5).toString();
        c.item.position = q.value(6).toInt();
        c.item.name = q.value(7).toString();
        c.item.resourceId = c.resource.id;
        return c;
    };
    if (resourceId > 0) {
        while (q.next()) {
            OneSourceConflict c = read();
            c.otherOfficeId = q.value(8).toLongLong();
            c.otherResourceCode = q.value(9).toString();
            out << c;
        }
        return out;
    }
    QList<OneSourceConflict> group;
    QString groupKey;
    auto flush = [&] {
        for (int i = 0; group.size() > 1 && i < group.size(); ++i) {
            OneSourceConflict c = group.at(i);
            const OneSourceConflict &other = group.at(i == 0 ? 1 : 0);
            c.otherOfficeId = other.resource.officeId;
            c.otherResourceCode = other.resource.code;
            out << c;
        }
        group.clear();
    };
    while (q.next()) {
        const QString k = q.value(8).toString();
        if (k != groupKey) {
            flush();
            groupKey = k;
        }
        group << read();
    }
    flush();
    return out;
}

namespace {

// SQLite's trim(X): spaces only, not other white space.
QString sqlTrim(const QString &s)
{
    qsizetype from = 0, to = s.size();
    while (from < to && s.at(from) == QLatin1Char(' '))
        ++from;
    while (to > from && s.at(to - 1) == QLatin1Char(' '))
        --to;
    return s.mid(from, to - from);
}

// SQLite's lower(X) without ICU: ASCII letters only.
QString sqlLower(QString s)
{
    for (QChar &c : s) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return s;
}

// The text SQLite gives a JSON scalar (json_extract / json_each value), or a null string for
// arrays, objects and null.
QString sqlJsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 15);
    }
    return QString();
}

} // namespace

QString ValidationQueries::oneSourceKey(const QString &itemName, const QJsonObject &itemAttrs)
{
    // json_extract(attrs, '$.authoritative') IN (1, 'true', '1', '是')
    const QJsonValue a = itemAttrs.value(QLatin1String("authoritative"));
    const bool authoritative
        = a.isBool() ? a.toBool()
          : a.isDouble()
              ? a.toDouble() == 1.0
              : (a.isString()
                 && (a.toString() == QLatin1String("true") || a.toString() == QLatin1String("1")
                     || a.toString() == QStringLiteral("是")));
    if (!authoritative)
        return QString();
    const QString element = sqlTrim(sqlJsonText(itemAttrs.value(QLatin1String("data_element"))));
    if (!element.isEmpty())
        return QStringLiteral("e:") + sqlLower(element);
    QString name = sqlTrim(itemName);
    name.remove(QLatin1Char(' '));
    name.remove(QChar(0x3000)); // ideographic space
    return QStringLiteral("n:") + sqlLower(name);
}

QStringList ValidationQueries::relatedCodes(const QJsonObject &resourceAttrs)
{
    return relatedCodes(resourceAttrs.value(QLatin1String("related_codes")));
}

QStringList ValidationQueries::relatedCodes(const QJsonValue &v)
{
    // json_each over '$.related_codes': the elements of an array, or the value itself.
    QList<QJsonValue> values;
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        values = QList<QJsonValue>(array.begin(), array.end());
    } else {
        values << v;
    }
    QStringList out;
    for (const QJsonValue &e : std::as_const(values)) {
        const QString code = sqlTrim(sqlJsonText(e));
        if (!code.isEmpty())
            out << code;
    }
    return out;
}

qint64 ValidationQueries::resourceCount()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM resources")) || !q.next()) {
        fail(QStringLiteral("count"), q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<qint64> ValidationQueries::idBounds(int parts)
{
    // Split by id value: two index look-ups however many parts, where counting rows up to each
    // bound reads the table. Ids are dense unless many resources were deleted, and the validator
    // hands the ranges out as work, so an uneven one evens out.
    QList<qint64> bounds{0};
    QSqlQuery q(m_store.database());
    // Two subqueries: SQLite answers a lone min() or max() from the end of the table, but reads
    // every row for both in one SELECT (10 ms on 100k, while the passes wait).
    if (q.exec(QStringLiteral(
            "SELECT (SELECT min(id) FROM resources), (SELECT max(id) FROM resources)"))
        && q.next() && !q.value(0).isNull()) {
        const qint64 low = q.value(0).toLongLong();
        const qint64 span = q.value(1).toLongLong() - low + 1;
        for (int p = 1; p < parts; ++p)
            bounds << low + span * p / parts;
    }
    bounds << 0; // open upper bound
    return bounds;
}

bool ValidationQueries::forEachResource(
    const std::function<bool(const Resource &, const QList<InfoItem> &)> &visit,
    qint64 fromId,
    qint64 toId)
{
    const QString range = toId > 0 ? QStringLiteral(" WHERE %1 >= :from AND %1 < :to")
                                   : QStringLiteral(" WHERE %1 >= :from");
    QSqlQuery rq(m_store.database());
    rq.setForwardOnly(true);
    if (!rq.prepare(QStringLiteral("SELECT %1 FROM resources r").arg(rows::resourceColumns())
                    + range.arg(QStringLiteral("r.id")) + QStringLiteral(" ORDER BY r.id"))) {
        return fail(QStringLiteral("resources"), rq.lastError().text());
    }
    QSqlQuery iq(m_store.database());
    iq.setForwardOnly(true);
    if (!iq.prepare(QStringLiteral("SELECT %1 FROM items").arg(rows::itemColumns())
                    + range.arg(QStringLiteral("resource_id"))
                    + QStringLiteral(" ORDER BY resource_id, position"))) {
        return fail(QStringLiteral("items"), iq.lastError().text());
    }
    for (QSqlQuery *q : {&rq, &iq}) {
        q->bindValue(QStringLiteral(":from"), fromId);
        if (toId > 0)
            q->bindValue(QStringLiteral(":to"), toId);
        if (!q->exec())
            return fail(QStringLiteral("stream"), q->lastError().text());
    }
    bool haveItem = iq.next();
    InfoItem pending = haveItem ? rows::item(iq) : InfoItem();
    QList<InfoItem> items;
    while (rq.next()) {
        const Resource r = rows::resource(rq);
        items.clear();
        // Items of resources before this one would be orphans (foreign keys forbid them).
        while (haveItem && pending.resourceId < r.id) {
            haveItem = iq.next();
            if (haveItem)
                pending = rows::item(iq);
        }
        while (haveItem && pending.resourceId == r.id) {
            items << pending;
            haveItem = iq.next();
            if (haveItem)
                pending = rows::item(iq);
        }
        if (!visit(r, items))
            return true;
    }
    if (rq.lastError().isValid())
        return fail(QStringLiteral("resources"), rq.lastError().text());
    return true;
}

bool ValidationQueries::scanResources(const ScanVisitor &visit, qint64 fromId, qint64 toId)
{
    const qint64 upper = toId > 0 ? toId : std::numeric_limits<qint64>::max();
    // Reading the file through a memory map saves a read() and a copy of every page: a third of
    // the pass on a 700 MB catalog. The pass only reads, so an I/O error cannot damage the file.
    {
        RawStatement mmap(m_store.database(), "PRAGMA mmap_size = 4294967296");
        while (mmap.step()) {
        }
    }
    RawStatement rq(m_store.database(),
                    "SELECT id, uuid, coalesce(office_id, 0), code, name, summary, grade, secret, "
                    "sharing, opening, update_cycle, format, status, records, bytes, attrs "
                    "FROM resources WHERE id >= ?1 AND id < ?2 ORDER BY id");
    RawStatement iq(m_store.database(), itemScanSql);
    for (RawStatement *q : {&rq, &iq}) {
        if (!q->isValid())
            return fail(QStringLiteral("scan"), q->errorString());
        q->bind(1, fromId);
    }
    rq.bind(2, upper);
    // Grades, sharing types, cycles and the like repeat too: interned alongside the items' texts.
    if (!m_scanTexts)
        m_scanTexts = std::make_unique<ScanTexts>();
    TextPool &pool = m_scanTexts->pool;
    auto &itemTexts = m_scanTexts->items;
    auto pooled = [&pool](const RawStatement &q, int column) {
        return pool.text(pool.intern(q.text(column)));
    };
    auto textsOf = [&](QByteArrayView name, QByteArrayView dataType, QByteArrayView attrs) {
        const auto found = itemTexts.find(ScanTexts::Key{name, dataType, attrs});
        if (found != itemTexts.end())
            return found->second;
        const ScanTexts::Ids ids{pool.intern(name), pool.intern(dataType), pool.intern(attrs),
                                 int(itemTexts.size())};
        itemTexts.emplace(
            ScanTexts::Key{pool.bytes(ids.name), pool.bytes(ids.dataType), pool.bytes(ids.attrs)},
            ids);
        return ids;
    };
    // The current item's resource id, read once a row (two million calls saved on 100k).
    bool haveItem = false;
    qint64 itemResource = 0;
    auto nextItem = [&] {
        haveItem = iq.step();
        itemResource = haveItem ? iq.int64(1) : 0;
        haveItem = haveItem && itemResource < upper;
    };
    nextItem();
    QList<ScannedItem> items;
    Resource r;
    while (rq.step()) {
        // A pool of many distinct texts (a catalog without repeats) is dropped between resources
        // so the pass keeps a bounded amount of memory.
        if (pool.size() > m_poolLimit) {
            pool.clear();
            itemTexts.clear();
        }
        r.id = rq.int64(0);
        r.uuid = rq.string(1);
        r.officeId = rq.int64(2);
        r.code = rq.string(3);
        r.name = rq.string(4);
        r.summary = rq.string(5);
        r.grade = pooled(rq, 6);
        r.secret = rq.int64(7) != 0;
        r.sharing = pooled(rq, 8);
        r.opening = pooled(rq, 9);
        r.updateCycle = pooled(rq, 10);
        r.format = pooled(rq, 11);
        r.status = pooled(rq, 12);
        r.records = rq.int64(13);
        r.bytes = rq.int64(14);
        const QByteArrayView attrs = rq.text(15);
        if (m_parseAttrs) {
            r.attrs = QJsonDocument::fromJson(QByteArray::fromRawData(attrs.data(), attrs.size()))
                          .object();
        }
        items.clear();
        // Items of resources before this one would be orphans (foreign keys forbid them).
        while (haveItem && itemResource < r.id)
            nextItem();
        while (haveItem && itemResource == r.id) {
            ScannedItem item;
            item.id = iq.int64(0);
            item.position = int(iq.int64(2));
            item.length = int(iq.int64(5));
            const ScanTexts::Ids texts = textsOf(iq.text(3), iq.text(4), iq.text(6));
            item.name = texts.name;
            item.dataType = texts.dataType;
            item.attrs = texts.attrs;
            item.texts = texts.texts;
            items << item;
            nextItem();
        }
        if (!iq.errorString().isEmpty())
            return fail(QStringLiteral("items"), iq.errorString());
        if (!visit(r, attrs, items, pool))
            return true;
    }
    if (!rq.errorString().isEmpty())
        return fail(QStringLiteral("resources"), rq.errorString());
    return true;
}

QHash<qint64, QString> ValidationQueries::itemUuids(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    RawStatement q(m_store.database(), "SELECT uuid FROM items WHERE id = ?1");
    if (!q.isValid()) {
        fail(QStringLiteral("item uuids"), q.errorString());
        return out;
    }
    for (qint64 id : ids) {
        if (out.contains(id))
            continue;
        q.bind(1, id);
        if (q.step())
            out.insert(id, q.string(0));
        q.reset();
    }
    return out;
}

} // namespace sy
