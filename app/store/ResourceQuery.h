#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sy {

// A filter over resources, shared by the table model, the CLI's `list`, charts' drill-down and
// exports. Empty lists mean "no restriction"; several lists combine with AND, the values inside
// one list with OR.
struct ResourceQuery
{
    QList<qint64> officeIds; // resources of these offices (see includeSubOffices)
    bool includeSubOffices = true;
    QStringList grades;
    QStringList sharing;
    QStringList opening;
    QStringList updateCycles;
    QStringList formats;
    QStringList statuses;
    std::optional<bool> secret;
    QString text;       // full-text search (names, summaries, item names); empty = none
    QList<qint64> ids;  // restrict to these ids; empty = none

    QString sortKey = QStringLiteral("code"); // a column key of Resource, or "items"
    bool descending = false;
    int offset = 0;
    int limit = -1; // -1 = all

    bool hasFilter() const;
};

} // namespace sy
