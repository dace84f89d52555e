#pragma once

#include "SafeZipReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sy {

// One worksheet as a dense grid: rows[r][c] is the cell at 0-based row r, column c (missing
// cells are invalid QVariants). Values are QString, double, bool or QDate/QDateTime (a number
// whose cell style is a date format).
struct XlsxSheet
{
    QString name;
    bool hidden = false;
    QList<QVariantList> rows;

    int rowCount() const { return int(rows.size()); }
    QVariant cell(int row, int column) const;
    // The cell as the clerk sees it: integers without ".0", dates as yyyy-MM-dd, booleans 是/否
    // codes as "true"/"false".
    QString text(int row, int column) const;
    static QString toText(const QVariant &value);
};

// A small OOXML (SpreadsheetML) reader on SafeZipReader + QXmlStreamReader: shared and inline
// strings (rich text runs joined, phonetic runs dropped), numbers, booleans, errors, dates by
// cell style (1900 and 1904 systems), formula results, sparse rows and cells, several sheets.
// No Debian C++ library reads XLSX, hence this one.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(sy::XlsxReader)

public:
    bool readFile(const QString &path);
    bool readData(const QByteArray &data, const QString &displayName = QString());

    QList<XlsxSheet> sheets() const { return m_sheets; }
    const XlsxSheet *sheet(const QString &name) const;
    QString errorString() const { return m_error; }

    // "B12" → row 11, column 1. False for malformed references.
    static bool parseCellRef(QStringView ref, int *row, int *column);
    static QString columnName(int column); // 0 → "A", 26 → "AA"

private:
    bool parse(const SafeZipReader &zip, const QString &displayName);
    bool readSharedStrings(const QByteArray &xml);
    bool readStyles(const QByteArray &xml);
    bool readSheet(const QByteArray &xml, XlsxSheet *sheet, const QString &displayName);
    // The same over XmlScanner (fast) or QXmlStreamReader (what the scanner does not read).
    enum class ReadResult { Ok, DataError, XmlError };
    template<typename Xml> bool readSharedStringsWith(Xml &xml);
    template<typename Xml>
    ReadResult readSheetWith(Xml &xml, XlsxSheet *sheet, const QString &displayName);

    QStringList m_shared;
    QList<bool> m_dateStyles; // by cellXfs index
    bool m_date1904 = false;
    QList<XlsxSheet> m_sheets;
    QString m_error;
};

} // namespace sy
