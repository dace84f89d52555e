#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace sy {

// Paints an HTML document onto A4 pages with a running header and a "page i of n" footer, onto
// a PDF file (QPdfWriter behind a QSaveFile) or any paged device (a QPrinter from the GUI).
// The font is WenQuanYi Micro Hei because PDFs made with Noto CJK copy out as Kangxi radicals
// (TOOLCHAIN.md §4); it falls back to Noto Sans CJK SC when missing.
class PdfDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(sy::PdfDocumentWriter)

public:
    PdfDocumentWriter();

    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    void setHeaderText(const QString &text) { m_header = text; } // left of the header line
    void setFooterText(const QString &text) { m_footer = text; } // left of the footer line
    void setTitle(const QString &title) { m_title = title; }     // PDF metadata
    void setPointSize(qreal points) { m_pointSize = points; }

    bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
    // Paints on an already configured device (page size/orientation are set here too).
    bool paint(const QString &html, QPagedPaintDevice *device, QString *error = nullptr);
    int pageCount() const { return m_pages; } // of the last write or paint

    static QString fontFamily();
    // HTML escaping with line breaks kept.
    static QString escape(const QString &text);

private:
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QString m_header;
    QString m_footer;
    QString m_title;
    qreal m_pointSize = 10.5; // 五号
    int m_pages = 0;
};

} // namespace sy
