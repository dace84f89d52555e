#pragma once

#include "CatalogStore.h"

#include <QSqlQuery>

namespace sy {

// The fast path for generators and imports: reuses prepared statements inside one transaction,
// and audits each resource once ("created with N items") instead of field by field. Nothing is
// visible to other connections until finish(); destroying an unfinished writer rolls back.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(sy::BulkWriter)

public:
    explicit BulkWriter(CatalogStore &store);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    bool start();
    bool addOffice(Office &office);
    // Inserts the resource and its items (positions follow list order); fills ids and uuids.
    bool addResource(Resource &resource, QList<InfoItem> &items);
    bool finish();
    void cancel();
    QString errorString() const { return m_error; }
    qint64 resourcesWritten() const { return m_resources; }

private:
    bool fail(const QString &message, const QSqlQuery &q);

    CatalogStore &m_store;
    QSqlQuery m_insertResource;
    QSqlQuery m_insertItem;
    QSqlQuery m_insertSearch;
    QSqlQuery m_updateCount;
    bool m_active = false;
    qint64 m_resources = 0;
    QString m_error;
};

} // namespace sy
