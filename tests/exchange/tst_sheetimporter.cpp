#include "ExchangeFixture.h"
#include "TestSupport.h"
#include "exchange/FieldCodec.h"
#include "exchange/SheetImporter.h"
#include "exchange/XlsxReader.h"
#include "store/CatalogStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sy;

class TestSheetImporter : public QObject
{
    Q_OBJECT

private slots:
    void codec()
    {
        const auto p = Profile::builtin();
        const FieldDef *sharing = p->field(QStringLiteral("resource"), QStringLiteral("sharing"));
        QVariant v;
        QString problem;
        QVERIFY(FieldCodec::fromText(*p, *sharing, QStringLiteral("有条件共享"), &v, &problem));
        QCOMPARE(v.toString(), QStringLiteral("2"));
        QVERIFY(FieldCodec::fromText(*p, *sharing, QStringLiteral("2"), &v, &problem));
        QCOMPARE(v.toString(), QStringLiteral("2"));
        QVERIFY(!FieldCodec::fromText(*p, *sharing, QStringLiteral("随便"), &v, &problem));
        QVERIFY(problem.contains(QStringLiteral("随便")));
        const FieldDef *date = p->field(QStringLiteral("resource"), QStringLiteral("publish_date"));
        QVERIFY(FieldCodec::fromText(*p, *date, QStringLiteral("2025年3月1日"), &v, &problem));
        QCOMPARE(v.toString(), QStringLiteral("2025-03-01"));
        QVERIFY(!FieldCodec::fromText(*p, *date, QStringLiteral("2023-02-30"), &v, &problem));
        const FieldDef *records = p->field(QStringLiteral("resource"), QStringLiteral("records"));
        QVERIFY(FieldCodec::fromText(*p, *records, QStringLiteral("1,234"), &v, &problem));
        QCOMPARE(v.toLongLong(), 1234);
    }

    void gbkCsvAutoMapsAndReportsRows()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("c.sycat"));
        QString error;
        QVERIFY(test::makeCoordinatorCatalog(catalog, &error));
        CatalogStore store;
        QVERIFY(store.openReadOnly(catalog));
        SheetImporter importer(Profile::builtin());
        QVERIFY(importer.load(test::dataPath(QStringLiteral("exchange/gbk-newlines.csv"))));
        const ImportMapping m = importer.autoMapping();
        QCOMPARE(m.resourceColumns.value(QStringLiteral("信息资源名称")), QStringLiteral("name"));
        QCOMPARE(m.resourceColumns.value(QStringLiteral("所属处室")), QStringLiteral("office"));
        importer.setMapping(m);
        CatalogSnapshot answer;
        QList<ImportProblem> problems;
        QVERIFY(importer.build(&store, &answer, &problems));
        // The second record has an update cycle that is not in the list: it is left out and
        // reported on line 4 of the file (the first record spans lines 2 and 3).
        QCOMPARE(answer.resources.size(), 1);
        QCOMPARE(answer.resources.at(0).summary, QStringLiteral("第一行\n第二行，含逗号"));
        QCOMPARE(answer.resources.at(0).updateCycle, QStringLiteral("5"));
        QCOMPARE(answer.resources.at(0).sharing, QStringLiteral("1"));
        // 登记处 exists in the catalog: it resolves to the catalog's uuid.
        QVERIFY(store.officeByUuid(answer.offices.first().uuid).has_value());
        bool sawRow4 = false;
        for (const ImportProblem &p : problems) {
            if (p.row == 4 && p.column == QStringLiteral("更新周期")
                && p.severity == Severity::Error) {
                sawRow4 = true;
                QVERIFY(p.message.contains(QStringLiteral("每两月")));
            }
        }
        QVERIFY(sawRow4);
        const QString report = dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(SheetImporter::saveProblems(problems, report, &error));
        XlsxReader x;
        QVERIFY(x.readFile(report));
        QCOMPARE(x.sheets().first().rowCount(), int(problems.size()) + 1);
    }

    void commonCatalogTemplate()
    {
        // DOMAIN.md §2.7 A: a catalog sheet and an item sheet keyed by 数据资源目录名称.
        SheetImporter importer(Profile::builtin());
        SheetData catalog;
        catalog.name = QStringLiteral("目录");
        catalog.rows = {{QStringLiteral("*数据资源目录名称"), QStringLiteral("*数据资源目录描述"),
                         QStringLiteral("*更新周期"), QStringLiteral("*数据分级"),
                         QStringLiteral("*共享属性"), QStringLiteral("*开放属性")},
                        {QStringLiteral("企业名录"), QStringLiteral("全省企业名录"),
                         QStringLiteral("每月"), QStringLiteral("一般数据（2级）"),
                         QStringLiteral("无条件共享"), QStringLiteral("不予开放")}};
        SheetData items;
        items.name = QStringLiteral("信息项");
        items.rows
            = {{QStringLiteral("*数据资源目录名称"), QStringLiteral("*信息项业务名称"),
                QStringLiteral("*信息项技术名称"), QStringLiteral("*数据类型"),
                QStringLiteral("数据长度"), QStringLiteral("*敏感属性")},
               {QStringLiteral("企业名录"), QStringLiteral("企业名称"), QStringLiteral("qymc"),
                QStringLiteral("字符型"), QStringLiteral("200"), QStringLiteral("非敏感")},
               {QStringLiteral("不存在的资源"), QStringLiteral("x"), QStringLiteral("x"),
                QStringLiteral("字符型"), QString(), QStringLiteral("敏感")}};
        importer.setSheets({catalog, items});
        const ImportMapping m = importer.autoMapping();
        QCOMPARE(m.resourceSheet, QStringLiteral("目录"));
        QCOMPARE(m.itemSheet, QStringLiteral("信息项"));
        QCOMPARE(m.itemColumns.value(QStringLiteral("*数据资源目录名称")),
                 QString::fromLatin1(SheetImporter::resourceNameKey));
        CatalogSnapshot answer;
        QList<ImportProblem> problems;
        importer.setMapping(m);
        QVERIFY(importer.build(nullptr, &answer, &problems));
        QCOMPARE(answer.resources.size(), 1);
        const Resource r = answer.resources.first();
        QCOMPARE(r.updateCycle, QStringLiteral("5"));
        QCOMPARE(r.grade, QStringLiteral("g2"));
        const QList<InfoItem> list = answer.items.value(r.uuid);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().attrs.value(QStringLiteral("tech_name")).toString(),
                 QStringLiteral("qymc"));
        QCOMPARE(list.first().length, 200);
        QCOMPARE(list.first().attrs.value(QStringLiteral("sensitive")).toBool(), false);
        bool sawMissing = false;
        for (const ImportProblem &p : problems)
            sawMissing = sawMissing || (p.sheet == QStringLiteral("信息项") && p.row == 3);
        QVERIFY(sawMissing);
    }

    void rememberedMapping()
    {
        SheetImporter importer(Profile::builtin());
        SheetData s;
        s.name = QStringLiteral("x");
        s.rows = {{QStringLiteral("名字"), QStringLiteral("信息资源代码")}};
        importer.setSheets({s});
        ImportMapping m = importer.autoMapping();
        m.resourceSheet = QStringLiteral("x");
        m.resourceColumns.insert(QStringLiteral("名字"), QStringLiteral("name"));
        SheetImporter::rememberMapping(importer.signature(), m);
        QCOMPARE(SheetImporter::rememberedMapping(importer.signature())
                     .resourceColumns.value(QStringLiteral("名字")),
                 QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestSheetImporter)
#include "tst_sheetimporter.moc"
