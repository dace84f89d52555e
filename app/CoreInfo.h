#pragma once

#include <QCoreApplication>
#include <QString>

namespace sy {

// Program-wide facts and start-up helpers shared by the GUI, the CLI and the tests.
QString applicationVersion();

// Installs the translators for `localeName` (e.g. "zh_CN"): every embedded :/i18n/*_zh_CN.qm
// and Qt's own qtbase translation. English needs none (it is the source language).
// Returns the number of catalogs installed.
int installTranslations(QCoreApplication &app, const QString &localeName);

// The language the program should speak: $SHUYUAN_LANG if set, else the system locale;
// "zh_CN" for any Chinese locale, "en" otherwise.
QString preferredLanguage();

} // namespace sy
