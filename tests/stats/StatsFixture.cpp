#include "StatsFixture.h"

#include "TestSupport.h"
#include "store/CatalogStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sy::test {

bool buildStatsFixture(const QString &path, StatsFixture *fixture, QString *error)
{
    const QJsonObject root
        = QJsonDocument::fromJson(readAll(dataPath(QStringLiteral("stats/inventory-fixture.json"))))
              .object();
    if (root.isEmpty()) {
        *error = QStringLiteral("fixture not found");
        return false;
    }
    CatalogStore store;
    CatalogMeta meta;
    meta.name = QStringLiteral("底账测试目录");
    meta.department = QStringLiteral("广东省测试厅");
    meta.region = QStringLiteral("440000");
    if (!store.create(path, meta)) {
        *error = store.errorString();
        return false;
    }
    int position = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        Office office;
        office.code = o.value(QStringLiteral("key")).toString();
        office.name = o.value(QStringLiteral("name")).toString();
        office.parentId = fixture->offices.value(o.value(QStringLiteral("parent")).toString());
        office.position = position++;
        if (!store.insertOffice(office)) {
            *error = store.errorString();
            return false;
        }
        fixture->offices.insert(office.code, office.id);
    }
    QSqlQuery dates(store.database());
    dates.prepare(QStringLiteral("UPDATE resources SET created = ?, modified = ? WHERE id = ?"));
    QHash<QString, QString> uuids;
    for (const QJsonValue &v : root.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = v.toObject();
        Resource r;
        r.code = o.value(QStringLiteral("code")).toString();
        r.name = QStringLiteral("资源 ") + r.code;
        r.summary = QStringLiteral("测试资源");
        r.officeId = fixture->offices.value(o.value(QStringLiteral("office")).toString());
        r.grade = o.value(QStringLiteral("grade")).toString();
        r.sharing = o.value(QStringLiteral("sharing")).toString();
        r.opening = o.value(QStringLiteral("opening")).toString();
        r.updateCycle = o.value(QStringLiteral("cycle")).toString();
        r.format = o.value(QStringLiteral("format")).toString();
        r.status = o.value(QStringLiteral("status")).toString();
        r.records = o.value(QStringLiteral("records")).toInteger();
        r.bytes = o.value(QStringLiteral("bytes")).toInteger();
        if (!store.insertResource(r)) {
            *error = store.errorString();
            return false;
        }
        QList<InfoItem> items;
        for (int i = 0; i < o.value(QStringLiteral("items")).toInt(); ++i) {
            InfoItem item;
            item.name = QStringLiteral("字段%1").arg(i + 1);
            item.dataType = QStringLiteral("C");
            item.length = 20;
            items.append(item);
        }
        if (!items.isEmpty() && !store.setItems(r.id, items)) {
            *error = store.errorString();
            return false;
        }
        const QString created = o.value(QStringLiteral("created")).toString();
        dates.addBindValue(created);
        dates.addBindValue(created);
        dates.addBindValue(r.id);
        if (!dates.exec()) {
            *error = QStringLiteral("cannot set dates");
            return false;
        }
        fixture->resources.insert(r.code, r.id);
        uuids.insert(r.code, r.uuid);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("registrations")).toArray()) {
        const QJsonObject o = v.toObject();
        Registration reg;
        reg.regType = o.value(QStringLiteral("type")).toString();
        reg.objectType = QStringLiteral("1");
        reg.objectUuid = uuids.value(o.value(QStringLiteral("resource")).toString());
        reg.status = o.value(QStringLiteral("status")).toString();
        if (!store.insertRegistration(reg)) {
            *error = store.errorString();
            return false;
        }
    }
    return true;
}

} // namespace sy::test
