#include "Registration.h"

#include "Entity.h"

namespace sy {

QVariant Registration::value(const QString &key) const
{
    if (key == QLatin1String("reg_type"))
        return regType;
    if (key == QLatin1String("object_type"))
        return objectType;
    if (key == QLatin1String("object_uuid"))
        return objectUuid;
    if (key == QLatin1String("status"))
        return status;
    if (key == QLatin1String("form_number"))
        return formNumber;
    return attrValue(attrs, key);
}

void Registration::setValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("reg_type"))
        regType = v.toString();
    else if (key == QLatin1String("object_type"))
        objectType = v.toString();
    else if (key == QLatin1String("object_uuid"))
        objectUuid = v.toString();
    else if (key == QLatin1String("status"))
        status = v.toString();
    else if (key == QLatin1String("form_number"))
        formNumber = v.toString();
    else
        setAttrValue(attrs, key, v);
}

} // namespace sy
