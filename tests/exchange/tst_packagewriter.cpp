#include "ExchangeFixture.h"
#include "JsonSchemaCheck.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "exchange/CatalogImporter.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/SafeZipReader.h"
#include "exchange/ZipWriter.h"
#include "store/CatalogStore.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestPackageWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QJsonValue m_schema;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sycat"));
        QString error;
        DemoGenerator::Options options;
        options.resources = 120;
        QVERIFY2(DemoGenerator::generate(m_demo, options, &error), qPrintable(error));
        // Products, registrations and attachments too, so the round trip covers every table.
        CatalogStore store;
        QVERIFY(store.open(m_demo));
        const QList<Resource> all = store.resources(ResourceQuery());
        Product p;
        p.officeId = all.first().officeId;
        p.code = QStringLiteral("CP-001");
        p.name = QStringLiteral("企业画像服务");
        p.attrs.insert(QStringLiteral("price_kind"), QStringLiteral("1"));
        QVERIFY(store.insertProduct(p));
        Registration reg;
        reg.regType = QStringLiteral("1");
        reg.objectType = QStringLiteral("1");
        reg.objectUuid = all.first().uuid;
        reg.status = QStringLiteral("draft");
        reg.formNumber = QStringLiteral("DJ-2026-00001");
        reg.attrs.insert(QStringLiteral("registrant_name"), QStringLiteral("广东省测试管理局"));
        QVERIFY(store.insertRegistration(reg));
        QVERIFY(!store
                     .addAttachment(QByteArray("%PDF-1.4 review"),
                                    QStringLiteral("保密审查意见.pdf"),
                                    QStringLiteral("application/pdf"), reg.uuid)
                     .isEmpty());
        Resource secret = all.at(1);
        secret.secret = true;
        QVERIFY(store.updateResource(secret));
        QJsonParseError perr;
        m_schema = QJsonDocument::fromJson(
                       test::readAll(QDir(qEnvironmentVariable("SHUYUAN_SCHEMAS"))
                                         .filePath(QStringLiteral("datapackage-2.0.json"))),
                       &perr)
                       .object();
        QVERIFY(m_schema.isObject());
    }

    void refusesOnValidationErrors()
    {
        const QString out = m_dir.filePath(QStringLiteral("refused.sypkg"));
        const QByteArray before = test::fileSha256(m_demo);
        CatalogStore store;
        QVERIFY(store.openReadOnly(m_demo));
        PackageWriter writer(Profile::builtin());
        QVERIFY(!writer.write(store, out, PackageOptions()));
        QVERIFY(!writer.validationErrors().isEmpty()); // the demo's deliberate defects
        QVERIFY(!QFile::exists(out));
        store.close();
        QCOMPARE(test::fileSha256(m_demo), before);
    }

    void roundTripIsLossless()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.sypkg"));
        CatalogStore store;
        QVERIFY(store.openReadOnly(m_demo));
        PackageWriter writer(Profile::builtin());
        PackageOptions options;
        options.draft = true;
        QVERIFY2(writer.write(store, out, options), qPrintable(writer.errorString()));
        store.close();

        PackageReader reader;
        QVERIFY2(reader.read(out), qPrintable(reader.errorString()));
        QVERIFY(reader.isDraft());
        QVERIFY(reader.files().contains(QStringLiteral("forms/DJ-2026-00001.pdf")));
        QVERIFY(test::readAll(out).size() > 0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sycat"));
        CatalogImporter importer;
        QVERIFY2(importer.createCatalog(copy, reader.snapshot()),
                 qPrintable(importer.errorString()));

        const CatalogSnapshot a = test::snapshotOf(m_demo);
        const CatalogSnapshot b = test::snapshotOf(copy);
        QVERIFY(a.resources.size() == 120);
        QCOMPARE(a.attachments.size(), 1);
        QString diff;
        QVERIFY2(CatalogSnapshot::equal(a, b, &diff), qPrintable(diff));
        QCOMPARE(b.meta.modified, a.meta.modified);
    }

    // The import the CLI and the benchmark use: resources streamed from catalog.json.
    void streamedRoundTripIsLossless()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.sypkg"));
        PackageReader reader;
        reader.setResourcesStreamed(true);
        QVERIFY2(reader.read(out), qPrintable(reader.errorString()));
        QVERIFY(reader.snapshot().resources.isEmpty());
        const QString copy = m_dir.filePath(QStringLiteral("streamed-copy.sycat"));
        CatalogImporter importer;
        QVERIFY2(importer.importPackage(copy, reader), qPrintable(importer.errorString()));
        QCOMPARE(importer.resourcesWritten(), 120);
        const CatalogSnapshot a = test::snapshotOf(m_demo);
        const CatalogSnapshot b = test::snapshotOf(copy);
        QVERIFY(a.itemCount() > 120);
        QString diff;
        QVERIFY2(CatalogSnapshot::equal(a, b, &diff), qPrintable(diff));
        QCOMPARE(b.meta.modified, a.meta.modified);
    }

    void datapackageValidatesAndHashesCheck()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.sypkg"));
        const QStringList problems = test::checkPackage(out, m_schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        // The checker itself must notice a broken descriptor.
        QJsonObject broken{{QStringLiteral("resources"), QJsonArray{}}};
        QVERIFY(!test::validateJson(broken, m_schema).isEmpty());
        broken = QJsonObject{
            {QStringLiteral("resources"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                    {QStringLiteral("path"), QStringLiteral("../x.csv")}}}}};
        QVERIFY(!test::validateJson(broken, m_schema).isEmpty());
    }

    void tablesAndDcat()
    {
        SafeZipReader zip;
        QVERIFY(zip.readFile(m_dir.filePath(QStringLiteral("demo.sypkg"))));
        for (const QString &t : {QStringLiteral("departments"), QStringLiteral("offices"),
                                 QStringLiteral("resources"), QStringLiteral("info_items"),
                                 QStringLiteral("products"), QStringLiteral("registrations")})
            QVERIFY2(zip.data(QStringLiteral("tables/%1.csv").arg(t)).startsWith("\xEF\xBB\xBF"),
                     qPrintable(t));
        const QJsonObject dcat
            = QJsonDocument::fromJson(zip.data(QStringLiteral("dcat.jsonld"))).object();
        QCOMPARE(dcat.value(QStringLiteral("@type")).toString(), QStringLiteral("dcat:Catalog"));
        const QJsonArray datasets = dcat.value(QStringLiteral("dcat:dataset")).toArray();
        const CatalogSnapshot a = test::snapshotOf(m_demo);
        int secret = 0;
        QSet<QString> secretIds;
        for (const Resource &r : a.resources) {
            if (r.secret) {
                ++secret;
                secretIds.insert(QStringLiteral("urn:uuid:") + r.uuid);
            }
        }
        QVERIFY(secret >= 1);
        QCOMPARE(datasets.size(), a.resources.size() - secret);
        for (const QJsonValue &d : datasets) {
            QVERIFY(!secretIds.contains(d.toObject().value(QStringLiteral("@id")).toString()));
            QCOMPARE(d.toObject()
                         .value(QStringLiteral("dcat:distribution"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("@type"))
                         .toString(),
                     QStringLiteral("dcat:Distribution"));
        }
        const QJsonObject manifest
            = QJsonDocument::fromJson(zip.data(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("department"))
                     .toObject()
                     .value(QStringLiteral("uscc"))
                     .toString(),
                 DemoGenerator::departmentUscc());
        QCOMPARE(manifest.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("resources"))
                     .toInt(),
                 120);
        QVERIFY(manifest.value(QStringLiteral("draft")).toBool());
    }

    void manifestLastListingTheZipOrder()
    {
        // The files are compressed while they are made, so the manifest, which needs every hash,
        // comes last; it lists the other files in the order of the zip.
        SafeZipReader zip;
        QVERIFY(zip.readFile(m_dir.filePath(QStringLiteral("demo.sypkg"))));
        const QStringList names = zip.names();
        QVERIFY(names.size() > 8);
        QCOMPARE(names.first(), QStringLiteral("dcat.jsonld"));
        QCOMPARE(names.at(1), QStringLiteral("catalog.json"));
        QCOMPARE(names.last(), QStringLiteral("manifest.json"));
        QVERIFY(names.indexOf(QStringLiteral("datapackage.json"))
                > names.indexOf(QStringLiteral("tables/info_items.csv")));
        QVERIFY(names.filter(QStringLiteral("forms/")).size() == 1);
        QVERIFY(names.filter(QStringLiteral("attachments/")).size() == 1);
        const QJsonArray files = QJsonDocument::fromJson(zip.data(QStringLiteral("manifest.json")))
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray();
        QStringList listed;
        for (const QJsonValue &f : files) {
            const QJsonObject o = f.toObject();
            listed << o.value(QStringLiteral("path")).toString();
            const QByteArray data = zip.data(listed.last());
            QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), qint64(data.size()));
            QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(listed, names.mid(0, names.size() - 1));
    }

    void attachmentHashIsChecked()
    {
        // catalog.json names each attachment by its SHA-256. A package whose attachment file
        // checks out against the manifest but not against catalog.json is refused.
        SafeZipReader zip;
        QVERIFY(zip.readFile(m_dir.filePath(QStringLiteral("demo.sypkg"))));
        QByteArray catalog = zip.data(QStringLiteral("catalog.json"));
        const QString sha = QJsonDocument::fromJson(catalog)
                                .object()
                                .value(QStringLiteral("attachments"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("sha256"))
                                .toString();
        QCOMPARE(sha.size(), 64);
        // The same first 16 digits, so the attachment's path in the package stays the same.
        QString other = sha;
        other[63] = sha.at(63) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        catalog.replace(sha.toLatin1(), other.toLatin1());
        QJsonObject manifest
            = QJsonDocument::fromJson(zip.data(QStringLiteral("manifest.json"))).object();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            if (f.value(QStringLiteral("path")).toString() != QLatin1String("catalog.json"))
                continue;
            f.insert(QStringLiteral("bytes"), qint64(catalog.size()));
            f.insert(QStringLiteral("sha256"),
                     QString::fromLatin1(
                         QCryptographicHash::hash(catalog, QCryptographicHash::Sha256).toHex()));
            files.replace(i, f);
        }
        manifest.insert(QStringLiteral("files"), files);
        const QString path = m_dir.filePath(QStringLiteral("attachment-changed.sypkg"));
        ZipWriter out;
        QVERIFY(out.open(path));
        for (const QString &name : zip.names()) {
            const QByteArray data = name == QLatin1String("catalog.json") ? catalog
                                    : name == QLatin1String("manifest.json")
                                        ? QJsonDocument(manifest).toJson()
                                        : zip.data(name);
            QVERIFY(out.addFile(name, data));
        }
        QVERIFY(out.commit());

        PackageReader reader;
        QVERIFY(!reader.read(path));
        QCOMPARE(reader.problem(), PackageReader::Problem::WrongHash);
        QVERIFY2(reader.errorString().contains(QStringLiteral("attachment")),
                 qPrintable(reader.errorString()));
        // The untouched package still reads.
        QVERIFY2(reader.read(m_dir.filePath(QStringLiteral("demo.sypkg"))),
                 qPrintable(reader.errorString()));
    }

    void officeScopeAndCancel()
    {
        CatalogStore store;
        QVERIFY(store.openReadOnly(m_demo));
        const Office first = store.offices().first();
        PackageOptions options;
        options.draft = true;
        options.scope.kind = ExportScope::Offices;
        options.scope.officeIds = {first.id};
        const QString out = m_dir.filePath(QStringLiteral("office.sypkg"));
        PackageWriter writer(Profile::builtin());
        QVERIFY(writer.write(store, out, options));
        PackageReader reader;
        QVERIFY(reader.read(out));
        ResourceQuery q;
        q.officeIds = {first.id};
        QCOMPARE(reader.snapshot().resources.size(), store.countResources(q));

        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.sypkg"));
        ExchangeProgress progress;
        int calls = 0;
        progress.cancelled = [&calls] {
            return ++calls > 3;
        };
        writer.setProgress(progress);
        QVERIFY(!writer.write(store, cancelled, options));
        QVERIFY(writer.wasCancelled());
        QVERIFY(!QFile::exists(cancelled));
    }

    void validCatalogExportsWithoutDraft()
    {
        const QString path = m_dir.filePath(QStringLiteral("valid.sycat"));
        QString error;
        QVERIFY2(test::makeCoordinatorCatalog(path, &error), qPrintable(error));
        CatalogStore store;
        QVERIFY(store.openReadOnly(path));
        PackageWriter writer(Profile::builtin());
        const QString out = m_dir.filePath(QStringLiteral("valid.sypkg"));
        QVERIFY2(writer.write(store, out, PackageOptions()),
                 qPrintable(writer.errorString() + QLatin1Char('\n')
                            + writer.validationErrors().join(QLatin1Char('\n'))));
        const QStringList problems = test::checkPackage(out, m_schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

// A QGuiApplication, because the registration forms in forms/*.pdf need the font database.
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestPackageWriter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_packagewriter.moc"
