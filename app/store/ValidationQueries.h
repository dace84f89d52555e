#pragma once

#include "TextPool.h"
#include "model/InfoItem.h"
#include "model/Resource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace sy {

class CatalogStore;

// The queries behind validation (app/rules). Catalog-wide checks that compare entities with each
// other (code uniqueness, related codes, 一数一源) are single set-based statements, used by the
// live re-check of one resource; "validate all" finishes the last two from what its pass read
// anyway, through the C++ twins below. The pass streams resources and their items in id order
// through two forward-only cursors merged on resource id (scanResources(), or forEachResource()
// through Qt SQL, the plain reference).
class ValidationQueries
{
    Q_DECLARE_TR_FUNCTIONS(sy::ValidationQueries)

public:
    explicit ValidationQueries(const CatalogStore &store);
    ~ValidationQueries();

    struct DuplicateCode
    {
        Resource resource; // id, uuid, code, officeId, name only
        int count = 0;
    };
    struct MissingRelated
    {
        Resource resource; // id, uuid, code, officeId only
        QString missingCode;
    };
    // An authoritative item whose key (data element, else normalised name) is offered as
    // authoritative by another office too; `other*` names one such office.
    struct OneSourceConflict
    {
        Resource resource; // id, uuid, code, officeId only
        InfoItem item;     // id, uuid, position, name
        qint64 otherOfficeId = 0;
        QString otherResourceCode;
    };

    // `resourceId` > 0 restricts the result to that resource (live re-check of one resource).
    QList<DuplicateCode> duplicateCodes(qint64 resourceId = 0);
    QList<MissingRelated> missingRelatedCodes(qint64 resourceId = 0);
    QList<OneSourceConflict> oneSourceConflicts(qint64 resourceId = 0);

    // The C++ twins of the SQL above, for the validation pass, which holds every row anyway: the
    // key under which oneSourceConflicts() groups an item (empty when the item is not offered as
    // authoritative), and the values missingRelatedCodes() takes from a resource's related_codes
    // (trimmed, empty ones dropped). They follow SQLite's semantics (trim() of spaces, lower() of
    // ASCII) so that both find the same conflicts; tests/rules/tst_validationpaths compares them.
    static QString oneSourceKey(const QString &itemName, const QJsonObject &itemAttrs);
    static QStringList relatedCodes(const QJsonObject &resourceAttrs);
    // The same from the value of related_codes.
    static QStringList relatedCodes(const QJsonValue &relatedCodesValue);

    // Ids splitting the resources into `parts` ranges of about equal size (by id value):
    // [b0, b1), [b1, b2)... with b0 = 0 and the last bound 0 for "no bound". For parallel passes
    // with one connection each.
    QList<qint64> idBounds(int parts);
    qint64 resourceCount();

    // Streams resources with fromId <= id < toId (toId 0 = no bound) in id order with their items.
    // `visit` returning false stops the pass (cancel). Returns false on a database error.
    bool
    forEachResource(const std::function<bool(const Resource &, const QList<InfoItem> &)> &visit,
                    qint64 fromId = 0,
                    qint64 toId = 0);

    // One information item as the catalog-wide pass reads it: its texts are ids in the pass's
    // TextPool, so equal items are equal in a few integers. Uuids are not read (two million
    // 36-character strings for the few items with findings); itemUuids() fetches those.
    struct ScannedItem
    {
        qint64 id = 0;
        int position = 0;
        int length = 0;
        int name = 0; // TextPool ids
        int dataType = 0;
        int attrs = 0; // the attrs JSON text, unparsed
        // The number of this (name, dataType, attrs) among the distinct ones, counted from 0 in
        // the order first seen, for memos kept in a plain array; restarts with the pool.
        int texts = 0;
    };
    // The resource, the JSON text of its attrs (valid during the call), its items, and the pool
    // of the items' texts.
    using ScanVisitor = std::function<bool(
        const Resource &, QByteArrayView attrsJson, const QList<ScannedItem> &, const TextPool &)>;
    // The validation pass: like forEachResource() but read through the sqlite3 handle with
    // interned texts, several times faster on big catalogs. The resources have every field the
    // rules read (not created/modified). The pool is kept from one call to the next (a pass scans
    // several id ranges); it may be cleared between two resources once it holds many texts
    // (watch TextPool::generation()).
    bool scanResources(const ScanVisitor &visit, qint64 fromId = 0, qint64 toId = 0);
    // With false, scanResources() leaves Resource::attrs empty: the visitor reads attrsJson
    // itself (the validation pass reads it faster than QJsonDocument).
    void setParseResourceAttrs(bool parse) { m_parseAttrs = parse; }
    // How many texts the pool of scanResources() may hold before it is cleared (memory bound).
    void setTextPoolLimit(qsizetype limit) { m_poolLimit = limit; }
    // The statement scanResources() reads the items with (from resource_id ?1 on).
    static const char *const itemScanSql;
    // Uuids of the given items, by id.
    QHash<qint64, QString> itemUuids(const QList<qint64> &ids);

    QString errorString() const { return m_error; }

private:
    struct ScanTexts;
    bool fail(const QString &what, const QString &detail);
    const CatalogStore &m_store;
    std::unique_ptr<ScanTexts> m_scanTexts;
    QString m_error;
    qsizetype m_poolLimit = 100000;
    bool m_parseAttrs = true;
};

} // namespace sy
