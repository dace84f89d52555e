#include "InfoItemModel.h"

#include "CatalogDocument.h"
#include "store/CatalogStore.h"

namespace sy {

namespace {
QList<FieldDef> itemFields(const Profile *profile)
{
    if (profile) {
        if (const EntityDef *e = profile->entity(QStringLiteral("item")); e && !e->fields.isEmpty())
            return e->fields;
    }
    // Without a profile the grid still shows the real columns of an item.
    QList<FieldDef> fields;
    for (const QString &key : InfoItem::columnKeys()) {
        FieldDef f;
        f.key = key;
        f.label = {key, key};
        f.type = key == QLatin1String("length") ? FieldType::Int : FieldType::Text;
        fields << f;
    }
    return fields;
}

QVariant cellValue(const FieldDef &field, const QString &text, const Profile *profile)
{
    const QString t = text.trimmed();
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Bytes:
        return t.isEmpty() ? QVariant() : QVariant(t.toLongLong());
    case FieldType::Bool: {
        static const QStringList yes{QStringLiteral("是"), QStringLiteral("yes"),
                                     QStringLiteral("y"),  QStringLiteral("true"),
                                     QStringLiteral("1"),  QStringLiteral("√")};
        return yes.contains(t, Qt::CaseInsensitive);
    }
    case FieldType::Enum:
        if (const Vocabulary *v = profile ? profile->vocabulary(field.vocabulary) : nullptr) {
            const QString code = v->codeForText(t);
            return code.isEmpty() ? t : code;
        }
        return t;
    case FieldType::MultiEnum:
    case FieldType::CodeList: {
        static const QRegularExpression sep(QStringLiteral("[,;，；、]+"));
        QStringList parts = t.split(sep, Qt::SkipEmptyParts);
        const Vocabulary *v = profile ? profile->vocabulary(field.vocabulary) : nullptr;
        for (QString &p : parts) {
            p = p.trimmed();
            if (v && !v->codeForText(p).isEmpty())
                p = v->codeForText(p);
        }
        return parts;
    }
    default:
        return t;
    }
}
} // namespace

InfoItemModel::InfoItemModel(CatalogDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_fields(itemFields(document->profile().get()))
{
}

void InfoItemModel::resetColumns()
{
    beginResetModel();
    m_fields = itemFields(m_document->profile().get());
    endResetModel();
}

QStringList InfoItemModel::columnKeys() const
{
    QStringList keys;
    for (const FieldDef &f : m_fields)
        keys << f.key;
    return keys;
}

const FieldDef *InfoItemModel::fieldAt(int column) const
{
    return column >= 0 && column < m_fields.size() ? &m_fields[column] : nullptr;
}

void InfoItemModel::setResource(qint64 resourceId)
{
    beginResetModel();
    m_resourceId = resourceId;
    CatalogStore *store = m_document->store();
    m_items = store && resourceId ? store->items(resourceId) : QList<InfoItem>();
    endResetModel();
}

void InfoItemModel::reload()
{
    CatalogStore *store = m_document->store();
    const QList<InfoItem> items
        = store && m_resourceId ? store->items(m_resourceId) : QList<InfoItem>();
    if (items.size() == m_items.size() && !items.isEmpty()) {
        // Same number of rows: a cell edit or a move. Keep the view's current cell.
        m_items = items;
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, int(m_fields.size()) - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

int InfoItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InfoItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant InfoItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDef &f = m_fields[index.column()];
    const InfoItem &item = m_items[index.row()];
    const QVariant v = item.value(f.key);
    switch (role) {
    case Qt::DisplayRole: {
        const Profile *profile = m_document->profile().get();
        if (f.type == FieldType::Enum && profile && !v.toString().isEmpty())
            return profile->label(f.vocabulary, v.toString());
        if (f.type == FieldType::Bool)
            return v.toBool() ? tr("Yes") : QString();
        if (f.type == FieldType::MultiEnum || f.type == FieldType::CodeList) {
            QStringList labels = v.toStringList();
            if (profile && f.type == FieldType::MultiEnum) {
                for (QString &l : labels)
                    l = profile->label(f.vocabulary, l);
            }
            return labels.join(QStringLiteral("、"));
        }
        if ((f.type == FieldType::Int || f.type == FieldType::Bytes) && v.toLongLong() == 0)
            return QString();
        return v.toString();
    }
    case Qt::EditRole:
        return v;
    case Qt::ToolTipRole:
        return f.help.text();
    case FieldKeyRole:
        return f.key;
    case VocabularyRole:
        return f.vocabulary;
    default:
        return {};
    }
}

bool InfoItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole)
        return false;
    const FieldDef &f = m_fields[index.column()];
    QList<InfoItem> items = m_items;
    QVariant v = value;
    if (value.typeId() == QMetaType::QString && f.type != FieldType::Text
        && f.type != FieldType::LongText && f.type != FieldType::Code)
        v = cellValue(f, value.toString(), m_document->profile().get());
    if (items[index.row()].value(f.key) == v)
        return false;
    items[index.row()].setValue(f.key, v);
    return commit(items, tr("Edit information item"));
}

