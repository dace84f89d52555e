// Drives the real MainWindow offscreen through named widgets, as a clerk would.
#include "BulkEditDialog.h"
#include "CatalogDocument.h"
#include "FieldWidget.h"
#include "FindReplaceDialog.h"
#include "MainWindow.h"
#include "NewCatalogDialog.h"
#include "OfficeTreeModel.h"
#include "ResourceEditor.h"
#include "ResourceTableModel.h"
#include "UiTestSupport.h"
#include "model/Uscc.h"
#include "store/CatalogStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sy;

namespace {
// QTest::keyClicks only knows ASCII: Chinese is typed as key events carrying the text, the way
// an input method delivers a committed character to a line edit.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(widget, char(ch.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensCatalogWithCounts();
    void editFieldUndoRedo();
    void editEnumAndMultiEnumFields();
    void createDeleteResourceUndo();
    void duplicateResource();
    void bulkEditIsOneUndoStep();
    void findReplaceWithPreview();
    void filterBar();
    void searchAsYouType();
    void pasteItemsFromTsv();
    void itemGridAddRemoveMove();
    void officeTreeAddRenameFilter();
    void newCatalogWizard();
    void closeReopenKeepsEverything();
    void saveCopyAs();
    void integrationSurface();
    void welcomePageWithoutCatalog();
    void preferencesSwitchLanguageAndUser();

private:
    template<typename T> T *child(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    QAction *action(const QString &name) { return child<QAction>(name + QStringLiteral("Action")); }
    CatalogStore *store() { return m_window->document()->store(); }
    QTableView *table() { return child<QTableView>(QStringLiteral("resourceTableView")); }
    ResourceTableModel *tableModel()
    {
        return qobject_cast<ResourceTableModel *>(table()->model());
    }
    void selectRow(int row)
    {
        table()->selectRow(row);
        QCOMPARE(m_window->currentResourceId(), tableModel()->resourceId(row));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestMainWindow::init()
{
    test::isolateGui(m_dir);
    m_path = test::makeDemoCatalog(m_dir, QStringLiteral("fixture%1.sycat").arg(++m_counter));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openCatalog(m_path));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    Dialogs::reset();
}

void TestMainWindow::opensCatalogWithCounts()
{
    QCOMPARE(tableModel()->rowCount(), 60);
    auto *tree = child<QTreeView>(QStringLiteral("officeTreeView"));
    const QModelIndex root = tree->model()->index(0, 0);
    QCOMPARE(root.data(OfficeTreeModel::CountRole).toLongLong(), 60);
    QVERIFY(tree->model()->rowCount(root) > 0);
    QVERIFY(child<QLabel>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("60")));
    // The first resource is selected and shown in the editor.
    QVERIFY(m_window->currentResourceId() != 0);
    auto *name = child<QLineEdit>(QStringLiteral("field_name"));
    QCOMPARE(name->text(), store()->resource(m_window->currentResourceId())->name);
    QVERIFY(m_window->windowTitle().contains(store()->meta().name));
}

void TestMainWindow::editFieldUndoRedo()
{
    selectRow(3);
    const qint64 id = m_window->currentResourceId();
    const QString before = store()->resource(id)->name;
    auto *name = child<QLineEdit>(QStringLiteral("field_name"));
    name->setFocus();
    name->selectAll();
    typeText(name, QStringLiteral("企业登记信息"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(store()->resource(id)->name, QStringLiteral("企业登记信息"));
    // The table shows the change at once.
    const int row = tableModel()->rowForId(id);
    QCOMPARE(tableModel()
                 ->index(row, tableModel()->columnForKey(QStringLiteral("name")))
                 .data()
                 .toString(),
             QStringLiteral("企业登记信息"));

    action(QStringLiteral("undo"))->trigger();
    QCOMPARE(store()->resource(id)->name, before);
    QCOMPARE(name->text(), before);
    action(QStringLiteral("redo"))->trigger();
    QCOMPARE(store()->resource(id)->name, QStringLiteral("企业登记信息"));
    QCOMPARE(name->text(), QStringLiteral("企业登记信息"));
    // Every edit is in the audit log.
    const QList<AuditEntry> log = store()->auditLog(store()->resource(id)->uuid);
    QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) {
        return e.field == QLatin1String("name") && e.newValue == QStringLiteral("企业登记信息");
    }));
}

