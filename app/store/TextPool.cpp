#include "TextPool.h"

namespace sy {

int TextPool::intern(QByteArrayView utf8)
{
    // The look-up key borrows the caller's bytes; only a new text is copied.
    const auto it = m_ids.constFind(TextKey::probe(utf8));
    if (it != m_ids.cend())
        return it.value();
    const QByteArray owned(utf8.data(), utf8.size());
    const int id = int(m_texts.size());
    m_ids.insert(TextKey{owned}, id);
    m_bytes << owned;
    m_texts << QString::fromUtf8(owned);
    return id;
}

void TextPool::clear()
{
    m_ids.clear();
    m_bytes.clear();
    m_texts.clear();
    ++m_generation;
}

} // namespace sy
