#include "ProblemsPanel.h"

#include "CatalogDocument.h"
#include "MainWindow.h"
#include "ProblemsModel.h"
#include "store/CatalogStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace sy {

ProblemsPanel::ProblemsPanel(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
{
    m_model = new ProblemsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("problemsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProblemsModel::LocationColumn, 170);
    m_view->setColumnWidth(ProblemsModel::FieldColumn, 120);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("severityFilterComboBox"));
    m_validateButton = new QPushButton(this);
    m_validateButton->setObjectName(QStringLiteral("validateAllPushButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelValidationPushButton"));
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("validationProgressBar"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(240);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemsSummaryLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addWidget(m_validateButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("problemsStatusLabel"));
    window.statusBar()->addPermanentWidget(m_statusLabel);

    m_recheckTimer = new QTimer(this);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(250);
    connect(m_recheckTimer, &QTimer::timeout, this, &ProblemsPanel::flushRechecks);

    connect(m_validateButton, &QPushButton::clicked, this, &ProblemsPanel::validateAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProblemsPanel::cancelValidation);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setMinimumSeverity(i == 0   ? Severity::Info
                                    : i == 1 ? Severity::Warning
                                             : Severity::Error);
    });

    CatalogDocument *doc = window.document();
    connect(doc, &CatalogDocument::catalogOpened, this, &ProblemsPanel::onCatalogOpened);
    connect(doc, &CatalogDocument::catalogClosed, this, &ProblemsPanel::onCatalogClosed);
    connect(doc, &CatalogDocument::resourceChanged, this, &ProblemsPanel::scheduleRecheck);
    connect(doc, &CatalogDocument::itemsChanged, this, &ProblemsPanel::scheduleRecheck);
    connect(doc, &CatalogDocument::resourcesChanged, this, [this] {
        // Rows added or removed: findings of deleted resources must go; re-check the current one.
        if (m_window.currentResourceId() > 0)
            scheduleRecheck(m_window.currentResourceId());
    });
    connect(&window, &MainWindow::currentResourceChanged, this, [this](qint64 id) {
        if (id > 0)
            scheduleRecheck(id);
    });

    retranslate();
    updateSummary();
    if (doc->isOpen())
        onCatalogOpened();
}

ProblemsPanel::~ProblemsPanel()
{
    if (m_worker) {
        m_validator->cancel();
        m_worker->wait();
    }
    delete m_statusLabel;
}

void ProblemsPanel::retranslate()
{
    setWindowTitle(tr("Problems"));
    const int filter = m_filter->currentIndex();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItems({tr("All problems"), tr("Errors and warnings"), tr("Errors only")});
    m_filter->setCurrentIndex(filter < 0 ? 0 : filter);
    m_filter->blockSignals(false);
    m_validateButton->setText(tr("Validate all"));
    m_validateButton->setToolTip(
        tr("Check the whole catalog against the rules (runs in the background)"));
    m_cancelButton->setText(tr("Cancel"));
    updateSummary();
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::onCatalogOpened()
{
    m_engine = std::make_unique<RuleEngine>(m_window.document()->profile());
    m_model->setProfile(m_window.document()->profile());
    m_model->clear();
    m_validatedAll = false;
    updateSummary();
}

void ProblemsPanel::onCatalogClosed()
{
    cancelValidation();
    if (m_worker)
        m_worker->wait();
    m_pending.clear();
    m_model->clear();
    m_validatedAll = false;
    updateSummary();
}

void ProblemsPanel::scheduleRecheck(qint64 resourceId)
{
    if (resourceId <= 0)
        return;
    m_pending.insert(resourceId);
    m_recheckTimer->start();
}

void ProblemsPanel::flushRechecks()
{
    const QSet<qint64> pending = std::exchange(m_pending, {});
    for (qint64 id : pending)
        recheck(id);
}

void ProblemsPanel::recheck(qint64 resourceId)
{
    CatalogDocument *doc = m_window.document();
    if (!doc->isOpen() || !m_engine)
        return;
    // One resource takes a few milliseconds: checked right here on the GUI thread.
    const QList<Finding> findings
        = CatalogValidator::checkResource(*m_engine, *doc->store(), resourceId);
    m_model->replaceResource(resourceId, findings);
    updateSummary();
}

void ProblemsPanel::validateAll()
{
    CatalogDocument *doc = m_window.document();
    if (m_worker || !doc->isOpen() || !m_engine)
        return;
    const QString path = doc->store()->path();
    m_validator = std::make_unique<CatalogValidator>(*m_engine);
    QPointer<ProblemsPanel> self(this);
    m_validator->setProgress([self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (self)
                    self->onProgress(done, total);
            },
            Qt::QueuedConnection);
    });
    m_result = std::make_shared<ValidationResult>();
    m_ok = std::make_shared<bool>(false);
    CatalogValidator *validator = m_validator.get();
    auto result = m_result;
    auto ok = m_ok;
    // The worker opens its own read-only connections: the document's store stays on this thread.
    m_worker = QThread::create(
        [validator, path, result, ok] { *ok = validator->validate(path, result.get()); });
    connect(m_worker, &QThread::finished, this, &ProblemsPanel::onValidationDone);
    m_validateButton->setEnabled(false);
    m_cancelButton->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Validating…"));
    m_worker->start();
}

