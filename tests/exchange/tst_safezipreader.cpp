#include "TestSupport.h"
#include "exchange/PackageReader.h"
#include "exchange/SafeZipReader.h"
#include "exchange/ZipWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestSafeZipReader : public QObject
{
    Q_OBJECT

private slots:
    void cleanNames()
    {
        SafeZipReader::Problem p;
        QCOMPARE(SafeZipReader::cleanEntryName(QStringLiteral("a/./b//c.txt"), &p),
                 QStringLiteral("a/b/c.txt"));
        QVERIFY(SafeZipReader::cleanEntryName(QStringLiteral("../x"), &p).isEmpty());
        QCOMPARE(p, SafeZipReader::Problem::ParentPath);
        QVERIFY(SafeZipReader::cleanEntryName(QStringLiteral("a\\..\\..\\x"), &p).isEmpty());
        QCOMPARE(p, SafeZipReader::Problem::ParentPath);
        QVERIFY(SafeZipReader::cleanEntryName(QStringLiteral("/etc/passwd"), &p).isEmpty());
        QCOMPARE(p, SafeZipReader::Problem::AbsolutePath);
        QVERIFY(SafeZipReader::cleanEntryName(QStringLiteral("C:/x"), &p).isEmpty());
        QCOMPARE(p, SafeZipReader::Problem::AbsolutePath);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("zipProblem");
        QTest::addColumn<int>("packageProblem");
        QTest::addColumn<QString>("words");
        using Z = SafeZipReader::Problem;
        using P = PackageReader::Problem;
        QTest::newRow("zip-slip") << QStringLiteral("zip-slip.sypkg") << int(Z::ParentPath)
                                  << int(P::Zip) << QStringLiteral("..");
        QTest::newRow("absolute") << QStringLiteral("absolute-path.sypkg") << int(Z::AbsolutePath)
                                  << int(P::Zip) << QStringLiteral("absolute");
        QTest::newRow("symlink") << QStringLiteral("symlink.sypkg") << int(Z::Link) << int(P::Zip)
                                 << QStringLiteral("link");
        QTest::newRow("bomb") << QStringLiteral("bomb.sypkg") << int(Z::RatioTooHigh) << int(P::Zip)
                              << QStringLiteral("bomb");
        QTest::newRow("duplicate") << QStringLiteral("duplicate.sypkg") << int(Z::Duplicate)
                                   << int(P::Zip) << QStringLiteral("twice");
        QTest::newRow("truncated") << QStringLiteral("truncated.sypkg") << int(Z::Damaged)
                                   << int(P::Zip) << QStringLiteral("damaged");
        QTest::newRow("wrong hash") << QStringLiteral("wrong-hash.sypkg") << int(Z::None)
                                    << int(P::WrongHash) << QStringLiteral("SHA-256");
        QTest::newRow("missing hash") << QStringLiteral("missing-hash.sypkg") << int(Z::None)
                                      << int(P::MissingHash) << QStringLiteral("SHA-256");
        QTest::newRow("unknown version") << QStringLiteral("unknown-version.sypkg") << int(Z::None)
                                         << int(P::UnknownVersion) << QStringLiteral("version 99");
        QTest::newRow("unlisted") << QStringLiteral("unlisted.sypkg") << int(Z::None)
                                  << int(P::UnlistedFile) << QStringLiteral("not in its manifest");
    }

    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(int, zipProblem);
        QFETCH(int, packageProblem);
        QFETCH(QString, words);
        const QString path = test::dataPath(QStringLiteral("exchange/") + file);
        const QByteArray before = test::fileSha256(path);
        SafeZipReader zip;
        const bool zipOk = zip.readFile(path);
        QCOMPARE(int(zip.problem()), zipProblem);
        QCOMPARE(zipOk, zipProblem == int(SafeZipReader::Problem::None));
        PackageReader reader;
        QVERIFY(!reader.read(path));
        QCOMPARE(int(reader.problem()), packageProblem);
        QVERIFY2(reader.errorString().contains(words, Qt::CaseInsensitive),
                 qPrintable(reader.errorString()));
        QVERIFY(reader.snapshot().resources.isEmpty());
        QCOMPARE(test::fileSha256(path), before);
    }

    void goodFixture()
    {
        PackageReader reader;
        QVERIFY2(reader.read(test::dataPath(QStringLiteral("exchange/good.sypkg"))),
                 qPrintable(reader.errorString()));
        QCOMPARE(reader.snapshot().resources.size(), 1);
        QCOMPARE(reader.snapshot().items.value(reader.snapshot().resources.first().uuid).size(), 1);
    }

    void entryLimit()
    {
        ZipLimits limits;
        limits.maxEntries = 1;
        SafeZipReader zip;
        zip.setLimits(limits);
        QVERIFY(!zip.readFile(test::dataPath(QStringLiteral("exchange/good.sypkg"))));
        QCOMPARE(zip.problem(), SafeZipReader::Problem::TooManyEntries);
        limits = ZipLimits();
        limits.maxEntryBytes = 100;
        zip.setLimits(limits);
        QVERIFY(!zip.readFile(test::dataPath(QStringLiteral("exchange/good.sypkg"))));
        QCOMPARE(zip.problem(), SafeZipReader::Problem::EntryTooLarge);
        limits = ZipLimits();
        limits.maxTotalBytes = 1000;
        zip.setLimits(limits);
        QVERIFY(!zip.readFile(test::dataPath(QStringLiteral("exchange/good.sypkg"))));
        QCOMPARE(zip.problem(), SafeZipReader::Problem::TotalTooLarge);
    }

    void writerIsAtomicAndUtf8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        {
            ZipWriter w;
            QVERIFY(w.open(path));
            QVERIFY(w.addFile(QStringLiteral("表格/数据.csv"), QByteArray("x")));
            w.cancel();
        }
        QVERIFY(!QFile::exists(path));
        ZipWriter w;
        QVERIFY(w.open(path));
        QVERIFY(w.addFile(QStringLiteral("表格/数据.csv"), QByteArray("x")));
        QVERIFY(w.commit());
        SafeZipReader zip;
        QVERIFY(zip.readFile(path));
        QCOMPARE(zip.names(), QStringList{QStringLiteral("表格/数据.csv")});
        // The UTF-8 flag (general purpose bit 11) is set in the local header.
        const QByteArray raw = test::readAll(path);
        QVERIFY(raw.startsWith("PK\x03\x04"));
        const quint16 flags = quint16(uchar(raw.at(6))) | quint16(uchar(raw.at(7)) << 8);
        QVERIFY(flags & 0x0800);
    }
};

QTEST_GUILESS_MAIN(TestSafeZipReader)
#include "tst_safezipreader.moc"
