#pragma once

#include <QDate>
#include <QString>

namespace sy {

// QDate::fromString(text, Qt::ISODate), always with Qt's result. Qt's parser takes about a
// thousand instructions a date, and "validate all" reads two dates of each of 100k resources:
// the form every catalog writes, YYYY-MM-DD in ASCII digits, is read directly, and any other
// text is left to Qt.
QDate isoDate(const QString &text);

} // namespace sy
