#pragma once

namespace sy {

class MainWindow;

// Lets every feature folder of ui/ (validation, registrations, exchange, dashboard) add its
// panels, pages and actions to `window`. Defined in the UiExtensions.cpp that ui/CMakeLists.txt
// generates into the shuyuan_gui library; call it once after constructing the window.
void installUiExtensions(MainWindow &window);

} // namespace sy
