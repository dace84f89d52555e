// CatalogStore on real files: create, reopen, migrate, refuse bad files untouched, roll back
// failed actions, audit every change and detect tampering.
#include "TestSupport.h"
#include "store/BulkWriter.h"
#include "store/CatalogStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestCatalogStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAndReopen();
    void createRefusesExistingFile();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void migratesVersion1();
    void deferredIntegrityCheck();
    void failedActionLeavesFileUnchanged();
    void nestedTransactionRollsBackInner();
    void auditsEveryFieldChange();
    void detectsAuditTampering();
    void detectsDeletedAuditRow();
    void itemsAreOrderedAndDiffed();
    void queryFiltersAndPaging();
    void deleteOfficeWithResourcesIsRefused();
    void bulkWriterRollsBackWhenCancelled();
    void keptStatementsFollowTransactionsAndReopen();

private:
    QString newCatalog(const QString &name = QStringLiteral("c.sycat"));
    qint64 addResource(CatalogStore &store, const QString &code, const QString &name,
                       qint64 office = 0, const QString &grade = QStringLiteral("g3"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCatalogStore::newCatalog(const QString &name)
{
    const QString path = m_dir->filePath(name);
    CatalogStore store;
    CatalogMeta meta;
    meta.name = QStringLiteral("测试目录");
    meta.department = QStringLiteral("广州市测试局");
    meta.uscc = QStringLiteral("91440101MA5CJQ4N59");
    meta.region = QStringLiteral("440100");
    meta.profileId = QStringLiteral("gd-public-data");
    if (!store.create(path, meta))
        qWarning() << store.errorString();
    return path;
}

qint64 TestCatalogStore::addResource(CatalogStore &store, const QString &code, const QString &name,
                                     qint64 office, const QString &grade)
{
    Resource r;
    r.code = code;
    r.name = name;
    r.officeId = office;
    r.grade = grade;
    r.sharing = QStringLiteral("1");
    r.opening = QStringLiteral("3");
    r.status = QStringLiteral("published");
    if (!store.insertResource(r))
        qWarning() << store.errorString();
    return r.id;
}

void TestCatalogStore::createAndReopen()
{
    const QString path = newCatalog();
    {
        CatalogStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), CatalogStore::currentSchemaVersion);
        Office office;
        office.name = QStringLiteral("登记科");
        QVERIFY(store.insertOffice(office));
        QVERIFY(office.id > 0);
        QVERIFY(!office.uuid.isEmpty());
        const qint64 id = addResource(store, QStringLiteral("101001/000001"), QStringLiteral("企业登记信息"), office.id);
        QVERIFY(id > 0);
        Resource r = *store.resource(id);
        r.attrs.insert(QStringLiteral("share_condition"), QStringLiteral("无条件"));
        r.records = 42;
        QVERIFY(store.updateResource(r));
    }
    CatalogStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const CatalogMeta meta = store.meta();
    QCOMPARE(meta.name, QStringLiteral("测试目录"));
    QCOMPARE(meta.uscc, QStringLiteral("91440101MA5CJQ4N59"));
    QCOMPARE(store.counts().resources, 1);
    const auto r = store.resourceByCode(QStringLiteral("101001/000001"));
    QVERIFY(r.has_value());
    QCOMPARE(r->name, QStringLiteral("企业登记信息"));
    QCOMPARE(r->records, 42);
    QCOMPARE(r->attrs.value(QStringLiteral("share_condition")).toString(), QStringLiteral("无条件"));
    QCOMPARE(store.offices().size(), 1);
    QVERIFY(store.check().ok);

    // The file really is WAL with foreign keys enforced on this connection.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void TestCatalogStore::createRefusesExistingFile()
{
    const QString path = newCatalog();
    const QByteArray before = test::fileSha256(path);
    CatalogStore store;
    QVERIFY(!store.create(path, CatalogMeta()));
    QVERIFY(store.errorString().contains(QStringLiteral("already exists")));
    QCOMPARE(test::fileSha256(path), before);
}

void TestCatalogStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("not sqlite") << "garbage.sycat" << "not an SQLite database file";
    QTest::newRow("foreign sqlite") << "foreign.sqlite" << "not a Shuyuan catalog";
    QTest::newRow("future version") << "future.sycat" << "newer version of Shuyuan";
    QTest::newRow("truncated") << "truncated.sycat" << "shorter than its own header";
    QTest::newRow("corrupt") << "corrupt.sycat" << "is damaged";
}

