#pragma once

#include "InfoItem.h"
#include "Office.h"
#include "Resource.h"

#include <QJsonObject>

namespace sy::json {

// Lossless JSON forms of the value types (uuids, timestamps and every attr kept), used by
// `shuyuan-cli show`, catalog.json in packages and the clipboard.
QJsonObject fromResource(const Resource &resource);
Resource toResource(const QJsonObject &object);
QJsonObject fromItem(const InfoItem &item);
InfoItem toItem(const QJsonObject &object);
QJsonObject fromOffice(const Office &office);
Office toOffice(const QJsonObject &object);

} // namespace sy::json
