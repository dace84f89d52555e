#include "Uscc.h"

namespace sy::uscc {

namespace {

// GB 32100-2015: 31 characters; I, O, S, V and Z are left out because they are easily confused
// with 1, 0, 5, U and 2. A character's value is its index in this string.
constexpr QLatin1String Charset("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Weights of positions 1-17 (3^(i-1) mod 31).
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// GB 11714 weights of the eight organisation-code characters.
constexpr int OrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

int charsetValue(QChar c)
{
    return static_cast<int>(Charset.indexOf(c));
}

// GB 11714 uses the full alphabet: 0-9, then A=10 ... Z=35.
int orgValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    return -1;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

QChar checkCharacter(const QString &first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = charsetValue(first17.at(i));
        if (v < 0)
            return {};
        sum += v * Weights[i];
    }
    return Charset.at((31 - sum % 31) % 31);
}

QChar orgCodeCheckCharacter(const QString &first8)
{
    if (first8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = orgValue(first8.at(i));
        if (v < 0)
            return {};
        sum += v * OrgWeights[i];
    }
    const int c9 = 11 - sum % 11;
    if (c9 == 10)
        return QLatin1Char('X');
    if (c9 == 11)
        return QLatin1Char('0');
    return QLatin1Char(static_cast<char>('0' + c9));
}

Problem check(const QString &code)
{
    // No trimming or upper-casing here: callers normalise input, and a check that silently
    // accepted " 9144..." would let the unnormalised value reach the store.
    if (code.isEmpty())
        return Problem::Empty;
    if (code.size() != 18)
        return Problem::Length;
    for (int i = 0; i < 18; ++i) {
        const QChar c = code.at(i);
        // Positions 3-8 are a GB/T 2260 region code: digits only.
        const bool ok = (i >= 2 && i < 8) ? isDigit(c) : charsetValue(c) >= 0;
        if (!ok)
            return Problem::Charset;
    }
    if (checkCharacter(code.left(17)) != code.at(17))
        return Problem::CheckChar;
    // Only a digit or X can be a GB 11714 check character; anything else fails the inner check.
    if (orgCodeCheckCharacter(code.mid(8, 8)) != code.at(16))
        return Problem::OrgCodeCheck;
    return Problem::None;
}

bool isValid(const QString &code)
{
    const Problem p = check(code);
    return p == Problem::None || p == Problem::OrgCodeCheck;
}

} // namespace sy::uscc
