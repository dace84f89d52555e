#include "ExchangeQueries.h"

#include "SqlRows.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sy {

ExchangeQueries::ExchangeQueries(const CatalogStore &store)
    : m_store(store)
{
}

bool ExchangeQueries::itemsByResource(QHash<qint64, QList<InfoItem>> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM items ORDER BY resource_id, position, id")
                    .arg(rows::itemColumns()))) {
        if (error)
            *error = tr("Cannot read the information items: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        InfoItem item = rows::item(q);
        (*out)[item.resourceId].append(item);
    }
    return true;
}

bool ExchangeQueries::attachments(QList<AttachmentInfo> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, file_name, mime, owner_uuid, bytes, created "
                               "FROM attachments ORDER BY created, sha256"))) {
        if (error)
            *error = tr("Cannot read the attachments: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        AttachmentInfo a;
        a.sha256 = q.value(0).toString();
        a.fileName = q.value(1).toString();
        a.mime = q.value(2).toString();
        a.ownerUuid = q.value(3).toString();
        a.bytes = q.value(4).toLongLong();
        a.created = rows::timeFromText(q.value(5).toString());
        out->append(a);
    }
    return true;
}

bool ExchangeQueries::setCatalogTimes(const QDateTime &created,
                                      const QDateTime &modified,
                                      QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE catalog SET created = ?, modified = ? WHERE id = 1"));
    q.addBindValue(rows::timeText(created));
    q.addBindValue(rows::timeText(modified));
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot set the catalog's dates: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ExchangeQueries::enlargeCache(int megabytes, QString *error)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024))) {
        if (error)
            *error = tr("Cannot set the page cache: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ExchangeQueries::setRegistrationModified(const QString &uuid,
                                              const QDateTime &modified,
                                              QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE registrations SET modified = ? WHERE uuid = ?"));
    q.addBindValue(rows::timeText(modified));
    q.addBindValue(uuid);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot set the registration's date: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace sy
