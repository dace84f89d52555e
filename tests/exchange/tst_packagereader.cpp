#include "ExchangeFixture.h"
#include "TestSupport.h"
#include "exchange/CatalogImporter.h"
#include "exchange/MergeApplier.h"
#include "exchange/MergePlanner.h"
#include "exchange/PackageReader.h"
#include "store/CatalogStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sy;

// Refused packages leave the catalog they were meant for byte-identical.
class TestPackageReader : public QObject
{
    Q_OBJECT

private slots:
    void refusalLeavesCatalogUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"zip-slip", "absolute-path", "symlink", "bomb", "wrong-hash", "truncated",
              "duplicate", "missing-hash", "unknown-version", "unlisted"})
            QTest::newRow(f) << QString::fromLatin1(f) + QStringLiteral(".sypkg");
    }

    void refusalLeavesCatalogUnchanged()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("c.sycat"));
        QString error;
        QVERIFY(test::makeCoordinatorCatalog(catalog, &error));
        const QByteArray before = test::fileSha256(catalog);
        // The CLI path: read, and only on success plan and apply.
        PackageReader reader;
        QVERIFY(!reader.read(test::dataPath(QStringLiteral("exchange/") + file)));
        QCOMPARE(test::fileSha256(catalog), before);
        const test::CliResult r = test::runCli({QStringLiteral("import"),
                                                test::dataPath(QStringLiteral("exchange/") + file),
                                                catalog, QStringLiteral("--into")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(test::fileSha256(catalog), before);
        // And into a new catalog: nothing is created.
        const QString fresh = dir.filePath(QStringLiteral("new.sycat"));
        const test::CliResult n = test::runCli(
            {QStringLiteral("import"), test::dataPath(QStringLiteral("exchange/") + file), fresh});
        QCOMPARE(n.exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
    }

    void messagesAreTranslated()
    {
        const test::CliResult r = test::runCli(
            {QStringLiteral("import"), test::dataPath(QStringLiteral("exchange/wrong-hash.sypkg")),
             QStringLiteral("/tmp/never-created.sycat")},
            QStringLiteral("zh_CN"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("SHA-256")), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("清单")), r.err.constData());
    }

    void cancelledImportCreatesNothing()
    {
        PackageReader reader;
        QVERIFY(reader.read(test::dataPath(QStringLiteral("exchange/good.sypkg"))));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sycat"));
        CatalogImporter importer;
        ExchangeProgress progress;
        progress.cancelled = [] {
            return true;
        };
        importer.setProgress(progress);
        CatalogSnapshot big = reader.snapshot();
        for (int i = 0; i < 1500; ++i) {
            Resource r = big.resources.first();
            r.uuid = newUuid();
            r.code = QStringLiteral("300001/%1").arg(i + 10);
            big.resources << r;
        }
        QVERIFY(!importer.createCatalog(path, big));
        QVERIFY(importer.wasCancelled());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_packagereader.moc"
