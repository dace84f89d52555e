#include "VocabularyDelegate.h"

#include "CatalogDocument.h"
#include "InfoItemModel.h"

#include <QComboBox>

namespace sy {

VocabularyDelegate::VocabularyDelegate(CatalogDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{
}

QWidget *VocabularyDelegate::createEditor(QWidget *parent,
                                          const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QString vocabularyId = index.data(InfoItemModel::VocabularyRole).toString();
    const Profile *profile = m_document->profile().get();
    const Vocabulary *vocabulary
        = profile && !vocabularyId.isEmpty() ? profile->vocabulary(vocabularyId) : nullptr;
    const auto *model = qobject_cast<const InfoItemModel *>(index.model());
    const FieldDef *field = model ? model->fieldAt(index.column()) : nullptr;
    if (!vocabulary || !field || field->type != FieldType::Enum)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItem(QString(), QString());
    for (const VocabularyItem &item : vocabulary->items)
        combo->addItem(QStringLiteral("%1 %2").arg(item.code, item.label.text()), item.code);
    return combo;
}

void VocabularyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void VocabularyDelegate::setModelData(QWidget *editor,
                                      QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sy
