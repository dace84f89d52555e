#pragma once

#include "CatalogSnapshot.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace sy {

class CatalogStore;

// One sheet of a workbook or one CSV file, as text.
struct SheetData
{
    QString name;
    bool hidden = false;
    QList<QStringList> rows;
    QList<int> lines; // 1-based source row (CSV records can span lines)
};

// How the columns of the answer map onto the profile. Headers are remembered rather than column
// numbers, so a mapping survives reordered columns.
struct ImportMapping
{
    QString resourceSheet;
    int resourceHeaderRow = 0;
    QHash<QString, QString> resourceColumns; // header text → field key ("" = ignore)
    QString itemSheet;
    int itemHeaderRow = 0;
    QHash<QString, QString> itemColumns; // header → item key, "@resource_code", "@resource_name"

    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject &json);
    bool isEmpty() const { return resourceSheet.isEmpty() && itemSheet.isEmpty(); }
};

struct ImportProblem
{
    QString sheet;
    int row = 0;     // 1-based as the clerk sees it; 0 = the sheet as a whole
    QString column;  // header text
    QString message; // translated
    Severity severity = Severity::Error;
};

// Reads a filled survey workbook, the common catalog template (DOMAIN.md §2.7 A: a catalog
// sheet and an information-item sheet) or a CSV, maps its columns onto the profile (headers in
// zh, en and the profile's synonyms), and turns the rows into a snapshot for the merge, with a
// per-row problem list for the dry run.
class SheetImporter
{
    Q_DECLARE_TR_FUNCTIONS(sy::SheetImporter)

public:
    static constexpr const char *uuidKey = "@uuid";
    static constexpr const char *resourceCodeKey = "@resource_code";
    static constexpr const char *resourceNameKey = "@resource_name";

    explicit SheetImporter(std::shared_ptr<const Profile> profile);

    bool load(const QString &path);
    void setSheets(const QList<SheetData> &sheets) { m_sheets = sheets; }
    QList<SheetData> sheets() const { return m_sheets; }
    QString fileName() const { return m_fileName; }

    // Guesses sheets, header rows and columns from the headers.
    ImportMapping autoMapping() const;
    void setMapping(const ImportMapping &mapping) { m_mapping = mapping; }
    ImportMapping mapping() const { return m_mapping; }
    // Identifies the template by its sheet names and headers (for remembered mappings).
    QString signature() const;
    // Headers of a sheet's header row.
    QStringList headers(const QString &sheet, int headerRow) const;

    // From the hidden _shuyuan sheet of Shuyuan's own templates.
    QDateTime templateCreated() const { return m_templateCreated; }
    QSet<QString> templateOffices() const { return m_templateOffices; }
    bool isShuyuanTemplate() const { return m_templateCreated.isValid(); }

    // Builds the answer. The store (may be null) resolves office names and codes and resources
    // named only in the item sheet. Problems never stop the build: rows with errors are left out.
    bool build(const CatalogStore *store, CatalogSnapshot *out, QList<ImportProblem> *problems);
    int rowsRead() const { return m_rowsRead; }

    // The dry-run report as XLSX (by extension) or CSV.
    static bool
    saveProblems(const QList<ImportProblem> &problems, const QString &path, QString *error);

    // Remembered mappings per template signature (QSettings, organisation "Shuyuan").
    static void rememberMapping(const QString &signature, const ImportMapping &mapping);
    static ImportMapping rememberedMapping(const QString &signature);

    QString errorString() const { return m_error; }

private:
    int score(const SheetData &sheet, int headerRow, const QString &entity) const;
    QString mapHeader(const QString &entity, const QString &header) const;

    std::shared_ptr<const Profile> m_profile;
    QList<SheetData> m_sheets;
    ImportMapping m_mapping;
    QString m_fileName;
    QDateTime m_templateCreated;
    QSet<QString> m_templateOffices;
    int m_rowsRead = 0;
    QString m_error;
};

} // namespace sy
