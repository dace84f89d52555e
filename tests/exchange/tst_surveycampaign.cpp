// The "done when": a coordinator runs a whole survey campaign — templates out, three
// filled answers back (two XLSX, one package), merged with conflicts resolved — and exports a
// submission package whose datapackage.json validates and whose hashes all check.
#include "ExchangeFixture.h"
#include "JsonSchemaCheck.h"
#include "TestSupport.h"
#include "exchange/CatalogImporter.h"
#include "exchange/MergeApplier.h"
#include "exchange/MergePlanner.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/SafeZipReader.h"
#include "exchange/SheetImporter.h"
#include "exchange/SurveyTemplate.h"
#include "exchange/XlsxBook.h"
#include "exchange/XlsxReader.h"
#include "store/CatalogStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sy;

namespace {

// What an office does in Excel: open the template, edit cells, save. Sheets, their order and
// the hidden ones are kept; values are written back as text or numbers.
struct Workbook
{
    QList<XlsxSheet> sheets;

    XlsxSheet &sheet(const QString &name)
    {
        for (XlsxSheet &s : sheets) {
            if (s.name == name)
                return s;
        }
        qFatal("no sheet");
    }
    int column(const QString &sheetName, const QString &header)
    {
        const XlsxSheet &s = sheet(sheetName);
        for (int c = 0; c < s.rows.first().size(); ++c) {
            QString h = s.text(0, c);
            if (h.endsWith(QLatin1Char('*')))
                h.chop(1);
            if (h == header)
                return c;
        }
        qFatal("no column");
    }
    int rowOf(const QString &sheetName, const QString &name)
    {
        const XlsxSheet &s = sheet(sheetName);
        const int c = column(sheetName, QStringLiteral("信息资源名称"));
        for (int r = 1; r < s.rows.size(); ++r) {
            if (s.text(r, c) == name)
                return r;
        }
        return -1;
    }
    void set(const QString &sheetName, int row, const QString &header, const QVariant &value)
    {
        XlsxSheet &s = sheet(sheetName);
        const int c = column(sheetName, header);
        while (s.rows.size() <= row)
            s.rows.append(QVariantList());
        while (s.rows[row].size() <= c)
            s.rows[row].append(QVariant());
        s.rows[row][c] = value;
    }
    int firstFreeRow(const QString &sheetName)
    {
        const XlsxSheet &s = sheet(sheetName);
        const int c = column(sheetName, QStringLiteral("信息资源名称"));
        for (int r = 1; r < s.rows.size(); ++r) {
            if (s.text(r, c).isEmpty())
                return r;
        }
        return int(s.rows.size());
    }
    bool save(const QString &path)
    {
        XlsxBook book;
        if (!book.open(path))
            return false;
        for (const XlsxSheet &s : sheets) {
            lxw_worksheet *ws = book.addSheet(s.name);
            for (int r = 0; r < s.rows.size(); ++r) {
                for (int c = 0; c < s.rows.at(r).size(); ++c)
                    book.write(ws, r, c, s.rows.at(r).at(c));
            }
            if (s.hidden)
                worksheet_hide(ws);
        }
        return book.close();
    }
};

} // namespace