void TestCatalogStore::refusesBadFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(fixture);
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/") + fixture), path));
    const QByteArray before = test::fileSha256(path);
    CatalogStore store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QCOMPARE(test::fileSha256(path), before);
    QVERIFY(!store.openReadOnly(path));
    QCOMPARE(test::fileSha256(path), before);
    // No migration backup was written for a refused file.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);
}

void TestCatalogStore::migratesVersion1()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sycat"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/catalog-v1.sycat")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fileSha256(path);
    CatalogStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), CatalogStore::currentSchemaVersion);
    // The backup is a faithful version-1 copy.
    QVERIFY(QFileInfo::exists(store.migrationBackupPath()));
    {
        CatalogStore backup;
        QVERIFY(!backup.openReadOnly(store.migrationBackupPath())); // must be upgraded to edit
        QVERIFY(backup.errorString().contains(QStringLiteral("upgrade")));
    }
    QVERIFY(test::fileSha256(path) != before);
    // The data survived and the new search index covers the old rows.
    QCOMPARE(store.counts().resources, 2);
    QCOMPARE(store.meta().department, QStringLiteral("广州市示例局"));
    QCOMPARE(store.items(1).size(), 3);
    QCOMPARE(store.search(QStringLiteral("法定代表人")), QList<qint64>{1});
    QCOMPARE(store.search(QStringLiteral("公文")), QList<qint64>{2});
    QVERIFY(store.check().ok);
}

