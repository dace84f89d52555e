// shuyuan-cli: headless verbs over a Shuyuan catalog. Thin: parsing of the verb's own options
// and all work happen in the Cmd*.cpp files and the core libraries.
#include "CliCommand.h"
#include "CoreInfo.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

void printHelp(QTextStream &out, const QString &program)
{
    using sy::cli::CliCommand;
    out << QCoreApplication::translate("sy::cli", "Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]").arg(program)
        << "\n\n"
        << QCoreApplication::translate("sy::cli",
                                       "Shuyuan (数源) keeps a department's public data resource "
                                       "catalog and its registrations.")
        << "\n\n"
        << QCoreApplication::translate("sy::cli", "Commands:") << '\n';
    const QList<CliCommand> commands = sy::cli::allCommands();
    for (const CliCommand &c : commands)
        out << "  " << c.name.leftJustified(14) << c.summary << '\n';
    out << '\n'
        << QCoreApplication::translate("sy::cli", "Run “%1 COMMAND --help” for the options of a command.")
               .arg(program)
        << "\n\n"
        << QCoreApplication::translate("sy::cli", "Global options:") << '\n'
        << "  --lang zh_CN|en  "
        << QCoreApplication::translate("sy::cli", "language of messages (default: the system locale)")
        << '\n'
        << "  --version       " << QCoreApplication::translate("sy::cli", "print the version") << '\n'
        << "\n"
        << QCoreApplication::translate("sy::cli", "Exit codes:") << '\n'
        << "  0  " << QCoreApplication::translate("sy::cli", "success") << '\n'
        << "  1  " << QCoreApplication::translate("sy::cli", "findings (problems found by check or validate)")
        << '\n'
        << "  2  " << QCoreApplication::translate("sy::cli", "usage error or bad input (the file is not a valid catalog, a value is wrong)")
        << '\n'
        << "  3  " << QCoreApplication::translate("sy::cli", "input/output error (a file cannot be read or written)")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF output (forms, lists, the inventory report) needs a QGuiApplication for its fonts, and a
    // command-line tool must not need a screen: so the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Without a desktop session (a plain root shell, a cron job) Qt would warn about the missing
    // runtime folder on every run; a private one for this process keeps the output clean.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Shuyuan"));
    QCoreApplication::setApplicationName(QStringLiteral("shuyuan-cli"));
    QCoreApplication::setApplicationVersion(sy::applicationVersion());

    QStringList args = QCoreApplication::arguments();
    const QString program = QStringLiteral("shuyuan-cli");
    args.removeFirst();

    // The language is chosen before anything is printed: --lang wins over the environment.
    QString language = sy::preferredLanguage();
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args.at(i + 1).startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                      : QStringLiteral("en");
            args.remove(i, 2);
            break;
        }
    }
    sy::installTranslations(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    sy::cli::CliContext ctx{out, err, program};

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printHelp(out, program);
        return args.isEmpty() ? sy::cli::Usage : sy::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << program << ' ' << sy::applicationVersion() << '\n';
        return sy::cli::Ok;
    }
    const QString verb = args.takeFirst();
    const QList<sy::cli::CliCommand> commands = sy::cli::allCommands();
    for (const sy::cli::CliCommand &c : commands) {
        if (c.name == verb) {
            const int code = c.run(ctx, args);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("sy::cli", "Unknown command “%1”.").arg(verb) << '\n';
    printHelp(err, program);
    return sy::cli::Usage;
}
