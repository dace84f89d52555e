#include "MergeApplier.h"

#include "store/BulkWriter.h"
#include "store/CatalogBackup.h"
#include "store/CatalogStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sy {

bool MergeUndo::isEmpty() const
{
    return createdOffices.isEmpty() && createdResources.isEmpty() && updatedBefore.isEmpty()
           && deleted.isEmpty() && createdProducts.isEmpty() && createdRegistrations.isEmpty();
}

QString MergeApplier::defaultBackupPath(const QString &catalogPath)
{
    const QFileInfo info(catalogPath);
    return info.dir().filePath(
        QStringLiteral("%1.before-merge-%2.sycat")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
}

bool MergeApplier::saveReport(const MergePlan &plan, const QString &jsonPath, QString *error)
{
    QSaveFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the merge report %1: %2").arg(jsonPath, json.errorString());
        return false;
    }
    json.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    if (!json.commit()) {
        if (error)
            *error = tr("Cannot write the merge report %1: %2").arg(jsonPath, json.errorString());
        return false;
    }
    const QFileInfo info(jsonPath);
    QSaveFile txt(info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt")));
    if (txt.open(QIODevice::WriteOnly)) {
        txt.write(plan.toText().toUtf8());
        txt.commit();
    }
    return true;
}

bool MergeApplier::fail(CatalogStore &store, const QString &message)
{
    m_error = message;
    if (store.inTransaction())
        store.rollback();
    return false;
}

bool MergeApplier::apply(CatalogStore &store,
                         const MergePlan &plan,
                         const QString &backupPath,
                         MergeUndo *undoOut)
{
    m_error.clear();
    m_cancelled = false;
    MergeUndo undo;
    if (!backupPath.isEmpty()) {
        m_progress.step(0, tr("Writing the backup copy"));
        QString error;
        if (!CatalogBackup::vacuumInto(store, backupPath, &error)) {
            m_error = error;
            return false;
        }
    }
    if (!store.begin()) {
        m_error = store.errorString();
        return false;
    }
    auto cancelled = [&] {
        if (m_progress.isCancelled()) {
            m_cancelled = true;
            return true;
        }
        return false;
    };

    // Offices: parents before children, so that every parent id is known when a child is added.
    QHash<QString, qint64> officeIdByUuid; // their office uuid → store id
    QHash<qint64, QString> uuidBySnapshotId;
    for (const OfficeMerge &o : plan.offices) {
        uuidBySnapshotId.insert(o.theirs.id, o.theirs.uuid);
        if (o.mineId)
            officeIdByUuid.insert(o.theirs.uuid, o.mineId);
    }
    QList<OfficeMerge> pending;
    for (const OfficeMerge &o : plan.offices) {
        if (!o.mineId)
            pending << o;
    }
    while (!pending.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const OfficeMerge &o = pending.at(i);
            const QString parentUuid = uuidBySnapshotId.value(o.theirs.parentId);
            if (o.theirs.parentId && !officeIdByUuid.contains(parentUuid))
                continue;
            Office office = o.theirs;
            office.id = 0;
            office.parentId = o.theirs.parentId ? officeIdByUuid.value(parentUuid) : 0;
            if (!store.insertOffice(office))
                return fail(store, store.errorString());
            officeIdByUuid.insert(o.theirs.uuid, office.id);
            undo.createdOffices << office.id;
            pending.removeAt(i--);
            progress = true;
        }
        if (!progress)
            return fail(store, tr("The offices of the answer form a cycle; nothing was merged."));
    }

    const int total = int(plan.resources.size());
    int done = 0;
    // New resources go in through a BulkWriter: its statements are prepared once, and a
    // resource's items are one audit row and one search row, not one of each per item, as in a
    // package import. Answers of thousands of resources took minutes the other way (50k rows of
    // XLSX: 138 s). It runs in a savepoint of this transaction; edits of existing resources
    // between its rows nest inside that savepoint.
    BulkWriter added(store);
    bool adding = false;
    auto failResources = [&](const QString &message) {
        added.cancel(); // its savepoint first, then fail() rolls back the merge
        return fail(store, message);
    };
    for (const ResourceMerge &m : plan.resources) {
        if (++done % 200 == 0) {
            m_progress.step(5 + 90 * done / qMax(total, 1), tr("Merging resources"));
            if (cancelled())
                return failResources(tr("The merge was cancelled; the catalog is unchanged."));
        }
        switch (m.status) {
        case MergeStatus::Identical:
            break;
        case MergeStatus::New: {
            if (!m.accept)
                break;
            Resource r = m.theirs;
            r.id = 0;
            if (!r.officeId && !m.theirOfficeUuid.isEmpty())
                r.officeId = officeIdByUuid.value(m.theirOfficeUuid);
            if (r.uuid.isEmpty() || store.resourceByUuid(r.uuid))
                r.uuid = newUuid();
            QList<InfoItem> items = m.theirItems;
            for (InfoItem &i : items)
                i.id = 0;
            if (!adding && !(adding = added.start(BulkWriter::Mode::Incremental)))
                return failResources(added.errorString());
            if (!added.addResource(r, items))
                return failResources(added.errorString());
            undo.createdResources << r.id;
            break;
        }
        case MergeStatus::Changed:
        case MergeStatus::Conflict: {
            bool anyTheirs = false;
            bool itemsTheirs = false;
            for (const MergeFieldDiff &f : m.fields) {
                if (f.takeTheirs) {
                    anyTheirs = true;
                    if (f.key == QLatin1String("items"))
                        itemsTheirs = true;
                }
            }
            if (!anyTheirs)
                break;
            // By uuid: after an undo and a redo the same resource may have another id.
            const std::optional<Resource> current = store.resourceByUuid(m.mine.uuid);
            if (!current)
                return fail(store,
                            tr("The resource “%1” is no longer in the catalog.").arg(m.mine.name));
            undo.updatedBefore.append({*current, store.items(current->id)});
            Resource r = m.resolved();
            r.id = current->id;
            if (r.officeId == 0 && !m.theirOfficeUuid.isEmpty())
                r.officeId = officeIdByUuid.value(m.theirOfficeUuid, m.mine.officeId);
            if (!store.updateResource(r))
                return failResources(store.errorString());
            if (itemsTheirs) {
                // Keep the ids of items whose name survives, so their audit trail continues.
                QHash<QString, InfoItem> old;
                for (const InfoItem &i : undo.updatedBefore.constLast().second)
                    old.insert(i.name.trimmed(), i);
                QList<InfoItem> items = m.theirItems;
                for (InfoItem &i : items) {
                    const InfoItem before = old.take(i.name.trimmed());
                    i.id = before.id;
                    i.uuid = before.id ? before.uuid : i.uuid;
                    i.resourceId = r.id;
                }
                if (!store.setItems(r.id, items))
                    return failResources(store.errorString());
            }
            break;
        }
        case MergeStatus::Deleted:
            if (!m.accept)
                break;
            if (const std::optional<Resource> current = store.resourceByUuid(m.mine.uuid)) {
                undo.deleted.append({*current, store.items(current->id)});
                if (!store.deleteResource(current->id))
                    return failResources(store.errorString());
            }
            break;
        }
    }
    if (adding && !added.finish())
        return fail(store, added.errorString());

    for (const Product &p : plan.newProducts) {
        Product product = p;
        product.id = 0;
        product.officeId = officeIdByUuid.value(uuidBySnapshotId.value(p.officeId));
        if (!store.insertProduct(product))
            return fail(store, store.errorString());
        undo.createdProducts << product.id;
    }
    for (const Registration &r : plan.newRegistrations) {
        Registration registration = r;
        registration.id = 0;
        if (!store.insertRegistration(registration))
            return fail(store, store.errorString());
        undo.createdRegistrations << registration.id;
    }
    for (const AttachmentData &a : plan.newAttachments) {
        if (store.addAttachment(a.data, a.fileName, a.mime, a.ownerUuid).isEmpty())
            return fail(store, store.errorString());
    }
    if (cancelled())
        return fail(store, tr("The merge was cancelled; the catalog is unchanged."));
    if (!store.commit()) {
        m_error = store.errorString();
        return false;
    }
    m_progress.step(100, tr("Done"));
    if (undoOut)
        *undoOut = undo;
    return true;
}

