#include "JsonCursor.h"

#include <cmath>
#include <cstring>

namespace sy {

namespace {

// Deeper nesting than this is refused, so hostile input cannot exhaust the stack of skipValue().
constexpr int maxDepth = 512;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, uint code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

JsonCursor::JsonCursor(QByteArrayView json)
    : m_begin(json.data())
    , m_pos(json.data())
    , m_end(json.data() + json.size())
{
}

bool JsonCursor::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = tr("%1 at byte %2").arg(message).arg(qint64(m_pos - m_begin));
    m_pos = m_end;
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

char JsonCursor::peek()
{
    skipSpace();
    return m_pos < m_end ? *m_pos : 0;
}

bool JsonCursor::expect(char c)
{
    if (failed())
        return false;
    skipSpace();
    if (m_pos >= m_end || *m_pos != c)
        return fail(tr("expected “%1”").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

bool JsonCursor::enter(char bracket)
{
    if (!expect(bracket))
        return false;
    if (++m_depth > maxDepth)
        return fail(tr("nested too deeply"));
    m_first = true;
    return true;
}

bool JsonCursor::enterObject()
{
    return enter('{');
}

bool JsonCursor::enterArray()
{
    return enter('[');
}

bool JsonCursor::separator(char close)
{
    if (failed())
        return false;
    skipSpace();
    if (m_pos < m_end && *m_pos == close) {
        ++m_pos;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

bool JsonCursor::nextKey(QByteArrayView *key)
{
    if (!separator('}'))
        return false;
    skipSpace();
    bool escaped = false;
    QByteArrayView raw;
    if (m_pos >= m_end || *m_pos != '"')
        return fail(tr("expected a key"));
    if (!scanString(&raw, &escaped) || !expect(':'))
        return false;
    // Keys of catalog.json never need escapes; an escaped key simply matches no known name.
    *key = escaped ? QByteArrayView() : raw;
    return true;
}

bool JsonCursor::nextElement()
{
    return separator(']');
}

bool JsonCursor::scanString(QByteArrayView *raw, bool *escaped)
{
    ++m_pos; // the opening quote
    const char *start = m_pos;
    *escaped = false;
    while (m_pos < m_end) {
        const char c = *m_pos;
        if (c == '"') {
            *raw = QByteArrayView(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (++m_pos >= m_end)
                break;
            if (*m_pos == 0 || !std::strchr("\"\\/bfnrtu", *m_pos))
                return fail(tr("invalid escape in a string"));
            if (*m_pos == 'u') {
                for (int k = 1; k <= 4; ++k) {
                    if (m_pos + k >= m_end || hexValue(m_pos[k]) < 0)
                        return fail(tr("invalid \\u escape"));
                }
            }
        } else if (uchar(c) < 0x20) {
            return fail(tr("control character in a string"));
        }
        ++m_pos;
    }
    return fail(tr("unterminated string"));
}

bool JsonCursor::decode(QByteArrayView raw, QByteArray *out)
{
    out->clear();
    out->reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out->append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out->append('\b'); break;
        case 'f': out->append('\f'); break;
        case 'n': out->append('\n'); break;
        case 'r': out->append('\r'); break;
        case 't': out->append('\t'); break;
        case 'u': {
            auto hex4 = [&](qsizetype at, uint *code) {
                if (at + 4 > raw.size())
                    return false;
                *code = 0;
                for (qsizetype k = at; k < at + 4; ++k) {
                    const int v = hexValue(raw[k]);
                    if (v < 0)
                        return false;
                    *code = *code * 16 + uint(v);
                }
                return true;
            };
            uint code = 0;
            if (!hex4(i + 1, &code))
                return fail(tr("invalid \\u escape"));
            i += 4;
            uint low = 0;
            if (code >= 0xD800 && code < 0xDC00 && i + 2 < raw.size() && raw[i + 1] == '\\'
                && raw[i + 2] == 'u' && hex4(i + 3, &low) && low >= 0xDC00 && low < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            } else if (code >= 0xD800 && code < 0xE000) {
                code = 0xFFFD; // a lone surrogate, as QJsonDocument reads it
            }
            appendUtf8(out, code);
            break;
        }
        default: out->append(e); break; // \" \\ \/
        }
    }
    return true;
}

bool JsonCursor::scanNumber(QByteArrayView *text)
{
    const char *start = m_pos;
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    auto digits = [this] {
        const char *from = m_pos;
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
            ++m_pos;
        return m_pos > from;
    };
    if (!digits())
        return fail(tr("invalid number"));
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        if (!digits())
            return fail(tr("invalid number"));
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
            ++m_pos;
        if (!digits())
            return fail(tr("invalid number"));
    }
    *text = QByteArrayView(start, m_pos - start);
    return true;
}

bool JsonCursor::scanLiteral(const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (m_end - m_pos < n || std::memcmp(m_pos, word, size_t(n)) != 0)
        return fail(tr("unexpected character"));
    m_pos += n;
    return true;
}

bool JsonCursor::skipValue(QByteArrayView *span)
{
    if (failed())
        return false;
    const char c = peek();
    const char *start = m_pos;
    bool ok = true;
    if (c == '{') {
        QByteArrayView key;
        ok = enterObject();
        while (ok && nextKey(&key))
            ok = skipValue();
    } else if (c == '[') {
        ok = enterArray();
        while (ok && nextElement())
            ok = skipValue();
    } else if (c == '"') {
        QByteArrayView raw;
        bool escaped = false;
        ok = scanString(&raw, &escaped);
    } else if (c == 't') {
        ok = scanLiteral("true");
    } else if (c == 'f') {
        ok = scanLiteral("false");
    } else if (c == 'n') {
        ok = scanLiteral("null");
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        QByteArrayView number;
        ok = scanNumber(&number);
    } else {
        return fail(m_pos < m_end ? tr("unexpected character") : tr("unexpected end"));
    }
    if (!ok || failed())
        return false;
    if (span)
        *span = QByteArrayView(start, m_pos - start);
    return true;
}

bool JsonCursor::readString(QByteArrayView *out, QByteArray *scratch)
{
    *out = QByteArrayView();
    if (peek() != '"')
        return skipValue();
    bool escaped = false;
    QByteArrayView raw;
    if (!scanString(&raw, &escaped))
        return false;
    if (!escaped) {
        *out = raw;
        return true;
    }
    if (!decode(raw, scratch))
        return false;
    *out = *scratch;
    return true;
}

bool JsonCursor::readInteger(qint64 *out)
{
    *out = 0;
    const char c = peek();
    if (c != '-' && (c < '0' || c > '9'))
        return skipValue();
    QByteArrayView text;
    if (!scanNumber(&text))
        return false;
    bool ok = false;
    const qint64 whole = text.toLongLong(&ok);
    if (ok) {
        *out = whole;
        return true;
    }
    // 1.0 or 1e3: integral values count, as QJsonValue::toInteger() has it.
    const double d = text.toDouble(&ok);
    if (ok && std::trunc(d) == d && std::fabs(d) < 9.0e15)
        *out = qint64(d);
    return true;
}

bool JsonCursor::readBool(bool *out)
{
    *out = false;
    const char c = peek();
    if (c == 't') {
        *out = true;
        return scanLiteral("true");
    }
    return c == 'f' ? scanLiteral("false") : skipValue();
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return !failed() && m_pos == m_end;
}

} // namespace sy
