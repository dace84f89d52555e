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
// resource's opening), as TextPool ids: the memo of one worker thread is keyed on a few integers.
struct ItemKey
{
    int name = 0;
    int dataType = 0;
    int length = 0;
    int attrs = 0;
    QString opening;

    bool operator==(const ItemKey &o) const
    {
        return name == o.name && dataType == o.dataType && length == o.length && attrs == o.attrs
               && opening == o.opening;
    }
};

size_t qHash(const ItemKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.name, k.dataType, k.length, k.attrs, k.opening);
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
            // findings, so each distinct item is checked once per thread and its result reused.
            struct ItemResult
            {
                QList<Finding> findings;
                QualityTally tally;
            };
            QHash<ItemKey, ItemResult> memo;
            int poolGeneration = -1;
            QList<InfoItem> infoItems;
            // Item findings are located by uuid, which the scan does not read: (finding, item id)
            // pairs are resolved in one pass at the end.
            QList<QPair<qsizetype, qint64>> needUuid;
            auto addItemFinding = [&](Finding f, qint64 itemId) {
                needUuid << qMakePair(part->findings.size(), itemId);
                part->findings << f;
            };
            part->ok = q.scanResources(
                [&](const Resource &r, const QList<ValidationQueries::ScannedItem> &items,
                    const TextPool &pool) {
                    if (m_cancel)
                        return false;
                    if (pool.generation() != poolGeneration) {
                        memo.clear(); // the ids of the memo's keys are gone
                        poolGeneration = pool.generation();
                    }
                    QualityTally &t = part->tallies[r.id];
                    part->officeOf.insert(r.id, r.officeId);
                    // The resource-level checks that look at the items (at least one, names
                    // unique) read names and positions only.
                    infoItems.resize(items.size());
                    for (qsizetype i = 0; i < items.size(); ++i) {
                        InfoItem &info = infoItems[i];
                        info.id = items.at(i).id;
                        info.resourceId = r.id;
                        info.position = items.at(i).position;
                        info.name = pool.text(items.at(i).name);
                        info.dataType = pool.text(items.at(i).dataType);
                        info.length = items.at(i).length;
                    }
                    const QList<Finding> own = m_engine.checkResource(r, infoItems, &t, false);
                    for (const Finding &f : own) {
                        if (f.entity != EntityKind::InfoItem || f.itemPosition < 0) {
                            part->findings << f;
                            continue;
                        }
                        qint64 itemId = 0;
                        for (const auto &item : items) {
                            if (item.position == f.itemPosition)
                                itemId = item.id;
                        }
                        addItemFinding(f, itemId);
                    }
                    for (const auto &item : items) {
                        const ItemKey key{item.name, item.dataType, item.length, item.attrs,
                                          r.opening};
                        auto it = memo.constFind(key);
                        if (it == memo.cend()) {
                            InfoItem parsed;
                            parsed.resourceId = r.id;
                            parsed.name = pool.text(item.name);
                            parsed.dataType = pool.text(item.dataType);
                            parsed.length = item.length;
                            const QByteArrayView attrs = pool.bytes(item.attrs);
                            parsed.attrs = QJsonDocument::fromJson(
                                               QByteArray::fromRawData(attrs.data(), attrs.size()))
                                               .object();
                            ItemResult result;
                            result.findings = m_engine.checkItem(r, parsed, &result.tally);
                            it = memo.insert(key, result);
                        }
                        t.add(it->tally);
                        for (Finding f : it->findings) {
                            f.itemPosition = item.position;
                            f.resourceId = r.id;
                            f.resourceCode = r.code;
                            addItemFinding(f, item.id);
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
            if (part->ok && !needUuid.isEmpty()) {
                QList<qint64> ids;
                ids.reserve(needUuid.size());
                for (const auto &p : std::as_const(needUuid))
                    ids << p.second;
                const QHash<qint64, QString> uuids = q.itemUuids(ids);
                for (const auto &p : std::as_const(needUuid))
                    part->findings[p.first].uuid = uuids.value(p.second);
                part->ok = q.errorString().isEmpty();
            }
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
