#include "CatalogDocument.h"
#include "CatalogFixture.h"
#include "CoreInfo.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "validation/ProblemsModel.h"
#include "validation/ProblemsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace sy {
void installValidationUi(MainWindow &window);
}

using namespace sy;

// The problems panel in the real main window, offscreen: "validate all" finds the problem, a
// double-click jumps to the field, the clerk fixes it in the editor and the live re-check
// clears it. SHUYUAN_SCREENSHOT=FILE.png saves a Chinese screenshot of the window.
class TestProblemsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixFindingThroughPanel();

private:
    QTemporaryDir m_dir;
};

void TestProblemsPanel::initTestCase()
{
    Settings::useFileForTesting(m_dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::reset();
    Dialogs::setTestMode(true);
    if (qEnvironmentVariableIsSet("SHUYUAN_SCREENSHOT")) {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 9));
    }
}

void TestProblemsPanel::fixFindingThroughPanel()
{
    const QString path = m_dir.filePath(QStringLiteral("p.sycat"));
    QString error;
    QVERIFY2(test::createCatalog(path, 8, &error), qPrintable(error));
    qint64 brokenId = 0;
    {
        CatalogStore store;
        QVERIFY(store.open(path));
        Resource r = *store.resourceByCode(QStringLiteral("301001001/000003"));
        r.sharing = QStringLiteral("2"); // 有条件共享 without 共享条件
        QVERIFY(store.updateResource(r));
        brokenId = r.id;
        Resource dup = *store.resourceByCode(QStringLiteral("301001001/000005"));
        dup.code = QStringLiteral("301001001/000006"); // a duplicate code elsewhere
        QVERIFY(store.updateResource(dup));
    }
    MainWindow window;
    installValidationUi(window);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalog(path));

    auto *panel = window.findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    QVERIFY(panel);
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        dock->show();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = window.findChild<QTableView *>(QStringLiteral("problemsTableView"));
    auto *validate = window.findChild<QPushButton *>(QStringLiteral("validateAllPushButton"));
    QVERIFY(view && validate);

    QSignalSpy finished(panel, &ProblemsPanel::validationFinished);
    QTest::mouseClick(validate, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const FindingCounts before = panel->model()->counts();
    QCOMPARE(before.errors, 3); // share condition + two resources sharing a code
    auto *status = window.findChild<QLabel *>(QStringLiteral("problemsStatusLabel"));
    QVERIFY(status && status->text().contains(QLatin1String("3")));

    int row = -1;
    for (int i = 0; i < panel->model()->rowCount(); ++i) {
        if (panel->model()->findingAt(i)->ruleId
            == QLatin1String("resource.share_condition.required_if_conditional"))
            row = i;
    }
    QVERIFY(row >= 0);
    if (qEnvironmentVariableIsSet("SHUYUAN_SCREENSHOT"))
        window.grab().save(qEnvironmentVariable("SHUYUAN_SCREENSHOT"));

    // Double-click: the resource is selected and the field focused.
    const QModelIndex index = panel->model()->index(row, ProblemsModel::MessageColumn);
    view->scrollTo(index);
    // The view only takes a double-click on the index it saw pressed first.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_COMPARE(window.currentResourceId(), brokenId);
    QTRY_VERIFY(QApplication::focusWidget()
                && QApplication::focusWidget()->objectName()
                       == QLatin1String("field_share_condition"));

    // The clerk types the condition; leaving the field commits it and the live re-check runs.
    QWidget *editor = QApplication::focusWidget();
    // Chinese arrives through the input method as a commit string.
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("仅限政务部门依法履职使用"));
    QApplication::sendEvent(editor, &ime);
    view->setFocus();
    QTRY_COMPARE(window.document()
                     ->store()
                     ->resource(brokenId)
                     ->value(QStringLiteral("share_condition"))
                     .toString(),
                 QStringLiteral("仅限政务部门依法履职使用"));
    QTRY_COMPARE(panel->model()->counts().errors, 2);
    for (const Finding &f : panel->model()->allFindings())
        QVERIFY(f.resourceId != brokenId);
    QTRY_VERIFY(status->text().contains(QLatin1String("2")));

    // Undo brings the problem back (live), through the document's undo stack.
    window.document()->undoStack()->undo();
    QTRY_COMPARE(panel->model()->counts().errors, 3);
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