void TestMainWindow::editEnumAndMultiEnumFields()
{
    selectRow(0);
    const qint64 id = m_window->currentResourceId();
    auto *cycle = child<QComboBox>(QStringLiteral("field_update_cycle"));
    const QString old = store()->resource(id)->updateCycle;
    int target = -1;
    for (int i = 1; i < cycle->count(); ++i) {
        if (cycle->itemData(i).toString() != old) {
            target = i;
            break;
        }
    }
    QVERIFY(target > 0);
    cycle->setCurrentIndex(target);
    emit cycle->activated(target);
    QCOMPARE(store()->resource(id)->updateCycle, cycle->itemData(target).toString());

    auto *date = child<QWidget>(QStringLiteral("field_publish_date"));
    QVERIFY(date);
    auto *secret = child<QWidget>(QStringLiteral("field_secret"));
    QVERIFY(secret);
    m_window->document()->undoStack()->undo();
    QCOMPARE(store()->resource(id)->updateCycle, old);
    QCOMPARE(cycle->currentData().toString(), old);
}

void TestMainWindow::createDeleteResourceUndo()
{
    action(QStringLiteral("newResource"))->trigger();
    QCOMPARE(tableModel()->rowCount(), 61);
    const qint64 id = m_window->currentResourceId();
    const auto created = store()->resource(id);
    QVERIFY(created);
    QCOMPARE(created->name, QStringLiteral("New resource"));

    Dialogs::setNextAnswer(QMessageBox::Yes);
    action(QStringLiteral("deleteResource"))->trigger();
    QVERIFY(!store()->resource(id));
    QCOMPARE(tableModel()->rowCount(), 60);

    action(QStringLiteral("undo"))->trigger(); // undo the delete
    QCOMPARE(tableModel()->rowCount(), 61);
    QVERIFY(store()->resourceByUuid(created->uuid));
    action(QStringLiteral("undo"))->trigger(); // undo the creation
    QCOMPARE(tableModel()->rowCount(), 60);
    QVERIFY(!store()->resourceByUuid(created->uuid));
    action(QStringLiteral("redo"))->trigger();
    action(QStringLiteral("redo"))->trigger();
    QCOMPARE(tableModel()->rowCount(), 60);

    // Declining the question deletes nothing.
    selectRow(0);
    Dialogs::setNextAnswer(QMessageBox::No);
    action(QStringLiteral("deleteResource"))->trigger();
    QCOMPARE(tableModel()->rowCount(), 60);
}

void TestMainWindow::duplicateResource()
{
    selectRow(2);
    const qint64 original = m_window->currentResourceId();
    const int items = store()->itemCount(original);
    action(QStringLiteral("duplicateResource"))->trigger();
    const qint64 copy = m_window->currentResourceId();
    QVERIFY(copy != original);
    QCOMPARE(store()->itemCount(copy), items);
    QVERIFY(store()->resource(copy)->name.startsWith(store()->resource(original)->name));
    action(QStringLiteral("undo"))->trigger();
    QVERIFY(!store()->resource(copy));
}

void TestMainWindow::bulkEditIsOneUndoStep()
{
    QList<qint64> ids;
    table()->selectRow(0);
    for (int row = 0; row < 5; ++row) {
        table()->selectionModel()->select(tableModel()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids << tableModel()->resourceId(row);
    }
    QCOMPARE(m_window->selectedResourceIds().size(), 5);
    QHash<qint64, QString> before;
    for (qint64 id : ids)
        before.insert(id, store()->resource(id)->updateCycle);

    Dialogs::setNextDialogHandler([](QDialog *d) {
        auto *dialog = qobject_cast<BulkEditDialog *>(d);
        if (!dialog || !dialog->selectField(QStringLiteral("update_cycle")))
            return int(QDialog::Rejected);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("field_update_cycle"));
        combo->setCurrentIndex(
            combo->findData(QStringLiteral("8")) > 0 ? combo->findData(QStringLiteral("8")) : 1);
        return int(QDialog::Accepted);
    });
    const int steps = m_window->document()->undoStack()->count();
    action(QStringLiteral("bulkEdit"))->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    const QString value = store()->resource(ids.first())->updateCycle;
    QVERIFY(!value.isEmpty());
    for (qint64 id : ids)
        QCOMPARE(store()->resource(id)->updateCycle, value);
    action(QStringLiteral("undo"))->trigger();
    for (qint64 id : ids)
        QCOMPARE(store()->resource(id)->updateCycle, before.value(id));
}

