#pragma once

#include "MergePlan.h"
#include "PackageWriter.h"

#include <QCoreApplication>

namespace sy {

class CatalogStore;

// What it takes to undo an applied merge: the state before, per entity touched.
struct MergeUndo
{
    QList<qint64> createdOffices; // in creation order
    QList<qint64> createdResources;
    QList<QPair<Resource, QList<InfoItem>>> updatedBefore;
    QList<QPair<Resource, QList<InfoItem>>> deleted;
    QList<qint64> createdProducts;
    QList<qint64> createdRegistrations;
    bool isEmpty() const;
};

// Writes a merge plan into the catalog: a backup copy first (VACUUM INTO), then everything in
// one transaction: offices, new/changed/deleted resources, new products, registrations and
// attachments. On error or Cancel the transaction is rolled back and the catalog is unchanged.
class MergeApplier
{
    Q_DECLARE_TR_FUNCTIONS(sy::MergeApplier)

public:
    void setProgress(const ExchangeProgress &progress) { m_progress = progress; }

    // backupPath empty = no backup (only for new, empty catalogs and tests).
    bool apply(CatalogStore &store,
               const MergePlan &plan,
               const QString &backupPath,
               MergeUndo *undo = nullptr);
    // Reverts an applied merge in one transaction (the GUI's undo).
    bool undo(CatalogStore &store, const MergeUndo &undo);

    // "<catalog>.before-merge-<yyyyMMdd-HHmmss>.sycat" next to the catalog.
    static QString defaultBackupPath(const QString &catalogPath);
    // Writes the plan's report as JSON (merge-report-*.json) and text beside it.
    static bool saveReport(const MergePlan &plan, const QString &jsonPath, QString *error);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

private:
    bool fail(CatalogStore &store, const QString &message);

    ExchangeProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace sy
