// `bench`: the foundation's benchmark. Generates demo catalogs of several sizes, times
// generation, opening and search, and measures the sqlite3 command-line tool importing the same
// rows into the same schema as the yardstick for the insert rate.
#include "CliSupport.h"
#include "demo/DemoGenerator.h"
#include "store/BulkWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace sy::cli {

namespace {

class BenchVerb
{
    Q_DECLARE_TR_FUNCTIONS(sy::cli::BenchVerb)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static double sqliteYardstick(const QString &sqlite3, const QString &catalog, const QString &dir,
                                  QString *error);
    static QStringList queries();
    static double reinsert(const QString &source, const QString &target, QString *error);
};

// 100 varied queries: names, item names and summary words of one to six characters.
// Milliseconds the store takes to write every resource and item of `source` into a new catalog
// (offices included) through BulkWriter, once the rows are in memory; -1 on failure.
double BenchVerb::reinsert(const QString &source, const QString &target, QString *error)
{
    CatalogStore from;
    if (!from.openReadOnly(source)) {
        *error = from.errorString();
        return -1;
    }
    const QList<Office> offices = from.offices();
    QList<Resource> resources = from.resources({});
    QList<QList<InfoItem>> items;
    items.reserve(resources.size());
    for (const Resource &r : std::as_const(resources))
        items << from.items(r.id);
    const CatalogMeta meta = from.meta();
    from.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);

    QElapsedTimer timer;
    timer.start();
    CatalogStore to;
    if (!to.create(target, meta)) {
        *error = to.errorString();
        return -1;
    }
    BulkWriter writer(to); // after create(): it prepares its statements on the open connection
    if (!writer.start()) {
        *error = writer.errorString();
        return -1;
    }
    QHash<qint64, qint64> officeIds;
    for (Office o : offices) {
        const qint64 oldId = o.id;
        o.parentId = officeIds.value(o.parentId);
        if (!writer.addOffice(o)) {
            *error = writer.errorString();
            return -1;
        }
        officeIds.insert(oldId, o.id);
    }
    for (int i = 0; i < resources.size(); ++i) {
        Resource &r = resources[i];
        r.officeId = officeIds.value(r.officeId);
        if (!writer.addResource(r, items[i])) {
            *error = writer.errorString();
            return -1;
        }
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return -1;
    }
    to.close();
    return double(timer.elapsed());
}

QStringList BenchVerb::queries()
{
    const QStringList words{
        QStringLiteral("营业执照"), QStringLiteral("企业"), QStringLiteral("登记"), QStringLiteral("信用"),
        QStringLiteral("食品"), QStringLiteral("特种设备"), QStringLiteral("统一社会信用代码"),
        QStringLiteral("法定代表人"), QStringLiteral("广州市"), QStringLiteral("深圳"), QStringLiteral("抽检"),
        QStringLiteral("召回"), QStringLiteral("计量"), QStringLiteral("标准"), QStringLiteral("商标"),
        QStringLiteral("专利"), QStringLiteral("投诉举报"), QStringLiteral("价格"), QStringLiteral("处罚"),
        QStringLiteral("年度报告"), QStringLiteral("经营异常"), QStringLiteral("电梯"), QStringLiteral("许可证"),
        QStringLiteral("检验结论"), QStringLiteral("注册资本"), QStringLiteral("网络交易"), QStringLiteral("直播"),
        QStringLiteral("消费"), QStringLiteral("12315"), QStringLiteral("2020年"), QStringLiteral("东莞市企业"),
        QStringLiteral("农民专业合作社"), QStringLiteral("外商投资"), QStringLiteral("股东"), QStringLiteral("质押"),
        QStringLiteral("地理标志"), QStringLiteral("能效"), QStringLiteral("气瓶"), QStringLiteral("维保"),
        QStringLiteral("不存在的资源"), QStringLiteral("质"), QStringLiteral("码"), QStringLiteral("企业 登记"),
        QStringLiteral("食品 抽检"), QStringLiteral("信息"), QStringLiteral("住所"), QStringLiteral("经营范围"),
        QStringLiteral("严重违法"), QStringLiteral("信用修复"), QStringLiteral("监测"),
    };
    QStringList all;
    for (int i = 0; i < 100; ++i)
        all << words.at(i % words.size());
    return all;
}

