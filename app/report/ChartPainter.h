#pragma once

#include "stats/InventoryStats.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace sy {

// Draws the inventory charts with plain QPainter calls, so that the report can be printed by the
// headless CLI (QtCharts needs QtWidgets, which the core never links). The dashboard uses the
// same palette so that a category keeps its colour on screen and on paper.
//
// Every function draws inside `rect` only, in the painter's current device units; `font` is the
// base font (its point size is the label size).
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(sy::ChartPainter)

public:
    enum class Kind {
        HorizontalBars, // one bar per bucket, labels on the left (long office names fit)
        Donut,          // share of each bucket, legend with counts and percentages
        Columns,        // vertical bars (histograms)
        CumulativeLine, // running total over the buckets (growth over time)
    };

    static QColor color(int index);
    // The kind each series of InventoryStats is drawn as.
    static Kind kindFor(const QString &seriesId);

    static void
    drawSeries(QPainter &painter, const QRectF &rect, const StatsSeries &series, const QFont &font);
    static void
    drawMatrix(QPainter &painter, const QRectF &rect, const StatsMatrix &matrix, const QFont &font);

    // A chart with a title line above it.
    static void
    drawTitled(QPainter &painter, const QRectF &rect, const QString &title, const QFont &font);

private:
    static void
    drawBars(QPainter &painter, const QRectF &rect, const StatsSeries &series, const QFont &font);
    static void
    drawDonut(QPainter &painter, const QRectF &rect, const StatsSeries &series, const QFont &font);
    static void drawColumns(QPainter &painter,
                            const QRectF &rect,
                            const StatsSeries &series,
                            const QFont &font);
    static void
    drawLine(QPainter &painter, const QRectF &rect, const StatsSeries &series, const QFont &font);
    static void drawEmpty(QPainter &painter, const QRectF &rect, const QFont &font);
    static QString elide(QPainter &painter, const QString &text, qreal width);
    static qreal niceMax(qreal value);
};

} // namespace sy
