#include "BulkWriter.h"

#include "SearchIndex.h"
#include "SqlRows.h"
#include "model/Entity.h"

#include <QSqlError>

namespace sy {

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

bool BulkWriter::start()
{
    // Large inserts touch every index at random places (uuids, item names); with SQLite's
    // default 2 MB page cache a 100k-resource catalog spends its time re-reading index pages.
    QSqlQuery cache(m_store.database());
    cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!m_store.begin()) {
        m_error = m_store.errorString();
        return false;
    }
    m_active = true;
    m_resources = 0;
    if (!m_insertResource.prepare(rows::insertResourceSql()) || !m_insertItem.prepare(rows::insertItemSql())
        || !m_insertSearch.prepare(QStringLiteral(
            "INSERT INTO search_index(rowid, name, summary, items) VALUES(?, ?, ?, ?)"))
        || !m_updateCount.prepare(QStringLiteral("UPDATE resources SET item_count = ? WHERE id = ?"))) {
        cancel();
        return fail(tr("Cannot prepare the bulk insert: %1"), m_insertResource);
    }
    return true;
}

bool BulkWriter::addOffice(Office &office)
{
    if (!m_store.insertOffice(office)) {
        m_error = m_store.errorString();
        return false;
    }
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
            return fail(tr("Cannot add the information item “%1”: %2").arg(item.name), m_insertItem);
        item.id = m_insertItem.lastInsertId().toLongLong();
        names << item.name;
    }
    if (!items.isEmpty()) {
        m_updateCount.addBindValue(items.size());
        m_updateCount.addBindValue(r.id);
        if (!m_updateCount.exec())
            return fail(tr("Cannot add the resource “%1”: %2").arg(r.name), m_updateCount);
    }
    m_insertSearch.addBindValue(r.id);
    m_insertSearch.addBindValue(SearchIndex::indexed(r.name));
    m_insertSearch.addBindValue(SearchIndex::indexed(r.summary));
    m_insertSearch.addBindValue(SearchIndex::indexed(names.join(QLatin1Char(' '))));
    if (!m_insertSearch.exec())
        return fail(tr("Cannot update the search index: %1"), m_insertSearch);
    if (!m_store.writeAudit(QStringLiteral("resource"), r.uuid, {}, {},
                            tr("%1 %2 (with %n information items)", nullptr, int(items.size()))
                                .arg(r.code, r.name))) {
        m_error = m_store.errorString();
        return false;
    }
    ++m_resources;
    return true;
}

bool BulkWriter::finish()
{
    if (!m_active)
        return false;
    m_active = false;
    m_insertResource.finish();
    m_insertItem.finish();
    m_insertSearch.finish();
    m_updateCount.finish();
    if (!m_store.commit()) {
        m_error = m_store.errorString();
        return false;
    }
    return true;
}

void BulkWriter::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_store.rollback();
}

} // namespace sy
