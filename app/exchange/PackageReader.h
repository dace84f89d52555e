#pragma once

#include "CatalogSnapshot.h"
#include "SafeZipReader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sy {

// Opens a .sypkg and trusts nothing: the zip is streamed under limits (SafeZipReader), then the
// manifest must be there with a known format and version, every file it lists must be present
// with the stated size and SHA-256, and every file present must be listed. Only then is
// catalog.json parsed. Each refusal has its own problem code and translated message.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(sy::PackageReader)

public:
    enum class Problem {
        None,
        Zip, // see zipProblem()
        NoManifest,
        BadManifest,
        UnknownFormat,
        UnknownVersion,
        MissingFile,
        UnlistedFile,
        MissingHash,
        WrongHash,
        WrongSize,
        BadCatalog,
    };

    void setLimits(const ZipLimits &limits) { m_limits = limits; }
    // For an import into a new catalog: read() then leaves the snapshot's resources and items
    // empty and CatalogImporter::importPackage() streams them from resourcesText(), so that the
    // 450 MB of a 100k-resource catalog.json are parsed once, straight into the new file.
    void setResourcesStreamed(bool streamed) { m_streamed = streamed; }
    bool resourcesStreamed() const { return m_streamed; }
    bool read(const QString &path);

    Problem problem() const { return m_problem; }
    SafeZipReader::Problem zipProblem() const { return m_zipProblem; }
    QString errorString() const { return m_error; }

    const QJsonObject &manifest() const { return m_manifest; }
    const CatalogSnapshot &snapshot() const { return m_snapshot; }
    bool isDraft() const;
    bool isSurvey() const;
    QStringList files() const { return m_files; }
    QByteArray file(const QString &path) const { return m_data.value(path); }
    // The "resources" array of catalog.json when resources are streamed (a view of file()).
    QByteArrayView resourcesText() const { return m_resourcesText; }

private:
    bool fail(Problem problem, const QString &message);

    ZipLimits m_limits;
    Problem m_problem = Problem::None;
    SafeZipReader::Problem m_zipProblem = SafeZipReader::Problem::None;
    QString m_error;
    QJsonObject m_manifest;
    CatalogSnapshot m_snapshot;
    QStringList m_files;
    QHash<QString, QByteArray> m_data;
    QByteArrayView m_resourcesText;
    bool m_streamed = false;
};

} // namespace sy
