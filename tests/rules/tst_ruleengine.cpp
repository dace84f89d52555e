#include "TestSupport.h"
#include "model/Uscc.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace sy;

// Every rule of the Guangdong rule set with a failing and a passing fixture
// (tests/data/rules/resource-cases.json), the USCC worked examples of DOMAIN.md §4, region codes,
// the department checks and the quality score.
class TestRuleEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanBase();
    void resourceRule_data();
    void resourceRule();
    void usccExamples_data();
    void usccExamples();
    void departmentUscc_data();
    void departmentUscc();
    void regionKnown_data();
    void regionKnown();
    void qualityScore();
    void itemNamesUnique();
    void translatedMessages();

private:
    Resource resource(const QJsonObject &patch, QList<InfoItem> *items) const;
    QStringList ruleIds(const QJsonObject &patch, Severity atLeast = Severity::Info) const;

    QJsonObject m_base;
    QJsonArray m_cases;
    std::unique_ptr<RuleEngine> m_engine;
};

void TestRuleEngine::initTestCase()
{
    const QByteArray json
        = test::readAll(test::dataPath(QStringLiteral("rules/resource-cases.json")));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_base = root.value(QStringLiteral("base")).toObject();
    m_cases = root.value(QStringLiteral("cases")).toArray();
    QVERIFY(!m_base.isEmpty());
    QVERIFY(m_cases.size() >= 20);
    m_engine = std::make_unique<RuleEngine>(Profile::builtin());
    m_engine->setToday(QDate(2026, 1, 31));
}

Resource TestRuleEngine::resource(const QJsonObject &patch, QList<InfoItem> *items) const
{
    QJsonObject o = m_base;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        o.insert(it.key(), it.value());
    Resource r;
    r.id = 7;
    r.uuid = newUuid();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("items"))
            continue;
        r.setValue(it.key(), it.value().toVariant());
    }
    items->clear();
    const QJsonArray list = o.value(QStringLiteral("items")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject io = list.at(i).toObject();
        InfoItem item;
        item.uuid = newUuid();
        item.resourceId = r.id;
        item.position = i;
        for (auto it = io.begin(); it != io.end(); ++it)
            item.setValue(it.key(), it.value().toVariant());
        *items << item;
    }
    return r;
}

QStringList TestRuleEngine::ruleIds(const QJsonObject &patch, Severity atLeast) const
{
    QList<InfoItem> items;
    const Resource r = resource(patch, &items);
    QStringList ids;
    const QList<Finding> findings = m_engine->checkResource(r, items);
    for (const Finding &f : findings) {
        if (f.severity <= atLeast)
            ids << f.ruleId;
    }
    return ids;
}

void TestRuleEngine::cleanBase()
{
    QList<InfoItem> items;
    const Resource r = resource({}, &items);
    const QList<Finding> findings = m_engine->checkResource(r, items);
    for (const Finding &f : findings)
        qWarning() << f.ruleId << f.message;
    QVERIFY(findings.isEmpty());
}

void TestRuleEngine::resourceRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QJsonObject>("fail");
    QTest::addColumn<QJsonObject>("pass");
    for (const QJsonValue &v : std::as_const(m_cases)) {
        const QJsonObject c = v.toObject();
        const QString rule = c.value(QStringLiteral("rule")).toString();
        QTest::newRow(qPrintable(rule)) << rule << c.value(QStringLiteral("fail")).toObject()
                                        << c.value(QStringLiteral("pass")).toObject();
    }
}

void TestRuleEngine::resourceRule()
{
    QFETCH(QString, rule);
    QFETCH(QJsonObject, fail);
    QFETCH(QJsonObject, pass);
    const QStringList failing = ruleIds(fail);
    QVERIFY2(failing.contains(rule), qPrintable(failing.join(QLatin1Char(' '))));
    const QStringList passing = ruleIds(pass);
    QVERIFY2(!passing.contains(rule), qPrintable(passing.join(QLatin1Char(' '))));
    // A finding is located: field key and entity uuid are set, the message says how to fix it.
    QList<InfoItem> items;
    const Resource r = resource(fail, &items);
    const QList<Finding> findings = m_engine->checkResource(r, items);
    for (const Finding &f : findings) {
        if (f.ruleId != rule)
            continue;
        QVERIFY(!f.uuid.isEmpty());
        QVERIFY(!f.field.isEmpty());
        QVERIFY(f.message.size() > 20);
        QCOMPARE(f.resourceId, r.id);
        if (f.entity == EntityKind::InfoItem)
            QVERIFY(f.itemPosition >= 0);
    }
}

