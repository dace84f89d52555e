#include "RegionCodes.h"

namespace sy::region {

bool isWellFormed(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (QChar c : code) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

QString provinceOf(const QString &code)
{
    if (!isWellFormed(code))
        return {};
    return code.left(2) + QStringLiteral("0000");
}

} // namespace sy::region
