#include "QualityScore.h"

#include <cmath>

namespace sy {

QualityTally QualityTally::explained()
{
    QualityTally t;
    t.explanation = std::make_shared<QualityExplanation>();
    return t;
}

void QualityTally::add(const QualityTally &o)
{
    filled += o.filled;
    expected += o.expected;
    passed += o.passed;
    evaluated += o.evaluated;
    consistent += o.consistent;
    consistencyChecks += o.consistencyChecks;
    timely += o.timely;
    timelinessChecks += o.timelinessChecks;
    resources += o.resources;
}

static double ratio(double a, qint64 b)
{
    return b > 0 ? a / double(b) : -1.0;
}

QualityScore QualityScore::fromTally(const QualityTally &t)
{
    QualityScore s;
    s.tally = t;
    s.completeness = ratio(double(t.filled), t.expected);
    s.conformity = ratio(double(t.passed), t.evaluated);
    s.consistency = ratio(double(t.consistent), t.consistencyChecks);
    s.timeliness = ratio(t.timely, t.timelinessChecks);
    double sum = 0;
    int n = 0;
    for (double d : {s.completeness, s.conformity, s.consistency, s.timeliness}) {
        if (d >= 0) {
            sum += d;
            ++n;
        }
    }
    s.overall = n > 0 ? std::round(sum / n * 1000.0) / 10.0 : -1;
    return s;
}

static QString percent(double d)
{
    return d < 0 ? QStringLiteral("—") : QString::number(d * 100.0, 'f', 1) + QLatin1Char('%');
}

QStringList QualityScore::explanation() const
{
    QStringList lines;
    QString line = tr("Completeness %1: %2 of %3 expected fields filled.")
                       .arg(percent(completeness))
                       .arg(tally.filled)
                       .arg(tally.expected);
    const QualityExplanation why = tally.explanation ? *tally.explanation : QualityExplanation();
    if (!why.missingFields.isEmpty())
        line += QLatin1Char(' ') + tr("Missing: %1.").arg(why.missingFields.join(tr(", ")));
    lines << line;
    line = tr("Conformity %1: %2 of %3 rule checks passed.")
               .arg(percent(conformity))
               .arg(tally.passed)
               .arg(tally.evaluated);
    lines << line;
    line = tr("Consistency %1: %2 of %3 cross-field and cross-resource checks passed.")
               .arg(percent(consistency))
               .arg(tally.consistent)
               .arg(tally.consistencyChecks);
    if (!why.inconsistencies.isEmpty())
        line += QLatin1Char(' ') + why.inconsistencies.join(QLatin1Char(' '));
    lines << line;
    if (timeliness < 0) {
        lines << tr(
            "Timeliness —: the update cycle is irregular or not given, so it is not scored.");
    } else if (!why.timelinessNote.isEmpty()) {
        lines << tr("Timeliness %1: %2").arg(percent(timeliness), why.timelinessNote);
    } else {
        lines << tr("Timeliness %1: %2 resources with a regular update cycle evaluated.")
                     .arg(percent(timeliness))
                     .arg(tally.timelinessChecks);
    }
    return lines;
}

QString QualityScore::band() const
{
    if (overall < 0)
        return tr("not scored");
    if (overall >= 90)
        return tr("excellent");
    if (overall >= 75)
        return tr("good");
    if (overall >= 60)
        return tr("fair");
    return tr("poor");
}

} // namespace sy
