// The `shuyuan` GUI: a thin entry point. Everything it shows lives in ui/ (shuyuan_gui).
#include "CoreInfo.h"
#include "GuiStartup.h"
#include "MainWindow.h"
#include "ResourceTableModel.h"
#include "Settings.h"
#include "UiExtensions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shuyuan"));
    QApplication::setApplicationName(QStringLiteral("shuyuan"));
    QApplication::setApplicationDisplayName(QStringLiteral("数源 Shuyuan"));
    QApplication::setApplicationVersion(sy::applicationVersion());

    sy::installTranslations(app, sy::GuiStartup::startupLanguage(QApplication::arguments()));
    sy::GuiStartup::setCjkFont(app);
    sy::GuiStartup::Options options;
    QString error;
    QTextStream err(stderr);
    if (!sy::GuiStartup::parse(app, &options, &error)) {
        err << error << '\n';
        return 2;
    }

    // A screenshot must look the same on every machine and leave the user's settings alone.
    QTemporaryDir screenshotSettings;
    if (!options.screenshot.isEmpty())
        sy::Settings::useFileForTesting(
            screenshotSettings.filePath(QStringLiteral("settings.ini")));

    sy::MainWindow window;
    sy::installUiExtensions(window);
    if (!options.catalog.isEmpty()
        && !window.openCatalog(QFileInfo(options.catalog).absoluteFilePath())
        && !options.screenshot.isEmpty())
        return 3;

    if (options.screenshot.isEmpty()) {
        window.show();
        return app.exec();
    }

    // --screenshot: render the window as a clerk would first see it, then exit.
    window.resize(options.size);
    window.show();
    if (!options.focus.isEmpty()) {
        auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
        if (table && table->model()->rowCount() > 0) {
            const QModelIndex first = table->model()->index(0, 0);
            window.selectResource(first.data(sy::ResourceTableModel::ResourceIdRole).toLongLong(),
                                  options.focus);
        }
    }
    if (!options.page.isEmpty()) {
        auto *page = window.findChild<QWidget *>(options.page);
        if (!page) {
            err << sy::GuiStartup::tr("No page is called %1.").arg(options.page) << '\n';
            return 2;
        }
        window.showCentralPage(page);
        // Pages that compute on a worker (the dashboard) get a moment to draw their results.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 3000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(); // let layouts settle before grabbing
    if (!window.grab().save(options.screenshot)) {
        err << sy::GuiStartup::tr("Cannot write %1").arg(options.screenshot) << '\n';
        return 3;
    }
    err << sy::GuiStartup::tr("Rendered in %1 ms: %2").arg(clock.elapsed()).arg(options.screenshot)
        << '\n';
    return 0;
}
