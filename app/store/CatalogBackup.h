#pragma once

#include <QCoreApplication>
#include <QString>

namespace sy {

class CatalogStore;

// A consistent copy of an open catalog ("Save As" in the GUI), made with SQLite's VACUUM INTO so
// that it includes the WAL's committed pages and never a half-written transaction. The copy is
// written to a temporary file next to the target and renamed into place, so a failure leaves
// nothing behind and an existing target is replaced only by a complete copy.
class CatalogBackup
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogBackup)

public:
    static bool vacuumInto(CatalogStore &store, const QString &target, QString *error = nullptr);
};

} // namespace sy
