#include "DcatWriter.h"

#include "FieldCodec.h"
#include "JsonOut.h"

#include <utility>

namespace sy {

namespace {

void zh(JsonOut &j, const QString &text)
{
    j.begin('{');
    j.key("@value");
    j.string(text);
    j.key("@language");
    j.string(QByteArrayView("zh"));
    j.end('}');
}

void typed(JsonOut &j, const QString &value, const char *type)
{
    j.begin('{');
    j.key("@value");
    j.string(value);
    j.key("@type");
    j.string(QByteArrayView(type));
    j.end('}');
}

// How a profile field with a `dcat` property is written.
enum class Shape {
    Format,   // dct:format, on the distribution
    ByteSize, // dcat:byteSize, on the distribution, typed
    Date,     // typed xsd:date
    List,     // a code list: an array of codes
    Language, // text in Chinese: {"@value", "@language": "zh"}
    Plain     // a bare string
};

struct DcatField
{
    const FieldDef *def;
    Shape shape;
};

QList<DcatField> dcatFields(const Profile &profile)
{
    QList<DcatField> out;
    const EntityDef *entity = profile.entity(QStringLiteral("resource"));
    if (!entity)
        return out;
    for (const FieldDef &f : entity->fields) {
        if (f.dcat.isEmpty() || f.key == QLatin1String("office"))
            continue;
        Shape shape = Shape::Plain;
        if (f.dcat == QLatin1String("dct:format"))
            shape = Shape::Format;
        else if (f.dcat == QLatin1String("dcat:byteSize"))
            shape = Shape::ByteSize;
        else if (f.type == FieldType::Date)
            shape = Shape::Date;
        else if (f.type == FieldType::CodeList)
            shape = Shape::List;
        else if (f.type == FieldType::Text || f.type == FieldType::LongText
                 || f.type == FieldType::Enum || f.type == FieldType::MultiEnum)
            shape = Shape::Language;
        out.append({&f, shape});
    }
    return out;
}

void publisher(JsonOut &j, const CatalogSnapshot &s)
{
    j.begin('{');
    j.key("@type");
    j.string(QByteArrayView("foaf:Organization"));
    j.key("foaf:name");
    zh(j, s.meta.department);
    j.key("dct:identifier");
    j.string(s.meta.uscc);
    j.key("dct:spatial");
    j.string(s.meta.region);
    j.end('}');
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

// Written straight as text (JsonOut), not as a QJsonObject tree: for 100k resources the tree
// took a quarter of an export's processor time.
QByteArray DcatWriter::write(const Profile &profile, const CatalogSnapshot &s)
{
    static const std::pair<const char *, const char *> context[] = {
        {"dcat", "http://www.w3.org/ns/dcat#"},       {"dct", "http://purl.org/dc/terms/"},
        {"foaf", "http://xmlns.com/foaf/0.1/"},       {"vcard", "http://www.w3.org/2006/vcard/ns#"},
        {"adms", "http://www.w3.org/ns/adms#"},       {"dqv", "http://www.w3.org/ns/dqv#"},
        {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    };
    const QList<DcatField> fields = dcatFields(profile);

    JsonOut j(qsizetype(s.resources.size()) * 2048 + 4096, JsonOut::Indented);
    j.begin('{');
    j.key("@context");
    j.begin('{');
    for (const auto &[prefix, iri] : context) {
        j.key(prefix);
        j.string(QByteArrayView(iri));
    }
    j.end('}');
    j.key("@id");
    j.string(QStringLiteral("urn:uuid:") + s.meta.uuid);
    j.key("@type");
    j.string(QByteArrayView("dcat:Catalog"));
    j.key("dct:title");
    zh(j, s.meta.name);
    j.key("dct:publisher");
    publisher(j, s);
    j.key("dct:issued");
    typed(j, s.meta.created.toUTC().toString(Qt::ISODate), "xsd:dateTime");
    j.key("dcat:dataset");
    j.begin('[');

    QStringList written;      // the dataset's properties so far: a property is written once
    QString format, byteSize; // the distribution's
    for (const Resource &r : s.resources) {
        if (r.secret)
            continue;
        j.begin('{');
        j.key("@id");
        j.string(QStringLiteral("urn:uuid:") + r.uuid);
        j.key("@type");
        j.string(QByteArrayView("dcat:Dataset"));
        j.key("dct:identifier");
        j.string(r.code);
        j.key("dct:title");
        zh(j, r.name);
        j.key("dct:publisher");
        publisher(j, s);
        written = {QStringLiteral("@id"),
                   QStringLiteral("@type"),
                   QStringLiteral("dct:identifier"),
                   QStringLiteral("dct:title"),
                   QStringLiteral("dct:publisher"),
                   QStringLiteral("dcat:distribution")};
        if (!r.summary.isEmpty()) {
            j.key("dct:description");
            zh(j, r.summary);
            written.append(QStringLiteral("dct:description"));
        }
        format.clear();
        byteSize.clear();
        for (const DcatField &field : fields) {
            const FieldDef &f = *field.def;
            if (written.contains(f.dcat))
                continue;
            const QVariant v = r.value(f.key);
            const QString text = f.type == FieldType::Enum || f.type == FieldType::MultiEnum
                                     ? FieldCodec::toLabel(profile, f, v)
                                     : FieldCodec::toText(f, v);
            if (text.isEmpty() || text == QLatin1String("0"))
                continue;
            // Format and size describe the distribution, not the dataset.
            if (field.shape == Shape::Format) {
                format = text;
                continue;
            }
            if (field.shape == Shape::ByteSize) {
                byteSize = text;
                continue;
            }
            j.key(f.dcat);
            written.append(f.dcat);
            switch (field.shape) {
            case Shape::Date:
                typed(j, text, "xsd:date");
                break;
            case Shape::List:
                j.begin('[');
                for (const QString &code : text.split(FieldCodec::listSeparator))
                    j.string(code);
                j.end(']');
                break;
            case Shape::Language:
                zh(j, text);
                break;
            case Shape::Plain:
            case Shape::Format:
            case Shape::ByteSize:
                j.string(text);
                break;
            }
        }
        j.key("dcat:distribution");
        j.begin('[');
        j.begin('{');
        j.key("@type");
        j.string(QByteArrayView("dcat:Distribution"));
        if (!format.isEmpty()) {
            j.key("dct:format");
            j.string(format);
        }
        if (!byteSize.isEmpty()) {
            j.key("dcat:byteSize");
            typed(j, byteSize, "xsd:nonNegativeInteger");
        }
        j.end('}');
        j.end(']');
        j.end('}');
    }
    j.end(']');
    j.end('}');
    return j.take();
}

} // namespace sy
