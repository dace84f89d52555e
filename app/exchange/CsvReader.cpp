#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace sy {

QString CsvReader::detectEncoding(const QByteArray &data, int *bomLength)
{
    int bom = 0;
    QString encoding;
    if (data.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
        encoding = QStringLiteral("UTF-8");
    } else if (data.startsWith("\xFF\xFE")) {
        bom = 2;
        encoding = QStringLiteral("UTF-16LE");
    } else if (data.startsWith("\xFE\xFF")) {
        bom = 2;
        encoding = QStringLiteral("UTF-16BE");
    } else {
        // Valid UTF-8 of non-ASCII text is very unlikely to be GBK by accident, while GBK text
        // is almost never valid UTF-8; so a strict UTF-8 decode decides.
        QStringDecoder utf8(QStringDecoder::Utf8);
        // decode() is lazy: only the conversion to QString runs the decoder.
        const QString probe = utf8.decode(data);
        Q_UNUSED(probe)
        encoding = utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
    }
    if (bomLength)
        *bomLength = bom;
    return encoding;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Counts candidates on the first record only, outside quotes: the header line decides.
    int comma = 0, tab = 0, semicolon = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char(';'))
            ++semicolon;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

bool CsvReader::parse(const QString &text,
                      QChar delimiter,
                      QList<QStringList> *rows,
                      QList<int> *lines,
                      QString *error)
{
    rows->clear();
    lines->clear();
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const int n = int(text.size());
    auto endRecord = [&]() {
        record << field;
        field.clear();
        // A blank line is not a record (Excel writes none, but hand-edited files have them).
        if (!(record.size() == 1 && record.first().isEmpty() && !fieldStarted)) {
            rows->append(record);
            lines->append(recordLine);
        }
        record.clear();
        fieldStarted = false;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Excel writes CRLF inside quoted cells too; keep the logical newline only.
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error) {
            *error = tr("The quoted field that starts on line %1 is never closed.").arg(quoteLine);
        }
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return true;
}

bool CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return readData(file.readAll(), QFileInfo(path).fileName());
}

bool CsvReader::readData(const QByteArray &data, const QString &displayName)
{
    m_rows.clear();
    m_lines.clear();
    m_error.clear();
    int bom = 0;
    m_encoding = detectEncoding(data, &bom);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    if (!decoder.isValid()) {
        m_error = tr("%1: the text encoding %2 is not supported on this system.")
                      .arg(displayName, m_encoding);
        return false;
    }
    const QString text = decoder.decode(QByteArrayView(data.constData() + bom, data.size() - bom));
    if (decoder.hasError()) {
        m_error = tr("%1 is neither UTF-8 nor GBK/GB18030 text.").arg(displayName);
        return false;
    }
    m_delimiter = detectDelimiter(text);
    QString error;
    if (!parse(text, m_delimiter, &m_rows, &m_lines, &error)) {
        m_error = tr("%1: %2").arg(displayName, error);
        return false;
    }
    return true;
}

} // namespace sy
