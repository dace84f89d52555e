#include "InventoryReport.h"

#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace sy {

namespace {

constexpr int dpi = 300;

// One piece of the report: a fixed height and how to draw it into its rectangle.
struct Block
{
    qreal height = 0;
    bool newPage = false; // start on a fresh page (the per-office table)
    std::function<void(QPainter &, const QRectF &)> draw;
};

QFont reportFont(qreal points, bool bold = false)
{
    QFont font(QString::fromLatin1(InventoryReport::fontFamily));
    font.setPointSizeF(points);
    font.setBold(bold);
    // The font is asked for by name; if it is missing Qt falls back, and the PDF still prints.
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QString optionalQuality(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("—");
}

} // namespace

InventoryReport::InventoryReport(const InventoryStats &stats)
    : m_stats(stats)
{
}

QString InventoryReport::title()
{
    return tr("Data Resource Inventory Report");
}

bool InventoryReport::writePdf(const QString &path, QString *error)
{
    m_pageCount = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }

    QPdfWriter pdf(&file);
    pdf.setResolution(dpi);
    pdf.setTitle(title());
    pdf.setCreator(QStringLiteral("Shuyuan"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write the report to %1: the PDF could not be started.").arg(path);
        return false;
    }

    const qreal pageWidth = pdf.width();
    const qreal pageHeight = pdf.height();
    const QFont bodyFont = reportFont(9);
    const QFont smallFont = reportFont(7.5);
    const QFontMetricsF bodyMetrics(bodyFont, &pdf);
    const qreal lineHeight = bodyMetrics.height() * 1.5;
    const qreal footerHeight = bodyMetrics.height() * 2;
    const qreal bodyHeight = pageHeight - footerHeight;
    const QLocale locale;
    const InventoryKpis &k = m_stats.kpis;

    QList<Block> blocks;

    // Title block.
    {
        const QFont titleFont = reportFont(18, true);
        const qreal titleHeight = QFontMetricsF(titleFont, &pdf).height() * 1.4;
        const QStringList lines = {
            tr("Catalog: %1").arg(m_stats.catalogName),
            tr("Department: %1").arg(m_stats.department),
            tr("Scope: %1").arg(m_stats.officeId == 0 ? tr("whole catalog") : m_stats.officeName),
            tr("Generated: %1")
                .arg(locale.toString(m_stats.generated.toLocalTime(), QLocale::ShortFormat)),
        };
        blocks.append({titleHeight + lines.size() * lineHeight + lineHeight, false,
                       [=](QPainter &p, const QRectF &r) {
                           p.setFont(titleFont);
                           p.drawText(QRectF(r.left(), r.top(), r.width(), titleHeight),
                                      Qt::AlignHCenter | Qt::AlignVCenter, title());
                           p.setFont(bodyFont);
                           qreal y = r.top() + titleHeight + lineHeight / 2;
                           for (const QString &line : lines) {
                               p.drawText(QRectF(r.left(), y, r.width(), lineHeight),
                                          Qt::AlignLeft | Qt::AlignVCenter, line);
                               y += lineHeight;
                           }
                       }});
    }

    // KPI table: four columns (label, value, label, value).
    {
        const auto withShare = [&](qint64 n, double share) {
            return QStringLiteral("%1（%2）")
                .arg(locale.toString(n), InventoryStats::formatPercent(share));
        };
        const QList<QPair<QString, QString>> kpis = {
            {tr("Resources"), locale.toString(k.resources)},
            {tr("Information items"), locale.toString(k.items)},
            {tr("Records"), locale.toString(k.records)},
            {tr("Storage volume"), InventoryStats::formatBytes(k.bytes)},
            {tr("Offices with resources"), locale.toString(k.offices)},
            {tr("Shared"), withShare(k.shared, k.sharedShare())},
            {tr("Open to the public"), withShare(k.opened, k.openedShare())},
            {tr("Registered"), withShare(k.registered, k.registeredShare())},
            {tr("Average quality score"), optionalQuality(k.averageQuality)},
            {tr("Open problems"),
             k.openProblems ? locale.toString(*k.openProblems) : QStringLiteral("—")},
        };
        const int rows = int((kpis.size() + 1) / 2);
        const QFont headFont = reportFont(11, true);
        const qreal headHeight = QFontMetricsF(headFont, &pdf).height() * 1.6;
        blocks.append(
            {headHeight + rows * lineHeight + lineHeight, false, [=](QPainter &p, const QRectF &r) {
                 p.setFont(headFont);
                 p.drawText(QRectF(r.left(), r.top(), r.width(), headHeight),
                            Qt::AlignLeft | Qt::AlignVCenter, tr("Key figures"));
                 p.setFont(bodyFont);
                 const qreal colW = r.width() / 4;
                 const qreal top = r.top() + headHeight;
                 for (int i = 0; i < kpis.size(); ++i) {
                     const int row = i / 2;
                     const int col = (i % 2) * 2;
                     const QRectF labelCell(r.left() + col * colW, top + row * lineHeight, colW,
                                            lineHeight);
                     const QRectF valueCell = labelCell.translated(colW, 0);
                     p.fillRect(labelCell, QColor(0xf0, 0xf3, 0xf7));
                     p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
                     p.drawRect(labelCell);
                     p.drawRect(valueCell);
                     p.setPen(Qt::black);
                     p.drawText(labelCell.adjusted(lineHeight / 4, 0, 0, 0),
                                Qt::AlignLeft | Qt::AlignVCenter, kpis.at(i).first);
                     p.drawText(valueCell.adjusted(0, 0, -lineHeight / 4, 0),
                                Qt::AlignRight | Qt::AlignVCenter, kpis.at(i).second);
                 }
             }});
    }

    // Charts, each with its title; half a page each so that two fit on one page.
    const QFont chartTitleFont = reportFont(11, true);
    const qreal chartTitleHeight = QFontMetricsF(chartTitleFont, &pdf).height() * 1.6;
    const qreal chartHeight = bodyHeight * 0.42;
    const auto addChart = [&](const QString &chartTitle,
                              std::function<void(QPainter &, const QRectF &)> draw) {
        blocks.append(
            {chartTitleHeight + chartHeight + lineHeight, false, [=](QPainter &p, const QRectF &r) {
                 p.setFont(chartTitleFont);
                 p.setPen(Qt::black);
                 p.drawText(QRectF(r.left(), r.top(), r.width(), chartTitleHeight),
                            Qt::AlignLeft | Qt::AlignVCenter, chartTitle);
                 draw(p, QRectF(r.left(), r.top() + chartTitleHeight, r.width(), chartHeight));
             }});
    };
    const char *order[] = {StatsSeriesId::Office,          StatsSeriesId::Grade,
                           StatsSeriesId::SharingByOffice, StatsSeriesId::OpeningByOffice,
                           StatsSeriesId::UpdateCycle,     StatsSeriesId::Format,
                           StatsSeriesId::Registration,    StatsSeriesId::Quality,
                           StatsSeriesId::Growth,          StatsSeriesId::Status};
    for (const char *id : order) {
        const QString sid = QString::fromLatin1(id);
        if (const StatsSeries *s = m_stats.seriesById(sid)) {
            const StatsSeries series = *s;
            addChart(series.title, [=](QPainter &p, const QRectF &r) {
                ChartPainter::drawSeries(p, r, series, bodyFont);
            });
        } else if (const StatsMatrix *m = m_stats.matrixById(sid)) {
            const StatsMatrix matrix = *m;
            addChart(matrix.title, [=](QPainter &p, const QRectF &r) {
                ChartPainter::drawMatrix(p, r, matrix, bodyFont);
            });
        } else if (sid == QLatin1String(StatsSeriesId::Quality)) {
            addChart(tr("Quality score distribution"), [=](QPainter &p, const QRectF &r) {
                p.setFont(bodyFont);
                p.drawText(r, Qt::AlignCenter, tr("Quality scores were not computed."));
            });
        }
    }

    // Per-office table, on its own pages with the header repeated.
    {
        const QStringList headers
            = {tr("Office"), tr("Resources"), tr("Items"),      tr("Records"), tr("Volume"),
               tr("Shared"), tr("Opened"),    tr("Registered"), tr("Quality")};
        const QList<qreal> widths = {0.26, 0.08, 0.09, 0.12, 0.10, 0.08, 0.08, 0.09, 0.10};
        QList<QStringList> rows;
        OfficeInventory sum;
        for (const OfficeInventory &o : m_stats.offices) {
            // Full-width spaces indent a sub-office under its office, as in the office tree.
            rows.append({QString(o.depth * 2, QChar(0x3000)) + o.name, locale.toString(o.resources),
                         locale.toString(o.items), locale.toString(o.records),
                         InventoryStats::formatBytes(o.bytes), locale.toString(o.shared),
                         locale.toString(o.opened), locale.toString(o.registered),
                         optionalQuality(o.averageQuality)});
            sum.resources += o.resources;
            sum.items += o.items;
            sum.records += o.records;
            sum.bytes += o.bytes;
            sum.shared += o.shared;
            sum.opened += o.opened;
            sum.registered += o.registered;
        }
        rows.append({tr("Total"), locale.toString(sum.resources), locale.toString(sum.items),
                     locale.toString(sum.records), InventoryStats::formatBytes(sum.bytes),
                     locale.toString(sum.shared), locale.toString(sum.opened),
                     locale.toString(sum.registered), optionalQuality(k.averageQuality)});
        const QFont headFont = reportFont(11, true);
        const qreal headHeight = QFontMetricsF(headFont, &pdf).height() * 1.6;
        const qreal rowHeight = QFontMetricsF(smallFont, &pdf).height() * 1.6;
        const int perPage = qMax(1, int((bodyHeight - headHeight - rowHeight) / rowHeight) - 1);
        for (int start = 0; start < rows.size(); start += perPage) {
            const QList<QStringList> chunk = rows.mid(start, perPage);
            const bool last = start + perPage >= rows.size();
            const bool first = start == 0;
            // The first part may follow the last chart on its page; the rest fill whole pages.
            const qreal height = headHeight + (chunk.size() + 1) * rowHeight + rowHeight;
            blocks.append(
                {height, !first, [=](QPainter &p, const QRectF &r) {
                     p.setFont(headFont);
                     p.setPen(Qt::black);
                     p.drawText(QRectF(r.left(), r.top(), r.width(), headHeight),
                                Qt::AlignLeft | Qt::AlignVCenter,
                                first ? tr("Inventory by office")
                                      : tr("Inventory by office (continued)"));
                     p.setFont(smallFont);
                     qreal y = r.top() + headHeight;
                     const auto drawRow = [&](const QStringList &cells, bool header, bool total) {
                         qreal x = r.left();
                         for (int c = 0; c < cells.size(); ++c) {
                             const QRectF cell(x, y, r.width() * widths.at(c), rowHeight);
                             if (header || total)
                                 p.fillRect(cell, QColor(0xe8, 0xee, 0xf5));
                             p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
                             p.drawRect(cell);
                             p.setPen(Qt::black);
                             const QRectF text = cell.adjusted(rowHeight / 5, 0, -rowHeight / 5, 0);
                             const Qt::Alignment align
                                 = (c == 0 || header ? Qt::AlignLeft : Qt::AlignRight)
                                   | Qt::AlignVCenter;
                             p.drawText(text, align,
                                        QFontMetricsF(p.font(), p.device())
                                            .elidedText(cells.at(c), Qt::ElideRight, text.width()));
                             x += cell.width();
                         }
                         y += rowHeight;
                     };
                     drawRow(headers, true, false);
                     for (int i = 0; i < chunk.size(); ++i)
                         drawRow(chunk.at(i), false, last && i == chunk.size() - 1);
                 }});
        }
    }

    // Lay the blocks out on pages first, so that the footer can say "page x of y".
    QList<QList<QPair<qreal, int>>> pages(1);
    qreal y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if ((b.newPage && !pages.last().isEmpty()) || (y + b.height > bodyHeight && y > 0)) {
            pages.append(QList<QPair<qreal, int>>());
            y = 0;
        }
        pages.last().append({y, i});
        y += b.height;
    }
    m_pageCount = int(pages.size());

    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0)
            pdf.newPage();
        for (const auto &placed : std::as_const(pages.at(page))) {
            const Block &b = blocks.at(placed.second);
            painter.save();
            b.draw(painter, QRectF(0, placed.first, pageWidth, b.height));
            painter.restore();
        }
        painter.setFont(smallFont);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF footer(0, pageHeight - footerHeight * 0.8, pageWidth, footerHeight * 0.8);
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1 · %2").arg(m_stats.catalogName, title()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages.size()));
    }

    if (!painter.end()) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write the report to %1: the PDF could not be finished.").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sy
