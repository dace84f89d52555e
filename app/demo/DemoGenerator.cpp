#include "DemoGenerator.h"

#include "model/Profile.h"
#include "model/Uscc.h"
#include "store/BulkWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QUuid>

namespace sy {

namespace {

struct ItemTemplate
{
    const char *name;     // 信息项名称
    const char *techName; // 技术名称
    const char *type;     // item_type code
    int length;
};

struct Theme
{
    const char *office;        // the internal office that holds these resources
    const char *parent;        // its parent office, or nullptr
    const char *code;          // office code
    int classification;        // 类 (1 基础, 2 主题, 3 部门)
    const char *bases[6];      // resource base names
    const char *items[14];     // item names, keys into the item table below
};

// Information items shared by many resources; the name is what 一数一源 compares.
const ItemTemplate kItems[] = {
    {"统一社会信用代码", "uscc", "C", 18},
    {"企业名称", "ent_name", "C", 200},
    {"法定代表人", "legal_rep", "C", 50},
    {"注册资本", "reg_capital", "N", 20},
    {"成立日期", "est_date", "D", 8},
    {"登记机关", "reg_authority", "C", 100},
    {"住所", "address", "C", 300},
    {"经营范围", "business_scope", "M", 4000},
    {"企业类型", "ent_type", "C", 50},
    {"登记状态", "reg_status", "C", 20},
    {"核准日期", "approval_date", "D", 8},
    {"营业期限", "business_term", "C", 50},
    {"证照编号", "license_no", "C", 50},
    {"发证日期", "issue_date", "D", 8},
    {"有效期至", "valid_until", "D", 8},
    {"检查日期", "inspect_date", "D", 8},
    {"检查结果", "inspect_result", "C", 200},
    {"处罚决定书文号", "penalty_doc_no", "C", 100},
    {"违法行为类型", "violation_type", "C", 200},
    {"处罚金额", "penalty_amount", "Y", 18},
    {"产品名称", "product_name", "C", 200},
    {"抽检批次", "sample_batch", "C", 50},
    {"检验结论", "test_conclusion", "C", 200},
    {"设备注册代码", "equip_reg_code", "C", 30},
    {"设备类别", "equip_category", "C", 50},
    {"使用单位", "user_unit", "C", 200},
    {"计量器具名称", "instrument_name", "C", 100},
    {"检定结果", "verify_result", "C", 50},
    {"标准编号", "standard_no", "C", 50},
    {"标准名称", "standard_name", "C", 300},
    {"商标注册号", "trademark_no", "C", 20},
    {"专利号", "patent_no", "C", 30},
    {"投诉举报编号", "complaint_no", "C", 30},
    {"处理结果", "handling_result", "M", 2000},
    {"联系电话", "phone", "C", 20},
    {"更新时间", "update_time", "T", 14},
    {"数据来源", "data_source", "C", 100},
    {"是否有效", "is_valid", "L", 1},
    {"价格", "price", "Y", 18},
    {"所在区县", "county", "C", 50},
};

const Theme kThemes[] = {
    {"登记注册局", nullptr, "DJ", 1,
     {"企业登记信息", "个体工商户登记信息", "农民专业合作社登记信息", "企业变更登记信息",
      "企业注销登记信息", "电子营业执照信息"},
     {"统一社会信用代码", "企业名称", "法定代表人", "注册资本", "成立日期", "登记机关", "住所",
      "经营范围", "企业类型", "登记状态", "核准日期", "营业期限", nullptr, nullptr}},
    {"企业登记处", "登记注册局", "DJ01", 1,
     {"外商投资企业登记信息", "分支机构登记信息", "企业股东及出资信息", "企业主要人员信息",
      "营业执照信息", "企业名称自主申报信息"},
     {"统一社会信用代码", "企业名称", "法定代表人", "证照编号", "发证日期", "登记机关", "住所",
      "企业类型", "登记状态", "核准日期", nullptr, nullptr, nullptr, nullptr}},
    {"信用监督管理处", nullptr, "XY", 2,
     {"企业年度报告信息", "经营异常名录信息", "严重违法失信名单信息", "企业信用风险分类信息",
      "信用修复信息", "行政处罚信息公示"},
     {"统一社会信用代码", "企业名称", "处罚决定书文号", "违法行为类型", "处罚金额", "登记机关",
      "核准日期", "处理结果", "数据来源", nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"网络交易监督管理处", nullptr, "WJ", 2,
     {"网络交易平台经营者信息", "网络店铺经营主体信息", "网络交易监测信息", "直播带货监测信息",
      "网络广告监测信息", "平台内经营者身份核验信息"},
     {"统一社会信用代码", "企业名称", "住所", "联系电话", "检查日期", "检查结果", "更新时间",
      "数据来源", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"产品质量安全监督管理处", nullptr, "ZL", 2,
     {"产品质量监督抽查信息", "工业产品生产许可证信息", "缺陷产品召回信息",
      "产品质量安全事故信息", "重点工业产品质量安全追溯信息", "产品抽检不合格信息"},
     {"统一社会信用代码", "企业名称", "产品名称", "抽检批次", "检验结论", "证照编号", "发证日期",
      "有效期至", "检查日期", nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"食品生产安全监督管理处", nullptr, "SP", 2,
     {"食品生产许可证信息", "食品安全抽检信息", "食品生产企业监督检查信息",
      "特殊食品注册备案信息", "食品召回信息", "食品安全风险监测信息"},
     {"统一社会信用代码", "企业名称", "证照编号", "发证日期", "有效期至", "产品名称", "抽检批次",
      "检验结论", "检查日期", "检查结果", "所在区县", nullptr, nullptr, nullptr}},
    {"特种设备安全监察处", nullptr, "TS", 3,
     {"特种设备使用登记信息", "特种设备检验检测信息", "电梯维保单位信息",
      "特种设备作业人员证书信息", "气瓶充装单位许可信息", "特种设备事故信息"},
     {"设备注册代码", "设备类别", "使用单位", "住所", "检查日期", "检验结论", "有效期至",
      "联系电话", "所在区县", nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"计量处", nullptr, "JL", 3,
     {"强制检定计量器具信息", "计量标准考核信息", "计量授权机构信息", "定量包装商品抽查信息",
      "能效标识计量检查信息", "民生计量器具检定信息"},
     {"计量器具名称", "使用单位", "检定结果", "检查日期", "有效期至", "证照编号", "所在区县",
      "更新时间", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"标准化处", nullptr, "BZ", 3,
     {"地方标准信息", "团体标准信息", "企业标准自我声明公开信息", "标准化试点示范项目信息",
      "标准复审信息", "标准实施评估信息"},
     {"标准编号", "标准名称", "发证日期", "有效期至", "是否有效", "数据来源", "更新时间", nullptr,
      nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"知识产权保护处", nullptr, "ZC", 2,
     {"商标侵权案件信息", "专利纠纷行政裁决信息", "知识产权质押登记信息",
      "地理标志保护产品信息", "知识产权维权援助信息", "专利代理机构监管信息"},
     {"统一社会信用代码", "企业名称", "商标注册号", "专利号", "处罚决定书文号", "处理结果",
      "检查日期", "数据来源", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"价格监督检查和反不正当竞争处", nullptr, "JG", 2,
     {"价格违法案件信息", "明码标价检查信息", "反不正当竞争案件信息", "民生商品价格监测信息",
      "收费公示信息", "价格举报处理信息"},
     {"统一社会信用代码", "企业名称", "价格", "处罚决定书文号", "处罚金额", "违法行为类型",
      "检查日期", "所在区县", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
    {"消费者权益保护处", nullptr, "XB", 2,
     {"消费投诉举报信息", "消费维权服务站信息", "放心消费承诺单位信息", "消费纠纷调解信息",
      "消费警示信息", "12315热线工单信息"},
     {"投诉举报编号", "企业名称", "统一社会信用代码", "处理结果", "联系电话", "检查日期", "更新时间",
      "所在区县", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
};

const char *kRegions[] = {"全省", "广州市", "深圳市", "珠海市", "汕头市", "佛山市", "韶关市", "河源市",
                          "梅州市", "惠州市", "汕尾市", "东莞市", "中山市", "江门市", "阳江市", "湛江市",
                          "茂名市", "肇庆市", "清远市", "潮州市", "揭阳市", "云浮市"};

const char *kSystems[] = {"广东省市场主体登记系统", "国家企业信用信息公示系统（广东）",
                          "广东省市场监管综合业务平台", "广东省智慧市场监管大数据平台",
                          "广东省特种设备安全监管平台", "广东省12315消费维权平台"};

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s);
}

// A deterministic UUID (version 4 layout) drawn from the generator.
QString drawUuid(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Picks an index by integer weights.
int weighted(QRandomGenerator &rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(total));
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return i - 1;
}

const ItemTemplate *itemTemplate(const char *name)
{
    for (const ItemTemplate &t : kItems) {
        if (qstrcmp(t.name, name) == 0)
            return &t;
    }
    return nullptr;
}

} // namespace

QString DemoGenerator::departmentUscc()
{
    // 11 = 机构编制/机关, 440000 = 广东省, then a GB 11714 organisation code with its check digit.
    const QString org8 = QStringLiteral("00694471");
    const QString first17 = QStringLiteral("11440000") + org8 + uscc::orgCodeCheckCharacter(org8);
    return first17 + uscc::checkCharacter(first17);
}

bool DemoGenerator::generate(const QString &path, const Options &options, QString *error,
                             const std::function<bool(int, int)> &progress)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.resources < 0)
        return failWith(tr("The number of resources must not be negative."));

    const auto profile = Profile::builtin();
    QRandomGenerator rng(options.seed);
    // The demo's timeline ends at 09:00 UTC on `today`: never the clock's time of day, so two runs
    // on the same day agree.
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QDateTime epoch(today, QTime(9, 0), Qt::UTC);

    CatalogStore store;
    store.setUser(options.user);
    CatalogMeta meta;
    meta.uuid = drawUuid(rng);
    // Catalog content is Chinese whatever the interface language: it is what goes to the province.
    meta.name = QStringLiteral("广东省市场监督管理局公共数据资源目录");
    meta.department = QStringLiteral("广东省市场监督管理局");
    meta.uscc = departmentUscc();
    meta.region = QStringLiteral("440000");
    meta.profileId = profile ? profile->id() : QStringLiteral("gd-public-data");
    meta.profileVersion = profile ? profile->version() : QString();
    meta.created = epoch.addDays(-2200);
    meta.attrs.insert(QStringLiteral("contact"), QStringLiteral("数据管理科 陈敏"));
    meta.attrs.insert(QStringLiteral("phone"), QStringLiteral("020-38835000"));
    meta.attrs.insert(QStringLiteral("address"), QStringLiteral("广州市天河区黄埔大道西363号"));
    if (!store.create(path, meta))
        return failWith(store.errorString());

    auto abandon = [&](const QString &message) {
        store.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return failWith(message);
    };

    BulkWriter writer(store);
    if (!writer.start())
        return abandon(writer.errorString());

    // Offices: the themes' offices (parents first) plus the 办公室 and 信息中心, which hold none.
    QHash<QString, qint64> officeIds;
    QList<qint64> themeOffice;
    int position = 0;
    const QStringList extra{QStringLiteral("办公室"), QStringLiteral("信息中心")};
    for (const QString &name : extra) {
        Office o;
        o.uuid = drawUuid(rng);
        o.name = name;
        o.code = name == extra.first() ? QStringLiteral("BG") : QStringLiteral("XX");
        o.position = position++;
        if (!writer.addOffice(o))
            return abandon(writer.errorString());
        officeIds.insert(name, o.id);
    }
    for (const Theme &theme : kThemes) {
        Office o;
        o.uuid = drawUuid(rng);
        o.name = fromUtf8(theme.office);
        o.code = fromUtf8(theme.code);
        o.parentId = theme.parent ? officeIds.value(fromUtf8(theme.parent)) : 0;
        o.position = position++;
        o.attrs.insert(QStringLiteral("head"), QStringLiteral("处长"));
        o.attrs.insert(QStringLiteral("phone"),
                       QStringLiteral("020-3883%1").arg(5100 + position, 4, 10, QLatin1Char('0')));
        if (!writer.addOffice(o))
            return abandon(writer.errorString());
        officeIds.insert(o.name, o.id);
        themeOffice << o.id;
    }

    const int total = options.resources;
    const int themeCount = int(std::size(kThemes));
    // One defect of each kind every `defectEvery` resources, offset per kind.
    const int defectEvery = qMax(12, qMin(400, total));
    QStringList codes;
    codes.reserve(total);
    QHash<int, int> sequenceByClass;
    for (int n = 0; n < total; ++n) {
        const int themeIndex = n < themeCount ? n : int(rng.bounded(themeCount));
        const Theme &theme = kThemes[themeIndex];
        const int baseIndex = int(rng.bounded(6));
        const QString base = fromUtf8(theme.bases[baseIndex]);
        const QString region = fromUtf8(kRegions[rng.bounded(int(std::size(kRegions)))]);
        const int year = 2015 + int(rng.bounded(11));
        const int defect = n % defectEvery;

        Resource r;
        r.uuid = drawUuid(rng);
        r.officeId = themeOffice.at(themeIndex);
        r.name = n < themeCount ? base : QStringLiteral("%1%2（%3年）").arg(region, base).arg(year);
        const int item = 1 + themeIndex % 99;
        const int seq = ++sequenceByClass[theme.classification];
        const QString classification = QStringLiteral("%1%2%3")
                                           .arg(theme.classification)
                                           .arg(item, 2, 10, QLatin1Char('0'))
                                           .arg(1 + baseIndex, 3, 10, QLatin1Char('0'));
        r.code = QStringLiteral("%1/%2").arg(classification).arg(seq, 6, 10, QLatin1Char('0'));
        if (defect == 5 && !codes.isEmpty())
            r.code = codes.constLast(); // deliberate: a code used twice
        codes << r.code;
        r.summary = QStringLiteral("广东省市场监督管理局%1在依法履职过程中采集的%2，覆盖%3，"
                                   "用于市场监管、政务服务和社会公众查询。")
                        .arg(fromUtf8(theme.office), r.name, region);

        static const char *grades[] = {"core", "important", "g4", "g3", "g2", "g1"};
        r.grade = QString::fromLatin1(grades[weighted(rng, {1, 9, 10, 25, 35, 20})]);
        r.secret = rng.bounded(100) < 2;
        r.sharing = QString::number(1 + weighted(rng, {50, 40, 10}));
        r.opening = QString::number(1 + weighted(rng, {20, 25, 55}));
        // Keep the generated data lawful; defects below break it on purpose.
        if (r.sharing == QLatin1String("3") || r.secret)
            r.opening = QStringLiteral("3");
        if (r.secret && r.sharing == QLatin1String("1"))
            r.sharing = QStringLiteral("2");
        if ((r.grade == QLatin1String("core") || r.grade == QLatin1String("important"))
            && r.opening == QLatin1String("1"))
            r.opening = QStringLiteral("2");
        static const int cycles[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        r.updateCycle = QString::number(cycles[weighted(rng, {8, 30, 8, 2, 20, 10, 4, 10, 6, 2})]);
        static const int formats[] = {1, 2, 3, 4, 5, 6, 7, 9};
        r.format = QString::number(formats[weighted(rng, {10, 15, 45, 4, 1, 2, 20, 3})]);
        static const char *statuses[] = {"published", "draft", "withdrawn"};
        r.status = QString::fromLatin1(statuses[weighted(rng, {85, 12, 3})]);
        // Record counts spread over five orders of magnitude.
        const int magnitude = 2 + int(rng.bounded(6));
        qint64 records = 1;
        for (int i = 0; i < magnitude; ++i)
            records *= 10;
        r.records = records + qint64(rng.bounded(quint32(records)));
        r.bytes = r.records * (200 + qint64(rng.bounded(800)));
        r.created = epoch.addDays(-qint64(rng.bounded(2190))).addSecs(rng.bounded(36000));
        r.modified = r.created.addDays(rng.bounded(120));
        if (r.modified > epoch)
            r.modified = epoch;

        auto set = [&r](const char *key, const QVariant &v) {
            r.attrs.insert(QString::fromLatin1(key), QJsonValue::fromVariant(v));
        };
        set("classification", classification);
        set("provider", QStringLiteral("广东省市场监督管理局"));
        set("provider_code", departmentUscc());
        set("responsible_office", fromUtf8(theme.office));
        set("source", QStringLiteral("%1业务办理").arg(fromUtf8(theme.office)));
        set("system_name", fromUtf8(kSystems[themeIndex % int(std::size(kSystems))]));
        set("publish_date", r.created.date().toString(Qt::ISODate));
        // The last update lies within the resource's own update cycle, so timeliness is
        // mostly good (as of the demo's fixed "today"); a few are overdue.
        static const int cycleDays[] = {1, 2, 7, 10, 31, 92, 183, 366, 400, 400};
        const int cycleIndex = r.updateCycle.toInt() - 1;
        const int overdue = rng.bounded(20) == 0 ? 2 : 1;
        const int lastUpdateAgo = int(rng.bounded(cycleDays[qBound(0, cycleIndex, 9)] * overdue));
        set("last_update", epoch.date().addDays(-lastUpdateAgo).toString(Qt::ISODate));
        set("update_mechanism", rng.bounded(3) == 0 ? QStringLiteral("full") : QStringLiteral("incremental"));
        set("share_mode", QStringLiteral("1"));
        r.attrs.insert(QStringLiteral("share_channel"),
                       QJsonArray{r.format == QLatin1String("7") ? QStringLiteral("api")
                                                                 : QStringLiteral("table")});
        set("spatial_scope", region == QLatin1String("全省") ? QStringLiteral("province") : QStringLiteral("city"));
        static const char *topics[] = {"organisation", "organisation", "organisation", "organisation",
                                       "thing", "thing", "thing", "thing", "event", "organisation",
                                       "event", "event"};
        set("topic", QString::fromLatin1(topics[themeIndex % int(std::size(topics))]));
        set("scene", themeIndex < 2 ? QStringLiteral("gov_service") : QStringLiteral("supervision"));
        set("time_range", QStringLiteral("%1/01/01-%2/12/31").arg(year).arg(qMin(year + 1, 2025)));
        set("quality_standard", QStringLiteral("GB/T 36344-2018；字段完整率≥98%"));
        set("usage_method", r.format == QLatin1String("7") ? QStringLiteral("通过省政务大数据中心接口调用")
                                                            : QStringLiteral("通过一网共享平台库表交换"));
        if (r.sharing == QLatin1String("2"))
            set("share_condition", QStringLiteral("仅限政务部门依法履职使用，须经本部门审核同意"));
        else if (r.sharing == QLatin1String("3"))
            set("share_condition", QStringLiteral("依据《中华人民共和国保守国家秘密法》及部门规章不予共享"));
        else
            set("share_condition", QStringLiteral("无条件"));
        if (r.opening == QLatin1String("2"))
            set("open_condition", QStringLiteral("经申请审核后向特定主体开放，仅用于约定用途"));
        if (n > 0 && rng.bounded(10) == 0)
            r.attrs.insert(QStringLiteral("related_codes"), QJsonArray{codes.at(int(rng.bounded(n)))});

        // Deliberate defects (see the class comment).
        switch (defect) {
        case 1: // 有条件共享 without 共享条件
            r.sharing = QStringLiteral("2");
            r.attrs.remove(QStringLiteral("share_condition"));
            break;
        case 2: // 不予共享 but opened without conditions
            r.sharing = QStringLiteral("3");
            r.opening = QStringLiteral("1");
            r.grade = QStringLiteral("g2");
            r.secret = false;
            break;
        case 3: // 涉密 but opened
            r.secret = true;
            r.opening = QStringLiteral("2");
            r.attrs.insert(QStringLiteral("open_condition"), QStringLiteral("申请后开放"));
            break;
        case 4: // 重要数据 opened without conditions
            r.grade = QStringLiteral("important");
            r.opening = QStringLiteral("1");
            r.secret = false;
            if (r.sharing == QLatin1String("3"))
                r.sharing = QStringLiteral("1");
            break;
        case 7: // a related code that does not exist
            r.attrs.insert(QStringLiteral("related_codes"), QJsonArray{QStringLiteral("399999/999999")});
            break;
        case 8: // an impossible date
            r.attrs.insert(QStringLiteral("publish_date"), QStringLiteral("2023-02-30"));
            break;
        default:
            break;
        }

        QList<InfoItem> items;
        if (defect != 6) { // defect 6: a resource without information items
            for (const char *itemName : theme.items) {
                if (!itemName)
                    break;
                const ItemTemplate *t = itemTemplate(itemName);
                if (!t)
                    continue;
                InfoItem i;
                i.uuid = drawUuid(rng);
                i.name = fromUtf8(t->name);
                i.dataType = QString::fromLatin1(t->type);
                i.length = t->length;
                i.attrs.insert(QStringLiteral("tech_name"), QString::fromLatin1(t->techName));
                i.attrs.insert(QStringLiteral("sharing"), r.sharing);
                i.attrs.insert(QStringLiteral("opening"), r.opening);
                if (qstrcmp(t->name, "统一社会信用代码") == 0) {
                    i.attrs.insert(QStringLiteral("is_key"), true);
                    i.attrs.insert(QStringLiteral("data_element"), QStringLiteral("DE00001"));
                    // 登记注册局 is the one source of the USCC; defect 9 claims it elsewhere too.
                    const bool owner = qstrcmp(theme.office, "登记注册局") == 0;
                    if (owner || (defect == 9 && themeIndex != 0))
                        i.attrs.insert(QStringLiteral("authoritative"), true);
                }
                if (qstrcmp(t->name, "法定代表人") == 0 || qstrcmp(t->name, "联系电话") == 0)
                    i.attrs.insert(QStringLiteral("sensitive"), true);
                items << i;
            }
            // Extra items so that a resource has about twenty on average.
            const int extraItems = 6 + int(rng.bounded(8));
            for (int e = 0; e < extraItems; ++e) {
                const ItemTemplate &t = kItems[rng.bounded(int(std::size(kItems)))];
                const QString name = fromUtf8(t.name);
                bool duplicate = false;
                for (const InfoItem &existing : std::as_const(items))
                    duplicate = duplicate || existing.name == name;
                if (duplicate)
                    continue;
                InfoItem i;
                i.uuid = drawUuid(rng);
                i.name = name;
                i.dataType = QString::fromLatin1(t.type);
                i.length = t.length;
                i.attrs.insert(QStringLiteral("tech_name"), QString::fromLatin1(t.techName));
                items << i;
            }
            for (int e = 0; e < 4; ++e) {
                InfoItem i;
                i.uuid = drawUuid(rng);
                i.name = QStringLiteral("备用字段%1").arg(e + 1);
                i.dataType = QStringLiteral("C");
                i.length = 100;
                i.attrs.insert(QStringLiteral("tech_name"), QStringLiteral("reserve_%1").arg(e + 1));
                items << i;
            }
            if (defect == 10 && !items.isEmpty()) // two items with the same name
                items[items.size() - 1].name = items.first().name;
            if (defect == 11) { // a date with a length of 200
                InfoItem i;
                i.uuid = drawUuid(rng);
                i.name = QStringLiteral("填报日期");
                i.dataType = QStringLiteral("D");
                i.length = 200;
                items << i;
            }
        }
        if (!writer.addResource(r, items))
            return abandon(writer.errorString());
        if (progress && (n % 500 == 0 || n + 1 == total) && !progress(n + 1, total)) {
            writer.cancel();
            return abandon(tr("Cancelled."));
        }
    }
    if (!writer.finish())
        return abandon(writer.errorString());
    store.close();
    return true;
}

} // namespace sy
