#include "MergeDialog.h"

#include "Dialogs.h"
#include "exchange/MergeApplier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sy {

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
}

MergeDialog::MergeDialog(MergePlan *plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %1").arg(plan->source));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("mergeSummaryLabel"));
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter;
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("mergeResourcesTreeWidget"));
    m_tree->setHeaderLabels({tr("Resource"), tr("Status"), tr("Apply")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    splitter->addWidget(m_tree);
    auto *right = new QWidget;
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    rv->addWidget(m_detail);
    m_fields = new QTableWidget(0, 4);
    m_fields->setObjectName(QStringLiteral("mergeFieldsTableWidget"));
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Mine (catalog)"), tr("Theirs (answer)"), tr("Take theirs")});
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setWordWrap(true);
    rv->addWidget(m_fields);
    auto *officeButtons = new QHBoxLayout;
    auto *theirsOffice = new QPushButton(tr("Take theirs for the whole office"));
    theirsOffice->setObjectName(QStringLiteral("officeTheirsButton"));
    auto *mineOffice = new QPushButton(tr("Keep mine for the whole office"));
    mineOffice->setObjectName(QStringLiteral("officeMineButton"));
    officeButtons->addWidget(theirsOffice);
    officeButtons->addWidget(mineOffice);
    officeButtons->addStretch();
    rv->addLayout(officeButtons);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *apply = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("mergeApplyButton"));
    auto *report = buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
    report->setObjectName(QStringLiteral("mergeReportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(report, &QPushButton::clicked, this, &MergeDialog::saveReport);
    connect(theirsOffice, &QPushButton::clicked, this, [this] { chooseForCurrentOffice(true); });
    connect(mineOffice, &QPushButton::clicked, this, [this] { chooseForCurrentOffice(false); });
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showResource(item ? item->data(0, IndexRole).toInt() : -1);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating || column != 2)
            return;
        const int index = item->data(0, IndexRole).toInt();
        if (index >= 0 && index < m_plan->resources.size())
            m_plan->resources[index].accept = item->checkState(2) == Qt::Checked;
        updateSummary();
    });
    rebuildTree();
    updateSummary();
}

QString MergeDialog::valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    return value.toString();
}

void MergeDialog::rebuildTree()
{
    m_updating = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> offices;
    for (int i = 0; i < m_plan->resources.size(); ++i) {
        const ResourceMerge &r = m_plan->resources.at(i);
        QTreeWidgetItem *office = offices.value(r.officeName);
        if (!office) {
            office = new QTreeWidgetItem(
                m_tree, {r.officeName.isEmpty() ? tr("(no office)") : r.officeName});
            office->setData(0, IndexRole, -1);
            office->setExpanded(true);
            offices.insert(r.officeName, office);
        }
        const Resource &shown = r.status == MergeStatus::Deleted ? r.mine : r.theirs;
        auto *item = new QTreeWidgetItem(
            office, {shown.code.isEmpty() ? shown.name : shown.code + QLatin1Char(' ') + shown.name,
                     mergeStatusLabel(r.status)});
        item->setData(0, IndexRole, i);
        if (r.status == MergeStatus::New || r.status == MergeStatus::Deleted)
            item->setCheckState(2, r.accept ? Qt::Checked : Qt::Unchecked);
        if (r.status == MergeStatus::Conflict)
            item->setForeground(1, QBrush(Qt::red));
    }
    m_updating = false;
}

void MergeDialog::updateSummary()
{
    m_summary->setText(tr("New: %1 · identical: %2 · changed: %3 · conflicts: %4 · deleted in the "
                          "answer: %5 · new offices: %6. A backup copy of the catalog is written "
                          "before the merge, and Edit ▸ Undo reverts it.")
                           .arg(m_plan->count(MergeStatus::New))
                           .arg(m_plan->count(MergeStatus::Identical))
                           .arg(m_plan->count(MergeStatus::Changed))
                           .arg(m_plan->count(MergeStatus::Conflict))
                           .arg(m_plan->count(MergeStatus::Deleted))
                           .arg(m_plan->officesToCreate()));
}

void MergeDialog::showResource(int index)
{
    m_current = index;
    m_fields->setRowCount(0);
    if (index < 0 || index >= m_plan->resources.size()) {
        m_detail->clear();
        return;
    }
    ResourceMerge &r = m_plan->resources[index];
    switch (r.status) {
    case MergeStatus::New:
        m_detail->setText(
            tr("New in the answer: tick “Apply” to add it with its %n information item(s).",
               nullptr, int(r.theirItems.size())));
        break;
    case MergeStatus::Identical:
        m_detail->setText(tr("Identical: nothing to do."));
        break;
    case MergeStatus::Deleted:
        m_detail->setText(tr("The answer no longer lists this resource: tick “Apply” to delete it "
                             "from the catalog."));
        break;
    default:
        m_detail->setText(
            tr("Matched by %1. Conflicts (both sides changed) keep the catalog's value "
               "until you choose the answer's.")
                .arg(r.matchedBy));
    }
    for (int f = 0; f < r.fields.size(); ++f) {
        const MergeFieldDiff &d = r.fields.at(f);
        m_fields->insertRow(f);
        auto *label = new QTableWidgetItem(d.conflict ? QStringLiteral("⚠ ") + d.label : d.label);
        m_fields->setItem(f, 0, label);
        const QString mine = d.key == QLatin1String("items")
                                 ? tr("%n item(s)", nullptr, int(r.mineItems.size()))
                                 : valueText(d.mine);
        QString theirs;
        if (d.key == QLatin1String("items")) {
            QStringList names;
            for (const InfoItem &i : r.theirItems)
                names << i.name;
            theirs = tr("%n item(s)", nullptr, int(r.theirItems.size())) + QStringLiteral(": ")
                     + names.join(QStringLiteral("、"));
        } else {
            theirs = valueText(d.theirs);
        }
        m_fields->setItem(f, 1, new QTableWidgetItem(mine));
        m_fields->setItem(f, 2, new QTableWidgetItem(theirs));
        auto *box = new QCheckBox;
        box->setChecked(d.takeTheirs);
        connect(box, &QCheckBox::toggled, this,
                [this, index, f](bool on) { m_plan->resources[index].fields[f].takeTheirs = on; });
        m_fields->setCellWidget(f, 3, box);
    }
    m_fields->resizeRowsToContents();
}

void MergeDialog::chooseForCurrentOffice(bool theirs)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *office = item->parent() ? item->parent() : item;
    QString name;
    const int first = office->childCount() ? office->child(0)->data(0, IndexRole).toInt() : -1;
    if (first >= 0)
        name = m_plan->resources.at(first).officeName;
    m_plan->chooseForOffice(name, theirs);
    const int current = m_current;
    rebuildTree();
    showResource(current);
    updateSummary();
}

void MergeDialog::saveReport()
{
    const QString path
        = Dialogs::getSaveFileName(this, tr("Save Merge Report"), tr("Merge report (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!MergeApplier::saveReport(*m_plan, path, &error))
        Dialogs::warning(this, tr("Save Merge Report"), error);
}

} // namespace sy
