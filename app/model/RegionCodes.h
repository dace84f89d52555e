#pragma once

#include <QString>

namespace sy {

// GB/T 2260 administrative division codes known to Shuyuan: every province-level division and
// every prefecture-level city of Guangdong (from the profile's "region" vocabulary).
namespace region {

bool isWellFormed(const QString &code); // six digits
QString provinceOf(const QString &code); // first two digits + "0000"

} // namespace region
} // namespace sy
