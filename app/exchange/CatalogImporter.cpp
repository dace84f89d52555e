#include "CatalogImporter.h"

#include "PackageReader.h"
#include "ResourceRowQueue.h"
#include "store/BulkWriter.h"
#include "store/CatalogStore.h"
#include "store/ExchangeQueries.h"

#include <QFile>

namespace sy {

// Reports every thousand resources; false when the clerk cancelled.
bool CatalogImporter::progressAt(qint64 done, qint64 total)
{
    if (done % 1000 != 999)
        return true;
    m_progress.step(int(10 + 80 * done / qMax<qint64>(total, 1)), tr("Writing resources"));
    if (m_progress.isCancelled()) {
        m_cancelled = true;
        m_error = tr("The import was cancelled; no catalog was created.");
        return false;
    }
    return true;
}

bool CatalogImporter::createCatalog(const QString &path, const CatalogSnapshot &s)
{
    return create(path, s, [&](BulkWriter &bulk, const QHash<qint64, qint64> &officeIds) {
        const qint64 total = s.resources.size();
        for (qint64 n = 0; n < total; ++n) {
            Resource r = s.resources.at(n);
            r.id = 0;
            r.officeId = officeIds.value(r.officeId);
            QList<InfoItem> items = s.items.value(r.uuid);
            if (!bulk.addResource(r, items)) {
                m_error = bulk.errorString();
                return false;
            }
            if (!progressAt(n, total))
                return false;
        }
        return true;
    });
}

bool CatalogImporter::importPackage(const QString &path, const PackageReader &reader)
{
    const CatalogSnapshot &s = reader.snapshot();
    if (!reader.resourcesStreamed())
        return createCatalog(path, s);
    const qint64 total = reader.manifest()
                             .value(QStringLiteral("counts"))
                             .toObject()
                             .value(QStringLiteral("resources"))
                             .toInteger();
    return create(path, s, [&](BulkWriter &bulk, const QHash<qint64, qint64> &officeIds) {
        QHash<QString, qint64> byUuid;
        for (const Office &o : s.offices)
            byUuid.insert(o.uuid, officeIds.value(o.id));
        ResourceRowQueue queue(reader.resourcesText(), byUuid);
        ResourceRowQueue::Batch batch;
        qint64 n = 0;
        while (queue.next(&batch)) {
            for (size_t i = 0; i < batch.rows.size(); ++i) {
                if (!bulk.addResourceRow(batch.rows[i], batch.items[i])) {
                    m_error = bulk.errorString();
                    queue.stop();
                    return false;
                }
                if (!progressAt(n++, total)) {
                    queue.stop();
                    return false;
                }
            }
        }
        m_error = queue.errorString();
        return m_error.isEmpty();
    });
}

bool CatalogImporter::create(const QString &path, const CatalogSnapshot &s,
                             const ResourceStep &writeResources)
{
    m_error.clear();
    m_cancelled = false;
    m_written = 0;
    bool ok = false;
    {
        CatalogStore store;
        if (!store.create(path, s.meta)) {
            m_error = store.errorString();
            return false;
        }
        auto failed = [&](const QString &message) {
            m_error = message;
            return false;
        };
        ok = [&]() {
            QString cacheError;
            ExchangeQueries(store).enlargeCache(512,
                                                &cacheError); // a speed-up only: errors ignored
            BulkWriter bulk(store);
            if (!bulk.start(BulkWriter::Mode::FreshCatalog))
                return failed(bulk.errorString());
            QHash<qint64, qint64> officeIds; // snapshot id → store id
            QList<Office> pending = s.offices;
            while (!pending.isEmpty()) {
                bool progress = false;
                for (int i = 0; i < pending.size(); ++i) {
                    Office o = pending.at(i);
                    if (o.parentId && !officeIds.contains(o.parentId))
                        continue;
                    const qint64 snapshotId = o.id;
                    o.id = 0;
                    o.parentId = o.parentId ? officeIds.value(o.parentId) : 0;
                    if (!bulk.addOffice(o))
                        return failed(bulk.errorString());
                    officeIds.insert(snapshotId, o.id);
                    pending.removeAt(i--);
                    progress = true;
                }
                if (!progress)
                    return failed(tr("The offices of the package form a cycle."));
            }
            m_progress.step(10, tr("Writing resources"));
            if (!writeResources(bulk, officeIds))
                return false;
            for (Product p : s.products) {
                p.id = 0;
                p.officeId = officeIds.value(p.officeId);
                if (!store.insertProduct(p))
                    return failed(store.errorString());
            }
            for (Registration r : s.registrations) {
                r.id = 0;
                if (!store.insertRegistration(r))
                    return failed(store.errorString());
                QString error;
                if (!ExchangeQueries(store).setRegistrationModified(r.uuid, r.modified, &error))
                    return failed(error);
            }
            for (const AttachmentData &a : s.attachments) {
                if (store.addAttachment(a.data, a.fileName, a.mime, a.ownerUuid).isEmpty())
                    return failed(store.errorString());
            }
            QString error;
            if (!ExchangeQueries(store).setCatalogTimes(s.meta.created, s.meta.modified, &error))
                return failed(error);
            m_progress.step(90, tr("Building the indexes"));
            if (!bulk.finish())
                return failed(bulk.errorString());
            m_written = bulk.resourcesWritten();
            return true;
        }();
        store.close();
    }
    if (!ok) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }
    m_progress.step(100, tr("Done"));
    return ok;
}

} // namespace sy
