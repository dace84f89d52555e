// Plugs the registrations panel and the ledger page into the main window (ui/README.md).
#include "LedgerPage.h"
#include "MainWindow.h"
#include "RegistrationsPanel.h"

namespace sy {

void installRegistrationsUi(MainWindow &window)
{
    auto *panel = new RegistrationsPanel(window);
    panel->setObjectName(QStringLiteral("registrationsPanel"));
    window.addPanel(QStringLiteral("registrationsDock"), panel, Qt::RightDockWidgetArea);
    auto *ledger = new LedgerPage(window);
    ledger->setObjectName(QStringLiteral("ledgerPage"));
    window.addCentralPage(ledger);
    QObject::connect(panel, &RegistrationsPanel::registrationsChanged, ledger, &LedgerPage::reload);
}

} // namespace sy
