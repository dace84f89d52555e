#include "DashboardPage.h"

#include "CatalogDocument.h"
#include "ChartCard.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "StatsWorker.h"
#include "report/InventoryReport.h"
#include "store/CatalogStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace sy {

namespace {

// The charts in reading order: what a clerk asks first (how much, how sensitive, how shared)
// before how it is kept and how it grew. Pairs share a row.
const char *const chartOrder[] = {
    StatsSeriesId::Office,          StatsSeriesId::Grade,       StatsSeriesId::SharingByOffice,
    StatsSeriesId::OpeningByOffice, StatsSeriesId::UpdateCycle, StatsSeriesId::Format,
    StatsSeriesId::Registration,    StatsSeriesId::Quality,     StatsSeriesId::Growth,
    StatsSeriesId::Status,
};

const char *const kpiOrder[] = {"resources", "items",  "records",    "bytes",   "offices",
                                "shared",    "opened", "registered", "quality", "problems"};

} // namespace

DashboardPage::DashboardPage(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_document(window.document())
{
    setObjectName(QStringLiteral("dashboardPage"));
    qRegisterMetaType<sy::InventoryStats>();
    createWidgets();
    retranslate();

    m_worker = new StatsWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StatsWorker::statsReady, this, &DashboardPage::onStatsReady);
    connect(m_worker, &StatsWorker::failed, this, &DashboardPage::onFailed);
    m_thread.setObjectName(QStringLiteral("dashboard statistics"));
    m_thread.start();
    m_qualityWorker = new StatsWorker;
    m_qualityWorker->moveToThread(&m_qualityThread);
    connect(&m_qualityThread, &QThread::finished, m_qualityWorker, &QObject::deleteLater);
    connect(m_qualityWorker, &StatsWorker::qualityReady, this, &DashboardPage::onQualityReady);
    connect(m_qualityWorker, &StatsWorker::failed, this, &DashboardPage::onFailed);
    m_qualityThread.setObjectName(QStringLiteral("dashboard quality"));
    m_qualityThread.start();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    // Long enough to gather the rows of one bulk edit, short enough to feel live.
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    connect(m_document, &CatalogDocument::catalogOpened, this, &DashboardPage::onCatalogOpened);
    connect(m_document, &CatalogDocument::catalogClosed, this, &DashboardPage::onCatalogClosed);
    connect(m_document, &CatalogDocument::resourceChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_document, &CatalogDocument::resourcesChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_document, &CatalogDocument::itemsChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_document, &CatalogDocument::metaChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_document, &CatalogDocument::officesChanged, this, [this] {
        rebuildOfficeCombo();
        scheduleRefresh();
    });
    if (m_document->isOpen())
        onCatalogOpened();
}

DashboardPage::~DashboardPage()
{
    // A running validation sees the newer generation and skips; then the thread ends.
    m_worker->supersede(++m_generation);
    m_qualityWorker->supersede(m_generation);
    m_thread.quit();
    m_qualityThread.quit();
    m_thread.wait();
    m_qualityThread.wait();
}

