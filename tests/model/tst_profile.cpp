#include "TestSupport.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Profile.h"
#include "model/Resource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace sy;

// The built-in profile is data other code depends on by key and code: these tests pin those
// keys and codes, and prove that broken profiles are refused with the JSON path of the fault.
class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtinIsSharedAcrossThreads();
    void builtinLoads();
    void vocabularies_data();
    void vocabularies();
    void formatSubtypes();
    void regions();
    void fields_data();
    void fields();
    void everyFieldIsDocumented();
    void headers_data();
    void headers();
    void rules_data();
    void rules();
    void synthesisedRules();
    void everyRuleIsWellFormed();
    void codePatterns_data();
    void codePatterns();
    void settings();
    void localText();
    void codeForText_data();
    void codeForText();
    void codeForTextIndexAgreesWithScan();
    void brokenFiles_data();
    void brokenFiles();
    void brokenBuiltinVariants_data();
    void brokenBuiltinVariants();
    void fileOverride();
    void missingFile();

private:
    static QJsonObject builtinJson();
};

QJsonObject TestProfile::builtinJson()
{
    return QJsonDocument::fromJson(test::readAll(QString::fromLatin1(Profile::defaultPath)))
        .object();
}

void TestProfile::builtinIsSharedAcrossThreads()
{
    // First use happens here, from several threads at once: all must get the same object.
    std::vector<const Profile *> seen(4, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = Profile::builtin().get(); });
    for (std::thread &t : threads)
        t.join();
    QVERIFY(seen.front());
    for (const Profile *p : seen)
        QCOMPARE(p, seen.front());
}

void TestProfile::builtinLoads()
{
    const auto profile = Profile::builtin();
    QVERIFY(profile);
    QCOMPARE(profile->id(), QStringLiteral("gd-public-data"));
    QCOMPARE(profile->version(), QStringLiteral("2025.1"));
    QVERIFY(!profile->title().zh.isEmpty());
    QVERIFY(!profile->title().en.isEmpty());
    QCOMPARE(Profile::builtin(), profile);

    QString error;
    const auto again = Profile::load(QString::fromLatin1(Profile::defaultPath), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again != profile); // load() reads anew; only builtin() caches
    QCOMPARE(profile->entityKeys(),
             QStringList({QStringLiteral("department"), QStringLiteral("office"),
                          QStringLiteral("resource"), QStringLiteral("item"),
                          QStringLiteral("registration"), QStringLiteral("product")}));
    for (EntityKind kind : {EntityKind::Department, EntityKind::Office, EntityKind::Resource,
                            EntityKind::InfoItem, EntityKind::Product, EntityKind::Registration})
        QVERIFY(profile->entity(kind));
}

void TestProfile::vocabularies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("zh"); // expected zh labels, in order of codes (may be shorter)

    auto row = [](const char *id, const QStringList &codes, const QStringList &zh = {}) {
        QTest::newRow(id) << QString::fromLatin1(id) << codes << zh;
    };
    auto split = [](const QString &s) {
        return s.split(u' ');
    };
    row("sharing", split(QStringLiteral("1 2 3")),
        split(QStringLiteral("无条件共享 有条件共享 不予共享")));
    row("opening", split(QStringLiteral("1 2 3")),
        split(QStringLiteral("无条件开放 有条件开放 不予开放")));
    row("grade", split(QStringLiteral("core important g4 g3 g2 g1")),
        split(QStringLiteral("核心数据 重要数据 一般数据（4级） 一般数据（3级） 一般数据（2级） "
                             "一般数据（1级）")));
    row("update_cycle", split(QStringLiteral("1 2 3 4 5 6 7 8 9 10")),
        split(QStringLiteral("实时 每日 每周 每旬 每月 每季度 每半年 每年 不定时 其他")));
    row("format", split(QStringLiteral("1 2 3 4 5 6 7 9")),
        split(QStringLiteral("电子文件 电子表格 数据库 图形图像 流媒体 自描述格式 服务接口 其他")));
    row("format_subtype",
        split(QStringLiteral("ofd wps xml txt doc docx html pdf ppt et xls xlsx dm kingbase "
                             "gaussdb access dbf oracle sqlserver db2 mysql postgresql jpg gif "
                             "bmp png tif swf rm mpg mp4 api webservice")));
    row("item_type", split(QStringLiteral("C N Y D T L M G B I F")),
        split(QStringLiteral("字符型 数值型 货币型 日期型 日期时间型 逻辑型 备注型 通用型 双精度型 "
                             "整型 浮点型")));
    row("share_mode", split(QStringLiteral("1 2 3")),
        split(QStringLiteral("共享平台方式 邮件方式 介质方式")));
    row("share_channel", split(QStringLiteral("table api file")),
        split(QStringLiteral("库表 接口 文件")));
    row("resource_status", split(QStringLiteral("draft published withdrawn")),
        split(QStringLiteral("草稿 已发布 已停用")));
    row("classification_class", split(QStringLiteral("1 2 3")),
        split(QStringLiteral("基础信息资源 主题信息资源 部门信息资源")));
    row("registration_type", split(QStringLiteral("1 2 3 4")),
        split(QStringLiteral("首次登记 变更登记 更正登记 注销登记")));
    row("object_type", split(QStringLiteral("1 2")),
        split(QStringLiteral("公共数据资源 数据产品和服务")));
    row("registration_status",
        split(QStringLiteral("draft ready submitted accepted returned objection cancelled")),
        split(QStringLiteral("草稿 待提交(已校验) 已提交 已登记 已退回 异议处理中 已注销")));
    row("service_mode", split(QStringLiteral("api table file model other")),
        split(QStringLiteral("接口 库表 文件 模型 其他")));
    row("price_kind", split(QStringLiteral("free guided")),
        split(QStringLiteral("公益免费（公共治理/公益事业） 政府指导价")));
    row("update_mechanism", split(QStringLiteral("full incremental")),
        split(QStringLiteral("全量 增量")));
    row("topic", split(QStringLiteral("person place event thing organisation other")),
        split(QStringLiteral("人 地 事 物 组织 其他")));
    row("scene", split(QStringLiteral("gov_service public_service supervision other")),
        split(QStringLiteral("政务服务 公共服务 监管 其他")));
    row("spatial_scope", split(QStringLiteral("province city city_direct county")),
        split(QStringLiteral("全省 全市 市直 区县（市）")));
    row("region",
        split(QStringLiteral("110000 440000 440100 440300 441900 442000 445300 710000 "
                             "810000 820000")),
        split(QStringLiteral("北京市 广东省 广州市 深圳市 东莞市 中山市 云浮市 台湾省 "
                             "香港特别行政区 澳门特别行政区")));
}

