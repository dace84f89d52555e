#include "CatalogFixture.h"

namespace sy::test {

CatalogMeta cleanMeta()
{
    CatalogMeta meta;
    meta.name = QStringLiteral("广东省市场监督管理局公共数据资源目录");
    meta.department = QStringLiteral("广东省市场监督管理局");
    meta.uscc = QStringLiteral("91440101MA5CJQ4N59");
    meta.region = QStringLiteral("440000");
    meta.attrs.insert(QStringLiteral("contact"), QStringLiteral("张三"));
    meta.attrs.insert(QStringLiteral("phone"), QStringLiteral("020-12345678"));
    return meta;
}

Resource cleanResource(const QString &code, qint64 officeId)
{
    Resource r;
    r.code = code;
    r.officeId = officeId;
    r.name = QStringLiteral("企业登记信息") + code.right(3);
    r.summary = QStringLiteral("本局登记的企业基本信息");
    r.grade = QStringLiteral("g2");
    r.sharing = QStringLiteral("1");
    r.opening = QStringLiteral("1");
    r.updateCycle = QStringLiteral("5");
    r.format = QStringLiteral("2");
    r.status = QStringLiteral("published");
    r.records = 1000;
    r.bytes = 1048576;
    const QList<QPair<const char *, QString>> attrs = {
        {"classification", code.section(QLatin1Char('/'), 0, 0)},
        {"provider", QStringLiteral("广东省市场监督管理局")},
        {"provider_code", QStringLiteral("11440000006944715P")},
        {"responsible_office", QStringLiteral("登记注册局")},
        {"topic", QStringLiteral("organisation")},
        {"scene", QStringLiteral("gov_service")},
        {"share_mode", QStringLiteral("1")},
        {"update_mechanism", QStringLiteral("full")},
        {"last_update", QDate::currentDate().addDays(-3).toString(Qt::ISODate)},
        {"publish_date", QStringLiteral("2025-01-01")},
        {"spatial_scope", QStringLiteral("province")},
        {"time_range", QStringLiteral("2018/01/01-2025/12/31")},
        {"source", QStringLiteral("登记业务办理")},
        {"system_name", QStringLiteral("市场主体登记系统")},
    };
    for (const auto &a : attrs)
        r.attrs.insert(QString::fromLatin1(a.first), a.second);
    return r;
}

QList<InfoItem> cleanItems()
{
    QList<InfoItem> items;
    const QList<std::tuple<QString, QString, int>> defs = {
        {QStringLiteral("统一社会信用代码"), QStringLiteral("C"), 18},
        {QStringLiteral("企业名称"), QStringLiteral("C"), 200},
        {QStringLiteral("成立日期"), QStringLiteral("D"), 8},
    };
    int position = 0;
    for (const auto &[name, type, length] : defs) {
        InfoItem i;
        i.name = name;
        i.dataType = type;
        i.length = length;
        i.position = position++;
        items << i;
    }
    return items;
}

bool createCatalog(const QString &path, int resources, QString *error, QList<qint64> *officeIds)
{
    CatalogStore store;
    if (!store.create(path, cleanMeta())) {
        *error = store.errorString();
        return false;
    }
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("登记注册局"), QStringLiteral("信用监督管理处")}) {
        Office o;
        o.code = QStringLiteral("0%1").arg(ids.size() + 1);
        o.name = name;
        if (!store.insertOffice(o)) {
            *error = store.errorString();
            return false;
        }
        ids << o.id;
    }
    for (int i = 1; i <= resources; ++i) {
        Resource r = cleanResource(QStringLiteral("301001001/%1").arg(i, 6, 10, QLatin1Char('0')),
                                   ids.at(i % 2));
        QList<InfoItem> items = cleanItems();
        if (!store.insertResource(r) || !store.setItems(r.id, items)) {
            *error = store.errorString();
            return false;
        }
    }
    if (officeIds)
        *officeIds = ids;
    return true;
}

} // namespace sy::test
