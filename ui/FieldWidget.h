#pragma once

#include "model/Profile.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sy {

class CatalogDocument;

// The editor of one profile field, chosen by its type: line edit with a validator (text, code,
// USCC, code list), combo box from a vocabulary (enum, region, and the resource's office),
// check list (multi-enum), date edit, spin box (int, bytes), multi-line text, check box.
// The inner editor is named "field_<key>" for tests; help text becomes its tooltip.
// edited() is emitted only for the user's committed changes, never for setValue().
class FieldWidget : public QWidget
{
    Q_OBJECT

public:
    FieldWidget(const FieldDef &field,
                const Profile *profile,
                CatalogDocument *document,
                QWidget *parent = nullptr);

    const FieldDef &field() const { return m_field; }
    QString key() const { return m_field.key; }
    QWidget *editor() const { return m_editor; }

    QVariant value() const;
    void setValue(const QVariant &value);
    // Emits edited() if the widget holds an uncommitted change (a multi-line text being typed).
    void commit();
    void refreshChoices(); // offices changed

    // "Name *" with the star in red for required fields (rich text for a QLabel).
    static QString labelText(const FieldDef &field);

signals:
    void edited(const QString &key, const QVariant &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitIfChanged();
    void fillCombo();

    FieldDef m_field;
    const Profile *m_profile;
    CatalogDocument *m_document;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QCheckBox *m_check = nullptr;
    QVariant m_committed; // the value last set or emitted
    bool m_updating = false;
};

} // namespace sy
