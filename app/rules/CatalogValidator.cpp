#include "CatalogValidator.h"

#include "GuidedParts.h"
#include "ValidationPass.h"
#include "store/CatalogStore.h"
#include "store/ValidationQueries.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>

#include <algorithm>

#include <memory>

namespace sy {

namespace {

// Findings of the cross-resource checks, built with the engine's messages.
QList<Finding> crossFindings(const RuleEngine &engine,
                             ValidationQueries &queries,
                             const QHash<qint64, QString> &officeNames,
                             qint64 resourceId,
                             QString *error)
{
    QList<Finding> out;
    const auto dups = queries.duplicateCodes(resourceId);
    for (const auto &d : dups)
        out << engine.duplicateCodeFinding(d.resource, d.count);
    const auto missing = queries.missingRelatedCodes(resourceId);
    for (const auto &m : missing)
        out << engine.missingRelatedCodeFinding(m.resource, m.missingCode);
    const auto conflicts = queries.oneSourceConflicts(resourceId);
    for (const auto &c : conflicts) {
        out << engine.oneSourceFinding(c.resource, c.item, officeNames.value(c.resource.officeId),
                                       officeNames.value(c.otherOfficeId), c.otherResourceCode);
    }
    if (error && !queries.errorString().isEmpty())
        *error = queries.errorString();
    return out;
}

QHash<qint64, QString> officeNames(const CatalogStore &store)
{
    QHash<qint64, QString> names;
    const QList<Office> offices = store.offices();
    for (const Office &o : offices)
        names.insert(o.id, o.name);
    return names;
}

// A cross-resource finding is one more consistency check that failed for its resource.
void countCross(QualityTally &t)
{
    ++t.evaluated;
    ++t.consistencyChecks;
}

} // namespace

const QualityTally *ValidationResult::resourceTally(qint64 resourceId) const
{
    const auto it
        = std::lower_bound(resourceTallies.cbegin(), resourceTallies.cend(), resourceId,
                           [](const ResourceTally &t, qint64 id) { return t.resourceId < id; });
    return it != resourceTallies.cend() && it->resourceId == resourceId ? &it->tally : nullptr;
}

QualityTally *ValidationResult::resourceTally(qint64 resourceId)
{
    return const_cast<QualityTally *>(std::as_const(*this).resourceTally(resourceId));
}

CatalogValidator::CatalogValidator(const RuleEngine &engine)
    : m_engine(engine)
{
}

bool CatalogValidator::validate(const QString &catalogPath, ValidationResult *result)
{
    QElapsedTimer timer;
    timer.start();
    *result = ValidationResult();
    CatalogStore store;
    if (!store.openReadOnly(catalogPath)) {
        m_error = store.errorString();
        return false;
    }
    ValidationQueries queries(store);
    // One pass per thread, each with its own connection and output. The catalog is cut into
    // many id ranges, handed out guided (GuidedParts): a thread whose ranges were light takes
    // more of them, and the last ones are small, so neither thread waits long for the other.
    const QList<qint64> bounds = queries.idBounds(m_threads * 64);
    const int ranges = int(bounds.size()) - 1;
    GuidedParts parts(ranges, m_threads);
    std::atomic<qint64> done{0};
    std::vector<std::unique_ptr<ValidationPass>> passes;
    std::vector<QString> errors(m_threads);
    std::vector<std::unique_ptr<QThread>> threads;
    // A worker says it is done before it closes its connection: unmapping a gigabyte of catalog
    // then overlaps the merge below instead of delaying it. Every return path waits for the
    // workers (a QThread must not be destroyed while it runs).
    QSemaphore passesDone;
    const auto joinWorkers = qScopeGuard([&threads] {
        for (const auto &t : threads)
            t->wait();
    });
    for (int i = 0; i < m_threads && i < ranges; ++i) {
        passes.push_back(std::make_unique<ValidationPass>(m_engine, m_cancel, done));
        ValidationPass *pass = passes.back().get();
        QString *error = &errors[i];
        threads.emplace_back(
            QThread::create([pass, error, catalogPath, &bounds, &parts, &passesDone] {
                CatalogStore s;
                // Declared after the store, so released before the store closes.
                const auto signalDone = qScopeGuard([&passesDone] { passesDone.release(); });
                if (!s.openReadOnly(catalogPath)) {
                    *error = s.errorString();
                    return;
                }
                ValidationQueries q(s);
                int first = 0, last = 0;
                while (parts.take(&first, &last)) {
                    if (!pass->run(q, bounds.at(first), bounds.at(last))) {
                        *error = q.errorString();
                        return;
                    }
                }
            }));
        threads.back()->start();
    }
    const qint64 total = queries.resourceCount();
    const QHash<qint64, QString> offices = officeNames(store);

    // Meanwhile on this thread: the department, offices, products and registrations (few rows),
    // and code uniqueness, one indexed GROUP BY (the one catalog-wide check the passes cannot make
    // cheaper).
    result->findings << m_engine.checkMeta(store.meta());
    const QList<Office> officeList = store.offices();
    for (const Office &o : officeList)
        result->findings << m_engine.checkOffice(o);
    const QList<Product> products = store.products();
    for (const Product &p : products)
        result->findings << m_engine.checkProduct(p);
    const QList<Registration> registrations = store.registrations();
    for (const Registration &r : registrations)
        result->findings << m_engine.checkRegistration(r);

    const auto duplicates = queries.duplicateCodes();
    // Progress about every 100 ms until every pass is done.
    while (!passesDone.tryAcquire(int(threads.size()), 100)) {
        if (m_progress)
            m_progress(done.load(), total);
    }
    for (const QString &e : errors) {
        if (!e.isEmpty()) {
            m_error = e;
            return false;
        }
    }
    if (!queries.errorString().isEmpty()) {
        m_error = queries.errorString();
        return false;
    }

    // The passes' lists put together in id order: their ranges sorted by first id.
    struct Segment
    {
        qint64 fromId;
        ValidationPass *pass;
        qsizetype begin, end;
    };
    QList<Segment> segments;
    QList<const ValidationPass *> passList;
    for (auto &pass : passes) {
        result->findings << pass->findings;
        const auto &starts = pass->rangeStarts;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const qsizetype end
                = i + 1 < starts.size() ? starts.at(i + 1).second : pass->tallies.size();
            segments.append({starts.at(i).first, pass.get(), starts.at(i).second, end});
        }
        passList << pass.get();
    }
    std::sort(segments.begin(), segments.end(),
              [](const Segment &a, const Segment &b) { return a.fromId < b.fromId; });
    result->resourceTallies.reserve(total);
    for (const Segment &s : std::as_const(segments)) {
        for (qsizetype i = s.begin; i < s.end; ++i)
            result->resourceTallies.append(std::move(s.pass->tallies[i]));
    }
    if (!m_cancel) {
        for (const auto &d : duplicates) {
            result->findings << m_engine.duplicateCodeFinding(d.resource, d.count);
            // Takes back the "unique" pass each resource was given.
            if (QualityTally *t = result->resourceTally(d.resource.id)) {
                --t->passed;
                --t->consistent;
            }
        }
        PendingUuids needUuid;
        QList<Finding> cross = finishCrossChecks(
            m_engine, passList, offices, [result](qint64 id) { return result->resourceTally(id); },
            &needUuid);
        fillItemUuids(queries, needUuid, cross);
        result->findings << cross;
    }

