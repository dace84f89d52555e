// Benchmark (not a test): validates a catalog file and prints how long each phase takes.
//   bench_validate FILE [threads] [only]
#include "rules/CatalogValidator.h"
#include "store/CatalogStore.h"
#include "store/ValidationQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_validate FILE [threads]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int threads = argc > 2 ? QByteArray(argv[2]).toInt() : 2;
    sy::RuleEngine engine;
    QElapsedTimer t;
    // A third argument "only" skips the phase-by-phase figures (for `time` / CPU measurements).
    const bool only = argc > 3 && QByteArray(argv[3]) == "only";
    // "scan" times the validation pass's reader alone (for profiling it).
    if (argc > 3 && QByteArray(argv[3]) == "scan") {
        sy::CatalogStore store;
        t.start();
        if (!store.openReadOnly(path)) {
            out << store.errorString() << '\n';
            return 3;
        }
        out << "open (with quick_check): " << t.elapsed() << " ms" << Qt::endl;
        sy::ValidationQueries q(store);
        qint64 n = 0;
        t.start();
        q.scanResources([&](const sy::Resource &, QByteArrayView,
                            const QList<sy::ValidationQueries::ScannedItem> &i,
                            const sy::TextPool &) {
            n += i.size();
            return true;
        });
        out << "scan only: " << n << " items in " << t.elapsed() << " ms\n";
        return 0;
    }
    if (!only) {
        sy::CatalogStore store;
        if (!store.openReadOnly(path)) {
            out << store.errorString() << '\n';
            return 3;
        }
        sy::ValidationQueries q(store);
        t.start();
        const auto d = q.duplicateCodes();
        out << "duplicate codes: " << d.size() << " in " << t.restart() << " ms\n";
        const auto m = q.missingRelatedCodes();
        out << "missing related: " << m.size() << " in " << t.restart() << " ms\n";
        const auto o = q.oneSourceConflicts();
        out << "一数一源: " << o.size() << " in " << t.restart() << " ms\n";
        {
            QElapsedTimer live;
            live.start();
            const auto found = sy::CatalogValidator::checkResource(engine, store, 1);
            out << "live re-check of resource 1: " << found.size() << " findings in "
                << live.elapsed() << " ms\n";
            t.restart();
        }
        qint64 n = 0, items = 0;
        q.forEachResource([&](const sy::Resource &, const QList<sy::InfoItem> &i) {
            ++n;
            items += i.size();
            return true;
        });
        out << "stream only: " << n << " resources, " << items << " items in " << t.restart()
            << " ms\n";
        n = 0;
        items = 0;
        q.scanResources([&](const sy::Resource &, QByteArrayView,
                            const QList<sy::ValidationQueries::ScannedItem> &i,
                            const sy::TextPool &) {
            ++n;
            items += i.size();
            return true;
        });
        out << "scan only (validation pass reader): " << n << " resources, " << items
            << " items in " << t.restart() << " ms\n";
        n = 0;
        qint64 findings = 0;
        q.forEachResource([&](const sy::Resource &r, const QList<sy::InfoItem> &i) {
            sy::QualityTally tally;
            findings += engine.checkResource(r, i, &tally).size();
            ++n;
            return true;
        });
        out << "stream + rules (1 thread): " << findings << " findings in " << t.restart()
            << " ms\n";
        findings = 0;
        q.forEachResource([&](const sy::Resource &r, const QList<sy::InfoItem> &) {
            sy::QualityTally tally;
            findings += engine.checkResource(r, {}, &tally).size();
            return true;
        });
        out << "stream + resource rules only (1 thread): " << findings << " findings in "
            << t.restart() << " ms\n";
    }
    // As in the GUI and the CLI, the catalog is open (and checked) before "validate all": the
    // validator's own connections then skip quick_check, which is not part of the figure.
    sy::CatalogStore opened;
    if (!opened.openReadOnly(path)) {
        out << opened.errorString() << '\n';
        return 3;
    }
    sy::CatalogValidator validator(engine);
    validator.setThreads(threads);
    sy::ValidationResult result;
    // CPU time next to wall time: on a shared machine the first is the steadier figure.
    auto cpuMs = [](bool system = false) {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        const timeval &t = system ? u.ru_stime : u.ru_utime;
        return t.tv_sec * 1000.0 + t.tv_usec / 1000.0;
    };
    const double cpuBefore = cpuMs(), systemBefore = cpuMs(true);
    t.start();
    if (!validator.validate(path, &result)) {
        out << validator.errorString() << '\n';
        return 1;
    }
    const qint64 wall = t.elapsed();
    const auto c = result.counts();
    out << "CatalogValidator (" << threads << " threads): " << result.resourcesChecked
        << " resources, " << c.errors << " errors, " << c.warnings << " warnings, " << c.infos
        << " notes in " << wall << " ms (CPU " << qRound(cpuMs() - cpuBefore) << " + "
        << qRound(cpuMs(true) - systemBefore) << " ms in the kernel); quality "
        << result.catalogScore().overall << '\n';
    return 0;
}
