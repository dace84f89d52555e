#include "XlsxReader.h"

#include "XmlScanner.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace sy {

namespace {

// The built-in number formats that are dates or times (ECMA-376 §18.8.30).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString &code)
{
    // Strip quoted literals, escaped characters and [colour]/[$-locale] sections first, so
    // that "0.00 \"days\"" or "[Red]0" are not mistaken for dates.
    QString plain;
    bool quoted = false;
    bool bracket = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (bracket) {
            if (c == QLatin1Char(']'))
                bracket = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i;
        else
            plain += c.toLower();
    }
    for (const QChar c : plain) {
        if (c == QLatin1Char('y') || c == QLatin1Char('d') || c == QLatin1Char('m')
            || c == QLatin1Char('h') || c == QLatin1Char('s'))
            return true;
    }
    return false;
}

QString resolveTarget(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList add = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : add) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

// Text of a <si> or <is> element (`element`): plain <t>, or the <t> of every <r> run; <rPh>
// (phonetic guides that Japanese/Chinese Excel adds) is skipped.
template<typename Xml> QString readRichText(Xml &xml, QLatin1String element)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

} // namespace

QVariant XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size())
        return {};
    const QVariantList &r = rows.at(row);
    if (column < 0 || column >= r.size())
        return {};
    return r.at(column);
}

QString XlsxSheet::toText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        if (dt.time() == QTime(0, 0))
            return dt.date().toString(Qt::ISODate);
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    default:
        return v.toString();
    }
}

QString XlsxSheet::text(int row, int column) const
{
    return toText(cell(row, column)).trimmed();
}

bool XlsxReader::parseCellRef(QStringView ref, int *row, int *column)
{
    int i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        const int v = ref.at(i).toUpper().unicode() - 'A' + 1;
        if (v < 1 || v > 26)
            return false;
        col = col * 26 + v;
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *row = r - 1;
    *column = col - 1;
    return true;
}

QString XlsxReader::columnName(int column)
{
    QString name;
    int c = column + 1;
    while (c > 0) {
        const int rem = (c - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        c = (c - 1) / 26;
    }
    return name;
}

const XlsxSheet *XlsxReader::sheet(const QString &name) const
{
    for (const XlsxSheet &s : m_sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool XlsxReader::readFile(const QString &path)
{
    m_sheets.clear();
    SafeZipReader zip;
    if (!zip.readFile(path)) {
        m_error = tr("%1 is not a readable XLSX workbook: %2")
                      .arg(QFileInfo(path).fileName(), zip.errorString());
        return false;
    }
    return parse(zip, QFileInfo(path).fileName());
}

bool XlsxReader::readData(const QByteArray &data, const QString &displayName)
{
    m_sheets.clear();
    SafeZipReader zip;
    if (!zip.readData(data, displayName)) {
        m_error = tr("%1 is not a readable XLSX workbook: %2").arg(displayName, zip.errorString());
        return false;
    }
    return parse(zip, displayName);
}

template<typename Xml> bool XlsxReader::readSharedStringsWith(Xml &xml)
{
    m_shared.clear();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            m_shared << readRichText(xml, QLatin1String("si"));
    }
    return !xml.hasError();
}

bool XlsxReader::readSharedStrings(const QByteArray &data)
{
    XmlScanner scanner(data);
    if (readSharedStringsWith(scanner))
        return true;
    QXmlStreamReader xml(data); // its verdict stands
    return readSharedStringsWith(xml);
}

bool XlsxReader::readStyles(const QByteArray &data)
{
    QHash<int, bool> customDate;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                customDate.insert(
                    id, isDateFormatCode(
                            xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles << customDate.value(id, isBuiltinDateFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return !xml.hasError();
}

bool XlsxReader::readSheet(const QByteArray &data, XlsxSheet *sheet, const QString &displayName)
{
    XmlScanner scanner(data);
    XlsxSheet read;
    read.name = sheet->name;
    read.hidden = sheet->hidden;
    ReadResult result = readSheetWith(scanner, &read, displayName);
    if (result == ReadResult::XmlError) {
        // Something XmlScanner does not read: QXmlStreamReader reads it, or says what is wrong.
        QXmlStreamReader xml(data);
        read.rows.clear();
        result = readSheetWith(xml, &read, displayName);
        if (result == ReadResult::XmlError) {
            m_error = tr("%1, sheet \"%2\": the XML is damaged at line %3: %4")
                          .arg(displayName, sheet->name)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
        }
    }
    if (result != ReadResult::Ok)
        return false;
    // Trailing rows that hold nothing (formatting only) are dropped.
    while (!read.rows.isEmpty()) {
        bool empty = true;
        for (const QVariant &v : read.rows.constLast()) {
            if (v.isValid() && !XlsxSheet::toText(v).trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty)
            break;
        read.rows.removeLast();
    }
    *sheet = std::move(read);
    return true;
}

template<typename Xml>
XlsxReader::ReadResult
XlsxReader::readSheetWith(Xml &xml, XlsxSheet *sheet, const QString &displayName)
{
    int nextRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        int rowIndex = nextRow;
        const QStringView r = xml.attributes().value(QLatin1String("r"));
        if (!r.isEmpty()) {
            bool ok = false;
            const int v = r.toInt(&ok);
            if (ok && v >= 1 && v <= 1048576)
                rowIndex = v - 1;
        }
        nextRow = rowIndex + 1;
        QVariantList cells;
        int nextColumn = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                break;
            if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                continue;
            const auto &attrs = xml.attributes();
            int row = rowIndex;
            int column = nextColumn;
            const QStringView ref = attrs.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseCellRef(ref, &row, &column)) {
                m_error = tr("%1, sheet \"%2\": malformed cell reference \"%3\".")
                              .arg(displayName, sheet->name, ref.toString());
                return ReadResult::DataError;
            }
            nextColumn = column + 1;
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            QString raw;
            bool haveValue = false;
            QVariant value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                    haveValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    value = readRichText(xml, QLatin1String("is"));
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= m_shared.size()) {
                    m_error = tr("%1, sheet \"%2\", cell %3: shared string %4 does not exist.")
                                  .arg(displayName, sheet->name,
                                       columnName(column) + QString::number(row + 1), raw);
                    return ReadResult::DataError;
                }
                value = m_shared.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                // value already read from <is>
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                if (haveValue)
                    value = raw;
            } else if (type == QLatin1String("b")) {
                if (haveValue)
                    value = raw.trimmed() == QLatin1String("1");
            } else if (type == QLatin1String("d")) {
                if (haveValue) {
                    const QDateTime dt = QDateTime::fromString(raw, Qt::ISODate);
                    value = dt.isValid() ? QVariant(dt) : QVariant(raw);
                }
            } else if (haveValue && !raw.isEmpty()) {
                bool ok = false;
                const double d = raw.toDouble(&ok);
                if (!ok) {
                    value = raw;
                } else if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
                    // Serial day numbers: day 0 is 1899-12-30 in the 1900 system (Lotus's
                    // phantom 1900-02-29 is absorbed by the offset), 1904-01-01 otherwise.
                    const QDate epoch = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
                    const double days = std::floor(d);
                    const qint64 msecs = qint64(std::llround((d - days) * 86400000.0));
                    const QDate date = epoch.addDays(qint64(days));
                    if (msecs == 0)
                        value = date;
                    else
                        value = QDateTime(date, QTime(0, 0).addMSecs(int(msecs)));
                } else {
                    value = d;
                }
            }
            if (!value.isValid())
                continue;
            if (row != rowIndex)
                continue; // a cell claiming another row is ignored rather than misplaced
            while (cells.size() <= column)
                cells.append(QVariant());
            cells[column] = value;
        }
        if (rowIndex >= 1048576)
            continue;
        while (sheet->rows.size() <= rowIndex)
            sheet->rows.append(QVariantList());
        sheet->rows[rowIndex] = cells;
    }
    return xml.hasError() ? ReadResult::XmlError : ReadResult::Ok;
}

