#include "PackageReader.h"

#include "CatalogJson.h"
#include "PackageWriter.h"
#include "ParallelHash.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <thread>

namespace sy {

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

    SafeZipReader zip;
    zip.setLimits(m_limits);
    if (!zip.readFile(path)) {
        m_zipProblem = zip.problem();
        return fail(Problem::Zip, tr("%1 was refused: %2").arg(name, zip.errorString()));
    }
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
    // Hash everything present in parallel first; the checks below then only compare.
    QList<QByteArray> present;
    QStringList presentNames;
    for (const QJsonValue &v : files) {
        const QString p = v.toObject().value(QStringLiteral("path")).toString();
        if (zip.contains(p) && !presentNames.contains(p)) {
            presentNames << p;
            present << zip.data(p);
        }
    }
    // catalog.json is parsed on another thread while everything is hashed: parsing writes
    // nothing, and its result counts only after every hash below has checked out.
    QString error;
    bool parsed = false;
    const QByteArray catalog = zip.data(QStringLiteral("catalog.json"));
    std::thread parser([&] {
        if (!zip.contains(QStringLiteral("catalog.json")))
            return;
        parsed = m_streamed ? CatalogJson::readExceptResources(catalog, &m_snapshot,
                                                               &m_resourcesText, &error)
                            : CatalogJson::read(catalog, &m_snapshot, &error);
    });
    const QStringList presentHashes = sha256All(present);
    parser.join();
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
        const QString actual = presentHashes.at(presentNames.indexOf(p));
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

    if (!parsed)
        return fail(Problem::BadCatalog, tr("%1: %2").arg(name, error));
    for (AttachmentData &a : m_snapshot.attachments) {
        const QString p = CatalogJson::attachmentPath(a);
        if (!listed.contains(p))
            return fail(
                Problem::MissingFile,
                tr("%1: the attachment \"%2\" is missing from the package.").arg(name, a.fileName));
        a.data = zip.data(p);
        const QString actual = sha256Hex(a.data);
        if (actual != a.sha256)
            return fail(
                Problem::WrongHash,
                tr("%1: the attachment \"%2\" does not match its SHA-256.").arg(name, a.fileName));
    }
    for (const QString &p : std::as_const(m_files))
        m_data.insert(p, zip.data(p));
    return true;
}

} // namespace sy
