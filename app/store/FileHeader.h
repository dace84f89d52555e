#pragma once

#include <QCoreApplication>
#include <QString>

namespace sy {

// The first 100 bytes of an SQLite file, read with plain file I/O so that a file can be judged
// (not SQLite, not ours, too new, truncated) before SQLite is allowed anywhere near it.
struct FileHeader
{
    Q_DECLARE_TR_FUNCTIONS(sy::FileHeader)

public:
    qint32 applicationId = 0;
    int userVersion = 0;
    qint64 fileSize = 0;
    qint64 expectedSize = 0; // page size × page count from the header, when trustworthy
    bool truncated = false;

    // False with a specific message for a missing, unreadable, empty or non-SQLite file.
    static bool read(const QString &path, FileHeader *header, QString *error);
};

} // namespace sy
