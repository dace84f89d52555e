#include "PackageTables.h"

#include "CsvWriter.h"
#include "FieldCodec.h"

#include <QJsonArray>

namespace sy {

namespace {

QString tableType(FieldType type)
{
    switch (type) {
    case FieldType::Int:
    case FieldType::Bytes:
        return QStringLiteral("integer");
    case FieldType::Bool:
        return QStringLiteral("boolean");
    case FieldType::Date:
        return QStringLiteral("date");
    default:
        return QStringLiteral("string");
    }
}

// Builds the columns of one table: fixed link columns first, then the profile's fields.
class TableBuilder
{
public:
    TableBuilder(const Profile &profile, const QString &entity, bool strict)
        : m_profile(profile)
        , m_strict(strict)
        , m_entity(profile.entity(entity))
    {
    }

    void addFixed(const QString &name,
                  const QString &type,
                  const QString &title,
                  bool required,
                  const QString &description = {})
    {
        QJsonObject f{{QStringLiteral("name"), name},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("title"), title}};
        if (!description.isEmpty())
            f.insert(QStringLiteral("description"), description);
        if (type == QLatin1String("datetime"))
            f.insert(QStringLiteral("format"), QStringLiteral("default"));
        if (required)
            f.insert(QStringLiteral("constraints"),
                     QJsonObject{{QStringLiteral("required"), true}});
        m_fields.append(f);
        m_names << name;
        m_defs << nullptr;
    }

    // Profile fields except those in `skip` (already present as fixed columns).
    void addProfileFields(const QStringList &skip)
    {
        if (!m_entity)
            return;
        for (const FieldDef &def : m_entity->fields) {
            if (skip.contains(def.key))
                continue;
            QJsonObject f{{QStringLiteral("name"), def.key},
                          {QStringLiteral("type"), m_strict || def.type != FieldType::Date
                                                       ? tableType(def.type)
                                                       : QStringLiteral("string")},
                          {QStringLiteral("title"), def.label.zh},
                          {QStringLiteral("description"), def.label.en}};
            QJsonObject constraints;
            if (m_strict && def.required)
                constraints.insert(QStringLiteral("required"), true);
            // A draft may still hold values outside the lists; its schema must not claim more
            // than the data keeps, so drafts leave the lists out.
            if (m_strict && def.type == FieldType::Enum && !def.vocabulary.isEmpty()) {
                if (const Vocabulary *v = m_profile.vocabulary(def.vocabulary)) {
                    QJsonArray codes;
                    for (const VocabularyItem &item : v->items)
                        codes.append(item.code);
                    constraints.insert(QStringLiteral("enum"), codes);
                }
            }
            if (m_strict && def.maxLength > 0 && tableType(def.type) == QLatin1String("string"))
                constraints.insert(QStringLiteral("maxLength"), def.maxLength);
            if (def.type == FieldType::Int || def.type == FieldType::Bytes)
                constraints.insert(QStringLiteral("minimum"), 0);
            if (def.type == FieldType::MultiEnum || def.type == FieldType::CodeList) {
                f.insert(QStringLiteral("description"),
                         def.label.en + QStringLiteral(" (several values separated by \";\")"));
            }
            if (def.type == FieldType::Bool) {
                f.insert(QStringLiteral("trueValues"), QJsonArray{QStringLiteral("true")});
                f.insert(QStringLiteral("falseValues"), QJsonArray{QStringLiteral("false")});
            }
            if (!constraints.isEmpty())
                f.insert(QStringLiteral("constraints"), constraints);
            m_fields.append(f);
            m_names << def.key;
            m_defs << &def;
        }
    }

    QStringList names() const { return m_names; }
    const FieldDef *def(int column) const { return m_defs.at(column); }
    int size() const { return int(m_names.size()); }
    QJsonArray fields() const { return m_fields; }

private:
    const Profile &m_profile;
    bool m_strict;
    const EntityDef *m_entity;
    QJsonArray m_fields;
    QStringList m_names;
    QList<const FieldDef *> m_defs;
};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject foreignKey(const QString &field, const QString &resource)
{
    QJsonObject reference{{QStringLiteral("fields"), QJsonArray{QStringLiteral("uuid")}}};
    if (!resource.isEmpty())
        reference.insert(QStringLiteral("resource"), resource);
    return QJsonObject{{QStringLiteral("fields"), QJsonArray{field}},
                       {QStringLiteral("reference"), reference}};
}

PackageTable finish(const QString &name,
                    const QString &title,
                    const TableBuilder &b,
                    const CsvWriter &csv,
                    const QJsonArray &foreignKeys)
{
    PackageTable t;
    t.name = name;
    t.title = title;
    t.path = QStringLiteral("tables/%1.csv").arg(name);
    t.csv = csv.data();
    QJsonObject schema{
        {QStringLiteral("$schema"),
         QStringLiteral("https://datapackage.org/profiles/2.0/tableschema.json")},
        {QStringLiteral("fields"), b.fields()},
        {QStringLiteral("primaryKey"), QJsonArray{QStringLiteral("uuid")}},
        {QStringLiteral("missingValues"), QJsonArray{QString()}},
    };
    if (!foreignKeys.isEmpty())
        schema.insert(QStringLiteral("foreignKeys"), foreignKeys);
    t.schema = schema;
    return t;
}

} // namespace