void TestCatalogStore::deferredIntegrityCheck()
{
    // A corrupt page the header cannot reveal: the deferred open succeeds (so a big catalog
    // shows at once), and the worker's check then names the damage.
    const QString path = m_dir->filePath(QStringLiteral("corrupt.sycat"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("catalogs/corrupt.sycat")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    QVERIFY(!CatalogStore::verifyIntegrity(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    // It is a version-1 file: a migration is due, so even a deferred open checks it first.
    CatalogStore store;
    QVERIFY(!store.open(path, CatalogStore::IntegrityCheck::Deferred));
    QVERIFY(store.errorString().contains(QStringLiteral("damaged")));

    const QString healthy = newCatalog(QStringLiteral("healthy.sycat"));
    QVERIFY(store.open(healthy, CatalogStore::IntegrityCheck::Deferred));
    QVERIFY(CatalogStore::verifyIntegrity(healthy, &error));
}

void TestCatalogStore::failedActionLeavesFileUnchanged()
{
    const QString path = newCatalog();
    CatalogStore store;
    QVERIFY(store.open(path));
    addResource(store, QStringLiteral("101001/000001"), QStringLiteral("企业登记信息"));
    const qint64 auditBefore = store.counts().auditRows;
    store.close();
    const QByteArray before = test::fileSha256(path);

    QVERIFY(store.open(path));
    // A resource pointing at an office that does not exist violates the foreign key: the whole
    // action (insert, search index, audit row) must vanish.
    Resource bad;
    bad.name = QStringLiteral("无主资源");
    bad.officeId = 999;
    QVERIFY(!store.insertResource(bad));
    QVERIFY(store.errorString().contains(QStringLiteral("无主资源")));
    QCOMPARE(store.counts().resources, 1);
    QCOMPARE(store.counts().auditRows, auditBefore);
    QVERIFY(store.search(QStringLiteral("无主资源")).isEmpty());
    store.close();
    QCOMPARE(test::fileSha256(path), before);
}

// The per-resource look-ups and the update keep their prepared statements: each call must still
// see the catalog as it is now (after an update, a rolled-back update, a close and a reopen of
// another file), and a kept statement must not hold up a commit, a VACUUM INTO backup or a close.
void TestCatalogStore::keptStatementsFollowTransactionsAndReopen()
{
    const QString first = newCatalog(QStringLiteral("a.sycat"));
    const QString second = newCatalog(QStringLiteral("b.sycat"));
    CatalogStore store;
    QVERIFY(store.open(first));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << addResource(store, QStringLiteral("101001/00000%1").arg(i),
                           QStringLiteral("资源%1").arg(i));
    }
    for (int round = 0; round < 3; ++round) {
        for (qint64 id : std::as_const(ids)) {
            Resource r = *store.resource(id);
            r.records = round * 100 + id;
            QVERIFY2(store.updateResource(r), qPrintable(store.errorString()));
            QCOMPARE(store.resource(id)->records, round * 100 + id);
            QCOMPARE(store.resourceByUuid(r.uuid)->records, round * 100 + id);
            QCOMPARE(store.resourceByCode(r.code)->id, id);
        }
    }
    QVERIFY(store.begin());
    Resource r = *store.resource(ids.first());
    r.records = 7;
    QVERIFY(store.updateResource(r));
    QCOMPARE(store.resource(ids.first())->records, 7);
    QVERIFY(store.rollback());
    QCOMPARE(store.resource(ids.first())->records, 200 + ids.first());
    QVERIFY(!store.resourceByCode(QStringLiteral("101001/999999")).has_value());
    QVERIFY(!store.resource(9999).has_value());
    QVERIFY(store.items(ids.first()).isEmpty());
    const QString backup = m_dir->filePath(QStringLiteral("backup.sycat"));
    QSqlQuery vacuum(store.database());
    QVERIFY2(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)),
             qPrintable(vacuum.lastError().text()));
    QVERIFY(store.check().ok);
    store.close();

    QVERIFY(store.open(second));
    QVERIFY(!store.resource(ids.first()).has_value()); // not the first file's statement
    const qint64 other = addResource(store, QStringLiteral("201001/000001"), QStringLiteral("乙"));
    QCOMPARE(store.resource(other)->name, QStringLiteral("乙"));
}

void TestCatalogStore::nestedTransactionRollsBackInner()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    QVERIFY(store.begin());
    addResource(store, QStringLiteral("101001/000001"), QStringLiteral("甲"));
    QVERIFY(store.begin());
    addResource(store, QStringLiteral("101001/000002"), QStringLiteral("乙"));
    QVERIFY(store.rollback());
    QVERIFY(store.commit());
    QCOMPARE(store.counts().resources, 1);
    QVERIFY(store.resourceByCode(QStringLiteral("101001/000001")).has_value());
    QVERIFY(store.check().ok); // the audit head followed the rollback
}

void TestCatalogStore::auditsEveryFieldChange()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    store.setUser(QStringLiteral("李雷"));
    const qint64 id = addResource(store, QStringLiteral("101001/000001"), QStringLiteral("企业登记信息"));
    Resource r = *store.resource(id);
    r.sharing = QStringLiteral("2");
    r.attrs.insert(QStringLiteral("share_condition"), QStringLiteral("仅限政务使用"));
    QVERIFY(store.updateResource(r));
    const QList<AuditEntry> log = store.auditLog(r.uuid);
    QCOMPARE(log.size(), 3); // created, sharing, share_condition
    QCOMPARE(log.at(0).field, QStringLiteral("sharing"));
    QCOMPARE(log.at(0).oldValue, QStringLiteral("1"));
    QCOMPARE(log.at(0).newValue, QStringLiteral("2"));
    QCOMPARE(log.at(0).user, QStringLiteral("李雷"));
    QCOMPARE(log.at(1).field, QStringLiteral("share_condition"));
    QCOMPARE(log.at(1).newValue, QStringLiteral("仅限政务使用"));
    QCOMPARE(log.at(0).prevHash, log.at(1).hash);
    // Saving without a change writes no audit row.
    const qint64 rows = store.counts().auditRows;
    QVERIFY(store.updateResource(*store.resource(id)));
    QCOMPARE(store.counts().auditRows, rows);
}

