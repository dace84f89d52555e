#include "Entity.h"

#include <QJsonArray>
#include <QUuid>

namespace sy {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Department: return QStringLiteral("department");
    case EntityKind::Office: return QStringLiteral("office");
    case EntityKind::Resource: return QStringLiteral("resource");
    case EntityKind::InfoItem: return QStringLiteral("item");
    case EntityKind::Product: return QStringLiteral("product");
    case EntityKind::Registration: return QStringLiteral("registration");
    }
    return {};
}

bool entityKindFromName(const QString &name, EntityKind *kind)
{
    static const EntityKind all[] = {EntityKind::Department, EntityKind::Office,
                                     EntityKind::Resource,   EntityKind::InfoItem,
                                     EntityKind::Product,    EntityKind::Registration};
    for (EntityKind k : all) {
        if (entityKindName(k) == name) {
            if (kind)
                *kind = k;
            return true;
        }
    }
    return false;
}

QVariant attrValue(const QJsonObject &attrs, const QString &key)
{
    const QJsonValue v = attrs.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isArray()) {
        QStringList list;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &e : array)
            list << e.toVariant().toString();
        return list;
    }
    return v.toVariant();
}

void setAttrValue(QJsonObject &attrs, const QString &key, const QVariant &value)
{
    const bool empty = !value.isValid() || value.isNull()
                       || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
                       || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty());
    if (empty) {
        attrs.remove(key);
        return;
    }
    if (value.typeId() == QMetaType::QStringList)
        attrs.insert(key, QJsonArray::fromStringList(value.toStringList()));
    else
        attrs.insert(key, QJsonValue::fromVariant(value));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace sy
