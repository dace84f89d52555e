#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringEncoder>

namespace sy {

// A JSON text written straight into one growing buffer, for the package files that describe
// every resource (catalog.json, dcat.jsonld). For 100k resources a QJsonObject tree costs
// seconds and gigabytes before QJsonDocument even starts to write it; this costs neither.
//
// Calls follow the text: begin('{'), key(), a value, ..., end('}'). Commas, and in Indented
// style the line breaks and four-space indents, are placed by the writer. The text is byte for
// byte what QJsonDocument::toJson() writes for the same object in the same style (tst_jsonout),
// so readers and people see no difference.
class JsonOut
{
public:
    enum Style { Compact, Indented };

    explicit JsonOut(qsizetype reserve, Style style = Compact);
    QByteArray take();

    void key(const char *latin1);
    void key(const QString &name);
    void string(const QString &text);
    void string(QByteArrayView utf8);
    void number(qint64 n);
    void boolean(bool b);
    void null();
    void uuidOrNull(const QString &uuid); // null for an empty uuid (no parent, no office)
    void value(const QJsonValue &v);
    void object(const QJsonObject &o); // members in QJsonObject's (sorted) order
    void begin(char bracket);          // '{' or '['
    void end(char bracket);            // '}' or ']'

private:
    void separate(); // the comma and line break before a member or element
    void newline();
    void escaped(QByteArrayView utf8);
    QByteArrayView utf8(const QString &text); // in m_utf8, valid until the next call

    QByteArray m_out;
    QByteArray m_utf8; // reused for each QString, so writing one allocates nothing
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    Style m_style;
    int m_depth = 0;
    bool m_first = true;     // nothing written yet in the open object or array
    bool m_afterKey = false; // a key was written; its value follows on the same line
};

} // namespace sy
