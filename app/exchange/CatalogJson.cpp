#include "CatalogJson.h"

#include "JsonCursor.h"
#include "JsonOut.h"
#include "model/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString CatalogJson::attachmentPath(const AttachmentData &a)
{
    // The hash keeps names unique; the original name is kept for people unpacking by hand.
    QString name = a.fileName;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("file");
    return QStringLiteral("attachments/%1/%2").arg(a.sha256.left(16), name);
}

QByteArray CatalogJson::write(const CatalogSnapshot &s)
{
    QHash<qint64, QString> officeUuid;
    for (const Office &o : s.offices)
        officeUuid.insert(o.id, o.uuid);

    JsonOut j(qsizetype(s.resources.size()) * 4096 + 4096);
    j.begin('{');
    j.key("format");
    j.string(QStringLiteral("shuyuan-catalog"));
    j.key("version");
    j.number(formatVersion);
    j.key("catalog");
    j.begin('{');
    j.key("uuid");
    j.string(s.meta.uuid);
    j.key("name");
    j.string(s.meta.name);
    j.key("department");
    j.string(s.meta.department);
    j.key("uscc");
    j.string(s.meta.uscc);
    j.key("region");
    j.string(s.meta.region);
    j.key("profile_id");
    j.string(s.meta.profileId);
    j.key("profile_version");
    j.string(s.meta.profileVersion);
    j.key("created");
    j.string(timeText(s.meta.created));
    j.key("modified");
    j.string(timeText(s.meta.modified));
    j.key("attrs");
    j.object(s.meta.attrs);
    j.end('}');

    j.key("offices");
    j.begin('[');
    for (const Office &o : s.offices) {
        j.begin('{');
        j.key("uuid");
        j.string(o.uuid);
        j.key("parent");
        j.uuidOrNull(officeUuid.value(o.parentId));
        j.key("code");
        j.string(o.code);
        j.key("name");
        j.string(o.name);
        j.key("position");
        j.number(o.position);
        j.key("attrs");
        j.object(o.attrs);
        j.end('}');
    }
    j.end(']');

    j.key("resources");
    j.begin('[');
    for (const Resource &r : s.resources) {
        j.begin('{');
        j.key("uuid");
        j.string(r.uuid);
        j.key("office");
        j.uuidOrNull(officeUuid.value(r.officeId));
        j.key("code");
        j.string(r.code);
        j.key("name");
        j.string(r.name);
        j.key("summary");
        j.string(r.summary);
        j.key("grade");
        j.string(r.grade);
        j.key("secret");
        j.boolean(r.secret);
        j.key("sharing");
        j.string(r.sharing);
        j.key("opening");
        j.string(r.opening);
        j.key("update_cycle");
        j.string(r.updateCycle);
        j.key("format");
        j.string(r.format);
        j.key("status");
        j.string(r.status);
        j.key("records");
        j.number(r.records);
        j.key("bytes");
        j.number(r.bytes);
        j.key("created");
        j.string(timeText(r.created));
        j.key("modified");
        j.string(timeText(r.modified));
        j.key("attrs");
        j.object(r.attrs);
        j.key("items");
        j.begin('[');
        const auto it = s.items.constFind(r.uuid);
        if (it != s.items.cend()) {
            for (const InfoItem &i : it.value()) {
                j.begin('{');
                j.key("uuid");
                j.string(i.uuid);
                j.key("position");
                j.number(i.position);
                j.key("name");
                j.string(i.name);
                j.key("data_type");
                j.string(i.dataType);
                j.key("length");
                j.number(i.length);
                j.key("attrs");
                j.object(i.attrs);
                j.end('}');
            }
        }
        j.end(']');
        j.end('}');
    }
    j.end(']');

    j.key("products");
    j.begin('[');
    for (const Product &p : s.products) {
        j.begin('{');
        j.key("uuid");
        j.string(p.uuid);
        j.key("office");
        j.uuidOrNull(officeUuid.value(p.officeId));
        j.key("code");
        j.string(p.code);
        j.key("name");
        j.string(p.name);
        j.key("attrs");
        j.object(p.attrs);
        j.end('}');
    }
    j.end(']');

    j.key("registrations");
    j.begin('[');
    for (const Registration &r : s.registrations) {
        j.begin('{');
        j.key("uuid");
        j.string(r.uuid);
        j.key("reg_type");
        j.string(r.regType);
        j.key("object_type");
        j.string(r.objectType);
        j.key("object_uuid");
        j.string(r.objectUuid);
        j.key("status");
        j.string(r.status);
        j.key("form_number");
        j.string(r.formNumber);
        j.key("created");
        j.string(timeText(r.created));
        j.key("modified");
        j.string(timeText(r.modified));
        j.key("attrs");
        j.object(r.attrs);
        j.end('}');
    }
    j.end(']');

    j.key("attachments");
    j.begin('[');
    for (const AttachmentData &a : s.attachments) {
        j.begin('{');
        j.key("sha256");
        j.string(a.sha256);
        j.key("file_name");
        j.string(a.fileName);
        j.key("mime");
        j.string(a.mime);
        j.key("owner_uuid");
        j.string(a.ownerUuid);
        j.key("bytes");
        j.number(a.data.size());
        j.key("path");
        j.string(attachmentPath(a));
        j.end('}');
    }
    j.end(']');
    j.end('}');
    return j.take();
}

