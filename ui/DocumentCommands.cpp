#include "DocumentCommands.h"

#include "store/CatalogStore.h"

#include <QSet>

namespace sy {

DocumentCommand::DocumentCommand(CatalogDocument *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

CatalogStore *DocumentCommand::store() const
{
    return m_document->store();
}

void DocumentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false; // the document already applied it before pushing
        return;
    }
    if (!apply(true))
        setObsolete(true);
}

void DocumentCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

bool DocumentCommand::apply(bool forward)
{
    CatalogStore *s = store();
    if (!s || !s->isOpen()) {
        m_document->setErrorString(CatalogDocument::tr("No catalog is open."));
        return false;
    }
    if (!s->begin()) {
        m_document->setErrorString(s->errorString());
        return false;
    }
    bool ok = doApply(forward);
    if (ok) {
        ok = s->commit();
    } else {
        const QString error = s->errorString();
        s->rollback();
        s->setError(error);
    }
    if (!ok) {
        m_document->setErrorString(s->errorString());
        return false;
    }
    notify(forward);
    return true;
}

// --- FieldChangesCommand -----------------------------------------------------------------------

FieldChangesCommand::FieldChangesCommand(CatalogDocument *document,
                                         const QList<Change> &changes,
                                         const QString &text)
    : DocumentCommand(document, text)
    , m_changes(changes)
{
    for (const Change &c : changes) {
        if (c.key == QLatin1String("office"))
            m_structural = true;
    }
}

bool FieldChangesCommand::doApply(bool forward)
{
    m_touched.clear();
    // Several changes of one resource (find & replace in many fields) are applied to one copy.
    QHash<QString, Resource> pending;
    QStringList order;
    for (const Change &c : m_changes) {
        if (!pending.contains(c.uuid)) {
            const auto r = store()->resourceByUuid(c.uuid);
            if (!r) {
                store()->setError(CatalogDocument::tr("The resource to change no longer exists."));
                return false;
            }
            pending.insert(c.uuid, *r);
            order << c.uuid;
        }
        pending[c.uuid].setValue(c.key, forward ? c.newValue : c.oldValue);
    }
    for (const QString &uuid : std::as_const(order)) {
        const Resource &r = pending[uuid];
        if (!store()->updateResource(r))
            return false;
        m_touched << r.id;
    }
    return true;
}

void FieldChangesCommand::notify(bool)
{
    if (m_structural || m_touched.size() > 50) {
        m_document->notifyResourcesChanged();
        return;
    }
    for (qint64 id : std::as_const(m_touched))
        m_document->notifyResourceChanged(id);
}

// --- ResourcesCommand --------------------------------------------------------------------------

ResourcesCommand::ResourcesCommand(CatalogDocument *document,
                                   const QList<Snapshot> &snapshots,
                                   bool insert,
                                   const QString &text)
    : DocumentCommand(document, text)
    , m_snapshots(snapshots)
    , m_insert(insert)
{
    // Every snapshot carries its UUID from the start, so that undo can find what redo inserted.
    for (Snapshot &s : m_snapshots) {
        if (s.resource.uuid.isEmpty())
            s.resource.uuid = newUuid();
        for (InfoItem &item : s.items) {
            if (item.uuid.isEmpty())
                item.uuid = newUuid();
        }
    }
}

bool ResourcesCommand::doApply(bool forward)
{
    return forward == m_insert ? insertAll() : deleteAll();
}

bool ResourcesCommand::insertAll()
{
    m_insertedIds.clear();
    for (Snapshot &s : m_snapshots) {
        Resource r = s.resource;
        r.id = 0;
        if (!store()->insertResource(r))
            return false;
        if (!s.items.isEmpty()) {
            QList<InfoItem> items = s.items;
            for (InfoItem &item : items) {
                item.id = 0;
                item.resourceId = r.id;
            }
            if (!store()->setItems(r.id, items))
                return false;
        }
        m_insertedIds << r.id;
    }
    return true;
}

bool ResourcesCommand::deleteAll()
{
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        const auto r = store()->resourceByUuid(s.resource.uuid);
        if (!r)
            continue; // already gone: deleting is idempotent
        if (!store()->deleteResource(r->id))
            return false;
    }
    return true;
}

