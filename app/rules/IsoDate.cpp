#include "IsoDate.h"

namespace sy {

QDate isoDate(const QString &text)
{
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        int digits[8];
        int n = 0;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return QDate::fromString(text, Qt::ISODate);
            digits[n++] = c - u'0';
        }
        const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        if (year > 0) // Qt refuses the year 0000
            return QDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace sy
