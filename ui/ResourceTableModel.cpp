#include "ResourceTableModel.h"

#include "CatalogDocument.h"
#include "store/CatalogStore.h"

#include <QLocale>

namespace sy {

ResourceTableModel::ResourceTableModel(CatalogDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_columns({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("office"),
                 QStringLiteral("grade"), QStringLiteral("sharing"), QStringLiteral("opening"),
                 QStringLiteral("update_cycle"), QStringLiteral("format"), QStringLiteral("status"),
                 QStringLiteral("records"), QStringLiteral("bytes"), QStringLiteral("items"),
                 QStringLiteral("modified")})
{
}

void ResourceTableModel::setQuery(const ResourceQuery &query)
{
    const QString sortKey = m_query.sortKey;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sortKey = sortKey;
    m_query.descending = descending;
    m_query.offset = 0;
    m_query.limit = -1;
    reload();
}

void ResourceTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageLru.clear();
    m_rowById.clear();
    CatalogStore *store = m_document->store();
    m_ids = store ? store->resourceIds(m_query) : QList<qint64>();
    endResetModel();
}

void ResourceTableModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_pageLru.clear();
    m_rowById.clear();
    m_ids.clear();
    endResetModel();
}

qint64 ResourceTableModel::resourceId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ResourceTableModel::rowForId(qint64 id) const
{
    if (m_rowById.isEmpty() && !m_ids.isEmpty()) {
        m_rowById.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowById.insert(m_ids.at(row), row);
    }
    return m_rowById.value(id, -1);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const ResourceTableModel::Page *ResourceTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageLru.removeOne(pageIndex);
        m_pageLru.append(pageIndex);
        return &it.value();
    }
    CatalogStore *store = m_document->store();
    if (!store)
        return nullptr;
    const int first = pageIndex * pageSize;
    const int last = std::min<int>(int(m_ids.size()), first + pageSize);
    if (first >= last)
        return nullptr;
    ResourceQuery q;
    q.ids = m_ids.mid(first, last - first);
    const QList<Resource> loaded = store->resources(q);
    QHash<qint64, int> byId;
    for (int i = 0; i < loaded.size(); ++i)
        byId.insert(loaded.at(i).id, i);
    Page p;
    p.resources.reserve(last - first);
    p.itemCounts.reserve(last - first);
    for (qint64 id : std::as_const(q.ids)) {
        const int i = byId.value(id, -1);
        Resource r;
        if (i >= 0)
            r = loaded.at(i);
        else
            r.id = id; // deleted meanwhile: shows empty until the next reload
        p.resources.append(r);
        p.itemCounts.append(i >= 0 ? store->itemCount(id) : 0);
    }
    while (m_pageLru.size() >= maxCachedPages)
        m_pages.remove(m_pageLru.takeFirst());
    m_pageLru.append(pageIndex);
    return &m_pages.insert(pageIndex, p).value();
}

QString ResourceTableModel::displayText(const Resource &r, int itemCount, const QString &key) const
{
    const Profile *profile = m_document->profile().get();
    auto vocabLabel = [&](const QString &vocabulary, const QString &code) {
        if (code.isEmpty())
            return QString();
        return profile ? profile->label(vocabulary, code) : code;
    };
    if (key == QLatin1String("office"))
        return m_document->officeName(r.officeId);
    if (key == QLatin1String("grade"))
        return vocabLabel(QStringLiteral("grade"), r.grade);
    if (key == QLatin1String("sharing"))
        return vocabLabel(QStringLiteral("sharing"), r.sharing);
    if (key == QLatin1String("opening"))
        return vocabLabel(QStringLiteral("opening"), r.opening);
    if (key == QLatin1String("update_cycle"))
        return vocabLabel(QStringLiteral("update_cycle"), r.updateCycle);
    if (key == QLatin1String("format"))
        return vocabLabel(QStringLiteral("format"), r.format);
    if (key == QLatin1String("status"))
        return vocabLabel(QStringLiteral("resource_status"), r.status);
    if (key == QLatin1String("records"))
        return r.records ? QLocale().toString(r.records) : QString();
    if (key == QLatin1String("bytes"))
        return r.bytes ? QLocale().formattedDataSize(r.bytes, 1, QLocale::DataSizeTraditionalFormat)
                       : QString();
    if (key == QLatin1String("items"))
        return QString::number(itemCount);
    if (key == QLatin1String("modified"))
        return r.modified.isValid()
                   ? r.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    return r.value(key).toString();
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_columns.at(index.column());
    if (role == ResourceIdRole)
        return m_ids.at(index.row());
    if (role == FieldKeyRole)
        return key;
    if (role == Qt::TextAlignmentRole) {
        if (key == QLatin1String("records") || key == QLatin1String("bytes")
            || key == QLatin1String("items"))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const Page *p = page(index.row() / pageSize);
    if (!p)
        return {};
    const int i = index.row() % pageSize;
    const Resource &r = p->resources.at(i);
    if (role == Qt::EditRole)
        return key == QLatin1String("items") ? QVariant(p->itemCounts.at(i)) : r.value(key);
    if (role == Qt::ToolTipRole) {
        if (key == QLatin1String("name") && !r.summary.isEmpty())
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(r.name.toHtmlEscaped(), r.summary.toHtmlEscaped());
        if (key == QLatin1String("bytes") && r.bytes)
            return tr("%L1 bytes").arg(r.bytes);
        return {};
    }
    return displayText(r, p->itemCounts.at(i), key);
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString &key = m_columns.at(section);
    if (key == QLatin1String("items"))
        return tr("Items");
    if (key == QLatin1String("modified"))
        return tr("Modified");
    if (key == QLatin1String("office")) {
        if (role == Qt::DisplayRole)
            return tr("Office");
    }
    if (const Profile *profile = m_document->profile().get()) {
        if (const FieldDef *f = profile->field(QStringLiteral("resource"), key)) {
            if (role == Qt::ToolTipRole)
                return f->help.text();
            return f->label.text();
        }
    }
    return key;
}

void ResourceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_query.sortKey = m_columns.at(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void ResourceTableModel::refreshResource(qint64 id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    const int pageIndex = row / pageSize;
    if (m_pages.remove(pageIndex))
        m_pageLru.removeOne(pageIndex);
    emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
}

void ResourceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, int(m_columns.size()) - 1));
}

} // namespace sy
