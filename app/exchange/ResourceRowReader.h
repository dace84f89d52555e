#pragma once

#include "store/BulkWriter.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace sy {

// Streams the "resources" array of catalog.json (as CatalogJson::readExceptResources() finds it)
// as UTF-8 rows for BulkWriter: one pass, no document tree, no QString or QJsonObject per
// value. It applies the checks of CatalogJson::read() (a uuid on every resource and no uuid
// twice, offices that exist) and reads values as it does.
class ResourceRowReader
{
    Q_DECLARE_TR_FUNCTIONS(sy::ResourceRowReader)

public:
    // Gets each resource with its items in file order; the row's officeId is the value of
    // `officeIds` for its office uuid. The views are valid during the call only. Returning false
    // stops reading (the sink sets *error).
    using Sink = std::function<bool(const BulkResourceRow &row, const QList<BulkItemRow> &items,
                                    QString *error)>;

    static bool read(QByteArrayView resources, const QHash<QString, qint64> &officeIds,
                     const Sink &sink, QString *error);
};

} // namespace sy
