#include "CatalogFixture.h"
#include "demo/DemoGenerator.h"
#include "rules/CatalogValidator.h"
#include "store/CatalogStore.h"
#include "store/ValidationQueries.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sy;

// "Validate all" (CatalogValidator) takes shortcuts for speed: identical items are checked once,
// and the cross-resource checks are set-based. This test keeps it honest: on a demo catalog with
// every deliberate defect, its findings and quality counts must be exactly those of the plain
// per-resource engine (the one the GUI uses for the live re-check), so the two never drift.
class TestValidationPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fastPathEqualsPerResourceEngine_data();
    void fastPathEqualsPerResourceEngine();
    void edgeCasesOfTheCatalogWideChecks();

private:
    // Validates `path` with the validator and with the reference, and compares every finding and
    // every quality count. `demoDefects`: the demo's deliberate defects must all be among them.
    static void compareWithReference(const QString &path, int threads, bool demoDefects);
    // Every located field of a finding, so that a difference in any of them shows.
    static QStringList canonical(const QList<Finding> &findings);
    static QString tallyText(const QualityTally &t);

    QTemporaryDir m_dir;
    QString m_path;
};

QStringList TestValidationPaths::canonical(const QList<Finding> &findings)
{
    QStringList out;
    out.reserve(findings.size());
    for (const Finding &f : findings) {
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                   .arg(f.resourceCode)
                   .arg(f.resourceId)
                   .arg(static_cast<int>(f.entity))
                   .arg(f.uuid)
                   .arg(f.itemPosition)
                   .arg(f.ruleId, f.field)
                   .arg(static_cast<int>(f.severity))
                   .arg(f.message);
    }
    out.sort();
    return out;
}

QString TestValidationPaths::tallyText(const QualityTally &t)
{
    return QStringLiteral("%1/%2 %3/%4 %5/%6 %7/%8 %9")
        .arg(t.filled)
        .arg(t.expected)
        .arg(t.passed)
        .arg(t.evaluated)
        .arg(t.consistent)
        .arg(t.consistencyChecks)
        .arg(t.timely, 0, 'g', 12)
        .arg(t.timelinessChecks)
        .arg(t.resources);
}

void TestValidationPaths::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sycat"));
    DemoGenerator::Options options;
    options.resources = 2000;
    options.seed = 7;
    QString error;
    QVERIFY2(DemoGenerator::generate(m_path, options, &error), qPrintable(error));
}

void TestValidationPaths::fastPathEqualsPerResourceEngine_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
    QTest::newRow("3 threads") << 3;
}

void TestValidationPaths::fastPathEqualsPerResourceEngine()
{
    QFETCH(int, threads);
    compareWithReference(m_path, threads, true);
}

