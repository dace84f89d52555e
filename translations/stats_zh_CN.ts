<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::InventoryStats</name>
    <message>
        <source>Inventory of %1</source>
        <translation>%1 数据资源底账</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源数</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>信息项数</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Storage volume</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Offices with resources</source>
        <translation>有资源的处室</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>可共享</translation>
    </message>
    <message>
        <source>Open to the public</source>
        <translation>可开放</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Average quality score</source>
        <translation>平均质量评分</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>待处理问题</translation>
    </message>
</context>
<context>
    <name>sy::InventoryStatsBuilder</name>
    <message>
        <source>Not filled</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>未指定处室</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Resources by office</source>
        <translation>各处室资源数</translation>
    </message>
    <message>
        <source>Resources by grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Sharing type</source>
        <translation>共享类型</translation>
    </message>
    <message>
        <source>Opening type</source>
        <translation>开放类型</translation>
    </message>
    <message>
        <source>Update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Resource format</source>
        <translation>资源格式</translation>
    </message>
    <message>
        <source>Catalog status</source>
        <translation>目录状态</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Quality score distribution</source>
        <translation>质量评分分布</translation>
    </message>
    <message>
        <source>Catalog growth</source>
        <translation>目录增长（累计资源数）</translation>
    </message>
    <message>
        <source>Resources updated per month</source>
        <translation>每月更新的资源数</translation>
    </message>
    <message>
        <source>Sharing type by office</source>
        <translation>各处室共享类型</translation>
    </message>
    <message>
        <source>Opening type by office</source>
        <translation>各处室开放类型</translation>
    </message>
    <message>
        <source>Quality scores are not available in this build.</source>
        <translation>此版本不支持质量评分。</translation>
    </message>
    <message>
        <source>The chart category &apos;%1&apos; of &apos;%2&apos; is unknown.</source>
        <translation>图表“%2”中没有分类“%1”。</translation>
    </message>
    <message>
        <source>The quality scores were not computed: cancelled.</source>
        <translation>未计算质量评分：已取消。</translation>
    </message>
</context>
</TS>
