#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace sy {

class CatalogDocument;

// The office tree on the left: one root row "All resources" with the department's offices
// below it (nested by parent), each showing how many resources it holds including its
// sub-offices, plus "No office" when some resources have none. Renaming an office (F2) pushes an
// undo command through the document.
class OfficeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { OfficeIdRole = Qt::UserRole + 1, CountRole };
    static constexpr qint64 allOffices = -1; // OfficeIdRole of the root row
    static constexpr qint64 noOffice = 0;

    explicit OfficeTreeModel(CatalogDocument *document, QObject *parent = nullptr);

    void reload();      // structure and counts
    void retranslate(); // labels only, no query
    QModelIndex indexForOffice(qint64 officeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        qint64 officeId = 0;
        int parent = -1; // node index, -1 for top level
        QList<int> children;
        QString name;
        QString code;
        qint64 count = 0; // including sub-offices
    };
    QModelIndex indexOfNode(int node) const;

    CatalogDocument *m_document;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace sy