void TestProfile::vocabularies()
{
    QFETCH(QString, id);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, zh);
    const auto profile = Profile::builtin();
    const Vocabulary *v = profile->vocabulary(id);
    QVERIFY2(v, qPrintable(id));
    QVERIFY(profile->vocabularyIds().contains(id));
    QVERIFY(!v->label.zh.isEmpty() && !v->label.en.isEmpty());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const VocabularyItem *item = v->item(codes.at(i));
        QVERIFY2(item, qPrintable(id + u':' + codes.at(i)));
        if (i < zh.size())
            QCOMPARE(item->label.zh, zh.at(i));
    }
    for (const VocabularyItem &item : v->items) {
        QVERIFY2(!item.label.zh.isEmpty() && !item.label.en.isEmpty(), qPrintable(item.code));
    }
    // Closed lists whose code sets other code depends on: no extra codes either.
    if (id != QLatin1String("format_subtype") && id != QLatin1String("region")) {
        QStringList all;
        for (const VocabularyItem &item : v->items)
            all << item.code;
        QCOMPARE(all, codes);
    }
}

void TestProfile::formatSubtypes()
{
    const auto profile = Profile::builtin();
    const Vocabulary *formats = profile->vocabulary(QStringLiteral("format"));
    const Vocabulary *subtypes = profile->vocabulary(QStringLiteral("format_subtype"));
    QVERIFY(formats && subtypes);
    QCOMPARE(subtypes->parentVocabulary, QStringLiteral("format"));
    for (const VocabularyItem &item : subtypes->items)
        QVERIFY2(formats->contains(item.parent), qPrintable(item.code));
    const QList<QPair<QString, QString>> expected
        = {{QStringLiteral("ofd"), QStringLiteral("1")},
           {QStringLiteral("ppt"), QStringLiteral("1")},
           {QStringLiteral("et"), QStringLiteral("2")},
           {QStringLiteral("xlsx"), QStringLiteral("2")},
           {QStringLiteral("dm"), QStringLiteral("3")},
           {QStringLiteral("postgresql"), QStringLiteral("3")},
           {QStringLiteral("tif"), QStringLiteral("4")},
           {QStringLiteral("mp4"), QStringLiteral("5")},
           {QStringLiteral("api"), QStringLiteral("7")},
           {QStringLiteral("webservice"), QStringLiteral("7")}};
    for (const auto &[code, parent] : expected)
        QCOMPARE(subtypes->item(code)->parent, parent);
}

void TestProfile::regions()
{
    const Vocabulary *regions = Profile::builtin()->vocabulary(QStringLiteral("region"));
    QVERIFY(regions);
    QSet<QString> provinces;
    QSet<QString> cities;
    for (const VocabularyItem &item : regions->items) {
        if (item.parent.isEmpty()) {
            QVERIFY2(item.code.endsWith(QLatin1String("0000")), qPrintable(item.code));
            provinces << item.code;
        } else {
            QCOMPARE(item.parent, QStringLiteral("440000"));
            cities << item.code;
        }
    }
    QCOMPARE(provinces.size(), 34);
    QCOMPARE(cities.size(), 21);
    QVERIFY(!regions->contains(QStringLiteral("441000")));
    QVERIFY(!regions->contains(QStringLiteral("441100")));
    QCOMPARE(regions->item(QStringLiteral("441900"))->label.zh, QStringLiteral("东莞市"));
    QCOMPARE(regions->item(QStringLiteral("650000"))->label.zh, QStringLiteral("新疆维吾尔自治区"));
}

