// Verbs that create, describe and query a catalog: init, demo, info, list, show, search, check.
#include "CliSupport.h"
#include "demo/DemoGenerator.h"
#include "model/EntityJson.h"
#include "model/Profile.h"
#include "model/Uscc.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sy::cli {

namespace {

class CatalogVerbs
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::CatalogVerbs)

public:
    static int init(CliContext &ctx, const QStringList &args);
    static int demo(CliContext &ctx, const QStringList &args);
    static int info(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx, const QStringList &args);
    static int show(CliContext &ctx, const QStringList &args);
    static int search(CliContext &ctx, const QStringList &args);
    static int check(CliContext &ctx, const QStringList &args);

private:
    static QString officeName(const QHash<qint64, Office> &offices, qint64 id);
    static void printResources(CliContext &ctx, const CatalogStore &store,
                               const QList<Resource> &resources, bool json);
};

QString CatalogVerbs::officeName(const QHash<qint64, Office> &offices, qint64 id)
{
    return offices.value(id).name;
}

int CatalogVerbs::init(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new, empty catalog file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file to create (*.sycat)"));
    const QCommandLineOption name(QStringLiteral("name"), tr("catalog name"), tr("text"));
    const QCommandLineOption department(QStringLiteral("department"), tr("department name"), tr("text"));
    const QCommandLineOption uscc(QStringLiteral("uscc"), tr("the department's unified social credit code"),
                                  tr("code"));
    const QCommandLineOption region(QStringLiteral("region"), tr("GB/T 2260 region code"), tr("code"),
                                    QStringLiteral("440000"));
    parser.addOptions({name, department, uscc, region});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("init"), args, ctx, &code, 1, 1))
        return code;

    const auto profile = Profile::builtin();
    CatalogMeta meta;
    meta.name = parser.value(name);
    meta.department = parser.value(department);
    meta.uscc = parser.value(uscc).trimmed().toUpper();
    meta.region = parser.value(region);
    meta.profileId = profile->id();
    meta.profileVersion = profile->version();
    if (!meta.uscc.isEmpty() && uscc::check(meta.uscc) != uscc::Problem::None
        && uscc::check(meta.uscc) != uscc::Problem::OrgCodeCheck) {
        ctx.err << tr("The unified social credit code “%1” is not valid (check its 18 characters).")
                       .arg(meta.uscc)
                << Qt::endl;
        return Usage;
    }
    const Vocabulary *regions = profile->vocabulary(QStringLiteral("region"));
    if (regions && !regions->contains(meta.region)) {
        ctx.err << tr("The region code “%1” is not a known GB/T 2260 code.").arg(meta.region) << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    CatalogStore store;
    if (!store.create(path, meta)) {
        ctx.err << store.errorString() << Qt::endl;
        return QFileInfo::exists(path) ? Usage : IoError;
    }
    ctx.out << tr("Created %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

int CatalogVerbs::demo(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a realistic demo catalog of a Guangdong department (with a few deliberate "
           "defects for validation to find)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file to create (*.sycat)"));
    const QCommandLineOption resources(QStringLiteral("resources"), tr("number of data resources"),
                                       tr("N"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("random seed (same seed, same catalog)"),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"), tr("replace FILE if it exists"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("the demo's “today”, YYYY-MM-DD (default: the current date)"),
                                  tr("date"));
    parser.addOptions({resources, seed, force, date});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("demo"), args, ctx, &code, 1, 1))
        return code;
    bool okN = false, okS = false;
    DemoGenerator::Options options;
    options.resources = parser.value(resources).toInt(&okN);
    options.seed = parser.value(seed).toUInt(&okS);
    if (!okN || options.resources < 0 || options.resources > 10000000) {
        ctx.err << tr("--resources must be a number from 0 to 10000000.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(date)) {
        options.today = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.today.isValid()) {
            ctx.err << tr("--date must be a date written YYYY-MM-DD.") << Qt::endl;
            return Usage;
        }
    }
    if (!okS) {
        ctx.err << tr("--seed must be a non-negative number.") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(force)) {
            ctx.err << tr("“%1” already exists; use --force to replace it.").arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
            return Usage;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoGenerator::generate(path, options, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    ctx.out << tr("Wrote %1 demo resources to %2 in %3 s (%4).")
                   .arg(options.resources)
                   .arg(QDir::toNativeSeparators(path))
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(humanBytes(QFileInfo(path).size()))
            << Qt::endl;
    return Ok;
}

int CatalogVerbs::info(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show what a catalog holds: department, profile, format and counts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    parser.addOption(json);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("info"), args, ctx, &code, 1, 1))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx); rc != Ok)
        return rc;
    const CatalogMeta m = store.meta();
    const CatalogCounts c = store.counts();
    if (parser.isSet(json)) {
        const QJsonObject o{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("department"), m.department},
            {QStringLiteral("uscc"), m.uscc},
            {QStringLiteral("region"), m.region},
            {QStringLiteral("profile_id"), m.profileId},
            {QStringLiteral("profile_version"), m.profileVersion},
            {QStringLiteral("schema_version"), store.schemaVersion()},
            {QStringLiteral("offices"), c.offices},
            {QStringLiteral("resources"), c.resources},
            {QStringLiteral("items"), c.items},
            {QStringLiteral("products"), c.products},
            {QStringLiteral("registrations"), c.registrations},
            {QStringLiteral("audit_rows"), c.auditRows},
        };
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const auto profile = Profile::builtin();
    const QString regionName = profile->label(QStringLiteral("region"), m.region);
    ctx.out << tr("Catalog:          %1").arg(m.name) << '\n'
            << tr("Department:       %1").arg(m.department) << '\n'
            << tr("USCC:             %1").arg(m.uscc) << '\n'
            << tr("Region:           %1 %2").arg(m.region, regionName) << '\n'
            << tr("Profile:          %1 %2").arg(m.profileId, m.profileVersion) << '\n'
            << tr("Catalog format:   %1").arg(store.schemaVersion()) << '\n'
            << tr("Offices:          %1").arg(c.offices) << '\n'
            << tr("Data resources:   %1").arg(c.resources) << '\n'
            << tr("Information items: %1").arg(c.items) << '\n'
            << tr("Products/services: %1").arg(c.products) << '\n'
            << tr("Registrations:    %1").arg(c.registrations) << '\n'
            << tr("Audit log rows:   %1").arg(c.auditRows) << '\n'
            << tr("File size:        %1").arg(humanBytes(QFileInfo(store.path()).size())) << '\n';
    if (!store.migrationBackupPath().isEmpty())
        ctx.out << tr("Upgraded from an older format; the original was kept as %1")
                       .arg(QDir::toNativeSeparators(store.migrationBackupPath()))
                << '\n';
    return Ok;
}