void TestMainWindow::findReplaceWithPreview()
{
    table()->selectAll();
    const QList<qint64> ids = m_window->selectedResourceIds();
    QCOMPARE(ids.size(), 60);
    // Replace a character present in some names.
    const QString needle = QStringLiteral("信息");
    int expected = 0;
    for (qint64 id : ids)
        expected += store()->resource(id)->name.contains(needle) ? 1 : 0;
    QVERIFY(expected > 0);

    int previewRows = -1;
    Dialogs::setNextDialogHandler([&](QDialog *d) {
        auto *dialog = qobject_cast<FindReplaceDialog *>(d);
        dialog->setField(QStringLiteral("name"));
        dialog->setFindText(needle);
        dialog->setReplaceText(QStringLiteral("数据"));
        previewRows = int(dialog->changes().size());
        return int(QDialog::Accepted);
    });
    action(QStringLiteral("findReplace"))->trigger();
    QCOMPARE(previewRows, expected);
    int changed = 0;
    for (qint64 id : ids)
        changed += store()->resource(id)->name.contains(needle) ? 0 : 1;
    QCOMPARE(changed, 60);
    action(QStringLiteral("undo"))->trigger();
    int restored = 0;
    for (qint64 id : ids)
        restored += store()->resource(id)->name.contains(needle) ? 1 : 0;
    QCOMPARE(restored, expected);
}

void TestMainWindow::filterBar()
{
    auto *grade = child<QComboBox>(QStringLiteral("gradeFilterComboBox"));
    QVERIFY(grade->count() > 2);
    for (int i = 1; i < grade->count(); ++i) {
        grade->setCurrentIndex(i);
        emit grade->activated(i);
        ResourceQuery q;
        q.grades = {grade->itemData(i).toString()};
        QCOMPARE(tableModel()->rowCount(), int(store()->countResources(q)));
    }
    auto *sharing = child<QComboBox>(QStringLiteral("sharingFilterComboBox"));
    sharing->setCurrentIndex(1);
    emit sharing->activated(1);
    ResourceQuery both;
    both.grades = {grade->currentData().toString()};
    both.sharing = {sharing->currentData().toString()};
    QCOMPARE(tableModel()->rowCount(), int(store()->countResources(both)));
    for (const char *name : {"openingFilterComboBox", "updateCycleFilterComboBox",
                             "formatFilterComboBox", "statusFilterComboBox"})
        QVERIFY(child<QComboBox>(QString::fromLatin1(name))->count() > 1);

    action(QStringLiteral("clearFilters"))->trigger();
    QCOMPARE(tableModel()->rowCount(), 60);
    QCOMPARE(grade->currentIndex(), 0);
}

void TestMainWindow::searchAsYouType()
{
    const Resource r = *store()->resource(tableModel()->resourceId(7));
    const QString word = r.name.left(4);
    auto *search = child<QLineEdit>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    typeText(search, word);
    const int expected = int(store()->search(word, 100000).size());
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(tableModel()->rowCount(), expected, 2000);
    QVERIFY(tableModel()->rowForId(r.id) >= 0);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(tableModel()->rowCount(), 60, 2000);
}

