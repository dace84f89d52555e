#pragma once

#include "MergePlan.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QSet>

namespace sy {

class CatalogStore;

struct MergeOptions
{
    // When the survey went out: a field that differs where "mine" was not modified since then is
    // a plain change (theirs wins by default), otherwise a conflict. Invalid = every difference
    // on a filled field is a conflict.
    QDateTime baseTime;
    // Packages state every field, so an empty value there clears; a spreadsheet's empty cell
    // only means "not filled in".
    bool emptyTheirsClears = false;
    // Report resources of the answer's offices that the answer no longer has.
    bool detectDeleted = true;
    // Offices (uuids in the answer) whose complete resource list the answer claims to carry;
    // empty = the offices of the answer's resources.
    QSet<QString> scopeOfficeUuids;
};

// Compares an answer (a snapshot from a package or a spreadsheet) with the open catalog:
// offices match by uuid, then code, then name; resources by uuid, then resource code, then
// office + name. Reads only.
class MergePlanner
{
    Q_DECLARE_TR_FUNCTIONS(sy::MergePlanner)

public:
    static bool plan(const CatalogStore &store,
                     const Profile &profile,
                     const CatalogSnapshot &theirs,
                     const MergeOptions &options,
                     MergePlan *out,
                     QString *error);
};

} // namespace sy
