#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace sy {

// Why one resource scored as it did. Collected only when asked for (single-resource scores):
// "validate all" keeps a tally for each of 100k resources, and these lists alone were half of
// each tally's size.
struct QualityExplanation
{
    QStringList missingFields;   // labels of expected but empty fields
    QStringList inconsistencies; // messages of failed cross-field / cross-entity checks
    QString timelinessNote;
};

// Raw counts behind a quality score. GB/T 36344 computes every indicator as X = A / B (A =
// elements meeting the requirement, B = elements evaluated); keeping A and B rather than ratios
// lets office and catalog scores be the ratio of sums instead of a mean of means.
struct QualityTally
{
    qint64 filled = 0;            // completeness A: expected fields that are filled
    qint64 expected = 0;          // completeness B: required + conditionally required fields
    qint64 passed = 0;            // conformity A: rule evaluations passed
    qint64 evaluated = 0;         // conformity B: rule evaluations
    qint64 consistent = 0;        // consistency A: cross-field / cross-entity checks passed
    qint64 consistencyChecks = 0; // consistency B
    double timely = 0;            // timeliness A: sum of per-resource timeliness (0..1)
    qint64 timelinessChecks = 0;  // timeliness B: resources with a regular update cycle
    qint64 resources = 0;
    // Set to collect the explanation (see explained()); copies of the tally share it.
    std::shared_ptr<QualityExplanation> explanation;

    // An empty tally that collects the explanation.
    static QualityTally explained();
    void add(const QualityTally &other); // sums counts; drops the explanation
};

// One resource's counts, with its office (for the office scores).
struct ResourceTally
{
    qint64 resourceId = 0;
    qint64 officeId = 0;
    QualityTally tally;
};

// A quality score in four GB/T 36344 dimensions that apply to metadata, each 0..1 or -1 when
// nothing could be evaluated, and an overall 0..100 (the mean of the evaluated dimensions).
struct QualityScore
{
    Q_DECLARE_TR_FUNCTIONS(sy::QualityScore)

public:
    double completeness = -1;
    double conformity = -1;
    double consistency = -1;
    double timeliness = -1;
    double overall = -1;
    QualityTally tally;

    static QualityScore fromTally(const QualityTally &tally);
    // Translated, one line per dimension: what was counted and what is missing.
    QStringList explanation() const;
    // 优 / 良 / 中 / 差 band of the overall score.
    QString band() const;
};

} // namespace sy
