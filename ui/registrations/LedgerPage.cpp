#include "LedgerPage.h"

#include "CatalogDocument.h"
#include "LedgerModel.h"
#include "MainWindow.h"
#include "store/CatalogStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sy {

LedgerPage::LedgerPage(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
{
    m_model = new LedgerModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledgerTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LedgerModel::CodeColumn, 150);
    m_view->setColumnWidth(LedgerModel::NameColumn, 220);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("ledgerFilterComboBox"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ledgerSummaryLabel"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setFilter(LedgerModel::Filter(qMax(0, i)));
        updateSummary();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const LedgerRow *r = m_model->rowAt(index.row()))
            m_window.selectResource(r->resourceId);
    });
    CatalogDocument *doc = window.document();
    connect(doc, &CatalogDocument::catalogOpened, this, &LedgerPage::reload);
    connect(doc, &CatalogDocument::catalogClosed, this, &LedgerPage::reload);
    connect(doc, &CatalogDocument::resourcesChanged, this, &LedgerPage::reload);
    retranslate();
    reload();
}

void LedgerPage::retranslate()
{
    setWindowTitle(tr("Ledger"));
    const int i = m_filter->currentIndex();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItems({tr("All resources"), tr("Not registered"), tr("Renewal due")});
    m_filter->setCurrentIndex(qMax(0, i));
    m_filter->blockSignals(false);
    updateSummary();
}

void LedgerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LedgerPage::reload()
{
    CatalogDocument *doc = m_window.document();
    m_model->setProfile(doc->profile());
    if (!doc->isOpen()) {
        m_model->setRows({}, {});
        updateSummary();
        return;
    }
    QHash<qint64, QString> offices;
    const QList<Office> list = doc->offices();
    for (const Office &o : list)
        offices.insert(o.id, o.name);
    RegistrationQueries q(*doc->store());
    m_model->setRows(q.ledger(), offices);
    updateSummary();
}

void LedgerPage::updateSummary()
{
    m_summary->setText(tr("%1 of %2 resources registered; %3 shown.")
                           .arg(m_model->registeredCount())
                           .arg(m_model->totalCount())
                           .arg(m_model->rowCount()));
}

} // namespace sy
