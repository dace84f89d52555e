// Plugs the exchange actions into the main window (ui/README.md, integration surface).
#include "ExchangeActions.h"
#include "MainWindow.h"

namespace sy {

void installExchangeUi(MainWindow &window)
{
    new ExchangeActions(window); // owned by the window
}

} // namespace sy
