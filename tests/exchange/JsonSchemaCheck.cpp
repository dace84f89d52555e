#include "JsonSchemaCheck.h"

#include "exchange/CsvReader.h"
#include "exchange/SafeZipReader.h"

#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace sy::test {

namespace {

bool typeMatches(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    return false;
}

void validate(const QJsonValue &v,
              const QJsonValue &schemaValue,
              const QJsonObject &root,
              const QString &path,
              QStringList *errors)
{
    if (!schemaValue.isObject())
        return;
    QJsonObject s = schemaValue.toObject();
    if (s.contains(QStringLiteral("$ref"))) {
        const QString ref = s.value(QStringLiteral("$ref")).toString();
        QJsonValue target = root;
        const QStringList parts = ref.mid(2).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &p : parts)
            target = target.toObject().value(p);
        validate(v, target, root, path, errors);
        return;
    }
    if (s.contains(QStringLiteral("type"))) {
        const QJsonValue t = s.value(QStringLiteral("type"));
        bool ok = false;
        if (t.isArray()) {
            for (const QJsonValue &x : t.toArray())
                ok = ok || typeMatches(v, x.toString());
        } else {
            ok = typeMatches(v, t.toString());
        }
        if (!ok) {
            errors->append(
                QStringLiteral("%1: wrong type (want %2)")
                    .arg(path, QString::fromUtf8(
                                   QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact))));
            return;
        }
    }
    if (s.contains(QStringLiteral("enum"))) {
        if (!s.value(QStringLiteral("enum")).toArray().contains(v))
            errors->append(QStringLiteral("%1: not in enum").arg(path));
    }
    if (s.contains(QStringLiteral("const")) && s.value(QStringLiteral("const")) != v)
        errors->append(QStringLiteral("%1: not the const value").arg(path));
    if (v.isString()) {
        if (s.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(s.value(QStringLiteral("pattern")).toString());
            if (!re.isValid())
                errors->append(QStringLiteral("%1: schema pattern does not compile").arg(path));
            else if (!re.match(v.toString()).hasMatch())
                errors->append(QStringLiteral("%1: \"%2\" does not match %3")
                                   .arg(path, v.toString(), re.pattern()));
        }
        if (s.contains(QStringLiteral("minLength"))
            && v.toString().size() < s.value(QStringLiteral("minLength")).toInt())
            errors->append(QStringLiteral("%1: too short").arg(path));
    }
    if (v.isDouble() && s.contains(QStringLiteral("minimum"))
        && v.toDouble() < s.value(QStringLiteral("minimum")).toDouble())
        errors->append(QStringLiteral("%1: below minimum").arg(path));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors->append(
                    QStringLiteral("%1: missing required \"%2\"").arg(path, r.toString()));
        }
        if (s.contains(QStringLiteral("minProperties"))
            && o.size() < s.value(QStringLiteral("minProperties")).toInt())
            errors->append(QStringLiteral("%1: too few properties").arg(path));
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                validate(it.value(), props.value(it.key()), root,
                         path + QLatin1Char('/') + it.key(), errors);
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(QStringLiteral("minItems"))
            && a.size() < s.value(QStringLiteral("minItems")).toInt())
            errors->append(QStringLiteral("%1: too few items").arg(path));
        if (s.value(QStringLiteral("uniqueItems")).toBool()) {
            for (int i = 0; i < a.size(); ++i)
                for (int j = i + 1; j < a.size(); ++j)
                    if (a.at(i) == a.at(j))
                        errors->append(QStringLiteral("%1: items not unique").arg(path));
        }
        if (s.value(QStringLiteral("items")).isObject()) {
            for (int i = 0; i < a.size(); ++i)
                validate(a.at(i), s.value(QStringLiteral("items")), root,
                         path + QLatin1Char('/') + QString::number(i), errors);
        }
    }
    for (const QJsonValue &sub : s.value(QStringLiteral("allOf")).toArray())
        validate(v, sub, root, path, errors);
    if (s.contains(QStringLiteral("anyOf"))) {
        bool any = false;
        for (const QJsonValue &sub : s.value(QStringLiteral("anyOf")).toArray()) {
            QStringList e;
            validate(v, sub, root, path, &e);
            any = any || e.isEmpty();
        }
        if (!any)
            errors->append(QStringLiteral("%1: matches none of anyOf").arg(path));
    }
    if (s.contains(QStringLiteral("oneOf"))) {
        int matches = 0;
        QStringList firstErrors;
        for (const QJsonValue &sub : s.value(QStringLiteral("oneOf")).toArray()) {
            QStringList e;
            validate(v, sub, root, path, &e);
            if (e.isEmpty())
                ++matches;
            else if (firstErrors.isEmpty())
                firstErrors = e;
        }
        if (matches != 1)
            errors->append(QStringLiteral("%1: matches %2 of oneOf (%3)")
                               .arg(path)
                               .arg(matches)
                               .arg(firstErrors.join(QLatin1String("; "))));
    }
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QStringList validateJson(const QJsonValue &instance, const QJsonValue &schema)
{
    QStringList errors;
    validate(instance, schema, schema.toObject(), QStringLiteral(""), &errors);
    return errors;
}

