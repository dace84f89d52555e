#pragma once

#include "model/InfoItem.h"
#include "model/Resource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sy {

class CatalogStore;

// The queries behind validation (app/rules). Catalog-wide checks that compare entities with each
// other (code uniqueness, related codes, 一数一源) are single set-based statements so that the
// 100k-resource catalog never loads into memory; the per-resource pass streams resources and
// their items in id order through two forward-only cursors merged on resource id.
class ValidationQueries
{
    Q_DECLARE_TR_FUNCTIONS(sy::ValidationQueries)

public:
    explicit ValidationQueries(const CatalogStore &store);

    struct DuplicateCode
    {
        Resource resource; // id, uuid, code, officeId only
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

    // Ids splitting the resources into `parts` ranges of about equal size: [b0, b1), [b1, b2)...
    // (the last bound is max id + 1). For parallel passes with one connection each.
    QList<qint64> idBounds(int parts);
    qint64 resourceCount();

    // Streams resources with fromId <= id < toId (toId 0 = no bound) in id order with their items.
    // `visit` returning false stops the pass (cancel). Returns false on a database error.
    bool
    forEachResource(const std::function<bool(const Resource &, const QList<InfoItem> &)> &visit,
                    qint64 fromId = 0,
                    qint64 toId = 0);
    // The same, but the items' attrs are left unparsed (InfoItem::attrs empty) and handed over as
    // their JSON text, parallel to the items: parsing two million small JSON objects costs more
    // than checking them when most items repeat (the caller parses on a cache miss).
    bool forEachResourceRaw(
        const std::function<bool(const Resource &, const QList<InfoItem> &, const QStringList &)>
            &visit,
        qint64 fromId = 0,
        qint64 toId = 0);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what, const QString &detail);
    bool
    stream(const std::function<bool(const Resource &, const QList<InfoItem> &, const QStringList &)>
               &visit,
           qint64 fromId,
           qint64 toId,
           bool parseItemAttrs);

    const CatalogStore &m_store;
    QString m_error;
};

} // namespace sy
