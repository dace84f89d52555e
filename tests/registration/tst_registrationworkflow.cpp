#include "registration/RegistrationWorkflow.h"

#include <QTest>

using namespace sy;

// The status machine of a registration: every legal transition of the profile works and
// records a dated history entry; every other one is refused with a message.
class TestRegistrationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void reasonRequired();
    void historyAndDates();
    void finalStatus();
};

void TestRegistrationWorkflow::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("legal");
    const QStringList all
        = {QStringLiteral("draft"),    QStringLiteral("ready"),    QStringLiteral("submitted"),
           QStringLiteral("accepted"), QStringLiteral("returned"), QStringLiteral("objection"),
           QStringLiteral("cancelled")};
    const QSet<QString> legal = {
        QStringLiteral("draft>ready"),        QStringLiteral("ready>draft"),
        QStringLiteral("ready>submitted"),    QStringLiteral("submitted>accepted"),
        QStringLiteral("submitted>returned"), QStringLiteral("submitted>objection"),
        QStringLiteral("objection>accepted"), QStringLiteral("objection>returned"),
        QStringLiteral("returned>draft"),     QStringLiteral("returned>ready"),
        QStringLiteral("accepted>cancelled"),
    };
    for (const QString &from : all) {
        for (const QString &to : all) {
            if (from == to)
                continue;
            const QString key = from + QLatin1Char('>') + to;
            QTest::newRow(qPrintable(key)) << from << to << legal.contains(key);
        }
    }
}

void TestRegistrationWorkflow::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, legal);
    RegistrationWorkflow wf;
    QCOMPARE(wf.canTransition(from, to), legal);
    Registration reg;
    reg.status = from;
    QString error;
    const bool ok = wf.transition(reg, to, QStringLiteral("原因"), QStringLiteral("clerk"),
                                  QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), &error);
    QCOMPARE(ok, legal);
    if (legal) {
        QCOMPARE(reg.status, to);
        QCOMPARE(RegistrationWorkflow::history(reg).size(), 1);
    } else {
        QCOMPARE(reg.status, from); // refused: nothing changed
        QVERIFY(RegistrationWorkflow::history(reg).isEmpty());
        QVERIFY(!error.isEmpty());
    }
}

void TestRegistrationWorkflow::reasonRequired()
{
    RegistrationWorkflow wf;
    Registration reg;
    reg.status = QStringLiteral("submitted");
    QString error;
    QVERIFY(!wf.transition(reg, QStringLiteral("returned"), QString(), QStringLiteral("clerk"),
                           QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(reg.status, QStringLiteral("submitted"));
    QVERIFY(wf.transition(reg, QStringLiteral("returned"), QStringLiteral("材料不全"),
                          QStringLiteral("clerk"), QDateTime::currentDateTimeUtc(), &error));
    QCOMPARE(reg.attrs.value(QStringLiteral("return_reason")).toString(),
             QStringLiteral("材料不全"));
}

void TestRegistrationWorkflow::historyAndDates()
{
    RegistrationWorkflow wf;
    Registration reg;
    reg.status = QStringLiteral("draft");
    const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(wf.transition(reg, QStringLiteral("ready"), {}, QStringLiteral("a"), t0));
    QVERIFY(
        wf.transition(reg, QStringLiteral("submitted"), {}, QStringLiteral("a"), t0.addDays(1)));
    QVERIFY(wf.transition(reg, QStringLiteral("objection"), QStringLiteral("第三方提出异议"),
                          QStringLiteral("b"), t0.addDays(5)));
    QVERIFY(wf.transition(reg, QStringLiteral("accepted"), {}, QStringLiteral("b"), t0.addDays(9)));
    const QList<StatusChange> h = RegistrationWorkflow::history(reg);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(2).reason, QStringLiteral("第三方提出异议"));
    QCOMPARE(h.at(3).from, QStringLiteral("objection"));
    QCOMPARE(h.at(3).time, t0.addDays(9));
    // Validity and renewal from the profile (1095 days, notice 60 days).
    const QDate accepted = QDate::fromString(
        reg.attrs.value(QStringLiteral("accepted_date")).toString(), Qt::ISODate);
    QVERIFY(accepted.isValid());
    QCOMPARE(reg.attrs.value(QStringLiteral("valid_until")).toString(),
             accepted.addDays(wf.validityDays()).toString(Qt::ISODate));
    QCOMPARE(reg.attrs.value(QStringLiteral("renewal_due")).toString(),
             accepted.addDays(wf.validityDays() - wf.renewalNoticeDays()).toString(Qt::ISODate));
    QCOMPARE(wf.validityDays(), 1095);
}

void TestRegistrationWorkflow::finalStatus()
{
    RegistrationWorkflow wf;
    QVERIFY(wf.nextStatuses(QStringLiteral("cancelled")).isEmpty());
    QVERIFY(wf.isEditable(QStringLiteral("draft")));
    QVERIFY(!wf.isEditable(QStringLiteral("submitted")));
    QVERIFY(wf.needsReason(QStringLiteral("cancelled")));
}

QTEST_GUILESS_MAIN(TestRegistrationWorkflow)
#include "tst_registrationworkflow.moc"
