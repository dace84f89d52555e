#include "FileHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace sy {

bool FileHeader::read(const QString &path, FileHeader *header, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("“%1” does not exist.").arg(shown);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("“%1” is not a file.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    header->fileSize = file.size();
    if (header->fileSize == 0) {
        *error = tr("“%1” is empty: it is not a Shuyuan catalog.").arg(shown);
        return false;
    }
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        *error = tr("“%1” is not a Shuyuan catalog (not an SQLite database file).").arg(shown);
        return false;
    }
    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    // Offsets from the SQLite file format documentation, section 1.3.
    quint32 pageSize = qFromBigEndian<quint16>(raw + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(raw + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(raw + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(raw + 92);
    header->userVersion = qFromBigEndian<qint32>(raw + 60);
    header->applicationId = qFromBigEndian<qint32>(raw + 68);
    // The in-header page count is only valid when it was written with the current change
    // counter, and a WAL file may still hold pages the main file lacks.
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (pageCount > 0 && changeCounter == versionValidFor && !walPresent) {
        header->expectedSize = qint64(pageSize) * pageCount;
        header->truncated = header->fileSize < header->expectedSize;
    }
    return true;
}

} // namespace sy
