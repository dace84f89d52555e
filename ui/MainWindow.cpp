#include "MainWindow.h"

#include "BulkEditDialog.h"
#include "CatalogDocument.h"
#include "CoreInfo.h"
#include "Dialogs.h"
#include "FindReplaceDialog.h"
#include "FlowLayout.h"
#include "NewCatalogDialog.h"
#include "OfficeTreeModel.h"
#include "PreferencesDialog.h"
#include "ResourceEditor.h"
#include "ResourceTableModel.h"
#include "Settings.h"
#include "store/CatalogStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sy {

namespace {

// The filter bar: vocabulary id, resource column key, object name of the combo.
struct FilterDef
{
    const char *vocabulary;
    const char *key;
    const char *objectName;
};
const FilterDef filterDefs[] = {
    {"grade", "grade", "gradeFilterComboBox"},
    {"sharing", "sharing", "sharingFilterComboBox"},
    {"opening", "opening", "openingFilterComboBox"},
    {"update_cycle", "update_cycle", "updateCycleFilterComboBox"},
    {"format", "format", "formatFilterComboBox"},
    {"resource_status", "status", "statusFilterComboBox"},
};

QStringList *queryList(ResourceQuery &q, const QString &key)
{
    if (key == QLatin1String("grade"))
        return &q.grades;
    if (key == QLatin1String("sharing"))
        return &q.sharing;
    if (key == QLatin1String("opening"))
        return &q.opening;
    if (key == QLatin1String("update_cycle"))
        return &q.updateCycles;
    if (key == QLatin1String("format"))
        return &q.formats;
    return &q.statuses;
}

const QString fileFilter()
{
    return MainWindow::tr("Shuyuan catalogs (*.sycat);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new CatalogDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document->setUser(Settings::userName());
    m_officeModel = new OfficeTreeModel(m_document, this);
    m_tableModel = new ResourceTableModel(m_document, this);

    createActions();
    createMenus();
    createCentralWidget();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_document, &CatalogDocument::catalogOpened, this, &MainWindow::onCatalogOpened);
    connect(m_document, &CatalogDocument::catalogClosed, this, &MainWindow::onCatalogClosed);
    connect(m_document, &CatalogDocument::resourceChanged, this, [this](qint64 id) {
        m_tableModel->refreshResource(id);
        updateStatusBar();
    });
    connect(m_document, &CatalogDocument::resourcesChanged, this, [this] {
        m_officeModel->reload();
        applyFilters(); // rows came or went: re-run the query, keeping the current resource
    });
    connect(m_document, &CatalogDocument::officesChanged, this, [this] {
        m_officeModel->reload();
        m_tableModel->retranslate(); // office names in the table
        updateStatusBar();
    });
    connect(m_document, &CatalogDocument::metaChanged, this, &MainWindow::retranslate);
    connect(m_document, &CatalogDocument::errorOccurred, this, [this](const QString &message) {
        Dialogs::warning(this, tr("Change not saved"), message);
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_document, &CatalogDocument::integrityChecked, this,
            [this](bool ok, const QString &error) {
                if (ok) {
                    showStatusMessage(tr("File checked: no damage found. You can edit now."));
                } else {
                    Dialogs::warning(this, tr("The catalog file is damaged"), error);
                }
                updateActions();
            });

    retranslate();
    updateRecentMenu();
    onCatalogClosed();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Close while the views still exist, so nothing reads a half-destroyed window.
    m_document->close();
}

// --- Construction ------------------------------------------------------------------------------

void MainWindow::createActions()
{
    auto add
        = [this](const QString &key, const QString &icon, const QKeySequence &shortcut, auto slot) {
              auto *a = new QAction(QIcon::fromTheme(icon), QString(), this);
              a->setObjectName(key + QStringLiteral("Action"));
              if (!shortcut.isEmpty())
                  a->setShortcut(shortcut);
              connect(a, &QAction::triggered, this, slot);
              m_actions.insert(key, a);
              return a;
          };
    add(QStringLiteral("new"), QStringLiteral("document-new"), QKeySequence::New,
        &MainWindow::newCatalog);
    add(QStringLiteral("open"), QStringLiteral("document-open"), QKeySequence::Open,
        &MainWindow::openCatalogDialog);
    add(QStringLiteral("saveAs"), QStringLiteral("document-save-as"), QKeySequence::SaveAs,
        &MainWindow::saveCatalogAs);
    add(QStringLiteral("close"), QStringLiteral("document-close"), QKeySequence::Close,
        [this] { closeCatalog(); });
    add(QStringLiteral("quit"), QStringLiteral("application-exit"), QKeySequence::Quit,
        [this] { close(); });
    add(QStringLiteral("preferences"), QStringLiteral("preferences-system"),
        QKeySequence::Preferences, &MainWindow::showPreferences);
    add(QStringLiteral("find"), QStringLiteral("edit-find"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    add(QStringLiteral("findReplace"), QStringLiteral("edit-find-replace"),
        QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::findReplace);
    add(QStringLiteral("bulkEdit"), QStringLiteral("document-edit"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::bulkEdit);
    add(QStringLiteral("newResource"), QStringLiteral("list-add"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newResource);
    add(QStringLiteral("duplicateResource"), QStringLiteral("edit-copy"),
        QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateResource);
    QAction *del = add(QStringLiteral("deleteResource"), QStringLiteral("edit-delete"),
                       QKeySequence::Delete, &MainWindow::deleteResources);
    // Delete only acts on the table: inside an editor it must delete characters.
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *rename = add(QStringLiteral("rename"), QStringLiteral("edit-rename"),
                          QKeySequence(Qt::Key_F2), [this] {
                              if (m_officeTree->hasFocus()) {
                                  const QModelIndex i = m_officeTree->currentIndex();
                                  if (i.isValid() && (m_officeModel->flags(i) & Qt::ItemIsEditable))
                                      m_officeTree->edit(i);
                                  return;
                              }
                              if (currentResourceId())
                                  m_editor->focusField(QStringLiteral("name"));
                          });
    // F2 belongs to the office tree and the table; in the item grid it edits the cell.
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    add(QStringLiteral("addOffice"), QStringLiteral("folder-new"), QKeySequence(), [this] {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("addOfficeDialog"));
        dialog.setWindowTitle(tr("Add Office"));
        dialog.setLabelText(tr("Name of the internal office (内设机构):"));
        if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
            return;
        Office office;
        office.name = dialog.textValue().trimmed();
        const QModelIndex current = m_officeTree->currentIndex();
        const qint64 parent = current.data(OfficeTreeModel::OfficeIdRole).toLongLong();
        office.parentId = parent > 0 ? parent : 0;
        office.position = int(m_document->offices().size());
        m_document->addOffice(office);
    });
    add(QStringLiteral("deleteOffice"), QStringLiteral("folder-remove"), QKeySequence(), [this] {
        const qint64 id
            = m_officeTree->currentIndex().data(OfficeTreeModel::OfficeIdRole).toLongLong();
        if (id > 0 && !m_document->deleteOffice(id))
            Dialogs::warning(this, tr("Delete Office"), m_document->errorString());
    });
    add(QStringLiteral("clearFilters"), QStringLiteral("edit-clear"), QKeySequence(),
        [this] { setResourceFilter(ResourceQuery()); });
    add(QStringLiteral("about"), QStringLiteral("help-about"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Shuyuan"),
                           tr("<h3>Shuyuan %1</h3><p>Compiles a department's public data resource "
                              "catalog, registers resources, products and services, and exports "
                              "submission packages.</p>")
                               .arg(applicationVersion()));
    });

    // Own undo/redo actions instead of QUndoStack::createUndoAction(): their prefix must follow
    // a language switch at run time.
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = add(QStringLiteral("undo"), QStringLiteral("edit-undo"), QKeySequence::Undo,
                        [stack] { stack->undo(); });
    QAction *redo = add(QStringLiteral("redo"), QStringLiteral("edit-redo"), QKeySequence::Redo,
                        [stack] { stack->redo(); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
}

void MainWindow::createMenus()
{
    auto addMenu = [this](const QString &name) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(name + QStringLiteral("Menu"));
        m_menus.insert(name, m);
        return m;
    };
    QMenu *file = addMenu(QStringLiteral("file"));
    file->addAction(m_actions.value(QStringLiteral("new")));
    file->addAction(m_actions.value(QStringLiteral("open")));
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("saveAs")));
    file->addSeparator();
    // Import/export actions of ui/exchange go in before this separator.
    m_importExportAnchor = file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("close")));
    file->addAction(m_actions.value(QStringLiteral("quit")));

    QMenu *edit = addMenu(QStringLiteral("edit"));
    edit->addAction(m_actions.value(QStringLiteral("undo")));
    edit->addAction(m_actions.value(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("find")));
    edit->addAction(m_actions.value(QStringLiteral("findReplace")));
    edit->addAction(m_actions.value(QStringLiteral("bulkEdit")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("rename")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("preferences")));

    addMenu(QStringLiteral("view"));

    QMenu *resource = addMenu(QStringLiteral("resource"));
    resource->addAction(m_actions.value(QStringLiteral("newResource")));
    resource->addAction(m_actions.value(QStringLiteral("duplicateResource")));
    resource->addAction(m_actions.value(QStringLiteral("deleteResource")));
    resource->addSeparator();
    resource->addAction(m_actions.value(QStringLiteral("addOffice")));
    resource->addAction(m_actions.value(QStringLiteral("deleteOffice")));
    resource->addSeparator();
    resource->addAction(m_actions.value(QStringLiteral("clearFilters")));

    addMenu(QStringLiteral("tools"));
    QMenu *help = addMenu(QStringLiteral("help"));
    help->addAction(m_actions.value(QStringLiteral("about")));

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *key :
         {"new", "open", "undo", "redo", "newResource", "deleteResource", "bulkEdit"}) {
        m_toolBar->addAction(m_actions.value(QString::fromLatin1(key)));
    }
}

