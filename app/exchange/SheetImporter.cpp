#include "SheetImporter.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "FieldCodec.h"
#include "SurveyTemplate.h"
#include "XlsxBook.h"
#include "XlsxReader.h"

#include "store/CatalogStore.h"

#ifdef SHUYUAN_HAVE_RULES
#include "rules/RuleEngine.h"
#endif

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QUuid>

namespace sy {

namespace {

QString cleanHeader(const QString &h)
{
    QString t = h.trimmed();
    t.replace(QLatin1Char('\n'), QString()).replace(QLatin1Char('\r'), QString());
    while (t.startsWith(QLatin1Char('*')) || t.startsWith(QChar(0xFF0A)))
        t = t.mid(1).trimmed();
    while (t.endsWith(QLatin1Char('*')) || t.endsWith(QChar(0xFF0A)))
        t.chop(1);
    return t.trimmed();
}

bool rowEmpty(const QStringList &row)
{
    for (const QString &c : row) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

QJsonObject hashToJson(const QHash<QString, QString> &h)
{
    QJsonObject o;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> hashFromJson(const QJsonObject &o)
{
    QHash<QString, QString> h;
    for (auto it = o.begin(); it != o.end(); ++it)
        h.insert(it.key(), it.value().toString());
    return h;
}

} // namespace

QJsonObject ImportMapping::toJson() const
{
    return QJsonObject{
        {QStringLiteral("resource_sheet"), resourceSheet},
        {QStringLiteral("resource_header_row"), resourceHeaderRow + 1},
        {QStringLiteral("resource_columns"), hashToJson(resourceColumns)},
        {QStringLiteral("item_sheet"), itemSheet},
        {QStringLiteral("item_header_row"), itemHeaderRow + 1},
        {QStringLiteral("item_columns"), hashToJson(itemColumns)},
    };
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    m.resourceSheet = json.value(QStringLiteral("resource_sheet")).toString();
    m.resourceHeaderRow = qMax(0, json.value(QStringLiteral("resource_header_row")).toInt(1) - 1);
    m.resourceColumns = hashFromJson(json.value(QStringLiteral("resource_columns")).toObject());
    m.itemSheet = json.value(QStringLiteral("item_sheet")).toString();
    m.itemHeaderRow = qMax(0, json.value(QStringLiteral("item_header_row")).toInt(1) - 1);
    m.itemColumns = hashFromJson(json.value(QStringLiteral("item_columns")).toObject());
    return m;
}

SheetImporter::SheetImporter(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
{
}

bool SheetImporter::load(const QString &path)
{
    m_sheets.clear();
    m_error.clear();
    m_templateCreated = QDateTime();
    m_templateOffices.clear();
    m_fileName = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        XlsxReader reader;
        if (!reader.readFile(path)) {
            m_error = reader.errorString();
            return false;
        }
        const QList<XlsxSheet> sheets = reader.sheets();
        for (const XlsxSheet &x : sheets) {
            SheetData s;
            s.name = x.name;
            s.hidden = x.hidden;
            for (int r = 0; r < x.rows.size(); ++r) {
                QStringList row;
                const QVariantList &cells = x.rows.at(r);
                row.reserve(cells.size());
                for (const QVariant &v : cells)
                    row << XlsxSheet::toText(v);
                s.rows << row;
                s.lines << r + 1;
            }
            if (s.name == SurveyTemplate::metaSheetName()) {
                for (const QStringList &row : std::as_const(s.rows)) {
                    if (row.size() < 2)
                        continue;
                    if (row.at(0) == QLatin1String("created"))
                        m_templateCreated = QDateTime::fromString(row.at(1), Qt::ISODateWithMs);
                    else if (row.at(0) == QLatin1String("offices") && !row.at(1).isEmpty()) {
                        const QStringList uuids = row.at(1).split(QLatin1Char(';'));
                        m_templateOffices = QSet<QString>(uuids.begin(), uuids.end());
                    }
                }
                continue;
            }
            if (s.name == QLatin1String("_lists"))
                continue;
            m_sheets << s;
        }
        return true;
    }
    CsvReader csv;
    if (!csv.readFile(path)) {
        m_error = csv.errorString();
        return false;
    }
    SheetData s;
    s.name = QFileInfo(path).completeBaseName();
    s.rows = csv.rows();
    s.lines = csv.lines();
    m_sheets << s;
    return true;
}

QString SheetImporter::mapHeader(const QString &entity, const QString &header) const
{
    const QString h = cleanHeader(header);
    if (h.isEmpty())
        return {};
    if (entity == QLatin1String("resource")) {
        if (h == cleanHeader(SurveyTemplate::uuidHeader())
            || h.compare(QLatin1String("uuid"), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(uuidKey);
        const FieldDef *f = m_profile->fieldForHeader(QStringLiteral("resource"), h);
        return f && f->key != QLatin1String("status") ? f->key : QString();
    }
    // Item sheets: the item's own fields win; then the link to the resource.
    if (const FieldDef *f = m_profile->fieldForHeader(QStringLiteral("item"), h))
        return f->key;
    if (const FieldDef *f = m_profile->fieldForHeader(QStringLiteral("resource"), h)) {
        if (f->key == QLatin1String("code"))
            return QString::fromLatin1(resourceCodeKey);
        if (f->key == QLatin1String("name"))
            return QString::fromLatin1(resourceNameKey);
    }
    return {};
}

int SheetImporter::score(const SheetData &sheet, int headerRow, const QString &entity) const
{
    if (headerRow >= sheet.rows.size())
        return 0;
    int n = 0;
    QSet<QString> keys;
    for (const QString &h : sheet.rows.at(headerRow)) {
        const QString key = mapHeader(entity, h);
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.insert(key);
            ++n;
        }
    }
    // An item sheet must say which resource each row belongs to and hold item-only columns.
    if (entity == QLatin1String("item")) {
        const bool link = keys.contains(QString::fromLatin1(resourceCodeKey))
                          || keys.contains(QString::fromLatin1(resourceNameKey));
        const bool itemOnly = keys.contains(QStringLiteral("data_type"))
                              || keys.contains(QStringLiteral("tech_name"))
                              || keys.contains(QStringLiteral("length"));
        if (!itemOnly)
            return 0;
        if (!link)
            n /= 2;
    }
    return n;
}

ImportMapping SheetImporter::autoMapping() const
{
    ImportMapping m;
    int bestResource = 2, bestItem = 1;
    for (const SheetData &s : m_sheets) {
        if (s.hidden)
            continue;
        for (int row = 0; row < qMin<qsizetype>(6, s.rows.size()); ++row) {
            const int rs = score(s, row, QStringLiteral("resource"));
            const int is = score(s, row, QStringLiteral("item"));
            if (is > bestItem && is >= rs / 2) {
                bestItem = is;
                m.itemSheet = s.name;
                m.itemHeaderRow = row;
            } else if (rs > bestResource && rs > is) {
                bestResource = rs;
                m.resourceSheet = s.name;
                m.resourceHeaderRow = row;
            }
        }
    }
    if (m.itemSheet == m.resourceSheet)
        m.itemSheet.clear();
    for (const QString &h : headers(m.resourceSheet, m.resourceHeaderRow))
        m.resourceColumns.insert(h, mapHeader(QStringLiteral("resource"), h));
    for (const QString &h : headers(m.itemSheet, m.itemHeaderRow))
        m.itemColumns.insert(h, mapHeader(QStringLiteral("item"), h));
    return m;
}

QStringList SheetImporter::headers(const QString &sheet, int headerRow) const
{
    for (const SheetData &s : m_sheets) {
        if (s.name == sheet && headerRow < s.rows.size())
            return s.rows.at(headerRow);
    }
    return {};
}

QString SheetImporter::signature() const
{
    QStringList parts;
    for (const SheetData &s : m_sheets) {
        parts << s.name;
        for (int row = 0; row < qMin<qsizetype>(3, s.rows.size()); ++row)
            parts << s.rows.at(row).join(QLatin1Char('\x1f'));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\x1e')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

void SheetImporter::rememberMapping(const QString &signature, const ImportMapping &mapping)
{
    QSettings settings(QStringLiteral("Shuyuan"), QStringLiteral("shuyuan"));
    settings.setValue(
        QStringLiteral("importMappings/") + signature,
        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
}

ImportMapping SheetImporter::rememberedMapping(const QString &signature)
{
    QSettings settings(QStringLiteral("Shuyuan"), QStringLiteral("shuyuan"));
    const QString json = settings.value(QStringLiteral("importMappings/") + signature).toString();
    if (json.isEmpty())
        return {};
    return ImportMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

bool SheetImporter::build(const CatalogStore *store,
                          CatalogSnapshot *out,
                          QList<ImportProblem> *problems)
{
    *out = CatalogSnapshot();
    problems->clear();
    m_rowsRead = 0;
    if (m_mapping.isEmpty())
        m_mapping = autoMapping();
    if (m_mapping.resourceSheet.isEmpty() && m_mapping.itemSheet.isEmpty()) {
        problems->append({m_fileName, 0, QString(),
                          tr("No sheet with recognisable resource or information-item headers was "
                             "found; map the columns by hand."),
                          Severity::Error});
        return false;
    }
    if (store)
        out->meta = store->meta();

    // Offices of the catalog, by name and code, so answers name them either way.
    QList<Office> storeOffices;
    if (store)
        storeOffices = store->offices();
    QHash<QString, qint64> officeByText; // snapshot office ids
    qint64 nextOfficeId = 1;
    auto officeFor = [&](const QString &text) -> qint64 {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return 0;
        if (officeByText.contains(t))
            return officeByText.value(t);
        Office o;
        for (const Office &so : std::as_const(storeOffices)) {
            if (so.name == t || (!so.code.isEmpty() && so.code == t)) {
                o = so;
                break;
            }
        }
        if (o.uuid.isEmpty()) {
            o.uuid = newUuid();
            o.name = t;
        }
        o.id = nextOfficeId++;
        o.parentId = 0;
        out->offices << o;
        officeByText.insert(t, o.id);
        return o.id;
    };
    qint64 defaultOffice = 0;
    if (m_templateOffices.size() == 1) {
        for (const Office &so : std::as_const(storeOffices)) {
            if (m_templateOffices.contains(so.uuid))
                defaultOffice = officeFor(so.name);
        }
    }

    const EntityDef *resourceEntity = m_profile->entity(QStringLiteral("resource"));
    const EntityDef *itemEntity = m_profile->entity(QStringLiteral("item"));
#ifdef SHUYUAN_HAVE_RULES
    RuleEngine engine(m_profile);
#endif

    struct RowRef
    {
        QString sheet;
        int row;
        QHash<QString, QString> columnOfKey;
    };
    QHash<QString, RowRef> resourceRows; // uuid → where it came from
    QHash<QString, QString> uuidByCode, uuidByName;

    auto findSheet = [this](const QString &name) -> const SheetData * {
        for (const SheetData &s : m_sheets) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    };

    if (const SheetData *sheet = findSheet(m_mapping.resourceSheet)) {
        const QStringList header = sheet->rows.value(m_mapping.resourceHeaderRow);
        QHash<int, QString> columns;
        QHash<QString, QString> columnOfKey;
        for (int c = 0; c < header.size(); ++c) {
            const QString key = m_mapping.resourceColumns.value(header.at(c));
            if (!key.isEmpty() && !columnOfKey.contains(key)) {
                columns.insert(c, key);
                columnOfKey.insert(key, cleanHeader(header.at(c)));
            }
        }
#ifndef SHUYUAN_HAVE_RULES
        if (resourceEntity) {
            for (const FieldDef &f : resourceEntity->fields) {
                if (f.required && !columnOfKey.contains(f.key) && f.key != QLatin1String("office"))
                    problems->append({sheet->name, 0, f.label.zh,
                                      tr("The required column \"%1\" is missing.").arg(f.label.zh),
                                      Severity::Warning});
            }
        }
#endif
        if (!columnOfKey.contains(QStringLiteral("name")))
            problems->append({sheet->name, 0, QString(),
                              tr("No column holds the resource name; the sheet was not read."),
                              Severity::Error});
        for (int r = m_mapping.resourceHeaderRow + 1;
             columnOfKey.contains(QStringLiteral("name")) && r < sheet->rows.size(); ++r) {
            const QStringList &row = sheet->rows.at(r);
            if (rowEmpty(row))
                continue;
            const int line = sheet->lines.value(r, r + 1);
            Resource res;
            bool bad = false;
            bool any = false;
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                const QString text = row.value(it.key()).trimmed();
                const QString &key = it.value();
                if (key == QLatin1String(uuidKey)) {
                    res.uuid = text;
                    continue;
                }
                if (text.isEmpty())
                    continue;
                any = true;
                if (key == QLatin1String("office")) {
                    res.officeId = officeFor(text);
                    continue;
                }
                const FieldDef *f = resourceEntity ? resourceEntity->field(key) : nullptr;
                if (!f)
                    continue;
                QVariant value;
                QString problem;
                if (!FieldCodec::fromText(*m_profile, *f, text, &value, &problem)) {
                    problems->append(
                        {sheet->name, line, columnOfKey.value(key), problem, Severity::Error});
                    bad = true;
                    continue;
                }
                res.setValue(key, value);
            }
            // A row holding only a pre-filled office is an unused template row.
            if (!any
                || (res.name.trimmed().isEmpty() && res.code.trimmed().isEmpty()
                    && res.summary.isEmpty() && res.attrs.isEmpty()))
                continue;
            ++m_rowsRead;
            if (res.name.trimmed().isEmpty()) {
                problems->append({sheet->name, line, columnOfKey.value(QStringLiteral("name")),
                                  tr("The resource name is empty; the row was left out."),
                                  Severity::Error});
                continue;
            }
            if (!res.officeId)
                res.officeId = defaultOffice;
            if (bad)
                continue;
            if (res.uuid.isEmpty() || QUuid::fromString(res.uuid).isNull())
                res.uuid = newUuid();
            if (resourceRows.contains(res.uuid)) {
                problems->append({sheet->name, line, QString(),
                                  tr("This row repeats a resource of row %1; it was left out.")
                                      .arg(resourceRows.value(res.uuid).row),
                                  Severity::Error});
                continue;
            }
            if (!res.code.isEmpty() && uuidByCode.contains(res.code.trimmed())) {
                problems->append(
                    {sheet->name, line, columnOfKey.value(QStringLiteral("code")),
                     tr("The resource code %1 occurs twice in the sheet.").arg(res.code),
                     Severity::Error});
                continue;
            }
            resourceRows.insert(res.uuid, {sheet->name, line, columnOfKey});
            if (!res.code.trimmed().isEmpty())
                uuidByCode.insert(res.code.trimmed(), res.uuid);
            uuidByName.insert(res.name.trimmed(), res.uuid);
            out->resources << res;
            out->items.insert(res.uuid, {});
        }
    }

    if (const SheetData *sheet = findSheet(m_mapping.itemSheet)) {
        const QStringList header = sheet->rows.value(m_mapping.itemHeaderRow);
        QHash<int, QString> columns;
        QHash<QString, QString> columnOfKey;
        for (int c = 0; c < header.size(); ++c) {
            const QString key = m_mapping.itemColumns.value(header.at(c));
            if (!key.isEmpty() && !columnOfKey.contains(key)) {
                columns.insert(c, key);
                columnOfKey.insert(key, cleanHeader(header.at(c)));
            }
        }
        for (int r = m_mapping.itemHeaderRow + 1; r < sheet->rows.size(); ++r) {
            const QStringList &row = sheet->rows.at(r);
            if (rowEmpty(row))
                continue;
            const int line = sheet->lines.value(r, r + 1);
            ++m_rowsRead;
            InfoItem item;
            QString code, name;
            bool bad = false;
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                const QString text = row.value(it.key()).trimmed();
                const QString &key = it.value();
                if (key == QLatin1String(resourceCodeKey)) {
                    code = text;
                    continue;
                }
                if (key == QLatin1String(resourceNameKey)) {
                    name = text;
                    continue;
                }
                if (text.isEmpty())
                    continue;
                const FieldDef *f = itemEntity ? itemEntity->field(key) : nullptr;
                if (!f)
                    continue;
                QVariant value;
                QString problem;
                if (!FieldCodec::fromText(*m_profile, *f, text, &value, &problem)) {
                    problems->append(
                        {sheet->name, line, columnOfKey.value(key), problem, Severity::Error});
                    bad = true;
                    continue;
                }
                item.setValue(key, value);
            }
            if (item.name.trimmed().isEmpty()) {
                problems->append({sheet->name, line, columnOfKey.value(QStringLiteral("name")),
                                  tr("The information item has no name; the row was left out."),
                                  Severity::Error});
                continue;
            }
            if (bad)
                continue;
            QString uuid = !code.isEmpty() ? uuidByCode.value(code) : QString();
            if (uuid.isEmpty() && !name.isEmpty())
                uuid = uuidByName.value(name);
            if (uuid.isEmpty() && store) {
                // Items of a resource that the answer does not list: attach them to the
                // catalog's resource, found by code (or by name when unique).
                std::optional<Resource> existing;
                if (!code.isEmpty())
                    existing = store->resourceByCode(code);
                if (!existing && !name.isEmpty()) {
                    ResourceQuery q;
                    q.text = name;
                    const QList<Resource> found = store->resources(q);
                    for (const Resource &f : found) {
                        if (f.name == name) {
                            existing = f;
                            break;
                        }
                    }
                }
                if (existing) {
                    Resource stub;
                    stub.uuid = existing->uuid;
                    stub.code = existing->code;
                    stub.name = existing->name;
                    out->resources << stub;
                    out->items.insert(stub.uuid, {});
                    uuid = stub.uuid;
                    if (!code.isEmpty())
                        uuidByCode.insert(code, uuid);
                    uuidByName.insert(existing->name, uuid);
                }
            }
            if (uuid.isEmpty()) {
                problems->append(
                    {sheet->name, line,
                     columnOfKey.value(code.isEmpty() ? QString::fromLatin1(resourceNameKey)
                                                      : QString::fromLatin1(resourceCodeKey)),
                     tr("No resource \"%1\" was found in the resource sheet or the "
                        "catalog; the item was left out.")
                         .arg(code.isEmpty() ? name : code),
                     Severity::Error});
                continue;
            }
            QList<InfoItem> &list = out->items[uuid];
            item.uuid = newUuid();
            item.position = int(list.size());
            list << item;
        }
    }

#ifdef SHUYUAN_HAVE_RULES
    // The rules engine speaks for the whole resource; its findings land on the row and column
    // the field came from.
    for (const Resource &r : std::as_const(out->resources)) {
        if (!resourceRows.contains(r.uuid))
            continue;
        const RowRef ref = resourceRows.value(r.uuid);
        const QList<Finding> findings = engine.checkResource(r, out->items.value(r.uuid));
        for (const Finding &f : findings) {
            if (f.severity == Severity::Info)
                continue;
            // Fields the sheet does not carry are not the answer's fault.
            if (f.entity == EntityKind::Resource && !f.field.isEmpty()
                && !ref.columnOfKey.contains(f.field))
                continue;
            problems->append(
                {ref.sheet, ref.row, ref.columnOfKey.value(f.field), f.message, f.severity});
        }
    }
#else
    Q_UNUSED(resourceEntity)
#endif
    std::stable_sort(problems->begin(), problems->end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.sheet == b.sheet ? a.row < b.row : a.sheet < b.sheet;
                     });
    return true;
}

bool SheetImporter::saveProblems(const QList<ImportProblem> &problems,
                                 const QString &path,
                                 QString *error)
{
    const QStringList headers{tr("Sheet"), tr("Row"), tr("Column"), tr("Severity"), tr("Problem")};
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        QList<QVariantList> rows;
        for (const ImportProblem &p : problems)
            rows << QVariantList{p.sheet, p.row, p.column, severityName(p.severity), p.message};
        XlsxBook book;
        if (!book.open(path)) {
            if (error)
                *error = book.errorString();
            return false;
        }
        book.addTable(tr("Problems"), headers, rows);
        if (!book.close()) {
            if (error)
                *error = book.errorString();
            return false;
        }
        return true;
    }
    CsvWriter csv;
    csv.addRow(headers);
    for (const ImportProblem &p : problems)
        csv.addRow(
            {p.sheet, QString::number(p.row), p.column, severityName(p.severity), p.message});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data()) != csv.data().size()
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sy
