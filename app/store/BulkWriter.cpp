#include "BulkWriter.h"

#include "RawStatement.h"
#include "SearchIndex.h"
#include "SearchIndexBuilder.h"
#include "SqlRows.h"
#include "model/Entity.h"

#include <QSqlError>
#include <QThread>

namespace sy {

namespace {

// The search rows of every resource from `firstId` on, from the tables: the same text that
// addResource() writes row by row (SearchIndex::indexed), item names in position order.
const char *const buildSearchSql
    = "INSERT INTO search_index(rowid, name, summary, items) "
      "SELECT r.id, r.name || '  ', r.summary || '  ', coalesce((SELECT group_concat(name, ' ') "
      "FROM (SELECT name FROM items WHERE resource_id = r.id ORDER BY position)), '') || '  ' "
      "FROM resources r WHERE r.id >= ?";

// A time as the store writes it (rows::timeText), or `fallback` when the text is not a time.
QByteArray storedTime(QByteArrayView text, const QByteArray &fallback)
{
    if (text.isEmpty())
        return fallback;
    const QDateTime t = rows::timeFromText(QString::fromLatin1(text));
    return t.isValid() ? rows::timeText(t).toLatin1() : fallback;
}

QByteArrayView objectText(QByteArrayView attrs)
{
    return attrs.isEmpty() ? QByteArrayView("{}") : attrs;
}

} // namespace

BulkWriter::BulkWriter(CatalogStore &store)
    : m_store(store)
    , m_insertResource(store.database())
    , m_insertItem(store.database())
    , m_insertSearch(store.database())
    , m_updateCount(store.database())
{
}

BulkWriter::~BulkWriter()
{
    cancel();
}

bool BulkWriter::fail(const QString &message, const QSqlQuery &q)
{
    m_error = message.arg(q.lastError().text());
    m_store.setError(m_error);
    return false;
}

bool BulkWriter::failRaw(const QString &message, const RawStatement &statement)
{
    m_error = message.arg(statement.errorString());
    m_store.setError(m_error);
    return false;
}

bool BulkWriter::execAll(const QStringList &statements)
{
    QSqlQuery q(m_store.database());
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fail(tr("Cannot prepare the bulk insert: %1"), q);
    }
    return true;
}

bool BulkWriter::start(Mode mode)
{
    m_mode = mode;
    m_deferredIndexes.clear();
    // Large inserts touch every index at random places (uuids, item names); with SQLite's
    // default 2 MB page cache a 100k-resource catalog spends its time re-reading index pages.
    // A larger cache set by the caller (ExchangeQueries::enlargeCache) is kept.
    constexpr qint64 minimumCacheKiB = 65536;
    QStringList pragmas;
    QSqlQuery cache(m_store.database());
    if (!cache.exec(QStringLiteral("PRAGMA cache_size")) || !cache.next()
        || cache.value(0).toLongLong() > -minimumCacheKiB)
        pragmas << QStringLiteral("PRAGMA cache_size = -%1").arg(minimumCacheKiB);
    if (mode == Mode::FreshCatalog) {
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE");
    }
    if (!execAll(pragmas) || !m_store.begin()) {
        restoreJournal();
        m_error = m_error.isEmpty() ? m_store.errorString() : m_error;
        return false;
    }
    m_active = true;
    m_resources = 0;
    if (!m_insertResource.prepare(rows::insertResourceSql())
        || !m_insertItem.prepare(rows::insertItemSql())
        || !m_insertSearch.prepare(QStringLiteral(
            "INSERT INTO search_index(rowid, name, summary, items) VALUES(?, ?, ?, ?)"))
        || !m_updateCount.prepare(
            QStringLiteral("UPDATE resources SET item_count = ? WHERE id = ?"))) {
        cancel();
        return fail(tr("Cannot prepare the bulk insert: %1"), m_insertResource);
    }
    m_rawResource = std::make_unique<RawStatement>(m_store.database(),
                                                   rows::insertResourceSql().toUtf8().constData());
    m_rawItem = std::make_unique<RawStatement>(m_store.database(),
                                               rows::insertItemSql().toUtf8().constData());
    if (!m_rawResource->isValid() || !m_rawItem->isValid()) {
        const QString error
            = m_rawResource->isValid() ? m_rawItem->errorString() : m_rawResource->errorString();
        cancel();
        m_error = tr("Cannot prepare the bulk insert: %1").arg(error);
        return false;
    }
    if (mode == Mode::FreshCatalog && !dropSecondaryIndexes()) {
        cancel();
        return false;
    }
    if (mode == Mode::FreshCatalog && m_firstNewId == 1)
        startSearchBuilder();
    return true;
}

