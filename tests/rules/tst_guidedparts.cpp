// GuidedParts, which hands the catalog's id ranges to the validation threads: every part is
// handed out exactly once, also to threads taking at the same time; takes shrink towards the end
// to single parts; and a run needs far fewer takes than parts.
#include "rules/GuidedParts.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace sy;

class TestGuidedParts : public QObject
{
    Q_OBJECT

private slots:
    void oneThreadTakesEverythingInOrder();
    void sharesShrinkToSingleParts();
    void concurrentThreadsTakeEachPartOnce();
    void nothingToTake();
};

void TestGuidedParts::oneThreadTakesEverythingInOrder()
{
    GuidedParts parts(128, 2);
    int first = 0, last = 0, expected = 0, takes = 0;
    while (parts.take(&first, &last)) {
        QCOMPARE(first, expected);
        QVERIFY(last > first);
        expected = last;
        ++takes;
    }
    QCOMPARE(expected, 128);
    QVERIFY2(takes < 40, qPrintable(QString::number(takes))); // not one take per part
    QVERIFY(!parts.take(&first, &last));
}

void TestGuidedParts::sharesShrinkToSingleParts()
{
    GuidedParts parts(256, 2);
    QList<int> sizes;
    int first = 0, last = 0;
    while (parts.take(&first, &last))
        sizes << last - first;
    QCOMPARE(sizes.constFirst(), 256 / 4); // a quarter of all: half of a thread's fair share
    for (qsizetype i = 1; i < sizes.size(); ++i)
        QVERIFY(sizes.at(i) <= sizes.at(i - 1));
    QCOMPARE(sizes.constLast(), 1);
    QVERIFY(sizes.count(1) >= 2); // the last ones, which even out the threads' ends
}

void TestGuidedParts::concurrentThreadsTakeEachPartOnce()
{
    constexpr int partCount = 20000;
    constexpr int threadCount = 4;
    GuidedParts parts(partCount, threadCount);
    std::vector<std::atomic<int>> taken(partCount);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back(QThread::create([&parts, &taken] {
            int first = 0, last = 0;
            while (parts.take(&first, &last)) {
                for (int p = first; p < last; ++p)
                    taken[p].fetch_add(1);
            }
        }));
        threads.back()->start();
    }
    for (const auto &t : threads)
        QVERIFY(t->wait(30000));
    for (int p = 0; p < partCount; ++p)
        QCOMPARE(taken[p].load(), 1);
}

void TestGuidedParts::nothingToTake()
{
    GuidedParts parts(0, 2);
    int first = -1, last = -1;
    QVERIFY(!parts.take(&first, &last));
    QCOMPARE(first, -1);
}

QTEST_GUILESS_MAIN(TestGuidedParts)
#include "tst_guidedparts.moc"
