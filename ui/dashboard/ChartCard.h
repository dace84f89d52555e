#pragma once

#include "stats/InventoryStats.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace sy {

// One chart of the dashboard: a title, the QtCharts view and an export button (PNG, SVG).
// Shows a StatsSeries (bars, donut, histogram or growth line, by ChartPainter::kindFor) or a
// StatsMatrix (stacked bars). Hovering shows the count and share of a category; clicking it
// emits categoryClicked() with the keys InventoryStatsBuilder::drillDown() understands.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(const QString &chartId, QWidget *parent = nullptr);

    QString chartId() const { return m_id; }
    void setSeries(const StatsSeries &series);
    void setMatrix(const StatsMatrix &matrix);
    void setPlaceholder(const QString &text); // e.g. "computing quality scores…"

    QChartView *chartView() const { return m_view; }
    QChart *chart() const;

    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);

    // Tooltip text of a category, as shown on hover (tests read it).
    static QString hoverText(const QString &label, qint64 count, qint64 total);

signals:
    void categoryClicked(const QString &chartId, const QString &key, const QString &columnKey);

private:
    void replaceChart(QChart *chart);
    void fitCategories(int categories);
    void exportDialog(bool svg);
    void showTip(const QString &text);
    QChart *barChart(const StatsSeries &series);
    QChart *donutChart(const StatsSeries &series);
    QChart *columnChart(const StatsSeries &series);
    QChart *lineChart(const StatsSeries &series);
    QChart *stackedChart(const StatsMatrix &matrix);
    QChart *newChart() const;

    QString m_id;
    QLabel *m_title = nullptr;
    QPushButton *m_exportButton = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace sy
