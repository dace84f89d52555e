#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

struct archive;
class QSaveFile;

namespace sy {

// Writes a zip with libarchive into a QSaveFile, so that a failed or cancelled export leaves no
// file behind and an existing file is replaced only when commit() succeeds. Entry names are
// flagged UTF-8 (TOOLCHAIN.md: without hdrcharset Windows shows mojibake for Chinese names).
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(sy::ZipWriter)

public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open(const QString &path);
    // Adds one regular file. mtime defaults to the time open() was called, so that every entry
    // of one package carries the same stamp.
    bool addFile(const QString &name, const QByteArray &data, const QDateTime &mtime = {});
    bool commit();
    void cancel(); // discards everything written so far

    QString errorString() const { return m_error; }

private:
    friend struct ZipWriterCallbacks; // libarchive's write callback, in ZipWriter.cpp
    bool fail(const QString &message);
    QString reason() const;

    std::unique_ptr<QSaveFile> m_file;
    archive *m_archive = nullptr;
    QDateTime m_opened;
    QString m_path;
    QString m_error;
    QString m_writeError; // the operating system's reason for the last failed write
};

} // namespace sy
