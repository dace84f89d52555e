// Resource's access to profile fields by key (value() / setValue(), columnOf() / columnValue()),
// which forms, imports and the rules use: every column key reaches its own member, any other key
// the JSON attributes, also keys that share a column key's length or are a column key but for case.
#include "model/Resource.h"

#include <QTest>

using namespace sy;

class TestResource : public QObject
{
    Q_OBJECT

private slots:
    void columnKeysReachTheirMembers();
    void otherKeysReachTheAttributes();
};

void TestResource::columnKeysReachTheirMembers()
{
    Resource r;
    const QStringList keys = Resource::columnKeys();
    QCOMPARE(keys.size(), 13);
    // A distinct value per column, set by key and read back by key and through the member.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        const bool number = key == QLatin1String("office") || key == QLatin1String("records")
                            || key == QLatin1String("bytes");
        if (key == QLatin1String("secret"))
            r.setValue(key, true);
        else if (number)
            r.setValue(key, 100 + i);
        else
            r.setValue(key, QStringLiteral("v%1").arg(i));
    }
    QVERIFY(r.attrs.isEmpty());
    const QList<QVariant> members{r.code,   r.name,    r.officeId, r.summary,     r.grade,
                                  r.secret, r.sharing, r.opening,  r.updateCycle, r.format,
                                  r.status, r.records, r.bytes};
    QCOMPARE(int(Resource::ColumnCount), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        QCOMPARE(Resource::columnOf(key), int(i)); // the enum follows columnKeys()
        QVERIFY(Resource::isColumnKey(key));
        QCOMPARE(r.columnValue(int(i)), members.at(i));
        QCOMPARE(r.value(key), members.at(i));
        if (key == QLatin1String("secret"))
            QCOMPARE(r.value(key).toBool(), true);
        else if (members.at(i).typeId() == QMetaType::QString)
            QCOMPARE(r.value(key).toString(), QStringLiteral("v%1").arg(i));
        else
            QCOMPARE(r.value(key).toLongLong(), 100 + i);
    }
}

void TestResource::otherKeysReachTheAttributes()
{
    Resource r;
    r.code = QStringLiteral("C");
    r.records = 7;
    // Same lengths as column keys, a column key but for case or a suffix, and a long key.
    const QStringList keys{QStringLiteral("cod_"),          QStringLiteral("Code"),
                           QStringLiteral("bytes2"),        QStringLiteral("opening_"),
                           QStringLiteral("record"),        QStringLiteral("update_cycl_"),
                           QStringLiteral("sharing_terms"), QStringLiteral("x")};
    for (const QString &key : keys) {
        QCOMPARE(Resource::columnOf(key), -1);
        QVERIFY(!Resource::isColumnKey(key));
        QVERIFY2(!r.value(key).isValid(), qPrintable(key));
        r.setValue(key, key + QStringLiteral("!"));
    }
    QCOMPARE(r.attrs.size(), keys.size());
    for (const QString &key : keys)
        QCOMPARE(r.value(key).toString(), key + QStringLiteral("!"));
    QCOMPARE(r.code, QStringLiteral("C"));
    QCOMPARE(r.records, 7);
}

QTEST_GUILESS_MAIN(TestResource)
#include "tst_resource.moc"
