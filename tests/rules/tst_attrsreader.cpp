// The validation pass reads a resource's attributes with AttrsReader instead of QJsonDocument.
// Whatever it accepts must give the checks exactly the values attrValue() gives for the parsed
// object; whatever it refuses must leave the values untouched (the pass then parses the text
// with QJsonDocument).
#include "TestSupport.h"
#include "model/Entity.h"
#include "model/Resource.h"
#include "rules/AttrsReader.h"
#include "rules/FieldValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace sy;

namespace {

const QStringList keys = {QStringLiteral("share_condition"),
                          QStringLiteral("related_codes"),
                          QStringLiteral("authoritative"),
                          QStringLiteral("provider"),
                          QStringLiteral("code"),
                          QStringLiteral("last_update")};

FieldSlots makeSlots()
{
    FieldSlots s;
    for (const QString &k : keys)
        s.add(k, FieldType::Text);
    return s;
}

// What each slot holds after reading `json`: read ahead by the reader, or through the reader
// function, which here stands for Resource::value() on a resource without attrs.
QVariantList readValues(AttrsReader &reader, const FieldSlots &s, const QByteArray &json, bool *ok)
{
    FieldValues values(s, [](const QString &) { return QVariant(); });
    *ok = reader.read(json, values);
    QVariantList out;
    for (int i = 0; i < s.size(); ++i)
        out << values.at(i).value();
    return out;
}

QVariantList parsedValues(const QByteArray &json)
{
    Resource r;
    r.attrs = QJsonDocument::fromJson(json).object();
    QVariantList out;
    for (const QString &k : keys)
        out << (Resource::isColumnKey(k) ? QVariant() : attrValue(r.attrs, k));
    return out;
}

} // namespace

class TestAttrsReader : public QObject
{
    Q_OBJECT
private slots:
    void plainJsonGivesTheParsedValues_data();
    void plainJsonGivesTheParsedValues();
    void otherJsonIsLeftToQJsonDocument_data();
    void otherJsonIsLeftToQJsonDocument();
    void forgettingTextsChangesNothing();
    void mutatedTextsNeverDisagree();
    void stopByteAtAnyOffset();
};

void TestAttrsReader::plainJsonGivesTheParsedValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("spaces") << QByteArray(" \t\r\n{ \n} \n");
    QTest::newRow("strings") << QByteArray(
        R"({"provider":"广东省市场监督管理局","share_condition":"仅限政务部门使用"})");
    QTest::newRow("blank and padded") << QByteArray(
        R"({"provider":"  广东  ","share_condition":"","last_update":" 2026-01-02 "})");
    QTest::newRow("arrays") << QByteArray(
        R"({"related_codes":["101002/000001", " 101002/000002 ", ""],"provider":"x"})");
    QTest::newRow("empty array") << QByteArray(R"({"related_codes":[]})");
    QTest::newRow("single code") << QByteArray(R"({"related_codes":"101002/000001"})");
    QTest::newRow("bools and null")
        << QByteArray(R"({"authoritative":true,"provider":null,"share_condition":false})");
    QTest::newRow("spaced tokens") << QByteArray(
        "{ \"provider\" : \"a\" ,\n \"related_codes\" : [ \"b\" , \"c\" ] , \"x\" : true }");
    QTest::newRow("unknown keys") << QByteArray(R"({"topic":"organisation","scene":["a"]})");
    // A key named like a column is an attribute nobody reads: the column wins.
    QTest::newRow("column key") << QByteArray(R"({"code":"999999/000001","provider":"p"})");
}

void TestAttrsReader::plainJsonGivesTheParsedValues()
{
    QFETCH(QByteArray, json);
    const FieldSlots s = makeSlots();
    AttrsReader reader(s);
    bool ok = false;
    const QVariantList values = readValues(reader, s, json, &ok);
    QVERIFY2(ok, json.constData());
    QCOMPARE(values, parsedValues(json));
}

void TestAttrsReader::otherJsonIsLeftToQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("escape") << QByteArray(R"({"provider":"a \"quoted\" name"})");
    QTest::newRow("unicode escape") << QByteArray(R"({"provider":"\u5e7f"})");
    QTest::newRow("number") << QByteArray(R"({"provider":12})");
    QTest::newRow("number in array") << QByteArray(R"({"related_codes":["a", 1]})");
    QTest::newRow("null in array") << QByteArray(R"({"related_codes":[null]})");
    QTest::newRow("nested object") << QByteArray(R"({"provider":{"name":"x"}})");
    QTest::newRow("duplicate key") << QByteArray(R"({"provider":"a","provider":"b"})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"provider\":\"\xC3\x28\"}");
    QTest::newRow("invalid utf-8 key") << QByteArray("{\"\xFF\":\"a\"}");
    QTest::newRow("raw newline in text") << QByteArray("{\"provider\":\"a\nb\"}");
    QTest::newRow("trailing garbage") << QByteArray(R"({"provider":"a"} x)");
    QTest::newRow("truncated") << QByteArray(R"({"provider":"a")");
    QTest::newRow("truncated text") << QByteArray(R"({"provider":"a)");
    QTest::newRow("missing colon") << QByteArray(R"({"provider" "a"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"provider":"a",})");
    QTest::newRow("bad literal") << QByteArray(R"({"authoritative":tru})");
    QTest::newRow("array") << QByteArray(R"(["a"])");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("byte order mark in text") << QByteArray("{\"provider\":\"\xEF\xBB\xBFp\"}");
    QTest::newRow("byte order mark inside") << QByteArray("{\"provider\":\"p\xEF\xBB\xBFq\"}");
}

