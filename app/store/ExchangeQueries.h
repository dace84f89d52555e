#pragma once

#include "CatalogStore.h"

#include <QDateTime>
#include <QHash>

namespace sy {

struct AttachmentInfo
{
    QString sha256;
    QString fileName;
    QString mime;
    QString ownerUuid;
    qint64 bytes = 0;
    QDateTime created;
};

// The queries that packages, merges and spreadsheet exchange need beyond CatalogStore's API:
// every item in one pass (100k resources would otherwise be 100k queries), the attachment list,
// and restoring the catalog's own timestamps after a
// lossless import.
class ExchangeQueries
{
    Q_DECLARE_TR_FUNCTIONS(sy::ExchangeQueries)

public:
    explicit ExchangeQueries(const CatalogStore &store);

    bool itemsByResource(QHash<qint64, QList<InfoItem>> *out, QString *error) const;
    bool attachments(QList<AttachmentInfo> *out, QString *error) const;
    // Sets the catalog header's created/modified exactly (CatalogStore stamps "now").
    bool setCatalogTimes(const QDateTime &created, const QDateTime &modified, QString *error);
    // A large page cache for this connection while one transaction writes a whole catalog: with
    // SQLite's default 2 MB cache, a 100k-resource import spills pages to the WAL over and over.
    bool enlargeCache(int megabytes, QString *error);
    // Sets a registration's modified stamp exactly, for the same reason.
    bool setRegistrationModified(const QString &uuid, const QDateTime &modified, QString *error);

private:
    const CatalogStore &m_store;
};

} // namespace sy
