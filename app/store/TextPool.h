#pragma once

#include "TextHash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace sy {

// Interns the texts of one pass over many rows: equal UTF-8 texts get the same small id and share
// one QString, so two million information items that repeat a few hundred names and attribute
// sets cost a few hundred conversions, and checks can be memoised on the ids. clear() starts a
// new generation (ids are then reused), which callers that memoise on ids must watch.
class TextPool
{
public:
    int intern(QByteArrayView utf8);
    const QString &text(int id) const { return m_texts.at(id); }
    QByteArrayView bytes(int id) const { return m_bytes.at(id); }
    qsizetype size() const { return m_texts.size(); }

    void clear();
    int generation() const { return m_generation; }

private:
    QHash<TextKey, int> m_ids;
    QList<QByteArray> m_bytes;
    QList<QString> m_texts;
    int m_generation = 0;
};

} // namespace sy
