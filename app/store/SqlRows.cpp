#include "SqlRows.h"

#include <QJsonDocument>
#include <QVariant>

namespace sy::rows {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString officeColumns()
{
    return QStringLiteral("id, uuid, coalesce(parent_id, 0), code, name, position, attrs");
}

Office office(const QSqlQuery &q)
{
    Office o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.parentId = q.value(2).toLongLong();
    o.code = q.value(3).toString();
    o.name = q.value(4).toString();
    o.position = q.value(5).toInt();
    o.attrs = jsonObject(q.value(6));
    return o;
}

QString resourceColumns()
{
    return QStringLiteral("r.id, r.uuid, coalesce(r.office_id, 0), r.code, r.name, r.summary, "
                          "r.grade, r.secret, r.sharing, r.opening, r.update_cycle, r.format, "
                          "r.status, r.records, r.bytes, r.created, r.modified, r.attrs");
}

Resource resource(const QSqlQuery &q)
{
    Resource r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.officeId = q.value(2).toLongLong();
    r.code = q.value(3).toString();
    r.name = q.value(4).toString();
    r.summary = q.value(5).toString();
    r.grade = q.value(6).toString();
    r.secret = q.value(7).toInt() != 0;
    r.sharing = q.value(8).toString();
    r.opening = q.value(9).toString();
    r.updateCycle = q.value(10).toString();
    r.format = q.value(11).toString();
    r.status = q.value(12).toString();
    r.records = q.value(13).toLongLong();
    r.bytes = q.value(14).toLongLong();
    r.created = timeFromText(q.value(15).toString());
    r.modified = timeFromText(q.value(16).toString());
    r.attrs = jsonObject(q.value(17));
    return r;
}

QString insertResourceSql()
{
    return QStringLiteral("INSERT INTO resources(uuid, office_id, code, name, summary, grade, "
                          "secret, sharing, opening, update_cycle, format, status, records, bytes, "
                          "item_count, created, modified, attrs) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

void bindResource(QSqlQuery &q, const Resource &r)
{
    q.addBindValue(notNull(r.uuid));
    q.addBindValue(nullableId(r.officeId));
    q.addBindValue(notNull(r.code));
    q.addBindValue(notNull(r.name));
    q.addBindValue(notNull(r.summary));
    q.addBindValue(notNull(r.grade));
    q.addBindValue(r.secret ? 1 : 0);
    q.addBindValue(notNull(r.sharing));
    q.addBindValue(notNull(r.opening));
    q.addBindValue(notNull(r.updateCycle));
    q.addBindValue(notNull(r.format));
    q.addBindValue(notNull(r.status));
    q.addBindValue(r.records);
    q.addBindValue(r.bytes);
    q.addBindValue(0); // item_count: kept by setItems / BulkWriter
    q.addBindValue(timeText(r.created));
    q.addBindValue(timeText(r.modified));
    q.addBindValue(jsonText(r.attrs));
}

QString itemColumns()
{
    return QStringLiteral("id, uuid, resource_id, position, name, data_type, length, attrs");
}

InfoItem item(const QSqlQuery &q)
{
    InfoItem i;
    i.id = q.value(0).toLongLong();
    i.uuid = q.value(1).toString();
    i.resourceId = q.value(2).toLongLong();
    i.position = q.value(3).toInt();
    i.name = q.value(4).toString();
    i.dataType = q.value(5).toString();
    i.length = q.value(6).toInt();
    i.attrs = jsonObject(q.value(7));
    return i;
}

QString insertItemSql()
{
    return QStringLiteral("INSERT INTO items(uuid, resource_id, position, name, data_type, length, "
                          "attrs) VALUES(?, ?, ?, ?, ?, ?, ?)");
}

void bindItem(QSqlQuery &q, const InfoItem &i)
{
    q.addBindValue(notNull(i.uuid));
    q.addBindValue(i.resourceId);
    q.addBindValue(i.position);
    q.addBindValue(notNull(i.name));
    q.addBindValue(notNull(i.dataType));
    q.addBindValue(i.length);
    q.addBindValue(jsonText(i.attrs));
}

QString productColumns()
{
    return QStringLiteral("id, uuid, coalesce(office_id, 0), code, name, attrs");
}

Product product(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.officeId = q.value(2).toLongLong();
    p.code = q.value(3).toString();
    p.name = q.value(4).toString();
    p.attrs = jsonObject(q.value(5));
    return p;
}

QString registrationColumns()
{
    return QStringLiteral("id, uuid, reg_type, object_type, object_uuid, status, form_number, "
                          "created, modified, attrs");
}

Registration registration(const QSqlQuery &q)
{
    Registration r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.regType = q.value(2).toString();
    r.objectType = q.value(3).toString();
    r.objectUuid = q.value(4).toString();
    r.status = q.value(5).toString();
    r.formNumber = q.value(6).toString();
    r.created = timeFromText(q.value(7).toString());
    r.modified = timeFromText(q.value(8).toString());
    r.attrs = jsonObject(q.value(9));
    return r;
}

AuditEntry auditEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.entity = q.value(1).toString();
    e.uuid = q.value(2).toString();
    e.field = q.value(3).toString();
    e.oldValue = q.value(4).toString();
    e.newValue = q.value(5).toString();
    e.user = q.value(6).toString();
    e.time = timeFromText(q.value(7).toString());
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

} // namespace sy::rows
