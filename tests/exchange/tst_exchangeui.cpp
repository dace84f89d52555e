// The exchange entries of the real MainWindow, offscreen, every dialog answered by the test.
#include "CatalogDocument.h"
#include "Dialogs.h"
#include "ExchangeFixture.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "exchange/PackageReader.h"
#include "store/CatalogStore.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace sy {
void installExchangeUi(MainWindow &window);
}

using namespace sy;

class TestExchangeUi : public QObject
{
    Q_OBJECT

    QStringList m_seen;
    std::function<int(QDialog *)> m_acceptAll;

    void acceptEveryDialog()
    {
        m_acceptAll = [this](QDialog *d) {
            m_seen << d->objectName();
            Dialogs::setNextDialogHandler(m_acceptAll);
            if (d->objectName() == QLatin1String("mergeDialog")) {
                // The coordinator takes the answer's values for the whole office at once.
                if (auto *b = d->findChild<QPushButton *>(QStringLiteral("officeTheirsButton")))
                    b->click();
            }
            return int(QDialog::Accepted);
        };
        Dialogs::setNextDialogHandler(m_acceptAll);
    }

    static int resourceCount(MainWindow &w)
    {
        return int(w.document()->store()->countResources(ResourceQuery()));
    }

private slots:
    void exportImportMergeUndo()
    {
        QTemporaryDir dir;
        Settings::useFileForTesting(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::reset();
        Dialogs::setTestMode(true);
        const QString catalog = dir.filePath(QStringLiteral("c.sycat"));
        QString error;
        QVERIFY2(test::makeCoordinatorCatalog(catalog, &error), qPrintable(error));

        MainWindow window;
        installExchangeUi(window);
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportPackageAction"));
        auto *importSheet = window.findChild<QAction *>(QStringLiteral("importSpreadsheetAction"));
        QVERIFY(exportAction && importSheet);
        QVERIFY(!exportAction->isEnabled()); // no catalog yet
        QVERIFY(window.openCatalog(catalog));
        QVERIFY(exportAction->isEnabled());

        // Export: options dialog, then the file name.
        acceptEveryDialog();
        const QString package = dir.filePath(QStringLiteral("out.sypkg"));
        Dialogs::setNextFileName(package);
        exportAction->trigger();
        QVERIFY(m_seen.contains(QStringLiteral("exportOptionsDialog")));
        PackageReader reader;
        QVERIFY2(reader.read(package), qPrintable(reader.errorString()));
        QCOMPARE(reader.snapshot().resources.size(), 6);

        // Spreadsheet import: mapping → dry run → merge dialog → merged, undoable.
        const int before = resourceCount(window);
        m_seen.clear();
        acceptEveryDialog();
        Dialogs::setNextFileName(test::dataPath(QStringLiteral("exchange/gbk-newlines.csv")));
        importSheet->trigger();
        QCOMPARE(m_seen, (QStringList{QStringLiteral("columnMappingDialog"),
                                      QStringLiteral("importProblemsDialog"),
                                      QStringLiteral("mergeDialog")}));
        QCOMPARE(resourceCount(window), before + 1);
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("c.before-merge-*.sycat")}).isEmpty());
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("*.report.json")}).isEmpty());
        window.document()->undoStack()->undo();
        QCOMPARE(resourceCount(window), before);
        window.document()->undoStack()->redo();
        QCOMPARE(resourceCount(window), before + 1);
        QVERIFY(window.document()->store()->check().ok);

        // With no catalog open, Import Package makes a new catalog from the package (streamed
        // straight from catalog.json) and opens it: the same resources and items as the sender's.
        window.closeCatalog();
        auto *importPackage = window.findChild<QAction *>(QStringLiteral("importPackageAction"));
        QVERIFY(importPackage && importPackage->isEnabled());
        const QString copy = dir.filePath(QStringLiteral("copy.sycat"));
        Dialogs::setNextFileNames({package, copy});
        importPackage->trigger();
        QVERIFY(window.document()->isOpen());
        QCOMPARE(window.document()->path(), copy);
        CatalogStore *got = window.document()->store();
        const QList<Resource> sentResources = reader.snapshot().resources;
        QCOMPARE(resourceCount(window), int(sentResources.size()));
        for (const Resource &r : sentResources) {
            const std::optional<Resource> mine = got->resourceByUuid(r.uuid);
            QVERIFY2(mine, qPrintable(r.uuid));
            QCOMPARE(mine->name, r.name);
            QCOMPARE(mine->attrs, r.attrs);
            QCOMPARE(got->items(mine->id).size(), reader.snapshot().items.value(r.uuid).size());
        }
        Dialogs::reset();
    }
};

QTEST_MAIN(TestExchangeUi)
#include "tst_exchangeui.moc"
