#pragma once

#include "stats/InventoryStats.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;

namespace sy {

// The inventory report (资源底账报告) as an A4 PDF: title block, KPI table, every chart of the
// dashboard (drawn as vectors by ChartPainter, so chart labels stay selectable text) and the
// per-office table, with page numbers. Text is set in WenQuanYi Micro Hei, whose glyphs copy
// out of the PDF as the right characters (Noto CJK copies out as Kangxi radicals).
//
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
class InventoryReport
{
    Q_DECLARE_TR_FUNCTIONS(sy::InventoryReport)

public:
    static constexpr const char *fontFamily = "WenQuanYi Micro Hei";

    explicit InventoryReport(const InventoryStats &stats);

    // Writes the PDF atomically (QSaveFile): on failure nothing is left at `path`.
    bool writePdf(const QString &path, QString *error = nullptr);
    // Pages of the last written PDF.
    int pageCount() const { return m_pageCount; }

    static QString title();

private:
    const InventoryStats &m_stats;
    int m_pageCount = 0;
};

} // namespace sy
