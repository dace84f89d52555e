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
    // One reused line buffer, encoded straight onto the end of the data: package tables have two
    // million rows, and a new QString and QByteArray per line were a good part of their cost.
    m_line.resize(0);
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += QLatin1Char(',');
        m_line += quote(fields.at(i));
    }
    m_line += QLatin1String("\r\n");
    const qsizetype used = m_data.size();
    m_data.resize(used + m_encoder.requiredSpace(m_line.size()));
    char *end = m_encoder.appendToBuffer(m_data.data() + used, m_line);
    m_data.resize(end - m_data.constData());
    ++m_rows;
}

} // namespace sy
