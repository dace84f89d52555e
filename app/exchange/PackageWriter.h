#pragma once

#include "CatalogSnapshot.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace sy {

class CatalogStore;

struct PackageOptions
{
    ExportScope scope;
    bool draft = false;  // export despite validation errors; the manifest says so
    bool survey = false; // a survey package for offices (kind "survey" in the manifest)
    bool forms = true;   // render forms/*.pdf for the registrations included
};

// Progress and cancellation shared by the long operations of this layer; the callbacks run on
// the worker's thread.
struct ExchangeProgress
{
    std::function<void(int percent, const QString &step)> report;
    std::function<bool()> cancelled;

    void step(int percent, const QString &text) const
    {
        if (report)
            report(percent, text);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

// Writes a .sypkg (DESIGN.md): manifest.json, catalog.json, datapackage.json, tables/*.csv,
// dcat.jsonld, forms/*.pdf, attachments/. The archive goes through ZipWriter (QSaveFile), so a
// refusal, an error or Cancel leaves no file and never a half-written one. The dialog only
// picks a path; this class does the work.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(sy::PackageWriter)

public:
    static constexpr int formatVersion = 1;
    static QString formatId() { return QStringLiteral("shuyuan-package"); }

    // Returns the translated errors that forbid a non-draft export (empty = fine).
    using Validator = std::function<QStringList(const Profile &, const CatalogSnapshot &)>;
    // Renders one registration's printed form as PDF.
    using FormRenderer = std::function<bool(const Profile &,
                                            const CatalogSnapshot &,
                                            const Registration &,
                                            QByteArray *pdf,
                                            QString *error)>;

    explicit PackageWriter(std::shared_ptr<const Profile> profile);

    // The rules layer's validation and the report layer's forms by default (ExchangeHooks).
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setFormRenderer(FormRenderer renderer) { m_renderer = std::move(renderer); }
    void setProgress(const ExchangeProgress &progress) { m_progress = progress; }
    // Asked once everything is written, before the package replaces its path; false (with a
    // message) discards it. The CLI's export checks the catalog file's integrity meanwhile.
    using CommitGate = std::function<bool(QString *error)>;
    void setCommitGate(CommitGate gate) { m_commitGate = std::move(gate); }

    bool write(const CatalogStore &store, const QString &path, const PackageOptions &options);
    bool writeSnapshot(const CatalogSnapshot &snapshot,
                       const QString &path,
                       const PackageOptions &options);

    QString errorString() const { return m_error; }
    QStringList validationErrors() const { return m_validationErrors; }
    bool wasCancelled() const { return m_cancelled; }
    int fileCount() const { return m_files; }

private:
    bool fail(const QString &message);
    // snapshotDone (if set) is called once `s` is no longer read, before the archive is written.
    bool writePackage(const CatalogSnapshot &s,
                      const QString &path,
                      const PackageOptions &options,
                      const std::function<void()> &snapshotDone);

    std::shared_ptr<const Profile> m_profile;
    Validator m_validator;
    FormRenderer m_renderer;
    ExchangeProgress m_progress;
    CommitGate m_commitGate;
    QString m_error;
    QStringList m_validationErrors;
    bool m_cancelled = false;
    int m_files = 0;
};

} // namespace sy