double BenchVerb::sqliteYardstick(const QString &sqlite3, const QString &catalog, const QString &dir,
                                  QString *error)
{
    const QString resourcesCsv = QDir(dir).filePath(QStringLiteral("resources.csv"));
    const QString itemsCsv = QDir(dir).filePath(QStringLiteral("items.csv"));
    const QString target = QDir(dir).filePath(QStringLiteral("yardstick.db"));
    QFile::remove(target);
    auto runSqlite = [&](const QString &db, const QString &script, qint64 *ms) {
        QProcess p;
        p.start(sqlite3, {db});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        if (ms)
            *ms = t.elapsed();
        return true;
    };
    // Dump the rows the generator wrote, then import them into an empty copy of the schema
    // (tables, indexes and the search index) in one transaction, as the generator does.
    const QString dump = QStringLiteral(".mode csv\n.headers off\n.output %1\nSELECT * FROM resources;\n"
                                        ".output %2\nSELECT * FROM items;\n.output stdout\n")
                             .arg(resourcesCsv, itemsCsv);
    if (!runSqlite(catalog, dump, nullptr))
        return -1;
    QProcess schemaDump;
    schemaDump.start(sqlite3, {catalog, QStringLiteral(".schema resources")});
    schemaDump.waitForFinished();
    QString schema = QString::fromUtf8(schemaDump.readAllStandardOutput());
    schemaDump.start(sqlite3, {catalog, QStringLiteral(".schema items")});
    schemaDump.waitForFinished();
    schema += QString::fromUtf8(schemaDump.readAllStandardOutput());
    schema.replace(QLatin1String("REFERENCES offices(id)"), QString());
    const QString import = schema
                           + QStringLiteral(
                               "\nCREATE VIRTUAL TABLE search_index USING fts5(name, summary, items, "
                               "tokenize='trigram');\nPRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
                               "BEGIN;\n.import --csv %1 resources\n.import --csv %2 items\n"
                               "INSERT INTO search_index(rowid, name, summary, items) SELECT r.id, "
                               "r.name || '  ', r.summary || '  ', (SELECT group_concat(name, ' ') FROM "
                               "items WHERE resource_id = r.id) || '  ' FROM resources r;\nCOMMIT;\n")
                                 .arg(resourcesCsv, itemsCsv);
    qint64 ms = 0;
    if (!runSqlite(target, import, &ms))
        return -1;
    return double(ms);
}