void DashboardPage::createWidgets()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 2);
    m_officeLabel = new QLabel(this);
    m_officeCombo = new QComboBox(this);
    m_officeCombo->setObjectName(QStringLiteral("dashboardOfficeComboBox"));
    m_officeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_officeCombo->setMinimumWidth(200);
    m_officeLabel->setBuddy(m_officeCombo);
    connect(m_officeCombo, &QComboBox::activated, this, [this] { refresh(); });
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDashboardPushButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    m_reportButton = new QPushButton(this);
    m_reportButton->setObjectName(QStringLiteral("exportReportPushButton"));
    connect(m_reportButton, &QPushButton::clicked, this, &DashboardPage::exportReport);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("dashboardStatusLabel"));
    bar->addWidget(m_officeLabel);
    bar->addWidget(m_officeCombo);
    bar->addWidget(m_refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel, 1);
    bar->addWidget(m_reportButton);
    outer->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 8, 8);

    auto *kpis = new QGridLayout;
    kpis->setSpacing(8);
    int i = 0;
    for (const char *key : kpiOrder) {
        auto *card = new QFrame(content);
        card->setObjectName(QStringLiteral("kpi_%1").arg(QLatin1String(key)));
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(10, 6, 10, 6);
        auto *value = new QLabel(QStringLiteral("—"), card);
        value->setObjectName(QStringLiteral("kpiValueLabel"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *caption = new QLabel(card);
        caption->setWordWrap(true);
        v->addWidget(value);
        v->addWidget(caption);
        m_kpiValues.insert(QLatin1String(key), value);
        m_kpiCaptions.insert(QLatin1String(key), caption);
        kpis->addWidget(card, i / 5, i % 5);
        ++i;
    }
    layout->addLayout(kpis);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    i = 0;
    for (const char *id : chartOrder) {
        auto *card = new ChartCard(QLatin1String(id), content);
        connect(card, &ChartCard::categoryClicked, this,
                [this](const QString &chartId, const QString &key, const QString &columnKey) {
                    drillDown(chartId, key, columnKey);
                });
        m_cards.insert(QLatin1String(id), card);
        charts->addWidget(card, i / 2, i % 2);
        ++i;
    }
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

void DashboardPage::retranslate()
{
    setWindowTitle(tr("Dashboard"));
    m_officeLabel->setText(tr("&Office:"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Recompute the figures (they also follow every edit)"));
    m_reportButton->setText(tr("Export report (PDF)…"));
    m_reportButton->setToolTip(tr("Write the inventory report with every chart and the table "
                                  "by office as a PDF"));
    const QHash<QString, QString> captions = {
        {QStringLiteral("resources"), tr("Data resources")},
        {QStringLiteral("items"), tr("Information items")},
        {QStringLiteral("records"), tr("Records")},
        {QStringLiteral("bytes"), tr("Storage volume")},
        {QStringLiteral("offices"), tr("Offices with resources")},
        {QStringLiteral("shared"), tr("Shared (unconditionally or on conditions)")},
        {QStringLiteral("opened"), tr("Open to the public")},
        {QStringLiteral("registered"), tr("Registered")},
        {QStringLiteral("quality"), tr("Average quality score")},
        {QStringLiteral("problems"), tr("Open problems (errors and warnings)")},
    };
    for (auto it = captions.cbegin(); it != captions.cend(); ++it)
        m_kpiCaptions.value(it.key())->setText(*it);
    if (m_officeCombo->count() > 0)
        m_officeCombo->setItemText(0, tr("All offices"));
    for (ChartCard *card : std::as_const(m_cards)) {
        if (!m_hasStats)
            card->setPlaceholder(m_document->isOpen() ? tr("Computing…") : tr("No catalog open"));
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Chart labels come from the profile in the current language: recompute them.
        m_dirty = true;
        if (isVisible())
            scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardPage::rebuildOfficeCombo()
{
    const qint64 current = m_officeCombo->currentData().toLongLong();
    m_officeCombo->clear();
    m_officeCombo->addItem(tr("All offices"), qint64(0));
    if (!m_document->isOpen())
        return;
    // Tree order with indentation, so that a sub-office is seen under its office.
    const QList<Office> offices = m_document->offices();
    QHash<qint64, QList<Office>> children;
    for (const Office &o : offices)
        children[o.parentId].append(o);
    QSet<qint64> seen;
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const Office &o : children.value(parent)) {
            if (seen.contains(o.id))
                continue;
            seen.insert(o.id);
            m_officeCombo->addItem(QString(depth * 4, QLatin1Char(' ')) + o.name, o.id);
            add(o.id, depth + 1);
        }
    };
    add(0, 0);
    const int index = m_officeCombo->findData(current);
    m_officeCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void DashboardPage::setOfficeScope(qint64 officeId)
{
    const int index = m_officeCombo->findData(officeId);
    m_officeCombo->setCurrentIndex(index < 0 ? 0 : index);
    refresh();
}

InventoryScope DashboardPage::currentScope() const
{
    InventoryScope scope;
    scope.officeId = m_officeCombo->currentData().toLongLong();
    return scope;
}

void DashboardPage::onCatalogOpened()
{
    m_hasStats = false;
    m_stats = InventoryStats();
    rebuildOfficeCombo();
    retranslate();
    updateKpis();
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardPage::onCatalogClosed()
{
    m_worker->supersede(++m_generation);
    m_qualityWorker->supersede(m_generation);
    QMetaObject::invokeMethod(m_worker, &StatsWorker::closeCatalog, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_qualityWorker, &StatsWorker::closeCatalog, Qt::QueuedConnection);
    m_hasStats = false;
    m_stats = InventoryStats();
    rebuildOfficeCombo();
    retranslate();
    updateKpis();
    m_statusLabel->clear();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    if (!m_document->isOpen() || !m_document->store())
        return;
    m_dirty = false;
    const int generation = ++m_generation;
    m_worker->supersede(generation);
    m_qualityWorker->supersede(generation);
    m_requestTimer.start();
    m_statusLabel->setText(tr("Computing…"));
    const QString path = m_document->store()->path();
    const InventoryScope scope = currentScope();
    const std::shared_ptr<const Profile> profile = m_document->profile();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, path, scope, profile] {
            worker->compute(generation, path, scope, profile, false);
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_qualityWorker,
        [worker = m_qualityWorker, generation, path, scope, profile] {
            worker->compute(generation, path, scope, profile, true);
        },
        Qt::QueuedConnection);
}

void DashboardPage::onStatsReady(int generation, const InventoryStats &stats)
{
    if (generation != m_generation)
        return; // superseded by a newer request
    if (m_shownGeneration == generation)
        return; // the quality worker was quicker and showed these figures already
    m_computeMs = m_requestTimer.elapsed();
    m_shownGeneration = generation;
    applyStats(stats);
    emit statsApplied();
}

void DashboardPage::onQualityReady(int generation, const InventoryStats &stats)
{
    if (generation != m_generation)
        return;
    if (m_shownGeneration != generation) {
        // The quality worker finished first: its result carries the aggregates too.
        m_shownGeneration = generation;
        m_computeMs = m_requestTimer.elapsed();
        applyStats(stats);
        emit statsApplied();
    }
    m_stats = stats;
    if (const StatsSeries *quality = stats.seriesById(QString::fromLatin1(StatsSeriesId::Quality)))
        m_cards.value(QString::fromLatin1(StatsSeriesId::Quality))->setSeries(*quality);
    updateKpis();
    fitContent();
    emit qualityApplied();
}

void DashboardPage::onFailed(int generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_statusLabel->setText(tr("The figures could not be computed: %1").arg(message));
    m_window.showStatusMessage(message);
}

void DashboardPage::applyStats(const InventoryStats &stats)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = stats;
    m_hasStats = true;
    for (const char *id : chartOrder) {
        const QString chartId = QLatin1String(id);
        ChartCard *card = m_cards.value(chartId);
        if (const StatsSeries *s = stats.seriesById(chartId))
            card->setSeries(*s);
        else if (const StatsMatrix *m = stats.matrixById(chartId))
            card->setMatrix(*m);
        else if (chartId == QLatin1String(StatsSeriesId::Quality))
            card->setPlaceholder(tr("Computing quality scores…"));
    }
    updateKpis();
    fitContent();
    m_drawMs = timer.elapsed();
    m_statusLabel->setText(tr("%1 · computed in %2 ms, charts built in %3 ms")
                               .arg(stats.officeId == 0 ? tr("Whole catalog") : stats.officeName)
                               .arg(m_computeMs)
                               .arg(m_drawMs));
}

void DashboardPage::fitContent()
{
    // Charts with many categories grow their cards, but the scroll area keeps its content at the
    // old height and the cards would overlap. Once the cards' new minimums have reached the
    // layout (next event loop turn), pin the content to the layout's minimum height.
    QTimer::singleShot(0, this, [this] {
        m_content->layout()->invalidate();
        m_content->layout()->activate();
        m_content->setMinimumHeight(m_content->layout()->minimumSize().height());
    });
}

void DashboardPage::updateKpis()
{
    const QLocale locale;
    const InventoryKpis &k = m_stats.kpis;
    const auto set = [this](const char *key, const QString &text, const QString &tip = {}) {
        QLabel *label = m_kpiValues.value(QLatin1String(key));
        label->setText(m_hasStats ? text : QStringLiteral("—"));
        label->setToolTip(tip);
    };
    const auto withShare = [&](qint64 n, double share) {
        return QStringLiteral("%1 <small>(%2)</small>")
            .arg(locale.toString(n), InventoryStats::formatPercent(share));
    };
    set("resources", locale.toString(k.resources));
    set("items", locale.toString(k.items));
    set("records", locale.toString(k.records));
    set("bytes", InventoryStats::formatBytes(k.bytes),
        tr("%1 bytes").arg(locale.toString(k.bytes)));
    set("offices", locale.toString(k.offices));
    set("shared", withShare(k.shared, k.sharedShare()));
    set("opened", withShare(k.opened, k.openedShare()));
    set("registered", withShare(k.registered, k.registeredShare()));
    set("quality", k.averageQuality ? locale.toString(*k.averageQuality, 'f', 1) : tr("…"),
        k.averageQuality ? QString() : tr("Quality scores are being computed"));
    set("problems", k.openProblems ? locale.toString(*k.openProblems) : tr("…"));
}

bool DashboardPage::drillDown(const QString &chartId, const QString &key, const QString &columnKey)
{
    if (!m_hasStats || !m_document->isOpen())
        return false;
    InventoryStatsBuilder builder(*m_document->store(), m_document->profile());
    InventoryScope scope;
    scope.officeId = m_stats.officeId; // the scope the chart shows, not the combo's new choice
    builder.setScope(scope);
    ResourceQuery query;
    QString error;
    if (!builder.drillDown(m_stats, chartId, key, columnKey, &query, &error)) {
        m_window.showStatusMessage(error);
        return false;
    }
    // The main window's filter bar always includes sub-offices and cannot select "not filled";
    // when the query needs either, the ids pin the table to exactly the chart's resources
    // (the category lists stay, so the filter combos still show what was clicked).
    bool needsIds = false;
    for (const QStringList *values : {&query.grades, &query.sharing, &query.opening,
                                      &query.updateCycles, &query.formats, &query.statuses}) {
        needsIds = needsIds || values->contains(QString());
    }
    if (!query.includeSubOffices && query.ids.isEmpty()) {
        const QSet<qint64> chosen(query.officeIds.cbegin(), query.officeIds.cend());
        for (const Office &o : m_document->offices())
            needsIds = needsIds || (chosen.contains(o.parentId) && !chosen.contains(o.id));
    }
    if (needsIds && query.ids.isEmpty()) {
        query.ids = m_document->store()->resourceIds(query);
        if (query.ids.isEmpty())
            query.ids = {-1}; // no resource has this id: an empty table, not an unfiltered one
    }
    m_window.setResourceFilter(query);
    m_window.showStatusMessage(tr("Showing the resources behind the chart “%1”")
                                   .arg(InventoryStatsBuilder::seriesTitle(chartId)));
    return true;
}

void DashboardPage::exportReport()
{
    if (!m_hasStats) {
        Dialogs::information(this, tr("Export report"),
                             tr("Open a catalog and wait for the figures first."));
        return;
    }
    const QString base = m_stats.catalogName.isEmpty()
                             ? InventoryReport::title()
                             : m_stats.catalogName + QStringLiteral(" ") + InventoryReport::title();
    const QString path
        = Dialogs::getSaveFileName(this, tr("Export inventory report"), tr("PDF files (*.pdf)"),
                                   base + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReport(path, &error)) {
        Dialogs::warning(this, tr("Export report"), error);
        return;
    }
    m_window.showStatusMessage(
        tr("Inventory report written to %1").arg(QFileInfo(path).fileName()));
}

bool DashboardPage::writeReport(const QString &path, QString *error)
{
    InventoryReport report(m_stats);
    return report.writePdf(path, error);
}

} // namespace sy
