#include "ChartCard.h"

#include "Dialogs.h"
#include "report/ChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace sy {

namespace {

// QBarCategoryAxis merges equal category names, so two offices with the same name would share a
// bar: make every label unique.
QStringList uniqueLabels(const QList<StatsBucket> &buckets)
{
    QStringList labels;
    for (const StatsBucket &b : buckets) {
        QString label = b.label;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(b.label).arg(n);
        labels.append(label);
    }
    return labels;
}

qreal axisMax(qint64 value)
{
    if (value <= 0)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(qreal(value))));
    for (qreal step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ChartCard::ChartCard(const QString &chartId, QWidget *parent)
    : QFrame(parent)
    , m_id(chartId)
{
    setObjectName(QStringLiteral("chart_") + chartId);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportChartPushButton"));
    m_exportButton->setText(tr("Export"));
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Save as PNG image…"), this, [this] { exportDialog(false); });
    menu->addAction(tr("Save as SVG drawing…"), this, [this] { exportDialog(true); });
    m_exportButton->setMenu(menu);
    header->addWidget(m_exportButton);
    layout->addLayout(header);

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartView_") + chartId);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(340);
    layout->addWidget(m_view, 1);
    replaceChart(newChart());
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::hoverText(const QString &label, qint64 count, qint64 total)
{
    const double share = total > 0 ? double(count) / double(total) : 0.0;
    return tr("%1: %2 resources (%3)")
        .arg(label, QLocale().toString(count), InventoryStats::formatPercent(share));
}

QChart *ChartCard::newChart() const
{
    auto *chart = new QChart;
    // Animations would delay the "fully drawn" moment and make screenshots flaky.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setFont(font());
    return chart;
}

void ChartCard::fitCategories(int categories)
{
    // QtCharts elides category labels that are taller than their slot: give every category a
    // line of text (CJK fonts have tall line boxes; QtCharts wants about 1.7 lines per label).
    // The card's own minimum is what the dashboard's grid honours.
    const int line = fontMetrics().height() * 17 / 10 + 4;
    const int viewHeight = qMax(340, categories * line + 90);
    m_view->setMinimumHeight(viewHeight);
    setMinimumHeight(viewHeight + m_exportButton->sizeHint().height() + 24);
}

void ChartCard::replaceChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    // QChartView does not delete the chart it showed before.
    if (old && old != chart)
        old->deleteLater();
}

void ChartCard::setPlaceholder(const QString &text)
{
    QChart *chart = newChart();
    chart->setTitle(text);
    chart->legend()->hide();
    replaceChart(chart);
}

void ChartCard::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
    m_view->setToolTip(text); // also readable by tests and screen readers
}

void ChartCard::setSeries(const StatsSeries &series)
{
    m_title->setText(series.title);
    QChart *chart = nullptr;
    switch (ChartPainter::kindFor(series.id)) {
    case ChartPainter::Kind::HorizontalBars:
        chart = barChart(series);
        break;
    case ChartPainter::Kind::Donut:
        chart = donutChart(series);
        break;
    case ChartPainter::Kind::Columns:
        chart = columnChart(series);
        break;
    case ChartPainter::Kind::CumulativeLine:
        chart = lineChart(series);
        break;
    }
    if (series.total() == 0)
        chart->setTitle(tr("No resources"));
    replaceChart(chart);
}

QChart *ChartCard::barChart(const StatsSeries &series)
{
    QChart *chart = newChart();
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(series.title);
    set->setColor(ChartPainter::color(0));
    set->setLabelColor(palette().color(QPalette::WindowText)); // the default is white-on-white
    // Horizontal bars grow upwards; reversed, the first (largest) category is on top.
    QList<StatsBucket> buckets = series.buckets;
    std::reverse(buckets.begin(), buckets.end());
    qint64 maxCount = 0;
    for (const StatsBucket &b : buckets) {
        set->append(qreal(b.count));
        maxCount = qMax(maxCount, b.count);
    }
    bars->append(set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(12);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(buckets));
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    // After attachAxis(), which resets the range to the data; the headroom keeps the value
    // labels at the bar ends inside the plot.
    values->setRange(0, axisMax(maxCount + maxCount / 5 + 1));
    values->applyNiceNumbers();
    chart->legend()->hide();
    fitCategories(int(buckets.size()));

    const qint64 total = series.total();
    connect(set, &QBarSet::hovered, this, [this, buckets, total](bool on, int index) {
        if (!on || index < 0 || index >= buckets.size())
            return showTip({});
        showTip(hoverText(buckets.at(index).label, buckets.at(index).count, total));
    });
    const QString id = series.id;
    connect(set, &QBarSet::clicked, this, [this, buckets, id](int index) {
        if (index >= 0 && index < buckets.size())
            emit categoryClicked(id, buckets.at(index).key, {});
    });
    return chart;
}

