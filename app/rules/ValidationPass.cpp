#include "ValidationPass.h"

#include "AttrsReader.h"

#include "store/ValidationQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace sy {

namespace {

// The result of checking one distinct item, reused for every item equal to it.
struct ItemResult
{
    QList<Finding> findings;
    QualityTally tally;
    QString oneSourceKey; // empty: not offered as authoritative
};

// The results of the distinct items, by what the item checks read (RuleEngine::checkItem: the
// item without uuid and position, and the resource's opening): the scan's number of the item's
// texts (ScannedItem::texts), then its length and the opening. An array indexed by that number
// instead of a hash of the five ids: two million look-ups in a pass. Valid while the scan's pool
// is the same.
class ItemMemo
{
public:
    const ItemResult *find(int texts, int length, int opening) const
    {
        for (int e = texts < int(m_first.size()) ? m_first[texts] : -1; e >= 0;
             e = m_entries[e].next) {
            const Entry &entry = m_entries[e];
            if (entry.length == length && entry.opening == opening)
                return &entry.result;
        }
        return nullptr;
    }
    // Valid until the next insert().
    const ItemResult *insert(int texts, int length, int opening, ItemResult result)
    {
        if (texts >= int(m_first.size()))
            m_first.resize(texts + 1, -1);
        m_entries.push_back({length, opening, m_first[texts], std::move(result)});
        m_first[texts] = int(m_entries.size()) - 1;
        return &m_entries.back().result;
    }
    void clear()
    {
        m_first.clear();
        m_entries.clear();
    }

private:
    struct Entry
    {
        int length;
        int opening; // numbered per pass: hashing a text for each of two million items costs
        int next;    // another entry of the same texts, or -1
        ItemResult result;
    };
    std::vector<int> m_first; // by texts: the latest entry, or -1
    std::vector<Entry> m_entries;
};

// A cross-resource finding is one more consistency check that failed for its resource.
void countCross(QualityTally &t)
{
    ++t.evaluated;
    ++t.consistencyChecks;
}

} // namespace

// What a pass keeps from one id range to the next: the memo of distinct items (valid while the
// scan's text pool is the same), the numbering of openings and the attributes reader's texts.
// Each range starting cold cost about 15 ms of warming up.
struct ValidationPass::State
{
    explicit State(const FieldSlots &resourceSlots)
        : attrsReader(resourceSlots)
    {
    }
    ItemMemo memo;
    QHash<QString, int> openings;
    const TextPool *memoPool = nullptr;
    int memoGeneration = -1;
    AttrsReader attrsReader;
};

ValidationPass::ValidationPass(const RuleEngine &engine,
                               const std::atomic_bool &cancel,
                               std::atomic<qint64> &done)
    : m_engine(engine)
    , m_cancel(cancel)
    , m_done(done)
    , m_state(std::make_unique<State>(engine.resourceSlots()))
{
}

ValidationPass::~ValidationPass() = default;

