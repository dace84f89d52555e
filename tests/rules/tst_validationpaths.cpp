#include "demo/DemoGenerator.h"
#include "rules/CatalogValidator.h"
#include "store/CatalogStore.h"
#include "store/ValidationQueries.h"

#include <QTemporaryDir>
#include <QTest>

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

private:
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
    RuleEngine engine;
    engine.setToday(QDate(2026, 6, 1));

    CatalogValidator validator(engine);
    validator.setThreads(threads);
    ValidationResult fast;
    QVERIFY2(validator.validate(m_path, &fast), qPrintable(validator.errorString()));
    QVERIFY(!fast.cancelled);

    // The reference: every entity through the engine as it is, items parsed, nothing reused.
    CatalogStore store;
    QVERIFY2(store.openReadOnly(m_path), qPrintable(store.errorString()));
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
        QVERIFY2(rules.contains(id), qPrintable(id));

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
    QualityTally catalog;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        QVERIFY2(fast.resourceTallies.contains(it.key()), qPrintable(QString::number(it.key())));
        QCOMPARE(tallyText(fast.resourceTallies.value(it.key())), tallyText(it.value()));
        catalog.add(it.value());
    }
    QCOMPARE(tallyText(fast.catalogTally), tallyText(catalog));
}

QTEST_GUILESS_MAIN(TestValidationPaths)
#include "tst_validationpaths.moc"
