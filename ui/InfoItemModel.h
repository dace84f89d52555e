#pragma once

#include "model/InfoItem.h"
#include "model/Profile.h"

#include <QAbstractTableModel>

namespace sy {

class CatalogDocument;

// The information-item grid of the resource editor: one row per item, one column per field of
// the profile's "item" entity. Every edit (a cell, add, remove, move, paste) replaces the
// resource's item list through one undo command of the document.
class InfoItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { FieldKeyRole = Qt::UserRole + 1, VocabularyRole };

    explicit InfoItemModel(CatalogDocument *document, QObject *parent = nullptr);

    void setResource(qint64 resourceId); // 0 = none
    qint64 resourceId() const { return m_resourceId; }
    void reload();
    void resetColumns(); // the profile or the language changed
    QList<InfoItem> items() const { return m_items; }
    QStringList columnKeys() const;
    const FieldDef *fieldAt(int column) const;

    // Edits (each one undo step); return false if nothing was done.
    bool insertItem(int row);
    bool removeItems(QList<int> rows);
    bool moveItem(int row, int delta);
    // Pastes rows copied from Excel/WPS (tab-separated, one item per line) before `row`
    // (-1 = at the end). A first line whose cells are the profile's item headers maps columns by
    // name; otherwise cells fill the grid's columns from `column` on. Returns rows added.
    int pasteTsv(const QString &text, int row = -1, int column = 0);
    // Parsing only (shared with tests): the items a TSV text describes.
    static QList<InfoItem> parseTsv(const QString &text,
                                    const Profile *profile,
                                    const QStringList &columnKeys,
                                    int firstColumn = 0);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool commit(const QList<InfoItem> &items, const QString &undoText);

    CatalogDocument *m_document;
    qint64 m_resourceId = 0;
    QList<InfoItem> m_items;
    QList<FieldDef> m_fields;
};

} // namespace sy
