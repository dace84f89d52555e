#include "ExportOptionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sy {

ExportOptionsDialog::ExportOptionsDialog(Purpose purpose,
                                         const QList<Office> &offices,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    setWindowTitle(purpose == Purpose::Package ? tr("Export Submission Package")
                                               : tr("Survey Template"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(purpose == Purpose::Package
                                     ? tr("What goes into the package?")
                                     : tr("Which offices is the survey for? Each office's current "
                                          "resources are filled in, so the answers update them.")));
    m_whole = new QRadioButton(purpose == Purpose::Package ? tr("The whole catalog")
                                                           : tr("All offices"));
    m_whole->setObjectName(QStringLiteral("wholeCatalogRadioButton"));
    auto *chosen = new QRadioButton(tr("Only the offices ticked below"));
    chosen->setObjectName(QStringLiteral("chosenOfficesRadioButton"));
    m_whole->setChecked(true);
    layout->addWidget(m_whole);
    layout->addWidget(chosen);
    m_offices = new QListWidget;
    m_offices->setObjectName(QStringLiteral("officesListWidget"));
    for (const Office &o : offices) {
        auto *item = new QListWidgetItem(
            o.code.isEmpty() ? o.name : o.code + QLatin1Char(' ') + o.name, m_offices);
        item->setData(Qt::UserRole, o.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_offices->setEnabled(false);
    connect(chosen, &QRadioButton::toggled, m_offices, &QWidget::setEnabled);
    layout->addWidget(m_offices);
    if (purpose == Purpose::Package) {
        m_draft = new QCheckBox(tr("Export as a draft even if validation finds errors (the package "
                                   "says it is a draft)"));
        m_draft->setObjectName(QStringLiteral("draftCheckBox"));
        layout->addWidget(m_draft);
    } else {
        m_asPackage
            = new QCheckBox(tr("Write a survey package (.sypkg) for offices that use Shuyuan, "
                               "instead of an Excel workbook"));
        m_asPackage->setObjectName(QStringLiteral("surveyPackageCheckBox"));
        layout->addWidget(m_asPackage);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<qint64> ExportOptionsDialog::officeIds() const
{
    QList<qint64> ids;
    if (m_whole->isChecked())
        return ids;
    for (int i = 0; i < m_offices->count(); ++i) {
        if (m_offices->item(i)->checkState() == Qt::Checked)
            ids << m_offices->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

bool ExportOptionsDialog::draft() const
{
    return m_draft && m_draft->isChecked();
}

bool ExportOptionsDialog::surveyPackage() const
{
    return m_asPackage && m_asPackage->isChecked();
}

} // namespace sy