void TestMainWindow::pasteItemsFromTsv()
{
    selectRow(1);
    const qint64 id = m_window->currentResourceId();
    const int before = store()->itemCount(id);
    // What Excel/WPS put on the clipboard: a header row, CRLF line ends, a label for the type.
    QApplication::clipboard()->setText(QStringLiteral(
        "信息项名称\t数据类型\t数据长度\r\n统一社会信用代码\t字符型\t18\r\n成立日期\tD\t8\r\n"));
    m_window->selectResource(id, QStringLiteral("items"));
    auto *view = child<QTableView>(QStringLiteral("infoItemTableView"));
    view->clearSelection();
    view->setCurrentIndex(QModelIndex());
    child<QToolButton>(QStringLiteral("pasteItemsToolButton"))->click();
    const QList<InfoItem> items = store()->items(id);
    QCOMPARE(items.size(), before + 2);
    QCOMPARE(items.at(before).name, QStringLiteral("统一社会信用代码"));
    QCOMPARE(items.at(before).dataType, QStringLiteral("C"));
    QCOMPARE(items.at(before).length, 18);
    QCOMPARE(items.at(before + 1).dataType, QStringLiteral("D"));
    QCOMPARE(view->model()->rowCount(), before + 2);
    action(QStringLiteral("undo"))->trigger();
    QCOMPARE(store()->itemCount(id), before);
    QCOMPARE(view->model()->rowCount(), before);
}

void TestMainWindow::itemGridAddRemoveMove()
{
    selectRow(4);
    const qint64 id = m_window->currentResourceId();
    m_window->selectResource(id, QStringLiteral("items"));
    auto *view = child<QTableView>(QStringLiteral("infoItemTableView"));
    const QList<InfoItem> original = store()->items(id);
    QVERIFY(original.size() >= 2);

    view->setCurrentIndex(view->model()->index(0, 0));
    child<QToolButton>(QStringLiteral("moveItemDownToolButton"))->click();
    QList<InfoItem> items = store()->items(id);
    QCOMPARE(items.at(0).uuid, original.at(1).uuid);
    QCOMPARE(items.at(1).uuid, original.at(0).uuid);

    child<QToolButton>(QStringLiteral("addItemToolButton"))->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the opened editor
    QCOMPARE(store()->itemCount(id), original.size() + 1);

    view->selectRow(0);
    child<QToolButton>(QStringLiteral("removeItemToolButton"))->click();
    QCOMPARE(store()->itemCount(id), original.size());

    // Edit a cell through the model, as the delegate does.
    const QModelIndex cell = view->model()->index(0, 0);
    QVERIFY(view->model()->setData(cell, QStringLiteral("法定代表人")));
    QCOMPARE(store()->items(id).at(0).name, QStringLiteral("法定代表人"));

    QUndoStack *stack = m_window->document()->undoStack();
    for (int i = 0; i < 4; ++i)
        stack->undo();
    items = store()->items(id);
    QCOMPARE(items.size(), original.size());
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).uuid, original.at(i).uuid);
        QCOMPARE(items.at(i).name, original.at(i).name);
    }
}

void TestMainWindow::officeTreeAddRenameFilter()
{
    auto *tree = child<QTreeView>(QStringLiteral("officeTreeView"));
    const int offices = int(store()->offices().size());
    tree->setCurrentIndex(tree->model()->index(0, 0));
    Dialogs::setNextDialogHandler([](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        input->setTextValue(QStringLiteral("数据管理科"));
        return int(QDialog::Accepted);
    });
    action(QStringLiteral("addOffice"))->trigger();
    QCOMPARE(int(store()->offices().size()), offices + 1);
    const auto *model = qobject_cast<OfficeTreeModel *>(tree->model());
    qint64 newId = 0;
    for (const Office &o : store()->offices()) {
        if (o.name == QStringLiteral("数据管理科"))
            newId = o.id;
    }
    QVERIFY(newId);
    const QModelIndex idx = model->indexForOffice(newId);
    QVERIFY(idx.isValid());
    // F2 renames through the model: one undo step.
    QVERIFY(tree->model()->setData(idx, QStringLiteral("数据资源科")));
    QCOMPARE(store()->office(newId)->name, QStringLiteral("数据资源科"));
    // Selecting the empty office filters the table to nothing; a new resource lands in it.
    tree->setCurrentIndex(model->indexForOffice(newId));
    QCOMPARE(tableModel()->rowCount(), 0);
    action(QStringLiteral("newResource"))->trigger();
    QCOMPARE(tableModel()->rowCount(), 1);
    QCOMPARE(store()->resource(m_window->currentResourceId())->officeId, newId);
    QCOMPARE(model->indexForOffice(newId).data(OfficeTreeModel::CountRole).toLongLong(), 1);

    // Select an office with resources: exactly its (and its sub-offices') resources.
    const Office first = store()->offices().first();
    tree->setCurrentIndex(model->indexForOffice(first.id));
    ResourceQuery q;
    q.officeIds = {first.id};
    QCOMPARE(tableModel()->rowCount(), int(store()->countResources(q)));
}

