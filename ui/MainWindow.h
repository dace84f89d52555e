#pragma once

#include "store/ResourceQuery.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;

namespace sy {

class CatalogDocument;
class OfficeTreeModel;
class ResourceEditor;
class ResourceTableModel;

// The one main window of the GUI: office tree (left), resource table with filter bar and search
// (centre), resource editor (below the table). Panels of ui/validation, ui/registrations,
// ui/exchange and ui/dashboard plug in through the public "integration surface" below (see
// ui/README.md); they never reach into the private widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Integration surface -----------------------------------------------------------------
    CatalogDocument *document() const { return m_document; }

    // Adds a dock panel (objectName must be unique and stable: it keys the saved layout) and a
    // toggle entry in the View menu. The window takes ownership of `widget`.
    // The dock's title is the widget's windowTitle() and follows it, so a panel that retitles
    // itself on a language switch retitles its dock.
    QDockWidget *addPanel(const QString &objectName,
                          QWidget *widget,
                          Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // Adds a page to the central tab widget (page 0 is the catalog itself). Returns its index.
    // The tab shows the page's windowTitle() and follows it, as addPanel() does.
    int addCentralPage(QWidget *page);
    void showCentralPage(QWidget *page);

    // Menus by name: "file", "edit", "view", "resource", "tools", "help". Add your actions
    // there; the File menu has a separator group for import/export ("file" actions appended
    // before Close/Quit via fileImportExportAnchor()).
    QMenu *menu(const QString &name) const;
    QAction *fileImportExportAnchor() const { return m_importExportAnchor; }
    QToolBar *mainToolBar() const { return m_toolBar; }

    // Shows exactly the resources of `query` in the table (a dashboard click, a saved filter):
    // filter bar, search box and office tree are set to match where they can express it;
    // query.ids restricts the table further. Switches to the catalog page.
    void setResourceFilter(const ResourceQuery &query);
    ResourceQuery resourceFilter() const;
    // Selects the resource (clearing filters if it is hidden by them), shows it in the editor and,
    // if fieldKey names a profile field of the resource or "items", focuses that field's widget.
    void selectResource(qint64 resourceId, const QString &fieldKey = {});
    qint64 currentResourceId() const;
    QList<qint64> selectedResourceIds() const;
    void showStatusMessage(const QString &message, int timeoutMs = 5000);

    // --- File actions (also used by main.cpp and tests) --------------------------------------
    bool openCatalog(const QString &path);
    bool closeCatalog();
    void newCatalog();
    void openCatalogDialog();
    void saveCatalogAs();
    void bulkEdit();
    void findReplace();
    void newResource();
    void duplicateResource();
    void deleteResources();
    void showPreferences();

signals:
    void currentResourceChanged(qint64 resourceId); // 0 = none
    void resourceSelectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslate();
    void updateUndoTexts();
    void rebuildFilterCombos();
    void fitColumns();
    void applyFilters();
    void onCatalogOpened();
    void onCatalogClosed();
    void onCurrentRowChanged();
    void onOfficeSelected();
    void updateStatusBar();
    void updateActions();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void restoreLayout();

    CatalogDocument *m_document = nullptr;
    OfficeTreeModel *m_officeModel = nullptr;
    ResourceTableModel *m_tableModel = nullptr;

    QTabWidget *m_centralTabs = nullptr;
    QWidget *m_catalogPage = nullptr;
    QTreeView *m_officeTree = nullptr;
    QTableView *m_table = nullptr;
    ResourceEditor *m_editor = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QHash<QString, QComboBox *> m_filterCombos; // vocabulary id -> combo
    QLabel *m_filterLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<QString, QMenu *> m_menus;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importExportAnchor = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<qint64> m_restrictIds;   // ids restriction of setResourceFilter()
    ResourceQuery m_externalQuery; // the last setResourceFilter(), for what the bar cannot show
    QList<qint64> m_officeFilter;
    bool m_forceSearch = false; // Enter: search even a single character
};

} // namespace sy
