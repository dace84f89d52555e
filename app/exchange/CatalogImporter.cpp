#include "CatalogImporter.h"

#include "store/BulkWriter.h"
#include "store/CatalogStore.h"
#include "store/ExchangeQueries.h"

#include <QFile>

namespace sy {

bool CatalogImporter::createCatalog(const QString &path, const CatalogSnapshot &s)
{
    m_error.clear();
    m_cancelled = false;
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
            if (!bulk.start())
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
            const int total = int(s.resources.size());
            for (int n = 0; n < total; ++n) {
                Resource r = s.resources.at(n);
                r.id = 0;
                r.officeId = officeIds.value(r.officeId);
                QList<InfoItem> items = s.items.value(r.uuid);
                if (!bulk.addResource(r, items))
                    return failed(bulk.errorString());
                if (n % 1000 == 999) {
                    m_progress.step(10 + 80 * n / qMax(total, 1), tr("Writing resources"));
                    if (m_progress.isCancelled()) {
                        m_cancelled = true;
                        return failed(tr("The import was cancelled; no catalog was created."));
                    }
                }
            }
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
            if (!bulk.finish())
                return failed(bulk.errorString());
            return true;
        }();
        store.close();
    }
    if (!ok) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    m_progress.step(100, tr("Done"));
    return ok;
}

} // namespace sy
