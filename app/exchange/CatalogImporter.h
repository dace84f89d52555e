#pragma once

#include "CatalogSnapshot.h"
#include "PackageWriter.h"

#include <QCoreApplication>

namespace sy {

// Turns a snapshot (from a package) into a new catalog file that is identical to the one the
// package was written from: same uuids, attrs and timestamps. Uses BulkWriter, one transaction;
// on failure or Cancel the new file is removed.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogImporter)

public:
    void setProgress(const ExchangeProgress &progress) { m_progress = progress; }
    bool createCatalog(const QString &path, const CatalogSnapshot &snapshot);
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

private:
    ExchangeProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace sy
