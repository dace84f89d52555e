#include "Product.h"

#include "Entity.h"

namespace sy {

QVariant Product::value(const QString &key) const
{
    if (key == QLatin1String("code"))
        return code;
    if (key == QLatin1String("name"))
        return name;
    if (key == QLatin1String("office"))
        return officeId;
    return attrValue(attrs, key);
}

void Product::setValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("code"))
        code = v.toString();
    else if (key == QLatin1String("name"))
        name = v.toString();
    else if (key == QLatin1String("office"))
        officeId = v.toLongLong();
    else
        setAttrValue(attrs, key, v);
}

} // namespace sy
