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
    return columnOf(key) >= 0;
}

int Resource::columnOf(const QString &key)
{
    // By length first: the validation pass asks for every field of every resource, and most keys
    // it asks for are attributes, which a plain chain would compare with all thirteen columns.
    auto is = [&key](QLatin1StringView column) {
        return key == column;
    };
    switch (key.size()) {
    case 4:
        return is(QLatin1StringView("code")) ? Code : is(QLatin1StringView("name")) ? Name : -1;
    case 5:
        return is(QLatin1StringView("grade")) ? Grade : is(QLatin1StringView("bytes")) ? Bytes : -1;
    case 6:
        return is(QLatin1StringView("office"))   ? Office
               : is(QLatin1StringView("secret")) ? Secret
               : is(QLatin1StringView("format")) ? Format
               : is(QLatin1StringView("status")) ? Status
                                                 : -1;
    case 7:
        return is(QLatin1StringView("summary"))   ? Summary
               : is(QLatin1StringView("sharing")) ? Sharing
               : is(QLatin1StringView("opening")) ? Opening
               : is(QLatin1StringView("records")) ? Records
                                                  : -1;
    case 12:
        return is(QLatin1StringView("update_cycle")) ? UpdateCycle : -1;
    default:
        return -1;
    }
}

QVariant Resource::columnValue(int column) const
{
    switch (column) {
    case Code:
        return code;
    case Name:
        return name;
    case Office:
        return officeId;
    case Summary:
        return summary;
    case Grade:
        return grade;
    case Secret:
        return secret;
    case Sharing:
        return sharing;
    case Opening:
        return opening;
    case UpdateCycle:
        return updateCycle;
    case Format:
        return format;
    case Status:
        return status;
    case Records:
        return records;
    case Bytes:
        return bytes;
    default:
        return QVariant();
    }
}

QVariant Resource::value(const QString &key) const
{
    const int column = columnOf(key);
    return column >= 0 ? columnValue(column) : attrValue(attrs, key);
}

void Resource::setValue(const QString &key, const QVariant &v)
{
    switch (columnOf(key)) {
    case Code:
        code = v.toString();
        break;
    case Name:
        name = v.toString();
        break;
    case Office:
        officeId = v.toLongLong();
        break;
    case Summary:
        summary = v.toString();
        break;
    case Grade:
        grade = v.toString();
        break;
    case Secret:
        secret = v.toBool();
        break;
    case Sharing:
        sharing = v.toString();
        break;
    case Opening:
        opening = v.toString();
        break;
    case UpdateCycle:
        updateCycle = v.toString();
        break;
    case Format:
        format = v.toString();
        break;
    case Status:
        status = v.toString();
        break;
    case Records:
        records = v.toLongLong();
        break;
    case Bytes:
        bytes = v.toLongLong();
        break;
    default:
        setAttrValue(attrs, key, v);
        break;
    }
}

} // namespace sy