void TestProfile::fields_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("vocabulary");

    auto row
        = [](const char *entity, const char *key, const char *type, const char *vocabulary = "") {
              QTest::addRow("%s.%s", entity, key)
                  << QString::fromLatin1(entity) << QString::fromLatin1(key)
                  << QString::fromLatin1(type) << QString::fromLatin1(vocabulary);
          };
    // Column fields (Resource.h, InfoItem.h, Office.h, Registration.h, Product.h).
    row("resource", "code", "code");
    row("resource", "name", "text");
    row("resource", "office", "code");
    row("resource", "summary", "longtext");
    row("resource", "grade", "enum", "grade");
    row("resource", "secret", "bool");
    row("resource", "sharing", "enum", "sharing");
    row("resource", "opening", "enum", "opening");
    row("resource", "update_cycle", "enum", "update_cycle");
    row("resource", "format", "enum", "format");
    row("resource", "status", "enum", "resource_status");
    row("resource", "records", "int");
    row("resource", "bytes", "bytes");
    row("item", "name", "text");
    row("item", "data_type", "enum", "item_type");
    row("item", "length", "int");
    row("office", "code", "code");
    row("office", "name", "text");
    row("office", "parent", "code");
    row("registration", "reg_type", "enum", "registration_type");
    row("registration", "object_type", "enum", "object_type");
    row("registration", "object_uuid", "code");
    row("registration", "status", "enum", "registration_status");
    row("registration", "form_number", "code");
    row("product", "code", "code");
    row("product", "name", "text");
    row("product", "office", "code");
    // Attribute fields other layers use by key.
    row("resource", "classification", "code");
    row("resource", "provider", "text");
    row("resource", "provider_code", "code");
    row("resource", "format_subtype", "enum", "format_subtype");
    row("resource", "share_condition", "longtext");
    row("resource", "share_mode", "enum", "share_mode");
    row("resource", "share_channel", "multi-enum", "share_channel");
    row("resource", "open_condition", "longtext");
    row("resource", "publish_date", "date");
    row("resource", "related_codes", "code-list");
    row("resource", "source", "text");
    row("resource", "responsible_office", "text");
    row("resource", "system_name", "text");
    row("resource", "update_mechanism", "enum", "update_mechanism");
    row("resource", "last_update", "date");
    row("resource", "quality_standard", "longtext");
    row("resource", "usage_method", "longtext");
    row("resource", "topic", "enum", "topic");
    row("resource", "scene", "enum", "scene");
    row("resource", "spatial_scope", "enum", "spatial_scope");
    row("resource", "time_range", "text");
    row("resource", "online_url", "text");
    row("resource", "legal_basis", "longtext");
    row("item", "tech_name", "text");
    row("item", "value_range", "text");
    row("item", "data_element", "text");
    row("item", "is_key", "bool");
    row("item", "sensitive", "bool");
    row("item", "secret", "bool");
    row("item", "sharing", "enum", "sharing");
    row("item", "opening", "enum", "opening");
    row("item", "authoritative", "bool");
    row("item", "description", "longtext");
    row("department", "name", "text");
    row("department", "uscc", "uscc");
    row("department", "region", "region", "region");
    row("department", "contact", "text");
    row("department", "phone", "text");
    row("department", "address", "text");
    row("office", "head", "text");
    row("office", "contact", "text");
    row("office", "phone", "text");
    row("office", "responsibilities", "longtext");
    row("registration", "registrant_name", "text");
    row("registration", "registrant_uscc", "uscc");
    row("registration", "region", "region", "region");
    row("registration", "contact", "text");
    row("registration", "phone", "text");
    row("registration", "resource_name", "text");
    row("registration", "description", "longtext");
    row("registration", "source", "text");
    row("registration", "responsible_dept", "text");
    row("registration", "records", "int");
    row("registration", "bytes", "bytes");
    row("registration", "update_cycle", "enum", "update_cycle");
    row("registration", "format", "enum", "format");
    row("registration", "quality", "longtext");
    row("registration", "grade", "enum", "grade");
    row("registration", "classification", "code");
    row("registration", "sharing", "enum", "sharing");
    row("registration", "opening", "enum", "opening");
    row("registration", "authorised_operation", "bool");
    row("registration", "scenarios", "longtext");
    row("registration", "source_resources", "code-list");
    row("registration", "service_mode", "enum", "service_mode");
    row("registration", "price_kind", "enum", "price_kind");
    row("registration", "price_amount", "text");
    row("registration", "price_unit", "text");
    row("registration", "compliance_review", "text");
    row("registration", "registration_code", "code");
    row("registration", "lookup_code", "code");
    row("registration", "reason", "longtext");
    row("product", "scenarios", "longtext");
    row("product", "service_mode", "enum", "service_mode");
    row("product", "source_resources", "code-list");
    row("product", "price_kind", "enum", "price_kind");
    row("product", "price_amount", "text");
    row("product", "price_unit", "text");
    row("product", "description", "longtext");
}

void TestProfile::fields()
{
    QFETCH(QString, entity);
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QString, vocabulary);
    const FieldDef *field = Profile::builtin()->field(entity, key);
    QVERIFY(field);
    QCOMPARE(fieldTypeName(field->type), type);
    QCOMPARE(field->vocabulary, vocabulary);
    QVERIFY(Profile::builtin()->entity(entity)->field(key) == field);
}