QStringList checkPackage(const QString &path, const QJsonValue &datapackageSchema)
{
    QStringList problems;
    SafeZipReader zip;
    if (!zip.readFile(path))
        return {zip.errorString()};
    const QJsonObject manifest
        = QJsonDocument::fromJson(zip.data(QStringLiteral("manifest.json"))).object();
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    if (files.isEmpty())
        problems << QStringLiteral("manifest lists no files");
    for (const QJsonValue &f : files) {
        const QJsonObject o = f.toObject();
        const QByteArray data = zip.data(o.value(QStringLiteral("path")).toString());
        if (sha(data) != o.value(QStringLiteral("sha256")).toString())
            problems
                << QStringLiteral("hash of %1").arg(o.value(QStringLiteral("path")).toString());
        if (data.size() != o.value(QStringLiteral("bytes")).toInteger())
            problems
                << QStringLiteral("bytes of %1").arg(o.value(QStringLiteral("path")).toString());
    }
    const QJsonDocument dp = QJsonDocument::fromJson(zip.data(QStringLiteral("datapackage.json")));
    problems += validateJson(dp.object(), datapackageSchema);

    QHash<QString, QSet<QString>> keys; // resource → primary key values
    struct Fk
    {
        QString resource, field, target;
        QStringList values;
    };
    QList<Fk> fks;
    const QJsonArray resources = dp.object().value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &rv : resources) {
        const QJsonObject r = rv.toObject();
        const QString name = r.value(QStringLiteral("name")).toString();
        const QByteArray data = zip.data(r.value(QStringLiteral("path")).toString());
        if (r.value(QStringLiteral("bytes")).toInteger() != data.size())
            problems << QStringLiteral("%1: bytes").arg(name);
        if (r.value(QStringLiteral("hash")).toString() != QStringLiteral("sha256:") + sha(data))
            problems << QStringLiteral("%1: hash").arg(name);
        CsvReader csv;
        if (!csv.readData(data, name)) {
            problems << csv.errorString();
            continue;
        }
        const QList<QStringList> rows = csv.rows();
        const QJsonObject schema = r.value(QStringLiteral("schema")).toObject();
        const QJsonArray fields = schema.value(QStringLiteral("fields")).toArray();
        QStringList names;
        for (const QJsonValue &f : fields)
            names << f.toObject().value(QStringLiteral("name")).toString();
        if (rows.isEmpty() || rows.first() != names) {
            problems << QStringLiteral("%1: header differs from the schema fields").arg(name);
            continue;
        }
        const QString pk = schema.value(QStringLiteral("primaryKey")).toArray().at(0).toString();
        const int pkColumn = int(names.indexOf(pk));
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            if (row.size() != names.size()) {
                problems << QStringLiteral("%1 row %2: %3 cells").arg(name).arg(i).arg(row.size());
                continue;
            }
            for (int c = 0; c < fields.size(); ++c) {
                const QJsonObject f = fields.at(c).toObject();
                const QString v = row.at(c);
                const QJsonObject cons = f.value(QStringLiteral("constraints")).toObject();
                if (v.isEmpty()) {
                    if (cons.value(QStringLiteral("required")).toBool())
                        problems << QStringLiteral("%1 row %2: %3 required")
                                        .arg(name)
                                        .arg(i)
                                        .arg(names.at(c));
                    continue;
                }
                const QString type = f.value(QStringLiteral("type")).toString();
                bool ok = true;
                if (type == QLatin1String("integer"))
                    v.toLongLong(&ok);
                else if (type == QLatin1String("boolean"))
                    ok = v == QLatin1String("true") || v == QLatin1String("false");
                else if (type == QLatin1String("date"))
                    ok = QDate::fromString(v, Qt::ISODate).isValid();
                else if (type == QLatin1String("datetime"))
                    ok = QDateTime::fromString(v, Qt::ISODate).isValid();
                if (!ok)
                    problems << QStringLiteral("%1 row %2: %3 is not %4")
                                    .arg(name)
                                    .arg(i)
                                    .arg(names.at(c), type);
                if (cons.contains(QStringLiteral("enum"))
                    && !cons.value(QStringLiteral("enum")).toArray().contains(QJsonValue(v)))
                    problems << QStringLiteral("%1 row %2: %3 \"%4\" not in enum")
                                    .arg(name)
                                    .arg(i)
                                    .arg(names.at(c), v);
            }
            if (pkColumn >= 0) {
                if (keys[name].contains(row.at(pkColumn)))
                    problems << QStringLiteral("%1: duplicate key %2").arg(name, row.at(pkColumn));
                keys[name].insert(row.at(pkColumn));
            }
        }
        for (const QJsonValue &fkv : schema.value(QStringLiteral("foreignKeys")).toArray()) {
            const QJsonObject fk = fkv.toObject();
            Fk k;
            k.resource = name;
            k.field = fk.value(QStringLiteral("fields")).toArray().at(0).toString();
            k.target = fk.value(QStringLiteral("reference"))
                           .toObject()
                           .value(QStringLiteral("resource"))
                           .toString(name);
            const int c = int(names.indexOf(k.field));
            for (int i = 1; i < rows.size(); ++i)
                k.values << rows.at(i).value(c);
            fks << k;
        }
    }
    for (const Fk &k : std::as_const(fks)) {
        for (const QString &v : k.values) {
            if (!v.isEmpty() && !keys.value(k.target).contains(v))
                problems
                    << QStringLiteral("%1.%2: %3 not in %4").arg(k.resource, k.field, v, k.target);
        }
    }
    return problems;
}

} // namespace sy::test
