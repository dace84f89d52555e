#include "ExchangeFixture.h"
#include "TestSupport.h"
#include "exchange/MergeApplier.h"
#include "exchange/MergePlanner.h"
#include "store/CatalogStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestMergePlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;

    const ResourceMerge *find(const MergePlan &plan, const QString &name)
    {
        for (const ResourceMerge &r : plan.resources) {
            if (r.theirs.name == name || (r.status == MergeStatus::Deleted && r.mine.name == name))
                return &r;
        }
        return nullptr;
    }

    // The answer of 登记处: one resource unchanged, one changed (a field the catalog left empty)
    // and conflicting (a field both sides filled), one new; its other resource is gone.
    CatalogSnapshot answer(const CatalogSnapshot &mine)
    {
        CatalogSnapshot s;
        s.meta = mine.meta;
        const Office *office = nullptr;
        for (const Office &o : mine.offices) {
            if (o.name == QStringLiteral("登记处"))
                office = &o;
        }
        s.offices << *office;
        for (const Resource &r : mine.resources) {
            if (r.officeId != office->id)
                continue;
            Resource copy = r;
            if (r.name.endsWith(QLatin1Char('2'))) // 登记处数据2: answered as changed
                continue;
            s.resources << copy;
            s.items.insert(copy.uuid, mine.items.value(copy.uuid));
        }
        Resource identical = s.resources.first();
        Resource changed = identical;
        changed.uuid = newUuid(); // matched by code, not uuid
        changed.attrs.insert(QStringLiteral("remark"), QStringLiteral("新增备注"));
        changed.summary = QStringLiteral("登记处修改后的摘要");
        s.resources.first() = changed;
        s.items.insert(changed.uuid, s.items.value(identical.uuid));
        Resource fresh = test::validResource(office->id, 99, QStringLiteral("新的资源"));
        fresh.uuid = newUuid();
        s.resources << fresh;
        s.items.insert(fresh.uuid, test::validItems({QStringLiteral("字段")}));
        return s;
    }