void TestAttrsReader::otherJsonIsLeftToQJsonDocument()
{
    QFETCH(QByteArray, json);
    const FieldSlots s = makeSlots();
    AttrsReader reader(s);
    bool ok = true;
    const QVariantList values = readValues(reader, s, json, &ok);
    QVERIFY2(!ok, json.constData());
    for (const QVariant &v : values)
        QVERIFY(!v.isValid()); // nothing was set: every slot came from the reader function
}

void TestAttrsReader::forgettingTextsChangesNothing()
{
    const FieldSlots s = makeSlots();
    AttrsReader reader(s);
    reader.setTextLimit(1);
    const QList<QByteArray> texts = {
        R"({"provider":"甲","related_codes":["1","2"],"share_condition":"甲"})",
        R"({"provider":"乙","related_codes":["2","1"],"share_condition":"丙"})",
        R"({"provider":"甲","related_codes":["1"],"share_condition":"乙"})",
    };
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray &json : texts) {
            bool ok = false;
            QCOMPARE(readValues(reader, s, json, &ok), parsedValues(json));
            QVERIFY(ok);
        }
    }
}

// Thousands of damaged variants of real attribute texts: whatever the reader accepts must agree
// with QJsonDocument, and whatever it refuses must leave nothing set.
void TestAttrsReader::mutatedTextsNeverDisagree()
{
    const QList<QByteArray> seeds = {
        R"({"provider":"广东省市场监督管理局","related_codes":["101002/000001","x"],"authoritative":true})",
        R"({"share_condition":"仅限政务部门","last_update":"2026-10-13","code":"1/2","scene":null})",
        R"({ "provider" : "a" , "related_codes" : [ ] , "share_condition" : false })",
    };
    const QByteArray alphabet = QByteArray("{}[]:,\"\\ \t\nabtrue0123456789-.e")
                                + QByteArray("\xE5\xB9\xBF\xC3\xFF\x01", 6);
    const FieldSlots s = makeSlots();
    AttrsReader reader(s);
    QRandomGenerator random(20261127);
    int accepted = 0, refused = 0;
    for (int round = 0; round < 3000; ++round) {
        const QByteArray json = test::damaged(seeds.at(round % seeds.size()), alphabet, random);
        bool ok = false;
        const QVariantList values = readValues(reader, s, json, &ok);
        if (ok) {
            ++accepted;
            QVERIFY2(!QJsonDocument::fromJson(json).isNull(), json.constData());
            QCOMPARE(values, parsedValues(json));
        } else {
            ++refused;
            for (const QVariant &v : values)
                QVERIFY2(!v.isValid(), json.constData());
        }
    }
    // Both sides of the property were exercised.
    QVERIFY(accepted > 100);
    QVERIFY(refused > 100);
}

// Strings are scanned eight bytes at a time: an escape, a control character or a quote at any
// offset of a long string, in ASCII or in three-byte CJK text, must still end the plain form
// where QJsonDocument says it ends.
void TestAttrsReader::stopByteAtAnyOffset()
{
    const FieldSlots s = makeSlots();
    AttrsReader reader(s);
    const QList<QByteArray> fillers = {QByteArray("a"), QByteArray("\xE5\xB9\xBF")};
    const QList<QByteArray> stops
        = {"\\n", "\\\"", "\\u5E7F", QByteArray("\x01", 1), QByteArray("\x1F", 1), "\"", ""};
    int accepted = 0;
    for (const QByteArray &filler : fillers) {
        for (int offset = 0; offset < 25; ++offset) {
            for (const QByteArray &stop : stops) {
                const QByteArray text = filler.repeated(offset) + stop + filler.repeated(9);
                const QByteArray json = R"({"provider":")" + text + R"(","code":"x"})";
                bool ok = false;
                const QVariantList values = readValues(reader, s, json, &ok);
                if (!ok) {
                    for (const QVariant &v : values)
                        QVERIFY2(!v.isValid(), json.constData());
                    continue;
                }
                ++accepted;
                QVERIFY2(stop.isEmpty(), json.constData()); // only plain text is read
                QCOMPARE(values, parsedValues(json));
                QCOMPARE(values.at(keys.indexOf(QStringLiteral("provider"))).toString(),
                         QString::fromUtf8(text));
            }
        }
    }
    QCOMPARE(accepted, 2 * 25);
}

QTEST_GUILESS_MAIN(TestAttrsReader)
#include "tst_attrsreader.moc"
