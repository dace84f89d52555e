#include "DcatWriter.h"

#include "FieldCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy {

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

} // namespace

int DcatWriter::datasetCount(const CatalogSnapshot &s)
{
    int n = 0;
    for (const Resource &r : s.resources) {
        if (!r.secret)
            ++n;
    }
    return n;
}

QByteArray DcatWriter::write(const Profile &profile, const CatalogSnapshot &s)
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
        if (entity) {
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
                // Format, size and access URL describe the distribution, not the dataset.
                if (f.dcat == QLatin1String("dct:format")) {
                    distribution.insert(f.dcat, text);
                } else if (f.dcat == QLatin1String("dcat:byteSize")) {
                    distribution.insert(f.dcat,
                                        typed(text, QStringLiteral("xsd:nonNegativeInteger")));
                } else if (f.type == FieldType::Date) {
                    d.insert(f.dcat, typed(text, QStringLiteral("xsd:date")));
                } else if (f.type == FieldType::CodeList) {
                    d.insert(f.dcat,
                             QJsonArray::fromStringList(text.split(FieldCodec::listSeparator)));
                } else if (f.type == FieldType::Text || f.type == FieldType::LongText
                           || f.type == FieldType::Enum || f.type == FieldType::MultiEnum) {
                    d.insert(f.dcat, zh(text));
                } else {
                    d.insert(f.dcat, text);
                }
            }
        }
        d.insert(QStringLiteral("dcat:distribution"), QJsonArray{distribution});
        datasets.append(d);
    }
    QJsonObject catalog{
        {QStringLiteral("@context"), context},
        {QStringLiteral("@id"), QStringLiteral("urn:uuid:") + s.meta.uuid},
        {QStringLiteral("@type"), QStringLiteral("dcat:Catalog")},
        {QStringLiteral("dct:title"), zh(s.meta.name)},
        {QStringLiteral("dct:publisher"), publisher},
        {QStringLiteral("dct:issued"),
         typed(s.meta.created.toUTC().toString(Qt::ISODate), QStringLiteral("xsd:dateTime"))},
        {QStringLiteral("dcat:dataset"), datasets},
    };
    return QJsonDocument(catalog).toJson(QJsonDocument::Indented);
}

} // namespace sy