bool ValidationPass::run(ValidationQueries &queries, qint64 fromId, qint64 toId)
{
    rangeStarts.append({fromId, tallies.size()});
    // Room for a tally and a code per id of the range (ids are dense unless many were deleted),
    // at least doubling: growing the list by copies faulted in twice the memory, and a pass takes
    // a dozen ranges or more.
    if (toId > fromId) {
        const qsizetype wanted = tallies.size() + qMin<qint64>(toId - fromId, 1 << 20);
        if (wanted > tallies.capacity())
            tallies.reserve(qMax(wanted, 2 * tallies.capacity()));
        if (wanted > codes.capacity())
            codes.reserve(qMax(wanted, 2 * codes.capacity()));
    }
    ItemMemo &memo = m_state->memo;
    QHash<QString, int> &openings = m_state->openings;
    QList<InfoItem> infoItems;
    // Item findings are located by uuid, which the scan does not read: (finding, item id) pairs
    // are resolved in one go at the end.
    PendingUuids needUuid;
    auto addItemFinding = [&](const Finding &f, qint64 itemId) {
        needUuid << qMakePair(findings.size(), itemId);
        findings << f;
    };
    // The attributes are read from their JSON text into the checks' values (AttrsReader); only
    // a text outside its plain form is parsed into Resource::attrs.
    queries.setParseResourceAttrs(false);
    const FieldSlots &resourceSlots = m_engine.resourceSlots();
    AttrsReader &attrsReader = m_state->attrsReader;
    const QString relatedKey = QStringLiteral("related_codes");
    const int relatedSlot = resourceSlots.slot(relatedKey);
    // The columns the checks read are set from the resource's members up front: through the
    // reader below, each would cost a call through std::function and a look-up of its key, for
    // thirteen columns of every resource.
    QVarLengthArray<std::pair<int, int>, Resource::ColumnCount> columnSlots; // (slot, column)
    const QStringList columnKeys = Resource::columnKeys();
    for (int c = 0; c < Resource::ColumnCount; ++c) {
        const int slot = resourceSlots.slot(columnKeys.at(c));
        if (slot >= 0)
            columnSlots.append({slot, c});
    }
    Resource parsed;
    const Resource *resource = nullptr;
    FieldValues values(resourceSlots,
                       [&resource](const QString &key) { return resource->value(key); });
    const bool ok = queries.scanResources(
        [&](const Resource &scanned, QByteArrayView attrsJson,
            const QList<ValidationQueries::ScannedItem> &items, const TextPool &pool) {
            if (m_cancel)
                return false;
            resource = &scanned;
            values.reset();
            const bool plain = attrsReader.read(attrsJson, values);
            if (!plain) {
                parsed = scanned;
                parsed.attrs = QJsonDocument::fromJson(
                                   QByteArray::fromRawData(attrsJson.data(), attrsJson.size()))
                                   .object();
                resource = &parsed;
            }
            const Resource &r = *resource;
            for (const auto &[slot, column] : columnSlots)
                values.set(slot, r.columnValue(column));
            if (&pool != m_state->memoPool || pool.generation() != m_state->memoGeneration) {
                memo.clear(); // the ids of the memo's keys are gone
                m_state->memoPool = &pool;
                m_state->memoGeneration = pool.generation();
            }
            tallies.append(ResourceTally{r.id, r.officeId, {}});
            QualityTally &t = tallies.last().tally;
            const ResourceRef ref{r.id, r.uuid, r.code, r.officeId};
            if (!r.code.isEmpty())
                codes.insert(r.code);
            // From plain JSON the value holds strings and bools only, which convert back exactly.
            const QStringList related
                = plain ? ValidationQueries::relatedCodes(
                      QJsonValue::fromVariant(values.get(relatedSlot, relatedKey).value()))
                        : ValidationQueries::relatedCodes(r.attrs);
            for (const QString &c : related)
                relatedCodes << RelatedCode{ref, c};

            // The resource-level checks that look at the items (at least one, names unique)
            // read names and positions only.
            infoItems.resize(items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                InfoItem &info = infoItems[i];
                info.id = items.at(i).id;
                info.resourceId = r.id;
                info.position = items.at(i).position;
                info.name = pool.text(items.at(i).name);
            }
            const QList<Finding> own = m_engine.checkResource(r, values, infoItems, &t, false);
            for (const Finding &f : own) {
                if (f.entity != EntityKind::InfoItem || f.itemPosition < 0) {
                    findings << f;
                    continue;
                }
                const auto item = std::find_if(items.cbegin(), items.cend(), [&](const auto &i) {
                    return i.position == f.itemPosition;
                });
                addItemFinding(f, item == items.cend() ? 0 : item->id);
            }
            auto openingId = openings.constFind(r.opening);
            if (openingId == openings.cend())
                openingId = openings.insert(r.opening, int(openings.size()));
            const int opening = openingId.value();
            for (const auto &item : items) {
                const ItemResult *it = memo.find(item.texts, item.length, opening);
                if (!it) {
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
                    result.oneSourceKey
                        = ValidationQueries::oneSourceKey(parsed.name, parsed.attrs);
                    it = memo.insert(item.texts, item.length, opening, std::move(result));
                }
                t.add(it->tally);
                for (Finding f : it->findings) {
                    f.itemPosition = item.position;
                    f.resourceId = r.id;
                    f.resourceCode = r.code;
                    addItemFinding(f, item.id);
                }
                if (!it->oneSourceKey.isEmpty()) {
                    authoritative << AuthoritativeItem{it->oneSourceKey, ref, item.id,
                                                       item.position, pool.text(item.name)};
                }
            }
            // Code uniqueness is counted as passed here; a duplicate found by the catalog-wide
            // query takes it back.
            ++t.evaluated;
            ++t.passed;
            ++t.consistencyChecks;
            ++t.consistent;
            m_done.fetch_add(1, std::memory_order_relaxed);
            return true;
        },
        fromId, toId);
    if (!ok)
        return false;
    fillItemUuids(queries, needUuid, findings);
    return queries.errorString().isEmpty();
}

