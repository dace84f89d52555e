#include "MergePlanner.h"

#include "store/CatalogStore.h"
#include "store/ExchangeQueries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sy {

namespace {

QString text(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(';'));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QString();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
        || v.typeId() == QMetaType::Double) {
        // 0 records / 0 bytes is how "not given" is stored.
        return v.toLongLong() == 0 && v.toDouble() == 0.0 ? QString()
                                                          : QString::number(v.toLongLong());
    }
    return v.toString().trimmed();
}

QString itemsKey(const QList<InfoItem> &items)
{
    QStringList parts;
    for (const InfoItem &i : items) {
        parts << i.name.trimmed() + QLatin1Char('\x1f') + i.dataType + QLatin1Char('\x1f')
                     + QString::number(i.length) + QLatin1Char('\x1f')
                     + QString::fromUtf8(QJsonDocument(i.attrs).toJson(QJsonDocument::Compact));
    }
    return parts.join(QLatin1Char('\x1e'));
}

QString nameKey(qint64 officeId, const QString &name)
{
    return QString::number(officeId) + QLatin1Char('\x1f') + name.trimmed();
}

} // namespace

bool MergePlanner::plan(const CatalogStore &store,
                        const Profile &profile,
                        const CatalogSnapshot &theirs,
                        const MergeOptions &options,
                        MergePlan *out,
                        QString *error)
{
    *out = MergePlan();
    out->baseTime = options.baseTime;
    if (!store.isOpen()) {
        if (error)
            *error = tr("No catalog is open.");
        return false;
    }

    // Offices
    const QList<Office> mineOffices = store.offices();
    QHash<QString, qint64> officeByUuid, officeByCode, officeByName;
    QHash<qint64, QString> officeName;
    for (const Office &o : mineOffices) {
        officeByUuid.insert(o.uuid, o.id);
        if (!o.code.trimmed().isEmpty())
            officeByCode.insert(o.code.trimmed(), o.id);
        officeByName.insert(o.name.trimmed(), o.id);
        officeName.insert(o.id, o.name);
    }
    QHash<qint64, qint64> storeOfficeOf; // snapshot office id → store id (0 = created by merge)
    QHash<qint64, QString> snapshotOfficeName;
    for (const Office &o : theirs.offices) {
        OfficeMerge m;
        m.theirs = o;
        if (officeByUuid.contains(o.uuid)) {
            m.mineId = officeByUuid.value(o.uuid);
            m.matchedBy = QStringLiteral("uuid");
        } else if (!o.code.trimmed().isEmpty() && officeByCode.contains(o.code.trimmed())) {
            m.mineId = officeByCode.value(o.code.trimmed());
            m.matchedBy = QStringLiteral("code");
        } else if (officeByName.contains(o.name.trimmed())) {
            m.mineId = officeByName.value(o.name.trimmed());
            m.matchedBy = QStringLiteral("name");
        }
        storeOfficeOf.insert(o.id, m.mineId);
        snapshotOfficeName.insert(o.id, m.mineId ? officeName.value(m.mineId) : o.name);
        out->theirOfficeUuidById.insert(o.id, o.uuid);
        out->offices << m;
    }

    // Resources of the catalog
    ResourceQuery all;
    const QList<Resource> mine = store.resources(all);
    QHash<qint64, QList<InfoItem>> mineItems;
    ExchangeQueries queries(store);
    QString qerror;
    if (!queries.itemsByResource(&mineItems, &qerror)) {
        if (error)
            *error = qerror;
        return false;
    }
    QHash<QString, int> byUuid, byCode, byName;
    for (int i = 0; i < mine.size(); ++i) {
        const Resource &r = mine.at(i);
        byUuid.insert(r.uuid, i);
        if (!r.code.trimmed().isEmpty() && !byCode.contains(r.code.trimmed()))
            byCode.insert(r.code.trimmed(), i);
        byName.insert(nameKey(r.officeId, r.name), i);
    }

    const EntityDef *entity = profile.entity(QStringLiteral("resource"));
    auto label = [&](const QString &key) {
        if (key == QLatin1String("items"))
            return tr("Information items");
        const FieldDef *f = entity ? entity->field(key) : nullptr;
        return f ? f->label.text() : key;
    };

    QSet<int> matched;
    QSet<qint64> answerOffices;
    for (const Resource &t : theirs.resources) {
        ResourceMerge m;
        m.theirs = t;
        m.theirs.officeId = storeOfficeOf.value(t.officeId);
        m.theirItems = theirs.items.value(t.uuid);
        m.theirOfficeUuid = out->theirOfficeUuidById.value(t.officeId);
        m.officeName = snapshotOfficeName.value(t.officeId);
        if (m.theirs.officeId)
            answerOffices.insert(m.theirs.officeId);
        int index = -1;
        if (!t.uuid.isEmpty() && byUuid.contains(t.uuid)) {
            index = byUuid.value(t.uuid);
            m.matchedBy = QStringLiteral("uuid");
        } else if (!t.code.trimmed().isEmpty() && byCode.contains(t.code.trimmed())) {
            index = byCode.value(t.code.trimmed());
            m.matchedBy = QStringLiteral("code");
        } else if (m.theirs.officeId && byName.contains(nameKey(m.theirs.officeId, t.name))) {
            index = byName.value(nameKey(m.theirs.officeId, t.name));
            m.matchedBy = QStringLiteral("office+name");
        }
        if (index < 0 || matched.contains(index)) {
            m.status = MergeStatus::New;
            m.matchedBy.clear();
            m.accept = true;
            // Spreadsheets do not carry the status; a new resource starts as the profile says.
            if (m.theirs.status.isEmpty())
                m.theirs.status = profile
                                      .setting(QStringLiteral("default_resource_status"),
                                               QStringLiteral("draft"))
                                      .toString();
            out->resources << m;
            continue;
        }
        matched.insert(index);
        m.mine = mine.at(index);
        m.mineId = m.mine.id;
        m.mineItems = mineItems.value(m.mineId);
        if (m.officeName.isEmpty())
            m.officeName = officeName.value(m.mine.officeId);
        const bool mineUntouched = options.baseTime.isValid() && m.mine.modified.isValid()
                                   && m.mine.modified <= options.baseTime;

        QStringList keys = Resource::columnKeys();
        for (auto it = m.mine.attrs.begin(); it != m.mine.attrs.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
        for (auto it = t.attrs.begin(); it != t.attrs.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
        auto consider = [&](const QString &key, const QString &mineText, const QString &theirText,
                            const QVariant &mineValue, const QVariant &theirValue) {
            if (mineText == theirText)
                return;
            if (theirText.isEmpty() && !options.emptyTheirsClears)
                return;
            MergeFieldDiff d;
            d.key = key;
            d.label = label(key);
            d.mine = mineValue;
            d.theirs = theirValue;
            d.conflict = !mineText.isEmpty() && !mineUntouched;
            d.takeTheirs = !d.conflict;
            m.fields << d;
        };
        for (const QString &key : std::as_const(keys)) {
            if (key == QLatin1String("office")) {
                if (m.theirs.officeId && m.theirs.officeId != m.mine.officeId) {
                    consider(key, officeName.value(m.mine.officeId), m.officeName,
                             officeName.value(m.mine.officeId), m.officeName);
                }
                continue;
            }
            const QVariant a = m.mine.value(key), b = t.value(key);
            consider(key, text(a), text(b), a, b);
        }
        const QString mineKey = itemsKey(m.mineItems), theirKey = itemsKey(m.theirItems);
        consider(QStringLiteral("items"), mineKey, theirKey,
                 QVariant(mineKey.isEmpty() ? QString() : mineKey), QVariant(theirKey));
        if (m.fields.isEmpty())
            m.status = MergeStatus::Identical;
        else
            m.status = m.hasConflict() ? MergeStatus::Conflict : MergeStatus::Changed;
        out->resources << m;
    }

    if (options.detectDeleted) {
        QSet<qint64> scope;
        if (!options.scopeOfficeUuids.isEmpty()) {
            for (const OfficeMerge &o : std::as_const(out->offices)) {
                if (o.mineId && options.scopeOfficeUuids.contains(o.theirs.uuid))
                    scope.insert(o.mineId);
            }
        } else {
            scope = answerOffices;
        }
        for (int i = 0; i < mine.size(); ++i) {
            const Resource &r = mine.at(i);
            if (matched.contains(i) || !scope.contains(r.officeId))
                continue;
            ResourceMerge m;
            m.status = MergeStatus::Deleted;
            m.mine = r;
            m.mineId = r.id;
            m.mineItems = mineItems.value(r.id);
            m.officeName = officeName.value(r.officeId);
            m.accept = false; // deleting needs the coordinator's explicit choice
            out->resources << m;
        }
    }

    // Products, registrations and attachments are added when new, never overwritten.
    QSet<QString> knownProducts, knownRegistrations;
    for (const Product &p : store.products())
        knownProducts.insert(p.uuid);
    for (const Registration &r : store.registrations())
        knownRegistrations.insert(r.uuid);
    for (const Product &p : theirs.products) {
        if (!knownProducts.contains(p.uuid))
            out->newProducts << p;
    }
    for (const Registration &r : theirs.registrations) {
        if (!knownRegistrations.contains(r.uuid))
            out->newRegistrations << r;
    }
    for (const AttachmentData &a : theirs.attachments) {
        if (store.attachment(a.sha256).isEmpty())
            out->newAttachments << a;
    }
    return true;
}

} // namespace sy
