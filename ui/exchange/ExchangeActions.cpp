#include "ExchangeActions.h"

#include "CatalogDocument.h"
#include "ColumnMappingDialog.h"
#include "Dialogs.h"
#include "ExchangeTask.h"
#include "ExportOptionsDialog.h"
#include "ImportProblemsDialog.h"
#include "ItemInferenceDialog.h"
#include "MainWindow.h"
#include "MergeCommand.h"
#include "MergeDialog.h"

#include "exchange/CatalogImporter.h"
#include "exchange/MergeApplier.h"
#include "exchange/MergePlanner.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/SheetImporter.h"
#include "exchange/SurveyTemplate.h"
#include "exchange/TableExporter.h"
#include "store/CatalogStore.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QMenu>
#include <QUndoStack>

namespace sy {

ExchangeActions::ExchangeActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    QMenu *file = window.menu(QStringLiteral("file"));
    auto add = [&](const QString &name, const QString &text, void (ExchangeActions::*slot)(),
                   bool needsCatalog) {
        auto *action = new QAction(text, &window);
        action->setObjectName(name);
        if (file)
            file->insertAction(window.fileImportExportAnchor(), action);
        connect(action, &QAction::triggered, this, slot);
        if (needsCatalog)
            m_needCatalog << action;
        return action;
    };
    add(QStringLiteral("exportPackageAction"), tr("Export Submission &Package…"),
        &ExchangeActions::exportPackage, true);
    add(QStringLiteral("importPackageAction"), tr("&Import Package…"),
        &ExchangeActions::importPackage, false);
    add(QStringLiteral("importSpreadsheetAction"), tr("Import &Spreadsheet (XLSX/CSV)…"),
        &ExchangeActions::importSpreadsheet, true);
    add(QStringLiteral("surveyTemplateAction"), tr("Survey &Template…"),
        &ExchangeActions::surveyTemplate, true);
    add(QStringLiteral("exportSpreadsheetAction"), tr("Export Catalog or &Ledger as Spreadsheet…"),
        &ExchangeActions::exportSpreadsheet, true);
    if (file)
        file->insertSeparator(window.fileImportExportAnchor());
    m_inferItems = new QAction(tr("Information Items from a Sample &File…"), &window);
    m_inferItems->setObjectName(QStringLiteral("inferItemsAction"));
    connect(m_inferItems, &QAction::triggered, this, &ExchangeActions::inferItems);
    if (QMenu *resource = window.menu(QStringLiteral("resource")))
        resource->addAction(m_inferItems);
    m_needCatalog << m_inferItems;
    connect(window.document(), &CatalogDocument::catalogOpened, this,
            &ExchangeActions::updateEnabled);
    connect(window.document(), &CatalogDocument::catalogClosed, this,
            &ExchangeActions::updateEnabled);
    updateEnabled();
}

void ExchangeActions::updateEnabled()
{
    const bool open = m_window.document()->isOpen();
    for (QAction *a : std::as_const(m_needCatalog))
        a->setEnabled(open);
}

