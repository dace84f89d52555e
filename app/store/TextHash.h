#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <cstdint>
#include <cstring>

namespace sy {

// A hash for the short texts that the validation pass looks up millions of times (item names
// and attribute sets, `"key":"value"` pairs of resource attributes). qHash(QByteArrayView) costs
// about 90 instructions for such a text on Debian's Qt, built without the AES hash; this one
// mixes eight bytes per multiplication and ends with MurmurHash3's finaliser, so every bit of
// the input reaches the low bits QHash uses for its buckets. Seeded like qHash, so crafted texts
// in a catalog cannot pick their buckets.
inline size_t textHash(QByteArrayView bytes, size_t seed = 0) noexcept
{
    constexpr std::uint64_t k = 0x9e3779b97f4a7c15ull;
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    std::uint64_t h = std::uint64_t(seed) ^ (std::uint64_t(n) * k);
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, size_t(n));
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return size_t(h);
}

// Equality of two byte texts inline: sizes first, then memcmp(). Qt's == for byte arrays calls
// an ordering compare out of line, which the look-ups of the validation pass (millions of short
// texts) felt.
inline bool sameBytes(QByteArrayView a, QByteArrayView b) noexcept
{
    return a.size() == b.size()
           && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

// A QHash key of bytes hashed with textHash(). Look-ups borrow the caller's bytes (probe());
// only a key that is stored owns a copy (owned()).
struct TextKey
{
    QByteArray bytes;

    static TextKey probe(QByteArrayView v) { return {QByteArray::fromRawData(v.data(), v.size())}; }
    static TextKey owned(QByteArrayView v) { return {v.toByteArray()}; }
    bool operator==(const TextKey &o) const { return sameBytes(bytes, o.bytes); }
};

inline size_t qHash(const TextKey &key, size_t seed = 0) noexcept
{
    return textHash(key.bytes, seed);
}

} // namespace sy
