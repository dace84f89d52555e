#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;

namespace sy {

// What app/main.cpp needs before the main window exists: the language, the CJK font, and the
// command line (`shuyuan [catalog.sycat] [--lang zh_CN|en] [--screenshot FILE [--size WxH]
// [--focus FIELD]]`). Kept in ui/ so its texts are translated with the rest of the GUI.
class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(sy::GuiStartup)

public:
    struct Options
    {
        QString catalog;
        QString screenshot;
        QSize size{1440, 900};
        QString focus;
        QString page; // object name of a central page to show, e.g. dashboardPage
    };

    // --lang from the raw arguments, else the saved preference, else the system's language.
    static QString startupLanguage(const QStringList &arguments);
    // Under LANG=C Han characters fall back to Japanese glyph forms (TOOLCHAIN.md §4): name the
    // simplified-Chinese families first, explicitly.
    static void setCjkFont(QApplication &app);
    // Parses the command line; exits for --help/--version; false + *error on bad usage.
    static bool parse(QApplication &app, Options *options, QString *error);
};

} // namespace sy