void TestCatalogStore::detectsAuditTampering()
{
    const QString path = newCatalog();
    qint64 tamperedId = 0;
    {
        CatalogStore store;
        QVERIFY(store.open(path));
        const qint64 id = addResource(store, QStringLiteral("101001/000001"), QStringLiteral("企业登记信息"));
        Resource r = *store.resource(id);
        r.grade = QStringLiteral("important");
        QVERIFY(store.updateResource(r));
        r.name = QStringLiteral("企业登记信息（更新）");
        QVERIFY(store.updateResource(r));
        QVERIFY(store.check().ok);
        tamperedId = store.auditLog(r.uuid).last().id + 1; // the grade change
        // Someone edits the log behind Shuyuan's back.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET old = 'g1' WHERE id = %1").arg(tamperedId)));
    }
    CatalogStore store;
    QVERIFY(store.open(path));
    const IntegrityReport report = store.check();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBrokenAuditRow, tamperedId);
    QVERIFY(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("row %1").arg(tamperedId)));
}

void TestCatalogStore::detectsDeletedAuditRow()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    addResource(store, QStringLiteral("101001/000001"), QStringLiteral("甲"));
    addResource(store, QStringLiteral("101001/000002"), QStringLiteral("乙"));
    addResource(store, QStringLiteral("101001/000003"), QStringLiteral("丙"));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit WHERE id = 2")));
    const IntegrityReport report = store.check();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBrokenAuditRow, 3);
}

void TestCatalogStore::itemsAreOrderedAndDiffed()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    const qint64 id = addResource(store, QStringLiteral("101001/000001"), QStringLiteral("企业登记信息"));
    QList<InfoItem> items;
    for (const QString &name : {QStringLiteral("统一社会信用代码"), QStringLiteral("企业名称"), QStringLiteral("住所")}) {
        InfoItem i;
        i.name = name;
        i.dataType = QStringLiteral("C");
        items << i;
    }
    QVERIFY(store.setItems(id, items));
    QCOMPARE(store.itemCount(id), 3);
    // Move 住所 to the front, rename 企业名称, drop 统一社会信用代码, add 成立日期.
    QList<InfoItem> edited = store.items(id);
    InfoItem added;
    added.name = QStringLiteral("成立日期");
    added.dataType = QStringLiteral("D");
    edited = {edited.at(2), edited.at(1), added};
    edited[1].name = QStringLiteral("企业（机构）名称");
    QVERIFY(store.setItems(id, edited));
    const QList<InfoItem> after = store.items(id);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).name, QStringLiteral("住所"));
    QCOMPARE(after.at(0).position, 0);
    QCOMPARE(after.at(1).name, QStringLiteral("企业（机构）名称"));
    QCOMPARE(after.at(2).name, QStringLiteral("成立日期"));
    QCOMPARE(store.search(QStringLiteral("成立日期")), QList<qint64>{id});
    QVERIFY(store.search(QStringLiteral("统一社会信用代码")).isEmpty());
    const QList<AuditEntry> renamed = store.auditLog(after.at(1).uuid);
    QVERIFY(std::any_of(renamed.begin(), renamed.end(), [](const AuditEntry &e) {
        return e.field == QLatin1String("name") && e.newValue == QStringLiteral("企业（机构）名称");
    }));
    // Two deletions and two insertions in one call (each statement is prepared once per call
    // and run again with new values).
    InfoItem first, second;
    first.name = QStringLiteral("注册资本");
    second.name = QStringLiteral("经营范围");
    QList<InfoItem> last{after.at(2), first, second};
    QVERIFY(store.setItems(id, last));
    const QList<InfoItem> final = store.items(id);
    QCOMPARE(final.size(), 3);
    QCOMPARE(final.at(0).uuid, after.at(2).uuid);
    QCOMPARE(final.at(0).position, 0);
    QCOMPARE(final.at(1).name, QStringLiteral("注册资本"));
    QCOMPARE(final.at(2).name, QStringLiteral("经营范围"));
    QCOMPARE(final.at(2).position, 2);
    QCOMPARE(store.itemCount(id), 3);
    QVERIFY(store.search(QStringLiteral("住所")).isEmpty());
    QCOMPARE(store.search(QStringLiteral("经营范围")), QList<qint64>{id});
    QVERIFY(store.check().ok);
    QCOMPARE(store.resources({}).constFirst().id, id);
    ResourceQuery byItems;
    byItems.sortKey = QStringLiteral("items");
    QCOMPARE(store.resources(byItems).size(), 1);
}

