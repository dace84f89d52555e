#pragma once

#include <QString>

namespace sy {

// 统一社会信用代码 (GB 32100-2015) and its embedded organisation code (GB 11714).
namespace uscc {

enum class Problem {
    None,
    Empty,
    Length,        // not 18 characters
    Charset,       // a character outside 0-9A-HJ-NPQRTUWXY, or non-digits in the region part
    CheckChar,     // position 18 wrong (an error)
    OrgCodeCheck,  // position 17 (GB 11714 check digit of the organisation code) wrong (a warning)
};

// The expected 18th character for the first 17, or QChar() if they contain invalid characters.
QChar checkCharacter(const QString &first17);
// The expected GB 11714 check character for 8 organisation-code characters, or QChar().
QChar orgCodeCheckCharacter(const QString &first8);
// The most serious problem of `code` (outer check before inner check).
Problem check(const QString &code);
bool isValid(const QString &code); // check() is None or OrgCodeCheck

} // namespace uscc
} // namespace sy
