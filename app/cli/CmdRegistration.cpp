// Verbs of 登记: register (create a registration), reg-status (move it through the workflow),
// print-form (the A4 form as PDF), ledger (资源底账) and lists (共享/开放责任清单).
#include "CliSupport.h"
#include "registration/RegistrationService.h"
#include "report/RegistrationForm.h"
#include "report/ResponsibilityList.h"
#include "rules/RuleEngine.h"
#include "store/RegistrationQueries.h"

#include <QDir>
#include <QGuiApplication>

namespace sy::cli {

namespace {

class RegistrationVerbs
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::RegistrationVerbs)

public:
    static int registerObject(CliContext &ctx, const QStringList &args);
    static int status(CliContext &ctx, const QStringList &args);
    static int printForm(CliContext &ctx, const QStringList &args);
    static int ledger(CliContext &ctx, const QStringList &args);
    static int lists(CliContext &ctx, const QStringList &args);

    // A registration by form number or id; 0 when none matches.
    static qint64 findRegistration(const CatalogStore &store, const QString &wanted);
    static bool canPaintText(CliContext &ctx);
};

qint64 RegistrationVerbs::findRegistration(const CatalogStore &store, const QString &wanted)
{
    const QList<Registration> all = store.registrations();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Registration &r : all) {
        if (r.formNumber == wanted || (isNumber && r.id == id))
            return r.id;
    }
    return 0;
}

bool RegistrationVerbs::canPaintText(CliContext &ctx)
{
    // Text in a PDF needs the font database, which only a QGuiApplication provides.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    ctx.err << tr("This build of shuyuan-cli cannot draw PDF text (no QGuiApplication).")
            << Qt::endl;
    return false;
}

int RegistrationVerbs::registerObject(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a draft registration of a resource (by code) and "
                                        "prints its form number and what still blocks it."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("resource code"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("1 首次 (default), 2 变更, 3 更正, 4 注销"), tr("type"),
                                  QStringLiteral("1"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("reason (required for 注销)"),
                                    tr("text"));
    parser.addOption(type);
    parser.addOption(reason);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("register"), args, ctx, &code, 2, 2))
        return code;
    const QString t = parser.value(type);
    if (!QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                     QStringLiteral("4")}
             .contains(t)) {
        ctx.err << tr("Unknown registration type “%1”: use 1, 2, 3 or 4.").arg(t) << Qt::endl;
        return Usage;
    }
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().at(0), ctx); rc != Ok)
        return rc;
    const std::optional<Resource> r = store.resourceByCode(parser.positionalArguments().at(1));
    if (!r) {
        ctx.err << tr("No resource has the code “%1”.").arg(parser.positionalArguments().at(1))
                << Qt::endl;
        return Usage;
    }
    RuleEngine engine;
    RegistrationService service(store, engine);
    QString error;
    std::optional<Registration> reg = service.createForResource(r->id, t, &error);
    if (!reg) {
        ctx.err << error << Qt::endl;
        return Usage;
    }
    if (parser.isSet(reason)) {
        reg->setValue(QStringLiteral("reason"), parser.value(reason));
        if (!service.update(*reg, &error)) {
            ctx.err << error << Qt::endl;
            return IoError;
        }
    }
    ctx.out << tr("Created registration %1 (%2) for %3 %4.")
                   .arg(reg->formNumber,
                        engine.profile()->label(QStringLiteral("registration_type"), t), r->code,
                        r->name)
            << '\n';
    const QList<Finding> findings = service.validate(*reg);
    for (const Finding &f : findings)
        ctx.out << severityLabel(f.severity) << "  [" << f.field << "]  " << f.message << '\n';
    return countFindings(findings).errors > 0 ? Findings : Ok;
}

