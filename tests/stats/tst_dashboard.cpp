// The dashboard in the real main window, offscreen and in Chinese: a click on the 重要数据 slice
// filters the resource table to exactly those resources; edits and the office filter refresh the
// figures; charts export to PNG and SVG; the report exports to PDF.
//
// Set SHUYUAN_SCREENSHOT_DIR to keep screenshots of the dashboard, and SHUYUAN_BENCH_CATALOG to
// a large catalog (e.g. the 100k demo) to print timings; neither is a pass/fail criterion.
#include "CatalogDocument.h"
#include "CoreInfo.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "StatsFixture.h"
#include "TestSupport.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardPage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace sy {
void installDashboardUi(MainWindow &window);
}

using namespace sy;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFiguresInChinese();
    void clickOnSliceFiltersTable();
    void clickOnBarAndStackedBar();
    void officeFilterAppliesToEveryChart();
    void refreshesAfterEdit();
    void exportsChartsAndReport();
    void screenshotsAndTimings();

private:
    bool waitForStats(int timeoutMs = 20000);
    QPoint slicePosition(ChartCard *card, const QString &key) const;
    int tableRows() const;

    QTemporaryDir m_dir;
    QString m_path;
    test::StatsFixture m_fixture;
    MainWindow *m_window = nullptr;
    DashboardPage *m_page = nullptr;
};

void TestDashboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(10);
    QApplication::setFont(font);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("fixture.sycat"));
    QString error;
    QVERIFY2(test::buildStatsFixture(m_path, &m_fixture, &error), qPrintable(error));
    Dialogs::setTestMode(true);
}

void TestDashboard::init()
{
    m_window = new MainWindow;
    installDashboardUi(*m_window);
    m_window->resize(1440, 960);
    m_window->show();
    QVERIFY(m_window->openCatalog(m_path));
    m_page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QVERIFY(m_page);
    m_window->showCentralPage(m_page);
    QVERIFY(waitForStats());
}

void TestDashboard::cleanup()
{
    m_window->document()->undoStack()->clear();
    m_window->closeCatalog();
    delete m_window;
    m_window = nullptr;
    m_page = nullptr;
    Dialogs::reset();
    Dialogs::setTestMode(true);
}

bool TestDashboard::waitForStats(int timeoutMs)
{
    QSignalSpy quality(m_page, &DashboardPage::qualityApplied);
    if (m_page->hasStats() && m_page->stats().kpis.averageQuality)
        return true;
    return quality.wait(timeoutMs) || (m_page->hasStats() && m_page->stats().kpis.averageQuality);
}

int TestDashboard::tableRows() const
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTableView"));
    if (!table || !table->model())
        return -1;
    QAbstractItemModel *model = table->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    return model->rowCount();
}

QPoint TestDashboard::slicePosition(ChartCard *card, const QString &key) const
{
    QChart *chart = card->chart();
    const QList<QAbstractSeries *> series = chart->series();
    auto *pie = series.isEmpty() ? nullptr : qobject_cast<QPieSeries *>(series.first());
    if (!pie)
        return {};
    for (QPieSlice *slice : pie->slices()) {
        if (slice->property("key").toString() != key)
            continue;
        // QPieSeries geometry: centre at (horizontal, vertical) position of the plot area, radius
        // pieSize × half the smaller side; angles clockwise from twelve o'clock, in degrees.
        const QRectF plot = chart->plotArea();
        const QPointF centre(plot.left() + plot.width() * pie->horizontalPosition(),
                             plot.top() + plot.height() * pie->verticalPosition());
        const qreal radius = qMin(plot.width(), plot.height()) / 2 * pie->pieSize();
        const qreal r = radius * (1 + pie->holeSize()) / 2;
        const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
        const QPointF point = centre + QPointF(r * std::sin(angle), -r * std::cos(angle));
        return card->chartView()->mapFromScene(chart->mapToScene(point));
    }
    return {};
}

