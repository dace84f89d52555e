#include "SafeZipReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#if defined(Q_OS_UNIX)
#include <clocale>
#include <locale.h>
#endif

namespace sy {

namespace {

// libarchive converts entry names to the current locale's charset, and fails for every
// Chinese name when that locale is "C" (a service, a test, LANG unset): the entry then has no
// name at all. A UTF-8 LC_CTYPE for this thread only, while reading, makes names independent of
// how the program was started.
class Utf8CtypeScope
{
public:
    Utf8CtypeScope()
    {
#if defined(Q_OS_UNIX)
        m_utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
        if (m_utf8)
            m_previous = uselocale(m_utf8);
#endif
    }
    ~Utf8CtypeScope()
    {
#if defined(Q_OS_UNIX)
        if (m_utf8) {
            uselocale(m_previous);
            freelocale(m_utf8);
        }
#endif
    }
    Utf8CtypeScope(const Utf8CtypeScope &) = delete;
    Utf8CtypeScope &operator=(const Utf8CtypeScope &) = delete;

private:
#if defined(Q_OS_UNIX)
    locale_t m_utf8 = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
#endif
};

struct ArchiveReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString entryName(archive_entry *entry)
{
    // Zip entries flagged UTF-8 (and all of ours) come back through pathname_utf8; legacy
    // Windows zips without the flag fall back to the raw bytes, read as the local charset.
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return {};
}

} // namespace

void SafeZipReader::clear()
{
    m_names.clear();
    m_data.clear();
    m_total = 0;
    m_problem = Problem::None;
    m_error.clear();
}

bool SafeZipReader::fail(Problem problem, const QString &message)
{
    m_names.clear();
    m_data.clear();
    m_problem = problem;
    m_error = message;
    return false;
}

QString SafeZipReader::cleanEntryName(const QString &name, Problem *problem)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/'))
        || (n.size() >= 2 && n.at(1) == QLatin1Char(':') && n.at(0).isLetter())) {
        *problem = Problem::AbsolutePath;
        return {};
    }
    QStringList parts;
    const QStringList raw = n.split(QLatin1Char('/'));
    for (const QString &part : raw) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *problem = Problem::ParentPath;
            return {};
        }
        parts << part;
    }
    *problem = Problem::None;
    return parts.join(QLatin1Char('/'));
}

bool SafeZipReader::readFile(const QString &path)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::Open, tr("Cannot open %1: %2").arg(path, file.errorString()));
    // Mapping keeps memory flat for large packages; the reader copies only what it inflates.
    const qint64 size = file.size();
    if (size == 0)
        return fail(Problem::Damaged, tr("%1 is empty, not a zip archive.").arg(path));
    uchar *map = file.map(0, size);
    if (map)
        return read(map, size, QFileInfo(path).fileName());
    const QByteArray all = file.readAll();
    return read(all.constData(), all.size(), QFileInfo(path).fileName());
}

bool SafeZipReader::readData(const QByteArray &data, const QString &displayName)
{
    clear();
    if (data.isEmpty())
        return fail(Problem::Damaged, tr("%1 is empty, not a zip archive.").arg(displayName));
    return read(data.constData(), data.size(), displayName);
}