namespace {

// The top-level members of catalog.json as spans of the text, after one pass that checks the
// syntax of the whole document.
struct TopLevel
{
    QByteArrayView resources;
    QByteArray rest; // every other member, as a small JSON object for QJsonDocument
};

bool splitTopLevel(const QByteArray &json, TopLevel *top, QString *error)
{
    JsonCursor c(json);
    QByteArrayView key;
    QByteArrayView span;
    top->rest = "{";
    if (c.peek() == '{' && c.enterObject()) {
        while (c.nextKey(&key) && c.skipValue(&span)) {
            if (key == "resources") {
                top->resources = span;
                continue;
            }
            if (top->rest.size() > 1)
                top->rest.append(',');
            top->rest.append('"').append(key.data(), key.size()).append("\":").append(span);
        }
    }
    top->rest.append('}');
    if (c.failed() || !c.atEnd() || json.trimmed().isEmpty() || json.trimmed().front() != '{') {
        *error = CatalogJson::tr("catalog.json is not valid JSON (%1).")
                     .arg(c.failed() ? c.errorString() : CatalogJson::tr("not one object"));
        return false;
    }
    return true;
}

} // namespace

bool CatalogJson::readExceptResources(const QByteArray &json,
                                      CatalogSnapshot *out,
                                      QByteArrayView *resources,
                                      QString *error)
{
    *out = CatalogSnapshot();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    TopLevel top;
    QString splitError;
    if (!splitTopLevel(json, &top, &splitError))
        return fail(splitError);
    *resources = top.resources;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(top.rest, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("catalog.json is not valid JSON (at byte %1: %2).")
                        .arg(perr.offset)
                        .arg(perr.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("shuyuan-catalog"))
        return fail(tr("catalog.json is not a Shuyuan catalog (format \"%1\").")
                        .arg(root.value(QStringLiteral("format")).toString()));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > formatVersion)
        return fail(tr("catalog.json has format version %1; this Shuyuan reads version %2.")
                        .arg(version)
                        .arg(formatVersion));

    const QJsonObject meta = root.value(QStringLiteral("catalog")).toObject();
    out->meta.uuid = meta.value(QStringLiteral("uuid")).toString();
    out->meta.name = meta.value(QStringLiteral("name")).toString();
    out->meta.department = meta.value(QStringLiteral("department")).toString();
    out->meta.uscc = meta.value(QStringLiteral("uscc")).toString();
    out->meta.region = meta.value(QStringLiteral("region")).toString();
    out->meta.profileId = meta.value(QStringLiteral("profile_id")).toString();
    out->meta.profileVersion = meta.value(QStringLiteral("profile_version")).toString();
    out->meta.created = timeFrom(meta.value(QStringLiteral("created")));
    out->meta.modified = timeFrom(meta.value(QStringLiteral("modified")));
    out->meta.attrs = meta.value(QStringLiteral("attrs")).toObject();

    QHash<QString, qint64> officeIds;
    const QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    qint64 nextId = 1;
    for (const QJsonValue &v : offices) {
        const QJsonObject o = v.toObject();
        Office office;
        office.id = nextId++;
        office.uuid = o.value(QStringLiteral("uuid")).toString();
        office.code = o.value(QStringLiteral("code")).toString();
        office.name = o.value(QStringLiteral("name")).toString();
        office.position = o.value(QStringLiteral("position")).toInt();
        office.attrs = o.value(QStringLiteral("attrs")).toObject();
        if (office.uuid.isEmpty() || officeIds.contains(office.uuid))
            return fail(
                tr("catalog.json: office \"%1\" has a missing or repeated uuid.").arg(office.name));
        officeIds.insert(office.uuid, office.id);
        out->offices << office;
    }
    for (int i = 0; i < offices.size(); ++i) {
        const QJsonValue parent = offices.at(i).toObject().value(QStringLiteral("parent"));
        if (parent.isString()) {
            if (!officeIds.contains(parent.toString()))
                return fail(tr("catalog.json: office \"%1\" names a parent office that is not in "
                               "the package.")
                                .arg(out->offices.at(i).name));
            out->offices[i].parentId = officeIds.value(parent.toString());
        }
    }


    const QJsonArray products = root.value(QStringLiteral("products")).toArray();
    for (const QJsonValue &v : products) {
        const QJsonObject o = v.toObject();
        Product p;
        p.uuid = o.value(QStringLiteral("uuid")).toString();
        const QJsonValue office = o.value(QStringLiteral("office"));
        if (office.isString()) {
            if (!officeIds.contains(office.toString()))
                return fail(tr("catalog.json: product \"%1\" belongs to an office that is not in "
                               "the package.")
                                .arg(o.value(QStringLiteral("name")).toString()));
            p.officeId = officeIds.value(office.toString());
        }
        p.code = o.value(QStringLiteral("code")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.attrs = o.value(QStringLiteral("attrs")).toObject();
        out->products << p;
    }
    const QJsonArray registrations = root.value(QStringLiteral("registrations")).toArray();
    for (const QJsonValue &v : registrations) {
        const QJsonObject o = v.toObject();
        Registration r;
        r.uuid = o.value(QStringLiteral("uuid")).toString();
        r.regType = o.value(QStringLiteral("reg_type")).toString();
        r.objectType = o.value(QStringLiteral("object_type")).toString();
        r.objectUuid = o.value(QStringLiteral("object_uuid")).toString();
        r.status = o.value(QStringLiteral("status")).toString();
        r.formNumber = o.value(QStringLiteral("form_number")).toString();
        r.created = timeFrom(o.value(QStringLiteral("created")));
        r.modified = timeFrom(o.value(QStringLiteral("modified")));
        r.attrs = o.value(QStringLiteral("attrs")).toObject();
        out->registrations << r;
    }
    const QJsonArray attachments = root.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue &v : attachments) {
        const QJsonObject o = v.toObject();
        AttachmentData a;
        a.sha256 = o.value(QStringLiteral("sha256")).toString();
        a.fileName = o.value(QStringLiteral("file_name")).toString();
        a.mime = o.value(QStringLiteral("mime")).toString();
        a.ownerUuid = o.value(QStringLiteral("owner_uuid")).toString();
        out->attachments << a;
    }
    return true;
}