void TestDashboard::showsFiguresInChinese()
{
    const InventoryStats &s = m_page->stats();
    QCOMPARE(s.kpis.resources, 10);
    const StatsSeries *grade = s.seriesById(QStringLiteral("grade"));
    QCOMPARE(grade->bucket(QStringLiteral("important"))->label, QStringLiteral("重要数据"));
    QCOMPARE(ChartCard::hoverText(QStringLiteral("重要数据"), 4, 10),
             QStringLiteral("重要数据：4 项资源（40.0%）"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabWidget"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->indexOf(m_page)), QStringLiteral("底账概览"));
    // A language switch at run time retitles the tab, and switching back restores it.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(m_page)), QStringLiteral("Dashboard"));
    installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(m_page)), QStringLiteral("底账概览"));
    // Every chart card shows a chart with series (the quality one included).
    for (const char *id :
         {"office", "grade", "sharing_by_office", "opening_by_office", "update_cycle", "format",
          "registration", "quality", "growth", "status"}) {
        ChartCard *card = m_page->chartCard(QLatin1String(id));
        QVERIFY2(card, id);
        QVERIFY2(!card->chart()->series().isEmpty(), id);
    }
}

void TestDashboard::clickOnSliceFiltersTable()
{
    ChartCard *card = m_page->chartCard(QStringLiteral("grade"));
    QChartView *view = card->chartView();
    const QPoint pos = slicePosition(card, QStringLiteral("important"));
    QVERIFY(!pos.isNull());
    QTest::mouseMove(view->viewport(), pos);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTRY_COMPARE(m_window->resourceFilter().grades, QStringList{QStringLiteral("important")});
    // Exactly the four 重要数据 resources (R02 R03 R06 R09), and the catalog page is shown.
    QCOMPARE(tableRows(), 4);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabWidget"));
    QVERIFY(tabs->currentWidget() != m_page);
}

