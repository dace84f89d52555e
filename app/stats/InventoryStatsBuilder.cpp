#include "InventoryStatsBuilder.h"

#include "store/CatalogStore.h"

#ifdef SHUYUAN_HAVE_RULES
#include "rules/CatalogValidator.h"
#include "rules/RuleEngine.h"
#endif

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>

namespace sy {

namespace {

constexpr int qualityBinWidth = 10;
constexpr int qualityBins = 100 / qualityBinWidth;

// An id no resource has: a drill-down to an empty category must show an empty table, and an
// empty ResourceQuery::ids would mean "no restriction".
constexpr qint64 noResourceId = -1;

StatsBucket makeBucket(const QString &key,
                       const QString &label,
                       qint64 count = 0,
                       const QList<qint64> &officeIds = {})
{
    StatsBucket b;
    b.key = key;
    b.label = label;
    b.count = count;
    b.officeIds = officeIds;
    return b;
}

QList<qint64> idsOrNone(QList<qint64> ids)
{
    if (ids.isEmpty())
        ids.append(noResourceId);
    return ids;
}

} // namespace

InventoryStatsBuilder::InventoryStatsBuilder(const CatalogStore &store,
                                             std::shared_ptr<const Profile> profile)
    : m_store(store)
    , m_profile(profile ? std::move(profile) : Profile::builtin())
{
}

QString InventoryStatsBuilder::notFilledLabel()
{
    return tr("Not filled");
}

QString InventoryStatsBuilder::otherOfficesLabel()
{
    return tr("Others");
}

QString InventoryStatsBuilder::noOfficeLabel()
{
    return tr("No office");
}

QString InventoryStatsBuilder::notRegisteredLabel()
{
    return tr("Not registered");
}

QString InventoryStatsBuilder::seriesTitle(const QString &id)
{
    if (id == QLatin1String(StatsSeriesId::Office))
        return tr("Resources by office");
    if (id == QLatin1String(StatsSeriesId::Grade))
        return tr("Resources by grade");
    if (id == QLatin1String(StatsSeriesId::Sharing))
        return tr("Sharing type");
    if (id == QLatin1String(StatsSeriesId::Opening))
        return tr("Opening type");
    if (id == QLatin1String(StatsSeriesId::UpdateCycle))
        return tr("Update cycle");
    if (id == QLatin1String(StatsSeriesId::Format))
        return tr("Resource format");
    if (id == QLatin1String(StatsSeriesId::Status))
        return tr("Catalog status");
    if (id == QLatin1String(StatsSeriesId::Registration))
        return tr("Registration status");
    if (id == QLatin1String(StatsSeriesId::Quality))
        return tr("Quality score distribution");
    if (id == QLatin1String(StatsSeriesId::Growth))
        return tr("Catalog growth");
    if (id == QLatin1String(StatsSeriesId::Modified))
        return tr("Resources updated per month");
    if (id == QLatin1String(StatsSeriesId::SharingByOffice))
        return tr("Sharing type by office");
    if (id == QLatin1String(StatsSeriesId::OpeningByOffice))
        return tr("Opening type by office");
    return id;
}

void InventoryStatsBuilder::loadOffices()
{
    // Depth-first in the store's (parent, position, name) order, so the per-office table reads
    // like the office tree.
    const QList<Office> all = m_store.offices();
    QHash<qint64, QList<const Office *>> children;
    for (const Office &o : all)
        children[o.parentId].append(&o);
    m_offices.clear();
    m_officeIndex.clear();
    QList<const Office *> stack;
    const QList<const Office *> roots = children.value(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append(*it);
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const Office *o = stack.takeLast();
        if (seen.contains(o->id))
            continue; // a cycle in a damaged file must not hang the dashboard
        seen.insert(o->id);
        m_officeIndex.insert(o->id, int(m_offices.size()));
        m_offices.append(*o);
        const QList<const Office *> kids = children.value(o->id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    // Offices whose parent is missing still belong in the table.
    for (const Office &o : all) {
        if (!seen.contains(o.id)) {
            m_officeIndex.insert(o.id, int(m_offices.size()));
            m_offices.append(o);
        }
    }
}

QList<qint64> InventoryStatsBuilder::scopeOfficeIds() const
{
    if (m_scope.officeId == 0)
        return {};
    if (!m_scope.includeSubOffices)
        return {m_scope.officeId};
    QList<qint64> ids{m_scope.officeId};
    QSet<qint64> inScope{m_scope.officeId};
    // m_offices is in tree order, so one pass from the scope office picks up its subtree.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Office &o : m_offices) {
            if (o.parentId != 0 && inScope.contains(o.parentId) && !inScope.contains(o.id)) {
                inScope.insert(o.id);
                ids.append(o.id);
                grew = true;
            }
        }
    }
    return ids;
}

QString InventoryStatsBuilder::officeLabel(qint64 officeId) const
{
    if (officeId == 0)
        return noOfficeLabel();
    const auto it = m_officeIndex.constFind(officeId);
    return it == m_officeIndex.constEnd() ? QString::number(officeId) : m_offices.at(*it).name;
}

QList<StatsBucket> InventoryStatsBuilder::vocabularyColumns(const QString &vocabulary,
                                                            const QSet<QString> &extraCodes) const
{
    QList<StatsBucket> columns;
    QSet<QString> known;
    if (const Vocabulary *vocab = m_profile->vocabulary(vocabulary)) {
        for (const VocabularyItem &item : vocab->items) {
            if (!item.parent.isEmpty())
                continue; // subtypes (format details) are not chart categories
            columns.append(makeBucket(item.code, item.label.text()));
            known.insert(item.code);
        }
    }
    // Codes outside the vocabulary (an older profile, a hand-edited file) are shown as they are,
    // after the known ones, so that the totals still add up.
    QStringList unknown;
    for (const QString &code : extraCodes) {
        if (!code.isEmpty() && !known.contains(code))
            unknown.append(code);
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &code : std::as_const(unknown))
        columns.append(makeBucket(code, code));
    if (extraCodes.contains(QString()))
        columns.append(makeBucket(QString(), notFilledLabel()));
    return columns;
}

StatsSeries InventoryStatsBuilder::vocabularySeries(const QString &seriesId,
                                                    const QString &vocabulary,
                                                    const QList<StatsCount> &counts) const
{
    QSet<QString> present;
    QHash<QString, qint64> byCode;
    for (const StatsCount &c : counts) {
        present.insert(c.key);
        byCode[c.key] += c.count;
    }
    StatsSeries series;
    series.id = seriesId;
    series.title = seriesTitle(seriesId);
    series.buckets = vocabularyColumns(vocabulary, present);
    for (StatsBucket &b : series.buckets)
        b.count = byCode.value(b.key);
    return series;
}

bool InventoryStatsBuilder::build(InventoryStats *stats, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    *stats = InventoryStats();
    loadOffices();
    const QList<qint64> scopeIds = scopeOfficeIds();
    StatsQueries queries(m_store);
    queries.setOfficeIds(scopeIds);

    const auto failed = [&]() {
        if (error)
            *error = queries.errorString();
        return false;
    };

    const CatalogMeta meta = m_store.meta();
    stats->catalogName = meta.name;
    stats->department = meta.department;
    stats->generated = QDateTime::currentDateTimeUtc();
    stats->officeId = m_scope.officeId;
    if (m_scope.officeId != 0)
        stats->officeName = officeLabel(m_scope.officeId);

    // One scan of office × sharing × opening gives the KPIs, the office chart, the sharing and
    // opening charts and matrices and the per-office table; the other categories are one
    // covering-index scan each.
    const QList<StatsCubeCell> cube = queries.officeCube();
    if (!queries.errorString().isEmpty())
        return failed();
    InventoryKpis &k = stats->kpis;
    QHash<qint64, StatsOfficeTotals> totalsOf;
    QHash<qint64, qint64> officeCount;
    QList<StatsCount> sharingCounts, openingCounts;
    QList<StatsCrossCount> sharingCells, openingCells;
    for (const StatsCubeCell &c : cube) {
        k.resources += c.resources;
        k.items += c.items;
        k.records += c.records;
        k.bytes += c.bytes;
        k.secret += c.secret;
        k.registered += c.registered;
        const bool shared = c.sharing == QLatin1String("1") || c.sharing == QLatin1String("2");
        const bool opened = c.opening == QLatin1String("1") || c.opening == QLatin1String("2");
        if (shared)
            k.shared += c.resources;
        if (opened)
            k.opened += c.resources;
        StatsOfficeTotals &t = totalsOf[c.officeId];
        t.officeId = c.officeId;
        t.resources += c.resources;
        t.items += c.items;
        t.records += c.records;
        t.bytes += c.bytes;
        t.registered += c.registered;
        t.shared += shared ? c.resources : 0;
        t.opened += opened ? c.resources : 0;
        officeCount[c.officeId] += c.resources;
        sharingCounts.append({c.sharing, c.resources});
        openingCounts.append({c.opening, c.resources});
        sharingCells.append({c.officeId, c.sharing, c.resources});
        openingCells.append({c.officeId, c.opening, c.resources});
    }
    for (auto it = officeCount.cbegin(); it != officeCount.cend(); ++it) {
        if (it.key() != 0 && *it > 0)
            ++k.offices;
    }

    // Resources by office: the top N offices by count, the rest folded into one "其他" bar.
    QList<StatsCount> byOffice;
    {
        QList<qint64> ids = officeCount.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids))
            byOffice.append({QString::number(id), officeCount.value(id)});
    }
    std::stable_sort(byOffice.begin(), byOffice.end(),
                     [](const StatsCount &a, const StatsCount &b) { return a.count > b.count; });
    StatsSeries office;
    office.id = QString::fromLatin1(StatsSeriesId::Office);
    office.title = seriesTitle(office.id);
    StatsBucket other = makeBucket(QString::fromLatin1(StatsOtherKey), otherOfficesLabel());
    const int top = qMax(1, m_scope.topOffices);
    // Folding a single office into "其他" would hide its name for nothing.
    const bool fold = byOffice.size() > top + 1;
    for (int i = 0; i < byOffice.size(); ++i) {
        const qint64 id = byOffice.at(i).key.toLongLong();
        if (fold && i >= top) {
            other.count += byOffice.at(i).count;
            other.officeIds.append(id);
        } else {
            office.buckets.append(
                makeBucket(QString::number(id), officeLabel(id), byOffice.at(i).count, {id}));
        }
    }
    if (other.count > 0)
        office.buckets.append(other);
    stats->series.append(office);

    const struct
    {
        const char *id;
        const char *column;
        const char *vocabulary;
    } categories[] = {
        {StatsSeriesId::Grade, "grade", "grade"},
        {StatsSeriesId::Sharing, "sharing", "sharing"},
        {StatsSeriesId::Opening, "opening", "opening"},
        {StatsSeriesId::UpdateCycle, "update_cycle", "update_cycle"},
        {StatsSeriesId::Format, "format", "format"},
        {StatsSeriesId::Status, "status", "resource_status"},
    };
    for (const auto &c : categories) {
        QList<StatsCount> counts;
        if (qstrcmp(c.column, "sharing") == 0) {
            counts = sharingCounts;
        } else if (qstrcmp(c.column, "opening") == 0) {
            counts = openingCounts;
        } else {
            counts = queries.countBy(QString::fromLatin1(c.column));
            if (!queries.errorString().isEmpty())
                return failed();
        }
        stats->series.append(
            vocabularySeries(QString::fromLatin1(c.id), QString::fromLatin1(c.vocabulary), counts));
    }

    QList<StatsCount> registration = queries.registrationStatus();
    if (!queries.errorString().isEmpty())
        return failed();
    StatsSeries reg = vocabularySeries(QString::fromLatin1(StatsSeriesId::Registration),
                                       QStringLiteral("registration_status"), registration);
    // Here "" means "never registered", not "status not filled": say so, and put it first as
    // the figure a clerk looks for.
    for (int i = 0; i < reg.buckets.size(); ++i) {
        if (reg.buckets.at(i).key.isEmpty()) {
            StatsBucket none = reg.buckets.takeAt(i);
            none.label = notRegisteredLabel();
            reg.buckets.prepend(none);
            break;
        }
    }
    stats->series.append(reg);

    // Growth: months without new resources are zero, so that the line does not skip them.
    for (const char *column : {"created", "modified"}) {
        const QList<StatsCount> months = queries.perMonth(QString::fromLatin1(column));
        if (!queries.errorString().isEmpty())
            return failed();
        StatsSeries growth;
        growth.id = QString::fromLatin1(qstrcmp(column, "created") == 0 ? StatsSeriesId::Growth
                                                                        : StatsSeriesId::Modified);
        growth.title = seriesTitle(growth.id);
        QHash<QString, qint64> byMonth;
        for (const StatsCount &m : months)
            byMonth.insert(m.key, m.count);
        QDate first, last;
        for (const StatsCount &m : months) {
            const QDate d = QDate::fromString(m.key + QStringLiteral("-01"), Qt::ISODate);
            if (!d.isValid())
                continue;
            if (!first.isValid() || d < first)
                first = d;
            if (!last.isValid() || d > last)
                last = d;
        }
        // A bogus far-off date must not produce thousands of empty months.
        if (first.isValid() && first.addYears(50) < last)
            first = last.addYears(-50);
        for (QDate d = first; d.isValid() && d <= last; d = d.addMonths(1)) {
            const QString key = d.toString(QStringLiteral("yyyy-MM"));
            growth.buckets.append(makeBucket(key, key, byMonth.value(key)));
        }
        stats->series.append(growth);
    }

    // Sharing and opening per office (stacked bars), with the same top-N offices as above.
    const struct
    {
        const char *id;
        const char *column;
    } crosses[] = {{StatsSeriesId::SharingByOffice, "sharing"},
                   {StatsSeriesId::OpeningByOffice, "opening"}};
    for (const auto &c : crosses) {
        const QList<StatsCrossCount> &cells
            = qstrcmp(c.column, "sharing") == 0 ? sharingCells : openingCells;
        StatsMatrix m;
        m.id = QString::fromLatin1(c.id);
        m.title = seriesTitle(m.id);
        m.rows = office.buckets;
        QSet<QString> present;
        for (const StatsCrossCount &cell : cells)
            present.insert(cell.key);
        m.columns = vocabularyColumns(QString::fromLatin1(c.column), present);
        QHash<qint64, int> rowOfOffice;
        for (int r = 0; r < m.rows.size(); ++r) {
            for (qint64 id : std::as_const(m.rows.at(r).officeIds))
                rowOfOffice.insert(id, r);
        }
        QHash<QString, int> columnOfCode;
        for (int col = 0; col < m.columns.size(); ++col)
            columnOfCode.insert(m.columns.at(col).key, col);
        m.cells = QList<QList<qint64>>(m.rows.size(), QList<qint64>(m.columns.size(), 0));
        for (const StatsCrossCount &cell : cells) {
            const int r = rowOfOffice.value(cell.officeId, -1);
            const int col = columnOfCode.value(cell.key, -1);
            if (r < 0 || col < 0)
                continue;
            m.cells[r][col] += cell.count;
            m.columns[col].count += cell.count;
        }
        stats->matrices.append(m);
    }

    // Per-office table: every office in scope, in tree order, empty ones included, because an
    // office that has catalogued nothing is itself a finding of the inventory.
    const QSet<qint64> scopeSet(scopeIds.cbegin(), scopeIds.cend());
    for (const Office &o : std::as_const(m_offices)) {
        if (!scopeSet.isEmpty() && !scopeSet.contains(o.id))
            continue;
        const StatsOfficeTotals t = totalsOf.value(o.id);
        OfficeInventory row;
        row.officeId = o.id;
        row.code = o.code;
        row.name = o.name;
        for (qint64 parent = o.parentId; parent != 0 && row.depth < 16; ++row.depth) {
            const auto it = m_officeIndex.constFind(parent);
            if (it == m_officeIndex.constEnd())
                break;
            parent = m_offices.at(*it).parentId;
        }
        row.resources = t.resources;
        row.items = t.items;
        row.records = t.records;
        row.bytes = t.bytes;
        row.shared = t.shared;
        row.opened = t.opened;
        row.registered = t.registered;
        stats->offices.append(row);
    }
    if (totalsOf.contains(0) && scopeSet.isEmpty()) {
        const StatsOfficeTotals t = totalsOf.value(0);
        OfficeInventory row;
        row.name = noOfficeLabel();
        row.resources = t.resources;
        row.items = t.items;
        row.records = t.records;
        row.bytes = t.bytes;
        row.shared = t.shared;
        row.opened = t.opened;
        row.registered = t.registered;
        stats->offices.append(row);
    }

    stats->elapsedMs = timer.elapsed();
    return true;
}

