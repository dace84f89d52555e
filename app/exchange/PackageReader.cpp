#include "PackageReader.h"

#include "CatalogJson.h"
#include "PackageWriter.h"
#include "ParallelHash.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sy {

namespace {

// Hashes each entry of a package on a thread of its own as soon as libarchive has inflated it,
// so that the hashing overlaps the inflating of the entries after it.
class EntryHasher
{
public:
    EntryHasher()
    {
        m_thread = std::thread([this] { run(); });
    }
    ~EntryHasher() { finish(); }
    EntryHasher(const EntryHasher &) = delete;
    EntryHasher &operator=(const EntryHasher &) = delete;

    void add(const QString &name, const QByteArray &data)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_queue.push_back({name, data});
        }
        m_changed.notify_one();
    }
    // Waits for every entry added; path → SHA-256 (hex).
    QHash<QString, QString> finish()
    {
        if (m_thread.joinable()) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_closed = true;
            }
            m_changed.notify_one();
            m_thread.join();
        }
        return m_hashes;
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            const std::pair<QString, QByteArray> entry = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            const QString hash = sha256Hex(entry.second);
            lock.lock();
            m_hashes.insert(entry.first, hash);
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<QString, QByteArray>> m_queue;
    QHash<QString, QString> m_hashes;
    bool m_closed = false;
    std::thread m_thread;
};

} // namespace

bool PackageReader::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    m_snapshot = CatalogSnapshot();
    m_data.clear();
    m_resourcesText = QByteArrayView();
    return false;
}

bool PackageReader::isDraft() const
{
    return m_manifest.value(QStringLiteral("draft")).toBool();
}

bool PackageReader::isSurvey() const
{
    return m_manifest.value(QStringLiteral("kind")).toString() == QLatin1String("survey");
}

