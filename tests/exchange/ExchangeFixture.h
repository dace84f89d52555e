#pragma once

#include "exchange/CatalogSnapshot.h"

#include <QString>

namespace sy::test {

// A small, valid catalog of a coordinator: three offices with two resources each (every
// required field filled, so a non-draft export passes validation), items included.
bool makeCoordinatorCatalog(const QString &path, QString *error);
// The whole catalog at path as a snapshot.
CatalogSnapshot snapshotOf(const QString &path);
// A valid resource for office `officeId` with code "301001/<seq>".
Resource validResource(qint64 officeId, int seq, const QString &name);
QList<InfoItem> validItems(const QStringList &names);

} // namespace sy::test
