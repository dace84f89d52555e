#include "FieldValues.h"

#include <algorithm>

namespace sy {

int FieldSlots::add(const QString &key, FieldType type)
{
    const auto it = m_byKey.constFind(key);
    if (it != m_byKey.cend())
        return it.value();
    const int slot = int(m_keys.size());
    m_byKey.insert(key, slot);
    m_keys << key;
    m_types << type;
    return slot;
}

namespace {

bool isEmptyValue(const QVariant &v, FieldType type)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: {
        // Blank: nothing but white space (trimmed() would copy the text to tell).
        const auto *s = static_cast<const QString *>(v.constData());
        return std::all_of(s->cbegin(), s->cend(), [](QChar c) { return c.isSpace(); });
    }
    case QMetaType::QStringList:
        return v.toStringList().isEmpty();
    case QMetaType::QVariantList:
        return v.toList().isEmpty();
    case QMetaType::Bool:
        return false; // "no" is an answer
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        // Integer columns default to 0, which means "not given" for counts, volumes and office
        // ids.
        return type != FieldType::Bool && v.toLongLong() == 0;
    default:
        return false;
    }
}

} // namespace

FieldValue::FieldValue(QVariant value, FieldType type)
    : m_value(std::move(value))
    , m_empty(isEmptyValue(m_value, type))
    , m_list(m_value.typeId() == QMetaType::QStringList
             || m_value.typeId() == QMetaType::QVariantList)
{
}

QString FieldValue::textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        // Most texts have nothing to trim: shared as they are, without a copy through toString().
        const auto *s = static_cast<const QString *>(value.constData());
        if (s->isEmpty() || (!s->front().isSpace() && !s->back().isSpace()))
            return *s;
        return s->trimmed();
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString().trimmed();
}

const QString &FieldValue::text() const
{
    if (!m_hasText) {
        m_text = textOf(m_value);
        m_hasText = true;
    }
    return m_text;
}

FieldValues::FieldValues(const FieldSlots &fieldSlots, Reader read)
    : m_slots(fieldSlots)
    , m_read(std::move(read))
    , m_values(fieldSlots.size())
    , m_ready(fieldSlots.size(), false)
{
}

const FieldValue &FieldValues::get(int slot, const QString &key)
{
    if (slot < 0 || slot >= m_values.size()) {
        m_unslotted.emplace_back(m_read(key), FieldType::Text);
        return m_unslotted.back();
    }
    if (!m_ready[slot]) {
        m_values[slot] = FieldValue(m_read(key), m_slots.type(slot));
        m_ready[slot] = true;
    }
    return m_values[slot];
}

void FieldValues::reset()
{
    std::fill(m_ready.begin(), m_ready.end(), false);
    m_unslotted.clear();
}

void FieldValues::set(int slot, FieldValue value)
{
    m_values[slot] = std::move(value);
    m_ready[slot] = true;
}

void FieldValues::set(int slot, QVariant value)
{
    m_values[slot] = FieldValue(std::move(value), m_slots.type(slot));
    m_ready[slot] = true;
}

} // namespace sy
