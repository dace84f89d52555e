// The streamed import (JsonCursor + ResourceRowReader straight into BulkWriter) must read
// catalog.json exactly as the QJsonDocument path does — odd values, escapes, pretty printing and
// all — and refuse what it refuses, leaving no file behind.
#include "ExchangeFixture.h"
#include "TestSupport.h"
#include "exchange/CatalogImporter.h"
#include "exchange/CatalogJson.h"
#include "exchange/JsonCursor.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/ParallelHash.h"
#include "exchange/ZipWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

namespace {

// A catalog.json by hand, with what a generator of our own never writes: escapes, surrogate
// pairs, values of the wrong type, integral doubles, out-of-range numbers, pretty printing,
// unknown keys, a time without milliseconds.
QByteArray oddCatalog(const QByteArray &resourcesTail = QByteArray())
{
    // tests/data/exchange/odd-catalog.json; more resources go where the marker is.
    QByteArray json = test::readAll(test::dataPath(QStringLiteral("exchange/odd-catalog.json")));
    return json.replace("/*MORE RESOURCES*/", resourcesTail);
}

// A package around `catalog`: a manifest with the right sizes and hashes, nothing else.
bool writePackage(const QString &path, const QByteArray &catalog)
{
    const QJsonObject manifest{
        {QStringLiteral("format"), PackageWriter::formatId()},
        {QStringLiteral("version"), PackageWriter::formatVersion},
        {QStringLiteral("kind"), QStringLiteral("submission")},
        {QStringLiteral("draft"), true},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("catalog.json")},
                                {QStringLiteral("bytes"), qint64(catalog.size())},
                                {QStringLiteral("sha256"), sha256Hex(catalog)}}}},
    };
    ZipWriter zip;
    return zip.open(path) && zip.addFile(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson())
           && zip.addFile(QStringLiteral("catalog.json"), catalog) && zip.commit();
}

bool nothingLeft(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix))
            return false;
    }
    return true;
}

} // namespace

