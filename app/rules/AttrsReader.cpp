#include "AttrsReader.h"

#include "model/Resource.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace sy {

namespace {

// The bytes that end a plain string: the closing quote, an escape, a control character. One
// table look-up a byte: the strings are most of the text.
constexpr auto stopBytes = [] {
    std::array<bool, 256> stop{};
    for (int c = 0; c < 0x20; ++c)
        stop[c] = true;
    stop['"'] = stop['\\'] = true;
    return stop;
}();

// A read position in the JSON text. Whitespace is what JSON (and QJsonDocument) allows.
struct Cursor
{
    const char *p;
    const char *end;

    void skipSpace()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
    bool take(char c)
    {
        skipSpace();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool word(const char *w)
    {
        const size_t n = std::strlen(w);
        if (size_t(end - p) < n || std::memcmp(p, w, n) != 0)
            return false;
        p += n;
        return true;
    }
    // A string without escapes and control characters (the raw bytes between the quotes).
    bool plainString(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *start = p;
        while (p < end && !stopBytes[static_cast<unsigned char>(*p)])
            ++p;
        if (p == end || *p != '"')
            return false;
        *out = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
};

// False for invalid UTF-8, and for text with a U+FEFF, which QJsonDocument drops from a string
// in ways not worth copying.
bool decodeUtf8(QByteArrayView utf8, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                     | QStringDecoder::Flag::ConvertInitialBom);
    *out = decoder.decode(utf8);
    return !decoder.hasError() && !out->contains(QChar(0xfeff));
}

constexpr int invalidKey = -2;

} // namespace

AttrsReader::AttrsReader(const FieldSlots &fieldSlots)
    : m_slots(fieldSlots)
{
}

bool AttrsReader::text(QByteArrayView utf8, QString *out)
{
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    const auto it = m_texts.constFind(key);
    if (it != m_texts.cend()) {
        *out = it.value();
        return true;
    }
    if (!decodeUtf8(utf8, out))
        return false;
    if (m_texts.size() >= m_textLimit)
        m_texts.clear();
    m_texts.insert(utf8.toByteArray(), *out);
    return true;
}

int AttrsReader::slotOf(QByteArrayView key)
{
    const QByteArray raw = QByteArray::fromRawData(key.data(), key.size());
    const auto it = m_keySlots.constFind(raw);
    if (it != m_keySlots.cend())
        return it.value();
    QString k;
    if (!decodeUtf8(key, &k))
        return invalidKey;
    // A key named like a column is not the column: Resource::value() never reads it.
    const int slot = Resource::isColumnKey(k) ? -1 : m_slots.slot(k);
    if (m_keySlots.size() >= 10000) // a catalog of ever new keys
        m_keySlots.clear();
    m_keySlots.insert(key.toByteArray(), slot);
    return slot;
}

bool AttrsReader::read(QByteArrayView json, FieldValues &values)
{
    Cursor c{json.data(), json.data() + json.size()};
    QVarLengthArray<std::pair<int, QVariant>, 32> found;
    QVarLengthArray<QByteArrayView, 32> keys;
    if (!c.take('{'))
        return false;
    if (!c.take('}')) {
        do {
            QByteArrayView key;
            if (!c.plainString(&key) || !c.take(':'))
                return false;
            // QJsonDocument keeps the last of two equal keys; rare enough to leave to it.
            if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                return false;
            keys.append(key);
            c.skipSpace();
            QVariant value;
            QByteArrayView bytes;
            QString s;
            if (c.p < c.end && *c.p == '"') {
                if (!c.plainString(&bytes) || !text(bytes, &s))
                    return false;
                value = s;
            } else if (c.word("true")) {
                value = true;
            } else if (c.word("false")) {
                value = false;
            } else if (c.word("null")) {
                // attrValue() gives an invalid QVariant, as for a missing key.
            } else if (c.take('[')) {
                QStringList list;
                if (!c.take(']')) {
                    do {
                        if (!c.plainString(&bytes) || !text(bytes, &s))
                            return false;
                        list << s;
                    } while (c.take(','));
                    if (!c.take(']'))
                        return false;
                }
                value = list;
            } else {
                return false; // numbers, objects, syntax errors: QJsonDocument's to judge
            }
            const int slot = slotOf(key);
            if (slot == invalidKey)
                return false;
            if (slot >= 0 && value.isValid())
                found.append({slot, std::move(value)});
        } while (c.take(','));
        if (!c.take('}'))
            return false;
    }
    c.skipSpace();
    if (c.p != c.end)
        return false;
    for (auto &[slot, value] : found)
        values.set(slot, std::move(value));
    return true;
}

} // namespace sy
