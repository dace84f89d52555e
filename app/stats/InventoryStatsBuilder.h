#pragma once

#include "InventoryStats.h"
#include "model/Office.h"
#include "model/Profile.h"
#include "store/ResourceQuery.h"
#include "store/StatsQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace sy {

class CatalogStore;

// What part of the catalog the inventory covers.
struct InventoryScope
{
    qint64 officeId = 0;           // 0 = the whole catalog
    bool includeSubOffices = true; // the office and every office below it
    int topOffices = 10;           // office charts show this many offices, the rest as 其他
};

// Quality figures for the scope, as the rules layer computes them (0..100 each).
struct InventoryQuality
{
    QHash<qint64, double> resourceScores; // resource id → score, for the histogram
    std::optional<double> average;        // the scope's score (ratio of summed counts)
    QHash<qint64, double> officeScores;   // office id → score of its direct resources
    std::optional<qint64> openProblems;   // errors + warnings
};

// Computes InventoryStats from a store: the SQL aggregates of StatsQueries, labelled and ordered
// by the profile's vocabularies in the current language, office charts cut to the top N plus
// "其他". Quality scores come from validating every resource, which is slower than the
// aggregates (≈1 s for 100k resources), so they are a second step (addQuality) that the
// dashboard runs after showing everything else.
//
// Also answers drill-down: which resources a chart category stands for, as a ResourceQuery the
// resource table can show (exactly those resources, office scope included).
//
// Not thread-safe; a worker thread builds with its own store connection.
class InventoryStatsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sy::InventoryStatsBuilder)

public:
    InventoryStatsBuilder(const CatalogStore &store, std::shared_ptr<const Profile> profile);

    void setScope(const InventoryScope &scope) { m_scope = scope; }
    // Polled during addQuality(); returning true abandons the validation (a newer request came).
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }
    InventoryScope scope() const { return m_scope; }

    // Everything except quality: KPIs, category series, office matrices, per-office table.
    bool build(InventoryStats *stats, QString *error = nullptr);
    // Scores every resource in scope with the rules engine and adds the quality histogram,
    // average and open problem count to `stats`.
    bool addQuality(InventoryStats *stats, QString *error = nullptr);
    // Adds quality figures computed elsewhere (e.g. by a validation the GUI ran).
    static void applyQuality(InventoryStats &stats, const InventoryQuality &quality);

    // The resources behind one category of a chart: `seriesId` is a series or matrix id of
    // StatsSeriesId, `key` the bucket key (matrix: row key) and `columnKey` a matrix column key.
    // `stats` is the inventory the chart shows (for office groups and quality bins).
    bool drillDown(const InventoryStats &stats,
                   const QString &seriesId,
                   const QString &key,
                   const QString &columnKey,
                   ResourceQuery *query,
                   QString *error = nullptr);

    // Office ids in scope (empty = whole catalog), sub-offices expanded.
    QList<qint64> scopeOfficeIds() const;

    // Labels shared with the charts and the report.
    static QString notFilledLabel();
    static QString otherOfficesLabel();
    static QString noOfficeLabel();
    static QString notRegisteredLabel();
    static QString seriesTitle(const QString &seriesId);

private:
    void loadOffices();
    StatsSeries vocabularySeries(const QString &seriesId,
                                 const QString &vocabulary,
                                 const QList<StatsCount> &counts) const;
    QList<StatsBucket> vocabularyColumns(const QString &vocabulary,
                                         const QSet<QString> &extraCodes) const;
    QString officeLabel(qint64 officeId) const;

    const CatalogStore &m_store;
    std::shared_ptr<const Profile> m_profile;
    InventoryScope m_scope;
    std::function<bool()> m_cancelCheck;
    QList<Office> m_offices; // tree order
    QHash<qint64, int> m_officeIndex;
};

} // namespace sy
