// Full-text search over names, summaries and information item names, with Chinese queries of
// every length (the trigram tokenizer needs three characters; shorter ones use instr()).
#include "TestSupport.h"
#include "store/CatalogStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseQueries_data();
    void chineseQueries();
    void operatorsAreLiteral();
    void combinesWithFilters();
    void followsEdits();

private:
    qint64 add(const QString &name, const QString &summary, const QStringList &items,
               const QString &grade = QStringLiteral("g3"));
    QStringList names(const QList<qint64> &ids);

    QTemporaryDir m_dir;
    CatalogStore m_store;
};

qint64 TestSearch::add(const QString &name, const QString &summary, const QStringList &itemNames,
                       const QString &grade)
{
    Resource r;
    r.name = name;
    r.summary = summary;
    r.grade = grade;
    if (!m_store.insertResource(r))
        qWarning() << m_store.errorString();
    QList<InfoItem> items;
    for (const QString &n : itemNames) {
        InfoItem i;
        i.name = n;
        items << i;
    }
    m_store.setItems(r.id, items);
    return r.id;
}

QStringList TestSearch::names(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << m_store.resource(id)->name;
    list.sort();
    return list;
}

void TestSearch::initTestCase()
{
    QVERIFY(m_store.create(m_dir.filePath(QStringLiteral("s.sycat")), CatalogMeta()));
    add(QStringLiteral("企业登记信息"), QStringLiteral("企业设立、变更、注销登记"),
        {QStringLiteral("统一社会信用代码"), QStringLiteral("法定代表人")});
    add(QStringLiteral("营业执照信息"), QStringLiteral("电子营业执照的发放记录"),
        {QStringLiteral("证照编号"), QStringLiteral("发证日期")}, QStringLiteral("important"));
    add(QStringLiteral("食品安全抽检信息"), QStringLiteral("食品抽检结果与不合格处置"),
        {QStringLiteral("产品名称"), QStringLiteral("检验结论")});
    add(QStringLiteral("特种设备使用登记信息"), QStringLiteral("电梯、锅炉等特种设备"),
        {QStringLiteral("设备注册代码"), QStringLiteral("使用单位")});
    add(QStringLiteral("12315 complaints"), QStringLiteral("Consumer hotline tickets"),
        {QStringLiteral("ticket_no")});
}

void TestSearch::chineseQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("1 char") << "照" << QStringList{QStringLiteral("营业执照信息")};
    QTest::newRow("1 char, several") << "检"
                                     << QStringList{QStringLiteral("食品安全抽检信息")};
    QTest::newRow("2 chars, name") << "登记"
                                   << QStringList{QStringLiteral("企业登记信息"),
                                                  QStringLiteral("特种设备使用登记信息")};
    QTest::newRow("2 chars, item only") << "代表" << QStringList{QStringLiteral("企业登记信息")};
    QTest::newRow("3 chars") << "特种设" << QStringList{QStringLiteral("特种设备使用登记信息")};
    QTest::newRow("4 chars") << "营业执照" << QStringList{QStringLiteral("营业执照信息")};
    QTest::newRow("summary words") << "不合格处置" << QStringList{QStringLiteral("食品安全抽检信息")};
    QTest::newRow("long item name") << "统一社会信用代码" << QStringList{QStringLiteral("企业登记信息")};
    QTest::newRow("two terms, AND") << "登记 电梯" << QStringList{QStringLiteral("特种设备使用登记信息")};
    QTest::newRow("short and long terms") << "证 发证日期" << QStringList{QStringLiteral("营业执照信息")};
    QTest::newRow("ascii, case-insensitive") << "CONSUMER" << QStringList{QStringLiteral("12315 complaints")};
    QTest::newRow("digits") << "12315" << QStringList{QStringLiteral("12315 complaints")};
    QTest::newRow("no match") << "不动产" << QStringList{};
    QTest::newRow("blank") << "   " << QStringList{};
}

void TestSearch::chineseQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const QList<qint64> ids = m_store.search(query);
    QCOMPARE(names(ids), expected);
}

void TestSearch::operatorsAreLiteral()
{
    // FTS5 syntax typed by a clerk must neither fail nor act as an operator.
    for (const QString &q : {QStringLiteral("\"企业"), QStringLiteral("企业 OR 食品"),
                             QStringLiteral("NEAR(企业登记)"), QStringLiteral("登记*"),
                             QStringLiteral("a:b"), QStringLiteral("'; DROP TABLE resources; --")}) {
        m_store.search(q);
        QVERIFY2(!m_store.errorString().startsWith(QStringLiteral("Search failed")), qPrintable(q));
    }
    QCOMPARE(m_store.counts().resources, 5);
}

void TestSearch::combinesWithFilters()
{
    ResourceQuery q;
    q.text = QStringLiteral("信息");
    QCOMPARE(m_store.countResources(q), 4);
    q.grades = {QStringLiteral("important")};
    QCOMPARE(m_store.countResources(q), 1);
    q.text = QStringLiteral("营业执照");
    QCOMPARE(m_store.resources(q).constFirst().name, QStringLiteral("营业执照信息"));
}

void TestSearch::followsEdits()
{
    const qint64 id = add(QStringLiteral("不动产登记信息"), QString(), {});
    QCOMPARE(m_store.search(QStringLiteral("不动产")), QList<qint64>{id});
    Resource r = *m_store.resource(id);
    r.name = QStringLiteral("房屋交易信息");
    QVERIFY(m_store.updateResource(r));
    QVERIFY(m_store.search(QStringLiteral("不动产")).isEmpty());
    QCOMPARE(m_store.search(QStringLiteral("房屋交易")), QList<qint64>{id});
    QVERIFY(m_store.deleteResource(id));
    QVERIFY(m_store.search(QStringLiteral("房屋")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
