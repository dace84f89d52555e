// dcat.jsonld as written by DcatWriter (straight to text) against the QJsonObject tree it was
// first built as, kept here as the reference: the same JSON-LD for a demo catalog with awkward
// texts, secret resources left out.
#include "ExchangeFixture.h"
#include "demo/DemoGenerator.h"
#include "exchange/DcatWriter.h"
#include "exchange/FieldCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

namespace {

QJsonObject zh(const QString &text)
{
    return QJsonObject{{QStringLiteral("@value"), text},
                       {QStringLiteral("@language"), QStringLiteral("zh")}};
}

QJsonObject typed(const QString &value, const QString &type)
{
    return QJsonObject{{QStringLiteral("@value"), value}, {QStringLiteral("@type"), type}};
}

// The first DcatWriter, unchanged but for its name.
QJsonObject referenceDcat(const Profile &profile, const CatalogSnapshot &s)
{
    const QJsonObject context{
        {QStringLiteral("dcat"), QStringLiteral("http://www.w3.org/ns/dcat#")},
        {QStringLiteral("dct"), QStringLiteral("http://purl.org/dc/terms/")},
        {QStringLiteral("foaf"), QStringLiteral("http://xmlns.com/foaf/0.1/")},
        {QStringLiteral("vcard"), QStringLiteral("http://www.w3.org/2006/vcard/ns#")},
        {QStringLiteral("adms"), QStringLiteral("http://www.w3.org/ns/adms#")},
        {QStringLiteral("dqv"), QStringLiteral("http://www.w3.org/ns/dqv#")},
        {QStringLiteral("xsd"), QStringLiteral("http://www.w3.org/2001/XMLSchema#")},
    };
    const QJsonObject publisher{
        {QStringLiteral("@type"), QStringLiteral("foaf:Organization")},
        {QStringLiteral("foaf:name"), zh(s.meta.department)},
        {QStringLiteral("dct:identifier"), s.meta.uscc},
        {QStringLiteral("dct:spatial"), s.meta.region},
    };
    const EntityDef *entity = profile.entity(QStringLiteral("resource"));
    QJsonArray datasets;
    for (const Resource &r : s.resources) {
        if (r.secret)
            continue;
        QJsonObject d{
            {QStringLiteral("@id"), QStringLiteral("urn:uuid:") + r.uuid},
            {QStringLiteral("@type"), QStringLiteral("dcat:Dataset")},
            {QStringLiteral("dct:identifier"), r.code},
            {QStringLiteral("dct:title"), zh(r.name)},
            {QStringLiteral("dct:publisher"), publisher},
        };
        if (!r.summary.isEmpty())
            d.insert(QStringLiteral("dct:description"), zh(r.summary));
        QJsonObject distribution{{QStringLiteral("@type"), QStringLiteral("dcat:Distribution")}};
        for (const FieldDef &f : entity->fields) {
            if (f.dcat.isEmpty() || d.contains(f.dcat))
                continue;
            const QVariant v = r.value(f.key);
            if (f.key == QLatin1String("office"))
                continue;
            const QString text = f.type == FieldType::Enum || f.type == FieldType::MultiEnum
                                     ? FieldCodec::toLabel(profile, f, v)
                                     : FieldCodec::toText(f, v);
            if (text.isEmpty() || text == QLatin1String("0"))
                continue;
            if (f.dcat == QLatin1String("dct:format")) {
                distribution.insert(f.dcat, text);
            } else if (f.dcat == QLatin1String("dcat:byteSize")) {
                distribution.insert(f.dcat, typed(text, QStringLiteral("xsd:nonNegativeInteger")));
            } else if (f.type == FieldType::Date) {
                d.insert(f.dcat, typed(text, QStringLiteral("xsd:date")));
            } else if (f.type == FieldType::CodeList) {
                d.insert(f.dcat, QJsonArray::fromStringList(text.split(FieldCodec::listSeparator)));
            } else if (f.type == FieldType::Text || f.type == FieldType::LongText
                       || f.type == FieldType::Enum || f.type == FieldType::MultiEnum) {
                d.insert(f.dcat, zh(text));
            } else {
                d.insert(f.dcat, text);
            }
        }
        d.insert(QStringLiteral("dcat:distribution"), QJsonArray{distribution});
        datasets.append(d);
    }
    return QJsonObject{
        {QStringLiteral("@context"), context},
        {QStringLiteral("@id"), QStringLiteral("urn:uuid:") + s.meta.uuid},
        {QStringLiteral("@type"), QStringLiteral("dcat:Catalog")},
        {QStringLiteral("dct:title"), zh(s.meta.name)},
        {QStringLiteral("dct:publisher"), publisher},
        {QStringLiteral("dct:issued"),
         typed(s.meta.created.toUTC().toString(Qt::ISODate), QStringLiteral("xsd:dateTime"))},
        {QStringLiteral("dcat:dataset"), datasets},
    };
}

} // namespace

class TestDcatWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogSnapshot m_snapshot;
    std::shared_ptr<const Profile> m_profile = Profile::builtin();
    qsizetype m_open = 0; // resources that are not secret

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sycat"));
        QString error;
        DemoGenerator::Options options;
        options.resources = 150;
        QVERIFY2(DemoGenerator::generate(path, options, &error), qPrintable(error));
        m_snapshot = test::snapshotOf(path);
        QCOMPARE(m_snapshot.resources.size(), 150);
        // Texts a clerk may paste, and what the reference leaves out.
        QList<Resource> &r = m_snapshot.resources;
        r[0].name = QStringLiteral("“引号”与 \"quotes\", back\\slash\n第二行\t") + QChar(0x02);
        r[1].summary.clear();
        r[2].secret = true;
        r[3].summary = QStringLiteral("含 emoji 😀 与 \\u0041 字样");
        r[4].format.clear();
        r[4].bytes = 0;
        m_snapshot.meta.department = QStringLiteral("广东省\"测试\"管理局");
        for (const Resource &resource : std::as_const(r))
            m_open += resource.secret ? 0 : 1;
        QVERIFY(m_open < 149); // the demo's secret resources and the one above
    }

    void sameJsonLdAsTheReference()
    {
        const QByteArray text = DcatWriter::write(*m_profile, m_snapshot);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject expected = referenceDcat(*m_profile, m_snapshot);
        const QJsonArray mine = doc.object().value(QStringLiteral("dcat:dataset")).toArray();
        const QJsonArray theirs = expected.value(QStringLiteral("dcat:dataset")).toArray();
        QCOMPARE(mine.size(), m_open); // the secret ones are left out
        QCOMPARE(mine.size(), theirs.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (mine.at(i) != theirs.at(i))
                QFAIL(qPrintable(
                    QStringLiteral("dataset %1 differs:\n%2\nreference:\n%3")
                        .arg(i)
                        .arg(QString::fromUtf8(QJsonDocument(mine.at(i).toObject()).toJson()))
                        .arg(QString::fromUtf8(QJsonDocument(theirs.at(i).toObject()).toJson()))));
        }
        QCOMPARE(doc.object(), expected);
        QCOMPARE(DcatWriter::datasetCount(m_snapshot), m_open);
    }

    void readableAsWritten()
    {
        // Indented as before, so a person opening the file can read it.
        const QByteArray text = DcatWriter::write(*m_profile, m_snapshot);
        QVERIFY(text.startsWith("{\n    \"@context\": {\n        \"dcat\": "));
        QVERIFY(text.endsWith("\n}\n"));
        QVERIFY(text.contains("\"dct:title\": {\n                \"@value\": \"“引号”与 "
                              "\\\"quotes\\\", back\\\\slash\\n第二行\\t\\u0002\""));
    }
};

QTEST_GUILESS_MAIN(TestDcatWriter)
#include "tst_dcatwriter.moc"
