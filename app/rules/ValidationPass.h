#pragma once

#include "Finding.h"
#include "QualityScore.h"
#include "RuleEngine.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace sy {

class ValidationQueries;

// Item findings made without the item's uuid (the scan does not read uuids), as (index in the
// list of findings, item id); fillItemUuids() locates them.
using PendingUuids = QList<QPair<qsizetype, qint64>>;
void fillItemUuids(ValidationQueries &queries,
                   const PendingUuids &pending,
                   QList<Finding> &findings);

// One worker's share of "validate all": the resources of the id ranges it is given (one run()
// each) through the rule engine, read by ValidationQueries::scanResources(). Identical
// information items are checked once and their findings reused. What the catalog-wide checks need
// from every row (codes, related codes, authoritative items) is collected on the way, so that no
// second pass over two million items is needed: CatalogValidator merges the passes and finishes
// those checks (finishCrossChecks()).
class ValidationPass
{
public:
    ValidationPass(const RuleEngine &engine,
                   const std::atomic_bool &cancel,
                   std::atomic<qint64> &done);
    ~ValidationPass();

    // Runs the pass over fromId <= id < toId (toId 0 = no bound); false on a database error
    // (queries.errorString() says which). Item findings get their uuids before it returns.
    bool run(ValidationQueries &queries, qint64 fromId, qint64 toId);

    struct ResourceRef
    {
        qint64 id = 0;
        QString uuid;
        QString code;
        qint64 officeId = 0;
    };
    struct RelatedCode
    {
        ResourceRef resource;
        QString code;
    };
    struct AuthoritativeItem
    {
        QString key; // ValidationQueries::oneSourceKey()
        ResourceRef resource;
        qint64 itemId = 0;
        int position = 0;
        QString name;
    };

    QList<Finding> findings;
    // Per resource in the order checked: by id within each range, and rangeStarts says where each
    // range begins (its first id, its first index here), so the validator can put the passes'
    // lists together in id order without sorting or hashing them.
    QList<ResourceTally> tallies;
    QList<std::pair<qint64, qsizetype>> rangeStarts;
    QSet<QString> codes; // every resource code, filed here on the pass's own thread
    QList<RelatedCode> relatedCodes;
    QList<AuthoritativeItem> authoritative;

private:
    struct State;
    const RuleEngine &m_engine;
    const std::atomic_bool &m_cancel;
    std::atomic<qint64> &m_done;
    std::unique_ptr<State> m_state;
};

// The catalog-wide checks from what the passes collected: related codes that name no resource
// in the catalog, and 一数一源 (the same authoritative item in two offices), with the same
// results as ValidationQueries::missingRelatedCodes() / oneSourceConflicts(). Counts each
// finding against its resource's tally. The item findings are listed in `needUuid` as (index in
// the result, item id) for the caller to locate.
QList<Finding> finishCrossChecks(const RuleEngine &engine,
                                 const QList<const ValidationPass *> &passes,
                                 const QHash<qint64, QString> &officeNames,
                                 const std::function<QualityTally *(qint64)> &tallyOf,
                                 PendingUuids *needUuid);

} // namespace sy