bool PackageReader::read(const QString &path)
{
    m_problem = Problem::None;
    m_zipProblem = SafeZipReader::Problem::None;
    m_error.clear();
    m_manifest = QJsonObject();
    m_files.clear();
    m_data.clear();
    m_resourcesText = QByteArrayView();
    const QString name = QFileInfo(path).fileName();

    // While libarchive inflates the package on this thread, each entry is hashed on another as
    // soon as it is complete, and catalog.json is parsed on a third: the three steps overlap
    // instead of following each other. Nothing of it counts until the checks below have passed;
    // the parse writes only these locals, and the guard joins both threads on every return.
    QString error;
    bool parsed = false;
    CatalogSnapshot parsedSnapshot;
    QByteArrayView parsedResources;
    QByteArray catalog;
    std::thread parser;
    EntryHasher hasher;
    struct JoinParser
    {
        std::thread &thread;
        ~JoinParser()
        {
            if (thread.joinable())
                thread.join();
        }
    } joinParser{parser};
    SafeZipReader zip;
    zip.setLimits(m_limits);
    zip.setEntryRead([&](const QString &entry, const QByteArray &data) {
        hasher.add(entry, data);
        if (entry == QLatin1String("catalog.json") && !parser.joinable()) {
            catalog = data;
            parser = std::thread([&] {
                parsed = m_streamed ? CatalogJson::readExceptResources(catalog, &parsedSnapshot,
                                                                       &parsedResources, &error)
                                    : CatalogJson::read(catalog, &parsedSnapshot, &error);
            });
        }
    });
    if (!zip.readFile(path)) {
        m_zipProblem = zip.problem();
        return fail(Problem::Zip, tr("%1 was refused: %2").arg(name, zip.errorString()));
    }
    const QHash<QString, QString> hashes = hasher.finish();
    if (!zip.contains(QStringLiteral("manifest.json")))
        return fail(Problem::NoManifest,
                    tr("%1 is not a Shuyuan package: manifest.json is missing.").arg(name));
    QJsonParseError perr;
    const QJsonDocument doc
        = QJsonDocument::fromJson(zip.data(QStringLiteral("manifest.json")), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Problem::BadManifest,
                    tr("%1: manifest.json is not valid JSON (%2).").arg(name, perr.errorString()));
    m_manifest = doc.object();
    const QString format = m_manifest.value(QStringLiteral("format")).toString();
    if (format != PackageWriter::formatId())
        return fail(Problem::UnknownFormat,
                    tr("%1 is not a Shuyuan package (format \"%2\").").arg(name, format));
    const QJsonValue versionValue = m_manifest.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1 || version > PackageWriter::formatVersion)
        return fail(Problem::UnknownVersion,
                    tr("%1 has package format version %2; this Shuyuan reads version %3. Update "
                       "Shuyuan to import it.")
                        .arg(name, versionValue.toVariant().toString())
                        .arg(PackageWriter::formatVersion));

    const QJsonValue filesValue = m_manifest.value(QStringLiteral("files"));
    if (!filesValue.isArray())
        return fail(Problem::BadManifest, tr("%1: manifest.json lists no files.").arg(name));
    QSet<QString> listed;
    const QJsonArray files = filesValue.toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QString p = f.value(QStringLiteral("path")).toString();
        SafeZipReader::Problem pathProblem = SafeZipReader::Problem::None;
        const QString clean = SafeZipReader::cleanEntryName(p, &pathProblem);
        if (p.isEmpty() || clean != p)
            return fail(Problem::BadManifest,
                        tr("%1: manifest.json lists an unsafe path \"%2\".").arg(name, p));
        if (listed.contains(p))
            return fail(Problem::BadManifest,
                        tr("%1: manifest.json lists \"%2\" twice.").arg(name, p));
        listed.insert(p);
        if (!zip.contains(p))
            return fail(Problem::MissingFile,
                        tr("%1: \"%2\" is listed in the manifest but missing from the package.")
                            .arg(name, p));
        const QString sha = f.value(QStringLiteral("sha256")).toString();
        if (sha.size() != 64)
            return fail(Problem::MissingHash,
                        tr("%1: the manifest gives no SHA-256 for \"%2\".").arg(name, p));
        const QByteArray data = zip.data(p);
        if (!f.value(QStringLiteral("bytes")).isDouble()
            || qint64(f.value(QStringLiteral("bytes")).toDouble()) != data.size())
            return fail(Problem::WrongSize,
                        tr("%1: \"%2\" has %3 bytes, but the manifest says %4.")
                            .arg(name, p)
                            .arg(data.size())
                            .arg(f.value(QStringLiteral("bytes")).toVariant().toString()));
        const QString actual = hashes.value(p);
        if (actual.compare(sha, Qt::CaseInsensitive) != 0)
            return fail(Problem::WrongHash,
                        tr("%1: \"%2\" does not match its SHA-256 in the manifest; the package was "
                           "changed or damaged after it was written.")
                            .arg(name, p));
        m_files << p;
    }
    const QStringList inArchive = zip.names();
    for (const QString &p : inArchive) {
        if (p != QLatin1String("manifest.json") && !listed.contains(p))
            return fail(Problem::UnlistedFile,
                        tr("%1: \"%2\" is in the package but not in its manifest, so its hash "
                           "cannot be checked.")
                            .arg(name, p));
    }
    if (!listed.contains(QStringLiteral("catalog.json")))
        return fail(Problem::MissingFile,
                    tr("%1: catalog.json is missing from the package.").arg(name));

    parser.join(); // catalog.json is listed, so it was read and its parse started
    if (!parsed)
        return fail(Problem::BadCatalog, tr("%1: %2").arg(name, error));
    m_snapshot = std::move(parsedSnapshot);
    m_resourcesText = parsedResources; // a view into catalog.json, which m_data keeps below
    for (AttachmentData &a : m_snapshot.attachments) {
        const QString p = CatalogJson::attachmentPath(a);
        if (!listed.contains(p))
            return fail(
                Problem::MissingFile,
                tr("%1: the attachment \"%2\" is missing from the package.").arg(name, a.fileName));
        a.data = zip.data(p);
        if (hashes.value(p) != a.sha256) // hashed while the package was read
            return fail(
                Problem::WrongHash,
                tr("%1: the attachment \"%2\" does not match its SHA-256.").arg(name, a.fileName));
    }
    for (const QString &p : std::as_const(m_files))
        m_data.insert(p, zip.data(p));
    return true;
}

} // namespace sy