void TestProfile::everyFieldIsDocumented()
{
    const auto profile = Profile::builtin();
    // Every column of the value types has a field, so forms and imports can reach it.
    for (const QString &key : Resource::columnKeys())
        QVERIFY2(profile->field(QStringLiteral("resource"), key), qPrintable(key));
    for (const QString &key : InfoItem::columnKeys())
        QVERIFY2(profile->field(QStringLiteral("item"), key), qPrintable(key));
    for (const QString &key : Office::columnKeys())
        QVERIFY2(profile->field(QStringLiteral("office"), key), qPrintable(key));

    for (const QString &entityKey : profile->entityKeys()) {
        const EntityDef *entity = profile->entity(entityKey);
        QVERIFY(!entity->label.zh.isEmpty() && !entity->label.en.isEmpty());
        qsizetype inGroups = 0;
        for (const FieldGroup &group : entity->groups) {
            QVERIFY(!group.label.zh.isEmpty() && !group.label.en.isEmpty());
            inGroups += group.fieldKeys.size();
            for (const QString &key : group.fieldKeys)
                QCOMPARE(entity->field(key)->group, group.key);
        }
        QCOMPARE(inGroups, entity->fields.size());
        for (const FieldDef &f : entity->fields) {
            const QString where = entityKey + u'.' + f.key;
            QVERIFY2(!f.label.zh.isEmpty() && !f.label.en.isEmpty(), qPrintable(where));
            QVERIFY2(!f.help.zh.isEmpty() && !f.help.en.isEmpty(), qPrintable(where));
            QVERIFY2(f.headers.size() >= 2, qPrintable(where));
            QCOMPARE(f.headers.at(0), f.label.zh);
            QCOMPARE(f.headers.at(1), f.label.en);
            for (const QString &h : f.headers) {
                QVERIFY2(!h.contains(u'*') && !h.contains(QChar(0xFF0A)), qPrintable(where));
                QCOMPARE(profile->fieldForHeader(entityKey, h), &f);
            }
            if (f.type == FieldType::Enum || f.type == FieldType::MultiEnum)
                QVERIFY2(profile->vocabulary(f.vocabulary), qPrintable(where));
        }
    }
}

void TestProfile::headers_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key"); // empty: no field

    auto row = [](const char *name, const char *entity, const QString &header, const char *key) {
        QTest::newRow(name) << QString::fromLatin1(entity) << header << QString::fromLatin1(key);
    };
    row("zh label", "resource", QStringLiteral("信息资源名称"), "name");
    row("en label", "resource", QStringLiteral("Resource name"), "name");
    row("synonym", "resource", QStringLiteral("数据资源目录名称"), "name");
    row("synonym 2", "resource", QStringLiteral("目录名称"), "name");
    row("leading mark", "resource", QStringLiteral("*数据资源名称"), "name");
    row("trailing mark", "resource", QStringLiteral("资源名称*"), "name");
    row("full-width mark", "resource", QStringLiteral("信息资源名称＊"), "name");
    row("full-width spaces", "resource", QStringLiteral("　信息资源名称　"), "name");
    row("case and blanks", "resource", QStringLiteral("  resource NAME "), "name");
    row("sharing synonym", "resource", QStringLiteral("共享属性"), "sharing");
    row("sharing label", "resource", QStringLiteral("*共享类型"), "sharing");
    row("share condition", "resource", QStringLiteral("共享条件/不予共享依据"), "share_condition");
    row("brackets", "resource", QStringLiteral("存储量(G)"), "bytes");
    row("storage", "resource", QStringLiteral("数据存储总量/G"), "bytes");
    row("records", "resource", QStringLiteral("结构化信息记录总数/条"), "records");
    row("field key", "resource", QStringLiteral("share_condition"), "share_condition");
    row("open attribute", "resource", QStringLiteral("*开放属性"), "opening");
    row("system", "resource", QStringLiteral("*所属信息系统"), "system_name");
    row("sync", "resource", QStringLiteral("数据同步机制"), "update_mechanism");
    row("grade", "resource", QStringLiteral("*数据分级"), "grade");
    row("unknown", "resource", QStringLiteral("是否上线到超市"), "");
    row("empty", "resource", QStringLiteral(" * "), "");
    row("item business name", "item", QStringLiteral("*信息项业务名称"), "name");
    row("item tech name", "item", QStringLiteral("*信息项技术名称"), "tech_name");
    row("item key", "item", QStringLiteral("是否主键"), "is_key");
    row("item sensitive", "item", QStringLiteral("*敏感属性"), "sensitive");
    row("item secret", "item", QStringLiteral("*涉密属性"), "secret");
    row("item standard", "item", QStringLiteral("关联数据标准"), "data_element");
    row("item sharing", "item", QStringLiteral("*共享属性"), "sharing");
    row("department uscc", "department", QStringLiteral("统一社会信用代码"), "uscc");
    row("registrant uscc", "registration", QStringLiteral("统一社会信用代码"), "registrant_uscc");
    row("registration kind", "registration", QStringLiteral("登记类型"), "reg_type");
    row("unknown entity", "nothing", QStringLiteral("名称"), "");
}

void TestProfile::headers()
{
    QFETCH(QString, entity);
    QFETCH(QString, header);
    QFETCH(QString, key);
    const FieldDef *field = Profile::builtin()->fieldForHeader(entity, header);
    if (key.isEmpty()) {
        QVERIFY2(!field, field ? qPrintable(field->key) : "");
    } else {
        QVERIFY(field);
        QCOMPARE(field->key, key);
    }
}

