// Verbs that move data in and out: export, import, merge, template, import-table, export-table,
// infer-items. The work is done by app/exchange; these only parse arguments and report.
#include "CliSupport.h"
#include "exchange/CatalogImporter.h"
#include "exchange/ItemInference.h"
#include "exchange/MergeApplier.h"
#include "exchange/MergePlanner.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/SheetImporter.h"
#include "exchange/SurveyTemplate.h"
#include "exchange/TableExporter.h"
#include "model/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sy::cli {

namespace {

class ExchangeVerbs
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::ExchangeVerbs)

public:
    static int exportPackage(CliContext &ctx, const QStringList &args);
    static int importPackage(CliContext &ctx, const QStringList &args);
    static int merge(CliContext &ctx, const QStringList &args);
    static int makeTemplate(CliContext &ctx, const QStringList &args);
    static int importTable(CliContext &ctx, const QStringList &args);
    static int exportTable(CliContext &ctx, const QStringList &args);
    static int inferItems(CliContext &ctx, const QStringList &args);

private:
    static bool resolveOffices(const CatalogStore &store,
                               const QStringList &names,
                               QList<qint64> *ids,
                               CliContext &ctx);
    // Reads an answer (package or spreadsheet) into a snapshot and merge options.
    static int readAnswer(const CatalogStore &store,
                          const QString &path,
                          const QString &mappingPath,
                          CatalogSnapshot *theirs,
                          MergeOptions *options,
                          QList<ImportProblem> *problems,
                          CliContext &ctx,
                          int *rowsRead = nullptr);
    static int applyPlan(CatalogStore &store,
                         MergePlan &plan,
                         const QCommandLineParser &parser,
                         bool dryRun,
                         const QString &reportPath,
                         CliContext &ctx);
};

bool ExchangeVerbs::resolveOffices(const CatalogStore &store,
                                   const QStringList &names,
                                   QList<qint64> *ids,
                                   CliContext &ctx)
{
    const QList<Office> offices = store.offices();
    for (const QString &n : names) {
        bool found = false;
        for (const Office &o : offices) {
            if (o.name == n || o.code == n || o.uuid == n) {
                *ids << o.id;
                found = true;
            }
        }
        if (!found) {
            ctx.err << tr("There is no office “%1” in the catalog.").arg(n) << Qt::endl;
            return false;
        }
    }
    return true;
}

