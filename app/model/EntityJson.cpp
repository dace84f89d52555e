#include "EntityJson.h"

namespace sy::json {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) // written by hand or by another tool, without milliseconds
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QJsonObject fromResource(const Resource &r)
{
    return QJsonObject{
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("office_id"), r.officeId},
        {QStringLiteral("summary"), r.summary},
        {QStringLiteral("grade"), r.grade},
        {QStringLiteral("secret"), r.secret},
        {QStringLiteral("sharing"), r.sharing},
        {QStringLiteral("opening"), r.opening},
        {QStringLiteral("update_cycle"), r.updateCycle},
        {QStringLiteral("format"), r.format},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("records"), r.records},
        {QStringLiteral("bytes"), r.bytes},
        {QStringLiteral("created"), timeText(r.created)},
        {QStringLiteral("modified"), timeText(r.modified)},
        {QStringLiteral("attrs"), r.attrs},
    };
}

Resource toResource(const QJsonObject &o)
{
    Resource r;
    r.uuid = o.value(QStringLiteral("uuid")).toString();
    r.code = o.value(QStringLiteral("code")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.officeId = o.value(QStringLiteral("office_id")).toInteger();
    r.summary = o.value(QStringLiteral("summary")).toString();
    r.grade = o.value(QStringLiteral("grade")).toString();
    r.secret = o.value(QStringLiteral("secret")).toBool();
    r.sharing = o.value(QStringLiteral("sharing")).toString();
    r.opening = o.value(QStringLiteral("opening")).toString();
    r.updateCycle = o.value(QStringLiteral("update_cycle")).toString();
    r.format = o.value(QStringLiteral("format")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.records = o.value(QStringLiteral("records")).toInteger();
    r.bytes = o.value(QStringLiteral("bytes")).toInteger();
    r.created = timeFrom(o.value(QStringLiteral("created")));
    r.modified = timeFrom(o.value(QStringLiteral("modified")));
    r.attrs = o.value(QStringLiteral("attrs")).toObject();
    return r;
}

QJsonObject fromItem(const InfoItem &i)
{
    return QJsonObject{
        {QStringLiteral("uuid"), i.uuid},
        {QStringLiteral("position"), i.position},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("data_type"), i.dataType},
        {QStringLiteral("length"), i.length},
        {QStringLiteral("attrs"), i.attrs},
    };
}

InfoItem toItem(const QJsonObject &o)
{
    InfoItem i;
    i.uuid = o.value(QStringLiteral("uuid")).toString();
    i.position = o.value(QStringLiteral("position")).toInt();
    i.name = o.value(QStringLiteral("name")).toString();
    i.dataType = o.value(QStringLiteral("data_type")).toString();
    i.length = o.value(QStringLiteral("length")).toInt();
    i.attrs = o.value(QStringLiteral("attrs")).toObject();
    return i;
}

QJsonObject fromOffice(const Office &o)
{
    return QJsonObject{
        {QStringLiteral("uuid"), o.uuid},
        {QStringLiteral("id"), o.id},
        {QStringLiteral("parent_id"), o.parentId},
        {QStringLiteral("code"), o.code},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("position"), o.position},
        {QStringLiteral("attrs"), o.attrs},
    };
}

Office toOffice(const QJsonObject &j)
{
    Office o;
    o.uuid = j.value(QStringLiteral("uuid")).toString();
    o.id = j.value(QStringLiteral("id")).toInteger();
    o.parentId = j.value(QStringLiteral("parent_id")).toInteger();
    o.code = j.value(QStringLiteral("code")).toString();
    o.name = j.value(QStringLiteral("name")).toString();
    o.position = j.value(QStringLiteral("position")).toInt();
    o.attrs = j.value(QStringLiteral("attrs")).toObject();
    return o;
}

} // namespace sy::json
