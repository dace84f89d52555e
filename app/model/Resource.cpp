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
    // By length first: the validation pass asks for every field of every resource, and most keys
    // it asks for are attributes, which a plain chain would compare with all thirteen columns.
    auto is = [&key](QLatin1StringView column) {
        return key == column;
    };
    switch (key.size()) {
    case 4:
        if (is(QLatin1StringView("code")))
            return code;
        if (is(QLatin1StringView("name")))
            return name;
        break;
    case 5:
        if (is(QLatin1StringView("grade")))
            return grade;
        if (is(QLatin1StringView("bytes")))
            return bytes;
        break;
    case 6:
        if (is(QLatin1StringView("office")))
            return officeId;
        if (is(QLatin1StringView("secret")))
            return secret;
        if (is(QLatin1StringView("format")))
            return format;
        if (is(QLatin1StringView("status")))
            return status;
        break;
    case 7:
        if (is(QLatin1StringView("summary")))
            return summary;
        if (is(QLatin1StringView("sharing")))
            return sharing;
        if (is(QLatin1StringView("opening")))
            return opening;
        if (is(QLatin1StringView("records")))
            return records;
        break;
    case 12:
        if (is(QLatin1StringView("update_cycle")))
            return updateCycle;
        break;
    default:
        break;
    }
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