int BenchVerb::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Benchmark: demo generation (time, size, rows per second), opening and search "
           "latency, against the sqlite3 tool importing the same rows."));
    const QCommandLineOption sizes(QStringLiteral("sizes"), tr("comma-separated resource counts"),
                                   tr("list"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), tr("working folder (default: a temporary one)"),
                                       tr("folder"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           tr("measure opening and search of this existing catalog only"),
                                           tr("file"));
    parser.addOptions({sizes, dirOption, catalogOption});
    int code = Ok;
    if (!parseVerb(parser, QStringLiteral("bench"), args, ctx, &code, 0, 0))
        return code;
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    if (!QDir().mkpath(dir)) {
        ctx.err << tr("Cannot create the folder “%1”.").arg(dir) << Qt::endl;
        return IoError;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        ctx.err << tr("The sqlite3 tool is not installed; the yardstick is skipped.") << Qt::endl;

    const bool existing = parser.isSet(catalogOption);
    const QStringList list = existing ? QStringList{parser.value(catalogOption)}
                                      : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &s : list) {
        const int n = existing ? 0 : s.toInt();
        if (!existing && n <= 0) {
            ctx.err << tr("“%1” is not a positive number.").arg(s) << Qt::endl;
            return Usage;
        }
        const QString path = existing ? s : QDir(dir).filePath(QStringLiteral("bench-%1.sycat").arg(n));
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!existing) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            DemoGenerator::Options options;
            options.resources = n;
            if (!DemoGenerator::generate(path, options, &error)) {
                ctx.err << error << Qt::endl;
                return IoError;
            }
        }
        const double genMs = double(timer.elapsed());
        CatalogStore store;
        timer.restart();
        if (!store.open(path)) {
            ctx.err << store.errorString() << Qt::endl;
            return IoError;
        }
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        const CatalogCounts counts = store.counts();
        const double rows = double(counts.resources + counts.items);

        QList<double> latencies;
        QList<QPair<double, QString>> slowest;
        for (const QString &q : queries()) {
            QElapsedTimer t;
            t.start();
            const QList<qint64> ids = store.search(q, 50);
            latencies << double(t.nsecsElapsed()) / 1e6;
            slowest << qMakePair(latencies.constLast(), q);
            Q_UNUSED(ids)
        }
        std::sort(latencies.begin(), latencies.end());
        std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const double p50 = latencies.at(latencies.size() / 2);
        const double p95 = latencies.at(int(latencies.size() * 95 / 100));
        store.close();

        ctx.out << tr("%1 resources, %2 information items").arg(counts.resources).arg(counts.items) << '\n';
        if (!existing) {
            ctx.out << tr("  generate: %1 s, %2 rows/s, file %3")
                           .arg(genMs / 1000.0, 0, 'f', 2)
                           .arg(rows / (genMs / 1000.0), 0, 'f', 0)
                           .arg(humanBytes(QFileInfo(path).size()))
                    << '\n';
        }
        ctx.out << tr("  open: %1 ms").arg(openMs, 0, 'f', 1) << '\n'
                << tr("  search over %1 queries: p50 %2 ms, p95 %3 ms")
                       .arg(latencies.size())
                       .arg(p50, 0, 'f', 2)
                       .arg(p95, 0, 'f', 2)
                << '\n';
        QStringList worst;
        for (int i = 0; i < qMin(5, int(slowest.size())); ++i)
            worst << QStringLiteral("%1 (%2 ms)").arg(slowest.at(i).second).arg(slowest.at(i).first, 0, 'f', 1);
        ctx.out << tr("  slowest queries: %1").arg(worst.join(QStringLiteral(", "))) << '\n';
        if (!sqlite3.isEmpty() && !existing) {
            // The generator's time includes making up the data; the insert rate proper is that of
            // the store writing rows that already exist, as sqlite3 .import does.
            const double insertMs = reinsert(path, QDir(dir).filePath(QStringLiteral("reinsert.sycat")),
                                             &error);
            const double yardMs = sqliteYardstick(sqlite3, path, dir, &error);
            if (yardMs < 0 || insertMs < 0) {
                ctx.out << tr("  sqlite3 yardstick failed: %1").arg(error) << '\n';
            } else {
                ctx.out << tr("  Shuyuan's bulk insert of the same rows: %1 s, %2 rows/s")
                               .arg(insertMs / 1000.0, 0, 'f', 2)
                               .arg(rows / (insertMs / 1000.0), 0, 'f', 0)
                        << '\n'
                        << tr("  sqlite3 .import of the same rows: %1 s, %2 rows/s; Shuyuan reaches %3 % "
                              "of its rate")
                               .arg(yardMs / 1000.0, 0, 'f', 2)
                               .arg(rows / (yardMs / 1000.0), 0, 'f', 0)
                               .arg(100.0 * yardMs / insertMs, 0, 'f', 0)
                        << '\n';
            }
        }
        ctx.out.flush();
    }
    return Ok;
}

} // namespace

QList<CliCommand> benchCommands()
{
    return {{QStringLiteral("bench"), BenchVerb::tr("benchmark generation, opening and search"), &BenchVerb::run}};
}

} // namespace sy::cli