QList<PackageTable>
PackageTables::build(const Profile &profile, const CatalogSnapshot &s, bool strict)
{
    QList<PackageTable> tables;
    QHash<qint64, const Office *> offices;
    for (const Office &o : s.offices)
        offices.insert(o.id, &o);
    auto officeUuid = [&](qint64 id) {
        const Office *o = offices.value(id);
        return o ? o->uuid : QString();
    };
    auto officeCode = [&](qint64 id) {
        const Office *o = offices.value(id);
        return o ? (o->code.isEmpty() ? o->name : o->code) : QString();
    };

    { // departments: the catalog header
        TableBuilder b(profile, QStringLiteral("department"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("目录标识"),
                   true);
        b.addFixed(QStringLiteral("catalog_name"), QStringLiteral("string"),
                   QStringLiteral("目录名称"), false);
        b.addProfileFields({});
        CsvWriter csv;
        csv.addRow(b.names());
        QStringList row;
        for (int c = 0; c < b.size(); ++c) {
            const QString key = b.names().at(c);
            if (key == QLatin1String("uuid"))
                row << s.meta.uuid;
            else if (key == QLatin1String("catalog_name"))
                row << s.meta.name;
            else if (key == QLatin1String("name"))
                row << s.meta.department;
            else if (key == QLatin1String("uscc"))
                row << s.meta.uscc;
            else if (key == QLatin1String("region"))
                row << s.meta.region;
            else
                row << FieldCodec::toText(*b.def(c), attrValue(s.meta.attrs, key));
        }
        csv.addRow(row);
        tables << finish(QStringLiteral("departments"), QStringLiteral("部门"), b, csv, {});
    }
    { // offices
        TableBuilder b(profile, QStringLiteral("office"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("处室标识"),
                   true);
        b.addFixed(QStringLiteral("parent_uuid"), QStringLiteral("string"),
                   QStringLiteral("上级处室标识"), false);
        b.addFixed(QStringLiteral("position"), QStringLiteral("integer"), QStringLiteral("排序"),
                   false);
        b.addProfileFields({});
        CsvWriter csv;
        csv.addRow(b.names());
        for (const Office &o : s.offices) {
            QStringList row;
            for (int c = 0; c < b.size(); ++c) {
                const QString key = b.names().at(c);
                if (key == QLatin1String("uuid"))
                    row << o.uuid;
                else if (key == QLatin1String("parent_uuid"))
                    row << officeUuid(o.parentId);
                else if (key == QLatin1String("position"))
                    row << QString::number(o.position);
                else if (key == QLatin1String("parent"))
                    row << officeCode(o.parentId);
                else if (key == QLatin1String("code"))
                    row << o.code;
                else if (key == QLatin1String("name"))
                    row << o.name;
                else
                    row << FieldCodec::toText(*b.def(c), attrValue(o.attrs, key));
            }
            csv.addRow(row);
        }
        tables << finish(QStringLiteral("offices"), QStringLiteral("内设处室"), b, csv,
                         {foreignKey(QStringLiteral("parent_uuid"), QString())});
    }
    { // resources
        TableBuilder b(profile, QStringLiteral("resource"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("资源标识"),
                   true);
        b.addFixed(QStringLiteral("office_uuid"), QStringLiteral("string"),
                   QStringLiteral("所属处室标识"), false);
        b.addProfileFields({});
        b.addFixed(QStringLiteral("created"), QStringLiteral("datetime"),
                   QStringLiteral("创建时间"), false);
        b.addFixed(QStringLiteral("modified"), QStringLiteral("datetime"),
                   QStringLiteral("修改时间"), false);
        CsvWriter csv;
        csv.addRow(b.names());
        for (const Resource &r : s.resources) {
            QStringList row;
            row.reserve(b.size());
            for (int c = 0; c < b.size(); ++c) {
                const QString key = b.names().at(c);
                if (key == QLatin1String("uuid"))
                    row << r.uuid;
                else if (key == QLatin1String("office_uuid"))
                    row << officeUuid(r.officeId);
                else if (key == QLatin1String("office"))
                    row << officeCode(r.officeId);
                else if (key == QLatin1String("created"))
                    row << timeText(r.created);
                else if (key == QLatin1String("modified"))
                    row << timeText(r.modified);
                else
                    row << FieldCodec::toText(*b.def(c), r.value(key));
            }
            csv.addRow(row);
        }
        tables << finish(QStringLiteral("resources"), QStringLiteral("数据资源"), b, csv,
                         {foreignKey(QStringLiteral("office_uuid"), QStringLiteral("offices"))});
    }
    { // info_items
        TableBuilder b(profile, QStringLiteral("item"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("信息项标识"),
                   true);
        b.addFixed(QStringLiteral("resource_uuid"), QStringLiteral("string"),
                   QStringLiteral("所属资源标识"), true);
        b.addFixed(QStringLiteral("position"), QStringLiteral("integer"), QStringLiteral("序号"),
                   true);
        b.addProfileFields({});
        CsvWriter csv;
        csv.addRow(b.names());
        for (const Resource &r : s.resources) {
            const QList<InfoItem> items = s.items.value(r.uuid);
            for (const InfoItem &i : items) {
                QStringList row;
                row.reserve(b.size());
                for (int c = 0; c < b.size(); ++c) {
                    const QString key = b.names().at(c);
                    if (key == QLatin1String("uuid"))
                        row << i.uuid;
                    else if (key == QLatin1String("resource_uuid"))
                        row << r.uuid;
                    else if (key == QLatin1String("position"))
                        row << QString::number(i.position);
                    else
                        row << FieldCodec::toText(*b.def(c), i.value(key));
                }
                csv.addRow(row);
            }
        }
        tables << finish(
            QStringLiteral("info_items"), QStringLiteral("信息项"), b, csv,
            {foreignKey(QStringLiteral("resource_uuid"), QStringLiteral("resources"))});
    }
    { // products
        TableBuilder b(profile, QStringLiteral("product"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("产品标识"),
                   true);
        b.addFixed(QStringLiteral("office_uuid"), QStringLiteral("string"),
                   QStringLiteral("所属处室标识"), false);
        b.addProfileFields({});
        CsvWriter csv;
        csv.addRow(b.names());
        for (const Product &p : s.products) {
            QStringList row;
            for (int c = 0; c < b.size(); ++c) {
                const QString key = b.names().at(c);
                if (key == QLatin1String("uuid"))
                    row << p.uuid;
                else if (key == QLatin1String("office_uuid"))
                    row << officeUuid(p.officeId);
                else if (key == QLatin1String("office"))
                    row << officeCode(p.officeId);
                else
                    row << FieldCodec::toText(*b.def(c), p.value(key));
            }
            csv.addRow(row);
        }
        tables << finish(QStringLiteral("products"), QStringLiteral("数据产品和服务"), b, csv,
                         {foreignKey(QStringLiteral("office_uuid"), QStringLiteral("offices"))});
    }
    { // registrations
        TableBuilder b(profile, QStringLiteral("registration"), strict);
        b.addFixed(QStringLiteral("uuid"), QStringLiteral("string"), QStringLiteral("登记标识"),
                   true);
        b.addProfileFields({});
        b.addFixed(QStringLiteral("created"), QStringLiteral("datetime"),
                   QStringLiteral("创建时间"), false);
        b.addFixed(QStringLiteral("modified"), QStringLiteral("datetime"),
                   QStringLiteral("修改时间"), false);
        CsvWriter csv;
        csv.addRow(b.names());
        for (const Registration &r : s.registrations) {
            QStringList row;
            for (int c = 0; c < b.size(); ++c) {
                const QString key = b.names().at(c);
                if (key == QLatin1String("uuid"))
                    row << r.uuid;
                else if (key == QLatin1String("created"))
                    row << timeText(r.created);
                else if (key == QLatin1String("modified"))
                    row << timeText(r.modified);
                else
                    row << FieldCodec::toText(*b.def(c), r.value(key));
            }
            csv.addRow(row);
        }
        tables << finish(QStringLiteral("registrations"), QStringLiteral("登记"), b, csv, {});
    }
    return tables;
}

} // namespace sy