void TestProfile::rules_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QVariantMap>("params"); // each given param must be present and equal

    auto row = [](const char *entity, const char *field, const char *kind, const char *severity,
                  const QVariantMap &params = {}) {
        QTest::addRow("%s.%s.%s.%s", entity, field, kind, severity)
            << QString::fromLatin1(entity) << QString::fromLatin1(field)
            << QString::fromLatin1(kind) << QString::fromLatin1(severity) << params;
    };
    const auto list = [](std::initializer_list<QVariant> values) {
        return QVariantList(values);
    };
    const QString ifField = QStringLiteral("if_field");
    const QString ifValues = QStringLiteral("if_values");
    const QString values = QStringLiteral("values");

    row("resource", "code", "pattern", "error");
    row("resource", "classification", "pattern", "error");
    row("resource", "records", "range", "error", {{QStringLiteral("min"), 0}});
    row("resource", "bytes", "range", "error", {{QStringLiteral("min"), 0}});
    row("item", "length", "range", "error",
        {{QStringLiteral("min"), 0}, {QStringLiteral("max"), 65535}});
    row("department", "uscc", "checksum", "error",
        {{QStringLiteral("kind"), QStringLiteral("uscc")}});
    row("department", "uscc", "checksum", "warning",
        {{QStringLiteral("kind"), QStringLiteral("org_code")}});
    row("registration", "registrant_uscc", "checksum", "error",
        {{QStringLiteral("kind"), QStringLiteral("uscc")}});
    row("registration", "registrant_uscc", "checksum", "warning",
        {{QStringLiteral("kind"), QStringLiteral("org_code")}});
    row("resource", "share_condition", "required-if", "error",
        {{ifField, QStringLiteral("sharing")}, {ifValues, list({QStringLiteral("2")})}});
    row("resource", "share_condition", "required-if", "error",
        {{ifField, QStringLiteral("sharing")}, {ifValues, list({QStringLiteral("3")})}});
    row("resource", "open_condition", "required-if", "error",
        {{ifField, QStringLiteral("opening")}, {ifValues, list({QStringLiteral("2")})}});
    row("registration", "reason", "required-if", "error",
        {{ifField, QStringLiteral("reg_type")}, {ifValues, list({QStringLiteral("4")})}});
    row("resource", "opening", "forbids", "error",
        {{ifField, QStringLiteral("sharing")},
         {ifValues, list({QStringLiteral("3")})},
         {values, list({QStringLiteral("1"), QStringLiteral("2")})}});
    row("resource", "opening", "forbids", "error",
        {{ifField, QStringLiteral("secret")},
         {ifValues, list({true})},
         {values, list({QStringLiteral("1"), QStringLiteral("2")})}});
    row("resource", "opening", "forbids", "error",
        {{ifField, QStringLiteral("grade")},
         {ifValues, list({QStringLiteral("core"), QStringLiteral("important")})},
         {values, list({QStringLiteral("1")})}});
    // Synthesised from the field definitions.
    row("resource", "name", "required", "error");
    row("resource", "sharing", "vocabulary", "error");
    row("item", "data_type", "vocabulary", "error");
    row("registration", "registrant_uscc", "required", "error");
}

void TestProfile::rules()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    QFETCH(QVariantMap, params);
    const QList<RuleDef> rules = Profile::builtin()->rules(entity);
    bool found = false;
    for (const RuleDef &r : rules) {
        if (r.field != field || ruleKindName(r.kind) != kind
            || severityName(r.severity) != severity)
            continue;
        bool same = true;
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            if (r.params.value(it.key()) != it.value())
                same = false;
        }
        found = found || same;
    }
    QVERIFY(found);
}

void TestProfile::synthesisedRules()
{
    const auto profile = Profile::builtin();
    // Every required non-bool field has an error-level "required" rule, every enum a
    // "vocabulary" rule, every field pattern a "pattern" rule.
    for (const QString &entityKey : profile->entityKeys()) {
        const QList<RuleDef> rules = profile->rules(entityKey);
        auto has = [&rules](const QString &field, RuleKind kind) {
            for (const RuleDef &r : rules) {
                if (r.field == field && r.kind == kind && r.severity == Severity::Error)
                    return true;
            }
            return false;
        };
        for (const FieldDef &f : profile->entity(entityKey)->fields) {
            const QByteArray where = (entityKey + u'.' + f.key).toUtf8();
            if (f.required && f.type != FieldType::Bool)
                QVERIFY2(has(f.key, RuleKind::Required), where.constData());
            if (f.type == FieldType::Enum || f.type == FieldType::MultiEnum)
                QVERIFY2(has(f.key, RuleKind::Vocabulary), where.constData());
            if (!f.pattern.isEmpty())
                QVERIFY2(has(f.key, RuleKind::Pattern), where.constData());
        }
    }
    // The explicit pattern rule with its specific message wins over the synthesised one.
    int codePatterns = 0;
    for (const RuleDef &r : profile->rules(QStringLiteral("resource"))) {
        if (r.field == QLatin1String("code") && r.kind == RuleKind::Pattern) {
            ++codePatterns;
            QCOMPARE(r.id, QStringLiteral("resource.code.pattern"));
            QVERIFY(!r.params.value(QStringLiteral("synthesised")).toBool());
        }
    }
    QCOMPARE(codePatterns, 1);
    // A synthesised message names the field in both languages.
    for (const RuleDef &r : profile->rules(QStringLiteral("resource"))) {
        if (r.id == QLatin1String("resource.name.required")) {
            QVERIFY(r.params.value(QStringLiteral("synthesised")).toBool());
            QVERIFY(r.message.zh.contains(QStringLiteral("信息资源名称")));
            QVERIFY(r.message.en.contains(QStringLiteral("Resource name")));
        }
    }
}

void TestProfile::everyRuleIsWellFormed()
{
    const auto profile = Profile::builtin();
    QSet<QString> ids;
    for (const RuleDef &r : profile->rules()) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY2(profile->field(r.entity, r.field), qPrintable(r.id));
        QVERIFY2(!r.message.zh.isEmpty() && !r.message.en.isEmpty(), qPrintable(r.id));
        if (r.kind == RuleKind::Pattern)
            QVERIFY(
                QRegularExpression(r.params.value(QStringLiteral("pattern")).toString()).isValid());
    }
    QVERIFY(ids.size() > 50);
}

