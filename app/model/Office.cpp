#include "Office.h"

#include "Entity.h"

namespace sy {

QStringList Office::columnKeys()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent")};
}

QVariant Office::value(const QString &key) const
{
    if (key == QLatin1String("code"))
        return code;
    if (key == QLatin1String("name"))
        return name;
    if (key == QLatin1String("parent"))
        return parentId;
    return attrValue(attrs, key);
}

void Office::setValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("code"))
        code = v.toString();
    else if (key == QLatin1String("name"))
        name = v.toString();
    else if (key == QLatin1String("parent"))
        parentId = v.toLongLong();
    else
        setAttrValue(attrs, key, v);
}

} // namespace sy