int ExchangeVerbs::exportPackage(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a submission package (.sypkg): manifest, catalog.json, "
           "CSV tables with datapackage.json, DCAT, forms and attachments."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog file"));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), tr("the package to write (*.sypkg)"));
    const QCommandLineOption draft(
        QStringLiteral("draft"),
        tr("export even when validation finds errors (marked as a draft)"));
    const QCommandLineOption survey(QStringLiteral("survey"),
                                    tr("write a survey package for offices"));
    const QCommandLineOption office(
        QStringLiteral("office"), tr("only this office (name or code); repeatable"), tr("office"));
    const QCommandLineOption registration(
        QStringLiteral("registration"),
        tr("only this registration (form number or id); repeatable"), tr("registration"));
    const QCommandLineOption noForms(QStringLiteral("no-forms"), tr("leave out the printed forms"));
    const QCommandLineOption timing(QStringLiteral("timing"), tr("print the time of each step"));
    parser.addOptions({draft, survey, office, registration, noForms, timing});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("export"), args, ctx, &code, 2, 2))
        return code;
    // The file's quick_check (2 s at 100k resources) runs beside the export's reading; the
    // package replaces its path only once the check has passed.
    CatalogStore store;
    const QString catalogPath = parser.positionalArguments().at(0);
    if ((code = openCatalog(store, catalogPath, ctx, true, CatalogStore::IntegrityCheck::Deferred))
        != Ok)
        return code;
    DeferredIntegrityCheck integrity(catalogPath);
    PackageOptions options;
    options.draft = parser.isSet(draft);
    options.survey = parser.isSet(survey);
    options.forms = !parser.isSet(noForms);
    if (parser.isSet(office)) {
        options.scope.kind = ExportScope::Offices;
        if (!resolveOffices(store, parser.values(office), &options.scope.officeIds, ctx))
            return Usage;
    } else if (parser.isSet(registration)) {
        options.scope.kind = ExportScope::Registrations;
        const QList<Registration> all = store.registrations();
        for (const QString &r : parser.values(registration)) {
            bool found = false;
            for (const Registration &reg : all) {
                if (reg.formNumber == r || QString::number(reg.id) == r || reg.uuid == r) {
                    options.scope.registrationIds << reg.id;
                    found = true;
                }
            }
            if (!found) {
                ctx.err << tr("There is no registration “%1” in the catalog.").arg(r) << Qt::endl;
                return Usage;
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    PackageWriter writer(Profile::builtin());
    if (parser.isSet(timing)) {
        ExchangeProgress progress;
        progress.report = [&ctx, &timer](int, const QString &step) {
            ctx.out << QStringLiteral("%1 ms\t%2").arg(timer.elapsed(), 7).arg(step) << Qt::endl;
        };
        writer.setProgress(progress);
    }
    writer.setCommitGate([&integrity](QString *error) { return integrity.passed(error); });
    const QString out = parser.positionalArguments().at(1);
    if (!writer.write(store, out, options)) {
        ctx.err << writer.errorString() << Qt::endl;
        const QStringList errors = writer.validationErrors();
        for (int i = 0; i < errors.size() && i < 50; ++i)
            ctx.err << QStringLiteral("  ") << errors.at(i) << Qt::endl;
        if (errors.size() > 50)
            ctx.err << tr("  … and %n more.", nullptr, int(errors.size() - 50)) << Qt::endl;
        return errors.isEmpty() ? IoError : Findings;
    }
    ctx.out << tr("Wrote %1 (%2 files, %3) in %4 ms.")
                   .arg(QDir::toNativeSeparators(out))
                   .arg(writer.fileCount())
                   .arg(humanBytes(QFileInfo(out).size()))
                   .arg(timer.elapsed())
            << Qt::endl;
    return Ok;
}

int ExchangeVerbs::readAnswer(const CatalogStore &store,
                              const QString &path,
                              const QString &mappingPath,
                              CatalogSnapshot *theirs,
                              MergeOptions *options,
                              QList<ImportProblem> *problems,
                              CliContext &ctx,
                              int *rowsRead)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("sypkg") || suffix == QLatin1String("zip")) {
        PackageReader reader;
        if (!reader.read(path)) {
            ctx.err << reader.errorString() << Qt::endl;
            return QFileInfo::exists(path) ? Usage : IoError;
        }
        *theirs = reader.snapshot();
        options->emptyTheirsClears = true;
        const QJsonArray scope = reader.manifest()
                                     .value(QStringLiteral("scope"))
                                     .toObject()
                                     .value(QStringLiteral("offices"))
                                     .toArray();
        for (const QJsonValue &v : scope)
            options->scopeOfficeUuids.insert(v.toString());
        return Ok;
    }
    if (!QFileInfo::exists(path)) {
        ctx.err << tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return IoError;
    }
    SheetImporter importer(Profile::builtin());
    if (!importer.load(path)) {
        ctx.err << importer.errorString() << Qt::endl;
        return Usage;
    }
    if (!mappingPath.isEmpty()) {
        QFile file(mappingPath);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << tr("Cannot read the mapping %1: %2").arg(mappingPath, file.errorString())
                    << Qt::endl;
            return IoError;
        }
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
        if (!doc.isObject()) {
            ctx.err
                << tr("The mapping %1 is not valid JSON: %2").arg(mappingPath, perr.errorString())
                << Qt::endl;
            return Usage;
        }
        // A mapping may name only some headers; the rest are matched automatically.
        ImportMapping m = importer.autoMapping();
        const ImportMapping given = ImportMapping::fromJson(doc.object());
        if (!given.resourceSheet.isEmpty()) {
            m.resourceSheet = given.resourceSheet;
            m.resourceHeaderRow = given.resourceHeaderRow;
        }
        if (!given.itemSheet.isEmpty()) {
            m.itemSheet = given.itemSheet;
            m.itemHeaderRow = given.itemHeaderRow;
        }
        for (auto it = given.resourceColumns.cbegin(); it != given.resourceColumns.cend(); ++it)
            m.resourceColumns.insert(it.key(), it.value());
        for (auto it = given.itemColumns.cbegin(); it != given.itemColumns.cend(); ++it)
            m.itemColumns.insert(it.key(), it.value());
        importer.setMapping(m);
    } else {
        const ImportMapping remembered = SheetImporter::rememberedMapping(importer.signature());
        importer.setMapping(remembered.isEmpty() ? importer.autoMapping() : remembered);
    }
    importer.build(&store, theirs, problems);
    if (rowsRead)
        *rowsRead = importer.rowsRead();
    options->emptyTheirsClears = false;
    options->baseTime = importer.templateCreated();
    options->scopeOfficeUuids = importer.templateOffices();
    // Only a prefilled template of known offices can say that a resource was removed.
    options->detectDeleted = importer.isShuyuanTemplate() && !importer.templateOffices().isEmpty();
    return Ok;
}

