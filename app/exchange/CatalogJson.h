#pragma once

#include "CatalogSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sy {

// catalog.json: the whole snapshot, nested (offices flat with parent uuids; resources with their
// items), lossless: every column, every attr, uuids and timestamps (ISO 8601 UTC, milliseconds).
// Attachment bytes are not inlined; the package carries them under attachments/.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogJson)

public:
    static constexpr int formatVersion = 1;

    static QByteArray write(const CatalogSnapshot &snapshot);
    // Refuses unknown format versions and dangling references; attachments come back with their
    // metadata only (data empty).
    static bool read(const QByteArray &json, CatalogSnapshot *out, QString *error);
    // The same without the resources and their items, whose text goes to *resources for
    // ResourceRowReader, which streams them into a new catalog. Still checks the syntax of the
    // whole document first.
    static bool readExceptResources(const QByteArray &json,
                                    CatalogSnapshot *out,
                                    QByteArrayView *resources,
                                    QString *error);

    static QString attachmentPath(const AttachmentData &attachment);
};

} // namespace sy
