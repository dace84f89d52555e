#include "CatalogDocument.h"
#include "CatalogFixture.h"
#include "CoreInfo.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "registration/RegistrationWorkflow.h"
#include "registrations/LedgerModel.h"
#include "registrations/LedgerPage.h"
#include "registrations/RegistrationListModel.h"
#include "registrations/RegistrationsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace sy {
void installRegistrationsUi(MainWindow &window);
}

using namespace sy;

// 首次登记 through the GUI: create it for the current resource, see what blocks it, fill the
// missing field in the editor (undoable), walk the workflow with a returned/objection detour,
// save the form as PDF, and find the resource registered in the ledger.
class TestRegistrationsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRegistrationThroughGui();

private:
    QTemporaryDir m_dir;
};

void TestRegistrationsPanel::initTestCase()
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

void TestRegistrationsPanel::firstRegistrationThroughGui()
{
    const QString path = m_dir.filePath(QStringLiteral("g.sycat"));
    QString error;
    QVERIFY2(test::createCatalog(path, 4, &error), qPrintable(error));
    MainWindow window;
    installRegistrationsUi(window);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalog(path));
    auto *panel = window.findChild<RegistrationsPanel *>(QStringLiteral("registrationsPanel"));
    auto *ledger = window.findChild<LedgerPage *>(QStringLiteral("ledgerPage"));
    QVERIFY(panel && ledger);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("registrationsDock"));
    QVERIFY(dock);
    dock->show();
    // The dock and the ledger's tab carry the panels' titles in the language of the moment.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabWidget"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QCOMPARE(dock->windowTitle(),
             chinese ? QStringLiteral("登记") : QStringLiteral("Registrations"));
    QCOMPARE(tabs->tabText(tabs->indexOf(ledger)),
             chinese ? QStringLiteral("资源底账") : QStringLiteral("Ledger"));
    QAbstractItemModelTester ledgerTester(ledger->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *list = window.findChild<QTableView *>(QStringLiteral("registrationsTableView"));
    QAbstractItemModelTester listTester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ledger->model()->registeredCount(), 0);
    QCOMPARE(ledger->model()->rowCount(), 4);

    const qint64 resourceId
        = window.document()->store()->resourceByCode(QStringLiteral("301001001/000002"))->id;
    window.selectResource(resourceId);
    QTRY_COMPARE(window.currentResourceId(), resourceId);

    // New → 首次登记 (the menu action of the tool button).
    auto *action = window.findChild<QAction *>(QStringLiteral("newRegistrationAction_1"));
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(panel->current());
    QCOMPARE(panel->current()->status, QStringLiteral("draft"));

    // "Ready" is refused: the compliance review material is missing.
    auto *ready = window.findChild<QPushButton *>(QStringLiteral("statusButton_ready"));
    QVERIFY(ready);
    QTest::mouseClick(ready, Qt::LeftButton);
    QCOMPARE(panel->current()->status, QStringLiteral("draft"));
    QVERIFY(!Dialogs::shownMessages().isEmpty());
    Dialogs::shownMessages().clear();

    // Fill it in the editor; one undo step.
    auto *review = window.findChild<QLineEdit *>(QStringLiteral("field_compliance_review"));
    QVERIFY(review);
    review->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("保密审查意见书〔2026〕3号"));
    QApplication::sendEvent(review, &ime);
    QTest::keyClick(review, Qt::Key_Return);
    QTRY_COMPARE(panel->current()->value(QStringLiteral("compliance_review")).toString(),
                 QStringLiteral("保密审查意见书〔2026〕3号"));
    QVERIFY(window.document()->undoStack()->canUndo());

    // ready → submitted → returned (reason) → ready → submitted → objection → accepted
    auto click = [&](const char *status, const QString &reason = QString()) {
        if (!reason.isEmpty()) {
            Dialogs::setNextDialogHandler([reason](QDialog *d) {
                static_cast<QInputDialog *>(d)->setTextValue(reason);
                return int(QDialog::Accepted);
            });
        }
        auto *b = window.findChild<QPushButton *>(
            QStringLiteral("statusButton_%1").arg(QLatin1String(status)));
        if (!b)
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return panel->current() && panel->current()->status == QLatin1String(status);
    };
    QVERIFY(click("ready"));
    QVERIFY(click("submitted"));
    QVERIFY(click("returned", QStringLiteral("数据规模填写有误")));
    QVERIFY(click("ready"));
    QVERIFY(click("submitted"));
    QVERIFY(click("objection", QStringLiteral("第三方对数据来源提出异议")));
    // Not a legal next step from "objection": no button for it.
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("statusButton_draft")));
    QVERIFY(click("accepted"));
    QCOMPARE(RegistrationWorkflow::history(*panel->current()).size(), 7);
    auto *history = window.findChild<QTableWidget *>(QStringLiteral("registrationHistoryTable"));
    QCOMPARE(history->rowCount(), 7);

    // Fields are read-only once accepted.
    QVERIFY(!review->isEnabled());

    // Save the form.
    const QString pdf = m_dir.filePath(QStringLiteral("form.pdf"));
    Dialogs::setNextFileName(pdf);
    QVERIFY(panel->savePdf());
    QVERIFY(test::readAll(pdf).startsWith("%PDF"));

    // Ledger: registered, with validity.
    QTRY_COMPARE(ledger->model()->registeredCount(), 1);
    if (qEnvironmentVariableIsSet("SHUYUAN_SCREENSHOT"))
        window.grab().save(qEnvironmentVariable("SHUYUAN_SCREENSHOT"));
    ledger->model()->setFilter(LedgerModel::Unregistered);
    QCOMPARE(ledger->model()->rowCount(), 3);
}

QTEST_MAIN(TestRegistrationsPanel)
#include "tst_registrationspanel.moc"