void MainWindow::createCentralWidget()
{
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabWidget"));
    m_centralTabs->setDocumentMode(true);

    auto *stack = new QStackedWidget;
    stack->setObjectName(QStringLiteral("catalogStackedWidget"));
    m_catalogPage = stack;

    // Page 0: shown while no catalog is open.
    auto *welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *wl = new QVBoxLayout(welcome);
    wl->addStretch(1);
    auto *title = new QLabel(welcome);
    title->setObjectName(QStringLiteral("welcomeLabel"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    wl->addWidget(title);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *newButton = new QPushButton(welcome);
    newButton->setObjectName(QStringLiteral("newCatalogPushButton"));
    auto *openButton = new QPushButton(welcome);
    openButton->setObjectName(QStringLiteral("openCatalogPushButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    wl->addLayout(buttons);
    auto *recent = new QListWidget(welcome);
    recent->setObjectName(QStringLiteral("recentListWidget"));
    recent->setMaximumWidth(640);
    recent->setMaximumHeight(200);
    auto *recentRow = new QHBoxLayout;
    recentRow->addStretch(1);
    recentRow->addWidget(recent, 4);
    recentRow->addStretch(1);
    wl->addLayout(recentRow);
    wl->addStretch(2);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newCatalog);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openCatalogDialog);
    connect(recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openCatalog(item->data(Qt::UserRole).toString()); });
    stack->addWidget(welcome);

    // Page 1: the catalog.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("catalogPage"));
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 4, 0);

    // Wraps onto a second row on narrow screens rather than cutting the lists' texts off.
    auto *filterBar = new FlowLayout(nullptr, 4);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    filterBar->addWidget(m_search);
    for (const FilterDef &def : filterDefs) {
        auto *combo = new QComboBox(page);
        combo->setObjectName(QString::fromLatin1(def.objectName));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(4);
        connect(combo, &QComboBox::activated, this, &MainWindow::applyFilters);
        m_filterCombos.insert(QString::fromLatin1(def.vocabulary), combo);
        filterBar->addWidget(combo);
    }
    auto *clear = new QToolButton(page);
    clear->setObjectName(QStringLiteral("clearFiltersToolButton"));
    clear->setDefaultAction(m_actions.value(QStringLiteral("clearFilters")));
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filterBar->addWidget(clear);
    pageLayout->addLayout(filterBar);
    m_filterLabel = new QLabel(page);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setStyleSheet(QStringLiteral("color:#8a5a00"));
    m_filterLabel->hide();
    pageLayout->addWidget(m_filterLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    // Long enough to skip the keystrokes of a word, short enough to feel like "as you type".
    m_searchTimer->setInterval(40);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_forceSearch = true;
        applyFilters();
        m_forceSearch = false;
    });
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilters);

    auto *hsplit = new QSplitter(Qt::Horizontal, page);
    hsplit->setObjectName(QStringLiteral("mainSplitter"));
    m_officeTree = new QTreeView(hsplit);
    m_officeTree->setObjectName(QStringLiteral("officeTreeView"));
    m_officeTree->setModel(m_officeModel);
    m_officeTree->setHeaderHidden(true);
    m_officeTree->setEditTriggers(QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::SelectedClicked);
    m_officeTree->setMinimumWidth(160);
    connect(m_officeTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOfficeSelected);

    auto *vsplit = new QSplitter(Qt::Vertical, hsplit);
    vsplit->setObjectName(QStringLiteral("tableEditorSplitter"));
    m_table = new QTableView(vsplit);
    m_table->setObjectName(QStringLiteral("resourceTableView"));
    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights and fixed column widths: the view never measures 100k rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setMinimumSectionSize(40);
    header->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatusBar();
        emit resourceSelectionChanged();
    });
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *key :
         {"newResource", "duplicateResource", "deleteResource", "bulkEdit", "findReplace"}) {
        m_table->addAction(m_actions.value(QString::fromLatin1(key)));
    }
    // Delete and F2 are WidgetWithChildrenShortcut actions: they act where they are added.
    m_table->addAction(m_actions.value(QStringLiteral("rename")));
    m_officeTree->addAction(m_actions.value(QStringLiteral("rename")));

    m_editor = new ResourceEditor(m_document, vsplit);
    vsplit->addWidget(m_table);
    vsplit->addWidget(m_editor);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    hsplit->addWidget(m_officeTree);
    hsplit->addWidget(vsplit);
    hsplit->setStretchFactor(0, 0);
    hsplit->setStretchFactor(1, 1);
    hsplit->setSizes({270, 1000});
    vsplit->setSizes({420, 320});
    pageLayout->addWidget(hsplit, 1);
    stack->addWidget(page);

    setTabOrder(m_search, m_officeTree);
    setTabOrder(m_officeTree, m_table);
    setTabOrder(m_table, m_editor);

    m_centralTabs->addTab(stack, QString());
    setCentralWidget(m_centralTabs);
}