class TestStreamedImport : public QObject
{
    Q_OBJECT

private slots:
    void cursorReadsStringsOfEveryShape()
    {
        // Quotes, backslashes and control characters at every offset, and the end of the text
        // in the middle of a string. Each string is written by QJsonDocument and must read back
        // as it was; a raw control character anywhere must be refused.
        static const QString pieces[] = {
            QStringLiteral("a"),
            QStringLiteral("bcdefgh"),
            QStringLiteral("数据"),
            QStringLiteral("\""),
            QStringLiteral("\\"),
            QStringLiteral("\n"),
            QStringLiteral("\t"),
            QString(QChar(0x1f)),
            QString(QChar(0x7f)),
            QStringLiteral("é"),
            QString::fromUcs4(U"\U0001F600"),
        };
        QRandomGenerator rng(27112026);
        for (int i = 0; i < 4000; ++i) {
            QString text;
            const int n = rng.bounded(12);
            for (int k = 0; k < n; ++k)
                text += pieces[rng.bounded(int(std::size(pieces)))];
            const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("k"), text}})
                                        .toJson(QJsonDocument::Compact);
            JsonCursor c(json);
            QByteArrayView key, value;
            QByteArray scratch;
            QVERIFY(c.enterObject() && c.nextKey(&key) && key == "k");
            QVERIFY2(c.readString(&value, &scratch), qPrintable(c.errorString()));
            QCOMPARE(QString::fromUtf8(value), text);

            // The same text unescaped (no quote or backslash) with a raw control character put
            // at a random place: refused, wherever it is.
            QByteArray plain = text.toUtf8();
            plain.replace('"', 'q').replace('\\', 'b').replace('\n', 'n').replace('\t', 't');
            plain.replace('\x1f', 'u');
            plain.insert(rng.bounded(int(plain.size()) + 1), '\x01');
            const QByteArray bad = "{\"k\":\"" + plain + "\"}";
            JsonCursor d(bad);
            QVERIFY(d.enterObject() && d.nextKey(&key));
            QVERIFY(!d.readString(&value, &scratch));
            QVERIFY2(d.errorString().contains(QStringLiteral("control character")),
                     qPrintable(d.errorString()));
        }
        // Unterminated, at several lengths.
        for (int length : {0, 5, 8, 15, 16}) {
            const QByteArray open = "\"" + QByteArray(length, 'x');
            JsonCursor c(open);
            QByteArrayView value;
            QByteArray scratch;
            QVERIFY(!c.readString(&value, &scratch));
            QVERIFY2(c.errorString().contains(QStringLiteral("unterminated")),
                     qPrintable(c.errorString()));
        }
    }

    void cursorReadsValues()
    {
        const QByteArray json = " {\"s\": \"a\\\"b\\\\c\\/d\\u4e2d\\ud83d\\ude00\\n\", \"plain\": \"中文\",\n"
"            \"i\": -42, \"d\": 2.0, \"f\": 2.5, \"big\": 1e300, \"t\": true, \"n\": null,\n"
"            \"o\": {\"x\": [1, {\"y\": \"}\"}]}, \"a\": []} ";
        JsonCursor c(json);
        QVERIFY(c.enterObject());
        QByteArrayView key, text;
        QByteArray scratch;
        qint64 number = -1;
        bool flag = false;
        QVERIFY(c.nextKey(&key) && key == "s");
        QVERIFY(c.readString(&text, &scratch));
        QCOMPARE(QString::fromUtf8(text), QStringLiteral("a\"b\\c/d中") + QString::fromUcs4(U"😀")
                                              + QStringLiteral("\n"));
        QVERIFY(c.nextKey(&key) && key == "plain");
        QVERIFY(c.readString(&text, &scratch));
        QCOMPARE(QString::fromUtf8(text), QStringLiteral("中文"));
        QVERIFY(text.data() != scratch.constData()); // no copy without escapes
        QVERIFY(c.nextKey(&key) && key == "i");
        QVERIFY(c.readInteger(&number));
        QCOMPARE(number, -42);
        QVERIFY(c.nextKey(&key) && key == "d");
        QVERIFY(c.readInteger(&number));
        QCOMPARE(number, 2);
        QVERIFY(c.nextKey(&key) && key == "f");
        QVERIFY(c.readInteger(&number));
        QCOMPARE(number, 0); // not integral: 0, as QJsonValue::toInteger()
        QVERIFY(c.nextKey(&key) && key == "big");
        QVERIFY(c.readInteger(&number));
        QCOMPARE(number, 0);
        QVERIFY(c.nextKey(&key) && key == "t");
        QVERIFY(c.readBool(&flag));
        QVERIFY(flag);
        QVERIFY(c.nextKey(&key) && key == "n");
        QVERIFY(c.readString(&text, &scratch)); // null reads as empty text
        QVERIFY(text.isEmpty());
        QVERIFY(c.nextKey(&key) && key == "o");
        QVERIFY(c.skipValue(&text));
        QCOMPARE(text.toByteArray(), QByteArray("{\"x\": [1, {\"y\": \"}\"}]}"));
        QVERIFY(c.nextKey(&key) && key == "a");
        QVERIFY(c.readBool(&flag)); // an array read as a bool: false, and skipped
        QVERIFY(!flag);
        QVERIFY(!c.nextKey(&key));
        QVERIFY(!c.failed());
        QVERIFY(c.atEnd());
    }

    void cursorRefusesBadSyntax_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("control character") << QByteArray("{\"a\": \"b\x01\"}");
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x\"}");
        QTest::newRow("bad unicode escape") << QByteArray("{\"a\": \"\\u12G4\"}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": [1, 2,]}");
        QTest::newRow("bad literal") << QByteArray("{\"a\": nul}");
        QTest::newRow("bad number") << QByteArray("{\"a\": -}");
        QTest::newRow("unclosed") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    }

    void cursorRefusesBadSyntax()
    {
        QFETCH(QByteArray, json);
        JsonCursor c(json);
        QVERIFY(!c.skipValue());
        QVERIFY(c.failed());
        QVERIFY(c.errorString().contains(QStringLiteral("byte")));
        // Everything after an error fails too, so a caller cannot read past damage.
        QByteArrayView key;
        QVERIFY(!c.enterObject());
        QVERIFY(!c.nextKey(&key));
    }

    // The streamed import and the QJsonDocument path give identical catalogs from odd input.
    void streamedEqualsDocumentPath()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("odd.sypkg"));
        QVERIFY(writePackage(package, oddCatalog()));

        PackageReader whole;
        QVERIFY2(whole.read(package), qPrintable(whole.errorString()));
        QCOMPARE(whole.snapshot().resources.size(), 3);
        const QString viaDocument = dir.filePath(QStringLiteral("document.sycat"));
        CatalogImporter a;
        QVERIFY2(a.createCatalog(viaDocument, whole.snapshot()), qPrintable(a.errorString()));

        PackageReader streamed;
        streamed.setResourcesStreamed(true);
        QVERIFY2(streamed.read(package), qPrintable(streamed.errorString()));
        QVERIFY(streamed.snapshot().resources.isEmpty());
        QCOMPARE(streamed.snapshot().offices.size(), 2);
        const QString viaStream = dir.filePath(QStringLiteral("streamed.sycat"));
        CatalogImporter b;
        QVERIFY2(b.importPackage(viaStream, streamed), qPrintable(b.errorString()));
        QCOMPARE(b.resourcesWritten(), 3);

        const CatalogSnapshot x = test::snapshotOf(viaDocument);
        const CatalogSnapshot y = test::snapshotOf(viaStream);
        QString diff;
        QVERIFY2(CatalogSnapshot::equal(x, y, &diff), qPrintable(diff));
        // The comparison is not vacuous: the odd values arrived as QJsonValue reads them.
        QCOMPARE(y.resources.size(), 3);
        const Resource *r1 = nullptr;
        for (const Resource &r : y.resources) {
            if (r.uuid == QLatin1String("r1"))
                r1 = &r;
        }
        QVERIFY(r1);
        QCOMPARE(r1->name, QStringLiteral("中文") + QString::fromUcs4(U"😀")
                               + QStringLiteral(" \"quoted\" \\ back/slash\ttab"));
        QCOMPARE(r1->records, 1);
        QCOMPARE(r1->bytes, 1000);
        QVERIFY(!r1->secret);
        QVERIFY(r1->grade.isEmpty());
        QCOMPARE(r1->created, QDateTime(QDate(2024, 6, 24), QTime(13, 6, 7), Qt::UTC));
        QCOMPARE(r1->attrs.value(QStringLiteral("nested")).toObject().value(QStringLiteral("a"))
                     .toArray().at(2).toObject().value(QStringLiteral("b")).toString(),
                 QStringLiteral("é"));
        const QList<InfoItem> items = y.items.value(QStringLiteral("r1"));
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).position, 0);
        QCOMPARE(items.at(1).length, 0);
        QVERIFY(items.at(1).attrs.isEmpty());
        QCOMPARE(items.at(2).length, 0);
        QVERIFY(items.at(2).name.isEmpty());
    }

    void streamedRefusalsLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("message");
        QTest::newRow("repeated uuid") << QByteArray(", {\"uuid\": \"r1\", \"name\": \"again\"}")
                                       << QStringLiteral("again");
        QTest::newRow("missing uuid") << QByteArray(", {\"name\": \"nameless\"}")
                                      << QStringLiteral("nameless");
        QTest::newRow("unknown office")
            << QByteArray(", {\"uuid\": \"r9\", \"office\": \"o9\", \"name\": \"lost\"}")
            << QStringLiteral("lost");
        QTest::newRow("repeated item uuid")
            << QByteArray(", {\"uuid\": \"r9\", \"name\": \"twice\", \"items\": [{\"uuid\": \"i1\"}]}")
            << QStringLiteral("uuid i1 occurs more than once"); // found when items_uuid is built
    }

    void streamedRefusalsLeaveNothing()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("bad.sypkg"));
        QVERIFY(writePackage(package, oddCatalog(tail)));
        PackageReader reader;
        reader.setResourcesStreamed(true);
        QVERIFY2(reader.read(package), qPrintable(reader.errorString()));
        const QString path = dir.filePath(QStringLiteral("never.sycat"));
        CatalogImporter importer;
        QVERIFY(!importer.importPackage(path, reader));
        QVERIFY2(importer.errorString().contains(message), qPrintable(importer.errorString()));
        QVERIFY(nothingLeft(path));
    }

    // A syntax error anywhere, even deep in the resources, is found before anything is written.
    void streamedReaderChecksSyntaxFirst()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("broken.sypkg"));
        QVERIFY(writePackage(package, oddCatalog(", {\"uuid\": \"r9\", \"name\": \"x\" \"broken\": 1}")));
        PackageReader reader;
        reader.setResourcesStreamed(true);
        QVERIFY(!reader.read(package));
        QCOMPARE(reader.problem(), PackageReader::Problem::BadCatalog);
    }

    void cancelledStreamCreatesNothing()
    {
        QByteArray tail;
        for (int i = 0; i < 1200; ++i)
            tail += QStringLiteral(", {\"uuid\": \"x%1\", \"name\": \"资源%1\"}").arg(i).toUtf8();
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("many.sypkg"));
        QVERIFY(writePackage(package, oddCatalog(tail)));
        PackageReader reader;
        reader.setResourcesStreamed(true);
        QVERIFY(reader.read(package));
        CatalogImporter importer;
        ExchangeProgress progress;
        progress.cancelled = [] { return true; };
        importer.setProgress(progress);
        const QString path = dir.filePath(QStringLiteral("x.sycat"));
        QVERIFY(!importer.importPackage(path, reader));
        QVERIFY(importer.wasCancelled());
        QVERIFY(nothingLeft(path));
    }
};

QTEST_GUILESS_MAIN(TestStreamedImport)
#include "tst_streamedimport.moc"
