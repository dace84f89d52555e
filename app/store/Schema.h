#pragma once

#include <QString>
#include <QStringList>

namespace sy::schema {

// The ordered migrations of the catalog file. migration(1) creates a version-1 file from nothing;
// migration(n) takes a version n-1 file to version n. Each is a list of statements run in one
// transaction together with `PRAGMA user_version = n`.
QStringList migration(int toVersion);

} // namespace sy::schema
