#include "BulkEditDialog.h"

#include "CatalogDocument.h"
#include "FieldWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sy {

BulkEditDialog::BulkEditDialog(CatalogDocument *document, int resourceCount, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_count(resourceCount)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk Edit"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldComboBox"));
    if (const Profile *profile = document->profile().get()) {
        if (const EntityDef *e = profile->entity(QStringLiteral("resource"))) {
            for (const FieldDef &f : e->fields) {
                // Codes and names identify a resource: giving many the same one makes no sense.
                if (f.key == QLatin1String("code") || f.key == QLatin1String("name"))
                    continue;
                m_field->addItem(f.label.text(), f.key);
            }
        }
    }
    m_form = new QFormLayout;
    m_form->addRow(tr("&Field:"), m_field);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::fieldChanged);
    setMinimumWidth(480);
    fieldChanged();
}

void BulkEditDialog::fieldChanged()
{
    if (m_value) {
        m_form->removeRow(1); // deletes the old value widget and its label
        m_value = nullptr;
    }
    const Profile *profile = m_document->profile().get();
    const FieldDef *f = profile ? profile->field(QStringLiteral("resource"), fieldKey()) : nullptr;
    if (!f)
        return;
    m_value = new FieldWidget(*f, profile, m_document, this);
    m_value->setValue(QVariant());
    m_form->insertRow(1, tr("&Value:"), m_value);
    m_summary->setText(tr("\"%1\" will be set for %n selected resource(s). "
                          "Edit > Undo takes it back in one step.",
                          nullptr, m_count)
                           .arg(f->label.text()));
}

QString BulkEditDialog::fieldKey() const
{
    return m_field->currentData().toString();
}

QVariant BulkEditDialog::value() const
{
    return m_value ? m_value->value() : QVariant();
}

bool BulkEditDialog::selectField(const QString &key)
{
    const int i = m_field->findData(key);
    if (i < 0)
        return false;
    m_field->setCurrentIndex(i);
    return true;
}

} // namespace sy
