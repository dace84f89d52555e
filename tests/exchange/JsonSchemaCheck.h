#pragma once

#include <QJsonValue>
#include <QStringList>

namespace sy::test {

// A JSON Schema (draft-07) subset validator, enough for the Frictionless Data Package v2
// schemas in tests/data/schemas: type, required, properties, items, enum, const, pattern,
// oneOf, anyOf, allOf, minItems, minProperties, minimum, uniqueItems, minLength, $ref to local
// definitions. Formats are not checked (they are annotations in draft-07). Returns the
// violations with their JSON pointers; empty = valid.
QStringList validateJson(const QJsonValue &instance, const QJsonValue &schema);

// Checks a package file as a consumer would: every manifest entry's bytes and SHA-256, every
// datapackage resource's bytes and sha256: hash, the CSV headers against the Table Schema
// fields, required/enum/integer/boolean/date values, unique primary keys and resolvable
// foreign keys. Returns the problems; empty = all good.
QStringList checkPackage(const QString &path, const QJsonValue &datapackageSchema);

} // namespace sy::test
