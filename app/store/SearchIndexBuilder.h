#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace sy {

// Builds the search index of a new catalog on its own thread while BulkWriter (FreshCatalog)
// inserts the rows on the catalog's connection. FTS5's trigram tokenising was a sixth of a
// large import on the one thread that can write the catalog; here it runs into a private
// in-memory database with the same search_index table, and copyInto() then moves the finished
// index into the catalog inside the import's transaction, which is a plain copy of its tables.
class SearchIndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sy::SearchIndexBuilder)

public:
    // `createSql` is the catalog's CREATE VIRTUAL TABLE statement of search_index. Null when
    // the private database cannot be set up; the caller then builds the index with SQL.
    static std::unique_ptr<SearchIndexBuilder> start(const QString &createSql);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // One resource's row, its texts as SearchIndex::indexed() makes them; rowids ascending.
    void add(qint64 rowid, QByteArray name, QByteArray summary, QByteArray items);
    // Waits for every row added, then replaces the catalog's (empty) search_index with the one
    // built here. `catalog` must be inside a transaction; false with a message on failure.
    bool copyInto(const QSqlDatabase &catalog, QString *error);

private:
    struct Row
    {
        qint64 rowid;
        QByteArray name, summary, items;
    };

    // The thread is woken for this many rows at a time, not for each: waking it per resource was
    // a hundred thousand context switches in a 100k import.
    static constexpr size_t wakeAt = 64;

    SearchIndexBuilder(sqlite3 *db, const QString &createSql);
    void run();
    bool drain(QString *error);
    bool copyTable(sqlite3 *target, const QByteArray &table);

    sqlite3 *m_db = nullptr;
    QByteArray m_createSql;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Row> m_pending;
    bool m_closed = false;
    bool m_ok = true;
    std::atomic<bool> m_abandoned{false};
    QString m_error;
};

} // namespace sy
