// Verbs of the inventory (数据资源底账): stats (figures as text or JSON) and report (the PDF).
#include "CliSupport.h"
#include "model/Profile.h"
#include "report/InventoryReport.h"
#include "stats/InventoryStatsBuilder.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>

namespace sy::cli {

namespace {

class StatsVerbs
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::StatsVerbs)

public:
    static int stats(CliContext &ctx, const QStringList &args);
    static int report(CliContext &ctx, const QStringList &args);

private:
    // Resolves --office (id, code or name) to an office id; 0 and a message when unknown.
    static qint64 findOffice(const CatalogStore &store, const QString &wanted);
    static int build(CliContext &ctx,
                     const CatalogStore &store,
                     const QCommandLineParser &parser,
                     const QCommandLineOption &office,
                     const QCommandLineOption &top,
                     bool quality,
                     InventoryStats *stats);
};

qint64 StatsVerbs::findOffice(const CatalogStore &store, const QString &wanted)
{
    const QList<Office> offices = store.offices();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Office &o : offices) {
        if ((isNumber && o.id == id) || o.code == wanted || o.name == wanted)
            return o.id;
    }
    return 0;
}

int StatsVerbs::build(CliContext &ctx,
                      const CatalogStore &store,
                      const QCommandLineParser &parser,
                      const QCommandLineOption &office,
                      const QCommandLineOption &top,
                      bool quality,
                      InventoryStats *stats)
{
    InventoryScope scope;
    if (parser.isSet(office)) {
        scope.officeId = findOffice(store, parser.value(office));
        if (scope.officeId == 0) {
            ctx.err << tr("No office has the id, code or name “%1”.").arg(parser.value(office))
                    << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(top)) {
        bool ok = false;
        scope.topOffices = parser.value(top).toInt(&ok);
        if (!ok || scope.topOffices < 1) {
            ctx.err
                << tr("--top needs a whole number of at least 1, not “%1”.").arg(parser.value(top))
                << Qt::endl;
            return Usage;
        }
    }
    InventoryStatsBuilder builder(store, Profile::builtin());
    builder.setScope(scope);
    QString error;
    if (!builder.build(stats, &error) || (quality && !builder.addQuality(stats, &error))) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    return Ok;
}

int StatsVerbs::stats(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the inventory of a catalog (数据资源底账): key figures and the resources by "
           "office, grade, sharing, opening, update cycle, format, status, registration status, "
           "quality score and month of creation."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    const QCommandLineOption format(QStringLiteral("format"), tr("output format: text or json"),
                                    tr("format"), QStringLiteral("text"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("only this office (id, code or name) and its sub-offices"),
                                    tr("office"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("offices shown by name before the rest count as “others” "
                                    "(default 10)"),
                                 tr("n"));
    const QCommandLineOption noQuality(
        QStringLiteral("no-quality"), tr("skip the quality scores (they validate every resource)"));
    parser.addOptions({format, office, top, noQuality});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("stats"), args, ctx, &code, 1, 1))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        ctx.err << tr("Unknown format “%1”: use text or json.").arg(fmt) << Qt::endl;
        return Usage;
    }
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true);
        rc != Ok)
        return rc;
    InventoryStats stats;
    if (const int rc = build(ctx, store, parser, office, top, !parser.isSet(noQuality), &stats);
        rc != Ok)
        return rc;
    if (fmt == QLatin1String("json"))
        ctx.out << QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented));
    else
        ctx.out << stats.toText();
    return Ok;
}

int StatsVerbs::report(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the inventory report (资源底账报告) of a catalog as an A4 PDF: key figures, "
           "charts and the table by office."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("the PDF file to write"), tr("file"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("only this office (id, code or name) and its sub-offices"),
                                    tr("office"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("offices shown by name before the rest count as “others” "
                                    "(default 10)"),
                                 tr("n"));
    const QCommandLineOption noQuality(
        QStringLiteral("no-quality"), tr("skip the quality scores (they validate every resource)"));
    parser.addOptions({pdf, office, top, noQuality});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("report"), args, ctx, &code, 1, 1))
        return code;
    if (!parser.isSet(pdf)) {
        ctx.err << tr("Say where to write the report with --pdf FILE.") << Qt::endl;
        return Usage;
    }
    // Text in a PDF needs the font database, which only a QGuiApplication provides.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        ctx.err << tr("This build of shuyuan-cli cannot draw PDF text (no QGuiApplication).")
                << Qt::endl;
        return IoError;
    }
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true);
        rc != Ok)
        return rc;
    InventoryStats stats;
    if (const int rc = build(ctx, store, parser, office, top, !parser.isSet(noQuality), &stats);
        rc != Ok)
        return rc;
    InventoryReport report(stats);
    QString error;
    const QString target = parser.value(pdf);
    if (!report.writePdf(target, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    ctx.out << tr("Wrote the inventory report (%n page(s)) to %1", nullptr, report.pageCount())
                   .arg(QDir::toNativeSeparators(target))
            << '\n';
    return Ok;
}

} // namespace

QList<CliCommand> statsCommands()
{
    return {
        {QStringLiteral("stats"), StatsVerbs::tr("inventory figures of a catalog (text or JSON)"),
         &StatsVerbs::stats},
        {QStringLiteral("report"), StatsVerbs::tr("write the inventory report as PDF"),
         &StatsVerbs::report},
    };
}

} // namespace sy::cli
