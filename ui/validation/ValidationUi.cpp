// Plugs the problems panel into the main window (ui/README.md, integration surface).
#include "MainWindow.h"
#include "ProblemsPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace sy {

void installValidationUi(MainWindow &window)
{
    auto *panel = new ProblemsPanel(window);
    panel->setObjectName(QStringLiteral("problemsPanel"));
    window.addPanel(QStringLiteral("problemsDock"), panel, Qt::BottomDockWidgetArea);
    if (QMenu *tools = window.menu(QStringLiteral("tools"))) {
        QAction *validate
            = tools->addAction(QCoreApplication::translate("sy::ProblemsPanel", "&Validate All"));
        validate->setObjectName(QStringLiteral("validateAllAction"));
        validate->setShortcut(QKeySequence(Qt::Key_F7));
        QObject::connect(validate, &QAction::triggered, panel, &ProblemsPanel::validateAll);
    }
}

} // namespace sy
