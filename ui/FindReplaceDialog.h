#pragma once

#include "CatalogDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sy {

// Find & replace within one text field over the selected resources. The preview lists every
// resource that would change with its old and new text; Replace applies exactly the previewed
// changes as one undo step.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    FindReplaceDialog(CatalogDocument *document,
                      const QList<qint64> &resourceIds,
                      QWidget *parent = nullptr);

    void setField(const QString &key);
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    QList<FieldChange> changes() const { return m_changes; }

private:
    void updatePreview();

    CatalogDocument *m_document;
    QList<Resource> m_resources;
    QComboBox *m_field = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QList<FieldChange> m_changes;
};

} // namespace sy