void TestProfile::codePatterns_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    const QString code = QStringLiteral("resource_code_pattern");
    const QString cls = QStringLiteral("classification_pattern");
    QTest::newRow("code") << code << QStringLiteral("301001001/000123") << true;
    QTest::newRow("code idatrix sample") << code << QStringLiteral("112461465423/798456") << true;
    QTest::newRow("code with letters") << code << QStringLiteral("201002A01/7") << true;
    QTest::newRow("code class 4") << code << QStringLiteral("401001/1") << false;
    QTest::newRow("code no sequence") << code << QStringLiteral("301001/") << false;
    QTest::newRow("code short class") << code << QStringLiteral("30100/12") << false;
    QTest::newRow("code long sequence") << code << QStringLiteral("301001/12345678901") << false;
    QTest::newRow("class") << cls << QStringLiteral("301001") << true;
    QTest::newRow("class detail") << cls << QStringLiteral("1010010203") << true;
    QTest::newRow("class too short") << cls << QStringLiteral("30100") << false;
    QTest::newRow("class 0") << cls << QStringLiteral("001001") << false;
}

void TestProfile::codePatterns()
{
    QFETCH(QString, setting);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    const QRegularExpression re(Profile::builtin()->setting(setting).toString());
    QVERIFY(re.isValid());
    QCOMPARE(re.match(value).hasMatch(), matches);
    // The field patterns are the same expressions as the settings.
    const QString key = setting == QLatin1String("resource_code_pattern")
                            ? QStringLiteral("code")
                            : QStringLiteral("classification");
    QCOMPARE(Profile::builtin()->field(QStringLiteral("resource"), key)->pattern, re.pattern());
}

void TestProfile::settings()
{
    const auto profile = Profile::builtin();
    QCOMPARE(profile->setting(QStringLiteral("registration_validity_days")).toInt(), 1095);
    QCOMPARE(profile->setting(QStringLiteral("registration_renewal_notice_days")).toInt(), 60);
    QCOMPARE(profile->setting(QStringLiteral("resource_code_pattern")).toString(),
             QStringLiteral("^[1-3]\\d{5}[0-9A-Za-z]*/\\d{1,10}$"));
    QCOMPARE(profile->setting(QStringLiteral("no_such_setting"), 7).toInt(), 7);
    // Every status named by the workflow settings is a registration status.
    const Vocabulary *statuses = profile->vocabulary(QStringLiteral("registration_status"));
    const QVariantMap transitions
        = profile->setting(QStringLiteral("registration_status_transitions")).toMap();
    QCOMPARE(transitions.size(), statuses->items.size());
    for (auto it = transitions.cbegin(); it != transitions.cend(); ++it) {
        QVERIFY2(statuses->contains(it.key()), qPrintable(it.key()));
        for (const QVariant &next : it.value().toList())
            QVERIFY2(statuses->contains(next.toString()), qPrintable(next.toString()));
    }
}

