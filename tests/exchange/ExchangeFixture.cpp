#include "ExchangeFixture.h"

#include "demo/DemoGenerator.h"
#include "store/CatalogStore.h"

namespace sy::test {

Resource validResource(qint64 officeId, int seq, const QString &name)
{
    Resource r;
    r.officeId = officeId;
    r.code = QStringLiteral("301001/%1").arg(seq, 6, 10, QLatin1Char('0'));
    r.name = name;
    r.summary = name + QStringLiteral("的摘要，说明数据内容与用途。");
    r.grade = QStringLiteral("g2");
    r.sharing = QStringLiteral("1");
    r.opening = QStringLiteral("3");
    r.updateCycle = QStringLiteral("5");
    r.format = QStringLiteral("3");
    r.status = QStringLiteral("published");
    r.records = 1000 * seq;
    r.bytes = 1048576LL * seq;
    r.attrs.insert(QStringLiteral("classification"), QStringLiteral("301001"));
    r.attrs.insert(QStringLiteral("provider"), QStringLiteral("广东省测试管理局"));
    r.attrs.insert(QStringLiteral("provider_code"), DemoGenerator::departmentUscc());
    r.attrs.insert(QStringLiteral("open_condition"), QStringLiteral("涉及个人信息，不予开放。"));
    r.attrs.insert(QStringLiteral("legal_basis"),
                   QStringLiteral("《中华人民共和国个人信息保护法》"));
    r.attrs.insert(QStringLiteral("topic"), QStringLiteral("organisation"));
    r.attrs.insert(QStringLiteral("share_mode"), QStringLiteral("1"));
    r.attrs.insert(QStringLiteral("publish_date"), QStringLiteral("2025-01-15"));
    return r;
}

QList<InfoItem> validItems(const QStringList &names)
{
    QList<InfoItem> items;
    for (const QString &n : names) {
        InfoItem i;
        i.name = n;
        i.dataType = QStringLiteral("C");
        i.length = 50;
        items << i;
    }
    return items;
}

bool makeCoordinatorCatalog(const QString &path, QString *error)
{
    CatalogStore store;
    CatalogMeta meta;
    meta.name = QStringLiteral("广东省测试管理局公共数据资源目录");
    meta.department = QStringLiteral("广东省测试管理局");
    meta.uscc = DemoGenerator::departmentUscc();
    meta.region = QStringLiteral("440000");
    meta.profileId = QStringLiteral("gd-public-data");
    meta.attrs.insert(QStringLiteral("contact"), QStringLiteral("张三"));
    meta.attrs.insert(QStringLiteral("phone"), QStringLiteral("020-12345678"));
    if (!store.create(path, meta)) {
        *error = store.errorString();
        return false;
    }
    const QStringList officeNames{QStringLiteral("登记处"), QStringLiteral("许可处"),
                                  QStringLiteral("执法处")};
    int seq = 1;
    for (int o = 0; o < officeNames.size(); ++o) {
        Office office;
        office.code = QStringLiteral("0%1").arg(o + 1);
        office.name = officeNames.at(o);
        office.position = o;
        if (!store.insertOffice(office)) {
            *error = store.errorString();
            return false;
        }
        for (int k = 0; k < 2; ++k, ++seq) {
            Resource r = validResource(office.id, seq,
                                       QStringLiteral("%1数据%2").arg(office.name).arg(k + 1));
            if (!store.insertResource(r)) {
                *error = store.errorString();
                return false;
            }
            QList<InfoItem> items
                = validItems({QStringLiteral("单位名称"), QStringLiteral("办理日期%1").arg(seq)});
            if (!store.setItems(r.id, items)) {
                *error = store.errorString();
                return false;
            }
        }
    }
    return true;
}

CatalogSnapshot snapshotOf(const QString &path)
{
    CatalogStore store;
    CatalogSnapshot s;
    if (store.openReadOnly(path))
        CatalogSnapshot::load(store, ExportScope(), &s, nullptr);
    return s;
}

} // namespace sy::test