QChart *ChartCard::donutChart(const StatsSeries &series)
{
    QChart *chart = newChart();
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.85);
    // The legend sits beside the plot area already: centre the donut in what is left.
    pie->setHorizontalPosition(0.5);
    const qint64 total = series.total();
    const QLocale locale;
    for (int i = 0; i < series.buckets.size(); ++i) {
        const StatsBucket b = series.buckets.at(i);
        if (b.count == 0)
            continue; // a zero slice is invisible but would still take a legend line
        auto *slice = pie->append(QStringLiteral("%1  %2").arg(b.label, locale.toString(b.count)),
                                  qreal(b.count));
        slice->setColor(ChartPainter::color(i));
        slice->setBorderColor(Qt::white);
        slice->setProperty("key", b.key);
        connect(slice, &QPieSlice::hovered, this, [this, slice, b, total](bool on) {
            slice->setExploded(on);
            slice->setExplodeDistanceFactor(0.06);
            showTip(on ? hoverText(b.label, b.count, total) : QString());
        });
        const QString id = series.id;
        connect(slice, &QPieSlice::clicked, this,
                [this, id, key = b.key] { emit categoryClicked(id, key, {}); });
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    // A click on a legend entry drills down like a click on its slice: small slices are hard to
    // hit.
    const QList<QLegendMarker *> markers = chart->legend()->markers(pie);
    for (QLegendMarker *marker : markers) {
        auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker);
        if (!pieMarker)
            continue;
        const QString key = pieMarker->slice()->property("key").toString();
        connect(pieMarker, &QLegendMarker::clicked, this,
                [this, id = series.id, key] { emit categoryClicked(id, key, {}); });
    }
    return chart;
}

QChart *ChartCard::columnChart(const StatsSeries &series)
{
    QChart *chart = newChart();
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(series.title);
    set->setColor(ChartPainter::color(0));
    set->setLabelColor(palette().color(QPalette::WindowText));
    qint64 maxCount = 0;
    for (const StatsBucket &b : series.buckets) {
        set->append(qreal(b.count));
        maxCount = qMax(maxCount, b.count);
    }
    bars->append(set);
    bars->setBarWidth(0.8);
    bars->setLabelsVisible(series.buckets.size() <= 24);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(12);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(series.buckets));
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    if (series.buckets.size() > 12)
        categories->setLabelsAngle(-60);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);
    values->setRange(0, axisMax(maxCount + maxCount / 5 + 1));
    values->applyNiceNumbers();
    chart->legend()->hide();

    const QList<StatsBucket> buckets = series.buckets;
    const qint64 total = series.total();
    connect(set, &QBarSet::hovered, this, [this, buckets, total](bool on, int index) {
        if (!on || index < 0 || index >= buckets.size())
            return showTip({});
        showTip(hoverText(buckets.at(index).label, buckets.at(index).count, total));
    });
    const QString id = series.id;
    connect(set, &QBarSet::clicked, this, [this, buckets, id](int index) {
        if (index >= 0 && index < buckets.size())
            emit categoryClicked(id, buckets.at(index).key, {});
    });
    return chart;
}