void ExchangeActions::exportPackage()
{
    CatalogDocument *doc = m_window.document();
    ExportOptionsDialog options(ExportOptionsDialog::Purpose::Package, doc->store()->offices(),
                                &m_window);
    if (Dialogs::exec(&options) != QDialog::Accepted)
        return;
    const QString path = Dialogs::getSaveFileName(
        &m_window, tr("Export Submission Package"), tr("Shuyuan package (*.sypkg)"),
        QFileInfo(doc->path()).completeBaseName() + QStringLiteral(".sypkg"));
    if (path.isEmpty())
        return;
    PackageOptions o;
    o.draft = options.draft();
    if (!options.officeIds().isEmpty()) {
        o.scope.kind = ExportScope::Offices;
        o.scope.officeIds = options.officeIds();
    }
    const QString catalog = doc->path();
    const auto profile = doc->profile();
    QStringList validationErrors;
    const ExchangeTask::Result r
        = ExchangeTask::run(&m_window, tr("Exporting the package"),
                            [&](const ExchangeProgress &progress, QString *error) {
                                CatalogStore store;
                                if (!store.openReadOnly(catalog)) {
                                    *error = store.errorString();
                                    return false;
                                }
                                PackageWriter writer(profile);
                                writer.setProgress(progress);
                                const bool ok = writer.write(store, path, o);
                                validationErrors = writer.validationErrors();
                                *error = writer.errorString();
                                return ok;
                            });
    if (r.ok) {
        m_window.showStatusMessage(tr("Package written: %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (r.cancelled)
        return;
    QString text = r.error;
    if (!validationErrors.isEmpty()) {
        text += QStringLiteral("\n\n") + validationErrors.mid(0, 20).join(QLatin1Char('\n'));
        if (validationErrors.size() > 20)
            text += QLatin1Char('\n')
                    + tr("… and %n more (see the Problems panel).", nullptr,
                         int(validationErrors.size() - 20));
    }
    Dialogs::warning(&m_window, tr("Export Submission Package"), text);
}

void ExchangeActions::mergeInteractively(MergePlan &plan)
{
    CatalogDocument *doc = m_window.document();
    MergeDialog dialog(&plan, &m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const QString catalog = doc->path();
    const QString backup = MergeApplier::defaultBackupPath(catalog);
    MergeUndo undo;
    const ExchangeTask::Result r = ExchangeTask::run(
        &m_window, tr("Merging"), [&](const ExchangeProgress &progress, QString *error) {
            CatalogStore store;
            if (!store.open(catalog)) {
                *error = store.errorString();
                return false;
            }
            store.setUser(doc->user());
            MergeApplier applier;
            applier.setProgress(progress);
            const bool ok = applier.apply(store, plan, backup, &undo);
            *error = applier.errorString();
            return ok;
        });
    if (!r.ok) {
        if (!r.cancelled)
            Dialogs::warning(&m_window, tr("Merge"), r.error);
        return;
    }
    // The report goes next to the backup, so the two can be found together.
    const QFileInfo info(backup);
    QString error;
    MergeApplier::saveReport(
        plan, info.dir().filePath(info.completeBaseName() + QStringLiteral(".report.json")),
        &error);
    doc->undoStack()->push(new MergeCommand(doc, plan, undo));
    doc->notifyOfficesChanged();
    doc->notifyResourcesChanged();
    m_window.showStatusMessage(
        tr("Merged. The catalog as it was is saved as %1.").arg(QDir::toNativeSeparators(backup)),
        10000);
}

void ExchangeActions::importPackage()
{
    const QString path = Dialogs::getOpenFileName(&m_window, tr("Import Package"),
                                                  tr("Shuyuan package (*.sypkg)"));
    if (path.isEmpty())
        return;
    CatalogDocument *doc = m_window.document();
    PackageReader reader;
    // Into a new catalog, the resources go from catalog.json straight into the file (parsed
    // once); a merge compares them with the open catalog, so it needs them in memory.
    reader.setResourcesStreamed(!doc->isOpen());
    ExchangeTask::Result r = ExchangeTask::run(&m_window, tr("Checking the package"),
                                               [&](const ExchangeProgress &, QString *error) {
                                                   const bool ok = reader.read(path);
                                                   *error = reader.errorString();
                                                   return ok;
                                               });
    if (!r.ok) {
        Dialogs::warning(&m_window, tr("Import Package"), r.error);
        return;
    }
    if (!doc->isOpen()) {
        // No catalog open: the package becomes a new catalog, an exact copy of the sender's.
        const QString target = Dialogs::getSaveFileName(
            &m_window, tr("New Catalog from the Package"), tr("Shuyuan catalog (*.sycat)"),
            QFileInfo(path).completeBaseName() + QStringLiteral(".sycat"));
        if (target.isEmpty())
            return;
        r = ExchangeTask::run(&m_window, tr("Importing the package"),
                              [&](const ExchangeProgress &progress, QString *error) {
                                  CatalogImporter importer;
                                  importer.setProgress(progress);
                                  const bool ok = importer.importPackage(target, reader);
                                  *error = importer.errorString();
                                  return ok;
                              });
        if (!r.ok) {
            if (!r.cancelled)
                Dialogs::warning(&m_window, tr("Import Package"), r.error);
            return;
        }
        m_window.openCatalog(target);
        return;
    }
    MergeOptions options;
    options.emptyTheirsClears = true;
    const QJsonArray scope = reader.manifest()
                                 .value(QStringLiteral("scope"))
                                 .toObject()
                                 .value(QStringLiteral("offices"))
                                 .toArray();
    for (const QJsonValue &v : scope)
        options.scopeOfficeUuids.insert(v.toString());
    MergePlan plan;
    const QString catalog = doc->path();
    const auto profile = doc->profile();
    r = ExchangeTask::run(
        &m_window, tr("Comparing with the catalog"), [&](const ExchangeProgress &, QString *error) {
            CatalogStore store;
            if (!store.openReadOnly(catalog)) {
                *error = store.errorString();
                return false;
            }
            return MergePlanner::plan(store, *profile, reader.snapshot(), options, &plan, error);
        });
    if (!r.ok) {
        if (!r.cancelled)
            Dialogs::warning(&m_window, tr("Import Package"), r.error);
        return;
    }
    plan.source = QFileInfo(path).fileName();
    mergeInteractively(plan);
}

void ExchangeActions::importSpreadsheet()
{
    const QString path = Dialogs::getOpenFileName(&m_window, tr("Import Spreadsheet"),
                                                  tr("Spreadsheets (*.xlsx *.csv *.txt)"));
    if (path.isEmpty())
        return;
    CatalogDocument *doc = m_window.document();
    SheetImporter importer(doc->profile());
    ExchangeTask::Result r = ExchangeTask::run(&m_window, tr("Reading the spreadsheet"),
                                               [&](const ExchangeProgress &, QString *error) {
                                                   const bool ok = importer.load(path);
                                                   *error = importer.errorString();
                                                   return ok;
                                               });
    if (!r.ok) {
        if (!r.cancelled)
            Dialogs::warning(&m_window, tr("Import Spreadsheet"), r.error);
        return;
    }
    ImportMapping initial = SheetImporter::rememberedMapping(importer.signature());
    if (initial.isEmpty())
        initial = importer.autoMapping();
    ColumnMappingDialog mapping(importer, *doc->profile(), initial, &m_window);
    if (Dialogs::exec(&mapping) != QDialog::Accepted)
        return;
    importer.setMapping(mapping.mapping());
    SheetImporter::rememberMapping(importer.signature(), mapping.mapping());
    CatalogSnapshot answer;
    QList<ImportProblem> problems;
    const QString catalog = doc->path();
    r = ExchangeTask::run(&m_window, tr("Checking the rows"),
                          [&](const ExchangeProgress &, QString *error) {
                              CatalogStore store;
                              if (!store.openReadOnly(catalog)) {
                                  *error = store.errorString();
                                  return false;
                              }
                              importer.build(&store, &answer, &problems);
                              return true;
                          });
    if (!r.ok) {
        if (!r.cancelled)
            Dialogs::warning(&m_window, tr("Import Spreadsheet"), r.error);
        return;
    }
    ImportProblemsDialog check(problems, importer.rowsRead(), int(answer.resources.size()),
                               &m_window);
    if (Dialogs::exec(&check) != QDialog::Accepted)
        return;
    MergeOptions options;
    options.baseTime = importer.templateCreated();
    options.scopeOfficeUuids = importer.templateOffices();
    options.detectDeleted = importer.isShuyuanTemplate() && !importer.templateOffices().isEmpty();
    MergePlan plan;
    const auto profile = doc->profile();
    r = ExchangeTask::run(
        &m_window, tr("Comparing with the catalog"), [&](const ExchangeProgress &, QString *error) {
            CatalogStore store;
            if (!store.openReadOnly(catalog)) {
                *error = store.errorString();
                return false;
            }
            return MergePlanner::plan(store, *profile, answer, options, &plan, error);
        });
    if (!r.ok) {
        if (!r.cancelled)
            Dialogs::warning(&m_window, tr("Import Spreadsheet"), r.error);
        return;
    }
    plan.source = QFileInfo(path).fileName();
    mergeInteractively(plan);
}

void ExchangeActions::surveyTemplate()
{
    CatalogDocument *doc = m_window.document();
    ExportOptionsDialog options(ExportOptionsDialog::Purpose::Template, doc->store()->offices(),
                                &m_window);
    if (Dialogs::exec(&options) != QDialog::Accepted)
        return;
    const bool package = options.surveyPackage();
    const QString path = Dialogs::getSaveFileName(
        &m_window, tr("Survey Template"),
        package ? tr("Shuyuan package (*.sypkg)") : tr("Excel workbook (*.xlsx)"),
        tr("survey") + (package ? QStringLiteral(".sypkg") : QStringLiteral(".xlsx")));
    if (path.isEmpty())
        return;
    const QString catalog = doc->path();
    const auto profile = doc->profile();
    const QList<qint64> offices = options.officeIds();
    const ExchangeTask::Result r
        = ExchangeTask::run(&m_window, tr("Writing the survey template"),
                            [&](const ExchangeProgress &progress, QString *error) {
                                CatalogStore store;
                                if (!store.openReadOnly(catalog)) {
                                    *error = store.errorString();
                                    return false;
                                }
                                if (package) {
                                    PackageWriter writer(profile);
                                    writer.setProgress(progress);
                                    PackageOptions o;
                                    o.survey = true;
                                    o.forms = false;
                                    if (!offices.isEmpty()) {
                                        o.scope.kind = ExportScope::Offices;
                                        o.scope.officeIds = offices;
                                    }
                                    const bool ok = writer.write(store, path, o);
                                    *error = writer.errorString();
                                    return ok;
                                }
                                SurveyTemplate t;
                                TemplateOptions o;
                                o.officeIds = offices;
                                const bool ok = t.write(store, *profile, path, o);
                                *error = t.errorString();
                                return ok;
                            });
    if (r.ok)
        m_window.showStatusMessage(
            tr("Survey template written: %1").arg(QDir::toNativeSeparators(path)));
    else if (!r.cancelled)
        Dialogs::warning(&m_window, tr("Survey Template"), r.error);
}

void ExchangeActions::exportSpreadsheet()
{
    CatalogDocument *doc = m_window.document();
    const QStringList choices{tr("Catalog (resources and information items)"),
                              tr("Information items only"),
                              tr("Ledger (数据资源底账) with a summary per office")};
    QInputDialog ask(&m_window);
    ask.setObjectName(QStringLiteral("exportSpreadsheetInputDialog"));
    ask.setWindowTitle(tr("Export as Spreadsheet"));
    ask.setLabelText(tr("What should the spreadsheet hold?"));
    ask.setComboBoxItems(choices);
    if (Dialogs::exec(&ask) != QDialog::Accepted)
        return;
    const int choice = int(choices.indexOf(ask.textValue()));
    const TableExporter::What what = choice == 1   ? TableExporter::What::Items
                                     : choice == 2 ? TableExporter::What::Ledger
                                                   : TableExporter::What::Catalog;
    const QString path = Dialogs::getSaveFileName(&m_window, tr("Export as Spreadsheet"),
                                                  tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString catalog = doc->path();
    const auto profile = doc->profile();
    const ExchangeTask::Result r = ExchangeTask::run(
        &m_window, tr("Exporting"), [&](const ExchangeProgress &, QString *error) {
            CatalogStore store;
            if (!store.openReadOnly(catalog)) {
                *error = store.errorString();
                return false;
            }
            TableExporter exporter(profile);
            const bool ok = exporter.exportTable(store, what, path);
            *error = exporter.errorString();
            return ok;
        });
    if (r.ok)
        m_window.showStatusMessage(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    else if (!r.cancelled)
        Dialogs::warning(&m_window, tr("Export as Spreadsheet"), r.error);
}

void ExchangeActions::inferItems()
{
    CatalogDocument *doc = m_window.document();
    const qint64 resourceId = m_window.currentResourceId();
    if (resourceId <= 0) {
        Dialogs::information(&m_window, tr("Information Items from a Sample File"),
                             tr("Select the resource the sample data belongs to first."));
        return;
    }
    const QString path = Dialogs::getOpenFileName(&m_window, tr("Sample Data File"),
                                                  tr("Data files (*.csv *.txt *.xlsx)"));
    if (path.isEmpty())
        return;
    ItemInference inference;
    if (!inference.inferFile(path)) {
        Dialogs::warning(&m_window, tr("Information Items from a Sample File"),
                         inference.errorString());
        return;
    }
    ItemInferenceDialog dialog(inference.columns(), &m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    QList<InfoItem> items = doc->store()->items(resourceId);
    items += dialog.chosenItems();
    doc->setItems(resourceId, items,
                  tr("Add information items from %1").arg(QFileInfo(path).fileName()));
}

} // namespace sy
