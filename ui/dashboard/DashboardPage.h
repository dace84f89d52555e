#pragma once

#include "stats/InventoryStatsBuilder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace sy {

class CatalogDocument;
class ChartCard;
class MainWindow;
class StatsWorker;

// The inventory dashboard (数据资源底账): KPI cards and one ChartCard per series of
// InventoryStats, for the whole catalog or one office (with its sub-offices). The figures are
// computed by a StatsWorker on its own thread and connection, so the GUI never waits for them;
// edits of the catalog schedule a refresh (debounced, and deferred while the page is hidden).
// A click on a chart category shows exactly its resources in the main window's table.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(MainWindow &window, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Recomputes now (asynchronously); statsApplied() tells when the charts show the result.
    void refresh();
    const InventoryStats &stats() const { return m_stats; }
    bool hasStats() const { return m_hasStats; }
    ChartCard *chartCard(const QString &chartId) const { return m_cards.value(chartId); }
    void setOfficeScope(qint64 officeId); // 0 = whole catalog
    // Runs the drill-down of a chart category (what a click does).
    bool drillDown(const QString &chartId, const QString &key, const QString &columnKey);
    // Asks for a file name and writes the inventory report PDF.
    void exportReport();
    bool writeReport(const QString &path, QString *error = nullptr);

    // Milliseconds of the last refresh: aggregates (worker) and drawing (GUI thread).
    qint64 lastComputeMs() const { return m_computeMs; }
    qint64 lastDrawMs() const { return m_drawMs; }

signals:
    void statsApplied();   // aggregates shown
    void qualityApplied(); // quality scores shown too

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void scheduleRefresh();
    void rebuildOfficeCombo();
    void onCatalogOpened();
    void onCatalogClosed();
    void onStatsReady(int generation, const sy::InventoryStats &stats);
    void onQualityReady(int generation, const sy::InventoryStats &stats);
    void onFailed(int generation, const QString &message);
    void applyStats(const InventoryStats &stats);
    void updateKpis();
    void fitContent();
    InventoryScope currentScope() const;

    MainWindow &m_window;
    CatalogDocument *m_document = nullptr;
    // Two threads, so that the quick aggregates never wait behind a validation of every resource.
    QThread m_thread;
    StatsWorker *m_worker = nullptr;
    QThread m_qualityThread;
    StatsWorker *m_qualityWorker = nullptr;
    int m_generation = 0;
    int m_shownGeneration = -1; // the request whose aggregates the charts show
    bool m_dirty = true;
    bool m_hasStats = false;
    InventoryStats m_stats;
    QElapsedTimer m_requestTimer;
    qint64 m_computeMs = 0;
    qint64 m_drawMs = 0;

    QLabel *m_officeLabel = nullptr;
    QComboBox *m_officeCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QHash<QString, QLabel *> m_kpiValues;
    QHash<QString, QLabel *> m_kpiCaptions;
    QHash<QString, ChartCard *> m_cards;
};

} // namespace sy