QChart *ChartCard::lineChart(const StatsSeries &series)
{
    QChart *chart = newChart();
    // One point per month, at x = the month's index.
    auto *line = new QLineSeries;
    line->setName(tr("Resources in the catalog"));
    line->setColor(ChartPainter::color(0));
    line->setPointsVisible(series.buckets.size() <= 36);
    qint64 running = 0;
    QList<qint64> cumulative;
    QStringList months;
    for (int i = 0; i < series.buckets.size(); ++i) {
        running += series.buckets.at(i).count;
        cumulative.append(running);
        months.append(series.buckets.at(i).label);
        line->append(qreal(i), qreal(running));
    }
    // A numeric axis labelled at about six months (a category axis elides its labels once
    // there are more months than fit, and a date axis puts its ticks between the months).
    chart->addSeries(line);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = qMax(1, int((months.size() + 5) / 6));
    for (int i = 0; i < months.size(); i += step)
        axis->append(months.at(i), qreal(i));
    chart->addAxis(axis, Qt::AlignBottom);
    line->attachAxis(axis);
    axis->setRange(-0.5, qMax(0.5, months.size() - 0.5));
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    line->attachAxis(values);
    values->setRange(0, axisMax(running + running / 10 + 1));
    values->applyNiceNumbers();
    chart->legend()->hide();

    const QList<StatsBucket> buckets = series.buckets;
    const auto nearest = [n = int(buckets.size())](const QPointF &p) {
        const int i = int(std::lround(p.x()));
        return i >= 0 && i < n ? i : -1;
    };
    connect(line, &QLineSeries::hovered, this,
            [this, buckets, cumulative, nearest](const QPointF &p, bool on) {
                const int i = nearest(p);
                if (!on || i < 0)
                    return showTip({});
                showTip(tr("%1: %2 new, %3 in all")
                            .arg(buckets.at(i).label, QLocale().toString(buckets.at(i).count),
                                 QLocale().toString(cumulative.at(i))));
            });
    const QString id = series.id;
    connect(line, &QLineSeries::clicked, this, [this, buckets, nearest, id](const QPointF &p) {
        const int i = nearest(p);
        if (i >= 0)
            emit categoryClicked(id, buckets.at(i).key, {});
    });
    return chart;
}

void ChartCard::setMatrix(const StatsMatrix &matrix)
{
    m_title->setText(matrix.title);
    replaceChart(stackedChart(matrix));
}

QChart *ChartCard::stackedChart(const StatsMatrix &matrix)
{
    QChart *chart = newChart();
    auto *bars = new QHorizontalStackedBarSeries;
    QList<StatsBucket> rows = matrix.rows;
    std::reverse(rows.begin(), rows.end()); // largest office on top, as in the office chart
    qint64 maxRow = 0;
    for (const StatsBucket &r : rows)
        maxRow = qMax(maxRow, r.count);
    const QString id = matrix.id;
    for (int c = 0; c < matrix.columns.size(); ++c) {
        const StatsBucket column = matrix.columns.at(c);
        auto *set = new QBarSet(column.label);
        set->setColor(ChartPainter::color(c));
        QList<qint64> counts;
        // rows is reversed, so its i-th office is row n-1-i of the matrix.
        for (int i = 0; i < rows.size(); ++i)
            counts.append(matrix.cells.at(rows.size() - 1 - i).at(c));
        for (qint64 n : std::as_const(counts))
            set->append(qreal(n));
        bars->append(set);
        connect(set, &QBarSet::hovered, this, [this, rows, counts, column](bool on, int index) {
            if (!on || index < 0 || index >= rows.size())
                return showTip({});
            showTip(hoverText(rows.at(index).label + QStringLiteral(" · ") + column.label,
                              counts.at(index), rows.at(index).count));
        });
        connect(set, &QBarSet::clicked, this, [this, rows, column, id](int index) {
            if (index >= 0 && index < rows.size())
                emit categoryClicked(id, rows.at(index).key, column.key);
        });
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(rows));
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    values->setRange(0, axisMax(maxRow));
    values->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignTop);
    fitCategories(int(rows.size()));
    return chart;
}

void ChartCard::exportDialog(bool svg)
{
    const QString suggested
        = m_title->text() + (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString path = Dialogs::getSaveFileName(
        this, svg ? tr("Save chart as SVG") : tr("Save chart as PNG"),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        Dialogs::warning(this, tr("Export chart"), error);
}

bool ChartCard::exportPng(const QString &path, QString *error)
{
    // Twice the screen resolution, so the image stays sharp in a document or on a projector.
    const qreal scale = 2.0;
    QImage image(m_view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot save the chart to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartCard::exportSvg(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot save the chart to %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_title->text());
    svg.setDescription(tr("Chart exported by Shuyuan"));
    {
        QPainter painter(&svg);
        m_view->render(&painter);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot save the chart to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sy
