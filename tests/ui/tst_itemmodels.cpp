// Every item model of the GUI under QAbstractItemModelTester, through the operations that
// change it.
#include "CatalogDocument.h"
#include "InfoItemModel.h"
#include "OfficeTreeModel.h"
#include "ResourceTableModel.h"
#include "UiTestSupport.h"
#include "store/CatalogStore.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace sy;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resourceTable();
    void resourceTableIsLazy();
    void officeTree();
    void infoItems();
    void parseTsv_data();
    void parseTsv();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogDocument> m_document;
    int m_counter = 0;
};

void TestItemModels::init()
{
    test::isolateGui(m_dir);
    ++m_counter;
    // The laziness test (the second) needs more rows than a few pages.
    const QString path = test::makeDemoCatalog(m_dir, QStringLiteral("m%1.sycat").arg(m_counter),
                                               m_counter == 2 ? 1000 : 60);
    m_document = std::make_unique<CatalogDocument>();
    QString error;
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
}

void TestItemModels::cleanup()
{
    m_document.reset();
}

void TestItemModels::resourceTable()
{
    ResourceTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(ResourceQuery());
    QCOMPARE(model.rowCount(), 60);
    for (int c = 0; c < model.columnCount(); ++c) {
        model.sort(c, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 60);
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        model.sort(c, Qt::DescendingOrder);
        QCOMPARE(model.query().sortKey, model.columnKeys().at(c));
    }
    model.sort(model.columnForKey(QStringLiteral("name")));
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString a = model.index(row - 1, 1).data(Qt::EditRole).toString();
        const QString b = model.index(row, 1).data(Qt::EditRole).toString();
        QVERIFY2(a <= b, qPrintable(a + QStringLiteral(" > ") + b));
    }
    // Labels in the current language, not codes.
    const int grade = model.columnForKey(QStringLiteral("grade"));
    const QString code = model.index(0, grade).data(Qt::EditRole).toString();
    QCOMPARE(model.index(0, grade).data().toString(),
             m_document->profile()->label(QStringLiteral("grade"), code));

    ResourceQuery q;
    q.grades = {code};
    model.setQuery(q);
    QCOMPARE(model.rowCount(), int(m_document->store()->countResources(q)));
    const qint64 id = model.resourceId(0);
    QCOMPARE(model.rowForId(id), 0);
    QVERIFY(m_document->setResourceField(id, QStringLiteral("name"), QStringLiteral("改名")));
    model.refreshResource(id);
    QCOMPARE(model.index(0, model.columnForKey(QStringLiteral("name"))).data().toString(),
             QStringLiteral("改名"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::resourceTableIsLazy()
{
    ResourceTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(ResourceQuery());
    QCOMPARE(model.rowCount(), 1000);
    // Only the rows asked for are loaded, a page at a time.
    const int before = model.cachedPageCount();
    QVERIFY(before <= 1);
    QVERIFY(!model.index(999, 1).data().toString().isEmpty());
    QCOMPARE(model.cachedPageCount(), before + 1);
    QVERIFY(!model.index(998, 1).data().toString().isEmpty());
    QCOMPARE(model.cachedPageCount(), before + 1);
    QVERIFY(model.cachedPageCount() < 1000 / ResourceTableModel::pageSize);
}

void TestItemModels::officeTree()
{
    OfficeTreeModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data(OfficeTreeModel::OfficeIdRole).toLongLong(), OfficeTreeModel::allOffices);
    QCOMPARE(root.data(OfficeTreeModel::CountRole).toLongLong(), 60);
    // Sub-office counts add up into their parents.
    qint64 topLevelSum = 0;
    for (int r = 0; r < model.rowCount(root); ++r)
        topLevelSum += model.index(r, 0, root).data(OfficeTreeModel::CountRole).toLongLong();
    QCOMPARE(topLevelSum, 60);

    Office office;
    office.name = QStringLiteral("新设处室");
    const qint64 id = m_document->addOffice(office);
    QVERIFY(id);
    model.reload();
    QVERIFY(model.indexForOffice(id).isValid());
    QVERIFY(model.setData(model.indexForOffice(id), QStringLiteral("改名处室")));
    model.reload();
    QCOMPARE(model.indexForOffice(id).data(Qt::EditRole).toString(), QStringLiteral("改名处室"));
    QVERIFY(!(model.flags(root) & Qt::ItemIsEditable));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    model.reload();
    QVERIFY(!model.indexForOffice(id).isValid());
}

void TestItemModels::infoItems()
{
    InfoItemModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_document.get(), &CatalogDocument::itemsChanged, &model, &InfoItemModel::reload);
    const qint64 id = m_document->store()->resourceIds(ResourceQuery()).first();
    model.setResource(id);
    const int n = model.rowCount();
    QCOMPARE(n, m_document->store()->itemCount(id));
    QVERIFY(model.columnCount() >= 3);
    QVERIFY(model.insertItem(0));
    QCOMPARE(model.rowCount(), n + 1);
    QVERIFY(model.moveItem(0, 1));
    QVERIFY(!model.moveItem(0, -1));
    const int typeColumn = int(model.columnKeys().indexOf(QStringLiteral("data_type")));
    QVERIFY(model.setData(model.index(1, typeColumn), QStringLiteral("日期型")));
    QCOMPARE(m_document->store()->items(id).at(1).dataType, QStringLiteral("D"));
    QCOMPARE(model.pasteTsv(QStringLiteral("甲\tC\t10\n乙\tN\t4\n"), 0), 2);
    QCOMPARE(model.rowCount(), n + 3);
    QVERIFY(model.removeItems({0, 1, 2}));
    QCOMPARE(model.rowCount(), n);
    model.setResource(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::parseTsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("firstType");
    QTest::addColumn<int>("firstLength");
    QTest::newRow("positional") << QStringLiteral("姓名\tC\t50\n年龄\tI\t3") << 2
                                << QStringLiteral("姓名") << QStringLiteral("C") << 50;
    QTest::newRow("header, labels, CRLF")
        << QStringLiteral("数据长度\t信息项名称\t数据类型\r\n8\t出生日期\t日期型\r\n") << 1
        << QStringLiteral("出生日期") << QStringLiteral("D") << 8;
    QTest::newRow("quoted cell") << QStringLiteral("\"地址\"\"详细\"\"\"\tC\t200\n") << 1
                                 << QStringLiteral("地址\"详细\"") << QStringLiteral("C") << 200;
    QTest::newRow("blank lines") << QStringLiteral("\n\n") << 0 << QString() << QString() << 0;
}

void TestItemModels::parseTsv()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const QStringList columns{QStringLiteral("name"), QStringLiteral("data_type"),
                              QStringLiteral("length")};
    const QList<InfoItem> items
        = InfoItemModel::parseTsv(text, m_document->profile().get(), columns);
    QCOMPARE(items.size(), count);
    if (count == 0)
        return;
    QTEST(items.first().name, "firstName");
    QTEST(items.first().dataType, "firstType");
    QTEST(items.first().length, "firstLength");
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
