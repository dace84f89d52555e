#include "SqliteLibrary.h"

#include <sqlite3.h>

namespace sy {

bool configureSqliteLibrary()
{
    static const bool configured = [] {
        // With memory statistics on (the library's default, and Debian's), every allocation
        // SQLite makes takes one process-wide mutex to count it. An import writes the catalog on
        // one thread while another builds the search index, and "validate all" reads on every
        // core: they queued on that mutex tens of thousands of times a second. Shuyuan never
        // reads the statistics (no sqlite3_memory_used(), no soft heap limit).
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    return configured;
}

} // namespace sy
