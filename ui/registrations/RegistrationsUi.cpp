// Plugs the registrations panel and the ledger page into the main window (ui/README.md).
#include "LedgerPage.h"
#include "MainWindow.h"
#include "RegistrationsPanel.h"

#include <QCoreApplication>

namespace sy {

void installRegistrationsUi(MainWindow &window)
{
    auto *panel = new RegistrationsPanel(window);
    panel->setObjectName(QStringLiteral("registrationsPanel"));
    window.addPanel(QStringLiteral("registrationsDock"),
                    QCoreApplication::translate("sy::RegistrationsPanel", "Registrations"), panel,
                    Qt::RightDockWidgetArea);
    auto *ledger = new LedgerPage(window);
    ledger->setObjectName(QStringLiteral("ledgerPage"));
    window.addCentralPage(ledger, QCoreApplication::translate("sy::LedgerPage", "Ledger"));
    QObject::connect(panel, &RegistrationsPanel::registrationsChanged, ledger, &LedgerPage::reload);
}

} // namespace sy
