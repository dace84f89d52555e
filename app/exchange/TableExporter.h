#pragma once

#include "model/Profile.h"

#include <QCoreApplication>

#include <memory>

namespace sy {

class CatalogStore;

// The catalog and the ledger (数据资源底账) as spreadsheets for people: labels instead of codes,
// zh headers. "catalog" = resources + information items (the survey-template layout, so an
// exported catalog can be edited and imported back); "ledger" = one row per resource with the
// inventory figures, plus a per-office summary sheet. XLSX or CSV by the file's extension (a CSV
// gets one table: resources for the catalog, the ledger rows for the ledger).
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(sy::TableExporter)

public:
    enum class What { Catalog, Items, Ledger };

    explicit TableExporter(std::shared_ptr<const Profile> profile);
    bool exportTable(const CatalogStore &store, What what, const QString &path);
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }

private:
    std::shared_ptr<const Profile> m_profile;
    QString m_error;
    int m_rows = 0;
};

} // namespace sy