class TestSurveyCampaign : public QObject
{
    Q_OBJECT

private slots:
    void campaign()
    {
        QTemporaryDir dir;
        auto path = [&dir](const QString &name) {
            return dir.filePath(name);
        };
        const QString catalog = path(QStringLiteral("coordinator.sycat"));
        QString error;
        QVERIFY2(test::makeCoordinatorCatalog(catalog, &error), qPrintable(error));
        const auto profile = Profile::builtin();

        // 1. Templates out: XLSX for 登记处 and 许可处, a survey package for 执法处.
        qint64 dengji = 0, xuke = 0, zhifa = 0;
        {
            CatalogStore store;
            QVERIFY(store.openReadOnly(catalog));
            for (const Office &o : store.offices()) {
                if (o.name == QStringLiteral("登记处"))
                    dengji = o.id;
                else if (o.name == QStringLiteral("许可处"))
                    xuke = o.id;
                else
                    zhifa = o.id;
            }
            SurveyTemplate t;
            TemplateOptions options;
            options.officeIds = {dengji};
            QVERIFY2(t.write(store, *profile, path(QStringLiteral("登记处.xlsx")), options),
                     qPrintable(t.errorString()));
            options.officeIds = {xuke};
            QVERIFY(t.write(store, *profile, path(QStringLiteral("许可处.xlsx")), options));
            PackageWriter writer(profile);
            PackageOptions survey;
            survey.survey = true;
            survey.scope.kind = ExportScope::Offices;
            survey.scope.officeIds = {zhifa};
            QVERIFY2(writer.write(store, path(QStringLiteral("执法处-survey.sypkg")), survey),
                     qPrintable(writer.errorString()));
        }

        // The template is what the issue asks for: drop-downs (lists on a hidden sheet), input
        // hints, frozen header, required columns marked, instructions.
        {
            SafeZipReader zip;
            QVERIFY(zip.readFile(path(QStringLiteral("登记处.xlsx"))));
            XlsxReader x;
            QVERIFY(x.readFile(path(QStringLiteral("登记处.xlsx"))));
            QStringList names;
            for (const XlsxSheet &s : x.sheets())
                names << s.name + (s.hidden ? QStringLiteral("(hidden)") : QString());
            QCOMPARE(names,
                     (QStringList{QStringLiteral("填表说明"), QStringLiteral("_lists(hidden)"),
                                  QStringLiteral("数据资源"), QStringLiteral("信息项"),
                                  QStringLiteral("_shuyuan(hidden)")}));
            const QString resources
                = QString::fromUtf8(zip.data(QStringLiteral("xl/worksheets/sheet3.xml")));
            QVERIFY(resources.contains(QStringLiteral("type=\"list\"")));
            QVERIFY(resources.contains(QStringLiteral("_lists!$")));
            QVERIFY(resources.contains(QStringLiteral("promptTitle")));
            QVERIFY(resources.contains(QStringLiteral("state=\"frozen\"")));
            const XlsxSheet *rs = x.sheet(QStringLiteral("数据资源"));
            QVERIFY(rs->rows.first().contains(QStringLiteral("信息资源名称*")));
            QVERIFY(rs->rows.first().contains(QStringLiteral("备注")));
            QCOMPARE(rs->text(1, 0).isEmpty(), false); // prefilled with the office's resources
            // Every vocabulary field has a drop-down: count list validations.
            int enumFields = 0;
            for (const FieldDef *f : SurveyTemplate::resourceFields(*profile))
                enumFields += f->type == FieldType::Enum || f->type == FieldType::Bool
                              || f->type == FieldType::Region || f->key == QLatin1String("office");
            QVERIFY(resources.count(QStringLiteral("type=\"list\"")) >= enumFields);
        }

        // The coordinator keeps working after sending: this makes a conflict with 登记处.
        QThread::msleep(20);
        {
            CatalogStore store;
            QVERIFY(store.open(catalog));
            ResourceQuery q;
            q.officeIds = {dengji};
            Resource r = store.resources(q).first();
            QCOMPARE(r.name, QStringLiteral("登记处数据1"));
            r.summary = QStringLiteral("协调人改过的摘要");
            QVERIFY(store.updateResource(r));
        }

        // 2a. 登记处 fills its workbook: edits the summary the coordinator also changed, fills a
        //     remark, adds a new resource with two information items.
        {
            XlsxReader x;
            QVERIFY(x.readFile(path(QStringLiteral("登记处.xlsx"))));
            Workbook wb{x.sheets()};
            const QString rs = QStringLiteral("数据资源"), is = QStringLiteral("信息项");
            const int row = wb.rowOf(rs, QStringLiteral("登记处数据1"));
            QVERIFY(row > 0);
            wb.set(rs, row, QStringLiteral("信息资源摘要"), QStringLiteral("登记处改过的摘要"));
            wb.set(rs, row, QStringLiteral("备注"), QStringLiteral("登记处补充的备注"));
            const int fresh = wb.firstFreeRow(rs);
            const QList<QPair<QString, QVariant>> values{
                {QStringLiteral("信息资源分类"), QStringLiteral("301001")},
                {QStringLiteral("信息资源代码"), QStringLiteral("301001/000101")},
                {QStringLiteral("信息资源名称"), QStringLiteral("市场主体年报信息")},
                {QStringLiteral("信息资源摘要"), QStringLiteral("市场主体年度报告公示信息。")},
                {QStringLiteral("信息资源提供方"), QStringLiteral("广东省测试管理局")},
                {QStringLiteral("信息资源提供方代码"), QStringLiteral("11440000MB2C12345X")},
                {QStringLiteral("数据分级"), QStringLiteral("一般数据（2级）")},
                {QStringLiteral("信息资源格式"), QStringLiteral("数据库")},
                {QStringLiteral("共享类型"), QStringLiteral("有条件共享")},
                {QStringLiteral("共享条件"), QStringLiteral("仅限市场监管业务使用")},
                {QStringLiteral("共享方式"), QStringLiteral("共享平台方式")},
                {QStringLiteral("开放类型"), QStringLiteral("不予开放")},
                {QStringLiteral("开放条件"), QStringLiteral("含企业联系人信息")},
                {QStringLiteral("设立依据"), QStringLiteral("《企业信息公示暂行条例》")},
                {QStringLiteral("更新周期"), QStringLiteral("每年")},
                {QStringLiteral("结构化记录数"), 52000},
                {QStringLiteral("发布日期"), QDate(2025, 3, 1)},
            };
            for (const auto &v : values)
                wb.set(rs, fresh, v.first, v.second);
            const int itemRow = int(wb.sheet(is).rows.size());
            wb.set(is, itemRow, QStringLiteral("信息资源代码"), QStringLiteral("301001/000101"));
            wb.set(is, itemRow, QStringLiteral("信息项名称"), QStringLiteral("统一社会信用代码"));
            wb.set(is, itemRow, QStringLiteral("数据类型"), QStringLiteral("字符型"));
            wb.set(is, itemRow, QStringLiteral("数据长度"), 18);
            wb.set(is, itemRow + 1, QStringLiteral("信息资源名称"),
                   QStringLiteral("市场主体年报信息"));
            wb.set(is, itemRow + 1, QStringLiteral("信息项名称"), QStringLiteral("年报年度"));
            wb.set(is, itemRow + 1, QStringLiteral("数据类型"), QStringLiteral("整型"));
            QVERIFY(wb.save(path(QStringLiteral("登记处-答复.xlsx"))));
        }
        // 2b. 许可处: updates a record count (a plain change: the coordinator had not touched it).
        {
            XlsxReader x;
            QVERIFY(x.readFile(path(QStringLiteral("许可处.xlsx"))));
            Workbook wb{x.sheets()};
            const int row = wb.rowOf(QStringLiteral("数据资源"), QStringLiteral("许可处数据2"));
            QVERIFY(row > 0);
            wb.set(QStringLiteral("数据资源"), row, QStringLiteral("结构化记录数"), 987654);
            QVERIFY(wb.save(path(QStringLiteral("许可处-答复.xlsx"))));
        }
        // 2c. 执法处 runs Shuyuan: imports the survey package, edits, exports its answer.
        {
            PackageReader reader;
            QVERIFY2(reader.read(path(QStringLiteral("执法处-survey.sypkg"))),
                     qPrintable(reader.errorString()));
            QVERIFY(reader.isSurvey());
            const QString office = path(QStringLiteral("执法处.sycat"));
            CatalogImporter importer;
            QVERIFY2(importer.createCatalog(office, reader.snapshot()),
                     qPrintable(importer.errorString()));
            CatalogStore store;
            QVERIFY(store.open(office));
            Resource r = store.resources(ResourceQuery()).first();
            r.attrs.insert(QStringLiteral("usage_method"), QStringLiteral("通过共享平台接口调用"));
            QVERIFY(store.updateResource(r));
            Resource fresh = test::validResource(r.officeId, 201, QStringLiteral("行政处罚信息"));
            QVERIFY(store.insertResource(fresh));
            QList<InfoItem> items
                = test::validItems({QStringLiteral("处罚决定书文号"), QStringLiteral("处罚日期")});
            QVERIFY(store.setItems(fresh.id, items));
            PackageWriter writer(profile);
            PackageOptions answer;
            answer.scope.kind = ExportScope::Offices;
            answer.scope.officeIds = {r.officeId};
            QVERIFY2(writer.write(store, path(QStringLiteral("执法处-答复.sypkg")), answer),
                     qPrintable(writer.errorString()
                                + writer.validationErrors().join(QLatin1Char('\n'))));
        }

        // 3. The coordinator merges the three answers.
        const int before = int(test::snapshotOf(catalog).resources.size());
        auto mergeXlsx = [&](const QString &file, MergePlan *plan) {
            CatalogStore store;
            QVERIFY(store.open(catalog));
            SheetImporter importer(profile);
            QVERIFY2(importer.load(path(file)), qPrintable(importer.errorString()));
            QVERIFY(importer.isShuyuanTemplate());
            importer.setMapping(importer.autoMapping());
            CatalogSnapshot answer;
            QList<ImportProblem> problems;
            QVERIFY(importer.build(&store, &answer, &problems));
            for (const ImportProblem &p : problems)
                QVERIFY2(p.severity != Severity::Error, qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                                       .arg(p.sheet)
                                                                       .arg(p.row)
                                                                       .arg(p.column, p.message)));
            MergeOptions options;
            options.baseTime = importer.templateCreated();
            options.scopeOfficeUuids = importer.templateOffices();
            QString e;
            QVERIFY(MergePlanner::plan(store, *profile, answer, options, plan, &e));
            plan->source = file;
        };
        MergePlan plan;
        mergeXlsx(QStringLiteral("登记处-答复.xlsx"), &plan);
        QCOMPARE(plan.count(MergeStatus::New), 1);
        QCOMPARE(plan.count(MergeStatus::Conflict), 1);
        QCOMPARE(plan.count(MergeStatus::Identical), 1);
        QCOMPARE(plan.count(MergeStatus::Deleted), 0);
        // Field by field: the office's summary wins the conflict; its remark was a plain change.
        for (ResourceMerge &r : plan.resources) {
            for (MergeFieldDiff &f : r.fields) {
                if (f.key == QLatin1String("summary")) {
                    QVERIFY(f.conflict);
                    f.takeTheirs = true;
                } else {
                    QVERIFY2(!f.conflict, qPrintable(f.key));
                }
            }
        }
        {
            CatalogStore store;
            QVERIFY(store.open(catalog));
            MergeApplier applier;
            QVERIFY2(applier.apply(store, plan, MergeApplier::defaultBackupPath(catalog)),
                     qPrintable(applier.errorString()));
            QVERIFY(
                MergeApplier::saveReport(plan, path(QStringLiteral("merge-登记处.json")), &error));
        }
        mergeXlsx(QStringLiteral("许可处-答复.xlsx"), &plan);
        QCOMPARE(plan.count(MergeStatus::Changed), 1);
        QCOMPARE(plan.count(MergeStatus::Conflict), 0);
        {
            CatalogStore store;
            QVERIFY(store.open(catalog));
            MergeApplier applier;
            QVERIFY(applier.apply(store, plan, MergeApplier::defaultBackupPath(catalog)));
        }
        {
            CatalogStore store;
            QVERIFY(store.open(catalog));
            PackageReader reader;
            QVERIFY2(reader.read(path(QStringLiteral("执法处-答复.sypkg"))),
                     qPrintable(reader.errorString()));
            MergeOptions options;
            options.emptyTheirsClears = true;
            QVERIFY(MergePlanner::plan(store, *profile, reader.snapshot(), options, &plan, &error));
            QCOMPARE(plan.count(MergeStatus::New), 1);
            QCOMPARE(plan.count(MergeStatus::Changed) + plan.count(MergeStatus::Conflict), 1);
            plan.chooseForOffice(QStringLiteral("执法处"), true); // the whole office at once
            MergeApplier applier;
            QVERIFY(applier.apply(store, plan, MergeApplier::defaultBackupPath(catalog)));
        }