int RegistrationVerbs::status(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves a registration to another status: ready, submitted, accepted, returned, "
           "objection, draft or cancelled."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    parser.addPositionalArgument(QStringLiteral("FORM"), tr("form number or registration id"));
    parser.addPositionalArgument(QStringLiteral("STATUS"), tr("the new status"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("reason (returned, objection)"),
                                    tr("text"));
    parser.addOption(reason);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("reg-status"), args, ctx, &code, 3, 3))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().at(0), ctx); rc != Ok)
        return rc;
    const qint64 id = findRegistration(store, parser.positionalArguments().at(1));
    if (id == 0) {
        ctx.err << tr("No registration has the form number or id “%1”.")
                       .arg(parser.positionalArguments().at(1))
                << Qt::endl;
        return Usage;
    }
    RuleEngine engine;
    RegistrationService service(store, engine);
    QString error;
    if (!service.setStatus(id, parser.positionalArguments().at(2), parser.value(reason), &error)) {
        ctx.err << error << Qt::endl;
        return Findings;
    }
    const auto reg = store.registration(id);
    ctx.out << tr("Registration %1 is now “%2”.")
                   .arg(reg->formNumber, service.workflow().statusLabel(reg->status))
            << '\n';
    return Ok;
}

int RegistrationVerbs::printForm(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the registration form as an A4 PDF."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    parser.addPositionalArgument(QStringLiteral("FORM"), tr("form number or registration id"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("the PDF file to write (default: FORM.pdf)"), tr("file"));
    parser.addOption(pdf);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("print-form"), args, ctx, &code, 2, 2))
        return code;
    if (!canPaintText(ctx))
        return IoError;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().at(0), ctx, true); rc != Ok)
        return rc;
    const qint64 id = findRegistration(store, parser.positionalArguments().at(1));
    if (id == 0) {
        ctx.err << tr("No registration has the form number or id “%1”.")
                       .arg(parser.positionalArguments().at(1))
                << Qt::endl;
        return Usage;
    }
    QString error;
    const std::optional<RegistrationFormData> data = RegistrationForm::load(store, id, &error);
    if (!data) {
        ctx.err << error << Qt::endl;
        return Usage;
    }
    const QString target
        = parser.isSet(pdf) ? parser.value(pdf) : RegistrationForm::fileName(data->registration);
    RegistrationForm form;
    if (!form.writePdf(*data, target, &error)) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    ctx.out << tr("Wrote form %1 (%n page(s)) to %2", nullptr, form.pageCount())
                   .arg(data->registration.formNumber, QDir::toNativeSeparators(target))
            << '\n';
    return Ok;
}

int RegistrationVerbs::ledger(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists every resource with its registration state (资源底账)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    const QCommandLineOption unregistered(QStringLiteral("unregistered"),
                                          tr("only resources without an accepted registration"));
    parser.addOption(unregistered);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("ledger"), args, ctx, &code, 1, 1))
        return code;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().at(0), ctx, true); rc != Ok)
        return rc;
    RegistrationQueries q(store);
    const QList<LedgerRow> rows = q.ledger();
    if (!q.errorString().isEmpty()) {
        ctx.err << q.errorString() << Qt::endl;
        return IoError;
    }
    const auto profile = Profile::builtin();
    int registered = 0;
    for (const LedgerRow &row : rows) {
        if (row.accepted.isValid())
            ++registered;
        if (parser.isSet(unregistered) && row.accepted.isValid())
            continue;
        ctx.out << row.code << '\t' << row.name << '\t'
                << (row.registrationId
                        ? profile->label(QStringLiteral("registration_status"), row.status)
                        : tr("not registered"))
                << '\t' << row.formNumber << '\t' << row.accepted.toString(Qt::ISODate) << '\t'
                << row.validUntil.toString(Qt::ISODate) << '\n';
    }
    ctx.out << tr("%1 of %2 resources registered.").arg(registered).arg(rows.size()) << '\n';
    return Ok;
}

