#pragma once

#include "CatalogStore.h"

#include <QByteArrayView>
#include <QSqlQuery>

#include <memory>

namespace sy {

class RawStatement;
class SearchIndexBuilder;

// One resource as UTF-8 text straight from a package (catalog.json), so that importing 100k
// resources with two million items builds no value objects, QStrings or QJsonObjects that would
// only be turned back into UTF-8 for SQLite. The views must stay valid until addResourceRow()
// returns. Times are ISO 8601; an empty or unreadable one becomes "now", as in addResource().
struct BulkResourceRow
{
    QByteArrayView uuid, code, name, summary, grade, sharing, opening, updateCycle, format, status;
    QByteArrayView created, modified;
    QByteArrayView attrs; // the JSON object's text; empty means {}
    qint64 officeId = 0;  // a store id; 0 = none
    qint64 records = 0;
    qint64 bytes = 0;
    bool secret = false;
};

struct BulkItemRow
{
    QByteArrayView uuid; // empty: a new uuid is made
    QByteArrayView name, dataType;
    QByteArrayView attrs; // the JSON object's text; empty means {}
    qint64 length = 0;
};

// The fast path for generators and imports: reuses prepared statements inside one transaction,
// and audits each resource once ("created with N items") instead of field by field. Nothing is
// visible to other connections until finish(); destroying an unfinished writer rolls back.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(sy::BulkWriter)

public:
    enum class Mode {
        Incremental,
        // For a catalog this connection has just created and nobody else has open: the indexes
        // (items_uuid too, so a repeated item uuid is refused by finish()) and the search index
        // are built once after the rows are in (sorting beats two million random index
        // updates), still inside the one transaction, and the transaction
        // uses a rollback journal instead of the WAL: for a fresh file that journal holds only
        // the few pages that existed, where the WAL would write every page twice. Rolling back
        // still restores the file exactly; WAL is switched back on by finish() and cancel().
        FreshCatalog,
    };

    explicit BulkWriter(CatalogStore &store);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    bool start(Mode mode = Mode::Incremental);
    bool addOffice(Office &office);
    // Inserts the resource and its items (positions follow list order); fills ids and uuids.
    bool addResource(Resource &resource, QList<InfoItem> &items);
    // The same from UTF-8 rows; positions follow list order. *id gets the resource's store id.
    bool addResourceRow(const BulkResourceRow &row,
                        const QList<BulkItemRow> &items,
                        qint64 *id = nullptr);
    bool finish();
    void cancel();
    QString errorString() const { return m_error; }
    qint64 resourcesWritten() const { return m_resources; }

private:
    bool fail(const QString &message, const QSqlQuery &q);
    bool failRaw(const QString &message, const RawStatement &statement);
    bool execAll(const QStringList &statements);
    bool dropSecondaryIndexes();
    bool buildDeferred();
    bool failIndex(const QSqlQuery &failed);
    void startSearchBuilder();
    void
    queueSearchRow(qint64 resourceId, QByteArray name, QByteArray summary, QByteArray itemNames);
    bool addSearchRow(qint64 resourceId,
                      const QString &name,
                      const QString &summary,
                      const QString &itemNames);
    bool audit(const QString &uuid, const QString &code, const QString &name, qsizetype items);
    void restoreJournal();

    CatalogStore &m_store;
    QSqlQuery m_insertResource;
    QSqlQuery m_insertItem;
    QSqlQuery m_insertSearch;
    QSqlQuery m_updateCount;
    std::unique_ptr<RawStatement> m_rawResource;
    std::unique_ptr<RawStatement> m_rawItem;
    std::unique_ptr<SearchIndexBuilder> m_search; // FreshCatalog into an empty catalog only
    Mode m_mode = Mode::Incremental;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
    qint64 m_firstNewId = 0;       // resources from this id on get their search rows in finish()
    bool m_active = false;
    qint64 m_resources = 0;
    QString m_error;
};

} // namespace sy
