#pragma once

#include "model/CatalogMeta.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Product.h"
#include "model/Registration.h"
#include "model/Resource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace sy {

class CatalogStore;

struct AttachmentData
{
    QString sha256; // hex
    QString fileName;
    QString mime;
    QString ownerUuid;
    QByteArray data;
};

// Which part of a catalog goes into a package.
struct ExportScope
{
    enum Kind { Whole, Offices, Registrations };
    Kind kind = Whole;
    QList<qint64> officeIds;       // Offices: these and their sub-offices
    QList<qint64> registrationIds; // Registrations: these and the objects they register
};

// A catalog (or a part of it) held in memory, independent of any store: what a package carries,
// what a spreadsheet answer becomes, and one side of a merge. Ids are local to the snapshot:
// Office.parentId, Resource.officeId and Product.officeId refer to Office.id of `offices`;
// items are keyed by their resource's uuid.
struct CatalogSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogSnapshot)

public:
    CatalogMeta meta;
    QList<Office> offices;
    QList<Resource> resources;
    QHash<QString, QList<InfoItem>> items; // resource uuid → items in position order
    QList<Product> products;
    QList<Registration> registrations;
    QList<AttachmentData> attachments;

    const Office *office(qint64 id) const;
    const Office *officeByUuid(const QString &uuid) const;
    qint64 itemCount() const;

    // Reads the store (or the scope's part of it). `cancelled` is polled between resources.
    static bool load(const CatalogStore &store,
                     const ExportScope &scope,
                     CatalogSnapshot *out,
                     QString *error,
                     const std::function<bool()> &cancelled = {});

    // Field-by-field equality, ids ignored (the round-trip test's definition of "identical").
    // Fills *difference with the first difference found, e.g. "resources[3].attrs.topic".
    static bool equal(const CatalogSnapshot &a, const CatalogSnapshot &b, QString *difference);
};

} // namespace sy