QVariant InfoItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_fields.size())
        return {};
    const FieldDef &f = m_fields[section];
    if (role == Qt::DisplayRole)
        return f.required ? f.label.text() + QStringLiteral(" *") : f.label.text();
    if (role == Qt::ToolTipRole)
        return f.help.text();
    return {};
}

Qt::ItemFlags InfoItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool InfoItemModel::commit(const QList<InfoItem> &items, const QString &undoText)
{
    if (!m_resourceId)
        return false;
    // The document's itemsChanged() signal reloads this model.
    return m_document->setItems(m_resourceId, items, undoText);
}

bool InfoItemModel::insertItem(int row)
{
    if (!m_resourceId)
        return false;
    QList<InfoItem> items = m_items;
    row = row < 0 || row > items.size() ? int(items.size()) : row;
    InfoItem item;
    item.name = tr("New item %1").arg(items.size() + 1);
    item.dataType = QStringLiteral("C");
    items.insert(row, item);
    return commit(items, tr("Add information item"));
}

bool InfoItemModel::removeItems(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<InfoItem> items = m_items;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it >= 0 && *it < items.size())
            items.removeAt(*it);
    }
    if (items.size() == m_items.size())
        return false;
    return commit(items,
                  tr("Remove %n information item(s)", nullptr, int(m_items.size() - items.size())));
}

bool InfoItemModel::moveItem(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size())
        return false;
    QList<InfoItem> items = m_items;
    items.move(row, to);
    return commit(items, tr("Move information item"));
}

QList<InfoItem> InfoItemModel::parseTsv(const QString &text,
                                        const Profile *profile,
                                        const QStringList &columnKeys,
                                        int firstColumn)
{
    QList<FieldDef> fields = itemFields(profile);
    auto fieldFor = [&](const QString &key) -> const FieldDef * {
        for (const FieldDef &f : fields) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    };
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = t.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};

    QStringList mapping; // column of the TSV -> item key ("" = ignore)
    const QStringList first = lines.first().split(QLatin1Char('\t'));
    int headerHits = 0;
    QStringList byHeader;
    for (const QString &cell : first) {
        const FieldDef *f
            = profile ? profile->fieldForHeader(QStringLiteral("item"), cell) : nullptr;
        byHeader << (f ? f->key : QString());
        if (f)
            ++headerHits;
    }
    if (headerHits > 0 && headerHits * 2 >= first.size()) {
        mapping = byHeader;
        lines.removeFirst();
    } else {
        mapping = columnKeys.mid(firstColumn);
    }

    QList<InfoItem> items;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        InfoItem item;
        for (int c = 0; c < cells.size() && c < mapping.size(); ++c) {
            const QString &key = mapping.at(c);
            if (key.isEmpty())
                continue;
            QString cell = cells.at(c);
            // Excel quotes cells that contain line breaks or quotes.
            if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"'))
                && cell.endsWith(QLatin1Char('"')))
                cell = cell.mid(1, cell.size() - 2)
                           .replace(QStringLiteral("\"\""), QStringLiteral("\""));
            if (const FieldDef *f = fieldFor(key))
                item.setValue(key, cellValue(*f, cell, profile));
            else
                item.setValue(key, cell.trimmed());
        }
        if (item.name.trimmed().isEmpty() && item.attrs.isEmpty() && item.dataType.isEmpty())
            continue;
        items << item;
    }
    return items;
}

int InfoItemModel::pasteTsv(const QString &text, int row, int column)
{
    if (!m_resourceId)
        return 0;
    const QList<InfoItem> pasted
        = parseTsv(text, m_document->profile().get(), columnKeys(), column);
    if (pasted.isEmpty())
        return 0;
    QList<InfoItem> items = m_items;
    row = row < 0 || row > items.size() ? int(items.size()) : row;
    for (int i = 0; i < pasted.size(); ++i)
        items.insert(row + i, pasted.at(i));
    if (!commit(items, tr("Paste %n information item(s)", nullptr, int(pasted.size()))))
        return 0;
    return int(pasted.size());
}

} // namespace sy