void TestMainWindow::newCatalogWizard()
{
    const QString path = m_dir.filePath(QStringLiteral("new-catalog.sycat"));
    QString problemWithBadCode;
    Dialogs::setNextDialogHandler([&](QDialog *d) {
        auto *dialog = qobject_cast<NewCatalogDialog *>(d);
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("departmentLineEdit")),
                 QStringLiteral("广东省测试数据局"));
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("usccLineEdit"));
        QString wrong = DemoGenerator::departmentUscc();
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        typeText(code, wrong);
        problemWithBadCode = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        if (ok->isEnabled())
            return int(QDialog::Rejected);
        code->clear();
        typeText(code, DemoGenerator::departmentUscc());
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"));
        file->clear();
        typeText(file, path);
        if (!ok->isEnabled())
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    });
    action(QStringLiteral("new"))->trigger();
    QVERIFY2(!problemWithBadCode.isEmpty(), "a wrong check character is explained");
    QCOMPARE(m_window->document()->path(), path);
    const CatalogMeta meta = store()->meta();
    QCOMPARE(meta.department, QStringLiteral("广东省测试数据局"));
    QCOMPARE(meta.uscc, DemoGenerator::departmentUscc());
    QCOMPARE(meta.region, QStringLiteral("440000"));
    QVERIFY(meta.name.contains(QStringLiteral("广东省测试数据局")));
    QCOMPARE(tableModel()->rowCount(), 0);
    QVERIFY(Settings::recentFiles().contains(path));

    // A new catalog takes resources at once.
    action(QStringLiteral("newResource"))->trigger();
    QCOMPARE(store()->counts().resources, 1);
}

void TestMainWindow::closeReopenKeepsEverything()
{
    selectRow(5);
    const qint64 id = m_window->currentResourceId();
    auto *summary = child<QWidget>(QStringLiteral("field_summary"));
    QVERIFY(summary);
    QVERIFY(m_window->document()->setResourceField(id, QStringLiteral("summary"),
                                                   QStringLiteral("经营主体登记的基本信息。")));
    QVERIFY(m_window->document()->setResourceField(id, QStringLiteral("share_channel"),
                                                   QStringList{QStringLiteral("1")}));
    action(QStringLiteral("close"))->trigger();
    QVERIFY(!m_window->document()->isOpen());
    QCOMPARE(tableModel()->rowCount(), 0);
    QVERIFY(m_window->openCatalog(m_path));
    QCOMPARE(store()->resource(id)->summary, QStringLiteral("经营主体登记的基本信息。"));
    QCOMPARE(store()->resource(id)->value(QStringLiteral("share_channel")).toStringList(),
             QStringList{QStringLiteral("1")});
    QCOMPARE(Settings::recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());
    // Undo history does not survive closing (the file holds no "unsaved" state).
    QVERIFY(!m_window->document()->undoStack()->canUndo());
}

void TestMainWindow::saveCopyAs()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy%1.sycat").arg(m_counter));
    Dialogs::setNextFileName(copy);
    action(QStringLiteral("saveAs"))->trigger();
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(m_window->document()->path(), m_path); // still working in the original
    CatalogStore other;
    QVERIFY2(other.open(copy), qPrintable(other.errorString()));
    QCOMPARE(other.counts().resources, 60);
}