    for (const ResourceTally &t : std::as_const(result->resourceTallies)) {
        result->catalogTally.add(t.tally);
        result->officeTallies[t.officeId].add(t.tally);
    }
    result->resourcesChecked = done.load();
    result->cancelled = m_cancel;
    sortFindings(result->findings);
    result->elapsedMs = timer.elapsed();
    if (m_progress)
        m_progress(done.load(), total);
    return true;
}

QList<Finding> CatalogValidator::checkResource(const RuleEngine &engine,
                                               const CatalogStore &store,
                                               qint64 resourceId,
                                               QualityTally *tally)
{
    const std::optional<Resource> r = store.resource(resourceId);
    if (!r)
        return {};
    const QList<InfoItem> items = store.items(resourceId);
    QList<Finding> out = engine.checkResource(*r, items, tally);
    ValidationQueries queries(store);
    const QList<Finding> cross
        = crossFindings(engine, queries, officeNames(store), resourceId, nullptr);
    if (tally) {
        ++tally->evaluated;
        ++tally->consistencyChecks;
        bool duplicate = false;
        for (const Finding &f : cross) {
            if (f.ruleId == QLatin1String("gd.resource.code.unique"))
                duplicate = true;
            else
                countCross(*tally);
            if (tally->explanation)
                tally->explanation->inconsistencies << f.message;
        }
        if (!duplicate) {
            ++tally->passed;
            ++tally->consistent;
        }
    }
    out << cross;
    sortFindings(out);
    return out;
}

QualityScore CatalogValidator::scoreResource(const RuleEngine &engine,
                                             const CatalogStore &store,
                                             qint64 resourceId)
{
    QualityTally tally = QualityTally::explained();
    checkResource(engine, store, resourceId, &tally);
    return QualityScore::fromTally(tally);
}

} // namespace sy
