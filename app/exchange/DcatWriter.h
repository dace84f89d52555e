#pragma once

#include "CatalogSnapshot.h"
#include "model/Profile.h"

namespace sy {

// dcat.jsonld: a DCAT v3 view of the catalog (dcat:Catalog → dcat:Dataset per resource →
// dcat:Distribution), mapping every profile field that declares a `dcat` property. Resources
// flagged 涉密 are left out entirely: their mere titles may be classified.
class DcatWriter
{
public:
    static QByteArray write(const Profile &profile, const CatalogSnapshot &snapshot);
    static int datasetCount(const CatalogSnapshot &snapshot); // resources that are not secret
};

} // namespace sy