void TestValidationPaths::compareWithReference(const QString &path, int threads, bool demoDefects)
{
    RuleEngine engine;
    engine.setToday(QDate(2026, 6, 1));

    CatalogValidator validator(engine);
    validator.setThreads(threads);
    ValidationResult fast;
    QVERIFY2(validator.validate(path, &fast), qPrintable(validator.errorString()));
    QVERIFY(!fast.cancelled);

    // The reference: every entity through the engine as it is, items parsed, nothing reused.
    CatalogStore store;
    QVERIFY2(store.openReadOnly(path), qPrintable(store.errorString()));
    QList<Finding> expected = engine.checkMeta(store.meta());
    const QList<Office> offices = store.offices();
    QHash<qint64, QString> officeNames;
    for (const Office &o : offices) {
        expected << engine.checkOffice(o);
        officeNames.insert(o.id, o.name);
    }
    const QList<Product> products = store.products();
    for (const Product &p : products)
        expected << engine.checkProduct(p);
    const QList<Registration> registrations = store.registrations();
    for (const Registration &r : registrations)
        expected << engine.checkRegistration(r);

    ValidationQueries queries(store);
    QHash<qint64, QualityTally> tallies;
    qint64 resources = 0;
    QVERIFY2(queries.forEachResource([&](const Resource &r, const QList<InfoItem> &items) {
        QualityTally &t = tallies[r.id];
        expected << engine.checkResource(r, items, &t);
        // Code uniqueness, counted as passed unless a duplicate is found below.
        ++t.evaluated;
        ++t.passed;
        ++t.consistencyChecks;
        ++t.consistent;
        ++resources;
        return true;
    }),
             qPrintable(queries.errorString()));
    for (const auto &d : queries.duplicateCodes()) {
        expected << engine.duplicateCodeFinding(d.resource, d.count);
        QualityTally &t = tallies[d.resource.id];
        --t.passed;
        --t.consistent;
    }
    for (const auto &m : queries.missingRelatedCodes()) {
        expected << engine.missingRelatedCodeFinding(m.resource, m.missingCode);
        QualityTally &t = tallies[m.resource.id];
        ++t.evaluated;
        ++t.consistencyChecks;
    }
    for (const auto &c : queries.oneSourceConflicts()) {
        expected << engine.oneSourceFinding(
            c.resource, c.item, officeNames.value(c.resource.officeId),
            officeNames.value(c.otherOfficeId), c.otherResourceCode);
        QualityTally &t = tallies[c.resource.id];
        ++t.evaluated;
        ++t.consistencyChecks;
    }
    QVERIFY(queries.errorString().isEmpty());

    // Every deliberate defect of the demo is found (else the comparison would prove little).
    QSet<QString> rules;
    for (const Finding &f : std::as_const(expected))
        rules.insert(f.ruleId);
    // (The profile declares some of these itself; its rule ids win over the built-in ones.)
    const QStringList defects{
        QStringLiteral("resource.share_condition.required_if_conditional"),
        QStringLiteral("resource.opening.not_shared"),
        QStringLiteral("resource.opening.secret"),
        QStringLiteral("resource.opening.grade"),
        QStringLiteral("gd.resource.code.unique"),
        QStringLiteral("gd.resource.items.none"),
        QStringLiteral("gd.item.name.duplicate"),
        QStringLiteral("gd.resource.related_codes.exist"),
        QStringLiteral("resource.publish_date.date"),
        QStringLiteral("gd.item.length"),
        QStringLiteral("gd.item.one_source"),
    };
    for (const QString &id : defects)
        QVERIFY2(!demoDefects || rules.contains(id), qPrintable(id));

    QCOMPARE(fast.resourcesChecked, resources);
    const QStringList want = canonical(expected);
    const QStringList got = canonical(fast.findings);
    if (want != got) {
        const QSet<QString> w(want.cbegin(), want.cend());
        const QSet<QString> g(got.cbegin(), got.cend());
        for (const QString &s : want) {
            if (!g.contains(s))
                qWarning("missing from the fast path: %s", qPrintable(s));
        }
        for (const QString &s : got) {
            if (!w.contains(s))
                qWarning("only in the fast path: %s", qPrintable(s));
        }
    }
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want);

    QCOMPARE(fast.resourceTallies.size(), tallies.size());
    // In ascending id order, each resource once, however the passes shared the ranges out (the
    // look-up by id is a binary search).
    QVERIFY(std::adjacent_find(fast.resourceTallies.cbegin(), fast.resourceTallies.cend(),
                               [](const ResourceTally &a, const ResourceTally &b) {
                                   return a.resourceId >= b.resourceId;
                               })
            == fast.resourceTallies.cend());
    QualityTally catalog;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const QualityTally *t = fast.resourceTally(it.key());
        QVERIFY2(t, qPrintable(QString::number(it.key())));
        QCOMPARE(tallyText(*t), tallyText(it.value()));
        catalog.add(it.value());
    }
    QCOMPARE(tallyText(fast.catalogTally), tallyText(catalog));
}

