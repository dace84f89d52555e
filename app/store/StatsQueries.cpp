#include "StatsQueries.h"

#include "CatalogStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sy {

namespace {

// Columns that may be grouped on: the indexed columns of `resources`. The list guards the SQL
// text, since a column name cannot be a bound parameter.
const QStringList &groupColumns()
{
    static const QStringList columns
        = {QStringLiteral("grade"),        QStringLiteral("sharing"), QStringLiteral("opening"),
           QStringLiteral("update_cycle"), QStringLiteral("format"),  QStringLiteral("status"),
           QStringLiteral("office_id"),    QStringLiteral("secret")};
    return columns;
}

bool isDateColumn(const QString &column)
{
    return column == QLatin1String("created") || column == QLatin1String("modified");
}

} // namespace

StatsQueries::StatsQueries(const CatalogStore &store)
    : m_store(store)
{
}

bool StatsQueries::isGroupColumn(const QString &column) const
{
    return groupColumns().contains(column);
}

QString StatsQueries::scopeCondition(const QString &alias) const
{
    if (m_officeIds.isEmpty())
        return QStringLiteral("1");
    // Integers only, so inlining them is safe and lets SQLite use the office_id index; a bound
    // list would need one placeholder per office.
    QStringList ids;
    ids.reserve(m_officeIds.size());
    for (qint64 id : m_officeIds)
        ids.append(QString::number(id));
    return QStringLiteral("%1.office_id IN (%2)").arg(alias, ids.join(QLatin1Char(',')));
}

// A resource is registered when a registration of it was accepted and no 注销 of it was accepted.
// The IN (… EXCEPT …) form is evaluated once into a temporary index instead of once per
// resource, so it needs no index on registrations.object_uuid.
QString StatsQueries::registeredCondition(const QString &alias) const
{
    return QStringLiteral("%1.uuid IN (SELECT object_uuid FROM registrations WHERE status = ? AND "
                          "reg_type <> ? EXCEPT SELECT object_uuid FROM registrations WHERE "
                          "status = ? AND reg_type = ?)")
        .arg(alias);
}

QString StatsQueries::latestRegistrationJoin() const
{
    return QStringLiteral("JOIN (SELECT object_uuid AS ouuid, MAX(id) AS mid FROM registrations "
                          "GROUP BY object_uuid) l ON l.ouuid = r.uuid "
                          "JOIN registrations g ON g.id = l.mid");
}

bool StatsQueries::totals(StatsTotals *totals)
{
    m_error.clear();
    *totals = {};
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT COUNT(*), TOTAL(records), TOTAL(bytes), "
                         "SUM(sharing IN ('1','2')), SUM(opening IN ('1','2')), SUM(secret <> 0), "
                         "COUNT(DISTINCT office_id), SUM(%1), TOTAL(item_count) "
                         "FROM resources r WHERE %2")
              .arg(registeredCondition(QStringLiteral("r")), scopeCondition(QStringLiteral("r")));
    if (!q.prepare(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return false;
    }
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    if (!q.exec() || !q.next()) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return false;
    }
    totals->resources = q.value(0).toLongLong();
    // TOTAL() is a float in SQLite; the sums of int64 columns stay exact below 2^53.
    totals->records = static_cast<qint64>(q.value(1).toDouble());
    totals->bytes = static_cast<qint64>(q.value(2).toDouble());
    totals->shared = q.value(3).toLongLong();
    totals->opened = q.value(4).toLongLong();
    totals->secret = q.value(5).toLongLong();
    totals->offices = q.value(6).toLongLong();
    totals->registered = q.value(7).toLongLong();
    // The store keeps resources.item_count in step with the items table, which saves a join
    // over every information item.
    totals->items = static_cast<qint64>(q.value(8).toDouble());

    return true;
}