void TestRuleEngine::usccExamples_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("problem");
    QTest::newRow("guangzhou") << QStringLiteral("91440101MA5CJQ4N59") << int(uscc::Problem::None);
    QTest::newRow("xiamen-A") << QStringLiteral("91350200776049653A") << int(uscc::Problem::None);
    QTest::newRow("xiamen-XQ") << QStringLiteral("9135021359498494XQ") << int(uscc::Problem::None);
    QTest::newRow("beijing") << QStringLiteral("91110000600037341L") << int(uscc::Problem::None);
    QTest::newRow("known-bad") << QStringLiteral("91350203M0001QAY9B")
                               << int(uscc::Problem::CheckChar);
    QTest::newRow("short") << QStringLiteral("91440101MA5CJQ4N5") << int(uscc::Problem::Length);
    QTest::newRow("letter-O") << QStringLiteral("91440101MA5CJO4N59")
                              << int(uscc::Problem::Charset);
}

void TestRuleEngine::usccExamples()
{
    QFETCH(QString, code);
    QFETCH(int, problem);
    QCOMPARE(int(uscc::check(code)), problem);
    // The worked sums of DOMAIN.md §4: check character 9, organisation code check digit 5.
    QCOMPARE(uscc::checkCharacter(QStringLiteral("91440101MA5CJQ4N5")), QLatin1Char('9'));
    QCOMPARE(uscc::orgCodeCheckCharacter(QStringLiteral("MA5CJQ4N")), QLatin1Char('5'));
}

void TestRuleEngine::departmentUscc_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorRule");   // expected error rule id, or empty
    QTest::addColumn<QString>("warningRule"); // expected warning rule id, or empty
    QTest::newRow("valid") << QStringLiteral("91440101MA5CJQ4N59") << QString() << QString();
    QTest::newRow("known-bad") << QStringLiteral("91350203M0001QAY9B")
                               << QStringLiteral("department.uscc.checksum") << QString();
    // Position 17 changed and the outer check character recomputed: only the inner check fails,
    // which is a warning (legacy codes in circulation).
    QString inner = QStringLiteral("91440101MA5CJQ4N6");
    inner += uscc::checkCharacter(inner);
    QTest::newRow("inner-only") << inner << QString() << QStringLiteral("department.uscc.org_code");
}

void TestRuleEngine::departmentUscc()
{
    QFETCH(QString, code);
    QFETCH(QString, errorRule);
    QFETCH(QString, warningRule);
    CatalogMeta meta;
    meta.uuid = newUuid();
    meta.department = QStringLiteral("广东省市场监督管理局");
    meta.uscc = code;
    meta.region = QStringLiteral("440000");
    meta.attrs.insert(QStringLiteral("contact"), QStringLiteral("张三"));
    meta.attrs.insert(QStringLiteral("phone"), QStringLiteral("020-12345678"));
    const QList<Finding> findings = m_engine->checkMeta(meta);
    QStringList errors, warnings;
    for (const Finding &f : findings) {
        QCOMPARE(f.entity, EntityKind::Department);
        QCOMPARE(f.field, QStringLiteral("uscc"));
        (f.severity == Severity::Error ? errors : warnings) << f.ruleId;
    }
    QCOMPARE(errors, errorRule.isEmpty() ? QStringList() : QStringList{errorRule});
    QCOMPARE(warnings, warningRule.isEmpty() ? QStringList() : QStringList{warningRule});
}

void TestRuleEngine::regionKnown_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("ok");
    QTest::newRow("guangdong") << QStringLiteral("440000") << true;
    QTest::newRow("guangzhou") << QStringLiteral("440100") << true;
    QTest::newRow("tianhe-county-level") << QStringLiteral("440106") << true;
    QTest::newRow("no-such-city") << QStringLiteral("441000") << false;
    QTest::newRow("no-such-province") << QStringLiteral("990000") << false;
    QTest::newRow("five-digits") << QStringLiteral("44010") << false;
}

void TestRuleEngine::regionKnown()
{
    QFETCH(QString, region);
    QFETCH(bool, ok);
    CatalogMeta meta;
    meta.department = QStringLiteral("广东省市场监督管理局");
    meta.uscc = QStringLiteral("91440101MA5CJQ4N59");
    meta.region = region;
    meta.attrs.insert(QStringLiteral("contact"), QStringLiteral("张三"));
    meta.attrs.insert(QStringLiteral("phone"), QStringLiteral("020-12345678"));
    const QList<Finding> findings = m_engine->checkMeta(meta);
    bool regionError = false;
    for (const Finding &f : findings)
        regionError
            = regionError || (f.field == QLatin1String("region") && f.severity == Severity::Error);
    QCOMPARE(!regionError, ok);
}

