#include "InfoItem.h"

#include "Entity.h"

namespace sy {

QStringList InfoItem::columnKeys()
{
    return {QStringLiteral("name"), QStringLiteral("data_type"), QStringLiteral("length")};
}

QVariant InfoItem::value(const QString &key) const
{
    if (key == QLatin1String("name"))
        return name;
    if (key == QLatin1String("data_type"))
        return dataType;
    if (key == QLatin1String("length"))
        return length;
    return attrValue(attrs, key);
}

void InfoItem::setValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("name"))
        name = v.toString();
    else if (key == QLatin1String("data_type"))
        dataType = v.toString();
    else if (key == QLatin1String("length"))
        length = v.toInt();
    else
        setAttrValue(attrs, key, v);
}

} // namespace sy
