#pragma once

#include "CatalogSnapshot.h"
#include "model/Profile.h"

#include <QJsonObject>

namespace sy {

// One CSV table of a package together with its Frictionless Table Schema.
struct PackageTable
{
    QString name;   // data resource name, e.g. "resources"
    QString path;   // "tables/resources.csv"
    QString title;  // zh title
    QByteArray csv; // UTF-8 with BOM
    QJsonObject schema;
};

// The tables/*.csv of a package: departments, offices, resources, info_items, products and
// registrations. Columns are the profile's field keys (so that the header equals the Table
// Schema field names, as Frictionless requires) plus uuid link columns; titles carry the zh
// labels. Values are codes, not labels: these tables are for machines.
class PackageTables
{
public:
    // `strict` adds the profile's required constraints (a draft may leave required fields empty,
    // and its own schema must still describe it truthfully).
    static QList<PackageTable>
    build(const Profile &profile, const CatalogSnapshot &snapshot, bool strict);
};

} // namespace sy
