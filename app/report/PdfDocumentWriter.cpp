#include "PdfDocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sy {

PdfDocumentWriter::PdfDocumentWriter() = default;

QString PdfDocumentWriter::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &f :
             {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
              QStringLiteral("Noto Sans SC")}) {
            if (families.contains(f))
                return f;
        }
        return QStringLiteral("WenQuanYi Micro Hei");
    }();
    return family;
}

QString PdfDocumentWriter::escape(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

bool PdfDocumentWriter::writePdf(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Shuyuan 数源"));
        writer.setTitle(m_title);
        if (!paint(html, &writer, error)) {
            file.cancelWriting();
            return false;
        }
    } // the writer flushes the PDF trailer when destroyed
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PdfDocumentWriter::paint(const QString &html, QPagedPaintDevice *device, QString *error)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_orientation,
                                      QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Cannot start painting the document (the printer or file is not ready).");
        return false;
    }
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const int dpi = device->logicalDpiY();
    const int band = dpi * 9 / 25; // ~9 mm for header and footer each

    QFont font(fontFamily());
    font.setPointSizeF(m_pointSize);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    const QSizeF body(page.width(), page.height() - 2 * band);
    doc.setPageSize(body);
    m_pages = doc.pageCount();

    QFont small(fontFamily());
    small.setPointSizeF(8);
    for (int i = 0; i < m_pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(80, 80, 80));
        const QRect headerRect(0, 0, page.width(), band - dpi / 25);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, m_header);
        painter.drawLine(0, band - dpi / 50, page.width(), band - dpi / 50);
        const QRect footerRect(0, page.height() - band + dpi / 25, page.width(), band - dpi / 25);
        painter.drawLine(0, page.height() - band + dpi / 50, page.width(),
                         page.height() - band + dpi / 50);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignTop, m_footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(i + 1).arg(m_pages));
        painter.restore();

        painter.save();
        painter.translate(0, band - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Painting the document failed.");
        return false;
    }
    return true;
}

} // namespace sy
