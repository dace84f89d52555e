#include "OfficeTreeModel.h"

#include "CatalogDocument.h"
#include "store/CatalogStore.h"

#include <QSet>

namespace sy {

OfficeTreeModel::OfficeTreeModel(CatalogDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
}

void OfficeTreeModel::reload()
{
    QList<Node> nodes;
    QList<int> topLevel;
    CatalogStore *store = m_document->store();
    if (store) {
        const QList<Office> offices = m_document->offices();
        const QHash<qint64, qint64> direct = store->resourceCountByOffice();
        qint64 total = 0;
        for (auto it = direct.begin(); it != direct.end(); ++it)
            total += it.value();

        Node root;
        root.officeId = allOffices;
        root.count = total;
        nodes.append(root);
        topLevel.append(0);

        QHash<qint64, int> nodeOf;
        for (const Office &o : offices) {
            Node n;
            n.officeId = o.id;
            n.name = o.name;
            n.code = o.code;
            n.count = direct.value(o.id);
            nodeOf.insert(o.id, int(nodes.size()));
            nodes.append(n);
        }
        for (const Office &o : offices) {
            const int node = nodeOf.value(o.id);
            // An unknown parent (should not happen) hangs the office under the root.
            const int parent = nodeOf.value(o.parentId, 0);
            nodes[node].parent = parent == node ? 0 : parent;
            nodes[nodes[node].parent].children.append(node);
        }
        if (direct.value(noOffice) > 0) {
            Node none;
            none.officeId = noOffice;
            none.count = direct.value(noOffice);
            none.parent = 0;
            nodes[0].children.append(int(nodes.size()));
            nodes.append(none);
        }
        // Totals bubble up to every ancestor, so a parent office shows what it owns overall.
        for (int i = 1; i < nodes.size(); ++i) {
            if (nodes[i].officeId == noOffice)
                continue;
            const qint64 own = direct.value(nodes[i].officeId);
            QSet<int> seen{i};
            for (int p = nodes[i].parent; p > 0 && !seen.contains(p); p = nodes[p].parent) {
                seen.insert(p);
                nodes[p].count += own;
            }
        }
    }

    // Same shape: update in place so that the view keeps its selection and expansion.
    bool sameShape = nodes.size() == m_nodes.size() && topLevel == m_topLevel;
    for (int i = 0; sameShape && i < nodes.size(); ++i) {
        sameShape = nodes[i].officeId == m_nodes[i].officeId && nodes[i].parent == m_nodes[i].parent
                    && nodes[i].children == m_nodes[i].children;
    }
    if (sameShape) {
        m_nodes = nodes;
        for (int i = 0; i < m_nodes.size(); ++i) {
            const QModelIndex idx = indexOfNode(i);
            emit dataChanged(idx, idx);
        }
        return;
    }
    beginResetModel();
    m_nodes = nodes;
    m_topLevel = topLevel;
    endResetModel();
}

void OfficeTreeModel::retranslate()
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].officeId <= 0) {
            const QModelIndex idx = indexOfNode(i);
            emit dataChanged(idx, idx);
        }
    }
}

QModelIndex OfficeTreeModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    const int parent = m_nodes[node].parent;
    const QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    return createIndex(int(siblings.indexOf(node)), 0, quintptr(node));
}

QModelIndex OfficeTreeModel::indexForOffice(qint64 officeId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].officeId == officeId)
            return indexOfNode(i);
    }
    return {};
}

QModelIndex OfficeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &children
        = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_topLevel;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex OfficeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes[int(child.internalId())].parent);
}

int OfficeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int OfficeTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OfficeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    QString name = n.name;
    if (n.officeId == allOffices)
        name = tr("All resources");
    else if (n.officeId == noOffice)
        name = tr("No office");
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%L2)").arg(name).arg(n.count);
    case Qt::EditRole:
        return name;
    case Qt::ToolTipRole:
        if (n.code.isEmpty())
            return name;
        return QStringLiteral("%1 · %2").arg(n.code, name);
    case OfficeIdRole:
        return n.officeId;
    case CountRole:
        return n.count;
    default:
        return {};
    }
}

bool OfficeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || role != Qt::EditRole)
        return false;
    const Node &n = m_nodes[int(index.internalId())];
    const QString name = value.toString().trimmed();
    if (n.officeId <= 0 || name.isEmpty())
        return false;
    // The document's officesChanged() reloads this model.
    return m_document->renameOffice(n.officeId, name);
}

Qt::ItemFlags OfficeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_nodes[int(index.internalId())].officeId > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace sy
