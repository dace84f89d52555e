// CatalogDocument: every edit is one undo command and one transaction; failures leave the
// file and the undo stack untouched.
#include "CatalogDocument.h"
#include "UiTestSupport.h"
#include "store/CatalogStore.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace sy;

class TestCatalogDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fieldEditUndoRedo();
    void deleteUndoRedoAcrossEdits();
    void itemsUndoKeepsIdentity();
    void failedEditIsNotPushed();
    void saveCopyAsRefusesItself();
    void signals_();
    void deferredIntegrityCheck();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogDocument> m_doc;
    QString m_path;
    int m_counter = 0;
};

void TestCatalogDocument::init()
{
    test::isolateGui(m_dir);
    m_path = test::makeDemoCatalog(m_dir, QStringLiteral("d%1.sycat").arg(++m_counter), 20);
    m_doc = std::make_unique<CatalogDocument>();
    m_doc->setUser(QStringLiteral("张三"));
    QVERIFY(m_doc->open(m_path));
}

void TestCatalogDocument::cleanup()
{
    m_doc.reset();
}

void TestCatalogDocument::fieldEditUndoRedo()
{
    const qint64 id = m_doc->store()->resourceIds(ResourceQuery()).first();
    const QString old = m_doc->store()->resource(id)->name;
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("甲")));
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("甲"))); // no-op
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("topic"), QStringLiteral("1")));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()->resource(id)->name, old);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->store()->resource(id)->name, QStringLiteral("甲"));
    const QList<AuditEntry> log = m_doc->store()->auditLog(m_doc->store()->resource(id)->uuid);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().user.isEmpty() ? log.last().user : log.first().user,
             QStringLiteral("张三"));
}

void TestCatalogDocument::deleteUndoRedoAcrossEdits()
{
    const qint64 id = m_doc->store()->resourceIds(ResourceQuery()).at(3);
    const Resource r = *m_doc->store()->resource(id);
    const int items = m_doc->store()->itemCount(id);
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("乙")));
    QVERIFY(m_doc->deleteResources({id}));
    QVERIFY(!m_doc->store()->resourceByUuid(r.uuid));
    m_doc->undoStack()->undo(); // back, perhaps with a new id
    const auto back = m_doc->store()->resourceByUuid(r.uuid);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("乙"));
    QCOMPARE(m_doc->store()->itemCount(back->id), items);
    m_doc->undoStack()->undo(); // the rename still finds it by UUID
    QCOMPARE(m_doc->store()->resourceByUuid(r.uuid)->name, r.name);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QVERIFY(!m_doc->store()->resourceByUuid(r.uuid));
    QCOMPARE(m_doc->store()->counts().resources, 19);
}

void TestCatalogDocument::itemsUndoKeepsIdentity()
{
    const qint64 id = m_doc->store()->resourceIds(ResourceQuery()).first();
    const QList<InfoItem> original = m_doc->store()->items(id);
    QList<InfoItem> fewer = original;
    fewer.removeFirst();
    QVERIFY(m_doc->setItems(id, fewer, QStringLiteral("remove")));
    m_doc->undoStack()->undo();
    const QList<InfoItem> back = m_doc->store()->items(id);
    QCOMPARE(back.size(), original.size());
    for (int i = 0; i < back.size(); ++i)
        QCOMPARE(back.at(i).uuid, original.at(i).uuid);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()->items(id).size(), original.size());
}

void TestCatalogDocument::failedEditIsNotPushed()
{
    QSignalSpy errors(m_doc.get(), &CatalogDocument::errorOccurred);
    QVERIFY(!m_doc->setResourceField(999999, QStringLiteral("name"), QStringLiteral("x")));
    // Deleting an office that still has resources is refused by the store.
    const QHash<qint64, qint64> counts = m_doc->store()->resourceCountByOffice();
    qint64 busy = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key() > 0 && it.value() > 0)
            busy = it.key();
    }
    QVERIFY(busy);
    QVERIFY(!m_doc->deleteOffice(busy));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->errorString().isEmpty());
    QCOMPARE(errors.size(), 1);
}

void TestCatalogDocument::saveCopyAsRefusesItself()
{
    QString error;
    QVERIFY(!m_doc->saveCopyAs(m_path, &error));
    QVERIFY(!error.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copy-d%1.sycat").arg(m_counter));
    QVERIFY2(m_doc->saveCopyAs(copy, &error), qPrintable(error));
    // Replacing an existing copy works too (the GUI asked the clerk already).
    QVERIFY2(m_doc->saveCopyAs(copy, &error), qPrintable(error));
    CatalogStore other;
    QVERIFY(other.open(copy));
    QCOMPARE(other.counts().resources, 20);
}

void TestCatalogDocument::signals_()
{
    QSignalSpy one(m_doc.get(), &CatalogDocument::resourceChanged);
    QSignalSpy many(m_doc.get(), &CatalogDocument::resourcesChanged);
    QSignalSpy offices(m_doc.get(), &CatalogDocument::officesChanged);
    QSignalSpy closed(m_doc.get(), &CatalogDocument::catalogClosed);
    const qint64 id = m_doc->store()->resourceIds(ResourceQuery()).first();
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("丙")));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().first().toLongLong(), id);
    QVERIFY(m_doc->addResource(Resource()));
    QCOMPARE(many.size(), 1);
    Office o;
    o.name = QStringLiteral("科");
    QVERIFY(m_doc->addOffice(o));
    QCOMPARE(offices.size(), 1);
    m_doc->close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_doc->undoStack()->canUndo());
}

void TestCatalogDocument::deferredIntegrityCheck()
{
    // As with a 100k catalog: shown at once, checked on a worker, edited afterwards.
    m_doc->close();
    m_doc->setDeferCheckAboveBytes(0);
    QSignalSpy checked(m_doc.get(), &CatalogDocument::integrityChecked);
    QVERIFY(m_doc->open(m_path));
    const qint64 id = m_doc->store()->resourceIds(ResourceQuery()).first();
    if (m_doc->isCheckingIntegrity()) {
        QVERIFY(!m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("戊")));
        QVERIFY(m_doc->errorString().contains(QStringLiteral("checked")));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(!m_doc->isCheckingIntegrity());
    QVERIFY(m_doc->setResourceField(id, QStringLiteral("name"), QStringLiteral("戊")));

    // Closing before the check ends drops its result.
    m_doc->close();
    QVERIFY(m_doc->open(m_path));
    m_doc->close();
    QTest::qWait(200);
    QCOMPARE(checked.size(), 1);
}

QTEST_MAIN(TestCatalogDocument)
#include "tst_catalogdocument.moc"
