#include "CsvWriter.h"

namespace sy {

CsvWriter::CsvWriter(bool bom)
{
    if (bom)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quote(const QString &field)
{
    bool needs = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r') || c == QLatin1Char(';') || c == QLatin1Char('\t')) {
            needs = true;
            break;
        }
    }
    // Leading/trailing spaces would be trimmed by some readers; quoting keeps them.
    if (!needs && !field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needs = true;
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += quote(fields.at(i));
    }
    line += QLatin1String("\r\n");
    m_data += line.toUtf8();
    ++m_rows;
}

} // namespace sy
