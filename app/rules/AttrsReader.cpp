#include "AttrsReader.h"

#include "model/Resource.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
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
        // Eight bytes at a time while none of them ends the string (most strings are CJK text,
        // three bytes a character): a word has a stop byte when it has a byte equal to '"' or
        // '\\', or below 0x20 (the usual "has a zero byte" bit tricks).
        constexpr std::uint64_t ones = 0x0101010101010101ull;
        constexpr std::uint64_t highs = 0x8080808080808080ull;
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            const std::uint64_t quote = w ^ (ones * '"');
            const std::uint64_t backslash = w ^ (ones * '\\');
            const std::uint64_t stop = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)
                                       | ((w - ones * 0x20) & ~w);
            if (stop & highs)
                break;
            p += 8;
        }
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

int AttrsReader::slotOf(QByteArrayView key)
{
    const auto it = m_keySlots.constFind(TextKey::probe(key));
    if (it != m_keySlots.cend())
        return it.value();
    QString k;
    if (!decodeUtf8(key, &k))
        return invalidKey;
    // A key named like a column is not the column: Resource::value() never reads it.
    const int slot = Resource::isColumnKey(k) ? -1 : m_slots.slot(k);
    if (m_keySlots.size() >= 10000) // a catalog of ever new keys
        m_keySlots.clear();
    m_keySlots.insert(TextKey::owned(key), slot);
    return slot;
}

bool AttrsReader::decodePair(QByteArrayView key,
                             char kind,
                             QByteArrayView bytes,
                             const QVarLengthArray<QByteArrayView, 8> &list,
                             Pair *out)
{
    const int slot = slotOf(key);
    if (slot == invalidKey)
        return false;
    QVariant value;
    QString s;
    switch (kind) {
    case '"':
        if (!decodeUtf8(bytes, &s))
            return false;
        value = s;
        break;
    case 't':
        value = true;
        break;
    case 'f':
        value = false;
        break;
    case 'n':
        break; // attrValue() gives an invalid QVariant, as for a missing key.
    case '[': {
        QStringList strings;
        strings.reserve(list.size());
        for (QByteArrayView element : list) {
            if (!decodeUtf8(element, &s))
                return false;
            strings << s;
        }
        value = strings;
        break;
    }
    }
    out->slot = value.isValid() ? slot : -1;
    if (out->slot >= 0) {
        out->value = FieldValue(std::move(value), m_slots.type(slot));
        out->value.text(); // made once here, shared by every copy
    }
    return true;
}

bool AttrsReader::read(QByteArrayView json, FieldValues &values)
{
    Cursor c{json.data(), json.data() + json.size()};
    // The cached pairs of the checks' values, set once the whole text is known to be plain.
    QVarLengthArray<const Pair *, 32> found;
    // Forgotten between texts only, never while `found` points at them.
    if (m_pairs.size() >= m_textLimit) {
        m_pairs.clear();
        m_pairStore.clear();
    }
    QVarLengthArray<QByteArrayView, 32> keys;
    QVarLengthArray<QByteArrayView, 8> list;
    if (!c.take('{'))
        return false;
    if (!c.take('}')) {
        do {
            c.skipSpace();
            const char *pairStart = c.p;
            QByteArrayView key;
            if (!c.plainString(&key) || !c.take(':'))
                return false;
            // QJsonDocument keeps the last of two equal keys; rare enough to leave to it.
            if (std::any_of(keys.cbegin(), keys.cend(),
                            [key](QByteArrayView k) { return sameBytes(k, key); }))
                return false;
            keys.append(key);
            c.skipSpace();
            // The value's extent and kind first: its bytes, with the key's, find the pair.
            char kind = 0;
            QByteArrayView bytes;
            list.clear();
            if (c.p < c.end && *c.p == '"') {
                if (!c.plainString(&bytes))
                    return false;
                kind = '"';
            } else if (c.word("true")) {
                kind = 't';
            } else if (c.word("false")) {
                kind = 'f';
            } else if (c.word("null")) {
                kind = 'n';
            } else if (c.take('[')) {
                if (!c.take(']')) {
                    do {
                        if (!c.plainString(&bytes))
                            return false;
                        list.append(bytes);
                    } while (c.take(','));
                    if (!c.take(']'))
                        return false;
                }
                kind = '[';
            } else {
                return false; // numbers, objects, syntax errors: QJsonDocument's to judge
            }
            const QByteArrayView pairBytes(pairStart, c.p - pairStart);
            const Pair *pair = m_pairs.value(TextKey::probe(pairBytes));
            if (!pair) {
                Pair decoded;
                if (!decodePair(key, kind, bytes, list, &decoded))
                    return false;
                pair = &m_pairStore.emplace_back(std::move(decoded));
                m_pairs.insert(TextKey::owned(pairBytes), pair);
            }
            if (pair->slot >= 0)
                found.append(pair);
        } while (c.take(','));
        if (!c.take('}'))
            return false;
    }
    c.skipSpace();
    if (c.p != c.end)
        return false;
    for (const Pair *pair : found)
        values.set(pair->slot, pair->value);
    return true;
}

} // namespace sy
