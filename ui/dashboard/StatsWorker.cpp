#include "StatsWorker.h"

namespace sy {

StatsWorker::StatsWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sy::InventoryStats>();
}

StatsWorker::~StatsWorker() = default;

void StatsWorker::closeCatalog()
{
    m_store.reset();
}

void StatsWorker::compute(int generation,
                          const QString &path,
                          const InventoryScope &scope,
                          std::shared_ptr<const Profile> profile,
                          bool withQuality)
{
    if (generation < m_latest)
        return;
    // The connection is kept between requests: opening checks the file, which costs more than
    // the aggregates themselves on a large catalog.
    if (!m_store || m_store->path() != path) {
        m_store = std::make_unique<CatalogStore>();
        if (!m_store->openReadOnly(path)) {
            const QString error = m_store->errorString();
            m_store.reset();
            emit failed(generation, error);
            return;
        }
    }
    InventoryStatsBuilder builder(*m_store, std::move(profile));
    builder.setScope(scope);
    InventoryStats stats;
    QString error;
    if (!builder.build(&stats, &error)) {
        emit failed(generation, error);
        return;
    }
    emit statsReady(generation, stats);
    if (!withQuality || generation < m_latest)
        return;
    builder.setCancelCheck([this, generation] { return generation < m_latest; });
    if (!builder.addQuality(&stats, &error)) {
        if (generation >= m_latest)
            emit failed(generation, error);
        return;
    }
    emit qualityReady(generation, stats);
}

} // namespace sy