bool CatalogJson::read(const QByteArray &json, CatalogSnapshot *out, QString *error)
{
    QByteArrayView resourcesText;
    if (!readExceptResources(json, out, &resourcesText, error))
        return false;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QHash<QString, qint64> officeIds;
    for (const Office &o : std::as_const(out->offices))
        officeIds.insert(o.uuid, o.id);
    QSet<QString> resourceUuids;
    const QJsonArray resources = QJsonDocument::fromJson(resourcesText.toByteArray()).array();
    out->resources.reserve(resources.size());
    for (const QJsonValue &v : resources) {
        const QJsonObject o = v.toObject();
        // The fields are those of json::toResource; only the office is a uuid here.
        Resource r = json::toResource(o);
        r.officeId = 0;
        if (r.uuid.isEmpty() || resourceUuids.contains(r.uuid))
            return fail(tr("catalog.json: resource \"%1\" has a missing or repeated uuid.")
                            .arg(o.value(QStringLiteral("name")).toString()));
        resourceUuids.insert(r.uuid);
        const QJsonValue office = o.value(QStringLiteral("office"));
        if (office.isString()) {
            if (!officeIds.contains(office.toString()))
                return fail(tr("catalog.json: resource \"%1\" belongs to an office that is not in "
                               "the package.")
                                .arg(o.value(QStringLiteral("name")).toString()));
            r.officeId = officeIds.value(office.toString());
        }
        QList<InfoItem> items;
        const QJsonArray array = o.value(QStringLiteral("items")).toArray();
        items.reserve(array.size());
        for (const QJsonValue &iv : array)
            items << json::toItem(iv.toObject());
        out->items.insert(r.uuid, items);
        out->resources << r;
    }

    return true;
}

} // namespace sy
