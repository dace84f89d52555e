#include "ZipWriter.h"

#include <QSaveFile>

#include <cerrno>

#include <archive.h>
#include <archive_entry.h>

namespace sy {

namespace {

int noopCallback(archive *, void *)
{
    return ARCHIVE_OK;
}

} // namespace

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    cancel();
}

struct ZipWriterCallbacks
{
    static la_ssize_t write(archive *, void *self, const void *buffer, size_t length)
    {
        auto *zip = static_cast<ZipWriter *>(self);
        const qint64 written
            = zip->m_file->write(static_cast<const char *>(buffer), qint64(length));
        if (written < 0) {
            // QSaveFile says only "Unknown error" for a full disk (Qt 6.4); errno names it.
            zip->m_writeError = qt_error_string(errno);
            return -1;
        }
        return la_ssize_t(written);
    }
};

// Why libarchive could not write: the file's own error first (a full disk, a lost network
// drive), which libarchive only sees as a failed write and does not name.
QString ZipWriter::reason() const
{
    if (!m_writeError.isEmpty())
        return m_writeError;
    if (m_file && m_file->error() != QFileDevice::NoError)
        return m_file->errorString();
    const char *archiveError = m_archive ? archive_error_string(m_archive) : nullptr;
    return archiveError ? QString::fromLocal8Bit(archiveError) : tr("unknown error");
}

bool ZipWriter::fail(const QString &message)
{
    m_error = message;
    cancel();
    return false;
}

bool ZipWriter::open(const QString &path)
{
    cancel();
    m_error.clear();
    m_writeError.clear();
    m_path = path;
    m_opened = QDateTime::currentDateTimeUtc();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, m_file->errorString()));
    m_archive = archive_write_new();
    archive_write_set_format_zip(m_archive);
    archive_write_set_options(m_archive, "zip:hdrcharset=UTF-8");
    // Fast deflate: packages are mostly repetitive text; level 1 costs a third of the default
    // level 6's time for about 15% more bytes.
    archive_write_set_options(m_archive, "zip:compression-level=1");
    archive_write_set_bytes_in_last_block(m_archive, 1);
    if (archive_write_open(m_archive, this, noopCallback, ZipWriterCallbacks::write, noopCallback)
        != ARCHIVE_OK) {
        return fail(tr("Cannot start the zip archive %1: %2")
                        .arg(path, QString::fromLocal8Bit(archive_error_string(m_archive))));
    }
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &mtime)
{
    if (!m_archive)
        return fail(tr("The zip archive is not open."));
    archive_entry *entry = archive_entry_new();
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(entry, utf8.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, data.size());
    const QDateTime t = mtime.isValid() ? mtime : m_opened;
    archive_entry_set_mtime(entry, time_t(t.toSecsSinceEpoch()), 0);
    bool ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
    if (ok && !data.isEmpty())
        ok = archive_write_data(m_archive, data.constData(), size_t(data.size())) == data.size();
    archive_entry_free(entry);
    if (!ok)
        return fail(tr("Cannot write entry %1 to %2: %3").arg(name, m_path, reason()));
    return true;
}

bool ZipWriter::commit()
{
    if (!m_archive)
        return fail(tr("The zip archive is not open."));
    const bool closed = archive_write_close(m_archive) == ARCHIVE_OK;
    const QString archiveError = reason();
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!closed)
        return fail(tr("Cannot finish the zip archive %1: %2").arg(m_path, archiveError));
    if (!m_file->commit()) {
        const int code = errno; // the last flush's: QSaveFile may say only "Unknown error"
        return fail(tr("Cannot save %1: %2")
                        .arg(m_path, code ? qt_error_string(code) : m_file->errorString()));
    }
    m_file.reset();
    return true;
}

void ZipWriter::cancel()
{
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace sy
