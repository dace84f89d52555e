#pragma once

#include "Finding.h"
#include "QualityScore.h"
#include "RuleEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <atomic>
#include <functional>

namespace sy {

class CatalogStore;

// The outcome of validating a whole catalog: findings plus the counts for quality scores per
// resource, per office and for the catalog.
struct ValidationResult
{
    QList<Finding> findings;
    // By ascending resource id. A list, not a hash: the passes make it in id order, range by
    // range, and filing 100k tallies in a hash after them was a serial tail of "validate all".
    QList<ResourceTally> resourceTallies;
    QHash<qint64, QualityTally> officeTallies; // by office id (direct resources only)
    QualityTally catalogTally;
    qint64 resourcesChecked = 0;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    FindingCounts counts() const { return countFindings(findings); }
    QualityScore catalogScore() const { return QualityScore::fromTally(catalogTally); }
    QualityScore officeScore(qint64 officeId) const
    {
        return QualityScore::fromTally(officeTallies.value(officeId));
    }
    QualityScore resourceScore(qint64 resourceId) const
    {
        const QualityTally *t = resourceTally(resourceId);
        return QualityScore::fromTally(t ? *t : QualityTally());
    }
    // The tally of a checked resource, else nullptr (binary search).
    const QualityTally *resourceTally(qint64 resourceId) const;
    QualityTally *resourceTally(qint64 resourceId);
};

// Validates a catalog file off the GUI thread. It opens its own read-only connections (the
// caller's CatalogStore is not thread-safe) and runs one ValidationPass per processor core, each
// taking id ranges of the resources in turn; the passes also collect what the catalog-wide checks
// need (related codes, 一数一源), which are finished once they are done, while code uniqueness is
// one indexed query on the calling thread. validate() blocks; call it from a worker thread (QThread
// / QtConcurrent) in the GUI. Progress is reported from the calling thread; cancel() may be called
// from any thread.
class CatalogValidator
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogValidator)

public:
    explicit CatalogValidator(const RuleEngine &engine);

    void setThreads(int threads) { m_threads = qMax(1, threads); }
    // Called with (resources checked, total) about every 100 ms and once at the end.
    void setProgress(const std::function<void(qint64 done, qint64 total)> &progress)
    {
        m_progress = progress;
    }
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

    bool validate(const QString &catalogPath, ValidationResult *result);
    QString errorString() const { return m_error; }

    // Live re-check of one resource in an open store (GUI thread, a few milliseconds): its own
    // rules plus the cross-resource checks restricted to it.
    static QList<Finding> checkResource(const RuleEngine &engine,
                                        const CatalogStore &store,
                                        qint64 resourceId,
                                        QualityTally *tally = nullptr);
    // Quality score of one resource with the explanation lines filled.
    static QualityScore
    scoreResource(const RuleEngine &engine, const CatalogStore &store, qint64 resourceId);

private:
    const RuleEngine &m_engine;
    // One worker per core, at most 8 (beyond that the single file is the limit).
    int m_threads = qBound(1, QThread::idealThreadCount(), 8);
    std::function<void(qint64, qint64)> m_progress;
    std::atomic_bool m_cancel{false};
    QString m_error;
};

} // namespace sy
