#include "ResourceRowReader.h"

#include "JsonCursor.h"

#include <QSet>

#include <deque>
#include <limits>

namespace sy {

namespace {

// Decoded strings (the rare ones with escapes) of one resource; a deque keeps every buffer in
// place while the row's views point into them.
class Scratch
{
public:
    QByteArray *next()
    {
        if (m_used == m_buffers.size())
            m_buffers.emplace_back();
        return &m_buffers[m_used++];
    }
    void clear() { m_used = 0; }

private:
    std::deque<QByteArray> m_buffers;
    size_t m_used = 0;
};

class RowParser
{
public:
    explicit RowParser(QByteArrayView text)
        : m_cursor(text)
    {
    }

    JsonCursor &cursor() { return m_cursor; }
    void newResource() { m_scratch.clear(); }

    bool text(QByteArrayView *out)
    {
        QByteArray *buffer = m_scratch.next();
        return m_cursor.readString(out, buffer);
    }
    bool attrs(QByteArrayView *out)
    {
        *out = QByteArrayView();
        if (m_cursor.peek() != '{')
            return m_cursor.skipValue(); // not an object: {} as QJsonValue::toObject() has it
        return m_cursor.skipValue(out);
    }
    bool item(BulkItemRow *item)
    {
        *item = BulkItemRow();
        QByteArrayView key;
        if (m_cursor.peek() != '{')
            return m_cursor.skipValue();
        if (!m_cursor.enterObject())
            return false;
        while (m_cursor.nextKey(&key)) {
            bool ok = true;
            if (key == "uuid")
                ok = text(&item->uuid);
            else if (key == "name")
                ok = text(&item->name);
            else if (key == "data_type")
                ok = text(&item->dataType);
            else if (key == "length")
                ok = integer(&item->length, true);
            else if (key == "attrs")
                ok = attrs(&item->attrs);
            else
                ok = m_cursor.skipValue(); // position: BulkWriter numbers items in list order
            if (!ok)
                return false;
        }
        return !m_cursor.failed();
    }
    // QJsonValue::toInt() reads values beyond int as 0; toInteger() keeps 64 bits.
    bool integer(qint64 *out, bool intRange)
    {
        if (!m_cursor.readInteger(out))
            return false;
        if (intRange && (*out < std::numeric_limits<int>::min()
                         || *out > std::numeric_limits<int>::max()))
            *out = 0;
        return true;
    }

private:
    JsonCursor m_cursor;
    Scratch m_scratch;
};

} // namespace

bool ResourceRowReader::read(QByteArrayView resources, const QHash<QString, qint64> &officeIds,
                             const Sink &sink, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (resources.isEmpty())
        return true;
    RowParser p(resources);
    JsonCursor &c = p.cursor();
    if (c.peek() != '[')
        return true; // not an array: no resources, as QJsonValue::toArray() has it
    QSet<QByteArray> seen;
    QList<BulkItemRow> items;
    QByteArrayView key;
    c.enterArray();
    while (c.nextElement()) {
        if (c.peek() != '{') {
            // Not an object: a resource without a uuid, refused as CatalogJson::read() does.
            return fail(tr("catalog.json: resource \"%1\" has a missing or repeated uuid.")
                            .arg(QString()));
        }
        p.newResource();
        BulkResourceRow row;
        QByteArrayView office;
        bool officeIsString = false;
        items.clear();
        c.enterObject();
        while (c.nextKey(&key)) {
            bool ok = true;
            if (key == "uuid") {
                ok = p.text(&row.uuid);
            } else if (key == "office") {
                officeIsString = c.peek() == '"';
                ok = p.text(&office);
            } else if (key == "code") {
                ok = p.text(&row.code);
            } else if (key == "name") {
                ok = p.text(&row.name);
            } else if (key == "summary") {
                ok = p.text(&row.summary);
            } else if (key == "grade") {
                ok = p.text(&row.grade);
            } else if (key == "secret") {
                ok = c.readBool(&row.secret);
            } else if (key == "sharing") {
                ok = p.text(&row.sharing);
            } else if (key == "opening") {
                ok = p.text(&row.opening);
            } else if (key == "update_cycle") {
                ok = p.text(&row.updateCycle);
            } else if (key == "format") {
                ok = p.text(&row.format);
            } else if (key == "status") {
                ok = p.text(&row.status);
            } else if (key == "records") {
                ok = p.integer(&row.records, false);
            } else if (key == "bytes") {
                ok = p.integer(&row.bytes, false);
            } else if (key == "created") {
                ok = p.text(&row.created);
            } else if (key == "modified") {
                ok = p.text(&row.modified);
            } else if (key == "attrs") {
                ok = p.attrs(&row.attrs);
            } else if (key == "items") {
                items.clear();
                if (c.peek() != '[') {
                    ok = c.skipValue();
                } else if ((ok = c.enterArray())) {
                    while (ok && c.nextElement()) {
                        BulkItemRow item;
                        ok = p.item(&item);
                        items.append(item);
                    }
                }
            } else {
                ok = c.skipValue();
            }
            if (!ok)
                break;
        }
        if (c.failed())
            return fail(tr("catalog.json is not valid JSON (%1).").arg(c.errorString()));
        const QString name = QString::fromUtf8(row.name);
        if (row.uuid.isEmpty() || seen.contains(row.uuid.toByteArray()))
            return fail(tr("catalog.json: resource \"%1\" has a missing or repeated uuid.").arg(name));
        seen.insert(row.uuid.toByteArray());
        if (officeIsString) {
            const auto it = officeIds.constFind(QString::fromUtf8(office));
            if (it == officeIds.cend())
                return fail(tr("catalog.json: resource \"%1\" belongs to an office that is not in "
                               "the package.")
                                .arg(name));
            row.officeId = it.value();
        }
        if (!sink(row, items, error))
            return false;
    }
    if (c.failed())
        return fail(tr("catalog.json is not valid JSON (%1).").arg(c.errorString()));
    return true;
}

} // namespace sy
