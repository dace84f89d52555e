#include "SearchIndexBuilder.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#define NOMINMAX
#include <windows.h>
#endif

namespace sy {

namespace {

bool execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// The connection under Qt's QSQLITE driver; RawStatement explains why it is the same library.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The writer's thread, which alone may write the catalog, sets the pace of an import. While it
// inserts rows, the JSON reader and this thread want the other core too; afterwards the writer
// builds the indexes alone and that core idles. Running this thread at a lower priority lets the
// writer go first and moves the index's tokenising into that idle time, where the rows queue up
// for it (about 1 KB a resource).
void yieldToTheWriter()
{
#if defined(Q_OS_LINUX)
    // A thread's own nice value, on Linux. syscall() rather than gettid(): the glibc of UOS and
    // Kylin (2.28) predates that wrapper.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#endif
}

} // namespace

std::unique_ptr<SearchIndexBuilder> SearchIndexBuilder::start(const QString &createSql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK
        || !execRaw(db, createSql.toUtf8().constData()) || !execRaw(db, "BEGIN")) {
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<SearchIndexBuilder>(new SearchIndexBuilder(db, createSql));
}

SearchIndexBuilder::SearchIndexBuilder(sqlite3 *db, const QString &createSql)
    : m_db(db)
    , m_createSql(createSql.toUtf8())
{
    m_thread = std::thread([this] { run(); });
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    // Without copyInto() (a cancel or a failure) the rows still queued are not worth indexing.
    m_abandoned = true;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.clear();
    }
    QString ignored;
    drain(&ignored);
    sqlite3_close(m_db);
}

void SearchIndexBuilder::add(qint64 rowid, QByteArray name, QByteArray summary, QByteArray items)
{
    bool wake = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.push_back({rowid, std::move(name), std::move(summary), std::move(items)});
        wake = m_pending.size() == wakeAt;
    }
    if (wake)
        m_wake.notify_one();
}

void SearchIndexBuilder::run()
{
    yieldToTheWriter();
    sqlite3_stmt *insert = nullptr;
    bool ok = sqlite3_prepare_v2(m_db,
                                 "INSERT INTO search_index(rowid, name, summary, items) "
                                 "VALUES(?, ?, ?, ?)",
                                 -1, &insert, nullptr)
              == SQLITE_OK;
    std::vector<Row> batch;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending.size() >= wakeAt || m_closed; });
            if (m_pending.empty())
                break; // closed, and everything is in
            batch.swap(m_pending);
        }
        // After a failure the rows are still taken, so that add() never waits; they are dropped.
        for (const Row &row : batch) {
            if (!ok || m_abandoned)
                break;
            sqlite3_bind_int64(insert, 1, row.rowid);
            sqlite3_bind_text(insert, 2, row.name.constData(), int(row.name.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 3, row.summary.constData(), int(row.summary.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, row.items.constData(), int(row.items.size()),
                              SQLITE_STATIC);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        batch.clear();
    }
    sqlite3_finalize(insert);
    ok = ok && execRaw(m_db, "COMMIT");
    if (!ok)
        m_error = lastError(m_db);
    m_ok = ok;
}

// Closes the queue and waits for the thread; true when every row went in.
bool SearchIndexBuilder::drain(QString *error)
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    if (!m_ok)
        *error = tr("Cannot build the search index: %1").arg(m_error);
    return m_ok;
}

bool SearchIndexBuilder::copyTable(sqlite3 *target, const QByteArray &table)
{
    const QByteArray select = "SELECT * FROM \"" + table + '"';
    sqlite3_stmt *from = nullptr;
    sqlite3_stmt *into = nullptr;
    bool ok = sqlite3_prepare_v2(m_db, select.constData(), -1, &from, nullptr) == SQLITE_OK;
    const int columns = ok ? sqlite3_column_count(from) : 0;
    QByteArray insert = "INSERT INTO \"" + table + "\" VALUES(?";
    for (int c = 1; c < columns; ++c)
        insert += ", ?";
    insert += ')';
    ok = ok && execRaw(target, ("DELETE FROM \"" + table + '"').constData())
         && sqlite3_prepare_v2(target, insert.constData(), -1, &into, nullptr) == SQLITE_OK;
    int step = SQLITE_DONE;
    while (ok && (step = sqlite3_step(from)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            sqlite3_bind_value(into, c + 1, sqlite3_column_value(from, c));
        ok = sqlite3_step(into) == SQLITE_DONE;
        sqlite3_reset(into);
    }
    ok = ok && step == SQLITE_DONE;
    sqlite3_finalize(from);
    sqlite3_finalize(into);
    return ok;
}

// The catalog's search_index is dropped and created again from the same statement first: the
// catalog's connection may hold FTS5's cached (empty) structure of the old one, which must not
// outlive the copy. Then every shadow table (data, idx, content, docsize, config) is copied.
bool SearchIndexBuilder::copyInto(const QSqlDatabase &catalog, QString *error)
{
    if (!drain(error))
        return false;
    sqlite3 *target = handleOf(catalog);
    if (!target) {
        *error = tr("Cannot build the search index: %1").arg(QStringLiteral("no SQLite handle"));
        return false;
    }
    bool ok
        = execRaw(target, "DROP TABLE search_index") && execRaw(target, m_createSql.constData());
    sqlite3_stmt *tables = nullptr;
    ok = ok
         && sqlite3_prepare_v2(m_db,
                               "SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "GLOB 'search_index_*' ORDER BY name",
                               -1, &tables, nullptr)
                == SQLITE_OK;
    while (ok && sqlite3_step(tables) == SQLITE_ROW)
        ok = copyTable(target, reinterpret_cast<const char *>(sqlite3_column_text(tables, 0)));
    sqlite3_finalize(tables);
    if (!ok)
        *error = tr("Cannot build the search index: %1").arg(lastError(target));
    return ok;
}

} // namespace sy
