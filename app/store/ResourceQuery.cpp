#include "ResourceQuery.h"

namespace sy {

bool ResourceQuery::hasFilter() const
{
    return !officeIds.isEmpty() || !grades.isEmpty() || !sharing.isEmpty() || !opening.isEmpty()
           || !updateCycles.isEmpty() || !formats.isEmpty() || !statuses.isEmpty()
           || secret.has_value() || !text.trimmed().isEmpty() || !ids.isEmpty();
}

} // namespace sy
