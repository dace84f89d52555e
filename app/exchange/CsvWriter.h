#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace sy {

// Builds CSV in memory: UTF-8 with a BOM (so Excel and WPS open Chinese text correctly), CRLF
// record ends, fields quoted only when they must be.
class CsvWriter
{
public:
    explicit CsvWriter(bool bom = true);
    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }
    int rowCount() const { return m_rows; }

    static QString quote(const QString &field);

private:
    QByteArray m_data;
    QString m_line;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    int m_rows = 0;
};

} // namespace sy
