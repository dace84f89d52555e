// `bench-package`: issue 5's performance target in one run. Exports a catalog to a .sypkg,
// imports that package into a new catalog, and times the same bytes through bsdtar and
// sha256sum as the yardstick, so that both sides see the same files, disk and load.
#include "CliSupport.h"
#include "exchange/CatalogImporter.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "model/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sy::cli {

namespace {

class BenchPackageVerb
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::BenchPackageVerb)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static bool runTool(const QString &program,
                        const QStringList &args,
                        const QString &workDir,
                        QString *error);
    static double
    yardstick(const QString &package, const QString &dir, CliContext &ctx, QString *error);
    static void
    printPhases(CliContext &ctx, const QList<QPair<QString, qint64>> &phases, qint64 endMs);
};

// The peak resident set of this process since the last reset, in bytes; the kernel keeps it in
// VmHWM, and writing "5" to clear_refs resets it, so export and import get a figure each.
qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

void removeCatalog(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

bool BenchPackageVerb::runTool(const QString &program,
                               const QStringList &args,
                               const QString &workDir,
                               QString *error)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Seconds for: bsdtar -c --format zip of the unpacked package (its default deflate), sha256sum of
// every file, bsdtar -x of that zip. Unpacking the package for it is not timed. -1 on failure.
double BenchPackageVerb::yardstick(const QString &package,
                                   const QString &dir,
                                   CliContext &ctx,
                                   QString *error)
{
    const QString bsdtar = QStandardPaths::findExecutable(QStringLiteral("bsdtar"));
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (bsdtar.isEmpty() || sha256sum.isEmpty()) {
        *error = tr("bsdtar and sha256sum are needed for the yardstick.");
        return -1;
    }
    const QString files = QDir(dir).filePath(QStringLiteral("yardstick-files"));
    const QString unpacked = QDir(dir).filePath(QStringLiteral("yardstick-unpacked"));
    const QString zip = QDir(dir).filePath(QStringLiteral("yardstick.zip"));
    QDir(files).removeRecursively();
    QDir(unpacked).removeRecursively();
    QFile::remove(zip);
    if (!QDir().mkpath(files) || !QDir().mkpath(unpacked)) {
        *error = tr("Cannot create the folder “%1”.").arg(files);
        return -1;
    }
    if (!runTool(bsdtar, {QStringLiteral("-xf"), package, QStringLiteral("-C"), files}, dir, error))
        return -1;
    QStringList names;
    QDirIterator it(files, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(files).relativeFilePath(it.next());
    names.sort();

    QElapsedTimer t;
    t.start();
    if (!runTool(bsdtar,
                 QStringList{QStringLiteral("-c"), QStringLiteral("--format"),
                             QStringLiteral("zip"), QStringLiteral("-f"), zip}
                     + names,
                 files, error))
        return -1;
    const qint64 zipMs = t.restart();
    if (!runTool(sha256sum, names, files, error))
        return -1;
    const qint64 hashMs = t.restart();
    if (!runTool(bsdtar, {QStringLiteral("-xf"), zip, QStringLiteral("-C"), unpacked}, dir, error))
        return -1;
    const qint64 unzipMs = t.elapsed();
    ctx.out << tr("  bsdtar -c --format zip: %1 s (%2)")
                   .arg(zipMs / 1000.0, 0, 'f', 2)
                   .arg(humanBytes(QFileInfo(zip).size()))
            << '\n'
            << tr("  sha256sum of %n file(s): %1 s", nullptr, int(names.size()))
                   .arg(hashMs / 1000.0, 0, 'f', 2)
            << '\n'
            << tr("  bsdtar -x: %1 s").arg(unzipMs / 1000.0, 0, 'f', 2) << '\n';
    // For reference only (not in the ratio): bsdtar at the deflate level Shuyuan writes
    // (ZipWriter: level 1), so the reader can see how much of the margin is that choice.
    QFile::remove(zip);
    t.restart();
    if (!runTool(bsdtar,
                 QStringList{QStringLiteral("-c"), QStringLiteral("--format"),
                             QStringLiteral("zip"), QStringLiteral("--options"),
                             QStringLiteral("zip:compression-level=1"), QStringLiteral("-f"), zip}
                     + names,
                 files, error))
        return -1;
    ctx.out << tr("  (not counted: bsdtar -c at Shuyuan's deflate level 1: %1 s, %2)")
                   .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(humanBytes(QFileInfo(zip).size()))
            << '\n';
    QDir(files).removeRecursively();
    QDir(unpacked).removeRecursively();
    QFile::remove(zip);
    return (zipMs + hashMs + unzipMs) / 1000.0;
}

// Prints the time between one progress step and the next, so each phase has its own figure.
void BenchPackageVerb::printPhases(CliContext &ctx,
                                   const QList<QPair<QString, qint64>> &phases,
                                   qint64 endMs)
{
    for (int i = 0; i < phases.size(); ++i) {
        const qint64 next = i + 1 < phases.size() ? phases.at(i + 1).second : endMs;
        ctx.out << QStringLiteral("    %1 s\t%2")
                       .arg((next - phases.at(i).second) / 1000.0, 6, 'f', 2)
                       .arg(phases.at(i).first)
                << '\n';
    }
}

int BenchPackageVerb::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Benchmark of package export and import (issue 5). Times, in one run: opening CATALOG "
           "and exporting it to a .sypkg (as a draft, so without validation, with forms); "
           "checking and importing that package into a new catalog. The yardstick works on the "
           "same files: the package is unpacked into a folder once (not timed), then it times "
           "`bsdtar -c --format zip` of those files (bsdtar's default deflate), `sha256sum` of "
           "every file, and `bsdtar -x` of that zip into another folder. Prints each figure, "
           "the sums and the ratio (export + import) / yardstick; the target is at most 1.5."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"), tr("the catalog to export"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), tr("working folder (default: a temporary one)"), tr("folder"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("keep the package and the imported catalog"));
    parser.addOptions({dirOption, keepOption});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("bench-package"), args, ctx, &code, 1, 1))
        return code;
    QTemporaryDir temp;
    // Absolute: the yardstick runs bsdtar in that folder with the package path.
    const QString dir
        = QDir(parser.isSet(dirOption) ? parser.value(dirOption) : temp.path()).absolutePath();
    if (!QDir().mkpath(dir)) {
        ctx.err << tr("Cannot create the folder “%1”.").arg(dir) << Qt::endl;
        return IoError;
    }
    const QString package = QDir(dir).filePath(QStringLiteral("bench.sypkg"));
    const QString imported = QDir(dir).filePath(QStringLiteral("bench-imported.sycat"));
    QFile::remove(package);
    removeCatalog(imported);

    QList<QPair<QString, qint64>> phases;
    QElapsedTimer timer;
    ExchangeProgress progress;
    // Steps that repeat (one per thousand resources) count as one phase.
    progress.report = [&](int, const QString &step) {
        if (phases.isEmpty() || phases.last().first != step)
            phases.append({step, timer.elapsed()});
    };

    resetPeakRss();
    timer.start();
    qint64 exportMs = 0;
    {
        CatalogStore store;
        phases.append({tr("Opening the catalog"), 0});
        // As `export` does: the quick_check runs beside the reading and gates the package.
        const QString catalogPath = parser.positionalArguments().at(0);
        if ((code
             = openCatalog(store, catalogPath, ctx, true, CatalogStore::IntegrityCheck::Deferred))
            != Ok)
            return code;
        DeferredIntegrityCheck integrity(catalogPath);
        PackageWriter writer(Profile::builtin());
        writer.setProgress(progress);
        writer.setCommitGate([&integrity](QString *error) { return integrity.passed(error); });
        PackageOptions options;
        options.draft = true;
        if (!writer.write(store, package, options)) {
            ctx.err << writer.errorString() << Qt::endl;
            return IoError;
        }
    }
    exportMs = timer.elapsed();
    const qint64 exportRss = peakRss();
    ctx.out << tr("export: %1 s (%2), peak RSS %3")
                   .arg(exportMs / 1000.0, 0, 'f', 2)
                   .arg(humanBytes(QFileInfo(package).size()), humanBytes(exportRss))
            << '\n';
    printPhases(ctx, phases, exportMs);
    ctx.out.flush();

    phases.clear();
    resetPeakRss();
    timer.restart();
    qint64 importMs = 0;
    {
        phases.append({tr("Checking and reading the package"), 0});
        PackageReader reader;
        reader.setResourcesStreamed(true);
        if (!reader.read(package)) {
            ctx.err << reader.errorString() << Qt::endl;
            return IoError;
        }
        CatalogImporter importer;
        importer.setProgress(progress);
        if (!importer.importPackage(imported, reader)) {
            ctx.err << importer.errorString() << Qt::endl;
            return IoError;
        }
    }
    importMs = timer.elapsed();
    const qint64 importRss = peakRss();
    ctx.out << tr("import: %1 s, peak RSS %2")
                   .arg(importMs / 1000.0, 0, 'f', 2)
                   .arg(humanBytes(importRss))
            << '\n';
    printPhases(ctx, phases, importMs);
    ctx.out << tr("yardstick:") << '\n';
    ctx.out.flush();

    QString error;
    const double yard = yardstick(package, dir, ctx, &error);
    if (!parser.isSet(keepOption)) {
        QFile::remove(package);
        removeCatalog(imported);
    }
    if (yard < 0) {
        ctx.err << error << Qt::endl;
        return IoError;
    }
    const double ours = (exportMs + importMs) / 1000.0;
    ctx.out << tr("  yardstick total: %1 s").arg(yard, 0, 'f', 2) << '\n'
            << tr("export + import: %1 s; ratio %2 (target ≤ 1.5)")
                   .arg(ours, 0, 'f', 2)
                   .arg(ours / qMax(yard, 0.001), 0, 'f', 2)
            << Qt::endl;
    return Ok;
}

QList<CliCommand> benchPackageCommands()
{
    return {{QStringLiteral("bench-package"),
             BenchPackageVerb::tr("benchmark package export and import against bsdtar + "
                                  "sha256sum"),
             &BenchPackageVerb::run}};
}

} // namespace sy::cli