// With no resources yet the whole search index can be built beside the rows (SearchIndexBuilder)
// instead of by buildSearchSql at the end; without a builder that SQL still does it.
void BulkWriter::startSearchBuilder()
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"))
        && q.next())
        m_search = SearchIndexBuilder::start(q.value(0).toString());
}

void BulkWriter::queueSearchRow(qint64 resourceId,
                                QByteArray name,
                                QByteArray summary,
                                QByteArray itemNames)
{
    m_search->add(resourceId, SearchIndex::indexed(std::move(name)),
                  SearchIndex::indexed(std::move(summary)),
                  SearchIndex::indexed(std::move(itemNames)));
}

// Remembers and drops the named indexes of resources and items, items_uuid included (schema
// version 3); buildDeferred() recreates them from the same SQL, so the schema ends up exactly as
// it was, and a repeated item uuid is refused there. The resources' uuid constraint stays: it is
// part of the table and costs little for a twentieth of the rows.
bool BulkWriter::dropSecondaryIndexes()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM resources")) || !q.next())
        return fail(tr("Cannot prepare the bulk insert: %1"), q);
    m_firstNewId = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "sql IS NOT NULL AND tbl_name IN ('resources', 'items') "
                               "ORDER BY rowid")))
        return fail(tr("Cannot prepare the bulk insert: %1"), q);
    QStringList drops;
    while (q.next()) {
        drops << QStringLiteral("DROP INDEX \"%1\"").arg(q.value(0).toString());
        m_deferredIndexes << q.value(1).toString();
    }
    return execAll(drops);
}

// SQLite sorts an index's keys in runs of the page cache's size. The large cache that speeds the
// inserts made that one run of all two million keys, sorted as a linked list far beyond the CPU's
// caches, and twice as slow as many small runs merged (3.3 s against 1.3 s for items_uuid at
// 100k). So the builds run with a small cache, their runs sorted on two threads where there are
// two cores, and the inserts' cache comes back afterwards.
bool BulkWriter::buildDeferred()
{
    QSqlQuery q(m_store.database());
    qint64 insertCache = 0;
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        insertCache = q.value(0).toLongLong();
    const int sortThreads = qBound(0, QThread::idealThreadCount() - 1, 1);
    if (!execAll({QStringLiteral("PRAGMA cache_size = -2048"),
                  QStringLiteral("PRAGMA threads = %1").arg(sortThreads)}))
        return false;
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!q.exec(sql))
            return failIndex(q);
    }
    m_deferredIndexes.clear();
    if (insertCache != 0
        && !execAll({QStringLiteral("PRAGMA cache_size = %1").arg(insertCache),
                     QStringLiteral("PRAGMA threads = 0")}))
        return false;
    if (m_search) {
        QString error;
        const bool copied = m_search->copyInto(m_store.database(), &error);
        m_search.reset();
        if (!copied) {
            m_error = error;
            m_store.setError(m_error);
        }
        return copied;
    }
    RawStatement search(m_store.database(), buildSearchSql);
    search.bind(1, m_firstNewId);
    if (!search.isValid() || !search.exec())
        return failRaw(tr("Cannot update the search index: %1"), search);
    return true;
}

