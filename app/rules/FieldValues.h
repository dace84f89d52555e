#pragma once

#include "model/Profile.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>

#include <deque>
#include <functional>

namespace sy {

// The fields that the checks of one entity kind read, numbered once per rule engine. A field is
// read by its own checks and then by the conditions of other rules; with a slot per field, one
// entity's value of it is read, made text and tested for emptiness once.
class FieldSlots
{
public:
    // The slot of `key`; a new one of `type` when the key has none yet (the first type stays).
    int add(const QString &key, FieldType type);
    int slot(const QString &key) const { return m_byKey.value(key, -1); }
    qsizetype size() const { return m_keys.size(); }
    const QString &key(int slot) const { return m_keys.at(slot); }
    FieldType type(int slot) const { return m_types.at(slot); }

private:
    QHash<QString, int> m_byKey;
    QStringList m_keys;
    QList<FieldType> m_types;
};

// One field's value as the checks see it.
class FieldValue
{
public:
    FieldValue() = default;
    FieldValue(QVariant value, FieldType type);

    const QVariant &value() const { return m_value; }
    // Not given: invalid, null, blank text, an empty list, or 0 for a count (see the .cpp).
    bool isEmpty() const { return m_empty; }
    bool isList() const { return m_list; }
    // The value as text: trimmed, a string list joined with commas, a bool as true/false.
    const QString &text() const;
    static QString textOf(const QVariant &value);

private:
    QVariant m_value;
    mutable QString m_text;
    mutable bool m_hasText = false;
    bool m_empty = true;
    bool m_list = false;
};

// The values of one entity, by the slots of its kind, each read on first use through `read`.
// The validation pass fills the attribute slots ahead from the JSON text (set()), so `read` then
// only serves the columns.
class FieldValues
{
public:
    using Reader = std::function<QVariant(const QString &key)>;
    FieldValues(const FieldSlots &fieldSlots, Reader read);

    // The value of `slot`, or of `key` when it has no slot (then read on every call).
    const FieldValue &get(int slot, const QString &key);
    const FieldValue &at(int slot) { return get(slot, m_slots.key(slot)); }
    void set(int slot, QVariant value);
    // A value made ahead, of the slot's type (the attributes reader shares them).
    void set(int slot, FieldValue value);
    // Forgets every value, for the next entity (one object serves a whole pass).
    void reset();

private:
    const FieldSlots &m_slots;
    Reader m_read;
    QVarLengthArray<FieldValue, 64> m_values;
    QVarLengthArray<bool, 64> m_ready;
    std::deque<FieldValue> m_unslotted; // stable references for keys without a slot
};

} // namespace sy
