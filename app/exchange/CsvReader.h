#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sy {

// Reads CSV as clerks produce it: UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030 as
// saved by Chinese Excel and WPS; comma, tab or semicolon separated; RFC 4180 quoting with
// embedded newlines and doubled quotes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(sy::CsvReader)

public:
    bool readFile(const QString &path);
    bool readData(const QByteArray &data, const QString &displayName = QString());

    // Records as parsed; each record's 1-based starting line (embedded newlines make them differ).
    QList<QStringList> rows() const { return m_rows; }
    QList<int> lines() const { return m_lines; }
    QString encoding() const { return m_encoding; } // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    QChar delimiter() const { return m_delimiter; }
    QString errorString() const { return m_error; }

    // Heuristics, public for the tests.
    static QString detectEncoding(const QByteArray &data, int *bomLength = nullptr);
    static QChar detectDelimiter(const QString &text);
    // Parses text with a known delimiter; false with *error (naming the line) for an unclosed
    // quote.
    static bool parse(const QString &text,
                      QChar delimiter,
                      QList<QStringList> *rows,
                      QList<int> *lines,
                      QString *error);

private:
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QString m_encoding;
    QChar m_delimiter;
    QString m_error;
};

} // namespace sy
