// Verb `validate`: the same findings as the GUI's problems panel, as text, JSON or CSV.
#include "CliSupport.h"
#include "rules/CatalogValidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy::cli {

namespace {

class ValidateVerb
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::ValidateVerb)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
        && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QJsonObject scoreJson(const QualityScore &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("overall"), s.overall);
    o.insert(QStringLiteral("completeness"), s.completeness);
    o.insert(QStringLiteral("conformity"), s.conformity);
    o.insert(QStringLiteral("consistency"), s.consistency);
    o.insert(QStringLiteral("timeliness"), s.timeliness);
    o.insert(QStringLiteral("explanation"), QJsonArray::fromStringList(s.explanation()));
    return o;
}

int ValidateVerb::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a catalog against the profile's rules and the Guangdong rule set and prints "
           "every finding. Exit code 1 when there are errors."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("output format: text, json or csv"), tr("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption threads(
        QStringLiteral("threads"), tr("worker threads (default: one per processor core)"), tr("n"));
    const QCommandLineOption errorsOnly(QStringLiteral("errors-only"), tr("print errors only"));
    parser.addOption(format);
    parser.addOption(threads);
    parser.addOption(errorsOnly);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("validate"), args, ctx, &code, 1, 1))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")
        && fmt != QLatin1String("csv")) {
        ctx.err << tr("Unknown format “%1”: use text, json or csv.").arg(fmt) << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    // Same refusals and exit codes as every verb (missing file 3, not a catalog 2). The probe
    // stays open while the validator runs: its workers then skip the quick_check it has made.
    CatalogStore probe;
    if (const int rc = openCatalog(probe, path, ctx, true); rc != Ok)
        return rc;
    RuleEngine engine;
    CatalogValidator validator(engine);
    if (parser.isSet(threads))
        validator.setThreads(parser.value(threads).toInt());
    ValidationResult result;
    if (!validator.validate(path, &result)) {
        ctx.err << validator.errorString() << Qt::endl;
        return IoError;
    }
    QList<Finding> findings = result.findings;
    if (parser.isSet(errorsOnly)) {
        findings.erase(
            std::remove_if(findings.begin(), findings.end(),
                           [](const Finding &f) { return f.severity != Severity::Error; }),
            findings.end());
    }
    const FindingCounts counts = result.counts();
    const QualityScore score = result.catalogScore();
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const Finding &f : std::as_const(findings))
            list.append(f.toJson());
        QJsonObject root;
        root.insert(QStringLiteral("file"), QDir::toNativeSeparators(path));
        root.insert(QStringLiteral("resources"), result.resourcesChecked);
        root.insert(QStringLiteral("errors"), counts.errors);
        root.insert(QStringLiteral("warnings"), counts.warnings);
        root.insert(QStringLiteral("infos"), counts.infos);
        root.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
        root.insert(QStringLiteral("quality"), scoreJson(score));
        root.insert(QStringLiteral("findings"), list);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (fmt == QLatin1String("csv")) {
        ctx.out << "severity,rule,entity,resource_code,item,field,message\n";
        for (const Finding &f : std::as_const(findings)) {
            ctx.out << severityName(f.severity) << ',' << csvField(f.ruleId) << ','
                    << entityKindName(f.entity) << ',' << csvField(f.resourceCode) << ','
                    << (f.itemPosition >= 0 ? QString::number(f.itemPosition + 1) : QString())
                    << ',' << csvField(f.field) << ',' << csvField(f.message) << '\n';
        }
    } else {
        for (const Finding &f : std::as_const(findings)) {
            QString where = f.resourceCode;
            if (f.itemPosition >= 0)
                where += tr(" item %1").arg(f.itemPosition + 1);
            if (where.isEmpty())
                where = entityKindName(f.entity);
            // The field's label as the clerk knows it from the editor, not its key.
            QString field = f.field;
            if (const FieldDef *def = engine.profile()->field(entityKindName(f.entity), f.field))
                field = def->label.text();
            ctx.out << severityLabel(f.severity) << "  " << where << "  [" << field << "]  "
                    << f.message << '\n';
        }
        ctx.out << tr("%1 resources checked in %2 ms: %3 errors, %4 warnings, %5 notes.")
                       .arg(result.resourcesChecked)
                       .arg(result.elapsedMs)
                       .arg(counts.errors)
                       .arg(counts.warnings)
                       .arg(counts.infos)
                << '\n';
        ctx.out << tr("Quality score %1 (%2).").arg(score.overall, 0, 'f', 1).arg(score.band())
                << '\n';
        for (const QString &line : score.explanation())
            ctx.out << "  " << line << '\n';
    }
    ctx.out.flush();
    return counts.errors > 0 ? Findings : Ok;
}

} // namespace

QList<CliCommand> validateCommands()
{
    return {
        {QStringLiteral("validate"),
         ValidateVerb::tr(
             "check a catalog against the rules (text, JSON or CSV; exit 1 on errors)"),
         &ValidateVerb::run},
    };
}

} // namespace sy::cli