private slots:
    void init()
    {
        m_catalog
            = m_dir.filePath(QStringLiteral("c%1.sycat").arg(QDateTime::currentMSecsSinceEpoch()));
        QString error;
        QVERIFY2(test::makeCoordinatorCatalog(m_catalog, &error), qPrintable(error));
    }

    void classifies()
    {
        const CatalogSnapshot mine = test::snapshotOf(m_catalog);
        CatalogStore store;
        QVERIFY(store.open(m_catalog));
        MergePlan plan;
        QString error;
        MergeOptions options;
        options.emptyTheirsClears = true;
        QVERIFY(
            MergePlanner::plan(store, *Profile::builtin(), answer(mine), options, &plan, &error));
        QCOMPARE(plan.count(MergeStatus::New), 1);
        QCOMPARE(plan.count(MergeStatus::Conflict), 1);
        QCOMPARE(plan.count(MergeStatus::Deleted), 1);
        const ResourceMerge *c = find(plan, QStringLiteral("登记处数据1"));
        QVERIFY(c);
        QCOMPARE(c->matchedBy, QStringLiteral("code"));
        QCOMPARE(c->fields.size(), 2);
        for (const MergeFieldDiff &f : c->fields) {
            if (f.key == QLatin1String("remark")) {
                QVERIFY(!f.conflict); // the catalog had no remark: a plain change
                QVERIFY(f.takeTheirs);
            } else {
                QCOMPARE(f.key, QStringLiteral("summary"));
                QVERIFY(f.conflict);
                QVERIFY(!f.takeTheirs);
            }
        }
        const ResourceMerge *gone = find(plan, QStringLiteral("登记处数据2"));
        QVERIFY(gone && gone->status == MergeStatus::Deleted && !gone->accept);

        // With the survey's send time after the catalog's last edit, the summary is a change.
        options.baseTime = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(
            MergePlanner::plan(store, *Profile::builtin(), answer(mine), options, &plan, &error));
        QCOMPARE(plan.count(MergeStatus::Conflict), 0);
        QCOMPARE(plan.count(MergeStatus::Changed), 1);

        // The same answer against itself: identical.
        CatalogSnapshot same = mine;
        QVERIFY(MergePlanner::plan(store, *Profile::builtin(), same, options, &plan, &error));
        QCOMPARE(plan.count(MergeStatus::Identical), int(mine.resources.size()));
        QCOMPARE(plan.count(MergeStatus::New) + plan.count(MergeStatus::Changed)
                     + plan.count(MergeStatus::Deleted),
                 0);
    }

    void appliesInOneTransactionAndUndoes()
    {
        const CatalogSnapshot before = test::snapshotOf(m_catalog);
        CatalogStore store;
        QVERIFY(store.open(m_catalog));
        MergePlan plan;
        QString error;
        MergeOptions options;
        QVERIFY(
            MergePlanner::plan(store, *Profile::builtin(), answer(before), options, &plan, &error));
        // Field-by-field: take theirs for the conflict too; delete the missing resource; and
        // decline the new one office-wide, then accept it again.
        plan.chooseForOffice(QStringLiteral("登记处"), false);
        plan.chooseForOffice(QStringLiteral("登记处"), true);
        for (ResourceMerge &r : plan.resources) {
            if (r.status == MergeStatus::Deleted)
                r.accept = true;
        }
        const QString backup = MergeApplier::defaultBackupPath(m_catalog);
        MergeApplier applier;
        MergeUndo undo;
        QVERIFY2(applier.apply(store, plan, backup, &undo), qPrintable(applier.errorString()));
        QVERIFY(QFile::exists(backup));
        QVERIFY(!undo.isEmpty());
        // The new resource (added in bulk) is found by its name and its items' names, and the
        // audit chain holds.
        const QList<qint64> found = store.search(QStringLiteral("新的资源"));
        QCOMPARE(found.size(), 1);
        const QList<InfoItem> newItems = store.items(found.first());
        QVERIFY(!newItems.isEmpty());
        QCOMPARE(store.search(newItems.first().name).contains(found.first()), true);
        QCOMPARE(store.itemCount(found.first()), newItems.size());
        QVERIFY(store.check().ok);
        store.close();

        const CatalogSnapshot after = test::snapshotOf(m_catalog);
        QCOMPARE(after.resources.size(), before.resources.size()); // +1 new, -1 deleted
        bool sawSummary = false, sawNew = false;
        for (const Resource &r : after.resources) {
            sawSummary = sawSummary || r.summary == QStringLiteral("登记处修改后的摘要");
            sawNew = sawNew || r.name == QStringLiteral("新的资源");
            QVERIFY(r.name != QStringLiteral("登记处数据2"));
        }
        QVERIFY(sawSummary && sawNew);
        // The backup is the catalog as it was.
        QString diff;
        QVERIFY2(CatalogSnapshot::equal(before, test::snapshotOf(backup), &diff), qPrintable(diff));

        QVERIFY(store.open(m_catalog));
        QVERIFY2(applier.undo(store, undo), qPrintable(applier.errorString()));
        store.close();
        const CatalogSnapshot undone = test::snapshotOf(m_catalog);
        QCOMPARE(undone.resources.size(), before.resources.size());
        QSet<QString> names;
        for (const Resource &r : undone.resources)
            names.insert(r.name + QLatin1Char('|') + r.summary);
        for (const Resource &r : before.resources)
            QVERIFY2(names.contains(r.name + QLatin1Char('|') + r.summary), qPrintable(r.name));

        QVERIFY(store.open(m_catalog));
        QVERIFY(store.check().ok);
    }

    void cancelLeavesCatalogUnchanged()
    {
        const CatalogSnapshot before = test::snapshotOf(m_catalog);
        CatalogStore store;
        QVERIFY(store.open(m_catalog));
        CatalogSnapshot big = answer(before);
        for (int i = 0; i < 500; ++i) {
            Resource r = test::validResource(big.offices.first().id, 1000 + i,
                                             QStringLiteral("批量%1").arg(i));
            r.uuid = newUuid();
            big.resources << r;
        }
        MergePlan plan;
        QString error;
        QVERIFY(MergePlanner::plan(store, *Profile::builtin(), big, MergeOptions(), &plan, &error));
        MergeApplier applier;
        ExchangeProgress progress;
        progress.cancelled = [] {
            return true;
        };
        applier.setProgress(progress);
        QVERIFY(!applier.apply(store, plan, QString()));
        QVERIFY(applier.wasCancelled());
        store.close();
        QString diff;
        const CatalogSnapshot after = test::snapshotOf(m_catalog);
        QVERIFY2(CatalogSnapshot::equal(before, after, &diff), qPrintable(diff));
    }

    void reportIsSaved()
    {
        CatalogStore store;
        QVERIFY(store.open(m_catalog));
        MergePlan plan;
        QString error;
        QVERIFY(MergePlanner::plan(store, *Profile::builtin(), answer(test::snapshotOf(m_catalog)),
                                   MergeOptions(), &plan, &error));
        plan.source = QStringLiteral("登记处.xlsx");
        const QString path = m_dir.filePath(QStringLiteral("merge-report.json"));
        QVERIFY(MergeApplier::saveReport(plan, path, &error));
        const QJsonObject json = QJsonDocument::fromJson(test::readAll(path)).object();
        QCOMPARE(
            json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("new")).toInt(),
            1);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("merge-report.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestMergePlanner)
#include "tst_mergeplanner.moc"
