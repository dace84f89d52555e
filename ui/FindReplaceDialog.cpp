#include "FindReplaceDialog.h"

#include "store/CatalogStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sy {

FindReplaceDialog::FindReplaceDialog(CatalogDocument *document,
                                     const QList<qint64> &resourceIds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and Replace"));
    if (CatalogStore *store = document->store(); store && !resourceIds.isEmpty()) {
        ResourceQuery q;
        q.ids = resourceIds;
        m_resources = store->resources(q);
    }

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldComboBox"));
    if (const Profile *profile = document->profile().get()) {
        if (const EntityDef *e = profile->entity(QStringLiteral("resource"))) {
            for (const FieldDef &f : e->fields) {
                if (f.type == FieldType::Text || f.type == FieldType::LongText
                    || f.type == FieldType::Code)
                    m_field->addItem(f.label.text(), f.key);
            }
        }
    }
    const int nameIndex = m_field->findData(QStringLiteral("name"));
    if (nameIndex >= 0)
        m_field->setCurrentIndex(nameIndex);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findLineEdit"));
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceLineEdit"));
    m_caseSensitive = new QCheckBox(tr("&Match case"), this);
    m_caseSensitive->setObjectName(QStringLiteral("caseSensitiveCheckBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("In &field:"), m_field);
    form->addRow(tr("F&ind:"), m_find);
    form->addRow(tr("&Replace with:"), m_replace);
    form->addRow(QString(), m_caseSensitive);

    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setHorizontalHeaderLabels({tr("Resource"), tr("Before"), tr("After")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_field, &QComboBox::currentIndexChanged, this, &FindReplaceDialog::updatePreview);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceDialog::updatePreview);
    connect(m_replace, &QLineEdit::textChanged, this, &FindReplaceDialog::updatePreview);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindReplaceDialog::updatePreview);
    updatePreview();
}

void FindReplaceDialog::setField(const QString &key)
{
    const int i = m_field->findData(key);
    if (i >= 0)
        m_field->setCurrentIndex(i);
}

void FindReplaceDialog::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceDialog::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceDialog::updatePreview()
{
    m_changes.clear();
    m_preview->setRowCount(0);
    const QString key = m_field->currentData().toString();
    const QString find = m_find->text();
    const Qt::CaseSensitivity cs
        = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!find.isEmpty()) {
        for (const Resource &r : std::as_const(m_resources)) {
            const QString before = r.value(key).toString();
            if (!before.contains(find, cs))
                continue;
            QString after = before;
            after.replace(find, m_replace->text(), cs);
            if (after == before)
                continue;
            m_changes.append({r.id, key, after});
            const int row = m_preview->rowCount();
            m_preview->insertRow(row);
            m_preview->setItem(row, 0,
                               new QTableWidgetItem(QStringLiteral("%1 %2").arg(r.code, r.name)));
            m_preview->setItem(row, 1, new QTableWidgetItem(before));
            m_preview->setItem(row, 2, new QTableWidgetItem(after));
        }
    }
    m_summary->setText(
        tr("%n of %1 selected resource(s) will change.", nullptr, int(m_changes.size()))
            .arg(m_resources.size()));
    if (auto *box = findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")))
        box->button(QDialogButtonBox::Ok)->setEnabled(!m_changes.isEmpty());
}

} // namespace sy
