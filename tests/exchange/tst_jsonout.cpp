// JsonOut against QJsonDocument: the same object gives the same bytes, compact and indented,
// for hand-picked awkward values and for thousands of random ones.
#include "exchange/JsonOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace sy;

namespace {

QByteArray viaJsonOut(const QJsonObject &o, JsonOut::Style style)
{
    JsonOut j(16, style);
    j.object(o);
    return j.take();
}

QByteArray viaQt(const QJsonObject &o, JsonOut::Style style)
{
    return QJsonDocument(o).toJson(style == JsonOut::Indented ? QJsonDocument::Indented
                                                              : QJsonDocument::Compact);
}

QString randomText(QRandomGenerator &rng)
{
    // Plain letters, CJK, characters JSON must escape, and a character outside the BMP.
    static const QString pieces[] = {
        QStringLiteral("a"),
        QStringLiteral("Zz9"),
        QStringLiteral("数据资源"),
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("\n"),
        QStringLiteral("\r"),
        QStringLiteral("\t"),
        QStringLiteral("\b"),
        QStringLiteral("\f"),
        QString(QChar(0x01)),
        QString(QChar(0x1f)),
        QString(QChar(0x7f)),
        QStringLiteral("/"),
        QStringLiteral("\u2028"),
        QStringLiteral(" "),
        QString::fromUcs4(U"\U0001F600"),
    };
    QString text;
    const int n = rng.bounded(6);
    for (int i = 0; i < n; ++i)
        text += pieces[rng.bounded(int(std::size(pieces)))];
    return text;
}

QJsonValue randomValue(QRandomGenerator &rng, int depth);

QJsonObject randomObject(QRandomGenerator &rng, int depth)
{
    QJsonObject o;
    const int n = rng.bounded(5);
    for (int i = 0; i < n; ++i)
        o.insert(randomText(rng), randomValue(rng, depth + 1));
    return o;
}

QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    switch (rng.bounded(depth > 2 ? 5 : 7)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return rng.bounded(2) == 1;
    case 2:
        return qint64(rng.generate64()) >> rng.bounded(64);
    case 3:
        return rng.generateDouble() * std::pow(10.0, rng.bounded(40) - 20);
    case 4:
        return randomText(rng);
    case 5: {
        QJsonArray a;
        const int n = rng.bounded(4);
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default:
        return randomObject(rng, depth);
    }
}

} // namespace

class TestJsonOut : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("escapes") << QJsonObject{
            {QStringLiteral("q\"uote"), QStringLiteral("say \"hi\"")},
            {QStringLiteral("back\\slash"), QStringLiteral("C:\\data\\")},
            {QStringLiteral("controls"),
             QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f) + QChar(0x7f)},
            {QStringLiteral("中文"), QStringLiteral("统一社会信用代码")},
        };
        QTest::newRow("nested") << QJsonObject{
            {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), QJsonArray(), QJsonObject()}},
            {QStringLiteral("object"),
             QJsonObject{{QStringLiteral("inner"), QJsonArray{1, 2.5, true, QJsonValue::Null}}}},
            {QStringLiteral("empty list"), QJsonArray()},
            {QStringLiteral("empty object"), QJsonObject()},
        };
        QTest::newRow("numbers") << QJsonObject{
            {QStringLiteral("int"), 42},
            {QStringLiteral("negative"), -7},
            {QStringLiteral("big"), qint64(9007199254740993LL)},
            {QStringLiteral("double"), 0.1},
            {QStringLiteral("whole double"), 3.0},
            {QStringLiteral("huge"), 1e300},
            {QStringLiteral("tiny"), -2.5e-300},
        };
    }

    void sameBytesAsQJsonDocument()
    {
        QFETCH(QJsonObject, object);
        for (JsonOut::Style style : {JsonOut::Compact, JsonOut::Indented})
            QCOMPARE(viaJsonOut(object, style), viaQt(object, style));
    }

    void randomObjectsGiveTheSameBytes()
    {
        QRandomGenerator rng(20261127);
        for (int i = 0; i < 3000; ++i) {
            const QJsonObject o = randomObject(rng, 0);
            for (JsonOut::Style style : {JsonOut::Compact, JsonOut::Indented}) {
                const QByteArray mine = viaJsonOut(o, style);
                const QByteArray qt = viaQt(o, style);
                if (mine != qt)
                    QFAIL(qPrintable(QStringLiteral("object %1, style %2:\n%3\nQt:\n%4")
                                         .arg(i)
                                         .arg(int(style))
                                         .arg(QString::fromUtf8(mine), QString::fromUtf8(qt))));
            }
        }
    }

    void writtenByCallsAsByTheTree()
    {
        // The calls a writer makes by hand: keys in the order given, strings from UTF-8 and
        // from QString, numbers, null and a uuid that may be missing.
        for (JsonOut::Style style : {JsonOut::Compact, JsonOut::Indented}) {
            JsonOut j(0, style);
            j.begin('{');
            j.key("a");
            j.string(QByteArrayView("x\"y"));
            j.key(QStringLiteral("b"));
            j.begin('[');
            j.number(-12);
            j.boolean(false);
            j.uuidOrNull(QString());
            j.uuidOrNull(QStringLiteral("7d4c"));
            j.begin('{');
            j.end('}');
            j.end(']');
            j.key("c");
            j.string(QStringLiteral("中\n"));
            j.end('}');
            const QJsonObject expected{
                {QStringLiteral("a"), QStringLiteral("x\"y")},
                {QStringLiteral("b"),
                 QJsonArray{-12, false, QJsonValue::Null, QStringLiteral("7d4c"), QJsonObject()}},
                {QStringLiteral("c"), QStringLiteral("中\n")},
            };
            QCOMPARE(j.take(), viaQt(expected, style)); // keys a, b, c are already sorted
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonOut)
#include "tst_jsonout.moc"
