// Plugs the dashboard into the main window (ui/README.md, "Integration surface").
#include "DashboardPage.h"
#include "MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>

namespace sy {

namespace {

// Keeps the texts of the dashboard's menu actions in the current language.
class DashboardActions : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(sy::DashboardActions)

public:
    DashboardActions(QAction *show, QAction *report, QObject *parent)
        : QObject(parent)
        , m_show(show)
        , m_report(report)
    {
        retranslate();
    }

    void retranslate()
    {
        m_show->setText(tr("&Dashboard"));
        m_show->setStatusTip(tr("Show the inventory dashboard: figures and charts of the catalog"));
        m_report->setText(tr("Export &Inventory Report (PDF)…"));
        m_report->setStatusTip(tr("Write the inventory report (资源底账报告) as a PDF"));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_show;
    QAction *m_report;
};

} // namespace

void installDashboardUi(MainWindow &window)
{
    auto *page = new DashboardPage(window);
    window.addCentralPage(page);

    auto *show = new QAction(&window);
    show->setObjectName(QStringLiteral("showDashboardAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QObject::connect(show, &QAction::triggered, page,
                     [&window, page] { window.showCentralPage(page); });
    if (QMenu *view = window.menu(QStringLiteral("view")))
        view->addAction(show);

    auto *report = new QAction(&window);
    report->setObjectName(QStringLiteral("exportInventoryReportAction"));
    QObject::connect(report, &QAction::triggered, page, &DashboardPage::exportReport);
    if (QMenu *file = window.menu(QStringLiteral("file")))
        file->insertAction(window.fileImportExportAnchor(), report);

    auto *texts = new DashboardActions(show, report, page);
    page->installEventFilter(texts);
}

} // namespace sy