void TestRuleEngine::qualityScore()
{
    QList<InfoItem> items;
    const Resource good = resource({}, &items);
    QualityTally t = QualityTally::explained();
    m_engine->checkResource(good, items, &t);
    const QualityScore s = QualityScore::fromTally(t);
    QCOMPARE(s.completeness, 1.0);
    QCOMPARE(s.conformity, 1.0);
    QCOMPARE(s.consistency, 1.0);
    QCOMPARE(s.timeliness, 1.0);
    QCOMPARE(s.overall, 100.0);
    QCOMPARE(s.explanation().size(), 4);

    QJsonObject patch;
    patch.insert(QStringLiteral("sharing"), QStringLiteral("2"));              // condition missing
    patch.insert(QStringLiteral("last_update"), QStringLiteral("2025-01-31")); // a year late
    patch.insert(QStringLiteral("source"), QString()); // recommended field empty
    const Resource bad = resource(patch, &items);
    QualityTally tb = QualityTally::explained();
    m_engine->checkResource(bad, items, &tb);
    const QualityScore sb = QualityScore::fromTally(tb);
    QVERIFY(sb.completeness < 1.0);
    QVERIFY(sb.consistency < 1.0);
    QVERIFY(sb.timeliness < 1.0);
    QVERIFY(sb.overall < s.overall);
    const QString text = sb.explanation().join(QLatin1Char('\n'));
    QVERIFY2(
        text.contains(m_engine->profile()
                          ->field(QStringLiteral("resource"), QStringLiteral("share_condition"))
                          ->label.text()),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2025-01-31")), qPrintable(text));

    // A tally that does not collect the explanation (a catalog pass) counts the same.
    QualityTally plain;
    m_engine->checkResource(bad, items, &plain);
    QVERIFY(!plain.explanation);
    QCOMPARE(plain.filled, tb.filled);
    QCOMPARE(plain.expected, tb.expected);
    QCOMPARE(plain.passed, tb.passed);
    QCOMPARE(plain.evaluated, tb.evaluated);
    QCOMPARE(plain.consistent, tb.consistent);
    QCOMPARE(plain.consistencyChecks, tb.consistencyChecks);
    QCOMPARE(plain.timely, tb.timely);
    QCOMPARE(QualityScore::fromTally(plain).explanation().size(), 4);
}

// Item names are compared normalised (trimmed, case-folded, without ASCII or ideographic
// spaces); each repeat is reported at its own position, naming the first occurrence.
void TestRuleEngine::itemNamesUnique()
{
    QList<InfoItem> items;
    Resource r = resource({}, &items);
    const QStringList names{
        QStringLiteral("联系电话"),   QStringLiteral("Phone"),  QStringLiteral("统一　信用"),
        QStringLiteral(" 联系电话 "), QStringLiteral("phone"),  QStringLiteral("统一信用"),
        QStringLiteral("a b"),        QStringLiteral("ab"),     QStringLiteral("联系地址"),
        QStringLiteral("PHONE"),      QStringLiteral("联系电"), QString()};
    const InfoItem model = items.constFirst();
    items.clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        InfoItem item = model;
        item.uuid = newUuid();
        item.position = int(i);
        item.name = names.at(i);
        items << item;
    }
    QStringList repeats; // "position of the repeat <- position of the first", 1-based
    const QList<Finding> findings = m_engine->checkResource(r, items);
    for (const Finding &f : findings) {
        if (f.ruleId != QLatin1String("gd.item.name.duplicate"))
            continue;
        const QString first
            = f.message.section(QStringLiteral("items "), 1).section(QLatin1Char(' '), 0, 0);
        repeats << QStringLiteral("%1<-%2").arg(f.itemPosition + 1).arg(first);
    }
    repeats.sort();
    QCOMPARE(repeats,
             (QStringList{QStringLiteral("10<-2"), QStringLiteral("4<-1"), QStringLiteral("5<-2"),
                          QStringLiteral("6<-3"), QStringLiteral("8<-7")}));
}

void TestRuleEngine::translatedMessages()
{
    // In Chinese the clerk reads the profile's Chinese message or the translated built-in one.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/rules_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    RuleEngine engine(Profile::builtin());
    engine.setToday(QDate(2026, 1, 31));
    QJsonObject patch;
    patch.insert(QStringLiteral("sharing"), QStringLiteral("2"));
    patch.insert(QStringLiteral("items"), QJsonArray());
    QList<InfoItem> items;
    const Resource r = resource(patch, &items);
    const QList<Finding> findings = engine.checkResource(r, items);
    QStringList messages;
    for (const Finding &f : findings)
        messages << f.message;
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("共享条件未填写")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("信息项")), qPrintable(all));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
