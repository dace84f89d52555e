// The inventory report PDF: written atomically, paginated, and its Chinese text extracts (the
// font must be one whose glyphs copy out as the right characters).
#include "CoreInfo.h"
#include "StatsFixture.h"
#include "TestSupport.h"
#include "report/ChartPainter.h"
#include "report/InventoryReport.h"
#include "stats/InventoryStatsBuilder.h"
#include "store/CatalogStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sy;

class TestInventoryReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesPdfInChinese();
    void officeScopeAndEmptyCatalog();
    void refusesUnwritablePath();
    void chartPainterDrawsEveryKind();
    void largeCatalog();

private:
    static QString pdfText(const QString &path);
    InventoryStats build(const CatalogStore &store, const InventoryScope &scope = {});

    QTemporaryDir m_dir;
    QString m_path;
    test::StatsFixture m_fixture;
};

void TestInventoryReport::initTestCase()
{
    // The clerk's view: Chinese labels from the profile and Chinese report text.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")) > 0);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("fixture.sycat"));
    QString error;
    QVERIFY2(test::buildStatsFixture(m_path, &m_fixture, &error), qPrintable(error));
}

QString TestInventoryReport::pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

InventoryStats TestInventoryReport::build(const CatalogStore &store, const InventoryScope &scope)
{
    InventoryStatsBuilder builder(store, Profile::builtin());
    builder.setScope(scope);
    InventoryStats stats;
    QString error;
    if (!builder.build(&stats, &error) || !builder.addQuality(&stats, &error))
        qWarning("stats failed: %s", qPrintable(error));
    return stats;
}

void TestInventoryReport::writesPdfInChinese()
{
    CatalogStore store;
    QVERIFY(store.openReadOnly(m_path));
    const InventoryStats stats = build(store);
    const QString pdf = m_dir.filePath(QStringLiteral("底账报告.pdf"));
    InventoryReport report(stats);
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    QVERIFY(test::readAll(pdf).startsWith("%PDF-"));
    // Title, KPIs and the first chart; nine more charts at two per page; the office table
    // below the last chart: 6 pages.
    QCOMPARE(report.pageCount(), 6);

    const QString shots = qEnvironmentVariable("SHUYUAN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::remove(QDir(shots).filePath(QStringLiteral("inventory-report.pdf")));
        QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("inventory-report.pdf")));
    }

    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext is not installed");
    QCOMPARE(text.count(QLatin1Char('\f')), report.pageCount()); // one form feed per page
    for (const QString &expected :
         {QStringLiteral("数据资源底账报告"), QStringLiteral("底账测试目录"),
          QStringLiteral("广东省测试厅"), QStringLiteral("重要数据"), QStringLiteral("有条件共享"),
          QStringLiteral("不予开放"), QStringLiteral("每旬"), QStringLiteral("服务接口"),
          QStringLiteral("统计股"), QStringLiteral("空处室"), QStringLiteral("未登记"),
          QStringLiteral("第 1 页，共 6 页")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // Kangxi radicals (U+2F00…) would mean the glyphs do not map back to characters.
    for (QChar ch : text)
        QVERIFY2(ch.unicode() < 0x2F00 || ch.unicode() > 0x2FDF, "Kangxi radical in PDF text");
}

void TestInventoryReport::officeScopeAndEmptyCatalog()
{
    CatalogStore store;
    QVERIFY(store.openReadOnly(m_path));
    InventoryScope scope;
    scope.officeId = m_fixture.offices.value(QStringLiteral("O3"));
    const InventoryStats stats = build(store, scope);
    const QString pdf = m_dir.filePath(QStringLiteral("office.pdf"));
    InventoryReport report(stats);
    QVERIFY(report.writePdf(pdf));
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        QVERIFY(text.contains(QStringLiteral("统计股")));
        QVERIFY(!text.contains(QStringLiteral("空处室")));
    }

    const QString emptyPath = m_dir.filePath(QStringLiteral("empty.sycat"));
    {
        CatalogStore empty;
        QVERIFY(empty.create(emptyPath, CatalogMeta()));
    }
    CatalogStore empty;
    QVERIFY(empty.openReadOnly(emptyPath));
    const InventoryStats none = build(empty);
    InventoryReport emptyReport(none);
    const QString emptyPdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(emptyReport.writePdf(emptyPdf));
    QVERIFY(emptyReport.pageCount() >= 1);
}

void TestInventoryReport::refusesUnwritablePath()
{
    InventoryStats stats;
    InventoryReport report(stats);
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    QVERIFY(!report.writePdf(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestInventoryReport::chartPainterDrawsEveryKind()
{
    CatalogStore store;
    QVERIFY(store.openReadOnly(m_path));
    const InventoryStats stats = build(store);
    QFont font(QString::fromLatin1(InventoryReport::fontFamily));
    font.setPointSize(9);
    for (const StatsSeries &s : stats.series) {
        QImage image(600, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartPainter::drawSeries(painter, QRectF(10, 10, 580, 280), s, font);
        painter.end();
        // Something besides the background was drawn.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 3) {
            for (int x = 0; x < image.width() && !drawn; x += 3)
                drawn = image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(drawn, qPrintable(s.id));
    }
    QVERIFY(!stats.matrices.isEmpty());
}

// With SHUYUAN_BENCH_CATALOG (e.g. the 100k demo) prints how long the report takes and, with
// SHUYUAN_SCREENSHOT_DIR, keeps the PDF to look at. Not a pass/fail criterion.
void TestInventoryReport::largeCatalog()
{
    const QString bench = qEnvironmentVariable("SHUYUAN_BENCH_CATALOG");
    if (bench.isEmpty())
        QSKIP("SHUYUAN_BENCH_CATALOG not set");
    CatalogStore store;
    QVERIFY(store.openReadOnly(bench));
    QElapsedTimer timer;
    timer.start();
    InventoryStatsBuilder builder(store, Profile::builtin());
    InventoryStats stats;
    QVERIFY(builder.build(&stats));
    const qint64 aggregates = timer.elapsed();
    const QString shots = qEnvironmentVariable("SHUYUAN_SCREENSHOT_DIR");
    const QString pdf = shots.isEmpty() ? m_dir.filePath(QStringLiteral("large.pdf"))
                                        : QDir(shots).filePath(QStringLiteral("report-100k.pdf"));
    InventoryReport report(stats);
    QVERIFY(report.writePdf(pdf));
    qInfo("large catalog: aggregates %lld ms, report %lld ms, %d pages", aggregates,
          timer.elapsed() - aggregates, report.pageCount());
}

QTEST_MAIN(TestInventoryReport)
#include "tst_inventoryreport.moc"