        const CatalogSnapshot merged = test::snapshotOf(catalog);
        QCOMPARE(int(merged.resources.size()), before + 2);
        QHash<QString, Resource> byName;
        for (const Resource &r : merged.resources)
            byName.insert(r.name, r);
        QCOMPARE(byName.value(QStringLiteral("登记处数据1")).summary,
                 QStringLiteral("登记处改过的摘要"));
        QCOMPARE(byName.value(QStringLiteral("登记处数据1"))
                     .attrs.value(QStringLiteral("remark"))
                     .toString(),
                 QStringLiteral("登记处补充的备注"));
        QCOMPARE(byName.value(QStringLiteral("许可处数据2")).records, 987654);
        QCOMPARE(byName.value(QStringLiteral("市场主体年报信息")).sharing, QStringLiteral("2"));
        QCOMPARE(merged.items.value(byName.value(QStringLiteral("市场主体年报信息")).uuid).size(),
                 2);
        QCOMPARE(byName.value(QStringLiteral("执法处数据1"))
                     .attrs.value(QStringLiteral("usage_method"))
                     .toString(),
                 QStringLiteral("通过共享平台接口调用"));
        QVERIFY(byName.contains(QStringLiteral("行政处罚信息")));

        // 4. The submission package: validation passes (no draft), datapackage.json validates
        //    against the Data Package v2 schema and every hash checks.
        {
            CatalogStore store;
            QVERIFY(store.openReadOnly(catalog));
            QVERIFY(store.check().ok);
            PackageWriter writer(profile);
            QVERIFY2(
                writer.write(store, path(QStringLiteral("submission.sypkg")), PackageOptions()),
                qPrintable(writer.errorString() + QLatin1Char('\n')
                           + writer.validationErrors().join(QLatin1Char('\n'))));
        }
        const QJsonValue schema
            = QJsonDocument::fromJson(
                  test::readAll(QDir(qEnvironmentVariable("SHUYUAN_SCHEMAS"))
                                    .filePath(QStringLiteral("datapackage-2.0.json"))))
                  .object();
        const QStringList problems
            = test::checkPackage(path(QStringLiteral("submission.sypkg")), schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        PackageReader final;
        QVERIFY(final.read(path(QStringLiteral("submission.sypkg"))));
        QVERIFY(!final.isDraft());
        QCOMPARE(final.snapshot().resources.size(), merged.resources.size());
    }
};

QTEST_GUILESS_MAIN(TestSurveyCampaign)
#include "tst_surveycampaign.moc"