bool InventoryStatsBuilder::addQuality(InventoryStats *stats, QString *error)
{
#ifdef SHUYUAN_HAVE_RULES
    QElapsedTimer timer;
    timer.start();
    if (m_offices.isEmpty())
        loadOffices();
    RuleEngine engine(m_profile);
    CatalogValidator validator(engine);
    if (m_cancelCheck) {
        validator.setProgress([this, &validator](qint64, qint64) {
            if (m_cancelCheck())
                validator.cancel();
        });
    }
    ValidationResult result;
    // The validator opens its own read-only connections on the file, so it sees what is
    // committed, exactly like the aggregates.
    if (!validator.validate(m_store.path(), &result) || result.cancelled) {
        if (result.cancelled) {
            if (error)
                *error = tr("The quality scores were not computed: cancelled.");
            return false;
        }
        if (error)
            *error = validator.errorString();
        return false;
    }
    InventoryQuality quality;
    const QList<qint64> scopeIds = scopeOfficeIds();
    QSet<qint64> inScope;
    if (!scopeIds.isEmpty()) {
        ResourceQuery q;
        q.officeIds = scopeIds;
        q.includeSubOffices = false;
        const QList<qint64> ids = m_store.resourceIds(q);
        inScope = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    QualityTally scopeTally;
    for (const ResourceTally &t : result.resourceTallies) {
        if (!scopeIds.isEmpty() && !inScope.contains(t.resourceId))
            continue;
        const QualityScore score = QualityScore::fromTally(t.tally);
        if (score.overall >= 0)
            quality.resourceScores.insert(t.resourceId, score.overall);
        scopeTally.add(t.tally);
    }
    const QualityScore scopeScore
        = scopeIds.isEmpty() ? result.catalogScore() : QualityScore::fromTally(scopeTally);
    if (scopeScore.overall >= 0)
        quality.average = scopeScore.overall;
    for (auto it = result.officeTallies.cbegin(); it != result.officeTallies.cend(); ++it) {
        const QualityScore score = QualityScore::fromTally(*it);
        if (score.overall >= 0)
            quality.officeScores.insert(it.key(), score.overall);
    }
    qint64 problems = 0;
    for (const Finding &f : std::as_const(result.findings)) {
        if (f.severity == Severity::Info)
            continue;
        // Findings about the department itself belong to the whole catalog only.
        if (scopeIds.isEmpty() || inScope.contains(f.resourceId))
            ++problems;
    }
    quality.openProblems = problems;
    applyQuality(*stats, quality);
    stats->elapsedMs += timer.elapsed();
    return true;
#else
    Q_UNUSED(stats);
    if (error)
        *error = tr("Quality scores are not available in this build.");
    return false;
#endif
}

void InventoryStatsBuilder::applyQuality(InventoryStats &stats, const InventoryQuality &quality)
{
    StatsSeries histogram;
    histogram.id = QString::fromLatin1(StatsSeriesId::Quality);
    histogram.title = seriesTitle(histogram.id);
    for (int bin = 0; bin < qualityBins; ++bin) {
        const int low = bin * qualityBinWidth;
        histogram.buckets.append(makeBucket(
            QString::number(low), QStringLiteral("%1–%2").arg(low).arg(low + qualityBinWidth)));
    }
    // Sorted ids keep the drill-down list (and tests) deterministic.
    QList<qint64> ids = quality.resourceScores.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const double score = std::clamp(quality.resourceScores.value(id), 0.0, 100.0);
        const int bin = std::min(qualityBins - 1, int(score) / qualityBinWidth);
        histogram.buckets[bin].count += 1;
        histogram.buckets[bin].resourceIds.append(id);
    }
    stats.kpis.averageQuality = quality.average;
    stats.kpis.openProblems = quality.openProblems;
    for (OfficeInventory &o : stats.offices) {
        const auto it = quality.officeScores.constFind(o.officeId);
        if (it != quality.officeScores.constEnd())
            o.averageQuality = *it;
        else
            o.averageQuality.reset();
    }
    for (StatsSeries &s : stats.series) {
        if (s.id == histogram.id) {
            s = histogram;
            return;
        }
    }
    stats.series.append(histogram);
}

