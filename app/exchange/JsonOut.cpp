#include "JsonOut.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sy {

JsonOut::JsonOut(qsizetype reserve, Style style)
    : m_style(style)
{
    m_out.reserve(reserve);
}

QByteArray JsonOut::take()
{
    if (m_style == Indented && !m_out.endsWith('\n'))
        m_out.append('\n'); // as QJsonDocument::Indented ends
    return std::move(m_out);
}

void JsonOut::newline()
{
    m_out.append('\n');
    m_out.append(m_depth * 4, ' ');
}

void JsonOut::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
    if (m_style == Indented && m_depth > 0)
        newline();
}

void JsonOut::key(const char *latin1)
{
    separate();
    m_out.append('"').append(latin1).append(m_style == Indented ? "\": " : "\":");
    m_afterKey = true;
}

QByteArrayView JsonOut::utf8(const QString &text)
{
    m_utf8.resize(m_encoder.requiredSpace(text.size()));
    m_utf8.truncate(m_encoder.appendToBuffer(m_utf8.data(), text) - m_utf8.constData());
    return m_utf8;
}

void JsonOut::key(const QString &name)
{
    separate();
    escaped(utf8(name));
    m_out.append(m_style == Indented ? ": " : ":");
    m_afterKey = true;
}

void JsonOut::escaped(QByteArrayView utf8)
{
    m_out.append('"');
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    // Copies the runs between characters that need an escape in one append each.
    for (const char *p = run; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
}

void JsonOut::string(const QString &text)
{
    separate();
    escaped(utf8(text));
}

void JsonOut::string(QByteArrayView utf8)
{
    separate();
    escaped(utf8);
}

void JsonOut::number(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
}

void JsonOut::boolean(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
}

void JsonOut::null()
{
    separate();
    m_out.append("null");
}

void JsonOut::uuidOrNull(const QString &uuid)
{
    if (uuid.isEmpty())
        null();
    else
        string(uuid);
}

void JsonOut::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array:
        begin('[');
        for (const QJsonValue &e : v.toArray())
            value(e);
        end(']');
        break;
    case QJsonValue::Object:
        object(v.toObject());
        break;
    case QJsonValue::Double: {
        // Rare in attributes; QJsonDocument knows how it spells integers and doubles.
        separate();
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        m_out.append(one.mid(1, one.size() - 2));
        break;
    }
    }
}

void JsonOut::object(const QJsonObject &o)
{
    begin('{');
    for (auto it = o.begin(); it != o.end(); ++it) {
        key(it.key());
        value(it.value());
    }
    end('}');
}

void JsonOut::begin(char bracket)
{
    separate();
    m_out.append(bracket);
    ++m_depth;
    m_first = true;
}

void JsonOut::end(char bracket)
{
    --m_depth;
    if (m_style == Indented)
        newline(); // an empty one too: "[\n    ]", as QJsonDocument writes it
    m_out.append(bracket);
    m_first = false;
    m_afterKey = false;
}

} // namespace sy
