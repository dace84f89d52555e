#include "CatalogFixture.h"
#include "TestSupport.h"
#include "registration/RegistrationService.h"
#include "store/RegistrationQueries.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

// Registrations against a real catalog: 首次 from a resource, "ready" blocked by errors, the
// workflow to acceptance, 变更 with its field diff, 注销 with a reason, and the ledger.
class TestRegistrationService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstRegistration();
    void readyBlockedByErrors();
    void changeRecordsDiff();
    void cancellation();
    void product();

private:
    Registration accept(RegistrationService &service, Registration reg);

    QTemporaryDir m_dir;
    QString m_path;
    CatalogStore m_store;
    RuleEngine m_engine;
};

void TestRegistrationService::init()
{
    static int n = 0;
    m_store.close();
    m_path = m_dir.filePath(QStringLiteral("r%1.sycat").arg(++n));
    QString error;
    QVERIFY2(test::createCatalog(m_path, 3, &error), qPrintable(error));
    QVERIFY(m_store.open(m_path));
    m_store.setUser(QStringLiteral("王五"));
}

Registration TestRegistrationService::accept(RegistrationService &service, Registration reg)
{
    QString error;
    reg.setValue(QStringLiteral("compliance_review"), QStringLiteral("保密审查意见书 2026-01"));
    if (!service.update(reg, &error))
        qWarning() << error;
    for (const char *to : {"ready", "submitted", "accepted"}) {
        if (!service.setStatus(reg.id, QString::fromLatin1(to), {}, &error))
            qWarning() << to << error;
    }
    return *m_store.registration(reg.id);
}

void TestRegistrationService::firstRegistration()
{
    RegistrationService service(m_store, m_engine);
    const Resource r = *m_store.resourceByCode(QStringLiteral("301001001/000001"));
    QString error;
    std::optional<Registration> reg = service.createForResource(r.id, QStringLiteral("1"), &error);
    QVERIFY2(reg, qPrintable(error));
    QCOMPARE(reg->status, QStringLiteral("draft"));
    QVERIFY(reg->formNumber.startsWith(QStringLiteral("DJ-")));
    QCOMPARE(reg->value(QStringLiteral("registrant_uscc")).toString(),
             QStringLiteral("91440101MA5CJQ4N59"));
    QCOMPARE(reg->value(QStringLiteral("resource_name")).toString(), r.name);
    QVERIFY(!reg->value(QStringLiteral("quality")).toString().isEmpty());

    // Missing compliance review blocks "ready".
    QVERIFY(!service.setStatus(reg->id, QStringLiteral("ready"), {}, &error));
    const Registration accepted = accept(service, *reg);
    QCOMPARE(accepted.status, QStringLiteral("accepted"));
    QCOMPARE(RegistrationWorkflow::history(accepted).size(), 3);
    QVERIFY(accepted.attrs.contains(QStringLiteral("snapshot")));
    QVERIFY(!accepted.attrs.value(QStringLiteral("valid_until")).toString().isEmpty());

    // A second 首次 of the same resource is refused; form numbers increase.
    QVERIFY(!service.createForResource(r.id, QStringLiteral("1"), &error));
    QVERIFY(error.contains(accepted.formNumber));
    const Resource r2 = *m_store.resourceByCode(QStringLiteral("301001001/000002"));
    const auto second = service.createForResource(r2.id, QStringLiteral("1"), &error);
    QVERIFY(second);
    QVERIFY(second->formNumber > accepted.formNumber);

    // Ledger: every resource, with the registration state.
    RegistrationQueries q(m_store);
    const QList<LedgerRow> ledger = q.ledger();
    QCOMPARE(ledger.size(), 3);
    QCOMPARE(ledger.at(0).status, QStringLiteral("accepted"));
    QVERIFY(ledger.at(0).accepted.isValid());
    QCOMPARE(ledger.at(1).status, QStringLiteral("draft"));
    QVERIFY(!ledger.at(1).accepted.isValid());
    QCOMPARE(ledger.at(2).registrationId, 0);
}

