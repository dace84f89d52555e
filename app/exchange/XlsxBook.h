#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <xlsxwriter.h>

namespace sy {

// A thin RAII wrapper over a libxlsxwriter workbook. libxlsxwriter writes to a file name, not a
// device, so the book is written to a temporary name next to the target and renamed over it on
// close(): a failure or Cancel leaves no half-written workbook (the QSaveFile rule).
class XlsxBook
{
    Q_DECLARE_TR_FUNCTIONS(sy::XlsxBook)

public:
    XlsxBook();
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    bool open(const QString &path);
    lxw_workbook *workbook() const { return m_workbook; }
    lxw_worksheet *addSheet(const QString &name);

    // Common formats, created once per book.
    lxw_format *headerFormat();
    lxw_format *requiredHeaderFormat();
    lxw_format *wrapFormat();
    lxw_format *dateFormat();

    // Writes a value: numbers as numbers, QDate as a date cell, everything else as text.
    void write(lxw_worksheet *sheet,
               int row,
               int column,
               const QVariant &value,
               lxw_format *format = nullptr);
    void writeRow(lxw_worksheet *sheet,
                  int row,
                  const QVariantList &values,
                  lxw_format *format = nullptr);
    // A table sheet: bold frozen header, auto filter, column widths from the content.
    lxw_worksheet *
    addTable(const QString &name, const QStringList &headers, const QList<QVariantList> &rows);

    bool close();
    void cancel();
    QString errorString() const { return m_error; }

    // libxlsxwriter wants non-const char*; the book keeps the bytes alive until close().
    char *keep(const QString &text);

private:
    lxw_workbook *m_workbook = nullptr;
    QString m_path;
    QString m_tempPath;
    QList<QByteArray> m_kept;
    lxw_format *m_header = nullptr;
    lxw_format *m_requiredHeader = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_date = nullptr;
    QString m_error;
};

} // namespace sy
