#include "ItemInference.h"

#include "CsvReader.h"
#include "FieldCodec.h"
#include "XlsxReader.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace sy {

InfoItem InferredColumn::toItem() const
{
    InfoItem item;
    item.name = name;
    item.dataType = dataType;
    item.length = length;
    static const QRegularExpression ascii(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (ascii.match(name).hasMatch())
        item.attrs.insert(QStringLiteral("tech_name"), name);
    return item;
}

bool ItemInference::inferFile(const QString &path, int maxRows)
{
    m_error.clear();
    QList<QStringList> rows;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxReader reader;
        if (!reader.readFile(path)) {
            m_error = reader.errorString();
            return false;
        }
        const QList<XlsxSheet> sheets = reader.sheets();
        const XlsxSheet *first = nullptr;
        for (const XlsxSheet &s : sheets) {
            if (!s.hidden) {
                first = &s;
                break;
            }
        }
        if (!first) {
            m_error = tr("%1 has no visible sheet.").arg(QFileInfo(path).fileName());
            return false;
        }
        for (int r = 0; r < first->rows.size() && r <= maxRows; ++r) {
            QStringList row;
            for (const QVariant &v : first->rows.at(r))
                row << XlsxSheet::toText(v);
            rows << row;
        }
    } else {
        CsvReader reader;
        if (!reader.readFile(path)) {
            m_error = reader.errorString();
            return false;
        }
        rows = reader.rows().mid(0, maxRows + 1);
    }
    if (rows.isEmpty()) {
        m_error = tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return false;
    }
    infer(rows);
    return true;
}

void ItemInference::infer(const QList<QStringList> &rows)
{
    m_columns.clear();
    if (rows.isEmpty())
        return;
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d{1,18}$"));
    static const QRegularExpression decimal(
        QStringLiteral("^[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    const QStringList header = rows.first();
    for (int c = 0; c < header.size(); ++c) {
        InferredColumn col;
        col.name = header.at(c).trimmed();
        if (col.name.isEmpty())
            col.name = tr("Column %1").arg(XlsxReader::columnName(c));
        bool allInt = true, allDecimal = true, allDate = true, allDateTime = true, allBool = true;
        int filled = 0;
        for (int r = 1; r < rows.size(); ++r) {
            const QString v = rows.at(r).value(c).trimmed();
            ++col.samples;
            if (v.isEmpty())
                continue;
            ++filled;
            if (col.examples.size() < 3 && !col.examples.contains(v))
                col.examples << v;
            const bool isInt = integer.match(v).hasMatch();
            allInt = allInt && isInt;
            allDecimal = allDecimal && (isInt || decimal.match(v).hasMatch());
            QDate d;
            allDate = allDate && !isInt && FieldCodec::parseDate(v, &d)
                      && !v.contains(QLatin1Char(':'));
            allDateTime = allDateTime && dateTime.match(v).hasMatch();
            bool b = false;
            allBool = allBool && !isInt && FieldCodec::parseBool(v, &b);
            int len = int(v.size());
            if (allDecimal && v.contains(QLatin1Char('.')))
                len = int(v.indexOf(QLatin1Char('.')));
            col.length = qMax(col.length, len);
        }
        col.nullShare = col.samples ? double(col.samples - filled) / col.samples : 1.0;
        if (filled == 0)
            col.dataType = QStringLiteral("C");
        else if (allBool)
            col.dataType = QStringLiteral("L");
        else if (allInt)
            col.dataType = QStringLiteral("I");
        else if (allDecimal)
            col.dataType = QStringLiteral("F");
        else if (allDate)
            col.dataType = QStringLiteral("D");
        else if (allDateTime)
            col.dataType = QStringLiteral("T");
        else
            col.dataType = QStringLiteral("C");
        if (col.dataType == QLatin1String("D") || col.dataType == QLatin1String("T")
            || col.dataType == QLatin1String("L"))
            col.length = 0;
        m_columns << col;
    }
}

QList<InfoItem> ItemInference::items() const
{
    QList<InfoItem> list;
    for (const InferredColumn &c : m_columns) {
        InfoItem item = c.toItem();
        item.position = int(list.size());
        list << item;
    }
    return list;
}

} // namespace sy