void TestRegistrationService::readyBlockedByErrors()
{
    RegistrationService service(m_store, m_engine);
    Resource r = *m_store.resourceByCode(QStringLiteral("301001001/000002"));
    r.sharing = QStringLiteral("2"); // 有条件共享 without 共享条件
    QVERIFY(m_store.updateResource(r));
    QString error;
    auto reg = service.createForResource(r.id, QStringLiteral("1"), &error);
    QVERIFY(reg);
    reg->setValue(QStringLiteral("compliance_review"), QStringLiteral("审查意见"));
    QVERIFY(service.update(*reg));
    bool found = false;
    for (const Finding &f : service.validate(*reg))
        found = found
                || f.ruleId == QLatin1String("resource.share_condition.required_if_conditional");
    QVERIFY(found);
    QVERIFY(!service.setStatus(reg->id, QStringLiteral("ready"), {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store.registration(reg->id)->status, QStringLiteral("draft"));
    // Illegal jump refused.
    QVERIFY(!service.setStatus(reg->id, QStringLiteral("accepted"), {}, &error));
}

void TestRegistrationService::changeRecordsDiff()
{
    RegistrationService service(m_store, m_engine);
    Resource r = *m_store.resourceByCode(QStringLiteral("301001001/000001"));
    QString error;
    // 变更 before any accepted registration is refused.
    QVERIFY(!service.createForResource(r.id, QStringLiteral("2"), &error));
    accept(service, *service.createForResource(r.id, QStringLiteral("1"), &error));
    r.updateCycle = QStringLiteral("2");
    r.name = QStringLiteral("企业登记信息（新）");
    QVERIFY(m_store.updateResource(r));
    auto change = service.createForResource(r.id, QStringLiteral("2"), &error);
    QVERIFY2(change, qPrintable(error));
    const QList<FieldDiff> diff = RegistrationService::storedDiff(*change);
    QStringList fields;
    for (const FieldDiff &c : diff)
        fields << c.field;
    QVERIFY2(fields.contains(QStringLiteral("update_cycle")),
             qPrintable(fields.join(QLatin1Char(' '))));
    QVERIFY(fields.contains(QStringLiteral("resource_name")));
    for (const FieldDiff &c : diff) {
        if (c.field == QLatin1String("update_cycle")) {
            // Vocabulary codes are shown as their labels (每月 → 每日).
            const auto profile = m_engine.profile();
            QCOMPARE(c.oldValue,
                     profile->label(QStringLiteral("update_cycle"), QStringLiteral("5")));
            QCOMPARE(c.newValue,
                     profile->label(QStringLiteral("update_cycle"), QStringLiteral("2")));
        }
    }
    // The reason of a change is asked for (warning), not the diff's fields.
    QStringList rules;
    for (const Finding &f : service.validate(*change))
        rules << f.ruleId;
    QVERIFY(rules.contains(QStringLiteral("registration.reason.required_if_change")));
}

void TestRegistrationService::cancellation()
{
    RegistrationService service(m_store, m_engine);
    const Resource r = *m_store.resourceByCode(QStringLiteral("301001001/000003"));
    QString error;
    const Registration first
        = accept(service, *service.createForResource(r.id, QStringLiteral("1"), &error));
    auto cancel = service.createForResource(r.id, QStringLiteral("4"), &error);
    QVERIFY(cancel);
    cancel->setValue(QStringLiteral("compliance_review"), QStringLiteral("审查意见"));
    QVERIFY(service.update(*cancel));
    // 注销 requires a reason.
    QVERIFY(!service.setStatus(cancel->id, QStringLiteral("ready"), {}, &error));
    cancel->setValue(QStringLiteral("reason"), QStringLiteral("系统下线，数据不再更新"));
    QVERIFY(service.update(*cancel));
    for (const char *to : {"ready", "submitted", "accepted"})
        QVERIFY2(service.setStatus(cancel->id, QString::fromLatin1(to), {}, &error),
                 qPrintable(error));
    // The first registration is cancelled by it, with a dated entry.
    const Registration old = *m_store.registration(first.id);
    QCOMPARE(old.status, QStringLiteral("cancelled"));
    QCOMPARE(RegistrationWorkflow::history(old).last().to, QStringLiteral("cancelled"));
}

void TestRegistrationService::product()
{
    Product p;
    p.code = QStringLiteral("CP-001");
    p.name = QStringLiteral("企业信用画像服务");
    p.attrs.insert(QStringLiteral("scenarios"), QStringLiteral("金融机构授信参考"));
    p.attrs.insert(QStringLiteral("service_mode"), QStringLiteral("api"));
    p.attrs.insert(QStringLiteral("source_resources"),
                   QJsonArray{QStringLiteral("301001001/000001")});
    p.attrs.insert(QStringLiteral("price_kind"), QStringLiteral("guided"));
    p.attrs.insert(QStringLiteral("description"), QStringLiteral("基于登记信息的信用画像接口"));
    QVERIFY(m_store.insertProduct(p));
    RegistrationService service(m_store, m_engine);
    QString error;
    auto reg = service.createForProduct(p.id, QStringLiteral("1"), &error);
    QVERIFY2(reg, qPrintable(error));
    QCOMPARE(reg->objectType, QStringLiteral("2"));
    QStringList rules;
    for (const Finding &f : service.validate(*reg))
        rules << f.ruleId;
    // A government-guided price needs its amount and unit.
    QVERIFY(rules.contains(QStringLiteral("registration.price_amount.required_if_guided")));
    QVERIFY(rules.contains(QStringLiteral("registration.price_unit.required_if_guided")));
}

QTEST_GUILESS_MAIN(TestRegistrationService)
#include "tst_registrationservice.moc"