void TestProfile::localText()
{
    const QLocale saved;
    const auto profile = Profile::builtin();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(profile->label(QStringLiteral("sharing"), QStringLiteral("2")),
             QStringLiteral("有条件共享"));
    QCOMPARE(profile->field(QStringLiteral("resource"), QStringLiteral("name"))->label.text(),
             QStringLiteral("信息资源名称"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(profile->label(QStringLiteral("sharing"), QStringLiteral("2")),
             QStringLiteral("Shared on conditions"));
    QCOMPARE(profile->label(QStringLiteral("sharing"), QStringLiteral("9")), QStringLiteral("9"));
    QCOMPARE(profile->label(QStringLiteral("nothing"), QStringLiteral("x")), QStringLiteral("x"));
    const LocalText onlyZh{QStringLiteral("只有中文"), QString()};
    QCOMPARE(onlyZh.text(), QStringLiteral("只有中文"));
    QLocale::setDefault(saved);
}

void TestProfile::codeForText_data()
{
    QTest::addColumn<QString>("vocabulary");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("zh") << QStringLiteral("sharing") << QStringLiteral("有条件共享")
                        << QStringLiteral("2");
    QTest::newRow("en") << QStringLiteral("sharing") << QStringLiteral("shared ON conditions")
                        << QStringLiteral("2");
    QTest::newRow("code") << QStringLiteral("sharing") << QStringLiteral(" 3 ")
                          << QStringLiteral("3");
    QTest::newRow("ascii brackets")
        << QStringLiteral("grade") << QStringLiteral("一般数据(4级)") << QStringLiteral("g4");
    QTest::newRow("item type") << QStringLiteral("item_type") << QStringLiteral("c")
                               << QStringLiteral("C");
    QTest::newRow("unknown") << QStringLiteral("sharing") << QStringLiteral("共享") << QString();
    QTest::newRow("empty") << QStringLiteral("sharing") << QString() << QString();
}

void TestProfile::codeForText()
{
    QFETCH(QString, vocabulary);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(Profile::builtin()->vocabulary(vocabulary)->codeForText(text), code);
}

// codeForText() looks texts up in an index built when the profile is read; a vocabulary built by
// hand (not indexed) scans its items. Both must give the same code for every text a clerk might
// type: each code and label in several spellings, and the awkward cases of a code that reads
// like another item's label and of codes equal but for case.
void TestProfile::codeForTextIndexAgreesWithScan()
{
    QList<Vocabulary> vocabularies;
    const auto profile = Profile::builtin();
    for (const QString &id : profile->vocabularyIds())
        vocabularies << *profile->vocabulary(id);
    Vocabulary awkward;
    awkward.id = QStringLiteral("awkward");
    auto add = [&awkward](const char *code, const char *zh, const char *en) {
        VocabularyItem i;
        i.code = QString::fromUtf8(code);
        i.label.zh = QString::fromUtf8(zh);
        i.label.en = QString::fromUtf8(en);
        awkward.items << i;
    };
    add("1", "2", "one");
    add("2", "甲（一）", "");
    add("a", "乙", "A");
    add("A", "丙", "two");
    add("b", "二", "two");
    awkward.indexTexts();
    vocabularies << awkward;

    int texts = 0, found = 0;
    for (const Vocabulary &indexed : std::as_const(vocabularies)) {
        Vocabulary scanned;
        scanned.id = indexed.id;
        scanned.items = indexed.items; // not indexed: codeForText() scans
        QStringList candidates{QString(), QStringLiteral(" "), QStringLiteral("？")};
        for (const VocabularyItem &i : indexed.items) {
            for (const QString &t : {i.code, i.label.zh, i.label.en}) {
                QString fullWidth = t;
                fullWidth.replace(u'(', QChar(0xFF08)).replace(u')', QChar(0xFF09));
                candidates << t << t.toUpper() << t.toLower() << QStringLiteral("　") + t + u' '
                           << fullWidth << t + u'x';
            }
        }
        for (const QString &text : std::as_const(candidates)) {
            const QString code = indexed.codeForText(text);
            QCOMPARE(code, scanned.codeForText(text));
            ++texts;
            found += code.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(texts > 1000);
    QVERIFY(found > texts / 2);
    // The awkward cases, spelled out: codes win over labels, the first item over later ones.
    QCOMPARE(awkward.codeForText(QStringLiteral("2")), QStringLiteral("2"));
    QCOMPARE(awkward.codeForText(QStringLiteral("甲(一)")), QStringLiteral("2"));
    QCOMPARE(awkward.codeForText(QStringLiteral("A")), QStringLiteral("a"));
    QCOMPARE(awkward.codeForText(QStringLiteral("TWO")), QStringLiteral("A"));
}

void TestProfile::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *file, const QString &expected) {
        QTest::newRow(file) << QString::fromLatin1(file) << expected;
    };
    row("syntax-error.json", QStringLiteral("JSON syntax error at line 6"));
    row("not-an-object.json", QStringLiteral("must be a JSON object"));
    row("unknown-type.json",
        QStringLiteral("entities[2].groups[0].fields[3].type: unknown field type \"strng\""));
    row("enum-without-vocabulary.json",
        QStringLiteral("entities[2].groups[0].fields[2].vocabulary: missing"));
    row("unknown-vocabulary.json",
        QStringLiteral("entities[2].groups[0].fields[4].vocabulary: unknown vocabulary "
                       "\"openness\""));
    row("rule-unknown-field.json",
        QStringLiteral("rules[1].field: unknown field \"foo\" of entity \"resource\""));
    row("rule-unknown-if-field.json",
        QStringLiteral("rules[2].params.if_field: unknown field \"foo\" of entity \"resource\""));
    row("rule-value-not-in-vocabulary.json",
        QStringLiteral("rules[2].params.values[1]: \"2\" is not a code of vocabulary \"opening\""));
    row("bad-regex.json",
        QStringLiteral("entities[2].groups[0].fields[0].pattern: invalid regular expression"));
    row("missing-vocabulary-code.json", QStringLiteral("vocabularies[1].items[1].code: missing"));
    row("duplicate-vocabulary.json",
        QStringLiteral("vocabularies[1].id: duplicate vocabulary id \"sharing\""));
    row("duplicate-field.json",
        QStringLiteral("entities[2].groups[0].fields[1].key: duplicate field \"code\""));
    row("duplicate-header.json",
        QStringLiteral("entities[2].groups[0].fields[1].headers[3]: header \"资源代码\" is already "
                       "used by field \"code\""));
    row("unknown-rule-kind.json", QStringLiteral("rules[0].kind: unknown rule kind \"checksumm\""));
    row("unknown-checksum.json", QStringLiteral("rules[0].params.kind: unknown checksum \"md5\""));
    row("missing-entity.json", QStringLiteral("entities: entity \"product\" is missing"));
    row("unknown-member.json",
        QStringLiteral("entities[0].groups[0].fields[0].vocabularly: unknown member"));
    row("bad-setting-pattern.json",
        QStringLiteral("settings.resource_code_pattern: invalid regular expression"));
    row("duplicate-rule-id.json",
        QStringLiteral("rules[1].id: duplicate rule id \"department.uscc.checksum\""));
}

void TestProfile::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = test::dataPath(QStringLiteral("profiles/") + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QString error;
    const auto profile = Profile::load(path, &error);
    QVERIFY(!profile);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error)); // the message names the file
    QVERIFY(!Profile::fromJson(test::readAll(path)));
}

