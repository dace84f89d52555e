#include "Finding.h"

#include <algorithm>

namespace sy {

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("rule"), ruleId);
    o.insert(QStringLiteral("entity"), entityKindName(entity));
    o.insert(QStringLiteral("uuid"), uuid);
    if (resourceId > 0) {
        o.insert(QStringLiteral("resource_id"), resourceId);
        o.insert(QStringLiteral("resource_code"), resourceCode);
    }
    o.insert(QStringLiteral("field"), field);
    if (itemPosition >= 0)
        o.insert(QStringLiteral("item_position"), itemPosition + 1); // 1-based for people
    o.insert(QStringLiteral("message"), message);
    return o;
}

bool Finding::operator==(const Finding &other) const
{
    return severity == other.severity && ruleId == other.ruleId && entity == other.entity
           && uuid == other.uuid && field == other.field && message == other.message;
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++c.errors;
            break;
        case Severity::Warning:
            ++c.warnings;
            break;
        case Severity::Info:
            ++c.infos;
            break;
        }
    }
    return c;
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.resourceCode != b.resourceCode)
            return a.resourceCode < b.resourceCode;
        if (a.entity != b.entity)
            return a.entity < b.entity;
        if (a.itemPosition != b.itemPosition)
            return a.itemPosition < b.itemPosition;
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.ruleId != b.ruleId)
            return a.ruleId < b.ruleId;
        // Resources sharing a code: the order does not depend on which worker checked which.
        return a.resourceId < b.resourceId;
    });
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("sy::Finding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("sy::Finding", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("sy::Finding", "Info");
    }
    return {};
}

} // namespace sy
