#pragma once

#include <QDateTime>
#include <QString>

namespace sy {

// One row of the audit log: a single field of a single entity changed (field empty for
// creation and deletion of the whole entity).
struct AuditEntry
{
    qint64 id = 0;
    QString entity;    // entityKindName()
    QString uuid;      // the entity's uuid
    QString field;     // profile key, or empty
    QString oldValue;
    QString newValue;
    QString user;
    QDateTime time;    // UTC
    QString prevHash;  // hex SHA-256 of the previous row ("" for the first)
    QString hash;      // hex SHA-256 of this row, prevHash included
};

} // namespace sy