void TestMainWindow::integrationSurface()
{
    const qint64 a = tableModel()->resourceId(10);
    const qint64 b = tableModel()->resourceId(20);
    ResourceQuery q;
    q.ids = {a, b};
    m_window->setResourceFilter(q);
    QCOMPARE(tableModel()->rowCount(), 2);
    QVERIFY(child<QLabel>(QStringLiteral("filterLabel"))->isVisibleTo(m_window.get()));

    m_window->selectResource(b, QStringLiteral("sharing"));
    QCOMPARE(m_window->currentResourceId(), b);
    auto *tabs = child<QTabWidget>(QStringLiteral("resourceEditorTabWidget"));
    auto *sharing = child<QWidget>(QStringLiteral("field_sharing"));
    QVERIFY(tabs->currentWidget()->isAncestorOf(sharing));

    // A resource hidden by the filter: the filter is cleared to show it.
    const qint64 c = store()->resourceIds(ResourceQuery()).last();
    m_window->selectResource(c);
    QCOMPARE(m_window->currentResourceId(), c);
    QCOMPARE(tableModel()->rowCount(), 60);

    auto *panel = new QLabel(QStringLiteral("problems"));
    panel->setWindowTitle(QStringLiteral("Problems"));
    QDockWidget *dock = m_window->addPanel(QStringLiteral("problemsDock"), panel);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems"));
    QVERIFY(m_window->menu(QStringLiteral("view"))->actions().contains(dock->toggleViewAction()));
    auto *page = new QLabel(QStringLiteral("dashboard"));
    page->setWindowTitle(QStringLiteral("Dashboard"));
    const int index = m_window->addCentralPage(page);
    auto *central = child<QTabWidget>(QStringLiteral("centralTabWidget"));
    QCOMPARE(central->widget(index), page);
    QCOMPARE(central->tabText(index), QStringLiteral("Dashboard"));
    // A panel or page that retitles itself (as they do on a language switch) retitles its dock
    // or tab.
    panel->setWindowTitle(QStringLiteral("问题"));
    page->setWindowTitle(QStringLiteral("仪表板"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("问题"));
    QCOMPARE(central->tabText(index), QStringLiteral("仪表板"));
    for (const char *name : {"file", "edit", "view", "resource", "tools", "help"})
        QVERIFY(m_window->menu(QString::fromLatin1(name)));
    QVERIFY(m_window->menu(QStringLiteral("file"))
                ->actions()
                .contains(m_window->fileImportExportAnchor()));
}

void TestMainWindow::welcomePageWithoutCatalog()
{
    m_window->closeCatalog();
    auto *welcome = child<QWidget>(QStringLiteral("welcomePage"));
    QVERIFY(welcome->isVisible());
    QVERIFY(!action(QStringLiteral("newResource"))->isEnabled());
    QVERIFY(action(QStringLiteral("new"))->isEnabled());
    // Opening a broken file explains why and keeps the window usable.
    const QString broken = m_dir.filePath(QStringLiteral("broken.sycat"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a catalog");
    f.close();
    Dialogs::shownMessages().clear();
    QVERIFY(!m_window->openCatalog(broken));
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(welcome->isVisible());
}

void TestMainWindow::preferencesSwitchLanguageAndUser()
{
    QMenu *file = m_window->menu(QStringLiteral("file"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
    Dialogs::setNextDialogHandler([](QDialog *d) {
        auto *language = d->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        d->findChild<QLineEdit *>(QStringLiteral("userNameLineEdit"))
            ->setText(QStringLiteral("李四"));
        return int(QDialog::Accepted);
    });
    action(QStringLiteral("preferences"))->trigger();
    QCOMPARE(Settings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(Settings::userName(), QStringLiteral("李四"));
    // The window speaks Chinese at once, without a restart.
    QTRY_COMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(tableModel()
                 ->headerData(tableModel()->columnForKey(QStringLiteral("name")), Qt::Horizontal,
                              Qt::DisplayRole)
                 .toString(),
             QStringLiteral("信息资源名称"));
    // Changes are now signed with the new name.
    const qint64 id = m_window->currentResourceId();
    QVERIFY(
        m_window->document()->setResourceField(id, QStringLiteral("name"), QStringLiteral("丁")));
    const QList<AuditEntry> log = store()->auditLog(store()->resource(id)->uuid);
    QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) {
        return e.newValue == QStringLiteral("丁") && e.user == QStringLiteral("李四");
    }));

    Dialogs::setNextDialogHandler([](QDialog *d) {
        auto *language = d->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        return int(QDialog::Accepted);
    });
    action(QStringLiteral("preferences"))->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
