#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sy {

// Ids of the series and matrices of InventoryStats, shared by the dashboard, the CLI's JSON and
// the report so that a chart, its export and its drill-down all name the same thing.
namespace StatsSeriesId {
inline constexpr char Office[] = "office";
inline constexpr char Grade[] = "grade";
inline constexpr char Sharing[] = "sharing";
inline constexpr char Opening[] = "opening";
inline constexpr char UpdateCycle[] = "update_cycle";
inline constexpr char Format[] = "format";
inline constexpr char Status[] = "status";
inline constexpr char Registration[] = "registration";
inline constexpr char Quality[] = "quality";
inline constexpr char Growth[] = "growth";     // resources created per month
inline constexpr char Modified[] = "modified"; // resources last modified per month
inline constexpr char SharingByOffice[] = "sharing_by_office";
inline constexpr char OpeningByOffice[] = "opening_by_office";
} // namespace StatsSeriesId

// Key of the bucket that gathers the offices beyond the top N ("其他").
inline constexpr char StatsOtherKey[] = "*other";

// One category of a chart: a vocabulary code ("" = not filled), an office id, a month
// "yyyy-MM" or a quality bin's lower bound, with its label in the current language.
struct StatsBucket
{
    QString key;
    QString label;
    qint64 count = 0;
    QList<qint64> officeIds;   // office buckets: the offices counted (several for "其他")
    QList<qint64> resourceIds; // quality bins: the resources counted (not in the JSON)
};

struct StatsSeries
{
    QString id;
    QString title; // translated
    QList<StatsBucket> buckets;

    qint64 total() const;
    const StatsBucket *bucket(const QString &key) const;
    qint64 count(const QString &key) const; // 0 if no such bucket
};

// A cross tabulation office × category, for the stacked bars.
struct StatsMatrix
{
    QString id;
    QString title;
    QList<StatsBucket> rows;    // offices (top N + 其他), count = row total
    QList<StatsBucket> columns; // categories in vocabulary order, count = column total
    QList<QList<qint64>> cells; // cells[row][column]

    qint64 cell(const QString &rowKey, const QString &columnKey) const;
};

struct InventoryKpis
{
    qint64 resources = 0;
    qint64 items = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 offices = 0; // offices holding at least one resource
    qint64 shared = 0;
    qint64 opened = 0;
    qint64 registered = 0;
    qint64 secret = 0;
    std::optional<double> averageQuality; // 0..100; empty when no score is available
    std::optional<qint64> openProblems;   // validation errors + warnings; empty when unknown

    // share of resources, 0..1 (0 when there are no resources)
    double sharedShare() const;
    double openedShare() const;
    double registeredShare() const;
};

// The figures of one office for the per-office table of the report and the CLI.
struct OfficeInventory
{
    qint64 officeId = 0;
    QString code;
    QString name;
    int depth = 0; // 0 = top-level office, 1 = its sub-office, ...
    qint64 resources = 0;
    qint64 items = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 shared = 0;
    qint64 opened = 0;
    qint64 registered = 0;
    std::optional<double> averageQuality;
};

// The whole inventory (数据资源底账) at one moment, for the catalog or one office subtree:
// computed by InventoryStatsBuilder, displayed by the dashboard, printed by InventoryReport and
// serialised by `shuyuan-cli stats`.
struct InventoryStats
{
    Q_DECLARE_TR_FUNCTIONS(sy::InventoryStats)

public:
    QString catalogName;
    QString department;
    QDateTime generated; // UTC
    qint64 officeId = 0; // scope; 0 = whole catalog
    QString officeName;  // scope's name, empty for the whole catalog
    InventoryKpis kpis;
    QList<StatsSeries> series;
    QList<StatsMatrix> matrices;
    QList<OfficeInventory> offices; // every office in scope, in tree order
    qint64 elapsedMs = 0;           // time the aggregates took

    const StatsSeries *seriesById(const QString &id) const;
    const StatsMatrix *matrixById(const QString &id) const;

    QJsonObject toJson() const;
    QString toText() const; // aligned plain text for the terminal, translated

    // "1.5 GB" style size, and "12.5%" style share; locale-aware.
    static QString formatBytes(qint64 bytes);
    static QString formatPercent(double share);
};

} // namespace sy