QList<StatsCount> StatsQueries::countBy(const QString &column)
{
    m_error.clear();
    QList<StatsCount> result;
    if (!isGroupColumn(column)) {
        m_error = tr("Cannot group resources by '%1'.").arg(column);
        return result;
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // The columns are NOT NULL DEFAULT '': a plain GROUP BY on the column streams over its
    // index, while an expression (COALESCE) would need a temporary B-tree.
    const QString sql = QStringLiteral("SELECT r.%1, COUNT(*) FROM resources r "
                                       "WHERE %2 GROUP BY r.%1 ORDER BY r.%1")
                            .arg(column, scopeCondition(QStringLiteral("r")));
    if (!q.exec(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append({q.isNull(0) ? QString() : q.value(0).toString(), q.value(1).toLongLong()});
    return result;
}

QList<StatsCubeCell> StatsQueries::officeCube()
{
    m_error.clear();
    QList<StatsCubeCell> result;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT r.office_id, r.sharing, r.opening, COUNT(*), TOTAL(r.records), "
                         "TOTAL(r.bytes), SUM(r.secret <> 0), SUM(%1), TOTAL(r.item_count) "
                         "FROM resources r WHERE %2 GROUP BY r.office_id, r.sharing, r.opening")
              .arg(registeredCondition(QStringLiteral("r")), scopeCondition(QStringLiteral("r")));
    if (!q.prepare(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    if (!q.exec()) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        StatsCubeCell c;
        c.officeId = q.value(0).toLongLong();
        c.sharing = q.value(1).toString();
        c.opening = q.value(2).toString();
        c.resources = q.value(3).toLongLong();
        c.records = static_cast<qint64>(q.value(4).toDouble());
        c.bytes = static_cast<qint64>(q.value(5).toDouble());
        c.secret = q.value(6).toLongLong();
        c.registered = q.value(7).toLongLong();
        c.items = static_cast<qint64>(q.value(8).toDouble());
        result.append(c);
    }
    return result;
}

bool StatsQueries::hasIndexOn(const QString &column) const
{
    QSqlQuery list(m_store.database());
    if (!list.exec(QStringLiteral("PRAGMA index_list(resources)")))
        return false;
    QStringList indexes;
    while (list.next())
        indexes.append(list.value(1).toString());
    for (const QString &index : std::as_const(indexes)) {
        QSqlQuery info(m_store.database());
        // Index names come from the schema itself; quoting keeps odd ones harmless.
        QString quoted = index;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (info.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(quoted)) && info.next()
            && info.value(0).toInt() == 0 && info.value(2).toString() == column)
            return true;
    }
    return false;
}

QList<StatsCrossCount> StatsQueries::countByOfficeAnd(const QString &column)
{
    m_error.clear();
    QList<StatsCrossCount> result;
    if (!isGroupColumn(column) || column == QLatin1String("office_id")) {
        m_error = tr("Cannot group resources by '%1'.").arg(column);
        return result;
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT r.office_id, COALESCE(r.%1, ''), COUNT(*) "
                                       "FROM resources r WHERE %2 GROUP BY 1, 2 ORDER BY 1, 2")
                            .arg(column, scopeCondition(QStringLiteral("r")));
    if (!q.exec(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}

QList<StatsOfficeTotals> StatsQueries::officeTotals()
{
    m_error.clear();
    QList<StatsOfficeTotals> result;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT r.office_id, COUNT(*), TOTAL(r.records), TOTAL(r.bytes), "
                         "SUM(r.sharing IN ('1','2')), SUM(r.opening IN ('1','2')), SUM(%1), "
                         "TOTAL(r.item_count) FROM resources r WHERE %2 GROUP BY r.office_id ORDER "
                         "BY r.office_id")
              .arg(registeredCondition(QStringLiteral("r")), scopeCondition(QStringLiteral("r")));
    if (!q.prepare(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    q.addBindValue(m_registeredStatus);
    q.addBindValue(m_cancelType);
    if (!q.exec()) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        StatsOfficeTotals t;
        t.officeId = q.value(0).toLongLong();
        t.resources = q.value(1).toLongLong();
        t.records = static_cast<qint64>(q.value(2).toDouble());
        t.bytes = static_cast<qint64>(q.value(3).toDouble());
        t.shared = q.value(4).toLongLong();
        t.opened = q.value(5).toLongLong();
        t.registered = q.value(6).toLongLong();
        t.items = static_cast<qint64>(q.value(7).toDouble());
        result.append(t);
    }
    return result;
}

QList<StatsCount> StatsQueries::registrationStatus()
{
    m_error.clear();
    QList<StatsCount> result;
    QSqlQuery total(m_store.database());
    total.setForwardOnly(true);
    if (!total.exec(QStringLiteral("SELECT COUNT(*) FROM resources r WHERE %1")
                        .arg(scopeCondition(QStringLiteral("r"))))
        || !total.next()) {
        m_error = tr("Statistics query failed: %1").arg(total.lastError().text());
        return result;
    }
    qint64 unregistered = total.value(0).toLongLong();

    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT COALESCE(g.status, ''), COUNT(*) FROM resources r %1 "
                         "WHERE %2 GROUP BY 1 ORDER BY 1")
              .arg(latestRegistrationJoin(), scopeCondition(QStringLiteral("r")));
    if (!q.exec(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        unregistered -= n;
        result.append({q.value(0).toString(), n});
    }
    // "" is the bucket of resources never registered; an empty status from a registration row
    // would be a broken row, and counting it as unregistered is the honest reading.
    bool merged = false;
    for (StatsCount &c : result) {
        if (c.key.isEmpty()) {
            c.count += unregistered;
            merged = true;
        }
    }
    if (!merged && unregistered > 0)
        result.prepend({QString(), unregistered});
    return result;
}

QList<StatsCount> StatsQueries::perMonth(const QString &dateColumn)
{
    m_error.clear();
    QList<StatsCount> result;
    if (!isDateColumn(dateColumn)) {
        m_error = tr("Cannot group resources by '%1'.").arg(dateColumn);
        return result;
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Dates are ISO 8601 text, so the first seven characters are the month. With an index on the
    // date, one range count per month walks the index in order (≈35 ms for 100k resources);
    // without one, grouping on substr() needs a single table scan, which is then cheapest.
    QString sql;
    if (hasIndexOn(dateColumn)) {
        sql = QStringLiteral(
                  "WITH RECURSIVE bounds(first, last) AS ("
                  "  SELECT substr(MIN(r.%1), 1, 7), substr(MAX(r.%1), 1, 7) FROM resources r"
                  "  WHERE %2),"
                  " months(month, next) AS ("
                  "  SELECT first, substr(date(first || '-01', '+1 month'), 1, 7) FROM bounds"
                  "  WHERE first IS NOT NULL"
                  "  UNION ALL SELECT next, substr(date(next || '-01', '+1 month'), 1, 7)"
                  "  FROM months, bounds WHERE next <= last AND next IS NOT NULL)"
                  " SELECT month, (SELECT COUNT(*) FROM resources r WHERE r.%1 >= month AND"
                  "  r.%1 < next AND %2) FROM months")
                  .arg(dateColumn, scopeCondition(QStringLiteral("r")));
    } else {
        sql = QStringLiteral("SELECT substr(r.%1, 1, 7) AS month, COUNT(*) "
                             "FROM resources r WHERE %2 AND r.%1 IS NOT NULL "
                             "GROUP BY month ORDER BY month")
                  .arg(dateColumn, scopeCondition(QStringLiteral("r")));
    }
    if (!q.exec(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        // Months without resources come back as 0 rows from the range form; the builder fills
        // the gaps of the other form, so both read the same.
        const qint64 n = q.value(1).toLongLong();
        if (n > 0)
            result.append({q.value(0).toString(), n});
    }
    return result;
}

QList<qint64> StatsQueries::resourceIdsWithRegistrationStatus(const QString &status)
{
    m_error.clear();
    QList<qint64> ids;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QString sql;
    if (status.isEmpty()) {
        // Same reading as registrationStatus(): no registration, or a latest one without status.
        QString join = latestRegistrationJoin();
        join.replace(QStringLiteral("JOIN "), QStringLiteral("LEFT JOIN "));
        sql = QStringLiteral("SELECT r.id FROM resources r %1 WHERE %2 AND "
                             "COALESCE(g.status, '') = '' ORDER BY r.id")
                  .arg(join, scopeCondition(QStringLiteral("r")));
    } else {
        sql = QStringLiteral("SELECT r.id FROM resources r %1 WHERE %2 AND g.status = ? "
                             "ORDER BY r.id")
                  .arg(latestRegistrationJoin(), scopeCondition(QStringLiteral("r")));
    }
    if (!q.prepare(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return ids;
    }
    if (!status.isEmpty())
        q.addBindValue(status);
    if (!q.exec()) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> StatsQueries::resourceIdsInMonth(const QString &dateColumn, const QString &month)
{
    m_error.clear();
    QList<qint64> ids;
    if (!isDateColumn(dateColumn)) {
        m_error = tr("Cannot group resources by '%1'.").arg(dateColumn);
        return ids;
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT r.id FROM resources r WHERE %1 AND "
                                       "substr(r.%2, 1, 7) = ? ORDER BY r.id")
                            .arg(scopeCondition(QStringLiteral("r")), dateColumn);
    if (!q.prepare(sql)) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return ids;
    }
    q.addBindValue(month);
    if (!q.exec()) {
        m_error = tr("Statistics query failed: %1").arg(q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace sy
