// The `shuyuan` GUI: a thin entry point. Everything it shows lives in ui/ (shuyuan_gui).
#include "CoreInfo.h"
#include "MainWindow.h"
#include "ResourceTableModel.h"
#include "Settings.h"
#include "UiExtensions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

// The language must be known before the parser's own texts are built, so --lang is looked up
// by hand first; QCommandLineParser validates it properly afterwards.
QString requestedLanguage(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
    }
    const QString saved = sy::Settings::language();
    return saved.isEmpty() ? sy::preferredLanguage() : saved;
}

// Under LANG=C Han characters fall back to Japanese glyph forms (TOOLCHAIN.md §4): name the
// simplified-Chinese families first, explicitly.
void setCjkFont(QApplication &app)
{
    QFont font = app.font();
    QStringList families{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    families << font.families();
    font.setFamilies(families);
    app.setFont(font);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shuyuan"));
    QApplication::setApplicationName(QStringLiteral("shuyuan"));
    QApplication::setApplicationDisplayName(QStringLiteral("数源 Shuyuan"));
    QApplication::setApplicationVersion(sy::applicationVersion());

    QString language = requestedLanguage(QApplication::arguments());
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        language = sy::preferredLanguage();
    sy::installTranslations(app, language);
    setCjkFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compiles a department's public data resource catalog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("catalog"),
                                 QApplication::translate("main", "The catalog file (.sycat) to open."),
                                 QStringLiteral("[catalog.sycat]"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language of the program: zh_CN or en."),
        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to an image file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1440x900)."),
        QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption focusOption(
        QStringLiteral("focus"),
        QApplication::translate("main",
                                "For --screenshot: select the first resource and show the editor "
                                "tab of this field (e.g. items)."),
        QStringLiteral("field"));
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(focusOption);
    parser.process(app);

    QElapsedTimer clock;
    clock.start();
    sy::MainWindow window;
    sy::installUiExtensions(window);
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        QTextStream(stderr) << QApplication::translate("main", "Give at most one catalog file.")
                            << '\n';
        return 2;
    }
    if (!args.isEmpty() && !window.openCatalog(QFileInfo(args.first()).absoluteFilePath())
        && parser.isSet(screenshotOption))
        return 3;

    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size.at(0).toInt(), size.at(1).toInt());
        window.show();
        if (parser.isSet(focusOption)) {
            auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
            const qint64 first = table && table->model()->rowCount() > 0
                                     ? table->model()->index(0, 0).data(sy::ResourceTableModel::ResourceIdRole).toLongLong()
                                     : 0;
            window.selectResource(first, parser.value(focusOption));
        }
        // Let layouts settle and the table fetch its first page before grabbing.
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file)) {
            QTextStream(stderr) << QApplication::translate("main", "Cannot write %1").arg(file) << '\n';
            return 3;
        }
        QTextStream(stderr) << QApplication::translate("main", "Rendered in %1 ms: %2")
                                   .arg(clock.elapsed())
                                   .arg(file)
                            << '\n';
        return 0;
    }
    window.show();
    return app.exec();
}