void CatalogVerbs::printResources(CliContext &ctx, const CatalogStore &store,
                                  const QList<Resource> &resources, bool json)
{
    const auto profile = Profile::builtin();
    QHash<qint64, Office> offices;
    for (const Office &o : store.offices())
        offices.insert(o.id, o);
    if (json) {
        QJsonArray array;
        for (const Resource &r : resources) {
            QJsonObject o = json::fromResource(r);
            o.insert(QStringLiteral("office"), officeName(offices, r.officeId));
            array << o;
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    for (const Resource &r : resources) {
        ctx.out << r.code << '\t' << r.name << '\t' << officeName(offices, r.officeId) << '\t'
                << profile->label(QStringLiteral("grade"), r.grade) << '\t'
                << profile->label(QStringLiteral("sharing"), r.sharing) << '\t'
                << profile->label(QStringLiteral("opening"), r.opening) << '\n';
    }
}

int CatalogVerbs::list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List data resources (code, name, office, grade, sharing, opening), filtered. Filter "
           "values are vocabulary codes or labels; several values are separated by commas."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    const QCommandLineOption office(QStringLiteral("office"), tr("office name or id (with its sub-offices)"), tr("office"));
    const QCommandLineOption grade(QStringLiteral("grade"), tr("grade, e.g. important or 重要数据"), tr("values"));
    const QCommandLineOption sharing(QStringLiteral("sharing"), tr("sharing type, e.g. 2 or 有条件共享"), tr("values"));
    const QCommandLineOption opening(QStringLiteral("opening"), tr("opening type"), tr("values"));
    const QCommandLineOption cycle(QStringLiteral("cycle"), tr("update cycle"), tr("values"));
    const QCommandLineOption format(QStringLiteral("format"), tr("resource format"), tr("values"));
    const QCommandLineOption status(QStringLiteral("status"), tr("status"), tr("values"));
    const QCommandLineOption text(QStringLiteral("search"), tr("only resources matching this text"), tr("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N resources"), tr("N"), QStringLiteral("-1"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    parser.addOptions({office, grade, sharing, opening, cycle, format, status, text, limit, json});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("list"), args, ctx, &code, 1, 1))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true); rc != Ok)
        return rc;

    const auto profile = Profile::builtin();
    ResourceQuery query;
    bool bad = false;
    auto codes = [&](const QCommandLineOption &option, const QString &vocabulary) {
        QStringList result;
        if (!parser.isSet(option))
            return result;
        const Vocabulary *v = profile->vocabulary(vocabulary);
        const QStringList values = parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &value : values) {
            const QString c = v ? v->codeForText(value) : value.trimmed();
            if (c.isEmpty()) {
                ctx.err << tr("“%1” is not a value of %2.").arg(value, v ? v->label.text() : vocabulary)
                        << Qt::endl;
                bad = true;
            }
            result << c;
        }
        return result;
    };
    query.grades = codes(grade, QStringLiteral("grade"));
    query.sharing = codes(sharing, QStringLiteral("sharing"));
    query.opening = codes(opening, QStringLiteral("opening"));
    query.updateCycles = codes(cycle, QStringLiteral("update_cycle"));
    query.formats = codes(format, QStringLiteral("format"));
    query.statuses = codes(status, QStringLiteral("resource_status"));
    if (parser.isSet(office)) {
        const QString wanted = parser.value(office);
        for (const Office &o : store.offices()) {
            if (o.name == wanted || QString::number(o.id) == wanted || o.code == wanted)
                query.officeIds << o.id;
        }
        if (query.officeIds.isEmpty()) {
            ctx.err << tr("No office is called “%1”.").arg(wanted) << Qt::endl;
            bad = true;
        }
    }
    if (bad)
        return Usage;
    query.text = parser.value(text);
    query.limit = parser.value(limit).toInt();
    printResources(ctx, store, store.resources(query), parser.isSet(json));
    return Ok;
}