// The catalog-wide checks are made twice: as SQL (the live re-check, and the reference here) and
// in C++ from what the validation passes collect. The ways a clerk or a spreadsheet may spell
// "authoritative", a data element, an item name or a related code must give the same conflicts.
void TestValidationPaths::edgeCasesOfTheCatalogWideChecks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edges.sycat"));
    QString error;
    QList<qint64> offices;
    QVERIFY2(test::createCatalog(path, 4, &error, &offices), qPrintable(error));
    {
        CatalogStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        auto item = [](const QString &name, const QJsonObject &attrs) {
            InfoItem i;
            i.name = name;
            i.dataType = QStringLiteral("C");
            i.length = 50;
            i.attrs = attrs;
            return i;
        };
        const QJsonValue yes(true);
        auto auth = [](const QJsonValue &authoritative, const QString &element = QString()) {
            QJsonObject attrs{{QStringLiteral("authoritative"), authoritative}};
            if (!element.isNull())
                attrs.insert(QStringLiteral("data_element"), element);
            return attrs;
        };
        // Resources 1 and 3 are in the first office, 2 and 4 in the second.
        QList<Resource> resources = store.resources({});
        QCOMPARE(resources.size(), 4);
        QList<InfoItem> first{
            item(QStringLiteral("统一社会信用代码"), auth(QStringLiteral("是"))),
            item(QStringLiteral("  Ent Name "), auth(QJsonValue(1))),
            item(QStringLiteral("法定 代表人"), auth(QStringLiteral("1"))),
            item(QStringLiteral("住所"), auth(yes, QStringLiteral(" DE00009 "))),
            item(QStringLiteral("ＡＢＣ"), auth(yes)),
            item(QStringLiteral("经营范围"), auth(yes)),
        };
        QList<InfoItem> second{
            item(QStringLiteral("统一社会信用代码"), auth(yes)),
            item(QStringLiteral("ent name"), auth(QStringLiteral("true"))),
            item(QStringLiteral("法定　代表人"), auth(QStringLiteral("1"))),
            item(QStringLiteral("注册地址"), auth(QStringLiteral("是"), QStringLiteral("de00009"))),
            item(QStringLiteral("ａｂｃ"), auth(yes)),
            item(QStringLiteral("经营范围"),
                 auth(QStringLiteral("yes"))), // not a spelling SQL takes
        };
        QList<InfoItem> third{item(QStringLiteral("统一社会信用代码"), auth(QJsonValue(1)))};
        QVERIFY(store.setItems(resources[0].id, first));
        QVERIFY(store.setItems(resources[1].id, second));
        QVERIFY(store.setItems(resources[2].id, third));
        resources[0].attrs.insert(
            QStringLiteral("related_codes"),
            QJsonArray{QStringLiteral("  ") + resources[1].code + QStringLiteral(" "),
                       QStringLiteral("999999/000001"), QString()});
        resources[1].attrs.insert(QStringLiteral("related_codes"), QStringLiteral("888888/000001"));
        resources[2].attrs.insert(QStringLiteral("related_codes"), QJsonArray{12345});
        for (int i = 0; i < 3; ++i)
            QVERIFY2(store.updateResource(resources[i]), qPrintable(store.errorString()));
    }
    for (int threads : {1, 2}) {
        compareWithReference(path, threads, false);
        if (QTest::currentTestFailed())
            return;
    }
    // And the comparison is not between two empty lists.
    RuleEngine engine;
    CatalogValidator validator(engine);
    ValidationResult result;
    QVERIFY(validator.validate(path, &result));
    int oneSource = 0, related = 0;
    for (const Finding &f : std::as_const(result.findings)) {
        oneSource += f.ruleId == QLatin1String("gd.item.one_source") ? 1 : 0;
        related += f.ruleId == QLatin1String("gd.resource.related_codes.exist") ? 1 : 0;
    }
    QCOMPARE(oneSource, 8); // 统一社会信用代码, ent name, 法定代表人, DE00009: once per office
    QCOMPARE(related, 3); // 999999/000001, 888888/000001, 12345
}

QTEST_GUILESS_MAIN(TestValidationPaths)
#include "tst_validationpaths.moc"
