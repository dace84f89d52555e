#include "model/Profile.h"
#include "model/RegionCodes.h"

#include <QTest>

using namespace sy;

class TestRegionCodes : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void vocabularyCodesAreWellFormed();
};

void TestRegionCodes::wellFormed_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<QString>("province");
    QTest::newRow("guangdong") << QStringLiteral("440000") << true << QStringLiteral("440000");
    QTest::newRow("guangzhou") << QStringLiteral("440100") << true << QStringLiteral("440000");
    QTest::newRow("yunfu") << QStringLiteral("445300") << true << QStringLiteral("440000");
    QTest::newRow("tianhe district")
        << QStringLiteral("440106") << true << QStringLiteral("440000");
    QTest::newRow("macao") << QStringLiteral("820000") << true << QStringLiteral("820000");
    QTest::newRow("five digits") << QStringLiteral("44010") << false << QString();
    QTest::newRow("seven digits") << QStringLiteral("4401000") << false << QString();
    QTest::newRow("letter") << QStringLiteral("44O100") << false << QString();
    QTest::newRow("full-width") << QStringLiteral("４４0100") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestRegionCodes::wellFormed()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QFETCH(QString, province);
    QCOMPARE(region::isWellFormed(code), wellFormed);
    QCOMPARE(region::provinceOf(code), province);
}

// Every code of the profile's region list is well formed and its parent is its province.
void TestRegionCodes::vocabularyCodesAreWellFormed()
{
    const Vocabulary *regions = Profile::builtin()->vocabulary(QStringLiteral("region"));
    QVERIFY(regions);
    for (const VocabularyItem &item : regions->items) {
        QVERIFY2(region::isWellFormed(item.code), qPrintable(item.code));
        if (!item.parent.isEmpty())
            QCOMPARE(item.parent, region::provinceOf(item.code));
    }
}

QTEST_GUILESS_MAIN(TestRegionCodes)
#include "tst_regioncodes.moc"
