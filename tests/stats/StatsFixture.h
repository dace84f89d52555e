#pragma once

#include <QHash>
#include <QString>

namespace sy {
class CatalogStore;
}

namespace sy::test {

// Builds tests/data/stats/inventory-fixture.json into a new catalog at `path` through the store's
// public API (dates set afterwards, since the store stamps them). Returns office and resource
// ids by their fixture keys ("O1", "R01", ...).
struct StatsFixture
{
    QHash<QString, qint64> offices;
    QHash<QString, qint64> resources;
};
bool buildStatsFixture(const QString &path, StatsFixture *fixture, QString *error);

} // namespace sy::test
