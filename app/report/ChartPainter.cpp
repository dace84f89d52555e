#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sy {

namespace {

// Device pixels per CSS pixel: the PDF writer runs at 300 dpi, a screen image at 96.
qreal unit(const QPainter &painter)
{
    return painter.device() ? painter.device()->logicalDpiX() / 96.0 : 1.0;
}

QString countAndShare(qint64 count, qint64 total)
{
    const QLocale locale;
    QString text = locale.toString(count);
    if (total > 0)
        text += QStringLiteral(" (%1)").arg(
            InventoryStats::formatPercent(double(count) / double(total)));
    return text;
}

const QColor axisColor(0x90, 0x90, 0x90);
const QColor gridColor(0xe0, 0xe0, 0xe0);
const QColor textColor(0x20, 0x20, 0x20);

} // namespace

QColor ChartPainter::color(int index)
{
    // Colour-blind-safe qualitative palette (Okabe–Ito order, then Tableau tones), readable in
    // black-and-white print because lightness varies too.
    static const QColor palette[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0xae, 0xc7, 0xe8), QColor(0xff, 0xbb, 0x78),
    };
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % size) + size) % size];
}

ChartPainter::Kind ChartPainter::kindFor(const QString &seriesId)
{
    if (seriesId == QLatin1String(StatsSeriesId::Grade)
        || seriesId == QLatin1String(StatsSeriesId::Sharing)
        || seriesId == QLatin1String(StatsSeriesId::Opening)
        || seriesId == QLatin1String(StatsSeriesId::Status))
        return Kind::Donut;
    if (seriesId == QLatin1String(StatsSeriesId::Quality))
        return Kind::Columns;
    if (seriesId == QLatin1String(StatsSeriesId::Growth))
        return Kind::CumulativeLine;
    if (seriesId == QLatin1String(StatsSeriesId::Modified))
        return Kind::Columns;
    return Kind::HorizontalBars;
}

QString ChartPainter::elide(QPainter &painter, const QString &text, qreal width)
{
    return QFontMetricsF(painter.font(), painter.device()).elidedText(text, Qt::ElideMiddle, width);
}

qreal ChartPainter::niceMax(qreal value)
{
    // A maximum that four equal whole-number steps reach, so that the axis labels are exact
    // counts (10 would give 2.5 and 7.5 and print as "2" and "7").
    if (value <= 0)
        return 4;
    const qreal rough = value / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (qreal step : {1.0, 2.0, 2.5, 3.0, 5.0, 10.0}) {
        const qreal s = std::max(1.0, step * magnitude);
        if (s * 4 >= value && std::floor(s) == s)
            return s * 4;
    }
    return std::max(1.0, 10 * magnitude) * 4;
}

void ChartPainter::drawEmpty(QPainter &painter, const QRectF &rect, const QFont &font)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(axisColor);
    painter.drawText(rect, Qt::AlignCenter, tr("No data"));
    painter.restore();
}

void ChartPainter::drawTitled(QPainter &painter,
                              const QRectF &rect,
                              const QString &title,
                              const QFont &font)
{
    painter.save();
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(bold);
    painter.setPen(textColor);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, title);
    painter.restore();
}

