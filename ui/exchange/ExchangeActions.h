#pragma once

#include <QObject>

class QAction;

namespace sy {

class MainWindow;
struct MergePlan;

// The exchange entries of the main window: export a submission package, import a package
// (into a new catalog, or merged into the open one), import a spreadsheet (column mapping →
// dry run → merge), survey templates, spreadsheet exports, and items from a sample file. Each
// only asks what and where; the work runs in app/exchange on a worker thread (ExchangeTask).
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(MainWindow &window);

    void exportPackage();
    void importPackage();
    void importSpreadsheet();
    void surveyTemplate();
    void exportSpreadsheet();
    void inferItems();

private:
    void updateEnabled();
    // Shows the merge dialog, applies the plan on a worker thread and pushes the undo command.
    void mergeInteractively(MergePlan &plan);

    MainWindow &m_window;
    QList<QAction *> m_needCatalog;
    QAction *m_inferItems = nullptr;
};

} // namespace sy