bool SafeZipReader::read(const void *buffer, qint64 size, const QString &displayName)
{
    const Utf8CtypeScope utf8Names;
    std::unique_ptr<archive, ArchiveReadDeleter> a(archive_read_new());
    archive_read_support_format_zip_seekable(a.get());
    // The seekable reader works from the central directory, which is where zip keeps the Unix
    // mode (links) and where duplicates and truncation show; sizes are still counted from the
    // bytes actually inflated, never taken from the headers.
    if (archive_read_open_memory(a.get(), buffer, size_t(size)) != ARCHIVE_OK) {
        return fail(Problem::Damaged,
                    tr("%1 is damaged or not a zip archive: %2")
                        .arg(displayName, QString::fromLocal8Bit(archive_error_string(a.get()))));
    }
    QSet<QString> seen;
    QSet<QString> seenFolded;
    archive_entry *entry = nullptr;
    int entries = 0;
    QByteArray block;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            return fail(Problem::Damaged,
                        tr("%1 is truncated or damaged after %2 entries: %3")
                            .arg(displayName)
                            .arg(entries)
                            .arg(QString::fromLocal8Bit(archive_error_string(a.get()))));
        }
        if (++entries > m_limits.maxEntries) {
            return fail(Problem::TooManyEntries,
                        tr("%1 has more than %2 entries; refused as a possible zip bomb.")
                            .arg(displayName)
                            .arg(m_limits.maxEntries));
        }
        const QString raw = entryName(entry);
        Problem p = Problem::None;
        const QString name = cleanEntryName(raw, &p);
        if (p == Problem::AbsolutePath)
            return fail(p, tr("Entry \"%1\" has an absolute path; refused.").arg(raw));
        if (p == Problem::ParentPath)
            return fail(
                p, tr("Entry \"%1\" climbs out of the archive with \"..\"; refused.").arg(raw));
        if (archive_entry_symlink(entry) || archive_entry_hardlink(entry)
            || archive_entry_filetype(entry) == AE_IFLNK) {
            return fail(Problem::Link, tr("Entry \"%1\" is a link; links are refused.").arg(raw));
        }
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR || (raw.endsWith(QLatin1Char('/')) && archive_entry_size(entry) == 0))
            continue;
        if (type != AE_IFREG && type != 0) {
            return fail(Problem::NotRegular,
                        tr("Entry \"%1\" is not a regular file; refused.").arg(raw));
        }
        if (name.isEmpty())
            return fail(Problem::AbsolutePath, tr("Entry \"%1\" has no usable name.").arg(raw));
        if (archive_entry_is_encrypted(entry))
            return fail(Problem::Encrypted, tr("Entry \"%1\" is encrypted; refused.").arg(raw));
        // Case-folded too, so the same package unpacks identically on Windows.
        if (seen.contains(name) || seenFolded.contains(name.toCaseFolded()))
            return fail(Problem::Duplicate, tr("Entry \"%1\" occurs twice; refused.").arg(name));
        seen.insert(name);
        seenFolded.insert(name.toCaseFolded());

        QByteArray content;
        if (archive_entry_size_is_set(entry)) {
            const qint64 declared = archive_entry_size(entry);
            if (declared > m_limits.maxEntryBytes) {
                return fail(Problem::EntryTooLarge,
                            tr("Entry \"%1\" is larger than %2 MB; refused.")
                                .arg(name)
                                .arg(m_limits.maxEntryBytes / (1024 * 1024)));
            }
            if (declared > 0)
                content.reserve(int(declared));
        }
        block.resize(256 * 1024);
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), block.data(), size_t(block.size()));
            if (n == 0)
                break;
            if (n < 0) {
                return fail(Problem::Damaged,
                            tr("Entry \"%1\" of %2 is damaged or truncated: %3")
                                .arg(name, displayName,
                                     QString::fromLocal8Bit(archive_error_string(a.get()))));
            }
            content.append(block.constData(), int(n));
            m_total += n;
            if (content.size() > m_limits.maxEntryBytes) {
                return fail(Problem::EntryTooLarge,
                            tr("Entry \"%1\" is larger than %2 MB; refused.")
                                .arg(name)
                                .arg(m_limits.maxEntryBytes / (1024 * 1024)));
            }
            if (m_total > m_limits.maxTotalBytes) {
                return fail(Problem::TotalTooLarge,
                            tr("%1 unpacks to more than %2 MB; refused.")
                                .arg(displayName)
                                .arg(m_limits.maxTotalBytes / (1024 * 1024)));
            }
            if (m_total > m_limits.ratioFloorBytes
                && double(m_total) / double(qMax<qint64>(size, 1)) > m_limits.maxRatio) {
                return fail(Problem::RatioTooHigh,
                            tr("%1 inflates more than %2 times its size at entry \"%3\"; "
                               "refused as a zip bomb.")
                                .arg(displayName)
                                .arg(m_limits.maxRatio)
                                .arg(name));
            }
        }
        m_names << name;
        m_data.insert(name, content);
        if (m_entryRead)
            m_entryRead(name, content);
    }
    return true;
}

} // namespace sy
