#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sy {

class CatalogStore;

// One group of a GROUP BY: the raw column value (a vocabulary code, an office id as text, a
// month "yyyy-MM"; empty when the column is not filled) and the number of resources in it.
struct StatsCount
{
    QString key;
    qint64 count = 0;
};

// Cell of a cross tabulation office × category.
struct StatsCrossCount
{
    qint64 officeId = 0;
    QString key;
    qint64 count = 0;
};

// Totals over the resources in scope (one row, one pass over the resources table).
struct StatsTotals
{
    qint64 resources = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 shared = 0; // sharing 1 or 2 (无条件 / 有条件共享)
    qint64 opened = 0; // opening 1 or 2 (无条件 / 有条件开放)
    qint64 secret = 0;
    qint64 items = 0;      // information items of those resources
    qint64 offices = 0;    // distinct offices holding at least one resource
    qint64 registered = 0; // resources with an accepted registration not cancelled since
};

// One group of the office × sharing × opening cube: every figure the KPIs, the office chart, the
// sharing/opening charts and matrices and the per-office table need, from one index scan.
struct StatsCubeCell
{
    qint64 officeId = 0; // 0 = no office
    QString sharing;
    QString opening;
    qint64 resources = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 secret = 0;
    qint64 registered = 0;
    qint64 items = 0;
};

// The per-office line of the inventory: same figures as StatsTotals, grouped by office_id.
struct StatsOfficeTotals
{
    qint64 officeId = 0;
    qint64 resources = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 shared = 0;
    qint64 opened = 0;
    qint64 items = 0;
    qint64 registered = 0;
};

// Aggregate queries behind the dashboard, `shuyuan-cli stats` and the inventory report. Every
// figure is computed by SQLite (GROUP BY / COUNT / SUM), never by loading resources into memory,
// so that the 100k-resource demo catalog stays well below the 200 ms budget. The scope is the
// whole catalog or an explicit list of office ids (the caller expands sub-offices, because the
// office tree is small and already in memory on its side).
//
// Failures set errorString(); the returned lists are then empty.
class StatsQueries
{
    Q_DECLARE_TR_FUNCTIONS(sy::StatsQueries)

public:
    explicit StatsQueries(const CatalogStore &store);

    // Restricts every query to resources of these offices; empty = no restriction.
    void setOfficeIds(const QList<qint64> &officeIds) { m_officeIds = officeIds; }
    QList<qint64> officeIds() const { return m_officeIds; }

    // Registration statuses that count a resource as registered ("accepted" by default) and the
    // registration type that cancels it (注销, "4").
    void setRegisteredStatus(const QString &status) { m_registeredStatus = status; }
    void setCancelType(const QString &type) { m_cancelType = type; }

    bool totals(StatsTotals *totals);
    // Resources grouped by office, sharing and opening, with their sums (one scan).
    QList<StatsCubeCell> officeCube();
    // Resources grouped by one of the indexed columns: grade, sharing, opening, update_cycle,
    // format, status, office_id, secret. Ordered by key.
    QList<StatsCount> countBy(const QString &column);
    // Resources grouped by office and one category column (sharing, opening, grade, ...).
    QList<StatsCrossCount> countByOfficeAnd(const QString &column);
    QList<StatsOfficeTotals> officeTotals();
    // The status of each resource's latest registration (by id), grouped; key "" = resources
    // without any registration.
    QList<StatsCount> registrationStatus();
    // Resources created (or modified) per month "yyyy-MM", in ascending order.
    QList<StatsCount> perMonth(const QString &dateColumn);

    // Drill-down helpers for the categories that ResourceQuery cannot express.
    QList<qint64> resourceIdsWithRegistrationStatus(const QString &status);
    QList<qint64> resourceIdsInMonth(const QString &dateColumn, const QString &month);

    QString errorString() const { return m_error; }

private:
    QString scopeCondition(const QString &alias) const;
    QString registeredCondition(const QString &alias) const;
    QString latestRegistrationJoin() const;
    bool isGroupColumn(const QString &column) const;
    bool hasIndexOn(const QString &column) const;

    const CatalogStore &m_store;
    QList<qint64> m_officeIds;
    QString m_registeredStatus = QStringLiteral("accepted");
    QString m_cancelType = QStringLiteral("4");
    QString m_error;
};

} // namespace sy
