#include "model/Uscc.h"

#include <QTest>

using namespace sy;

Q_DECLARE_METATYPE(sy::uscc::Problem)

// GB 32100 / GB 11714 checks against the worked examples of DOMAIN.md §4.
class TestUscc : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void checkCharacter_data();
    void checkCharacter();
    void orgCodeCheckCharacter_data();
    void orgCodeCheckCharacter();
    void workedExampleSum();
};

void TestUscc::check_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<uscc::Problem>("problem");
    QTest::addColumn<bool>("valid");

    // Valid codes from DOMAIN.md §4.1.
    QTest::newRow("guangzhou enterprise")
        << QStringLiteral("91440101MA5CJQ4N59") << uscc::Problem::None << true;
    QTest::newRow("xiamen A") << QStringLiteral("91350200776049653A") << uscc::Problem::None
                              << true;
    QTest::newRow("org check X") << QStringLiteral("9135021359498494XQ") << uscc::Problem::None
                                 << true;
    QTest::newRow("beijing L") << QStringLiteral("91110000600037341L") << uscc::Problem::None
                               << true;
    // A public institution (事业单位, "12"), built with the algorithm: the app's users.
    QTest::newRow("public institution")
        << QStringLiteral("12440000MB2C88377A") << uscc::Problem::None << true;

    // Known to fail the outer check (one codebase whitelists it; we do not).
    QTest::newRow("whitelisted elsewhere")
        << QStringLiteral("91350203M0001QAY9B") << uscc::Problem::CheckChar << false;
    QTest::newRow("one char typo")
        << QStringLiteral("91440101MA5CJQ4N58") << uscc::Problem::CheckChar << false;
    QTest::newRow("swapped chars")
        << QStringLiteral("91440101AM5CJQ4N59") << uscc::Problem::CheckChar << false;
    // Position 17 changed from 5 to 6 and position 18 recomputed: only the inner check fails,
    // which is a warning (legacy codes in circulation), so the code is still "valid".
    QTest::newRow("inner check") << QStringLiteral("91440101MA5CJQ4N6C")
                                 << uscc::Problem::OrgCodeCheck << true;

    QTest::newRow("empty") << QString() << uscc::Problem::Empty << false;
    QTest::newRow("17 chars") << QStringLiteral("91440101MA5CJQ4N5") << uscc::Problem::Length
                              << false;
    QTest::newRow("19 chars") << QStringLiteral("91440101MA5CJQ4N590") << uscc::Problem::Length
                              << false;
    QTest::newRow("letter O") << QStringLiteral("91440101MO5CJQ4N59") << uscc::Problem::Charset
                              << false;
    QTest::newRow("letter I") << QStringLiteral("I1440101MA5CJQ4N59") << uscc::Problem::Charset
                              << false;
    QTest::newRow("lower case") << QStringLiteral("91440101ma5cjq4n59") << uscc::Problem::Charset
                                << false;
    QTest::newRow("letter in region")
        << QStringLiteral("9144A101MA5CJQ4N59") << uscc::Problem::Charset << false;
    QTest::newRow("full-width digit")
        << QStringLiteral("９1440101MA5CJQ4N59") << uscc::Problem::Charset << false;
    QTest::newRow("blank") << QStringLiteral("91440101MA5CJQ4N5 ") << uscc::Problem::Charset
                           << false;
}

void TestUscc::check()
{
    QFETCH(QString, code);
    QFETCH(uscc::Problem, problem);
    QFETCH(bool, valid);
    QCOMPARE(uscc::check(code), problem);
    QCOMPARE(uscc::isValid(code), valid);
}

void TestUscc::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("9") << QStringLiteral("91440101MA5CJQ4N5") << QChar(u'9');
    QTest::newRow("A") << QStringLiteral("91350200776049653") << QChar(u'A');
    QTest::newRow("Q") << QStringLiteral("9135021359498494X") << QChar(u'Q');
    QTest::newRow("L") << QStringLiteral("91110000600037341") << QChar(u'L');
    QTest::newRow("not B") << QStringLiteral("91350203M0001QAY9") << QChar(u'9');
    QTest::newRow("bad char") << QStringLiteral("91440101MO5CJQ4N5") << QChar();
    QTest::newRow("too short") << QStringLiteral("9144") << QChar();
}

void TestUscc::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(uscc::checkCharacter(first17), expected);
}

void TestUscc::orgCodeCheckCharacter_data()
{
    QTest::addColumn<QString>("first8");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("MA5CJQ4N") << QStringLiteral("MA5CJQ4N") << QChar(u'5');
    QTest::newRow("77604965") << QStringLiteral("77604965") << QChar(u'3');
    QTest::newRow("X") << QStringLiteral("59498494") << QChar(u'X');
    QTest::newRow("60003734") << QStringLiteral("60003734") << QChar(u'1');
    QTest::newRow("lower case") << QStringLiteral("ma5cjq4n") << QChar();
    QTest::newRow("too long") << QStringLiteral("MA5CJQ4N5") << QChar();
}

void TestUscc::orgCodeCheckCharacter()
{
    QFETCH(QString, first8);
    QFETCH(QChar, expected);
    QCOMPARE(uscc::orgCodeCheckCharacter(first8), expected);
}

// The arithmetic of DOMAIN.md's worked example: Σ = 2750, 2750 mod 31 = 22, 31 − 22 = 9; and
// every other last character is refused.
void TestUscc::workedExampleSum()
{
    const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    const QString first17 = QStringLiteral("91440101MA5CJQ4N5");
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += static_cast<int>(charset.indexOf(first17.at(i))) * weights[i];
    QCOMPARE(sum, 2750);
    QCOMPARE(sum % 31, 22);
    QCOMPARE(uscc::checkCharacter(first17), charset.at(31 - 22));

    int accepted = 0;
    for (QChar c : charset) {
        const uscc::Problem problem = uscc::check(first17 + c);
        if (c == u'9') {
            QCOMPARE(problem, uscc::Problem::None);
            ++accepted;
        } else {
            QCOMPARE(problem, uscc::Problem::CheckChar);
        }
    }
    QCOMPARE(accepted, 1);
}

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
