#pragma once

#include <QDialog>
#include <QVariant>

class QComboBox;
class QFormLayout;
class QLabel;

namespace sy {

class CatalogDocument;
class FieldWidget;

// "Bulk edit": choose one field of the resource profile and a value; the main window sets it on
// every selected resource as a single undo step.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(CatalogDocument *document, int resourceCount, QWidget *parent = nullptr);

    QString fieldKey() const;
    QVariant value() const;
    // For tests and callers that know what they want.
    bool selectField(const QString &key);
    FieldWidget *valueWidget() const { return m_value; }

private:
    void fieldChanged();

    CatalogDocument *m_document;
    QComboBox *m_field = nullptr;
    QFormLayout *m_form = nullptr;
    FieldWidget *m_value = nullptr;
    QLabel *m_summary = nullptr;
    int m_count;
};

} // namespace sy
