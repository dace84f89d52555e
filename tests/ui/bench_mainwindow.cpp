// Performance figures of the main window (issue 3): open to first paint, search latency after
// the last keystroke, resident memory after scrolling the whole table. Not a test; run
//   QT_QPA_PLATFORM=offscreen bench_mainwindow CATALOG.sycat [search words...]
#include "CatalogDocument.h"
#include "MainWindow.h"
#include "ResourceTableModel.h"
#include "Settings.h"
#include "store/CatalogStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_mainwindow CATALOG.sycat [search words...]\n";
        return 2;
    }
    QTemporaryDir dir;
    sy::Settings::useFileForTesting(dir.filePath(QStringLiteral("settings.ini")));
    QStringList words = args.mid(2);
    if (words.isEmpty())
        words = {QStringLiteral("企业"), QStringLiteral("登记信息"), QStringLiteral("许可证")};

    {
        // The store alone, for comparison: opening checks and migrates the file.
        QElapsedTimer s;
        s.start();
        sy::CatalogStore store;
        if (store.open(args.at(1))) {
            const qint64 opened = s.elapsed();
            const qint64 ids = store.resourceIds(sy::ResourceQuery()).size();
            const qint64 listed = s.elapsed();
            store.resourceCountByOffice();
            out << "store: open " << opened << " ms, " << ids << " ids in " << listed - opened
                << " ms, office counts in " << s.elapsed() - listed << " ms\n";
        }
    }
    QElapsedTimer t;
    t.start();
    sy::MainWindow window;
    window.resize(1440, 900);
    if (!window.openCatalog(args.at(1)))
        return 3;
    window.show();
    // grab() paints the whole window synchronously: the first frame a clerk would see.
    const QPixmap frame = window.grab();
    const qint64 firstPaint = t.elapsed();
    if (window.document()->isCheckingIntegrity()) {
        QElapsedTimer c;
        c.start();
        while (window.document()->isCheckingIntegrity())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        out << "background integrity check (quick_check) finished " << firstPaint + c.elapsed()
            << " ms after start; the window was usable for reading meanwhile\n";
    }
    auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
    auto *model = qobject_cast<sy::ResourceTableModel *>(table->model());
    out << "rows: " << model->rowCount() << "\n";
    out << "open to first paint: " << firstPaint << " ms (frame " << frame.width() << "x"
        << frame.height() << ")\n";
    out << "RSS after open: " << residentKiB() / 1024 << " MB\n";

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    for (const QString &word : std::as_const(words)) {
        search->clear();
        QTest::qWait(300);
        bool done = false;
        QElapsedTimer s;
        const auto c
            = QObject::connect(model, &QAbstractItemModel::modelReset, [&] { done = true; });
        search->setFocus();
        for (int i = 0; i < word.size(); ++i) {
            if (i > 0)
                QTest::qWait(40); // a brisk typist
            done = false;
            // QTest::keyClicks is ASCII only: deliver the character as an input method would.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(word.at(i)));
            QApplication::sendEvent(search, &press);
        }
        s.start(); // right after the last keystroke
        while (!done)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        table->viewport()->repaint();
        out << "search \"" << word << "\": " << model->rowCount() << " rows, " << s.elapsed()
            << " ms after the last keystroke (debounce included)\n";
        QObject::disconnect(c);
    }
    search->clear();
    QTest::qWait(300);

    QElapsedTimer scroll;
    scroll.start();
    QScrollBar *bar = table->verticalScrollBar();
    const int step = std::max(1, bar->pageStep());
    int pages = 0;
    for (int v = 0; v <= bar->maximum(); v += step) {
        bar->setValue(v);
        table->viewport()->repaint();
        ++pages;
    }
    out << "scrolled " << model->rowCount() << " rows (" << pages << " screens) in "
        << scroll.elapsed() << " ms; cached pages " << model->cachedPageCount() << "\n";
    out << "RSS after scrolling the whole table: " << residentKiB() / 1024 << " MB\n";
    return 0;
}
