#pragma once

#include "CatalogSnapshot.h"
#include "PackageWriter.h"

#include <QCoreApplication>

#include <functional>

namespace sy {

class BulkWriter;
class PackageReader;

// Turns a snapshot (from a package) into a new catalog file that is identical to the one the
// package was written from: same uuids, attrs and timestamps. Uses BulkWriter, one transaction;
// on failure or Cancel the new file is removed.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogImporter)

public:
    void setProgress(const ExchangeProgress &progress) { m_progress = progress; }
    bool createCatalog(const QString &path, const CatalogSnapshot &snapshot);
    // The same from a package that was read (and so checked): with a reader that streams its
    // resources (PackageReader::setResourcesStreamed) they go from catalog.json straight into
    // the new file.
    bool importPackage(const QString &path, const PackageReader &reader);
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 resourcesWritten() const { return m_written; }

private:
    // Writes the resources; gets the store ids of the snapshot's offices.
    using ResourceStep = std::function<bool(BulkWriter &, const QHash<qint64, qint64> &)>;
    bool create(const QString &path, const CatalogSnapshot &snapshot,
                const ResourceStep &writeResources);
    bool progressAt(qint64 done, qint64 total);

    ExchangeProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_written = 0;
};

} // namespace sy
