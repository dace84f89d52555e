#include "ItemInferenceDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sy {

ItemInferenceDialog::ItemInferenceDialog(const QList<InferredColumn> &columns, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
{
    setObjectName(QStringLiteral("itemInferenceDialog"));
    setWindowTitle(tr("Information Items from a Sample File"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These information items were read from the sample file. Tick "
                                    "the ones to add to the resource; you can correct them in the "
                                    "item grid afterwards.")));
    m_table = new QTableWidget(int(columns.size()), 5);
    m_table->setObjectName(QStringLiteral("inferredItemsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Length"), tr("Empty"), tr("Examples")});
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < columns.size(); ++i) {
        const InferredColumn &c = columns.at(i);
        auto *name = new QTableWidgetItem(c.name);
        name->setCheckState(Qt::Checked);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(c.dataType));
        m_table->setItem(i, 2,
                         new QTableWidgetItem(c.length ? QString::number(c.length) : QString()));
        m_table->setItem(
            i, 3, new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(c.nullShare * 100))));
        m_table->setItem(i, 4, new QTableWidgetItem(c.examples.join(QStringLiteral(" | "))));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<InfoItem> ItemInferenceDialog::chosenItems() const
{
    QList<InfoItem> items;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_table->item(i, 0)->checkState() == Qt::Checked)
            items << m_columns.at(i).toItem();
    }
    return items;
}

} // namespace sy