void MainWindow::retranslate()
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("new"), QT_TR_NOOP("&New Catalog…")},
        {QStringLiteral("open"), QT_TR_NOOP("&Open…")},
        {QStringLiteral("saveAs"), QT_TR_NOOP("Save a &Copy As…")},
        {QStringLiteral("close"), QT_TR_NOOP("&Close Catalog")},
        {QStringLiteral("quit"), QT_TR_NOOP("&Quit")},
        {QStringLiteral("preferences"), QT_TR_NOOP("&Preferences…")},
        {QStringLiteral("find"), QT_TR_NOOP("&Find…")},
        {QStringLiteral("findReplace"), QT_TR_NOOP("Find and &Replace…")},
        {QStringLiteral("bulkEdit"), QT_TR_NOOP("&Bulk Edit…")},
        {QStringLiteral("newResource"), QT_TR_NOOP("&New Resource")},
        {QStringLiteral("duplicateResource"), QT_TR_NOOP("D&uplicate Resource")},
        {QStringLiteral("deleteResource"), QT_TR_NOOP("&Delete Resource")},
        {QStringLiteral("rename"), QT_TR_NOOP("Re&name")},
        {QStringLiteral("addOffice"), QT_TR_NOOP("Add &Office…")},
        {QStringLiteral("deleteOffice"), QT_TR_NOOP("Delete O&ffice")},
        {QStringLiteral("clearFilters"), QT_TR_NOOP("Show &All")},
        {QStringLiteral("about"), QT_TR_NOOP("&About Shuyuan")},
    };
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (QAction *a = m_actions.value(it.key()))
            a->setText(tr(it.value()));
    }
    m_actions.value(QStringLiteral("clearFilters"))
        ->setToolTip(tr("Clear the search, the filters and the office selection"));
    updateUndoTexts();

    static const QHash<QString, const char *> menus{
        {QStringLiteral("file"), QT_TR_NOOP("&File")},
        {QStringLiteral("edit"), QT_TR_NOOP("&Edit")},
        {QStringLiteral("view"), QT_TR_NOOP("&View")},
        {QStringLiteral("resource"), QT_TR_NOOP("&Resource")},
        {QStringLiteral("tools"), QT_TR_NOOP("&Tools")},
        {QStringLiteral("help"), QT_TR_NOOP("&Help")},
    };
    for (auto it = menus.begin(); it != menus.end(); ++it)
        m_menus.value(it.key())->setTitle(tr(it.value()));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_centralTabs->setTabText(0, tr("Catalog"));
    m_search->setPlaceholderText(tr("Search names, summaries and information items…"));
    m_search->setToolTip(
        tr("Results appear as you type from the second character; press Enter to search for a "
           "single character (Ctrl+F)"));
    if (auto *l = findChild<QLabel *>(QStringLiteral("welcomeLabel")))
        l->setText(tr("<h2>Shuyuan 数源</h2><p>Create a catalog for your department, or open one "
                      "you or a colleague made.</p>"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("newCatalogPushButton")))
        b->setText(tr("New Catalog…"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("openCatalogPushButton")))
        b->setText(tr("Open Catalog…"));
    rebuildFilterCombos();
    m_tableModel->retranslate();
    fitColumns();
    m_officeModel->retranslate();

    QString title = tr("Shuyuan");
    if (m_document->isOpen()) {
        const CatalogMeta meta = m_document->meta();
        title = QStringLiteral("%1 — %2").arg(
            meta.name.isEmpty() ? QFileInfo(m_document->path()).fileName() : meta.name, title);
        setWindowFilePath(m_document->path());
    }
    setWindowTitle(title);
    updateStatusBar();
}