void TestCatalogStore::queryFiltersAndPaging()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    Office parent;
    parent.name = QStringLiteral("登记注册局");
    QVERIFY(store.insertOffice(parent));
    Office child;
    child.name = QStringLiteral("企业登记处");
    child.parentId = parent.id;
    QVERIFY(store.insertOffice(child));
    for (int i = 0; i < 30; ++i) {
        addResource(store, QStringLiteral("101001/%1").arg(i, 6, 10, QLatin1Char('0')),
                    QStringLiteral("资源%1").arg(i), i % 3 == 0 ? parent.id : child.id,
                    i % 5 == 0 ? QStringLiteral("important") : QStringLiteral("g2"));
    }
    ResourceQuery q;
    QCOMPARE(store.countResources(q), 30);
    q.officeIds = {parent.id};
    QCOMPARE(store.countResources(q), 30); // with sub-offices
    q.includeSubOffices = false;
    QCOMPARE(store.countResources(q), 10);
    q = ResourceQuery();
    q.grades = {QStringLiteral("important")};
    QCOMPARE(store.countResources(q), 6);
    q.officeIds = {child.id};
    QCOMPARE(store.countResources(q), 4); // i = 5, 10, 20, 25
    q = ResourceQuery();
    q.sortKey = QStringLiteral("code");
    q.descending = true;
    q.offset = 10;
    q.limit = 5;
    const QList<Resource> page = store.resources(q);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().code, QStringLiteral("101001/000019"));
    QCOMPARE(store.resourceIds(q).size(), 5);
    QCOMPARE(store.resourceCountByOffice().value(parent.id), 10);
}

void TestCatalogStore::deleteOfficeWithResourcesIsRefused()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    Office o;
    o.name = QStringLiteral("办公室");
    QVERIFY(store.insertOffice(o));
    const qint64 id = addResource(store, QStringLiteral("301001/000001"), QStringLiteral("公文"), o.id);
    QVERIFY(!store.deleteOffice(o.id));
    QVERIFY(store.errorString().contains(QStringLiteral("办公室")));
    QVERIFY(store.deleteResource(id));
    QVERIFY(store.deleteOffice(o.id));
    QVERIFY(store.offices().isEmpty());
}

void TestCatalogStore::bulkWriterRollsBackWhenCancelled()
{
    CatalogStore store;
    QVERIFY(store.open(newCatalog()));
    {
        BulkWriter writer(store);
        QVERIFY(writer.start());
        for (int i = 0; i < 100; ++i) {
            Resource r;
            r.name = QStringLiteral("批量%1").arg(i);
            QList<InfoItem> items(3);
            for (int k = 0; k < 3; ++k)
                items[k].name = QStringLiteral("项%1").arg(k);
            QVERIFY(writer.addResource(r, items));
        }
        // Destroyed without finish(): nothing may remain.
    }
    QCOMPARE(store.counts().resources, 0);
    QCOMPARE(store.counts().items, 0);
    BulkWriter writer(store);
    QVERIFY(writer.start());
    Resource r;
    r.name = QStringLiteral("批量");
    QList<InfoItem> items(2);
    items[0].name = QStringLiteral("甲");
    items[1].name = QStringLiteral("乙");
    QVERIFY(writer.addResource(r, items));
    QVERIFY(writer.finish());
    QCOMPARE(store.counts().items, 2);
    QCOMPARE(store.search(QStringLiteral("乙")), QList<qint64>{r.id});
    QVERIFY(store.check().ok);
}

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