// The one index build that input can make fail is items_uuid: name the repeated uuid, which is
// what a clerk can look for in the package.
bool BulkWriter::failIndex(const QSqlQuery &failed)
{
    QSqlQuery repeated(m_store.database());
    if (repeated.exec(
            QStringLiteral("SELECT uuid FROM items GROUP BY uuid HAVING count(*) > 1 LIMIT 1"))
        && repeated.next()) {
        m_error = tr("The information item uuid %1 occurs more than once.")
                      .arg(repeated.value(0).toString());
        m_store.setError(m_error);
        return false;
    }
    return fail(tr("Cannot build the indexes: %1"), failed);
}

bool BulkWriter::addOffice(Office &office)
{
    if (!m_store.insertOffice(office)) {
        m_error = m_store.errorString();
        return false;
    }
    return true;
}

// The search row of one resource as the row-by-row path writes it (SearchIndex::indexed).
bool BulkWriter::addSearchRow(qint64 resourceId,
                              const QString &name,
                              const QString &summary,
                              const QString &itemNames)
{
    m_insertSearch.addBindValue(resourceId);
    m_insertSearch.addBindValue(SearchIndex::indexed(name));
    m_insertSearch.addBindValue(SearchIndex::indexed(summary));
    m_insertSearch.addBindValue(SearchIndex::indexed(itemNames));
    if (!m_insertSearch.exec())
        return fail(tr("Cannot update the search index: %1"), m_insertSearch);
    return true;
}

bool BulkWriter::audit(const QString &uuid,
                       const QString &code,
                       const QString &name,
                       qsizetype items)
{
    if (!m_store.writeAudit(
            QStringLiteral("resource"), uuid, {}, {},
            tr("%1 %2 (with %n information items)", nullptr, int(items)).arg(code, name))) {
        m_error = m_store.errorString();
        return false;
    }
    ++m_resources;
    return true;
}

bool BulkWriter::addResource(Resource &r, QList<InfoItem> &items)
{
    if (!m_active) {
        m_error = tr("The bulk insert was not started.");
        return false;
    }
    if (r.uuid.isEmpty())
        r.uuid = newUuid();
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    if (!r.modified.isValid())
        r.modified = r.created;
    rows::bindResource(m_insertResource, r);
    if (!m_insertResource.exec())
        return fail(tr("Cannot add the resource “%1”: %2").arg(r.name), m_insertResource);
    r.id = m_insertResource.lastInsertId().toLongLong();

    QStringList names;
    names.reserve(items.size());
    for (int pos = 0; pos < items.size(); ++pos) {
        InfoItem &item = items[pos];
        item.resourceId = r.id;
        item.position = pos;
        if (item.uuid.isEmpty())
            item.uuid = newUuid();
        rows::bindItem(m_insertItem, item);
        if (!m_insertItem.exec())
            return fail(tr("Cannot add the information item “%1”: %2").arg(item.name),
                        m_insertItem);
        item.id = m_insertItem.lastInsertId().toLongLong();
        names << item.name;
    }
    if (!items.isEmpty()) {
        m_updateCount.addBindValue(items.size());
        m_updateCount.addBindValue(r.id);
        if (!m_updateCount.exec())
            return fail(tr("Cannot add the resource “%1”: %2").arg(r.name), m_updateCount);
    }
    if (m_mode != Mode::FreshCatalog) {
        if (!addSearchRow(r.id, r.name, r.summary, names.join(QLatin1Char(' '))))
            return false;
    } else if (m_search) {
        queueSearchRow(r.id, r.name.toUtf8(), r.summary.toUtf8(),
                       names.join(QLatin1Char(' ')).toUtf8());
    }
    return audit(r.uuid, r.code, r.name, items.size());
}