int RegistrationVerbs::lists(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the sharing and opening responsibility lists (共享责任清单, 开放责任清单) as PDF "
        "and/or XLSX into a directory."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the catalog (*.sycat)"));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("output directory"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("sharing, opening or both (default)"),
                                  tr("kind"), QStringLiteral("both"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf, xlsx or both (default)"),
                                    tr("format"), QStringLiteral("both"));
    parser.addOption(kind);
    parser.addOption(format);
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("lists"), args, ctx, &code, 2, 2))
        return code;
    QList<ResponsibilityList::Kind> kinds;
    if (parser.value(kind) == QLatin1String("both")) {
        kinds = {ResponsibilityList::Sharing, ResponsibilityList::Opening};
    } else {
        ResponsibilityList::Kind k;
        if (!ResponsibilityList::kindFromName(parser.value(kind), &k)) {
            ctx.err
                << tr("Unknown list “%1”: use sharing, opening or both.").arg(parser.value(kind))
                << Qt::endl;
            return Usage;
        }
        kinds << k;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("pdf") && fmt != QLatin1String("xlsx")
        && fmt != QLatin1String("both")) {
        ctx.err << tr("Unknown format “%1”: use pdf, xlsx or both.").arg(fmt) << Qt::endl;
        return Usage;
    }
    const bool pdf = fmt != QLatin1String("xlsx");
    if (pdf && !canPaintText(ctx))
        return IoError;
    CatalogStore store;
    if (const int rc = openCatalog(store, parser.positionalArguments().at(0), ctx, true); rc != Ok)
        return rc;
    const QDir dir(parser.positionalArguments().at(1));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        ctx.err << tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(dir.path()))
                << Qt::endl;
        return IoError;
    }
    for (ResponsibilityList::Kind k : std::as_const(kinds)) {
        ResponsibilityList list(k);
        QString error;
        if (!list.load(store, &error)) {
            ctx.err << error << Qt::endl;
            return IoError;
        }
        const QString base = k == ResponsibilityList::Sharing ? QStringLiteral("sharing-list")
                                                              : QStringLiteral("opening-list");
        if (pdf) {
            const QString path = dir.filePath(base + QStringLiteral(".pdf"));
            if (!list.writePdf(path, &error)) {
                ctx.err << error << Qt::endl;
                return IoError;
            }
            ctx.out << tr("Wrote %1 (%2 rows, %3 pages) to %4")
                           .arg(list.title())
                           .arg(list.rows().size())
                           .arg(list.pageCount())
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
        }
        if (fmt != QLatin1String("pdf")) {
            const QString path = dir.filePath(base + QStringLiteral(".xlsx"));
            if (!list.writeXlsx(path, &error)) {
                ctx.err << error << Qt::endl;
                return IoError;
            }
            ctx.out << tr("Wrote %1 (%2 rows) to %3")
                           .arg(list.title())
                           .arg(list.rows().size())
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
        }
        if (list.excluded() > 0) {
            ctx.out << tr("%n resource(s) left out of the opening list: classified, not shared, or "
                          "core/important data opened without conditions.",
                          nullptr, list.excluded())
                    << '\n';
        }
    }
    return Ok;
}

} // namespace

QList<CliCommand> registrationCommands()
{
    return {
        {QStringLiteral("register"),
         RegistrationVerbs::tr("create a registration (登记) of a resource"),
         &RegistrationVerbs::registerObject},
        {QStringLiteral("reg-status"),
         RegistrationVerbs::tr("move a registration through its workflow"),
         &RegistrationVerbs::status},
        {QStringLiteral("print-form"), RegistrationVerbs::tr("write a registration form as A4 PDF"),
         &RegistrationVerbs::printForm},
        {QStringLiteral("ledger"),
         RegistrationVerbs::tr("list resources with their registration state (资源底账)"),
         &RegistrationVerbs::ledger},
        {QStringLiteral("lists"),
         RegistrationVerbs::tr("write the sharing and opening responsibility lists (PDF, XLSX)"),
         &RegistrationVerbs::lists},
    };
}

} // namespace sy::cli