void MainWindow::fitColumns()
{
    // Widths from what the columns can hold (vocabulary labels, number formats, the header in
    // the current language), never from the rows: measuring 100k rows would defeat laziness.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics hfm = m_table->horizontalHeader()->fontMetrics();
    const Profile *profile = m_document->profile().get();
    const int em = fm.horizontalAdvance(QStringLiteral("数"));
    const QStringList keys = m_tableModel->columnKeys();
    for (int c = 0; c < keys.size(); ++c) {
        const QString &key = keys.at(c);
        int width = 4 * em;
        if (key == QLatin1String("code"))
            width = fm.horizontalAdvance(QStringLiteral("000000/000000"));
        else if (key == QLatin1String("name"))
            width = 18 * em;
        else if (key == QLatin1String("office"))
            width = 7 * em;
        else if (key == QLatin1String("records"))
            width = fm.horizontalAdvance(QLocale().toString(99999999));
        else if (key == QLatin1String("bytes"))
            width = fm.horizontalAdvance(QStringLiteral("999.9 MB"));
        else if (key == QLatin1String("modified"))
            width = fm.horizontalAdvance(QStringLiteral("2026-01-01 00:00"));
        const QString vocabulary
            = key == QLatin1String("status") ? QStringLiteral("resource_status") : key;
        if (const Vocabulary *v = profile ? profile->vocabulary(vocabulary) : nullptr) {
            width = 0;
            for (const VocabularyItem &item : v->items) {
                if (item.parent.isEmpty())
                    width = std::max(width, fm.horizontalAdvance(item.label.text()));
            }
        }
        const int headerWidth
            = hfm.horizontalAdvance(
                  m_tableModel->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString())
              + 24; // room for the sort indicator
        m_table->horizontalHeader()->resizeSection(c, std::max(width + 14, headerWidth));
    }
}

