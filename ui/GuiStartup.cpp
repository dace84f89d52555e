#include "GuiStartup.h"

#include "CoreInfo.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>

namespace sy {

QString GuiStartup::startupLanguage(const QStringList &args)
{
    // The parser's own texts are translated, so --lang must be known before it is built.
    QString language;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
        else if (a == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
    }
    if (language.isEmpty())
        language = Settings::language();
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        language = preferredLanguage();
    return language;
}

void GuiStartup::setCjkFont(QApplication &app)
{
    QFont font = app.font();
    QStringList families{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    families << font.families();
    font.setFamilies(families);
    app.setFont(font);
}

bool GuiStartup::parse(QApplication &app, Options *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compiles a department's public data resource catalog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("catalog"),
                                 tr("The catalog file (.sycat) to open."),
                                 QStringLiteral("[catalog.sycat]"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the program: zh_CN or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window to an image file and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Window size for --screenshot (default 1440x900)."),
                                  QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   tr("For --screenshot: select the first resource and show the "
                                      "editor tab of this field (e.g. items)."),
                                   QStringLiteral("field"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addOption(size);
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("For --screenshot: show this central page (its object name, "
                                     "e.g. dashboardPage)."),
                                  QStringLiteral("name"));
    parser.addOption(focus);
    parser.addOption(page);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        *error = tr("Give at most one catalog file.");
        return false;
    }
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("zh_CN")
        && parser.value(lang) != QLatin1String("en")) {
        *error = tr("Unknown language \"%1\": use zh_CN or en.").arg(parser.value(lang));
        return false;
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() != 2 || wh.at(0).toInt() < 200 || wh.at(1).toInt() < 200) {
        *error = tr("Bad --size \"%1\": use WIDTHxHEIGHT, e.g. 1440x900.").arg(parser.value(size));
        return false;
    }
    options->catalog = args.value(0);
    options->screenshot = parser.value(screenshot);
    options->size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    options->focus = parser.value(focus);
    options->page = parser.value(page);
    return true;
}

} // namespace sy
