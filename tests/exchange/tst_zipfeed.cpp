// ZipFeed: files announced in one order and made in another, on other threads, come out of
// libarchive in the announced order with their bytes intact; an abandoned feed leaves no file.
#include "exchange/SafeZipReader.h"
#include "exchange/ZipFeed.h"
#include "exchange/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace sy;

namespace {

QByteArray content(int i)
{
    // Large enough for several deflate blocks, and different for every file.
    QByteArray data;
    for (int line = 0; line < 2000 + 300 * i; ++line)
        data += QByteArray::number(i) + ": 数据资源 " + QByteArray::number(line * 7919 % 10007)
                + '\n';
    return data;
}

} // namespace

class TestZipFeed : public QObject
{
    Q_OBJECT

private slots:
    void writesInTheAnnouncedOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ordered.zip"));
        ZipWriter zip;
        QVERIFY(zip.open(path));
        ZipFeed feed(&zip);
        // Places 0..5 reserved first; they are filled backwards, each by a thread of its own,
        // while two more files are added ready.
        std::vector<int> places;
        for (int i = 0; i < 6; ++i)
            places.push_back(feed.reserve(QStringLiteral("dir/file-%1.txt").arg(i)));
        feed.add(QStringLiteral("ready-6.txt"), content(6));
        std::vector<std::thread> makers;
        for (int i = 5; i >= 0; --i) {
            makers.emplace_back([&feed, &places, i] {
                std::this_thread::sleep_for(std::chrono::milliseconds(10 * (6 - i)));
                feed.fill(places.at(size_t(i)), content(i));
            });
        }
        for (std::thread &t : makers)
            t.join();
        feed.add(QStringLiteral("manifest.json"), QByteArray("{}"));
        QString error;
        QVERIFY2(feed.finish(&error), qPrintable(error));
        QVERIFY2(zip.commit(), qPrintable(zip.errorString()));

        SafeZipReader reader;
        QVERIFY2(reader.readFile(path), qPrintable(reader.errorString()));
        QStringList expected;
        for (int i = 0; i < 6; ++i)
            expected << QStringLiteral("dir/file-%1.txt").arg(i);
        expected << QStringLiteral("ready-6.txt") << QStringLiteral("manifest.json");
        QCOMPARE(reader.names(), expected);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(reader.data(expected.at(i)), content(i));
        QCOMPARE(reader.data(QStringLiteral("ready-6.txt")), content(6));
    }

    void abandonedFeedLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abandoned.zip"));
        {
            ZipWriter zip;
            QVERIFY(zip.open(path));
            ZipFeed feed(&zip);
            feed.add(QStringLiteral("a.txt"), content(1));
            feed.reserve(QStringLiteral("never-made.txt")); // the thread waits for it
            feed.add(QStringLiteral("c.txt"), content(2));
            feed.abandon(); // returns although a place was never filled
            zip.cancel();
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void destroyedWithoutFinishStopsTheThread()
    {
        QTemporaryDir dir;
        ZipWriter zip;
        QVERIFY(zip.open(dir.filePath(QStringLiteral("dropped.zip"))));
        {
            ZipFeed feed(&zip);
            feed.reserve(QStringLiteral("pending.txt"));
        } // must not hang or crash
        zip.cancel();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dropped.zip"))));
    }
};

QTEST_GUILESS_MAIN(TestZipFeed)
#include "tst_zipfeed.moc"