int CatalogVerbs::show(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print one data resource, with its information items, as JSON."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    parser.addPositionalArgument(QStringLiteral("RESOURCE"), tr("resource code, uuid or id"));
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("show"), args, ctx, &code, 2, 2))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true); rc != Ok)
        return rc;
    const QString key = parser.positionalArguments().at(1);
    std::optional<Resource> r = store.resourceByCode(key);
    if (!r)
        r = store.resourceByUuid(key);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (!r && isNumber)
        r = store.resource(id);
    if (!r) {
        ctx.err << tr("No resource has the code, uuid or id “%1”.").arg(key) << Qt::endl;
        return Usage;
    }
    QJsonObject o = json::fromResource(*r);
    if (const auto office = store.office(r->officeId))
        o.insert(QStringLiteral("office"), office->name);
    QJsonArray items;
    for (const InfoItem &i : store.items(r->id))
        items << json::fromItem(i);
    o.insert(QStringLiteral("items"), items);
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Ok;
}

int CatalogVerbs::search(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find data resources whose name, summary or information items contain the text "
           "(several words: all must match)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("what to look for"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N results"), tr("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    parser.addOptions({limit, json});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("search"), args, ctx, &code, 2, -1))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true); rc != Ok)
        return rc;
    const QString text = parser.positionalArguments().mid(1).join(QLatin1Char(' '));
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = store.search(text, parser.value(limit).toInt());
    const qint64 ms = timer.elapsed();
    if (!store.errorString().isEmpty() && ids.isEmpty()) {
        ctx.err << store.errorString() << Qt::endl;
        return Usage;
    }
    QList<Resource> found;
    for (qint64 id : ids) {
        if (auto r = store.resource(id))
            found << *r;
    }
    printResources(ctx, store, found, parser.isSet(json));
    if (!parser.isSet(json))
        ctx.err << tr("%n resource(s) found in %1 ms.", nullptr, int(found.size())).arg(ms) << Qt::endl;
    return Ok;
}

int CatalogVerbs::check(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the file's integrity and the audit log's hash chain. Exit code 1 when a problem "
           "is found."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog file"));
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("check"), args, ctx, &code, 1, 1))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().constFirst(), ctx, true); rc != Ok)
        return rc;
    const IntegrityReport report = store.check();
    for (const QString &p : report.problems)
        ctx.out << p << '\n';
    if (report.ok) {
        ctx.out << tr("OK: the file is intact and all %n audit rows chain correctly.", nullptr,
                      int(report.auditRowsChecked))
                << '\n';
        return Ok;
    }
    if (report.firstBrokenAuditRow > 0)
        ctx.out << tr("The first broken audit row is %1.").arg(report.firstBrokenAuditRow) << '\n';
    return Findings;
}

} // namespace

QList<CliCommand> catalogCommands()
{
    return {
        {QStringLiteral("init"), CatalogVerbs::tr("create a new, empty catalog"), &CatalogVerbs::init},
        {QStringLiteral("demo"), CatalogVerbs::tr("write a realistic demo catalog"), &CatalogVerbs::demo},
        {QStringLiteral("info"), CatalogVerbs::tr("show department, profile, format and counts"), &CatalogVerbs::info},
        {QStringLiteral("list"), CatalogVerbs::tr("list data resources, filtered"), &CatalogVerbs::list},
        {QStringLiteral("show"), CatalogVerbs::tr("print one resource with its items as JSON"), &CatalogVerbs::show},
        {QStringLiteral("search"), CatalogVerbs::tr("full-text search of the catalog"), &CatalogVerbs::search},
        {QStringLiteral("check"), CatalogVerbs::tr("check file integrity and the audit chain"), &CatalogVerbs::check},
    };
}

} // namespace sy::cli
