#include "ExchangeFixture.h"
#include "TestSupport.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestCliExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString out(const test::CliResult &r) { return QString::fromUtf8(r.out + r.err); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("SHUYUAN_KEEP_TEST_DIR")) {
            m_dir.setAutoRemove(false);
            qInfo() << "test dir" << m_dir.path();
        }
        QString error;
        QVERIFY2(test::makeCoordinatorCatalog(path(QStringLiteral("c.sycat")), &error),
                 qPrintable(error));
    }

    void exportImport()
    {
        test::CliResult r = test::runCli({QStringLiteral("export"), path(QStringLiteral("c.sycat")),
                                          path(QStringLiteral("c.sypkg"))});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        r = test::runCli({QStringLiteral("import"), path(QStringLiteral("c.sypkg")),
                          path(QStringLiteral("copy.sycat"))});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        QString diff;
        QVERIFY2(CatalogSnapshot::equal(test::snapshotOf(path(QStringLiteral("c.sycat"))),
                                        test::snapshotOf(path(QStringLiteral("copy.sycat"))),
                                        &diff),
                 qPrintable(diff));
        // Refuses to overwrite; --into merges (nothing to do: all identical).
        r = test::runCli({QStringLiteral("import"), path(QStringLiteral("c.sypkg")),
                          path(QStringLiteral("copy.sycat"))});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("import"), path(QStringLiteral("c.sypkg")),
                          path(QStringLiteral("copy.sycat")), QStringLiteral("--into"),
                          QStringLiteral("--report"), path(QStringLiteral("r.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        const QJsonObject report
            = QJsonDocument::fromJson(test::readAll(path(QStringLiteral("r.json")))).object();
        QCOMPARE(report.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("identical"))
                     .toInt(),
                 6);
    }

    void damagedCatalogExportsNothing()
    {
        // A damaged index the export never reads: only the quick_check, which runs beside the
        // export's reading, can notice it, and the package must then not replace the old one.
        const QString damaged = path(QStringLiteral("damaged.sycat"));
        QVERIFY(QFile::copy(path(QStringLiteral("c.sycat")), damaged));
        qint64 page = 0;
        qint64 root = 0;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(damaged);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            page = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT rootpage FROM sqlite_schema WHERE name = 'resources_bytes'"))
                    && q.next());
            root = q.value(0).toLongLong();
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QVERIFY(page > 0 && root > 1);
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((root - 1) * page));
        QCOMPARE(file.write(QByteArray(page, '\xff')), page);
        file.close();

        const QString package = path(QStringLiteral("kept.sypkg"));
        {
            QFile old(package);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier package");
        }
        const test::CliResult r
            = test::runCli({QStringLiteral("export"), damaged, package, QStringLiteral("--draft")});
        QVERIFY2(r.exitCode != 0, qPrintable(out(r)));
        QVERIFY2(out(r).contains(QStringLiteral("damaged")), qPrintable(out(r)));
        QCOMPARE(test::readAll(package), QByteArray("an earlier package"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.sypkg*")}, QDir::Files),
                 QStringList{QStringLiteral("kept.sypkg")});
    }

    void templateAndImportTable()
    {
        test::CliResult r = test::runCli(
            {QStringLiteral("template"), path(QStringLiteral("c.sycat")),
             path(QStringLiteral("t.xlsx")), QStringLiteral("--office"), QStringLiteral("登记处")});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        XlsxReader x;
        QVERIFY(x.readFile(path(QStringLiteral("t.xlsx"))));
        r = test::runCli({QStringLiteral("template"), path(QStringLiteral("c.sycat")),
                          path(QStringLiteral("s.sypkg")), QStringLiteral("--office"),
                          QStringLiteral("不存在")});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("template"), path(QStringLiteral("c.sycat")),
                          path(QStringLiteral("s.sypkg"))});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));

        // GBK CSV, dry run with a report: errors found (exit 1), catalog untouched.
        const QByteArray before = test::fileSha256(path(QStringLiteral("c.sycat")));
        r = test::runCli({QStringLiteral("import-table"), path(QStringLiteral("c.sycat")),
                          test::dataPath(QStringLiteral("exchange/gbk-newlines.csv")),
                          QStringLiteral("--dry-run"), QStringLiteral("--report"),
                          path(QStringLiteral("problems.xlsx"))});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 0, qPrintable(out(r)));
        QVERIFY(QFile::exists(path(QStringLiteral("problems.xlsx"))));
        QCOMPARE(test::fileSha256(path(QStringLiteral("c.sycat"))), before);

        // An explicit mapping file.
        QFile mapping(path(QStringLiteral("m.json")));
        QVERIFY(mapping.open(QIODevice::WriteOnly));
        mapping.write(
            QJsonDocument(QJsonObject{{QStringLiteral("resource_columns"),
                                       QJsonObject{{QStringLiteral("信息资源摘要"), QString()}}}})
                .toJson());
        mapping.close();
        r = test::runCli({QStringLiteral("import-table"), path(QStringLiteral("c.sycat")),
                          test::dataPath(QStringLiteral("exchange/utf8-tab.csv")),
                          QStringLiteral("--mapping"), path(QStringLiteral("m.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        r = test::runCli({QStringLiteral("import-table"), path(QStringLiteral("c.sycat")),
                          test::dataPath(QStringLiteral("exchange/utf8-tab.csv")),
                          QStringLiteral("--show-mapping")});
        QVERIFY(out(r).contains(QStringLiteral("update_cycle")));
    }

    void mergeDryRun()
    {
        const QByteArray before = test::fileSha256(path(QStringLiteral("c.sycat")));
        const test::CliResult r
            = test::runCli({QStringLiteral("merge"), path(QStringLiteral("c.sycat")),
                            path(QStringLiteral("t.xlsx")), QStringLiteral("--dry-run")});
        if (r.exitCode != 0)
            qWarning().noquote() << out(r);
        QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
        QVERIFY(out(r).contains(QStringLiteral("identical: 2")));
        QCOMPARE(test::fileSha256(path(QStringLiteral("c.sycat"))), before);
    }

    void exportTables()
    {
        for (const QString &what :
             {QStringLiteral("catalog"), QStringLiteral("items"), QStringLiteral("ledger")}) {
            for (const QString &ext : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
                const QString file = path(what + QLatin1Char('.') + ext);
                const test::CliResult r
                    = test::runCli({QStringLiteral("export-table"), path(QStringLiteral("c.sycat")),
                                    file, QStringLiteral("--what"), what});
                QVERIFY2(r.exitCode == 0, qPrintable(out(r)));
                QVERIFY(QFileInfo(file).size() > 100);
            }
        }
        XlsxReader x;
        QVERIFY(x.readFile(path(QStringLiteral("ledger.xlsx"))));
        QCOMPARE(x.sheets().size(), 2);
        const int resources
            = int(test::snapshotOf(path(QStringLiteral("c.sycat"))).resources.size());
        QCOMPARE(x.sheets().first().rowCount(), resources + 1);
        // The exported catalog workbook imports back as identical resources.
        const test::CliResult r
            = test::runCli({QStringLiteral("merge"), path(QStringLiteral("c.sycat")),
                            path(QStringLiteral("catalog.xlsx")), QStringLiteral("--dry-run")});
        QVERIFY2(out(r).contains(QStringLiteral("identical: %1").arg(resources)),
                 qPrintable(out(r)));
    }

    void inferItems()
    {
        const test::CliResult r
            = test::runCli({QStringLiteral("infer-items"),
                            test::dataPath(QStringLiteral("exchange/libreoffice.xlsx")),
                            QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(out(r).contains(QStringLiteral("\"data_type\": \"D\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
