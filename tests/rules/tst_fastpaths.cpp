// "Validate all" replaces two of Qt's functions by faster ones on its hot path: isoDate() for
// QDate::fromString(Qt::ISODate), and textHash() for qHash() of the texts it interns. These
// properties hold them to Qt's results and to a hash's duties.
#include "rules/IsoDate.h"
#include "store/TextHash.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace sy;

class TestFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void isoDateIsQtsDate_data();
    void isoDateIsQtsDate();
    void isoDateAgreesOnRandomTexts();
    void textHashSpreadsAndSeeds();
    void textKeyFindsBorrowedBytes();
    void sameBytesIsEquality();
};

void TestFastPaths::isoDateIsQtsDate_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t :
         {"2025-03-01",     "2024-02-29", "2023-02-29",       "2025-13-01",  "2025-00-10",
          "2025-04-31",     "0000-01-01", "0001-01-01",       "9999-12-31",  "2025/03/01",
          "2025-3-01",      "2025-03-1",  "2025-03-01T10:00", "20250301",    "",
          "２０２５-03-01", "2025-0a-01", " 2025-03-01",      "2025-03-01 ", "-025-03-01"}) {
        QTest::newRow(t) << QString::fromUtf8(t);
    }
}

void TestFastPaths::isoDateIsQtsDate()
{
    QFETCH(QString, text);
    QCOMPARE(isoDate(text), QDate::fromString(text, Qt::ISODate));
}

// Ten-character texts near the fast path's form: digits, separators and a few strangers at
// random places, against Qt's parser.
void TestFastPaths::isoDateAgreesOnRandomTexts()
{
    const QString alphabet = QStringLiteral("0123456789-/.:+ a０");
    QRandomGenerator random(20261127);
    int valid = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = QStringLiteral("%1-%2-%3")
                           .arg(random.bounded(0, 10000), 4, 10, QLatin1Char('0'))
                           .arg(random.bounded(0, 14), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(0, 33), 2, 10, QLatin1Char('0'));
        if (random.bounded(2) == 0)
            text[int(random.bounded(10))] = alphabet.at(int(random.bounded(alphabet.size())));
        const QDate expected = QDate::fromString(text, Qt::ISODate);
        QVERIFY2(isoDate(text) == expected, qPrintable(text));
        valid += expected.isValid() ? 1 : 0;
    }
    QVERIFY(valid > 5000); // both outcomes were exercised
    QVERIFY(valid < 19000);
}

void TestFastPaths::textHashSpreadsAndSeeds()
{
    // Texts that differ in one byte anywhere, or in length only, hash apart, in the low bits too
    // (QHash takes its bucket from them).
    QSet<size_t> hashes, lowBits;
    QByteArray base("广东省市场监督管理局/信息项/名称");
    int texts = 0;
    for (qsizetype at = 0; at < base.size(); ++at) {
        for (int delta = 1; delta < 4; ++delta) {
            QByteArray t = base;
            t[at] = char(t.at(at) + delta);
            hashes.insert(textHash(t, 1));
            lowBits.insert(textHash(t, 1) & 0xfff);
            ++texts;
        }
    }
    const int changed = texts;
    for (qsizetype n = 0; n <= base.size(); ++n) {
        hashes.insert(textHash(QByteArrayView(base.constData(), n), 1));
        ++texts;
    }
    QCOMPARE(hashes.size(), texts);
    // 141 hashes in 4,096 buckets: a good hash leaves about three pairs sharing one.
    QVERIFY2(lowBits.size() > changed - 10, qPrintable(QString::number(lowBits.size())));
    // The seed changes every hash.
    QVERIFY(textHash(base, 1) != textHash(base, 2));
    QVERIFY(textHash(QByteArrayView(), 1) != textHash(QByteArrayView(), 2));
    // Only the bytes count, not where they are.
    const QByteArray copy = base;
    QCOMPARE(textHash(QByteArray(copy.constData() + 3, copy.size() - 3), 7),
             textHash(QByteArrayView(base).sliced(3), 7));
}

void TestFastPaths::textKeyFindsBorrowedBytes()
{
    QHash<TextKey, int> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(TextKey::owned(QByteArray::number(i) + "号"), i);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray bytes = QByteArray::number(i) + "号";
        QCOMPARE(ids.value(TextKey::probe(bytes), -1), i);
    }
    QCOMPARE(ids.value(TextKey::probe("1000号"), -1), -1);
}

QTEST_GUILESS_MAIN(TestFastPaths)
// sameBytes(), the inline equality of the pass's hash keys, agrees with QByteArrayView's ==
// on texts that differ in one byte at any offset, in length, or are empty or null.
void TestFastPaths::sameBytesIsEquality()
{
    const QByteArray base
        = QByteArrayLiteral("{\"authoritative\":true,\"data_element\":\"DE0001\"}");
    QList<QByteArray> texts{QByteArray(), QByteArray(""), base, base.left(base.size() - 1),
                            base + ' '};
    for (qsizetype i = 0; i < base.size(); ++i) {
        QByteArray t = base;
        t[i] = char(t.at(i) ^ 0x01);
        texts << t;
    }
    for (const QByteArray &a : texts) {
        for (const QByteArray &b : texts)
            QCOMPARE(sameBytes(a, b), QByteArrayView(a) == QByteArrayView(b));
    }
    QVERIFY(sameBytes(base, QByteArray(base.constData(), base.size()))); // equal, not shared
    QVERIFY(sameBytes(QByteArray(), QByteArray(""))); // null and empty are both empty
}

#include "tst_fastpaths.moc"