bool XlsxReader::parse(const SafeZipReader &zip, const QString &displayName)
{
    m_shared.clear();
    m_dateStyles.clear();
    m_date1904 = false;
    m_sheets.clear();
    m_error.clear();

    if (!zip.contains(QStringLiteral("xl/workbook.xml"))) {
        m_error = tr("%1 is not an XLSX workbook (xl/workbook.xml is missing).").arg(displayName);
        return false;
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(zip.data(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                targets.insert(
                    xml.attributes().value(QLatin1String("Id")).toString(),
                    resolveTarget(QStringLiteral("xl"),
                                  xml.attributes().value(QLatin1String("Target")).toString()));
            }
        }
    }
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))
        && !readSharedStrings(zip.data(QStringLiteral("xl/sharedStrings.xml")))) {
        m_error = tr("%1: the shared strings are damaged.").arg(displayName);
        return false;
    }
    if (zip.contains(QStringLiteral("xl/styles.xml"))
        && !readStyles(zip.data(QStringLiteral("xl/styles.xml")))) {
        m_error = tr("%1: the styles are damaged.").arg(displayName);
        return false;
    }
    QXmlStreamReader xml(zip.data(QStringLiteral("xl/workbook.xml")));
    QList<XlsxSheet> sheets;
    QStringList paths;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            XlsxSheet s;
            s.name = xml.attributes().value(QLatin1String("name")).toString();
            const QStringView state = xml.attributes().value(QLatin1String("state"));
            s.hidden = !state.isEmpty() && state != QLatin1String("visible");
            QString rid;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            }
            sheets << s;
            paths << targets.value(rid);
        }
    }
    if (xml.hasError()) {
        m_error = tr("%1: xl/workbook.xml is damaged: %2").arg(displayName, xml.errorString());
        return false;
    }
    for (int i = 0; i < sheets.size(); ++i) {
        if (paths.at(i).isEmpty() || !zip.contains(paths.at(i))) {
            m_error = tr("%1: the data of sheet \"%2\" is missing.")
                          .arg(displayName, sheets.at(i).name);
            return false;
        }
        if (!readSheet(zip.data(paths.at(i)), &sheets[i], displayName))
            return false;
    }
    m_sheets = sheets;
    return true;
}

} // namespace sy
