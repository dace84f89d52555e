#pragma once

#include "model/Entity.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sy {

// One problem found by the rules engine. The message is already translated and says what is
// wrong and how to fix it; the rest locates it so that the GUI can jump to the field.
struct Finding
{
    Severity severity = Severity::Error;
    QString ruleId; // stable id, e.g. "gd.resource.share_condition"
    EntityKind entity = EntityKind::Resource;
    QString uuid;          // uuid of the entity the finding is attached to
    qint64 resourceId = 0; // resource it belongs to (0 for department, office, product, ...)
    QString resourceCode;  // for display and for the CLI
    QString field;         // profile field key, empty for the whole entity
    int itemPosition = -1; // 0-based position when entity is an information item
    QString message;

    QJsonObject toJson() const;
    bool operator==(const Finding &other) const;
};

struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int total() const { return errors + warnings + infos; }
};

FindingCounts countFindings(const QList<Finding> &findings);
// Sorts by resource code, entity, item position, severity and rule id so output is stable.
void sortFindings(QList<Finding> &findings);
// Translated severity label ("错误" / "Error").
QString severityLabel(Severity severity);

} // namespace sy
