#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// The kinds of things a catalog holds. The string names match the profile's entity keys and
// the audit log's `entity` column.
enum class EntityKind { Department, Office, Resource, InfoItem, Product, Registration };

QString entityKindName(EntityKind kind);
bool entityKindFromName(const QString &name, EntityKind *kind);

// Reads a profile field from a value type: `columns` are real members, everything else lives in
// the JSON attrs object. Kept here so that every entity maps keys the same way.
QVariant attrValue(const QJsonObject &attrs, const QString &key);
void setAttrValue(QJsonObject &attrs, const QString &key, const QVariant &value);

QString newUuid();

} // namespace sy