void MainWindow::rebuildFilterCombos()
{
    const Profile *profile = m_document->profile().get();
    for (const FilterDef &def : filterDefs) {
        QComboBox *combo = m_filterCombos.value(QString::fromLatin1(def.vocabulary));
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        const Vocabulary *v
            = profile ? profile->vocabulary(QString::fromLatin1(def.vocabulary)) : nullptr;
        QString label = v ? v->label.text() : QString::fromLatin1(def.key);
        if (const FieldDef *f
            = profile ? profile->field(QStringLiteral("resource"), QString::fromLatin1(def.key))
                      : nullptr)
            label = f->label.text();
        combo->addItem(tr("%1: all").arg(label), QString());
        combo->setToolTip(label);
        if (v) {
            for (const VocabularyItem &item : v->items) {
                if (!item.parent.isEmpty())
                    continue; // sub-formats are too fine for the filter bar
                combo->addItem(item.label.text(), item.code);
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(Settings::windowState());
    for (QSplitter *s : findChildren<QSplitter *>()) {
        const QByteArray state = Settings::splitterState(s->objectName());
        if (!state.isEmpty())
            s->restoreState(state);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->commitPending();
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    for (QSplitter *s : findChildren<QSplitter *>())
        Settings::setSplitterState(s->objectName(), s->saveState());
    m_document->close();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    QAction *undoAction = m_actions.value(QStringLiteral("undo"));
    QAction *redoAction = m_actions.value(QStringLiteral("redo"));
    undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    // The toolbar keeps short labels; the menu and the tooltip say what will be undone.
    undoAction->setIconText(tr("Undo"));
    redoAction->setIconText(tr("Redo"));
    undoAction->setToolTip(undoAction->text().remove(QLatin1Char('&')));
    redoAction->setToolTip(redoAction->text().remove(QLatin1Char('&')));
}

// --- Integration surface -----------------------------------------------------------------------

QDockWidget *
MainWindow::addPanel(const QString &objectName, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(widget->windowTitle(), this);
    widget->installEventFilter(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    // A modest first size, so panels do not squeeze the catalog before the clerk arranges them
    // (a saved layout, restored below, wins).
    if (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea)
        resizeDocks({dock}, {170}, Qt::Vertical);
    else
        resizeDocks({dock}, {320}, Qt::Horizontal);
    QAction *toggle = dock->toggleViewAction();
    m_menus.value(QStringLiteral("view"))->addAction(toggle);
    // A layout saved before this panel existed does not know it: restore again.
    restoreState(Settings::windowState());
    return dock;
}

int MainWindow::addCentralPage(QWidget *page)
{
    page->installEventFilter(this);
    return m_centralTabs->addTab(page, page->windowTitle());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Panels and pages retitle themselves on a language switch; their dock or tab follows.
    if (event->type() == QEvent::WindowTitleChange) {
        if (auto *widget = qobject_cast<QWidget *>(watched)) {
            const int tab = m_centralTabs->indexOf(widget);
            if (tab >= 0)
                m_centralTabs->setTabText(tab, widget->windowTitle());
            if (auto *dock = qobject_cast<QDockWidget *>(widget->parentWidget()))
                dock->setWindowTitle(widget->windowTitle());
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showCentralPage(QWidget *page)
{
    m_centralTabs->setCurrentWidget(page);
}

QMenu *MainWindow::menu(const QString &name) const
{
    return m_menus.value(name);
}

ResourceQuery MainWindow::resourceFilter() const
{
    return m_tableModel->query();
}

void MainWindow::setResourceFilter(const ResourceQuery &query)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(query.text);
    }
    m_searchTimer->stop();
    m_restrictIds = query.ids;
    m_externalQuery = query;
    for (const FilterDef &def : filterDefs) {
        QComboBox *combo = m_filterCombos.value(QString::fromLatin1(def.vocabulary));
        const QStringList values = *queryList(m_externalQuery, QString::fromLatin1(def.key));
        const int i = values.size() == 1 ? combo->findData(values.first()) : 0;
        combo->setCurrentIndex(std::max(0, i));
    }
    m_officeFilter = query.officeIds;
    {
        const QSignalBlocker blocker(m_officeTree->selectionModel());
        const QModelIndex idx = m_officeModel->indexForOffice(
            query.officeIds.size() == 1 ? query.officeIds.first() : OfficeTreeModel::allOffices);
        m_officeTree->setCurrentIndex(idx);
    }
    m_centralTabs->setCurrentIndex(0);
    applyFilters();
}

void MainWindow::applyFilters()
{
    if (!m_document->isOpen())
        return;
    ResourceQuery q;
    q.text = m_search->text().trimmed();
    // One character matches nearly everything and costs a full scan on every keystroke: as you
    // type, searching starts at two; Enter searches for a single character too.
    if (q.text.size() < 2 && !m_forceSearch)
        q.text.clear();
    q.officeIds = m_officeFilter;
    q.includeSubOffices = true;
    q.ids = m_restrictIds;
    q.secret = m_externalQuery.secret;
    QStringList external;
    for (const FilterDef &def : filterDefs) {
        const QString key = QString::fromLatin1(def.key);
        QComboBox *combo = m_filterCombos.value(QString::fromLatin1(def.vocabulary));
        const QString code = combo->currentData().toString();
        const QStringList fromOutside = *queryList(m_externalQuery, key);
        if (!code.isEmpty())
            *queryList(q, key) = {code};
        else if (fromOutside.size() > 1)
            *queryList(q, key) = fromOutside; // several values: the combo cannot show them
        if (code.isEmpty() && fromOutside.size() > 1)
            external << combo->toolTip();
    }
    if (!m_restrictIds.isEmpty() || !external.isEmpty() || q.secret.has_value()) {
        m_filterLabel->setText(tr("The table shows a selection made elsewhere (e.g. the "
                                  "dashboard). Show All clears it."));
        m_filterLabel->show();
    } else {
        m_filterLabel->hide();
    }

    const qint64 current = currentResourceId();
    m_tableModel->setQuery(q);
    const int row = current ? m_tableModel->rowForId(current) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_tableModel->index(row, 0));
        m_table->scrollTo(m_tableModel->index(row, 0));
    } else {
        m_editor->setResource(0);
        emit currentResourceChanged(0);
    }
    updateStatusBar();
    updateActions();
}

void MainWindow::selectResource(qint64 resourceId, const QString &fieldKey)
{
    if (!m_document->isOpen() || !resourceId)
        return;
    m_centralTabs->setCurrentIndex(0);
    int row = m_tableModel->rowForId(resourceId);
    if (row < 0) {
        // Hidden by the filters: show everything so the clerk sees where it is.
        setResourceFilter(ResourceQuery());
        row = m_tableModel->rowForId(resourceId);
    }
    if (row < 0)
        return;
    const QModelIndex idx = m_tableModel->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    m_table->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    if (!fieldKey.isEmpty())
        m_editor->focusField(fieldKey);
}

qint64 MainWindow::currentResourceId() const
{
    return m_editor->resourceId();
}

QList<qint64> MainWindow::selectedResourceIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids << m_tableModel->resourceId(row);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty() && currentResourceId())
        ids << currentResourceId();
    return ids;
}

void MainWindow::showStatusMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

// --- Reactions ---------------------------------------------------------------------------------

void MainWindow::onCatalogOpened()
{
    static_cast<QStackedWidget *>(m_catalogPage)->setCurrentIndex(1);
    m_restrictIds.clear();
    m_externalQuery = ResourceQuery();
    m_officeFilter.clear();
    m_officeModel->reload();
    m_officeTree->expandAll();
    {
        // One query for the table, not one per reaction: opening a 100k catalog is timed.
        const QSignalBlocker blocker(m_officeTree->selectionModel());
        m_officeTree->setCurrentIndex(m_officeModel->index(0, 0));
    }
    retranslate();
    applyFilters();
    if (m_tableModel->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void MainWindow::onCatalogClosed()
{
    m_tableModel->clear();
    m_officeModel->reload();
    m_editor->setResource(0);
    static_cast<QStackedWidget *>(m_catalogPage)->setCurrentIndex(0);
    setWindowFilePath(QString());
    retranslate();
    updateActions();
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_tableModel->resourceId(current.row()) : 0;
    if (id == m_editor->resourceId())
        return;
    m_editor->setResource(id);
    updateActions();
    emit currentResourceChanged(id);
}

void MainWindow::onOfficeSelected()
{
    const QModelIndex current = m_officeTree->currentIndex();
    const qint64 id = current.isValid() ? current.data(OfficeTreeModel::OfficeIdRole).toLongLong()
                                        : OfficeTreeModel::allOffices;
    m_officeFilter.clear();
    if (id != OfficeTreeModel::allOffices)
        m_officeFilter << id;
    applyFilters();
}

void MainWindow::updateStatusBar()
{
    if (!m_countLabel)
        return;
    CatalogStore *store = m_document->store();
    if (!store) {
        m_countLabel->setText(tr("No catalog open"));
        return;
    }
    const qint64 total
        = m_officeModel->rowCount() > 0
              ? m_officeModel->index(0, 0).data(OfficeTreeModel::CountRole).toLongLong()
              : 0;
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    QString text = tr("%L1 of %L2 resources shown").arg(m_tableModel->totalCount()).arg(total);
    if (selected > 1)
        text += QStringLiteral(" · ") + tr("%L1 selected").arg(selected);
    text += QStringLiteral(" · ") + tr("%L1 offices").arg(m_document->offices().size());
    m_countLabel->setText(text);
}

void MainWindow::updateActions()
{
    // While a big file is still being checked it is shown but not edited.
    const bool open = m_document->isOpen();
    const bool editable = open && !m_document->isCheckingIntegrity();
    const bool current = editable && currentResourceId() != 0;
    for (const char *key : {"saveAs", "close", "find", "clearFilters"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(open);
    for (const char *key : {"newResource", "addOffice"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(editable);
    for (const char *key : {"duplicateResource", "deleteResource", "bulkEdit", "findReplace"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(current);
    const qint64 office
        = m_officeTree->currentIndex().data(OfficeTreeModel::OfficeIdRole).toLongLong();
    m_actions.value(QStringLiteral("deleteOffice"))->setEnabled(editable && office > 0);
}

// --- Files -------------------------------------------------------------------------------------

bool MainWindow::openCatalog(const QString &path)
{
    m_editor->commitPending();
    QString error;
    // Opening an older file upgrades it first (a backup copy, then a rebuild of the items),
    // seconds for a big catalog.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = m_document->open(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        Dialogs::warning(this, tr("Cannot open catalog"), error);
        if (!QFileInfo::exists(path)) {
            Settings::removeRecentFile(path);
            updateRecentMenu();
        }
        return false;
    }
    addRecentFile(path);
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    if (m_document->isCheckingIntegrity()) {
        showStatusMessage(tr("Opened %1; checking the file for damage, edits wait until it is "
                             "done…")
                              .arg(QDir::toNativeSeparators(path)),
                          0);
    } else {
        showStatusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool MainWindow::closeCatalog()
{
    if (!m_document->isOpen())
        return false;
    m_editor->commitPending();
    m_document->close();
    return true;
}

void MainWindow::newCatalog()
{
    NewCatalogDialog dialog(m_document->profile(), Settings::lastDirectory(), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !dialog.isComplete())
        return;
    m_editor->commitPending();
    QString error;
    if (!m_document->create(dialog.filePath(), dialog.meta(), &error)) {
        Dialogs::warning(this, tr("Cannot create catalog"), error);
        return;
    }
    addRecentFile(dialog.filePath());
    Settings::setLastDirectory(QFileInfo(dialog.filePath()).absolutePath());
    showStatusMessage(tr("Created %1").arg(QDir::toNativeSeparators(dialog.filePath())));
}

void MainWindow::openCatalogDialog()
{
    const QString path = Dialogs::getOpenFileName(this, tr("Open Catalog"), fileFilter());
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::saveCatalogAs()
{
    if (!m_document->isOpen())
        return;
    m_editor->commitPending();
    const QFileInfo current(m_document->path());
    const QString suggested
        = current.absoluteDir().filePath(tr("%1 copy.sycat").arg(current.completeBaseName()));
    QString path = Dialogs::getSaveFileName(this, tr("Save a Copy As"), fileFilter(), suggested);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sycat"), Qt::CaseInsensitive))
        path += QStringLiteral(".sycat");
    QString error;
    if (!m_document->saveCopyAs(path, &error)) {
        Dialogs::warning(this, tr("Cannot save a copy"), error);
        return;
    }
    showStatusMessage(tr("Saved a copy to %1; you are still working in %2")
                          .arg(QDir::toNativeSeparators(path), current.fileName()),
                      10000);
}

void MainWindow::addRecentFile(const QString &path)
{
    Settings::addRecentFile(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    auto *list = findChild<QListWidget *>(QStringLiteral("recentListWidget"));
    if (list)
        list->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &file : files) {
        const QString label = QStringLiteral("%1  (%2)")
                                  .arg(QFileInfo(file).fileName(),
                                       QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
        QAction *a = m_recentMenu->addAction(label);
        connect(a, &QAction::triggered, this, [this, file] { openCatalog(file); });
        if (list) {
            auto *item = new QListWidgetItem(label, list);
            item->setData(Qt::UserRole, file);
        }
    }
    if (list)
        list->setVisible(!files.isEmpty());
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        Settings::clearRecentFiles();
        updateRecentMenu();
    });
}

// --- Edits -------------------------------------------------------------------------------------

void MainWindow::newResource()
{
    if (!m_document->isOpen())
        return;
    m_editor->commitPending();
    Resource r;
    r.name = tr("New resource");
    r.status = QStringLiteral("draft");
    const qint64 office = m_officeFilter.size() == 1 ? m_officeFilter.first() : 0;
    r.officeId = office > 0 ? office : 0;
    const qint64 id = m_document->addResource(r);
    if (id)
        selectResource(id, QStringLiteral("name"));
}

void MainWindow::duplicateResource()
{
    const qint64 current = currentResourceId();
    if (!current)
        return;
    m_editor->commitPending();
    const qint64 id = m_document->duplicateResource(current);
    if (id)
        selectResource(id, QStringLiteral("code"));
}

void MainWindow::deleteResources()
{
    const QList<qint64> ids = selectedResourceIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const auto r = m_document->store()->resource(ids.first());
        question = tr("Delete the resource \"%1\" and its information items?")
                       .arg(r ? r->name : QString());
    } else {
        question = tr("Delete %n resources and their information items?", nullptr, int(ids.size()));
    }
    question += QLatin1Char('\n') + tr("Edit > Undo brings them back.");
    if (Dialogs::question(this, tr("Delete Resource"), question) != QMessageBox::Yes)
        return;
    const int row = m_table->currentIndex().row();
    if (m_document->deleteResources(ids) && m_tableModel->rowCount() > 0) {
        const int next = std::min(row, m_tableModel->rowCount() - 1);
        m_table->selectRow(std::max(0, next));
    }
}

void MainWindow::bulkEdit()
{
    const QList<qint64> ids = selectedResourceIds();
    if (ids.isEmpty())
        return;
    m_editor->commitPending();
    BulkEditDialog dialog(m_document, int(ids.size()), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.fieldKey().isEmpty())
        return;
    if (m_document->setFieldForResources(ids, dialog.fieldKey(), dialog.value()))
        showStatusMessage(tr("Changed %n resource(s)", nullptr, int(ids.size())));
}

void MainWindow::findReplace()
{
    const QList<qint64> ids = selectedResourceIds();
    if (ids.isEmpty())
        return;
    m_editor->commitPending();
    FindReplaceDialog dialog(m_document, ids, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.changes().isEmpty())
        return;
    const QList<FieldChange> changes = dialog.changes();
    if (m_document->applyFieldChanges(
            changes, tr("Replace in %n resource(s)", nullptr, int(changes.size()))))
        showStatusMessage(tr("Replaced in %n resource(s)", nullptr, int(changes.size())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setLanguage(Settings::language());
    dialog.setUserName(Settings::userName());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    Settings::setUserName(dialog.userName());
    m_document->setUser(dialog.userName());
    if (dialog.language() != Settings::language()) {
        Settings::setLanguage(dialog.language());
        const QString language
            = dialog.language().isEmpty() ? preferredLanguage() : dialog.language();
        // Installing translators sends LanguageChange to every widget: they retranslate.
        installTranslations(*qApp, language);
    }
}

} // namespace sy
