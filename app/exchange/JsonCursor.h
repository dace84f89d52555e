#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sy {

// A strict pull reader over JSON text (RFC 8259) that hands out strings as views of the text
// itself. catalog.json of a 100k-resource catalog is 450 MB; QJsonDocument builds a tree of it
// that costs seconds and gigabytes before the first row can be written, this reads it in one
// pass with no allocation for the common string without escapes.
//
// Values of an unexpected type read as empty/0/false, as QJsonValue's toString()/toInteger()/
// toBool() do, so that a row reads the same as through QJsonDocument. Any syntax error stops the
// cursor: every later call returns false and errorString() says where.
class JsonCursor
{
    Q_DECLARE_TR_FUNCTIONS(sy::JsonCursor)

public:
    explicit JsonCursor(QByteArrayView json);

    // Objects: enterObject() then nextKey() until it returns false (at the closing brace, or on an
    // error); each key must be followed by reading or skipping its value.
    bool enterObject();
    bool nextKey(QByteArrayView *key);
    // Arrays: enterArray() then, while nextElement(), read or skip one value.
    bool enterArray();
    bool nextElement();

    char peek(); // the first character of the next value, 0 at the end
    // A string value as UTF-8; escapes are decoded into *scratch, which the view then points
    // into. Anything but a string reads as empty.
    bool readString(QByteArrayView *out, QByteArray *scratch);
    bool readInteger(qint64 *out); // a number with an integral value; anything else reads 0
    bool readBool(bool *out);      // true or false; anything else reads false
    // Skips one value, checking its syntax; *span (optional) gets its text.
    bool skipValue(QByteArrayView *span = nullptr);
    // After the top-level value: true when only whitespace follows.
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    void skipSpace();
    bool expect(char c);
    bool enter(char bracket);
    bool separator(char close); // the ',' or closing bracket between members/elements
    bool scanString(QByteArrayView *raw, bool *escaped);
    bool decode(QByteArrayView raw, QByteArray *out);
    bool scanNumber(QByteArrayView *text);
    bool scanLiteral(const char *word);

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    bool m_first = false; // right after an opening bracket
    QString m_error;
};

} // namespace sy