void ProblemsPanel::cancelValidation()
{
    if (m_validator && m_worker)
        m_validator->cancel();
}

void ProblemsPanel::onProgress(qint64 done, qint64 total)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, int(qMax<qint64>(1, total)));
    m_progress->setValue(int(done));
}

void ProblemsPanel::onValidationDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_validateButton->setEnabled(true);
    m_cancelButton->setVisible(false);
    m_progress->setVisible(false);
    if (!*m_ok) {
        m_summary->setText(tr("Validation failed: %1").arg(m_validator->errorString()));
    } else {
        m_model->setFindings(m_result->findings);
        m_validatedAll = !m_result->cancelled;
        m_lastElapsed = m_result->elapsedMs;
        updateSummary();
        if (m_result->cancelled)
            m_summary->setText(m_summary->text() + QLatin1Char(' ')
                               + tr("(cancelled: partial result)"));
        const QualityScore score = m_result->catalogScore();
        if (!m_result->cancelled && score.overall >= 0) {
            m_window.showStatusMessage(tr("Validation finished: quality score %1 (%2).")
                                           .arg(score.overall, 0, 'f', 1)
                                           .arg(score.band()));
        }
    }
    emit validationFinished();
}

void ProblemsPanel::updateSummary()
{
    const FindingCounts c = m_model->counts();
    const QString counts = tr("%n error(s)", nullptr, c.errors) + tr(", ")
                           + tr("%n warning(s)", nullptr, c.warnings) + tr(", ")
                           + tr("%n note(s)", nullptr, c.infos);
    if (m_validatedAll)
        m_summary->setText(tr("Whole catalog checked in %1 ms: %2").arg(m_lastElapsed).arg(counts));
    else if (c.total() > 0)
        m_summary->setText(
            tr("Edited resources: %1. Run “Validate all” for the whole catalog.").arg(counts));
    else
        m_summary->setText(
            tr("No problems found yet. Run “Validate all” to check the whole catalog."));
    if (m_statusLabel) {
        m_statusLabel->setText(tr("Errors: %1  Warnings: %2").arg(c.errors).arg(c.warnings));
        m_statusLabel->setStyleSheet(c.errors > 0 ? QStringLiteral("color: #b00020;") : QString());
    }
}

void ProblemsPanel::activate(int row)
{
    const Finding *f = m_model->findingAt(row);
    if (!f)
        return;
    if (f->resourceId > 0) {
        const QString field
            = f->entity == EntityKind::InfoItem ? QStringLiteral("items") : f->field;
        m_window.selectResource(f->resourceId, field);
        return;
    }
    switch (f->entity) {
    case EntityKind::Department:
        m_window.showStatusMessage(
            tr("Department data is edited under File › Catalog properties."));
        break;
    case EntityKind::Registration:
        m_window.showStatusMessage(
            tr("Open the registration %1 in the Registrations panel.").arg(f->resourceCode));
        break;
    default:
        m_window.showStatusMessage(f->message);
        break;
    }
}

} // namespace sy
