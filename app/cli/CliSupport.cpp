#include "CliSupport.h"

#include "store/FileHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sy::cli {

bool parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &args,
               CliContext &ctx, int *exitCode, int minPositional, int maxPositional)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("sy::cli", "Show help for this command."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(ctx.program + QLatin1Char(' ') + verb);
    if (!parser.parse(argv)) {
        ctx.err << parser.errorText() << Qt::endl;
        ctx.err << QCoreApplication::translate("sy::cli", "Try “%1 %2 --help”.").arg(ctx.program, verb)
                << Qt::endl;
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        ctx.err << QCoreApplication::translate("sy::cli", "Wrong number of arguments for “%1”.").arg(verb)
                << Qt::endl;
        ctx.err << parser.helpText();
        *exitCode = Usage;
        return false;
    }
    return true;
}

int openCatalog(CatalogStore &store,
                const QString &path,
                CliContext &ctx,
                bool readOnly,
                CatalogStore::IntegrityCheck check)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        ctx.err << QCoreApplication::translate("sy::cli", "“%1” does not exist.")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        return IoError;
    }
    if (!info.isReadable()) {
        ctx.err << QCoreApplication::translate("sy::cli", "“%1” cannot be read (permission denied).")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        return IoError;
    }
    const bool ok = readOnly ? store.openReadOnly(path, check) : store.open(path, check);
    if (!ok) {
        ctx.err << store.errorString() << Qt::endl;
        // An older catalog is upgraded when it is opened for editing, which this command does
        // not do: name a command that does, so that a clerk is not left guessing.
        FileHeader header;
        QString headerError;
        if (readOnly && FileHeader::read(path, &header, &headerError)
            && header.applicationId == CatalogStore::applicationId && header.userVersion >= 1
            && header.userVersion < CatalogStore::currentSchemaVersion) {
            ctx.err << QCoreApplication::translate(
                           "sy::cli",
                           "To upgrade it, run “shuyuan-cli info %1” or open it in Shuyuan once; "
                           "the original is kept as a backup next to it.")
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        }
        return Usage;
    }
    return Ok;
}

DeferredIntegrityCheck::DeferredIntegrityCheck(const QString &path)
    : m_thread([this, path] { m_ok = CatalogStore::verifyIntegrity(path, &m_error); })
{
}

DeferredIntegrityCheck::~DeferredIntegrityCheck()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool DeferredIntegrityCheck::passed(QString *error)
{
    if (m_thread.joinable())
        m_thread.join();
    if (!m_ok && error)
        *error = m_error;
    return m_ok;
}

QString humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace sy::cli
