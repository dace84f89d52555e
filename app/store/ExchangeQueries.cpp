#include "ExchangeQueries.h"

#include "RawStatement.h"
#include "SqlRows.h"
#include "TextPool.h"

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
    // Two million items repeat a few thousand names, types and attribute sets: through the raw
    // statement and a TextPool each distinct text becomes one shared QString and each distinct
    // attrs one parsed QJsonObject, instead of a QVariant, a UTF-16 copy and a JSON parse per
    // value. Export reads every item this way.
    RawStatement q(m_store.database(),
                   "SELECT id, uuid, resource_id, position, name, data_type, length, attrs "
                   "FROM items ORDER BY resource_id, position, id");
    TextPool texts;
    QHash<int, QJsonObject> objects;
    while (q.step()) {
        InfoItem item;
        item.id = q.int64(0);
        item.uuid = q.string(1);
        item.resourceId = q.int64(2);
        item.position = int(q.int64(3));
        item.name = texts.text(texts.intern(q.text(4)));
        item.dataType = texts.text(texts.intern(q.text(5)));
        item.length = int(q.int64(6));
        const int attrs = texts.intern(q.text(7));
        auto it = objects.constFind(attrs);
        if (it == objects.cend())
            it = objects.insert(attrs, rows::jsonObject(texts.text(attrs)));
        item.attrs = it.value();
        (*out)[item.resourceId].append(item);
    }
    if (!q.isValid() || !q.errorString().isEmpty()) {
        if (error)
            *error = tr("Cannot read the information items: %1").arg(q.errorString());
        return false;
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