bool BulkWriter::addResourceRow(const BulkResourceRow &row,
                                const QList<BulkItemRow> &items,
                                qint64 *id)
{
    if (!m_active) {
        m_error = tr("The bulk insert was not started.");
        return false;
    }
    const QByteArray uuid = row.uuid.isEmpty() ? newUuid().toLatin1() : row.uuid.toByteArray();
    const QByteArray created
        = storedTime(row.created, rows::timeText(QDateTime::currentDateTimeUtc()).toLatin1());
    const QByteArray modified = storedTime(row.modified, created);
    RawStatement &r = *m_rawResource;
    // The columns of rows::insertResourceSql().
    r.bindText(1, uuid);
    if (row.officeId > 0)
        r.bind(2, row.officeId);
    else
        r.bindNull(2);
    r.bindText(3, row.code);
    r.bindText(4, row.name);
    r.bindText(5, row.summary);
    r.bindText(6, row.grade);
    r.bind(7, row.secret ? 1 : 0);
    r.bindText(8, row.sharing);
    r.bindText(9, row.opening);
    r.bindText(10, row.updateCycle);
    r.bindText(11, row.format);
    r.bindText(12, row.status);
    r.bind(13, row.records);
    r.bind(14, row.bytes);
    r.bind(15, items.size());
    r.bindText(16, created);
    r.bindText(17, modified);
    r.bindText(18, objectText(row.attrs));
    if (!r.exec()) {
        return failRaw(tr("Cannot add the resource “%1”: %2").arg(QString::fromUtf8(row.name)), r);
    }
    const qint64 resourceId = r.lastInsertId();
    if (id)
        *id = resourceId;

    RawStatement &it = *m_rawItem;
    QByteArray names;
    for (qsizetype pos = 0; pos < items.size(); ++pos) {
        const BulkItemRow &item = items.at(pos);
        const QByteArray madeUuid = item.uuid.isEmpty() ? newUuid().toLatin1() : QByteArray();
        it.bindText(1, item.uuid.isEmpty() ? QByteArrayView(madeUuid) : item.uuid);
        it.bind(2, resourceId);
        it.bind(3, pos);
        it.bindText(4, item.name);
        it.bindText(5, item.dataType);
        it.bind(6, item.length);
        it.bindText(7, objectText(item.attrs));
        if (!it.exec()) {
            return failRaw(
                tr("Cannot add the information item “%1”: %2").arg(QString::fromUtf8(item.name)),
                it);
        }
        if (m_mode != Mode::FreshCatalog || m_search)
            names.append(pos ? " " : "").append(item.name);
    }
    if (m_mode != Mode::FreshCatalog) {
        if (!addSearchRow(resourceId, QString::fromUtf8(row.name), QString::fromUtf8(row.summary),
                          QString::fromUtf8(names)))
            return false;
    } else if (m_search) {
        queueSearchRow(resourceId, row.name.toByteArray(), row.summary.toByteArray(), names);
    }
    return audit(QString::fromLatin1(uuid), QString::fromUtf8(row.code),
                 QString::fromUtf8(row.name), items.size());
}

bool BulkWriter::finish()
{
    if (!m_active)
        return false;
    if (m_mode == Mode::FreshCatalog && !buildDeferred()) {
        cancel();
        return false;
    }
    m_active = false;
    m_insertResource.finish();
    m_insertItem.finish();
    m_insertSearch.finish();
    m_updateCount.finish();
    m_rawResource.reset();
    m_rawItem.reset();
    const bool committed = m_store.commit();
    if (!committed)
        m_error = m_store.errorString();
    restoreJournal();
    return committed;
}

void BulkWriter::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_search.reset();
    m_rawResource.reset();
    m_rawItem.reset();
    m_store.rollback();
    restoreJournal();
}

void BulkWriter::restoreJournal()
{
    if (m_mode != Mode::FreshCatalog)
        return;
    // Back to the store's own journal (CatalogStore::applyPragmas) for everyone who opens the
    // file later; a failure here leaves a rollback-journal file that SQLite still reads safely.
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace sy