// Single faults injected into the real profile: the path points at the exact element.
void TestProfile::brokenBuiltinVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the error starts with this

    const QJsonObject root = builtinJson();
    QVERIFY(!root.isEmpty());

    auto setFieldMember = [&root](int e, int g, int f, const QString &key, const QJsonValue &v) {
        QJsonObject r = root;
        QJsonArray entities = r.value(QStringLiteral("entities")).toArray();
        QJsonObject entity = entities.at(e).toObject();
        QJsonArray groups = entity.value(QStringLiteral("groups")).toArray();
        QJsonObject group = groups.at(g).toObject();
        QJsonArray fields = group.value(QStringLiteral("fields")).toArray();
        QJsonObject field = fields.at(f).toObject();
        if (v.isUndefined())
            field.remove(key);
        else
            field.insert(key, v);
        fields.replace(f, field);
        group.insert(QStringLiteral("fields"), fields);
        groups.replace(g, group);
        entity.insert(QStringLiteral("groups"), groups);
        entities.replace(e, entity);
        r.insert(QStringLiteral("entities"), entities);
        return QJsonDocument(r).toJson();
    };
    QTest::newRow("type") << setFieldMember(2, 0, 3, QStringLiteral("type"),
                                            QStringLiteral("strng"))
                          << QStringLiteral(
                                 "entities[2].groups[0].fields[3].type: unknown field type "
                                 "\"strng\"");
    QTest::newRow("label") << setFieldMember(1, 0, 0, QStringLiteral("label"),
                                             QJsonValue(QJsonValue::Undefined))
                           << QStringLiteral("entities[1].groups[0].fields[0].label: missing");

    {
        QJsonObject r = root;
        QJsonArray vocabularies = r.value(QStringLiteral("vocabularies")).toArray();
        QJsonObject v = vocabularies.at(4).toObject();
        QJsonArray items = v.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(2).toObject();
        item.remove(QStringLiteral("code"));
        items.replace(2, item);
        v.insert(QStringLiteral("items"), items);
        vocabularies.replace(4, v);
        r.insert(QStringLiteral("vocabularies"), vocabularies);
        QTest::newRow("vocabulary code")
            << QJsonDocument(r).toJson()
            << QStringLiteral("vocabularies[4].items[2].code: missing");
    }
    {
        QJsonObject r = root;
        QJsonArray rules = r.value(QStringLiteral("rules")).toArray();
        QJsonObject rule = rules.at(7).toObject();
        rule.insert(QStringLiteral("kind"), QStringLiteral("required-if"));
        rule.insert(QStringLiteral("params"),
                    QJsonObject{{QStringLiteral("if_field"), QStringLiteral("foo")},
                                {QStringLiteral("if_values"), QJsonArray{QStringLiteral("1")}}});
        rules.replace(7, rule);
        r.insert(QStringLiteral("rules"), rules);
        QTest::newRow("rule if_field")
            << QJsonDocument(r).toJson()
            << QStringLiteral("rules[7].params.if_field: unknown field \"foo\" of entity \"%1\"")
                   .arg(rule.value(QStringLiteral("entity")).toString());
    }
    {
        QJsonObject r = root;
        QJsonArray vocabularies = r.value(QStringLiteral("vocabularies")).toArray();
        QJsonObject v = vocabularies.at(5).toObject();
        QJsonArray items = v.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("parent"), QStringLiteral("8"));
        items.replace(0, item);
        v.insert(QStringLiteral("items"), items);
        vocabularies.replace(5, v);
        r.insert(QStringLiteral("vocabularies"), vocabularies);
        QTest::newRow("subtype parent")
            << QJsonDocument(r).toJson()
            << QStringLiteral("vocabularies[5].items[0].parent: \"8\" is not a code of vocabulary "
                              "\"format\"");
    }
    QByteArray truncated = QJsonDocument(root).toJson();
    truncated.chop(truncated.size() / 2);
    QTest::newRow("truncated") << truncated << QStringLiteral("JSON syntax error at line");
}

void TestProfile::brokenBuiltinVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Profile::fromJson(json, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestProfile::fileOverride()
{
    QString error;
    const auto profile
        = Profile::load(test::dataPath(QStringLiteral("profiles/minimal.json")), &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->id(), QStringLiteral("test-minimal"));
    QCOMPARE(profile->setting(QStringLiteral("registration_validity_days")).toInt(), 30);
    QCOMPARE(profile->vocabularyIds(),
             QStringList({QStringLiteral("sharing"), QStringLiteral("opening")}));
    QCOMPARE(profile->fieldForHeader(QStringLiteral("resource"), QStringLiteral("目录名称"))->key,
             QStringLiteral("name"));
    // A field without "headers" answers to its labels.
    QCOMPARE(
        profile->fieldForHeader(QStringLiteral("resource"), QStringLiteral("Sharing type"))->key,
        QStringLiteral("sharing"));
    QCOMPARE(profile->field(QStringLiteral("resource"), QStringLiteral("sharing"))->headers,
             QStringList({QStringLiteral("共享类型"), QStringLiteral("Sharing type")}));
    // 3 explicit + required (department 2, office, resource 3, item) + vocabulary 2 + pattern 1.
    QStringList ids;
    for (const RuleDef &r : profile->rules())
        ids << r.id;
    QVERIFY2(ids.contains(QStringLiteral("resource.code.pattern")), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(QStringLiteral("resource.sharing.vocabulary")));
    QVERIFY(ids.contains(QStringLiteral("department.uscc.required")));
    QVERIFY(!ids.contains(QStringLiteral("product.name.required")));
    QCOMPARE(profile->rules().size(), 3 + 7 + 2 + 1);
    // Loading another profile leaves the built-in one alone.
    QCOMPARE(Profile::builtin()->id(), QStringLiteral("gd-public-data"));
}

void TestProfile::missingFile()
{
    QString error;
    QVERIFY(!Profile::load(test::dataPath(QStringLiteral("profiles/no-such-file.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-file.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