void TestDashboard::clickOnBarAndStackedBar()
{
    // The stacked bars show the matrix: office O1 (办公室) has one resource of each sharing type,
    // O3 (统计股, the largest) one 无条件共享 and one 未填写.
    ChartCard *stacked = m_page->chartCard(QStringLiteral("sharing_by_office"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(stacked->chart()->series().value(0));
    QVERIFY(bars);
    auto *axis = qobject_cast<QBarCategoryAxis *>(stacked->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    const int row3 = int(axis->categories().indexOf(QStringLiteral("统计股")));
    const int row2 = int(axis->categories().indexOf(QStringLiteral("数据管理科")));
    QVERIFY(row3 >= 0 && row2 >= 0);
    QCOMPARE(bars->barSets().at(0)->at(row3), 1.0); // 无条件共享
    QCOMPARE(bars->barSets().at(0)->at(row2), 2.0);
    QCOMPARE(bars->barSets().at(3)->at(row3), 1.0); // 未填写
    QCOMPARE(bars->barSets().at(3)->at(row2), 0.0);

    // Drill-downs of the bar and stacked-bar charts (by the same path a click takes).
    QVERIFY(m_page->drillDown(QStringLiteral("format"), QStringLiteral("2"), {}));
    QCOMPARE(tableRows(), 3); // R03 R07 R08
    const QString o2 = QString::number(m_fixture.offices.value(QStringLiteral("O2")));
    QVERIFY(m_page->drillDown(QStringLiteral("sharing_by_office"), o2, QStringLiteral("1")));
    QCOMPARE(tableRows(), 2); // R04 R06
    QVERIFY(m_page->drillDown(QStringLiteral("registration"), QString(), {}));
    QCOMPARE(tableRows(), 5);
    // "Not filled" is a category too: exactly R10, not the whole catalog.
    QVERIFY(m_page->drillDown(QStringLiteral("grade"), QString(), {}));
    QCOMPARE(tableRows(), 1);
    // An office bar counts the office's own resources, not its sub-office's.
    QVERIFY(m_page->drillDown(QStringLiteral("office"), o2, {}));
    QCOMPARE(tableRows(), 3); // R04 R05 R06
}

void TestDashboard::officeFilterAppliesToEveryChart()
{
    QSignalSpy applied(m_page, &DashboardPage::statsApplied);
    m_page->setOfficeScope(m_fixture.offices.value(QStringLiteral("O2")));
    QVERIFY(applied.wait(10000));
    const InventoryStats &s = m_page->stats();
    QCOMPARE(s.kpis.resources, 7);
    QCOMPARE(s.seriesById(QStringLiteral("grade"))->count(QStringLiteral("important")), 2);
    QCOMPARE(s.seriesById(QStringLiteral("office"))->total(), 7);
    QCOMPARE(s.seriesById(QStringLiteral("update_cycle"))->total(), 7);
    // A click inside the office scope stays inside it.
    QVERIFY(m_page->drillDown(QStringLiteral("grade"), QStringLiteral("important"), {}));
    QCOMPARE(tableRows(), 2); // R06 R09
}

void TestDashboard::refreshesAfterEdit()
{
    QSignalSpy applied(m_page, &DashboardPage::statsApplied);
    const qint64 r01 = m_fixture.resources.value(QStringLiteral("R01"));
    QVERIFY(m_window->document()->setResourceField(r01, QStringLiteral("grade"),
                                                   QStringLiteral("important")));
    QVERIFY(applied.wait(10000));
    QCOMPARE(
        m_page->stats().seriesById(QStringLiteral("grade"))->count(QStringLiteral("important")), 5);
    m_window->document()->undoStack()->undo();
    QVERIFY(applied.wait(10000));
    QCOMPARE(
        m_page->stats().seriesById(QStringLiteral("grade"))->count(QStringLiteral("important")), 4);
}

void TestDashboard::exportsChartsAndReport()
{
    ChartCard *card = m_page->chartCard(QStringLiteral("office"));
    const QString png = m_dir.filePath(QStringLiteral("office.png"));
    const QString svg = m_dir.filePath(QStringLiteral("office.svg"));
    QString error;
    QVERIFY2(card->exportPng(png, &error), qPrintable(error));
    QVERIFY2(card->exportSvg(svg, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), card->chartView()->width() * 2);
    const QByteArray svgText = test::readAll(svg);
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("</svg>"));
    QVERIFY(!card->exportPng(m_dir.filePath(QStringLiteral("no/dir/x.png")), &error));
    QVERIFY(!error.isEmpty());

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    Dialogs::setNextFileName(pdf);
    m_page->exportReport();
    QVERIFY(test::readAll(pdf).startsWith("%PDF-"));
}

void TestDashboard::screenshotsAndTimings()
{
    const QString shots = qEnvironmentVariable("SHUYUAN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(100); // let the content take its new height (deferred to the event loop)
        m_page->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-top.png")));
        // The whole scrolled content, as a clerk scrolling down would see it.
        if (auto *area = m_page->findChild<QScrollArea *>(QStringLiteral("dashboardScrollArea"))) {
            area->widget()->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-all.png")));
        }
        m_page->chartCard(QStringLiteral("grade"))
            ->exportPng(QDir(shots).filePath(QStringLiteral("chart-grade.png")));
    }
    const QString bench = qEnvironmentVariable("SHUYUAN_BENCH_CATALOG");
    if (bench.isEmpty())
        return;
    m_window->closeCatalog();
    QVERIFY(m_window->openCatalog(bench));
    QSignalSpy applied(m_page, &DashboardPage::statsApplied);
    QSignalSpy quality(m_page, &DashboardPage::qualityApplied);
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer total;
        total.start();
        m_page->refresh();
        QVERIFY(applied.wait(30000));
        QElapsedTimer paint;
        paint.start();
        if (auto *area = m_page->findChild<QScrollArea *>(QStringLiteral("dashboardScrollArea")))
            area->widget()->grab(); // forces every chart to paint completely
        qInfo("100k dashboard: aggregates %lld ms (worker %lld ms), charts built %lld ms, painted "
              "%lld ms, request to fully drawn %lld ms",
              m_page->lastComputeMs(), m_page->stats().elapsedMs, m_page->lastDrawMs(),
              paint.elapsed(), total.elapsed());
        // Quality validates every resource; a slow machine may take long, which the dashboard
        // shows as "computing" without blocking anything. Only the last run waits for it.
        if (run == 2 && quality.wait(300000))
            qInfo("100k dashboard: quality scores after %lld ms", total.elapsed());
        applied.clear();
        quality.clear();
    }
    if (!shots.isEmpty()) {
        QTest::qWait(100);
        if (auto *area = m_page->findChild<QScrollArea *>(QStringLiteral("dashboardScrollArea")))
            area->widget()->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-100k.png")));
    }
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
