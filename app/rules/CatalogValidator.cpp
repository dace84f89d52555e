#include "CatalogValidator.h"

#include "store/CatalogStore.h"
#include "store/ValidationQueries.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

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

// What the item checks read (RuleEngine::checkItem: the item without uuid and position, and the
// resource's opening). Hashed field by field: joining them into one string per item cost a copy
// of two million attrs texts.
struct ItemKey
{
    QString name;
    QString dataType;
    int length = 0;
    QString opening;
    QString attrs;

    bool operator==(const ItemKey &o) const
    {
        return length == o.length && name == o.name && dataType == o.dataType
               && opening == o.opening && attrs == o.attrs;
    }
};

size_t qHash(const ItemKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.name, k.dataType, k.length, k.opening, k.attrs);
}

// A cross-resource finding is one more consistency check that failed for its resource.
void countCross(QualityTally &t)
{
    ++t.evaluated;
    ++t.consistencyChecks;
}

} // namespace

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
    const qint64 total = queries.resourceCount();
    const QHash<qint64, QString> offices = officeNames(store);

    // Department, offices, products and registrations: few rows, checked here.
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

    // One worker per id range, each with its own connection and its own output.
    struct Part
    {
        qint64 from = 0;
        qint64 to = 0;
        QList<Finding> findings;
        QHash<qint64, QualityTally> tallies;
        QHash<qint64, qint64> officeOf;
        QString error;
        bool ok = true;
    };
    const QList<qint64> bounds = queries.idBounds(m_threads);
    std::vector<std::unique_ptr<Part>> parts;
    for (int i = 0; i + 1 < bounds.size(); ++i) {
        auto p = std::make_unique<Part>();
        p->from = bounds.at(i);
        p->to = bounds.at(i + 1);
        parts.push_back(std::move(p));
    }
    std::atomic<qint64> done{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (auto &up : parts) {
        Part *part = up.get();
        threads.emplace_back(QThread::create([this, part, catalogPath, &done] {
            CatalogStore s;
            if (!s.openReadOnly(catalogPath)) {
                part->ok = false;
                part->error = s.errorString();
                return;
            }
            ValidationQueries q(s);
            part->tallies.reserve(4096);
            // Identical items (统一社会信用代码 C 18 in hundreds of resources) give identical
            // findings, so each distinct item is checked once per thread and its result reused;
            // the key holds everything the item checks read (the resource's opening included).
            struct ItemResult
            {
                QList<Finding> findings;
                QualityTally tally;
            };
            QHash<ItemKey, ItemResult> memo;
            part->ok = q.forEachResourceRaw(
                [&](const Resource &r, const QList<InfoItem> &items, const QStringList &attrs) {
                    if (m_cancel)
                        return false;
                    QualityTally &t = part->tallies[r.id];
                    part->officeOf.insert(r.id, r.officeId);
                    part->findings << m_engine.checkResource(r, items, &t, false);
                    for (int i = 0; i < items.size(); ++i) {
                        const InfoItem &item = items.at(i);
                        const ItemKey key{item.name, item.dataType, item.length, r.opening,
                                          attrs.at(i)};
                        auto it = memo.constFind(key);
                        if (it == memo.cend()) {
                            if (memo.size() > 200000)
                                memo.clear(); // bound the memory on catalogs without repeats
                            InfoItem parsed = item;
                            parsed.attrs = QJsonDocument::fromJson(attrs.at(i).toUtf8()).object();
                            ItemResult result;
                            result.findings = m_engine.checkItem(r, parsed, &result.tally);
                            it = memo.insert(key, result);
                        }
                        t.add(it->tally);
                        for (Finding f : it->findings) {
                            f.uuid = item.uuid;
                            f.itemPosition = item.position;
                            f.resourceId = r.id;
                            f.resourceCode = r.code;
                            part->findings << f;
                        }
                    }
                    // Code uniqueness is checked for every resource (set-based, below).
                    ++t.evaluated;
                    ++t.passed;
                    ++t.consistencyChecks;
                    ++t.consistent;
                    done.fetch_add(1, std::memory_order_relaxed);
                    return true;
                },
                part->from, part->to);
            if (!part->ok)
                part->error = q.errorString();
        }));
    }
    QList<Finding> cross;
    QString crossError;
    auto crossThread = std::unique_ptr<QThread>(QThread::create([&] {
        CatalogStore s;
        if (!s.openReadOnly(catalogPath)) {
            crossError = s.errorString();
            return;
        }
        ValidationQueries q(s);
        cross = crossFindings(m_engine, q, offices, 0, &crossError);
    }));
    crossThread->start();
    for (auto &t : threads)
        t->start();

    auto running = [&] {
        if (crossThread->isRunning())
            return true;
        for (auto &t : threads) {
            if (t->isRunning())
                return true;
        }
        return false;
    };
    while (running()) {
        for (auto &t : threads)
            t->wait(100);
        crossThread->wait(threads.empty() ? 100 : 1);
        if (m_progress)
            m_progress(done.load(), total);
    }

    QHash<qint64, qint64> officeOf;
    for (auto &up : parts) {
        if (!up->ok) {
            m_error = up->error;
            return false;
        }
        result->findings << up->findings;
        result->resourceTallies.insert(up->tallies);
        officeOf.insert(up->officeOf);
    }
    if (!crossError.isEmpty()) {
        m_error = crossError;
        return false;
    }
    for (const Finding &f : std::as_const(cross)) {
        auto it = result->resourceTallies.find(f.resourceId);
        if (it != result->resourceTallies.end()) {
            // Replace the optimistic "unique" pass of duplicate codes; other cross checks add one.
            if (f.ruleId == QLatin1String("gd.resource.code.unique")) {
                --it->passed;
                --it->consistent;
            } else {
                countCross(*it);
            }
        }
    }
    result->findings << cross;

    for (auto it = result->resourceTallies.cbegin(); it != result->resourceTallies.cend(); ++it) {
        result->catalogTally.add(it.value());
        result->officeTallies[officeOf.value(it.key())].add(it.value());
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
            if (tally->explain)
                tally->inconsistencies << f.message;
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
    QualityTally tally;
    tally.explain = true;
    checkResource(engine, store, resourceId, &tally);
    return QualityScore::fromTally(tally);
}

} // namespace sy