void ChartPainter::drawSeries(QPainter &painter,
                              const QRectF &rect,
                              const StatsSeries &series,
                              const QFont &font)
{
    if (series.buckets.isEmpty() || series.total() == 0) {
        drawEmpty(painter, rect, font);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    switch (kindFor(series.id)) {
    case Kind::HorizontalBars:
        drawBars(painter, rect, series, font);
        break;
    case Kind::Donut:
        drawDonut(painter, rect, series, font);
        break;
    case Kind::Columns:
        drawColumns(painter, rect, series, font);
        break;
    case Kind::CumulativeLine:
        drawLine(painter, rect, series, font);
        break;
    }
    painter.restore();
}

void ChartPainter::drawBars(QPainter &painter,
                            const QRectF &rect,
                            const StatsSeries &series,
                            const QFont &)
{
    const qreal u = unit(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    const qint64 total = series.total();
    qint64 maxCount = 0;
    qreal labelWidth = 0;
    for (const StatsBucket &b : series.buckets) {
        maxCount = qMax(maxCount, b.count);
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(b.label));
    }
    labelWidth = qMin(labelWidth + 6 * u, rect.width() * 0.32);
    const qreal valueWidth = fm.horizontalAdvance(countAndShare(maxCount, total)) + 6 * u;
    const QRectF plot(rect.left() + labelWidth, rect.top(),
                      qMax(10 * u, rect.width() - labelWidth - valueWidth), rect.height());
    const int n = int(series.buckets.size());
    const qreal slot = plot.height() / n;
    const qreal barHeight = qMin(slot * 0.7, fm.height() * 1.6);
    const qreal scale = plot.width() / niceMax(qreal(maxCount));

    painter.setPen(QPen(axisColor, u));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    for (int i = 0; i < n; ++i) {
        const StatsBucket &b = series.buckets.at(i);
        const qreal cy = plot.top() + slot * (i + 0.5);
        painter.setPen(textColor);
        painter.drawText(QRectF(rect.left(), cy - slot / 2, labelWidth - 6 * u, slot),
                         Qt::AlignRight | Qt::AlignVCenter,
                         elide(painter, b.label, labelWidth - 6 * u));
        const QRectF bar(plot.left(), cy - barHeight / 2, b.count * scale, barHeight);
        painter.fillRect(bar, color(i));
        painter.drawText(
            QRectF(bar.right() + 4 * u, cy - slot / 2, valueWidth + plot.width(), slot),
            Qt::AlignLeft | Qt::AlignVCenter, countAndShare(b.count, total));
    }
}

void ChartPainter::drawDonut(QPainter &painter,
                             const QRectF &rect,
                             const StatsSeries &series,
                             const QFont &)
{
    const qreal u = unit(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    const qint64 total = series.total();
    const qreal side = qMin(rect.height(), rect.width() * 0.42);
    const QRectF pie(rect.left(), rect.top() + (rect.height() - side) / 2, side, side);
    int angle = 90 * 16; // start at twelve o'clock, clockwise, like a clock face
    for (int i = 0; i < series.buckets.size(); ++i) {
        const qint64 count = series.buckets.at(i).count;
        if (count == 0)
            continue;
        const int span = -int(std::lround(5760.0 * double(count) / double(total)));
        painter.setPen(QPen(Qt::white, 1.5 * u));
        painter.setBrush(color(i));
        painter.drawPie(pie, angle, span);
        angle += span;
    }
    // The hole makes it a donut and carries the total.
    const qreal hole = side * 0.55;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(pie.center(), hole / 2, hole / 2);
    painter.setPen(textColor);
    painter.drawText(
        QRectF(pie.center().x() - hole / 2, pie.center().y() - fm.height(), hole, fm.height() * 2),
        Qt::AlignCenter, tr("Total\n%1").arg(QLocale().toString(total)));

    const qreal legendLeft = pie.right() + 12 * u;
    const qreal lineHeight
        = qMin(fm.height() * 1.5, rect.height() / qMax(1, int(series.buckets.size())));
    qreal y = rect.top() + (rect.height() - lineHeight * series.buckets.size()) / 2;
    const qreal box = fm.height() * 0.7;
    const qreal valueWidth = fm.horizontalAdvance(countAndShare(total, total));
    for (int i = 0; i < series.buckets.size(); ++i) {
        const StatsBucket &b = series.buckets.at(i);
        painter.fillRect(QRectF(legendLeft, y + (lineHeight - box) / 2, box, box), color(i));
        const qreal textLeft = legendLeft + box + 6 * u;
        const qreal labelWidth = rect.right() - textLeft - valueWidth - 6 * u;
        painter.drawText(QRectF(textLeft, y, labelWidth, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, elide(painter, b.label, labelWidth));
        painter.drawText(QRectF(rect.right() - valueWidth, y, valueWidth, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, countAndShare(b.count, total));
        y += lineHeight;
    }
}

void ChartPainter::drawColumns(QPainter &painter,
                               const QRectF &rect,
                               const StatsSeries &series,
                               const QFont &)
{
    const qreal u = unit(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    qint64 maxCount = 0;
    for (const StatsBucket &b : series.buckets)
        maxCount = qMax(maxCount, b.count);
    const qreal top = niceMax(qreal(maxCount));
    const QString topText = QLocale().toString(qint64(top));
    const qreal axisWidth = fm.horizontalAdvance(topText) + 6 * u;
    const QRectF plot(rect.left() + axisWidth, rect.top() + fm.height(), rect.width() - axisWidth,
                      rect.height() - fm.height() * 2.4);
    for (int t = 0; t <= 4; ++t) {
        const qreal y = plot.bottom() - plot.height() * t / 4;
        painter.setPen(QPen(t == 0 ? axisColor : gridColor, u));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisWidth - 4 * u, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(qint64(top * t / 4)));
    }
    const int n = int(series.buckets.size());
    const qreal slot = plot.width() / n;
    // Thin out the axis labels when they would overlap (many months).
    qreal widest = 0;
    for (const StatsBucket &b : series.buckets)
        widest = qMax(widest, fm.horizontalAdvance(b.label));
    const int every = qMax(1, int(std::ceil((widest + 4 * u) / slot)));
    for (int i = 0; i < n; ++i) {
        const StatsBucket &b = series.buckets.at(i);
        const qreal h = plot.height() * b.count / top;
        const QRectF bar(plot.left() + slot * i + slot * 0.12, plot.bottom() - h, slot * 0.76, h);
        painter.fillRect(bar, color(0));
        painter.setPen(textColor);
        if (b.count > 0 && fm.horizontalAdvance(QLocale().toString(b.count)) < slot * 1.2)
            painter.drawText(QRectF(bar.left() - slot, bar.top() - fm.height(),
                                    bar.width() + 2 * slot, fm.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(b.count));
        if (i % every == 0)
            painter.drawText(QRectF(plot.left() + slot * i - slot * every / 2.0 + slot / 2,
                                    plot.bottom() + 2 * u, slot * every, fm.height() * 1.2),
                             Qt::AlignHCenter | Qt::AlignTop, b.label);
    }
}

void ChartPainter::drawLine(QPainter &painter,
                            const QRectF &rect,
                            const StatsSeries &series,
                            const QFont &)
{
    const qreal u = unit(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    QList<qint64> running;
    qint64 sum = 0;
    for (const StatsBucket &b : series.buckets) {
        sum += b.count;
        running.append(sum);
    }
    const qreal top = niceMax(qreal(sum));
    const qreal axisWidth = fm.horizontalAdvance(QLocale().toString(qint64(top))) + 6 * u;
    const QRectF plot(rect.left() + axisWidth, rect.top() + fm.height() / 2,
                      rect.width() - axisWidth
                          - fm.horizontalAdvance(QStringLiteral("0000-00")) / 2,
                      rect.height() - fm.height() * 2);
    for (int t = 0; t <= 4; ++t) {
        const qreal y = plot.bottom() - plot.height() * t / 4;
        painter.setPen(QPen(t == 0 ? axisColor : gridColor, u));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisWidth - 4 * u, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(qint64(top * t / 4)));
    }
    const int n = int(running.size());
    const auto pointAt = [&](int i) {
        const qreal x = n == 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
        return QPointF(x, plot.bottom() - plot.height() * running.at(i) / top);
    };
    QPainterPath path;
    for (int i = 0; i < n; ++i) {
        if (i == 0)
            path.moveTo(pointAt(i));
        else
            path.lineTo(pointAt(i));
    }
    painter.setPen(QPen(color(0), 2.5 * u));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    if (n <= 36) {
        painter.setBrush(color(0));
        for (int i = 0; i < n; ++i)
            painter.drawEllipse(pointAt(i), 2.5 * u, 2.5 * u);
    }
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("0000-00")) + 8 * u;
    const int every = n <= 1 ? 1 : qMax(1, int(std::ceil(labelWidth / (plot.width() / (n - 1)))));
    painter.setPen(textColor);
    for (int i = 0; i < n; i += every) {
        const QPointF p = pointAt(i);
        painter.drawText(
            QRectF(p.x() - labelWidth / 2, plot.bottom() + 2 * u, labelWidth, fm.height() * 1.2),
            Qt::AlignHCenter | Qt::AlignTop, series.buckets.at(i).label);
    }
}

void ChartPainter::drawMatrix(QPainter &painter,
                              const QRectF &rect,
                              const StatsMatrix &matrix,
                              const QFont &font)
{
    qint64 maxRow = 0;
    for (const StatsBucket &row : matrix.rows)
        maxRow = qMax(maxRow, row.count);
    if (matrix.rows.isEmpty() || maxRow == 0) {
        drawEmpty(painter, rect, font);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const qreal u = unit(painter);
    const QFontMetricsF fm(painter.font(), painter.device());

    // Legend on top, wrapped over as many lines as needed.
    const qreal box = fm.height() * 0.7;
    qreal x = rect.left();
    qreal y = rect.top();
    for (int c = 0; c < matrix.columns.size(); ++c) {
        const QString text = QStringLiteral("%1 %2").arg(
            matrix.columns.at(c).label, QLocale().toString(matrix.columns.at(c).count));
        const qreal w = box + 4 * u + fm.horizontalAdvance(text) + 14 * u;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += fm.height() * 1.3;
        }
        painter.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), color(c));
        painter.setPen(textColor);
        painter.drawText(QPointF(x + box + 4 * u, y + fm.ascent()), text);
        x += w;
    }
    const qreal legendBottom = y + fm.height() * 1.6;

    qreal labelWidth = 0;
    for (const StatsBucket &row : matrix.rows)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(row.label));
    labelWidth = qMin(labelWidth + 6 * u, rect.width() * 0.32);
    const qreal valueWidth = fm.horizontalAdvance(QLocale().toString(maxRow)) + 8 * u;
    const QRectF plot(rect.left() + labelWidth, legendBottom,
                      rect.width() - labelWidth - valueWidth, rect.bottom() - legendBottom);
    const int n = int(matrix.rows.size());
    const qreal slot = plot.height() / n;
    const qreal barHeight = qMin(slot * 0.7, fm.height() * 1.6);
    const qreal scale = plot.width() / niceMax(qreal(maxRow));
    painter.setPen(QPen(axisColor, u));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    for (int r = 0; r < n; ++r) {
        const qreal cy = plot.top() + slot * (r + 0.5);
        painter.setPen(textColor);
        painter.drawText(QRectF(rect.left(), cy - slot / 2, labelWidth - 6 * u, slot),
                         Qt::AlignRight | Qt::AlignVCenter,
                         elide(painter, matrix.rows.at(r).label, labelWidth - 6 * u));
        qreal left = plot.left();
        for (int c = 0; c < matrix.columns.size(); ++c) {
            const qreal w = matrix.cells.at(r).at(c) * scale;
            painter.fillRect(QRectF(left, cy - barHeight / 2, w, barHeight), color(c));
            left += w;
        }
        painter.drawText(QRectF(left + 4 * u, cy - slot / 2, valueWidth, slot),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(matrix.rows.at(r).count));
    }
    painter.restore();
}

} // namespace sy
