#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace sy {

// Turns profile field values into the text of a CSV/XLSX cell and back. Export writes codes
// (machine tables) or labels (sheets for people); import accepts either, plus the usual ways
// clerks write booleans (是/否, Y/N, true/false, 1/0), numbers with thousands separators, and
// dates as yyyy-MM-dd, yyyy/MM/dd or yyyy年M月d日.
class FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(sy::FieldCodec)

public:
    static constexpr QChar listSeparator = u';';

    static QString toText(const FieldDef &field, const QVariant &value);
    // As toText, but vocabulary codes become zh labels and booleans 是/否 (for templates and
    // ledgers that people read).
    static QString toLabel(const Profile &profile, const FieldDef &field, const QVariant &value);
    // Parses a cell. Empty text gives an invalid QVariant and no problem (required-ness is the
    // rules layer's business). On a bad value returns false with a translated *problem.
    static bool fromText(const Profile &profile,
                         const FieldDef &field,
                         const QString &text,
                         QVariant *value,
                         QString *problem);

    static bool parseBool(const QString &text, bool *value);
    static bool parseDate(const QString &text, QDate *date);
};

} // namespace sy
