#pragma once

namespace sy {

// Process-wide settings of the SQLite library, which must be made before it opens its first
// connection; CatalogStore's constructor asks for them, and the store opens every connection.
// True when they are in effect (false when something opened a connection first).
bool configureSqliteLibrary();

} // namespace sy
