#include "XlsxBook.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace sy {

XlsxBook::XlsxBook() = default;

XlsxBook::~XlsxBook()
{
    cancel();
}

char *XlsxBook::keep(const QString &text)
{
    m_kept << text.toUtf8();
    return m_kept.last().data();
}

bool XlsxBook::open(const QString &path)
{
    cancel();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    m_tempPath = info.dir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    if (!QFileInfo(info.absolutePath()).isDir()) {
        m_error = tr("The folder %1 does not exist.").arg(info.absolutePath());
        return false;
    }
    m_workbook = workbook_new(keep(m_tempPath));
    if (!m_workbook) {
        m_error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    return true;
}

lxw_worksheet *XlsxBook::addSheet(const QString &name)
{
    // Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
    QString n = name;
    static const QString bad = QStringLiteral("[]:*?/\\");
    for (QChar &c : n) {
        if (bad.contains(c))
            c = QLatin1Char('_');
    }
    return workbook_add_worksheet(m_workbook, keep(n.left(31)));
}

lxw_format *XlsxBook::headerFormat()
{
    if (!m_header) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDEBF7);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    }
    return m_header;
}

lxw_format *XlsxBook::requiredHeaderFormat()
{
    if (!m_requiredHeader) {
        m_requiredHeader = workbook_add_format(m_workbook);
        format_set_bold(m_requiredHeader);
        format_set_bg_color(m_requiredHeader, 0xFCE4D6);
        format_set_font_color(m_requiredHeader, 0xC00000);
        format_set_border(m_requiredHeader, LXW_BORDER_THIN);
        format_set_text_wrap(m_requiredHeader);
        format_set_align(m_requiredHeader, LXW_ALIGN_VERTICAL_CENTER);
    }
    return m_requiredHeader;
}

lxw_format *XlsxBook::wrapFormat()
{
    if (!m_wrap) {
        m_wrap = workbook_add_format(m_workbook);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }
    return m_wrap;
}

lxw_format *XlsxBook::dateFormat()
{
    if (!m_date) {
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }
    return m_date;
}

void XlsxBook::write(
    lxw_worksheet *sheet, int row, int column, const QVariant &v, lxw_format *format)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        worksheet_write_number(sheet, r, c, v.toDouble(), format);
        return;
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, r, c, &dt, format ? format : dateFormat());
        return;
    }
    default: {
        const QString text = v.toString();
        if (text.isEmpty()) {
            if (format)
                worksheet_write_blank(sheet, r, c, format);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        worksheet_write_string(sheet, r, c, utf8.constData(), format);
    }
    }
}

void XlsxBook::writeRow(lxw_worksheet *sheet,
                        int row,
                        const QVariantList &values,
                        lxw_format *format)
{
    for (int c = 0; c < values.size(); ++c)
        write(sheet, row, c, values.at(c), format);
}

lxw_worksheet *
XlsxBook::addTable(const QString &name, const QStringList &headers, const QList<QVariantList> &rows)
{
    lxw_worksheet *sheet = addSheet(name);
    QList<int> widths;
    for (int c = 0; c < headers.size(); ++c) {
        write(sheet, 0, c, headers.at(c), headerFormat());
        widths << int(headers.at(c).size()) * 2 + 2;
    }
    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        writeRow(sheet, r + 1, row);
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], qMin(60, int(row.at(c).toString().size()) * 2 + 2));
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qMin(widths.at(c), 60), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!headers.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(headers.size() - 1));
    return sheet;
}

bool XlsxBook::close()
{
    if (!m_workbook) {
        m_error = tr("The workbook is not open.");
        return false;
    }
    const lxw_error err = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_header = m_requiredHeader = m_wrap = m_date = nullptr;
    m_kept.clear();
    if (err != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        m_error = tr("Cannot write the workbook %1: %2")
                      .arg(m_path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    // rename(2) replaces the target atomically on POSIX.
    if (std::rename(QFile::encodeName(m_tempPath).constData(),
                    QFile::encodeName(m_path).constData())
        != 0) {
        QFile::remove(m_tempPath);
        m_error = tr("Cannot save %1.").arg(m_path);
        return false;
    }
    return true;
}

void XlsxBook::cancel()
{
    if (m_workbook) {
        // libxlsxwriter has no "discard": write the temp file and remove it.
        workbook_close(m_workbook);
        m_workbook = nullptr;
        QFile::remove(m_tempPath);
    }
    m_header = m_requiredHeader = m_wrap = m_date = nullptr;
    m_kept.clear();
}

} // namespace sy