int ExchangeVerbs::applyPlan(CatalogStore &store,
                             MergePlan &plan,
                             const QCommandLineParser &parser,
                             bool dryRun,
                             const QString &reportPath,
                             CliContext &ctx)
{
    if (parser.isSet(QStringLiteral("theirs"))) {
        for (ResourceMerge &r : plan.resources) {
            for (MergeFieldDiff &f : r.fields)
                f.takeTheirs = true;
        }
    } else if (parser.isSet(QStringLiteral("mine"))) {
        for (ResourceMerge &r : plan.resources) {
            for (MergeFieldDiff &f : r.fields) {
                if (f.conflict)
                    f.takeTheirs = false;
            }
        }
    }
    if (parser.isSet(QStringLiteral("delete-missing"))) {
        for (ResourceMerge &r : plan.resources) {
            if (r.status == MergeStatus::Deleted)
                r.accept = true;
        }
    }
    ctx.out << plan.toText();
    if (!reportPath.isEmpty()) {
        QString error;
        if (!MergeApplier::saveReport(plan, reportPath, &error)) {
            ctx.err << error << Qt::endl;
            return IoError;
        }
    }
    if (dryRun)
        return Ok;
    MergeApplier applier;
    const QString backup = MergeApplier::defaultBackupPath(store.path());
    if (!applier.apply(store, plan, backup)) {
        ctx.err << applier.errorString() << Qt::endl;
        return IoError;
    }
    ctx.out << tr("Merged. The catalog as it was before is saved as %1.")
                   .arg(QDir::toNativeSeparators(backup))
            << Qt::endl;
    return Ok;
}

