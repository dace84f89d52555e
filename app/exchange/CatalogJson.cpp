#include "CatalogJson.h"

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

QJsonValue uuidOrNull(const QString &uuid)
{
    return uuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid);
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

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("shuyuan-catalog"));
    root.insert(QStringLiteral("version"), formatVersion);
    QJsonObject meta{
        {QStringLiteral("uuid"), s.meta.uuid},
        {QStringLiteral("name"), s.meta.name},
        {QStringLiteral("department"), s.meta.department},
        {QStringLiteral("uscc"), s.meta.uscc},
        {QStringLiteral("region"), s.meta.region},
        {QStringLiteral("profile_id"), s.meta.profileId},
        {QStringLiteral("profile_version"), s.meta.profileVersion},
        {QStringLiteral("created"), timeText(s.meta.created)},
        {QStringLiteral("modified"), timeText(s.meta.modified)},
        {QStringLiteral("attrs"), s.meta.attrs},
    };
    root.insert(QStringLiteral("catalog"), meta);

    QJsonArray offices;
    for (const Office &o : s.offices) {
        offices.append(QJsonObject{
            {QStringLiteral("uuid"), o.uuid},
            {QStringLiteral("parent"), uuidOrNull(officeUuid.value(o.parentId))},
            {QStringLiteral("code"), o.code},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("position"), o.position},
            {QStringLiteral("attrs"), o.attrs},
        });
    }
    root.insert(QStringLiteral("offices"), offices);

    QJsonArray resources;
    for (const Resource &r : s.resources) {
        QJsonArray items;
        const QList<InfoItem> list = s.items.value(r.uuid);
        for (const InfoItem &i : list) {
            items.append(QJsonObject{
                {QStringLiteral("uuid"), i.uuid},
                {QStringLiteral("position"), i.position},
                {QStringLiteral("name"), i.name},
                {QStringLiteral("data_type"), i.dataType},
                {QStringLiteral("length"), i.length},
                {QStringLiteral("attrs"), i.attrs},
            });
        }
        resources.append(QJsonObject{
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("office"), uuidOrNull(officeUuid.value(r.officeId))},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
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
            {QStringLiteral("items"), items},
        });
    }
    root.insert(QStringLiteral("resources"), resources);

    QJsonArray products;
    for (const Product &p : s.products) {
        products.append(QJsonObject{
            {QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("office"), uuidOrNull(officeUuid.value(p.officeId))},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("attrs"), p.attrs},
        });
    }
    root.insert(QStringLiteral("products"), products);

    QJsonArray registrations;
    for (const Registration &r : s.registrations) {
        registrations.append(QJsonObject{
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("reg_type"), r.regType},
            {QStringLiteral("object_type"), r.objectType},
            {QStringLiteral("object_uuid"), r.objectUuid},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("form_number"), r.formNumber},
            {QStringLiteral("created"), timeText(r.created)},
            {QStringLiteral("modified"), timeText(r.modified)},
            {QStringLiteral("attrs"), r.attrs},
        });
    }
    root.insert(QStringLiteral("registrations"), registrations);

    QJsonArray attachments;
    for (const AttachmentData &a : s.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime"), a.mime},
            {QStringLiteral("owner_uuid"), a.ownerUuid},
            {QStringLiteral("bytes"), qint64(a.data.size())},
            {QStringLiteral("path"), attachmentPath(a)},
        });
    }
    root.insert(QStringLiteral("attachments"), attachments);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool CatalogJson::read(const QByteArray &json, CatalogSnapshot *out, QString *error)
{
    *out = CatalogSnapshot();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
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

    QSet<QString> resourceUuids;
    const QJsonArray resources = root.value(QStringLiteral("resources")).toArray();
    out->resources.reserve(resources.size());
    for (const QJsonValue &v : resources) {
        const QJsonObject o = v.toObject();
        Resource r;
        r.uuid = o.value(QStringLiteral("uuid")).toString();
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
        r.code = o.value(QStringLiteral("code")).toString();
        r.name = o.value(QStringLiteral("name")).toString();
        r.summary = o.value(QStringLiteral("summary")).toString();
        r.grade = o.value(QStringLiteral("grade")).toString();
        r.secret = o.value(QStringLiteral("secret")).toBool();
        r.sharing = o.value(QStringLiteral("sharing")).toString();
        r.opening = o.value(QStringLiteral("opening")).toString();
        r.updateCycle = o.value(QStringLiteral("update_cycle")).toString();
        r.format = o.value(QStringLiteral("format")).toString();
        r.status = o.value(QStringLiteral("status")).toString();
        r.records = o.value(QStringLiteral("records")).toVariant().toLongLong();
        r.bytes = o.value(QStringLiteral("bytes")).toVariant().toLongLong();
        r.created = timeFrom(o.value(QStringLiteral("created")));
        r.modified = timeFrom(o.value(QStringLiteral("modified")));
        r.attrs = o.value(QStringLiteral("attrs")).toObject();
        QList<InfoItem> items;
        const QJsonArray array = o.value(QStringLiteral("items")).toArray();
        items.reserve(array.size());
        for (const QJsonValue &iv : array) {
            const QJsonObject io = iv.toObject();
            InfoItem i;
            i.uuid = io.value(QStringLiteral("uuid")).toString();
            i.position = io.value(QStringLiteral("position")).toInt();
            i.name = io.value(QStringLiteral("name")).toString();
            i.dataType = io.value(QStringLiteral("data_type")).toString();
            i.length = io.value(QStringLiteral("length")).toInt();
            i.attrs = io.value(QStringLiteral("attrs")).toObject();
            items << i;
        }
        out->items.insert(r.uuid, items);
        out->resources << r;
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

} // namespace sy
