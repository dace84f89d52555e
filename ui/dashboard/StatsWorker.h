#pragma once

#include "stats/InventoryStatsBuilder.h"
#include "store/CatalogStore.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sy {

// Computes the inventory off the GUI thread, on its own read-only connection to the catalog
// file (CatalogStore is not thread-safe). Lives in the dashboard's worker thread; requests are
// queued calls of compute(). The aggregates come first (statsReady), the quality scores, which
// validate every resource, second (qualityReady). A request superseded by a newer one skips its
// quality step (or cancels it), so that quick edits do not pile up validations. The dashboard
// runs one worker for the aggregates and one for the quality scores.
class StatsWorker : public QObject
{
    Q_OBJECT

public:
    explicit StatsWorker(QObject *parent = nullptr);
    ~StatsWorker() override;

    // Called from any thread: the newest request number, so that older ones stop early.
    void supersede(int generation) { m_latest = generation; }

    void compute(int generation,
                 const QString &path,
                 const InventoryScope &scope,
                 std::shared_ptr<const Profile> profile,
                 bool withQuality);
    void closeCatalog();

signals:
    void statsReady(int generation, const sy::InventoryStats &stats);
    void qualityReady(int generation, const sy::InventoryStats &stats);
    void failed(int generation, const QString &message);

private:
    std::unique_ptr<CatalogStore> m_store;
    std::atomic_int m_latest{0};
};

} // namespace sy

Q_DECLARE_METATYPE(sy::InventoryStats)
