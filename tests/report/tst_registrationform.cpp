#include "CatalogFixture.h"
#include "TestSupport.h"
#include "registration/RegistrationService.h"
#include "report/RegistrationForm.h"
#include "report/ResponsibilityList.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sy;

// The printed registration form and the responsibility lists: the PDF exists, has the expected
// number of pages, and its text (Chinese included) copies out correctly (pdftotext, skipped
// where poppler-utils is missing).
class TestRegistrationForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void formPdf();
    void lists();

private:
    static QString pdfText(const QString &pdf);
    static int pdfPages(const QString &pdf);

    QTemporaryDir m_dir;
    CatalogStore m_store;
    RuleEngine m_engine;
    QTranslator m_translator;
};

void TestRegistrationForm::initTestCase()
{
    // The form as a Guangdong clerk prints it: Chinese.
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/report_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString path = m_dir.filePath(QStringLiteral("f.sycat"));
    QString error;
    QVERIFY2(test::createCatalog(path, 4, &error), qPrintable(error));
    QVERIFY(m_store.open(path));
    m_store.setUser(QStringLiteral("王五"));
}

void TestRegistrationForm::cleanupTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::removeTranslator(&m_translator);
}

QString TestRegistrationForm::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestRegistrationForm::pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestRegistrationForm::formPdf()
{
    // A resource with 80 items makes the form run over several pages.
    Resource r = *m_store.resourceByCode(QStringLiteral("301001001/000001"));
    QList<InfoItem> items;
    for (int i = 0; i < 80; ++i) {
        InfoItem item;
        item.name = QStringLiteral("信息项%1").arg(i + 1);
        item.dataType = QStringLiteral("C");
        item.length = 50;
        items << item;
    }
    QVERIFY(m_store.setItems(r.id, items));
    RegistrationService service(m_store, m_engine);
    QString error;
    auto reg = service.createForResource(r.id, QStringLiteral("1"), &error);
    QVERIFY2(reg, qPrintable(error));
    reg->setValue(QStringLiteral("compliance_review"), QStringLiteral("保密审查意见书"));
    QVERIFY(service.update(*reg));
    QVERIFY2(service.setStatus(reg->id, QStringLiteral("ready"), {}, &error), qPrintable(error));

    const auto data = RegistrationForm::load(m_store, reg->id, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->items.size(), 80);
    RegistrationForm form;
    form.setPrintDate(QDate(2026, 3, 1));
    const QString pdf = m_dir.filePath(RegistrationForm::fileName(data->registration));
    QVERIFY2(form.writePdf(*data, pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(test::readAll(pdf).startsWith("%PDF"));
    QVERIFY2(form.pageCount() >= 3, qPrintable(QString::number(form.pageCount())));
    // SHUYUAN_KEEP_PDF=DIR keeps a copy to look at (pdftoppm -png -r 80).
    if (qEnvironmentVariableIsSet("SHUYUAN_KEEP_PDF"))
        QFile::copy(
            pdf,
            QDir(qEnvironmentVariable("SHUYUAN_KEEP_PDF")).filePath(QStringLiteral("form.pdf")));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QCOMPARE(pdfPages(pdf), form.pageCount());
    const QString text = pdfText(pdf);
    for (const QString &expected :
         {QStringLiteral("公共数据资源登记表"), reg->formNumber, r.name, QStringLiteral("首次登记"),
          QStringLiteral("统一社会信用"), QStringLiteral("91440101MA5CJQ4N59"),
          QStringLiteral("信息项80"), QStringLiteral("盖章"), QStringLiteral("签字"),
          QStringLiteral("第 1 页"), QStringLiteral("共 %1 页").arg(form.pageCount())}) {
        // pdftotext drops some spaces between glyphs it places itself: compare without them.
        QVERIFY2(QString(text)
                     .remove(QLatin1Char(' '))
                     .contains(QString(expected).remove(QLatin1Char(' '))),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + text.left(3000)));
    }
    // WenQuanYi keeps 一 as U+4E00 (Noto CJK would give the Kangxi radical U+2F00).
    QVERIFY(!text.contains(QChar(0x2F00)));

    // Writing into a missing folder fails cleanly.
    QVERIFY(!form.writePdf(*data, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void TestRegistrationForm::lists()
{
    // 涉密 resource marked open: never on the opening list.
    Resource secret = *m_store.resourceByCode(QStringLiteral("301001001/000002"));
    secret.secret = true;
    QVERIFY(m_store.updateResource(secret));
    Resource conditional = *m_store.resourceByCode(QStringLiteral("301001001/000003"));
    conditional.sharing = QStringLiteral("2");
    conditional.attrs.insert(QStringLiteral("share_condition"),
                             QStringLiteral("仅限政务部门依法履职使用"));
    QVERIFY(m_store.updateResource(conditional));

    ResponsibilityList opening(ResponsibilityList::Opening);
    QString error;
    QVERIFY(opening.load(m_store, &error));
    QCOMPARE(opening.excluded(), 1);
    for (const QStringList &row : opening.rows())
        QVERIFY(row.at(1) != secret.code);
    QCOMPARE(opening.rows().size(), 3);

    ResponsibilityList sharing(ResponsibilityList::Sharing);
    QVERIFY(sharing.load(m_store, &error));
    QCOMPARE(sharing.rows().size(), 4);
    bool sawCondition = false;
    for (const QStringList &row : sharing.rows())
        sawCondition = sawCondition || row.contains(QStringLiteral("仅限政务部门依法履职使用"));
    QVERIFY(sawCondition);

    const QString pdf = m_dir.filePath(QStringLiteral("sharing.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("sharing.xlsx"));
    QVERIFY2(sharing.writePdf(pdf, &error), qPrintable(error));
    QVERIFY2(sharing.writeXlsx(xlsx, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("SHUYUAN_KEEP_PDF")) {
        const QDir keep(qEnvironmentVariable("SHUYUAN_KEEP_PDF"));
        QFile::copy(pdf, keep.filePath(QStringLiteral("sharing.pdf")));
        QFile::copy(xlsx, keep.filePath(QStringLiteral("sharing.xlsx")));
    }
    QCOMPARE(sharing.pageCount(), 1);
    const QByteArray bytes = test::readAll(xlsx);
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("共享责任清单")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("有条件共享")));
}

QTEST_MAIN(TestRegistrationForm)
#include "tst_registrationform.moc"