bool MergeApplier::undo(CatalogStore &store, const MergeUndo &undo)
{
    m_error.clear();
    if (!store.begin()) {
        m_error = store.errorString();
        return false;
    }
    for (qint64 id : undo.createdRegistrations) {
        if (!store.deleteRegistration(id))
            return fail(store, store.errorString());
    }
    for (qint64 id : undo.createdProducts) {
        if (!store.deleteProduct(id))
            return fail(store, store.errorString());
    }
    for (qint64 id : undo.createdResources) {
        if (!store.deleteResource(id))
            return fail(store, store.errorString());
    }
    for (const auto &before : undo.updatedBefore) {
        if (!store.updateResource(before.first))
            return fail(store, store.errorString());
        QList<InfoItem> items = before.second;
        if (!store.setItems(before.first.id, items))
            return fail(store, store.errorString());
    }
    for (const auto &gone : undo.deleted) {
        Resource r = gone.first;
        r.id = 0;
        if (!store.insertResource(r))
            return fail(store, store.errorString());
        QList<InfoItem> items = gone.second;
        for (InfoItem &i : items) {
            i.id = 0;
            i.resourceId = r.id;
        }
        if (!store.setItems(r.id, items))
            return fail(store, store.errorString());
    }
    for (auto it = undo.createdOffices.crbegin(); it != undo.createdOffices.crend(); ++it) {
        if (!store.deleteOffice(*it))
            return fail(store, store.errorString());
    }
    if (!store.commit()) {
        m_error = store.errorString();
        return false;
    }
    return true;
}

} // namespace sy
