#pragma once

#include <QStyledItemDelegate>

namespace sy {

class CatalogDocument;

// Edits enum cells of the information-item grid with a combo box of the field's vocabulary
// (the model's VocabularyRole); other cells get the default editors.
class VocabularyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VocabularyDelegate(CatalogDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    CatalogDocument *m_document;
};

} // namespace sy
