#pragma once

#include "FieldValues.h"

#include "store/TextHash.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <deque>

namespace sy {

// Reads the attributes of a resource from their JSON text straight into the checks' FieldValues,
// for the validation pass. QJsonDocument would build a document and the checks would then turn
// each attribute into a QVariant again: a third of the pass over a big catalog. The texts of
// a catalog repeat (providers, quality standards, channels), so each distinct `"key": value` pair
// is decoded once and shared.
//
// It reads only the plain form the catalog writes: one object whose values are strings without
// escapes, true, false, null, or arrays of such strings. Anything else (numbers, escapes, nested
// objects, duplicate keys, invalid UTF-8, a U+FEFF, a syntax error) returns false having set
// nothing, and
// the caller parses the text with QJsonDocument instead; so the values are always the ones
// attrValue() gives for the parsed object.
class AttrsReader
{
public:
    explicit AttrsReader(const FieldSlots &fieldSlots);

    bool read(QByteArrayView json, FieldValues &values);

    // How many distinct pairs are kept before they are forgotten (memory bound).
    void setTextLimit(qsizetype limit) { m_textLimit = limit; }

private:
    // One `"key": value` of the text, as read on its first appearance: most pairs repeat (the
    // same provider, channel, update mechanism...), so a pair seen before costs one look-up of its
    // bytes instead of decoding its key and value and building the checks' value again.
    struct Pair
    {
        int slot = -1; // -1: no check reads the key
        FieldValue value;
    };
    // The pair of `key` and the value in `bytes` (a string) or `list` (an array of strings); false
    // when it is not plain (invalid UTF-8, a U+FEFF).
    bool decodePair(QByteArrayView key,
                    char kind,
                    QByteArrayView bytes,
                    const QVarLengthArray<QByteArrayView, 8> &list,
                    Pair *out);
    int slotOf(QByteArrayView key);

    const FieldSlots &m_slots;
    std::deque<Pair> m_pairStore;         // stable addresses, which read() holds while reading
    QHash<TextKey, const Pair *> m_pairs; // into m_pairStore
    QHash<TextKey, int> m_keySlots;       // -1: no check reads the key
    qsizetype m_textLimit = 200000;
};

} // namespace sy
