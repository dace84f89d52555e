#pragma once

#include "FieldValues.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sy {

// Reads the attributes of a resource from their JSON text straight into the checks' FieldValues,
// for the validation pass. QJsonDocument would build a document and the checks would then turn
// each attribute into a QVariant again: a third of the pass over a big catalog. The texts of
// a catalog repeat (providers, quality standards, channels), so each distinct one is decoded
// once and shared.
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

    // How many distinct texts are kept before they are forgotten (memory bound).
    void setTextLimit(qsizetype limit) { m_textLimit = limit; }

private:
    bool text(QByteArrayView utf8, QString *out);
    int slotOf(QByteArrayView key);

    const FieldSlots &m_slots;
    QHash<QByteArray, QString> m_texts;
    QHash<QByteArray, int> m_keySlots; // -1: no check reads the key
    qsizetype m_textLimit = 200000;
};

} // namespace sy
