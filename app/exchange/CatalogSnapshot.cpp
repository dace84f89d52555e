#include "CatalogSnapshot.h"

#include "store/CatalogStore.h"
#include "store/ExchangeQueries.h"

#include <QJsonDocument>

#include <thread>

namespace sy {

const Office *CatalogSnapshot::office(qint64 id) const
{
    for (const Office &o : offices) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

const Office *CatalogSnapshot::officeByUuid(const QString &uuid) const
{
    for (const Office &o : offices) {
        if (o.uuid == uuid)
            return &o;
    }
    return nullptr;
}

namespace {

// Reads every item, by resource id, through a second read-only connection on a worker thread, so
// that the two largest reads of an export (two million items, 100k resources) share the cores.
// Uncommitted changes of `store` would be invisible to that connection: inside a transaction, or
// for a store without a file, the items are read on the caller's connection when wait() asks.
class ItemsReader
{
public:
    explicit ItemsReader(const CatalogStore &store)
        : m_store(store)
    {
        if (store.inTransaction() || store.path().isEmpty())
            return;
        m_thread = std::thread([this, path = store.path()] {
            CatalogStore reader;
            m_ok = reader.openReadOnly(path)
                       ? ExchangeQueries(reader).itemsByResource(&m_items, &m_error)
                       : (m_error = reader.errorString(), false);
        });
    }
    ~ItemsReader()
    {
        if (m_thread.joinable())
            m_thread.join(); // the load gave up early (cancelled): nothing is read here
    }
    ItemsReader(const ItemsReader &) = delete;
    ItemsReader &operator=(const ItemsReader &) = delete;

    bool wait()
    {
        if (m_thread.joinable())
            m_thread.join();
        else if (!m_done)
            m_ok = ExchangeQueries(m_store).itemsByResource(&m_items, &m_error);
        m_done = true;
        return m_ok;
    }
    const QHash<qint64, QList<InfoItem>> &items() const { return m_items; }
    QString errorString() const { return m_error; }

private:
    const CatalogStore &m_store;
    std::thread m_thread;
    QHash<qint64, QList<InfoItem>> m_items;
    QString m_error;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace

qint64 CatalogSnapshot::itemCount() const
{
    qint64 n = 0;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        n += it.value().size();
    return n;
}

bool CatalogSnapshot::load(const CatalogStore &store,
                           const ExportScope &scope,
                           CatalogSnapshot *out,
                           QString *error,
                           const std::function<bool()> &cancelled)
{
    *out = CatalogSnapshot();
    if (!store.isOpen()) {
        if (error)
            *error = tr("No catalog is open.");
        return false;
    }
    out->meta = store.meta();
    const QList<Office> allOffices = store.offices();
    QList<Registration> allRegistrations = store.registrations();

    ResourceQuery query;
    query.sortKey = QStringLiteral("code");
    QSet<qint64> officeSet;
    QSet<QString> registeredUuids;
    if (scope.kind == ExportScope::Offices) {
        officeSet = QSet<qint64>(scope.officeIds.begin(), scope.officeIds.end());
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Office &o : allOffices) {
                if (o.parentId > 0 && officeSet.contains(o.parentId) && !officeSet.contains(o.id)) {
                    officeSet.insert(o.id);
                    grew = true;
                }
            }
        }
        query.officeIds = QList<qint64>(officeSet.begin(), officeSet.end());
        query.includeSubOffices = true;
        if (query.officeIds.isEmpty())
            query.ids = {-1};
    } else if (scope.kind == ExportScope::Registrations) {
        const QSet<qint64> wanted(scope.registrationIds.begin(), scope.registrationIds.end());
        QList<Registration> chosen;
        for (const Registration &r : std::as_const(allRegistrations)) {
            if (wanted.contains(r.id)) {
                chosen << r;
                registeredUuids.insert(r.objectUuid);
            }
        }
        allRegistrations = chosen;
    }

    ItemsReader itemsReader(store);
    QList<Resource> resources = store.resources(query);
    if (scope.kind == ExportScope::Registrations) {
        QList<Resource> chosen;
        for (const Resource &r : std::as_const(resources)) {
            if (registeredUuids.contains(r.uuid))
                chosen << r;
        }
        resources = chosen;
    }
    if (cancelled && cancelled()) {
        if (error)
            *error = tr("Cancelled.");
        return false;
    }
    if (!itemsReader.wait()) {
        if (error)
            *error = itemsReader.errorString();
        return false;
    }
    const QHash<qint64, QList<InfoItem>> &itemsById = itemsReader.items();
    QSet<qint64> usedOffices = officeSet;
    QSet<QString> resourceUuids;
    for (const Resource &r : std::as_const(resources)) {
        out->items.insert(r.uuid, itemsById.value(r.id));
        resourceUuids.insert(r.uuid);
        if (r.officeId > 0)
            usedOffices.insert(r.officeId);
    }
    out->resources = resources;

    const QList<Product> allProducts = store.products();
    for (const Product &p : allProducts) {
        const bool in
            = scope.kind == ExportScope::Whole
              || (scope.kind == ExportScope::Offices && officeSet.contains(p.officeId))
              || (scope.kind == ExportScope::Registrations && registeredUuids.contains(p.uuid));
        if (in) {
            out->products << p;
            if (p.officeId > 0)
                usedOffices.insert(p.officeId);
        }
    }
    QSet<QString> productUuids;
    for (const Product &p : std::as_const(out->products))
        productUuids.insert(p.uuid);
    for (const Registration &r : std::as_const(allRegistrations)) {
        if (scope.kind != ExportScope::Offices || resourceUuids.contains(r.objectUuid)
            || productUuids.contains(r.objectUuid))
            out->registrations << r;
    }

    // Offices: all of them for the whole catalog; otherwise those used plus their ancestors,
    // so that the tree still hangs together in the package.
    if (scope.kind == ExportScope::Whole) {
        out->offices = allOffices;
    } else {
        QHash<qint64, const Office *> byId;
        for (const Office &o : allOffices)
            byId.insert(o.id, &o);
        QSet<qint64> keep;
        for (qint64 id : std::as_const(usedOffices)) {
            qint64 cur = id;
            while (cur > 0 && !keep.contains(cur) && byId.contains(cur)) {
                keep.insert(cur);
                cur = byId.value(cur)->parentId;
            }
        }
        for (const Office &o : allOffices) {
            if (keep.contains(o.id))
                out->offices << o;
        }
    }

    QList<AttachmentInfo> infos;
    QString qerror;
    if (!ExchangeQueries(store).attachments(&infos, &qerror)) {
        if (error)
            *error = qerror;
        return false;
    }
    QSet<QString> owners = resourceUuids + productUuids;
    owners.insert(out->meta.uuid);
    for (const Registration &r : std::as_const(out->registrations))
        owners.insert(r.uuid);
    for (const Office &o : std::as_const(out->offices))
        owners.insert(o.uuid);
    for (const AttachmentInfo &info : std::as_const(infos)) {
        if (scope.kind != ExportScope::Whole && !owners.contains(info.ownerUuid))
            continue;
        AttachmentData a;
        a.sha256 = info.sha256;
        a.fileName = info.fileName;
        a.mime = info.mime;
        a.ownerUuid = info.ownerUuid;
        a.data = store.attachment(info.sha256);
        out->attachments << a;
    }
    return true;
}

namespace {

bool sameJson(const QJsonObject &a, const QJsonObject &b, const QString &where, QString *diff)
{
    if (a == b)
        return true;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (a.value(k) != b.value(k)) {
            *diff = where + QStringLiteral(".attrs.") + k;
            return false;
        }
    }
    *diff = where + QStringLiteral(".attrs");
    return false;
}

QString timeKey(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool CatalogSnapshot::equal(const CatalogSnapshot &a, const CatalogSnapshot &b, QString *difference)
{
    QString local;
    QString *diff = difference ? difference : &local;
    auto fail = [diff](const QString &what) {
        *diff = what;
        return false;
    };
    const CatalogMeta &ma = a.meta, &mb = b.meta;
    if (ma.uuid != mb.uuid || ma.name != mb.name || ma.department != mb.department
        || ma.uscc != mb.uscc || ma.region != mb.region || ma.profileId != mb.profileId
        || ma.profileVersion != mb.profileVersion || timeKey(ma.created) != timeKey(mb.created))
        return fail(QStringLiteral("catalog"));
    if (!sameJson(ma.attrs, mb.attrs, QStringLiteral("catalog"), diff))
        return false;

    // Offices and resources compare by uuid, references by the referenced uuid.
    auto officeUuid = [](const CatalogSnapshot &s, qint64 id) {
        const Office *o = s.office(id);
        return o ? o->uuid : QString();
    };
    if (a.offices.size() != b.offices.size())
        return fail(QStringLiteral("offices (count)"));
    for (const Office &oa : a.offices) {
        const Office *ob = b.officeByUuid(oa.uuid);
        const QString w = QStringLiteral("offices[%1]").arg(oa.uuid);
        if (!ob)
            return fail(w);
        if (oa.code != ob->code || oa.name != ob->name || oa.position != ob->position
            || officeUuid(a, oa.parentId) != officeUuid(b, ob->parentId))
            return fail(w);
        if (!sameJson(oa.attrs, ob->attrs, w, diff))
            return false;
    }
    if (a.resources.size() != b.resources.size())
        return fail(QStringLiteral("resources (count)"));
    QHash<QString, const Resource *> rb;
    for (const Resource &r : b.resources)
        rb.insert(r.uuid, &r);
    for (const Resource &ra : a.resources) {
        const QString w = QStringLiteral("resources[%1]").arg(ra.uuid);
        const Resource *r2 = rb.value(ra.uuid);
        if (!r2)
            return fail(w);
        for (const QString &key : Resource::columnKeys()) {
            if (key == QLatin1String("office"))
                continue;
            if (ra.value(key) != r2->value(key))
                return fail(w + QLatin1Char('.') + key);
        }
        if (officeUuid(a, ra.officeId) != officeUuid(b, r2->officeId))
            return fail(w + QStringLiteral(".office"));
        if (timeKey(ra.created) != timeKey(r2->created))
            return fail(w + QStringLiteral(".created"));
        if (timeKey(ra.modified) != timeKey(r2->modified))
            return fail(w + QStringLiteral(".modified"));
        if (!sameJson(ra.attrs, r2->attrs, w, diff))
            return false;
        const QList<InfoItem> ia = a.items.value(ra.uuid), ib = b.items.value(ra.uuid);
        if (ia.size() != ib.size())
            return fail(w + QStringLiteral(".items (count)"));
        for (int i = 0; i < ia.size(); ++i) {
            const InfoItem &x = ia.at(i), &y = ib.at(i);
            const QString wi = w + QStringLiteral(".items[%1]").arg(i);
            if (x.uuid != y.uuid || x.position != y.position || x.name != y.name
                || x.dataType != y.dataType || x.length != y.length)
                return fail(wi);
            if (!sameJson(x.attrs, y.attrs, wi, diff))
                return false;
        }
    }
    if (a.products.size() != b.products.size())
        return fail(QStringLiteral("products (count)"));
    for (int i = 0; i < a.products.size(); ++i) {
        const Product &x = a.products.at(i);
        const Product *y = nullptr;
        for (const Product &p : b.products) {
            if (p.uuid == x.uuid)
                y = &p;
        }
        const QString w = QStringLiteral("products[%1]").arg(x.uuid);
        if (!y || x.code != y->code || x.name != y->name
            || officeUuid(a, x.officeId) != officeUuid(b, y->officeId))
            return fail(w);
        if (!sameJson(x.attrs, y->attrs, w, diff))
            return false;
    }
    if (a.registrations.size() != b.registrations.size())
        return fail(QStringLiteral("registrations (count)"));
    for (const Registration &x : a.registrations) {
        const Registration *y = nullptr;
        for (const Registration &r : b.registrations) {
            if (r.uuid == x.uuid)
                y = &r;
        }
        const QString w = QStringLiteral("registrations[%1]").arg(x.uuid);
        if (!y || x.regType != y->regType || x.objectType != y->objectType
            || x.objectUuid != y->objectUuid || x.status != y->status
            || x.formNumber != y->formNumber || timeKey(x.created) != timeKey(y->created))
            return fail(w);
        if (!sameJson(x.attrs, y->attrs, w, diff))
            return false;
    }
    if (a.attachments.size() != b.attachments.size())
        return fail(QStringLiteral("attachments (count)"));
    for (const AttachmentData &x : a.attachments) {
        bool found = false;
        for (const AttachmentData &y : b.attachments) {
            if (y.sha256 == x.sha256 && y.fileName == x.fileName && y.mime == x.mime
                && y.ownerUuid == x.ownerUuid && y.data == x.data)
                found = true;
        }
        if (!found)
            return fail(QStringLiteral("attachments[%1]").arg(x.sha256));
    }
    return true;
}

} // namespace sy
