#include "XmlScanner.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace sy {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// XML 1.0's Char production.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
           || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool startsWith(const char *p, const char *end, const char *s)
{
    const size_t n = std::strlen(s);
    return size_t(end - p) >= n && std::memcmp(p, s, n) == 0;
}

QByteArrayView localName(QByteArrayView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

// Appends UTF-8 bytes to `out`; false for invalid UTF-8 or a character XML does not allow.
bool appendUtf8(QByteArrayView bytes, QString *out)
{
    const qsizetype old = out->size();
    out->resize(old + bytes.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QChar *end = decoder.appendToBuffer(out->data() + old, bytes);
    out->resize(end - out->constData());
    if (decoder.hasError())
        return false;
    for (qsizetype i = old; i < out->size(); ++i) {
        const char16_t u = out->at(i).unicode();
        if (u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    return true;
}

// The XML declaration between "<?" and ">": xml version="1.0" [encoding="UTF-8"]
// [standalone="yes|no"] ?, in that order. Other encodings are for QXmlStreamReader.
bool wellFormedDeclaration(QByteArrayView pi)
{
    if (!pi.startsWith("xml") || !pi.endsWith('?'))
        return false;
    QByteArrayView rest = pi.sliced(3, pi.size() - 4);
    const char *const names[] = {"version", "encoding", "standalone"};
    int next = 0;
    bool first = true;
    for (;;) {
        const QByteArrayView trimmed = rest.trimmed();
        if (trimmed.isEmpty())
            return !first;
        if (trimmed.size() == rest.size() || (rest.size() > 0 && !isSpace(rest.at(0))))
            return false; // a pseudo-attribute must follow white space
        rest = trimmed;
        int which = next;
        while (which < 3 && !rest.startsWith(names[which]))
            ++which;
        if (which == 3 || (first && which != 0))
            return false;
        rest = rest.sliced(qsizetype(std::strlen(names[which]))).trimmed();
        if (!rest.startsWith('='))
            return false;
        rest = rest.sliced(1).trimmed();
        if (rest.isEmpty() || (rest.at(0) != '"' && rest.at(0) != '\''))
            return false;
        const qsizetype close = rest.indexOf(rest.at(0), 1);
        if (close < 0)
            return false;
        const QByteArrayView value = rest.sliced(1, close - 1);
        rest = rest.sliced(close + 1);
        if ((which == 0 && value != "1.0")
            || (which == 1 && value.compare("UTF-8", Qt::CaseInsensitive) != 0)
            || (which == 2 && value != "yes" && value != "no"))
            return false;
        next = which + 1;
        first = false;
    }
}

} // namespace

QStringView XmlScanner::Attributes::value(QLatin1String qualifiedName) const
{
    const QByteArrayView wanted(qualifiedName.data(), qualifiedName.size());
    for (qsizetype i = 0; i < m_size; ++i) {
        if (m_items[size_t(i)].name == wanted) {
            const QString &v = m_items[size_t(i)].value;
            // Present but empty is not null (QXmlStreamAttributes says the same).
            return v.isEmpty() ? QStringView(u"", 0) : QStringView(v);
        }
    }
    return {};
}

XmlScanner::XmlScanner(QByteArrayView utf8)
    : m_p(utf8.data())
    , m_end(utf8.data() + utf8.size())
{
    if (startsWith(m_p, m_end, "\xEF\xBB\xBF"))
        m_p += 3;
    m_start = m_p;
}

XmlScanner::TokenType XmlScanner::fail(const char *what)
{
    m_error = QString::fromLatin1(what);
    m_token = Invalid;
    return m_token;
}

XmlScanner::TokenType XmlScanner::readNext()
{
    if (m_token == Invalid || m_token == EndDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        closeElement();
        m_token = EndElement; // m_name is still the element's
        return m_token;
    }
    for (;;) {
        if (m_p == m_end) {
            if (!m_open.empty())
                return fail("premature end of document");
            if (!m_rootSeen)
                return fail("no root element");
            m_token = EndDocument;
            return m_token;
        }
        if (*m_p != '<') {
            if (!m_open.empty())
                return characters();
            // Between the prolog's parts and after the root: white space only.
            skipSpace();
            if (m_p < m_end && *m_p != '<')
                return fail("text outside the root element");
            continue;
        }
        if (startsWith(m_p, m_end, "<?")) {
            // The target: a name without a colon, then white space or the end "?>".
            const char *target = m_p + 2;
            const char *targetEnd = target;
            while (targetEnd < m_end && isNameChar(*targetEnd) && *targetEnd != ':')
                ++targetEnd;
            if (targetEnd == target || !isNameStart(*target)
                || !((targetEnd < m_end && isSpace(*targetEnd))
                     || startsWith(targetEnd, m_end, "?>")))
                return fail("a malformed processing instruction");
            const char *close = std::search(target, m_end, "?>", "?>" + 2);
            // From the target to the '?' of "?>".
            const QByteArrayView pi(target, close == m_end ? 0 : close + 1 - target);
            if (pi.size() >= 3 && pi.first(3).compare("xml", Qt::CaseInsensitive) == 0) {
                // Only the declaration may use the name, first in the document.
                if (m_p != m_start || !wellFormedDeclaration(pi))
                    return fail("a misplaced or malformed XML declaration");
            }
            const char *begin = m_p;
            if (!skipPast("?>"))
                return fail("unterminated processing instruction");
            // Skipped, but its characters must still be XML's (as QXmlStreamReader checks).
            QString scratch;
            if (!decode(QByteArrayView(begin, m_p - begin), CData, &scratch))
                return fail("malformed processing instruction");
            continue;
        }
        if (startsWith(m_p, m_end, "<!--")) {
            m_p += 4;
            // The first "--" must be the end, "-->".
            const char *close = std::search(m_p, m_end, "--", "--" + 2);
            if (close == m_end)
                return fail("unterminated comment");
            if (close + 2 == m_end || close[2] != '>')
                return fail("\"--\" inside a comment");
            QString scratch;
            if (!decode(QByteArrayView(m_p, close - m_p), CData, &scratch))
                return fail("malformed comment");
            m_p = close + 3;
            continue;
        }
        if (startsWith(m_p, m_end, "<![CDATA[")) {
            if (m_open.empty())
                return fail("CDATA outside the root element");
            const char *begin = m_p + 9;
            const char *close = std::search(begin, m_end, "]]>", "]]>" + 3);
            if (close == m_end)
                return fail("unterminated CDATA section");
            m_text.clear();
            // No references in CDATA, but line ends are normalised and the characters checked.
            const QByteArrayView raw(begin, close - begin);
            m_p = close + 3;
            if (!decode(raw, CData, &m_text))
                return fail("malformed CDATA section");
            m_token = Characters;
            return m_token;
        }
        if (startsWith(m_p, m_end, "<!"))
            return fail("a document type or markup declaration");
        if (startsWith(m_p, m_end, "</"))
            return endTag();
        return startTag();
    }
}

void XmlScanner::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

void XmlScanner::closeElement()
{
    // The prefixes the element declared go out of scope with it.
    m_prefixes.resize(size_t(m_open.back().prefixes));
    m_open.pop_back();
}

bool XmlScanner::skipPast(const char *terminator)
{
    const size_t n = std::strlen(terminator);
    const char *at = std::search(m_p, m_end, terminator, terminator + n);
    if (at == m_end)
        return false;
    m_p = at + n;
    return true;
}

bool XmlScanner::name(QByteArrayView *out)
{
    const char *begin = m_p;
    if (m_p == m_end || !isNameStart(*m_p))
        return false;
    while (m_p < m_end && isNameChar(*m_p))
        ++m_p;
    *out = QByteArrayView(begin, m_p - begin);
    // At most one colon, not at either end (a namespace-aware reader refuses the rest).
    const qsizetype colon = out->indexOf(':');
    if (colon == 0 || colon == out->size() - 1)
        return false;
    if (colon > 0 && out->sliced(colon + 1).contains(':'))
        return false;
    return true;
}

bool XmlScanner::prefixDeclared(QByteArrayView qualifiedName) const
{
    const qsizetype colon = qualifiedName.indexOf(':');
    if (colon < 0)
        return true;
    const QByteArrayView prefix = qualifiedName.first(colon);
    if (prefix == "xml")
        return true;
    return std::find(m_prefixes.cbegin(), m_prefixes.cend(), prefix) != m_prefixes.cend();
}

XmlScanner::TokenType XmlScanner::startTag()
{
    ++m_p; // '<'
    if (m_rootSeen && m_open.empty())
        return fail("a second root element");
    QByteArrayView qualified;
    if (!name(&qualified))
        return fail("malformed element name");
    const size_t prefixesBefore = m_prefixes.size();
    qsizetype count = 0;
    bool empty = false;
    for (;;) {
        const char *before = m_p;
        skipSpace();
        if (m_p == m_end)
            return fail("unterminated start tag");
        if (*m_p == '>') {
            ++m_p;
            break;
        }
        if (*m_p == '/') {
            if (m_p + 1 == m_end || m_p[1] != '>')
                return fail("malformed start tag");
            m_p += 2;
            empty = true;
            break;
        }
        if (m_p == before)
            return fail("attributes must be separated by white space");
        QByteArrayView attribute;
        if (!name(&attribute))
            return fail("malformed attribute name");
        skipSpace();
        if (m_p == m_end || *m_p != '=')
            return fail("an attribute without a value");
        ++m_p;
        skipSpace();
        if (m_p == m_end || (*m_p != '"' && *m_p != '\''))
            return fail("an attribute value without quotes");
        const char quote = *m_p++;
        const char *close = std::find(m_p, m_end, quote);
        if (close == m_end)
            return fail("unterminated attribute value");
        const QByteArrayView raw(m_p, close - m_p);
        m_p = close + 1;
        if (raw.contains('<'))
            return fail("\"<\" in an attribute value");
        for (qsizetype i = 0; i < count; ++i) {
            if (m_attributes.m_items[size_t(i)].name == attribute)
                return fail("an attribute given twice");
        }
        if (size_t(count) == m_attributes.m_items.size())
            m_attributes.m_items.emplace_back();
        Attributes::Attribute &a = m_attributes.m_items[size_t(count++)];
        a.name = attribute;
        a.value.clear();
        if (!decode(raw, Attribute, &a.value))
            return fail("malformed attribute value");
        if (attribute.startsWith("xmlns:")) {
            if (a.value.isEmpty())
                return fail("a namespace prefix bound to nothing");
            m_prefixes.push_back(attribute.sliced(6));
        }
    }
    m_attributes.m_size = count;
    if (!prefixDeclared(qualified) || qualified.startsWith("xmlns:"))
        return fail("an undeclared namespace prefix");
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView a = m_attributes.m_items[size_t(i)].name;
        if (!a.startsWith("xmlns:") && !prefixDeclared(a))
            return fail("an undeclared namespace prefix");
    }
    m_open.push_back({qualified, qsizetype(prefixesBefore)});
    m_rootSeen = true;
    m_name = localName(qualified);
    m_pendingEnd = empty;
    m_token = StartElement;
    return m_token;
}

XmlScanner::TokenType XmlScanner::endTag()
{
    m_p += 2; // "</"
    QByteArrayView qualified;
    if (!name(&qualified))
        return fail("malformed end tag");
    skipSpace();
    if (m_p == m_end || *m_p != '>')
        return fail("malformed end tag");
    ++m_p;
    if (m_open.empty() || m_open.back().qualifiedName != qualified)
        return fail("an end tag that does not match its start tag");
    closeElement();
    m_name = localName(qualified);
    m_token = EndElement;
    return m_token;
}

XmlScanner::TokenType XmlScanner::characters()
{
    const char *begin = m_p;
    m_p = std::find(m_p, m_end, '<');
    const QByteArrayView raw(begin, m_p - begin);
    if (raw.contains("]]>"))
        return fail("\"]]>\" in character data");
    m_text.clear();
    if (!decode(raw, Text, &m_text))
        return fail("malformed character data");
    m_token = Characters;
    return m_token;
}

bool XmlScanner::decode(QByteArrayView raw, DecodeMode mode, QString *out)
{
    const bool attribute = mode == Attribute;
    const bool references = mode != CData;
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        // A run that needs nothing done: plain ASCII, or UTF-8 (decoded and checked in one go).
        const char *run = p;
        bool ascii = true;
        while (p < end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x20 || (c == '&' && references))
                break;
            ascii = ascii && c < 0x80;
            ++p;
        }
        if (p > run) {
            const QByteArrayView bytes(run, p - run);
            if (ascii)
                out->append(QLatin1String(bytes.data(), bytes.size()));
            else if (!appendUtf8(bytes, out))
                return false;
        }
        if (p == end)
            break;
        const char c = *p;
        if (c == '&') {
            const char *semicolon = std::find(p, std::min(end, p + 12), ';');
            if (semicolon == std::min(end, p + 12))
                return false;
            const QByteArrayView ref(p + 1, semicolon - p - 1);
            p = semicolon + 1;
            if (ref == "lt")
                out->append(u'<');
            else if (ref == "gt")
                out->append(u'>');
            else if (ref == "amp")
                out->append(u'&');
            else if (ref == "apos")
                out->append(u'\'');
            else if (ref == "quot")
                out->append(u'"');
            else if (ref.startsWith('#') && ref.size() > 1) {
                const bool hex = ref.at(1) == 'x';
                const QByteArrayView digits = ref.sliced(hex ? 2 : 1);
                if (digits.isEmpty())
                    return false;
                char32_t code = 0;
                for (char d : digits) {
                    int v;
                    if (d >= '0' && d <= '9')
                        v = d - '0';
                    else if (hex && d >= 'a' && d <= 'f')
                        v = d - 'a' + 10;
                    else if (hex && d >= 'A' && d <= 'F')
                        v = d - 'A' + 10;
                    else
                        return false;
                    code = code * (hex ? 16 : 10) + char32_t(v);
                    if (code > 0x10FFFF)
                        return false;
                }
                if (!isXmlChar(code))
                    return false;
                // A referenced character is kept as it is, even white space in an attribute.
                const char32_t ucs4[1] = {code};
                out->append(QString::fromUcs4(ucs4, 1));
            } else {
                return false; // an entity a DTD would have to declare
            }
            continue;
        }
        // Control characters: the line ends and the tab are XML; the rest are not.
        ++p;
        if (c == '\r') {
            if (p < end && *p == '\n')
                ++p;
            out->append(attribute ? u' ' : u'\n');
        } else if (c == '\n' || c == '\t') {
            out->append(attribute ? u' ' : QChar::fromLatin1(c));
        } else {
            return false;
        }
    }
    return true;
}

QString XmlScanner::readElementText()
{
    if (m_token != StartElement)
        return {};
    QString text;
    for (;;) {
        switch (readNext()) {
        case Characters:
            text += m_text;
            break;
        case EndElement:
            return text;
        case StartElement:
            fail("an element where character data was expected");
            return {};
        default:
            return {};
        }
    }
}

} // namespace sy