bool InventoryStatsBuilder::drillDown(const InventoryStats &stats,
                                      const QString &seriesId,
                                      const QString &key,
                                      const QString &columnKey,
                                      ResourceQuery *query,
                                      QString *error)
{
    if (m_offices.isEmpty())
        loadOffices();
    ResourceQuery q;
    // The scope is spelled out as explicit office ids, so that the table shows exactly the
    // resources that the chart counted, whatever the office tree does meanwhile.
    q.officeIds = scopeOfficeIds();
    q.includeSubOffices = false;

    const auto officeBucket = [&](const QList<StatsBucket> &buckets) {
        for (const StatsBucket &b : buckets) {
            if (b.key == key) {
                q.officeIds = b.officeIds;
                return true;
            }
        }
        return false;
    };
    const auto setCategory = [&q](const QString &column, QString code) {
        // A null QString binds as SQL NULL, which matches nothing; "not filled" is ''.
        if (code.isNull())
            code = QStringLiteral("");
        if (column == QLatin1String("grade"))
            q.grades = {code};
        else if (column == QLatin1String("sharing"))
            q.sharing = {code};
        else if (column == QLatin1String("opening"))
            q.opening = {code};
        else if (column == QLatin1String("update_cycle"))
            q.updateCycles = {code};
        else if (column == QLatin1String("format"))
            q.formats = {code};
        else if (column == QLatin1String("status"))
            q.statuses = {code};
    };

    StatsQueries queries(m_store);
    queries.setOfficeIds(q.officeIds);
    bool ok = true;
    if (seriesId == QLatin1String(StatsSeriesId::Office)) {
        const StatsSeries *s = stats.seriesById(seriesId);
        ok = s && officeBucket(s->buckets);
        if (ok && q.officeIds.isEmpty())
            q.ids = {noResourceId}; // resources without an office: not expressible otherwise
    } else if (seriesId == QLatin1String(StatsSeriesId::Grade)
               || seriesId == QLatin1String(StatsSeriesId::Sharing)
               || seriesId == QLatin1String(StatsSeriesId::Opening)
               || seriesId == QLatin1String(StatsSeriesId::UpdateCycle)
               || seriesId == QLatin1String(StatsSeriesId::Format)
               || seriesId == QLatin1String(StatsSeriesId::Status)) {
        setCategory(seriesId, key);
    } else if (seriesId == QLatin1String(StatsSeriesId::SharingByOffice)
               || seriesId == QLatin1String(StatsSeriesId::OpeningByOffice)) {
        const StatsMatrix *m = stats.matrixById(seriesId);
        ok = m && officeBucket(m->rows);
        setCategory(seriesId == QLatin1String(StatsSeriesId::SharingByOffice)
                        ? QStringLiteral("sharing")
                        : QStringLiteral("opening"),
                    columnKey);
    } else if (seriesId == QLatin1String(StatsSeriesId::Registration)) {
        q.ids = idsOrNone(queries.resourceIdsWithRegistrationStatus(key));
    } else if (seriesId == QLatin1String(StatsSeriesId::Growth)
               || seriesId == QLatin1String(StatsSeriesId::Modified)) {
        q.ids = idsOrNone(queries.resourceIdsInMonth(
            seriesId == QLatin1String(StatsSeriesId::Growth) ? QStringLiteral("created")
                                                             : QStringLiteral("modified"),
            key));
    } else if (seriesId == QLatin1String(StatsSeriesId::Quality)) {
        const StatsSeries *s = stats.seriesById(seriesId);
        const StatsBucket *b = s ? s->bucket(key) : nullptr;
        ok = b != nullptr;
        if (ok)
            q.ids = idsOrNone(b->resourceIds);
    } else {
        ok = false;
    }
    if (!queries.errorString().isEmpty()) {
        if (error)
            *error = queries.errorString();
        return false;
    }
    if (!ok) {
        if (error)
            *error = tr("The chart category '%1' of '%2' is unknown.").arg(key, seriesId);
        return false;
    }
    *query = q;
    return true;
}

} // namespace sy
