#include "Resource.h"

#include "Entity.h"

namespace sy {

QStringList Resource::columnKeys()
{
    return {QStringLiteral("code"),         QStringLiteral("name"),    QStringLiteral("office"),
            QStringLiteral("summary"),      QStringLiteral("grade"),   QStringLiteral("secret"),
            QStringLiteral("sharing"),      QStringLiteral("opening"), QStringLiteral("update_cycle"),
            QStringLiteral("format"),       QStringLiteral("status"),  QStringLiteral("records"),
            QStringLiteral("bytes")};
}

bool Resource::isColumnKey(const QString &key)
{
    static const QStringList keys = columnKeys();
    return keys.contains(key);
}

QVariant Resource::value(const QString &key) const
{
    if (key == QLatin1String("code"))
        return code;
    if (key == QLatin1String("name"))
        return name;
    if (key == QLatin1String("office"))
        return officeId;
    if (key == QLatin1String("summary"))
        return summary;
    if (key == QLatin1String("grade"))
        return grade;
    if (key == QLatin1String("secret"))
        return secret;
    if (key == QLatin1String("sharing"))
        return sharing;
    if (key == QLatin1String("opening"))
        return opening;
    if (key == QLatin1String("update_cycle"))
        return updateCycle;
    if (key == QLatin1String("format"))
        return format;
    if (key == QLatin1String("status"))
        return status;
    if (key == QLatin1String("records"))
        return records;
    if (key == QLatin1String("bytes"))
        return bytes;
    return attrValue(attrs, key);
}

void Resource::setValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("code"))
        code = v.toString();
    else if (key == QLatin1String("name"))
        name = v.toString();
    else if (key == QLatin1String("office"))
        officeId = v.toLongLong();
    else if (key == QLatin1String("summary"))
        summary = v.toString();
    else if (key == QLatin1String("grade"))
        grade = v.toString();
    else if (key == QLatin1String("secret"))
        secret = v.toBool();
    else if (key == QLatin1String("sharing"))
        sharing = v.toString();
    else if (key == QLatin1String("opening"))
        opening = v.toString();
    else if (key == QLatin1String("update_cycle"))
        updateCycle = v.toString();
    else if (key == QLatin1String("format"))
        format = v.toString();
    else if (key == QLatin1String("status"))
        status = v.toString();
    else if (key == QLatin1String("records"))
        records = v.toLongLong();
    else if (key == QLatin1String("bytes"))
        bytes = v.toLongLong();
    else
        setAttrValue(attrs, key, v);
}

} // namespace sy
