#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sy {

// Limits applied while a zip is streamed. Header sizes are never trusted: the counters grow with
// the bytes actually inflated, so a bomb is stopped after at most one block past the limit.
struct ZipLimits
{
    // Sized for the largest real catalog (100k resources: catalog.json ≈ 450 MB, ≈ 1 GB in all)
    // with room to spare; a package beyond these is refused, not half read.
    int maxEntries = 20000;
    qint64 maxEntryBytes = qint64(1536) * 1024 * 1024;
    qint64 maxTotalBytes = qint64(4096) * 1024 * 1024;
    // Total inflated bytes / archive bytes; only checked past ratioFloorBytes because tiny
    // archives of repetitive XML legitimately compress very well.
    double maxRatio = 200.0;
    qint64 ratioFloorBytes = qint64(8) * 1024 * 1024;
};

// Reads a whole zip (a package or an XLSX workbook) into memory, trusting nothing: absolute
// paths, "..", links and other non-regular entries, duplicate names, encrypted entries and
// damaged archives are refused, each with its own message naming the entry.
class SafeZipReader
{
    Q_DECLARE_TR_FUNCTIONS(sy::SafeZipReader)

public:
    enum class Problem {
        None,
        Open,
        Damaged,
        AbsolutePath,
        ParentPath,
        Link,
        NotRegular,
        Duplicate,
        Encrypted,
        TooManyEntries,
        EntryTooLarge,
        TotalTooLarge,
        RatioTooHigh,
    };

    void setLimits(const ZipLimits &limits) { m_limits = limits; }
    // Called on the reading thread with each entry as soon as it is read in full, before the
    // next one is inflated (PackageReader hashes and parses meanwhile). An entry handed over may
    // still belong to an archive that is refused after it.
    using EntryRead = std::function<void(const QString &name, const QByteArray &data)>;
    void setEntryRead(EntryRead callback) { m_entryRead = std::move(callback); }
    ZipLimits limits() const { return m_limits; }

    bool readFile(const QString &path);
    bool readData(const QByteArray &data, const QString &displayName = QString());

    QStringList names() const { return m_names; } // archive order, directories left out
    bool contains(const QString &name) const { return m_data.contains(name); }
    QByteArray data(const QString &name) const { return m_data.value(name); }
    qint64 totalBytes() const { return m_total; }

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }

    // The cleaned relative path of an entry name, or an empty string with *problem set when the
    // name is absolute or climbs out of the archive. Exposed for the tests.
    static QString cleanEntryName(const QString &name, Problem *problem);

private:
    bool read(const void *buffer, qint64 size, const QString &displayName);
    bool fail(Problem problem, const QString &message);
    void clear();

    ZipLimits m_limits;
    QStringList m_names;
    EntryRead m_entryRead;
    QHash<QString, QByteArray> m_data;
    qint64 m_total = 0;
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace sy