void ResourcesCommand::notify(bool)
{
    m_document->notifyResourcesChanged();
}

// --- ItemsCommand ------------------------------------------------------------------------------

ItemsCommand::ItemsCommand(CatalogDocument *document,
                           const QString &resourceUuid,
                           const QList<InfoItem> &oldItems,
                           const QList<InfoItem> &newItems,
                           const QString &text)
    : DocumentCommand(document, text)
    , m_uuid(resourceUuid)
    , m_old(oldItems)
    , m_new(newItems)
{
    for (InfoItem &item : m_new) {
        if (item.uuid.isEmpty())
            item.uuid = newUuid();
    }
}

bool ItemsCommand::doApply(bool forward)
{
    const auto r = store()->resourceByUuid(m_uuid);
    if (!r) {
        store()->setError(CatalogDocument::tr("The resource to change no longer exists."));
        return false;
    }
    m_resourceId = r->id;
    // Items removed and re-created by earlier undo steps have new ids: match what still exists
    // by id, by UUID otherwise, and let the store insert the rest.
    const QList<InfoItem> current = store()->items(r->id);
    QSet<qint64> ids;
    QHash<QString, qint64> idByUuid;
    for (const InfoItem &item : current) {
        ids.insert(item.id);
        idByUuid.insert(item.uuid, item.id);
    }
    QList<InfoItem> &target = forward ? m_new : m_old;
    QList<InfoItem> items = target;
    for (InfoItem &item : items) {
        item.resourceId = r->id;
        if (!ids.contains(item.id))
            item.id = idByUuid.value(item.uuid, 0);
    }
    if (!store()->setItems(r->id, items))
        return false;
    target = items; // keep the ids the store gave, so the next apply matches them
    return true;
}

void ItemsCommand::notify(bool)
{
    m_document->notifyItemsChanged(m_resourceId);
}

// --- OfficeCommand -----------------------------------------------------------------------------

OfficeCommand::OfficeCommand(CatalogDocument *document,
                             Kind kind,
                             const Office &office,
                             const QString &text,
                             const QString &newName)
    : DocumentCommand(document, text)
    , m_kind(kind)
    , m_office(office)
    , m_oldName(office.name)
    , m_newName(newName)
{
    if (m_office.uuid.isEmpty())
        m_office.uuid = newUuid();
    if (m_office.parentId && document->store()) {
        if (const auto parent = document->store()->office(m_office.parentId))
            m_parentUuid = parent->uuid;
    }
}

bool OfficeCommand::insert()
{
    Office o = m_office;
    o.id = 0;
    o.parentId = 0;
    if (!m_parentUuid.isEmpty()) {
        if (const auto parent = store()->officeByUuid(m_parentUuid))
            o.parentId = parent->id;
    }
    if (!store()->insertOffice(o))
        return false;
    m_office.id = o.id;
    return true;
}

bool OfficeCommand::remove()
{
    const auto o = store()->officeByUuid(m_office.uuid);
    return !o || store()->deleteOffice(o->id);
}

bool OfficeCommand::doApply(bool forward)
{
    switch (m_kind) {
    case Add:
        return forward ? insert() : remove();
    case Delete:
        return forward ? remove() : insert();
    case Rename: {
        auto o = store()->officeByUuid(m_office.uuid);
        if (!o) {
            store()->setError(CatalogDocument::tr("The office no longer exists."));
            return false;
        }
        o->name = forward ? m_newName : m_oldName;
        return store()->updateOffice(*o);
    }
    }
    return false;
}

void OfficeCommand::notify(bool)
{
    m_document->notifyOfficesChanged();
}

// --- MetaCommand -------------------------------------------------------------------------------

MetaCommand::MetaCommand(CatalogDocument *document,
                         const CatalogMeta &oldMeta,
                         const CatalogMeta &newMeta)
    : DocumentCommand(document, CatalogDocument::tr("Edit catalog properties"))
    , m_old(oldMeta)
    , m_new(newMeta)
{
}

bool MetaCommand::doApply(bool forward)
{
    return store()->setMeta(forward ? m_new : m_old);
}

void MetaCommand::notify(bool)
{
    emit m_document->metaChanged();
}

} // namespace sy