int ExchangeVerbs::importPackage(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a package: into a new catalog (an exact copy), or "
                                        "into an existing one (a merge with a backup first)."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), tr("the package (*.sypkg)"));
    parser.addPositionalArgument(QStringLiteral("CATALOG"),
                                 tr("the catalog to create or merge into"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("merge into the existing CATALOG instead of creating it"));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    tr("resolve every difference with the package's value"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  tr("resolve conflicts with the catalog's value"));
    const QCommandLineOption deleteMissing(QStringLiteral("delete-missing"),
                                           tr("delete resources the package no longer has"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("write the merge report (JSON, with a .txt beside it)"),
                                    tr("file"));
    parser.addOptions({into, theirs, mine, deleteMissing, report});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("import"), args, ctx, &code, 2, 2))
        return code;
    const QString packagePath = parser.positionalArguments().at(0);
    const QString catalogPath = parser.positionalArguments().at(1);
    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(into)) {
        if (QFileInfo::exists(catalogPath)) {
            ctx.err << tr("“%1” already exists; use --into to merge into it.")
                           .arg(QDir::toNativeSeparators(catalogPath))
                    << Qt::endl;
            return Usage;
        }
        PackageReader reader;
        reader.setResourcesStreamed(true);
        if (!reader.read(packagePath)) {
            ctx.err << reader.errorString() << Qt::endl;
            return QFileInfo::exists(packagePath) ? Usage : IoError;
        }
        const qint64 readMs = timer.elapsed();
        CatalogImporter importer;
        if (!importer.importPackage(catalogPath, reader)) {
            ctx.err << importer.errorString() << Qt::endl;
            return IoError;
        }
        ctx.out << tr("Created %1 with %2 resources in %3 ms (package checked and read in %4 ms).")
                       .arg(QDir::toNativeSeparators(catalogPath))
                       .arg(importer.resourcesWritten())
                       .arg(timer.elapsed())
                       .arg(readMs)
                << Qt::endl;
        return Ok;
    }
    CatalogStore store;
    if ((code = openCatalog(store, catalogPath, ctx)) != Ok)
        return code;
    CatalogSnapshot answer;
    MergeOptions options;
    QList<ImportProblem> problems;
    if ((code = readAnswer(store, packagePath, QString(), &answer, &options, &problems, ctx)) != Ok)
        return code;
    MergePlan plan;
    QString error;
    if (!MergePlanner::plan(store, *Profile::builtin(), answer, options, &plan, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    plan.source = QFileInfo(packagePath).fileName();
    return applyPlan(store, plan, parser, false, parser.value(report), ctx);
}

int ExchangeVerbs::merge(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Merge an answer (a package, or a filled XLSX/CSV) into a "
                                        "catalog: new, identical, changed, conflicting and deleted "
                                        "resources, resolved field by field."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog"));
    parser.addPositionalArgument(QStringLiteral("ANSWER"),
                                 tr("the answer (*.sypkg, *.xlsx, *.csv)"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("only show what would change"));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    tr("resolve every difference with the answer's value"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  tr("resolve conflicts with the catalog's value"));
    const QCommandLineOption deleteMissing(QStringLiteral("delete-missing"),
                                           tr("delete resources the answer no longer has"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("write the merge report (JSON, with a .txt beside it)"),
                                    tr("file"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("column mapping for spreadsheets (JSON)"), tr("file"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("when the survey went out (ISO date-time): older local edits are not conflicts"),
        tr("time"));
    parser.addOptions({dryRun, theirs, mine, deleteMissing, report, mapping, since});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("merge"), args, ctx, &code, 2, 2))
        return code;
    CatalogStore store;
    if ((code = openCatalog(store, parser.positionalArguments().at(0), ctx, parser.isSet(dryRun)))
        != Ok)
        return code;
    CatalogSnapshot answer;
    MergeOptions options;
    QList<ImportProblem> problems;
    const QString answerPath = parser.positionalArguments().at(1);
    if ((code
         = readAnswer(store, answerPath, parser.value(mapping), &answer, &options, &problems, ctx))
        != Ok)
        return code;
    if (parser.isSet(since))
        options.baseTime = QDateTime::fromString(parser.value(since), Qt::ISODate);
    for (const ImportProblem &p : std::as_const(problems)) {
        ctx.err << QStringLiteral("%1:%2 %3: %4").arg(p.sheet).arg(p.row).arg(p.column, p.message)
                << Qt::endl;
    }
    MergePlan plan;
    QString error;
    if (!MergePlanner::plan(store, *Profile::builtin(), answer, options, &plan, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    plan.source = QFileInfo(answerPath).fileName();
    code = applyPlan(store, plan, parser, parser.isSet(dryRun), parser.value(report), ctx);
    if (code == Ok && parser.isSet(dryRun) && plan.count(MergeStatus::Conflict) > 0)
        return Findings;
    return code;
}

int ExchangeVerbs::makeTemplate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a survey template: an XLSX workbook with drop-down lists "
           "(OUT.xlsx), or a survey package for offices running Shuyuan "
           "(OUT.sypkg)."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("the template to write (*.xlsx or *.sypkg)"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("for this office (name or code); repeatable"), tr("office"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   tr("do not prefill the offices' current resources"));
    parser.addOptions({office, empty});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("template"), args, ctx, &code, 2, 2))
        return code;
    CatalogStore store;
    if ((code = openCatalog(store, parser.positionalArguments().at(0), ctx, true)) != Ok)
        return code;
    QList<qint64> offices;
    if (!resolveOffices(store, parser.values(office), &offices, ctx))
        return Usage;
    const QString out = parser.positionalArguments().at(1);
    if (out.endsWith(QLatin1String(".sypkg"), Qt::CaseInsensitive)) {
        PackageOptions options;
        options.survey = true;
        options.forms = false;
        if (!offices.isEmpty()) {
            options.scope.kind = ExportScope::Offices;
            options.scope.officeIds = offices;
        }
        PackageWriter writer(Profile::builtin());
        if (!writer.write(store, out, options)) {
            ctx.err << writer.errorString() << Qt::endl;
            return IoError;
        }
    } else {
        TemplateOptions options;
        options.officeIds = offices;
        options.prefill = !parser.isSet(empty);
        SurveyTemplate t;
        if (!t.write(store, *Profile::builtin(), out, options)) {
            ctx.err << t.errorString() << Qt::endl;
            return IoError;
        }
    }
    ctx.out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int ExchangeVerbs::importTable(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import resources and information items from a spreadsheet "
           "(XLSX or CSV in UTF-8/GBK): dry run with a per-row report, "
           "then a merge into the catalog."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the spreadsheet (*.xlsx, *.csv)"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        tr("column mapping (JSON: resource_columns / item_columns: header → field key)"),
        tr("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("only check the rows and show what would change"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("save the per-row problems (XLSX or CSV)"), tr("file"));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    tr("resolve every difference with the spreadsheet's value"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  tr("resolve conflicts with the catalog's value"));
    const QCommandLineOption showMapping(QStringLiteral("show-mapping"),
                                         tr("print the column mapping as JSON and stop"));
    const QCommandLineOption deleteMissing(QStringLiteral("delete-missing"),
                                           tr("delete resources the answer no longer has"));
    parser.addOptions({mapping, dryRun, report, theirs, mine, showMapping, deleteMissing});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("import-table"), args, ctx, &code, 2, 2))
        return code;
    const QString file = parser.positionalArguments().at(1);
    if (parser.isSet(showMapping)) {
        SheetImporter importer(Profile::builtin());
        if (!importer.load(file)) {
            ctx.err << importer.errorString() << Qt::endl;
            return Usage;
        }
        ctx.out << QString::fromUtf8(QJsonDocument(importer.autoMapping().toJson()).toJson());
        return Ok;
    }
    CatalogStore store;
    if ((code = openCatalog(store, parser.positionalArguments().at(0), ctx, parser.isSet(dryRun)))
        != Ok)
        return code;
    CatalogSnapshot answer;
    MergeOptions options;
    QList<ImportProblem> problems;
    int rows = 0;
    if ((code
         = readAnswer(store, file, parser.value(mapping), &answer, &options, &problems, ctx, &rows))
        != Ok)
        return code;
    int errors = 0;
    for (const ImportProblem &p : std::as_const(problems)) {
        if (p.severity == Severity::Error)
            ++errors;
        ctx.out << tr("%1, row %2, %3: %4")
                       .arg(p.sheet)
                       .arg(p.row)
                       .arg(p.column.isEmpty() ? QStringLiteral("-") : p.column, p.message)
                << Qt::endl;
    }
    ctx.out << tr("%1 rows read, %2 resources, %3 problems (%4 errors).")
                   .arg(rows)
                   .arg(answer.resources.size())
                   .arg(problems.size())
                   .arg(errors)
            << Qt::endl;
    if (parser.isSet(report)) {
        QString error;
        if (!SheetImporter::saveProblems(problems, parser.value(report), &error)) {
            ctx.err << error << Qt::endl;
            return IoError;
        }
    }
    MergePlan plan;
    QString error;
    if (!MergePlanner::plan(store, *Profile::builtin(), answer, options, &plan, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    plan.source = QFileInfo(file).fileName();
    code = applyPlan(store, plan, parser, parser.isSet(dryRun), QString(), ctx);
    if (code == Ok && parser.isSet(dryRun) && errors > 0)
        return Findings;
    return code;
}

int ExchangeVerbs::exportTable(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the catalog, its information items or the ledger "
                                        "(底账) as XLSX or CSV."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog"));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("the file to write (*.xlsx or *.csv)"));
    const QCommandLineOption what(QStringLiteral("what"), tr("catalog, items or ledger"),
                                  tr("table"), QStringLiteral("catalog"));
    parser.addOption(what);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("export-table"), args, ctx, &code, 2, 2))
        return code;
    TableExporter::What w;
    const QString v = parser.value(what);
    if (v == QLatin1String("catalog"))
        w = TableExporter::What::Catalog;
    else if (v == QLatin1String("items"))
        w = TableExporter::What::Items;
    else if (v == QLatin1String("ledger"))
        w = TableExporter::What::Ledger;
    else {
        ctx.err << tr("--what must be catalog, items or ledger.") << Qt::endl;
        return Usage;
    }
    CatalogStore store;
    if ((code = openCatalog(store, parser.positionalArguments().at(0), ctx, true)) != Ok)
        return code;
    TableExporter exporter(Profile::builtin());
    const QString out = parser.positionalArguments().at(1);
    if (!exporter.exportTable(store, w, out)) {
        ctx.err << exporter.errorString() << Qt::endl;
        return IoError;
    }
    ctx.out << tr("Wrote %1 (%n rows).", nullptr, exporter.rowsWritten())
                   .arg(QDir::toNativeSeparators(out))
            << Qt::endl;
    return Ok;
}

int ExchangeVerbs::inferItems(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Suggest information items from a sample data file (CSV or XLSX)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the sample data file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    parser.addOption(json);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("infer-items"), args, ctx, &code, 1, 1))
        return code;
    ItemInference inference;
    if (!inference.inferFile(parser.positionalArguments().at(0))) {
        ctx.err << inference.errorString() << Qt::endl;
        return QFileInfo::exists(parser.positionalArguments().at(0)) ? Usage : IoError;
    }
    QJsonArray array;
    for (const InferredColumn &c : inference.columns()) {
        if (parser.isSet(json)) {
            array.append(
                QJsonObject{{QStringLiteral("name"), c.name},
                            {QStringLiteral("data_type"), c.dataType},
                            {QStringLiteral("length"), c.length},
                            {QStringLiteral("null_share"), c.nullShare},
                            {QStringLiteral("examples"), QJsonArray::fromStringList(c.examples)}});
        } else {
            ctx.out << tr("%1\t%2\tlength %3\tempty %4%\t%5")
                           .arg(c.name, c.dataType)
                           .arg(c.length)
                           .arg(qRound(c.nullShare * 100))
                           .arg(c.examples.join(QStringLiteral(" | ")))
                    << Qt::endl;
        }
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
    return Ok;
}

} // namespace

QList<CliCommand> exchangeCommands()
{
    return {
        {QStringLiteral("export"),
         ExchangeVerbs::tr("write a submission or survey package (.sypkg)"),
         &ExchangeVerbs::exportPackage},
        {QStringLiteral("import"),
         ExchangeVerbs::tr("import a package into a new catalog, or merge it into one"),
         &ExchangeVerbs::importPackage},
        {QStringLiteral("merge"),
         ExchangeVerbs::tr("merge a survey answer (package, XLSX, CSV); --dry-run shows the plan"),
         &ExchangeVerbs::merge},
        {QStringLiteral("template"),
         ExchangeVerbs::tr("write a survey template (XLSX) or survey package"),
         &ExchangeVerbs::makeTemplate},
        {QStringLiteral("import-table"),
         ExchangeVerbs::tr("import resources and items from XLSX/CSV (--mapping, --dry-run)"),
         &ExchangeVerbs::importTable},
        {QStringLiteral("export-table"),
         ExchangeVerbs::tr("export the catalog, items or ledger as XLSX/CSV"),
         &ExchangeVerbs::exportTable},
        {QStringLiteral("infer-items"),
         ExchangeVerbs::tr("suggest information items from a sample data file"),
         &ExchangeVerbs::inferItems},
    };
}

} // namespace sy::cli