void fillItemUuids(ValidationQueries &queries,
                   const PendingUuids &pending,
                   QList<Finding> &findings)
{
    if (pending.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(pending.size());
    for (const auto &p : pending)
        ids << p.second;
    const QHash<qint64, QString> uuids = queries.itemUuids(ids);
    for (const auto &p : pending)
        findings[p.first].uuid = uuids.value(p.second);
}

QList<Finding> finishCrossChecks(const RuleEngine &engine,
                                 const QList<const ValidationPass *> &passes,
                                 const QHash<qint64, QString> &officeNames,
                                 const std::function<QualityTally *(qint64)> &tallyOf,
                                 PendingUuids *needUuid)
{
    QList<Finding> out;
    auto count = [&](qint64 resourceId) {
        if (QualityTally *t = tallyOf(resourceId))
            countCross(*t);
    };
    auto resourceOf = [](const ValidationPass::ResourceRef &ref) {
        Resource r;
        r.id = ref.id;
        r.uuid = ref.uuid;
        r.code = ref.code;
        r.officeId = ref.officeId;
        return r;
    };

    // Related codes must name a resource of the catalog.
    auto known = [&passes](const QString &code) {
        return std::any_of(passes.cbegin(), passes.cend(),
                           [&code](const ValidationPass *p) { return p->codes.contains(code); });
    };
    for (const ValidationPass *p : passes) {
        for (const auto &rel : p->relatedCodes) {
            if (known(rel.code))
                continue;
            out << engine.missingRelatedCodeFinding(resourceOf(rel.resource), rel.code);
            count(rel.resource.id);
        }
    }

    // 一数一源: per key and office the first resource (least code, then id, then position);
    // a key held by two or more offices is a conflict reported once per office, naming another.
    QList<const ValidationPass::AuthoritativeItem *> items;
    for (const ValidationPass *p : passes) {
        for (const auto &a : p->authoritative)
            items << &a;
    }
    std::sort(items.begin(), items.end(), [](const auto *a, const auto *b) {
        if (a->key != b->key)
            return a->key < b->key;
        if (a->resource.officeId != b->resource.officeId)
            return a->resource.officeId < b->resource.officeId;
        if (a->resource.code != b->resource.code)
            return a->resource.code < b->resource.code;
        if (a->resource.id != b->resource.id)
            return a->resource.id < b->resource.id;
        return a->position < b->position;
    });
    QList<const ValidationPass::AuthoritativeItem *> group; // one per office
    auto flush = [&] {
        for (qsizetype i = 0; group.size() > 1 && i < group.size(); ++i) {
            const auto *a = group.at(i);
            const auto *other = group.at(i == 0 ? 1 : 0);
            InfoItem item;
            item.id = a->itemId;
            item.resourceId = a->resource.id;
            item.position = a->position;
            item.name = a->name;
            if (needUuid)
                *needUuid << qMakePair(out.size(), a->itemId);
            out << engine.oneSourceFinding(
                resourceOf(a->resource), item, officeNames.value(a->resource.officeId),
                officeNames.value(other->resource.officeId), other->resource.code);
            count(a->resource.id);
        }
        group.clear();
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto *a = items.at(i);
        if (!group.isEmpty() && group.constFirst()->key != a->key)
            flush();
        if (group.isEmpty() || group.constLast()->resource.officeId != a->resource.officeId)
            group << a;
    }
    flush();
    return out;
}

} // namespace sy
