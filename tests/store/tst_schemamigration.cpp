// Schema versions 3 and 4 on a real version-2 file: demo-v2.sycat was written by `shuyuan-cli
// demo` at schema version 2. Opening it rebuilds the items table so that items.uuid's uniqueness
// is the named index items_uuid (3), and widens items_resource to hold what the validation pass
// reads (4); every row of every table must survive unchanged, and the file must end up with
// exactly the schema of a catalog created new.
#include "SqlLines.h"
#include "TestSupport.h"
#include "store/CatalogStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

namespace {

// Every row of the tables a clerk's work lives in, and the search index's text.
QStringList everyRow(const QSqlDatabase &db)
{
    QStringList out;
    for (const char *table : {"catalog", "offices", "resources", "items", "products",
                              "registrations", "attachments", "audit", "settings"}) {
        out << QString::fromLatin1(table)
            << test::sqlLines(db, QStringLiteral("SELECT * FROM %1 ORDER BY rowid")
                                      .arg(QString::fromLatin1(table)));
    }
    out << test::sqlLines(db, QStringLiteral("SELECT rowid, * FROM search_index ORDER BY rowid"));
    return out;
}

const QString schemaSql
    = QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("demo.sycat"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/demo-v2.sycat")), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void keepsEveryRow()
    {
        QStringList before;
        {
            CatalogStore old;
            QVERIFY2(old.open(m_path), qPrintable(old.errorString()));
            QVERIFY(!old.migrationBackupPath().isEmpty());
            // The backup is the untouched version-2 file: read the rows from it.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(old.migrationBackupPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QCOMPARE(test::sqlLines(db, QStringLiteral("PRAGMA user_version")),
                     QStringList{QStringLiteral("2")});
            before = everyRow(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QVERIFY(before.size() > 200); // the demo has hundreds of items

        CatalogStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), 4);
        QCOMPARE(everyRow(store.database()), before);
        QCOMPARE(test::sqlLines(store.database(), QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        QCOMPARE(test::sqlLines(store.database(), QStringLiteral("PRAGMA foreign_key_check")),
                 QStringList());
        QVERIFY(store.check().ok); // the audit chain too
        QVERIFY(!store.items(1).isEmpty());
    }

    void endsWithTheSchemaOfANewCatalog()
    {
        CatalogStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        const QStringList migrated = test::sqlLines(store.database(), schemaSql);
        store.close();
        const QString fresh = m_dir->filePath(QStringLiteral("fresh.sycat"));
        QVERIFY(store.create(fresh, CatalogMeta()));
        QCOMPARE(migrated, test::sqlLines(store.database(), schemaSql));
        QVERIFY(migrated.contains(QStringLiteral(
            "index|items_uuid|items|CREATE UNIQUE INDEX items_uuid ON items(uuid)")));
        QVERIFY(migrated.contains(
            QStringLiteral("index|items_resource|items|CREATE INDEX items_resource ON "
                           "items(resource_id, position, name, data_type, length, attrs)")));
        QVERIFY(!migrated.join(QLatin1Char('\n')).contains(QStringLiteral("items_v3")));
        QCOMPARE(test::sqlLines(store.database(),
                                QStringLiteral("SELECT name FROM pragma_index_list('items') "
                                               "WHERE origin = 'u'")),
                 QStringList()); // no column constraint left on items
    }

    void uuidStaysUnique()
    {
        CatalogStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO items(uuid, resource_id, position) SELECT uuid, resource_id, 99 "
            "FROM items ORDER BY id LIMIT 1")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(q.lastError().text()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
