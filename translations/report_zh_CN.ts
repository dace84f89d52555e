<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::ChartPainter</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Total
%1</source>
        <translation>合计
%1</translation>
    </message>
</context>
<context>
    <name>sy::InventoryReport</name>
    <message>
        <source>Data Resource Inventory Report</source>
        <translation>数据资源底账报告</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the PDF could not be started.</source>
        <translation>无法将报告写入 %1：无法创建 PDF。</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>目录名称：%1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>数据资源提供方：%1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>统计范围：%1</translation>
    </message>
    <message>
        <source>whole catalog</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
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
        <source>Open problems</source>
        <translation>待处理问题</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Quality score distribution</source>
        <translation>质量评分分布</translation>
    </message>
    <message>
        <source>Quality scores were not computed.</source>
        <translation>未计算质量评分。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>可开放</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量评分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Inventory by office</source>
        <translation>分处室资源底账</translation>
    </message>
    <message>
        <source>Inventory by office (continued)</source>
        <translation>分处室资源底账（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the PDF could not be finished.</source>
        <translation>无法将报告写入 %1：无法完成 PDF。</translation>
    </message>
</context>
<context>
    <name>sy::PdfDocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start painting the document (the printer or file is not ready).</source>
        <translation>无法开始输出文档（打印机或文件未就绪）。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Painting the document failed.</source>
        <translation>输出文档失败。</translation>
    </message>
</context>
<context>
    <name>sy::RegistrationForm</name>
    <message>
        <source>Registration %1 does not exist in this catalog.</source>
        <translation>本目录中不存在登记 %1。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Data Product and Service Registration Form</source>
        <translation>数据产品和服务登记表</translation>
    </message>
    <message>
        <source>Public Data Resource Registration Form</source>
        <translation>公共数据资源登记表</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>登记表编号</translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation>登记类型</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>登记对象类型</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Changes against the last accepted registration</source>
        <translation>与上次登记相比的变更内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message numerus="yes">
        <source>Information items (%n)</source>
        <translation>
            <numerusform>信息项（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>信息项名称</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>数据长度</translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation>权威来源</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>The registrant declares that the information in this form is true, accurate and complete, that the data was obtained lawfully, and that it has passed the compliance and secrecy review; the registrant bears responsibility for it.</source>
        <translation>本单位承诺：本表所填信息真实、准确、完整，数据来源合法，并已通过合规审查和保密审查；如有不实，本单位承担相应责任。</translation>
    </message>
    <message>
        <source>Date:        year      month      day</source>
        <translation>日期：        年      月      日</translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation>单位负责人（签字）</translation>
    </message>
    <message>
        <source>Handled by (signature):</source>
        <translation>经办人（签字）：</translation>
    </message>
    <message>
        <source>Registrant (seal)</source>
        <translation>登记主体（盖章）</translation>
    </message>
    <message>
        <source>Opinion of the registration body</source>
        <translation>登记机构审核意见</translation>
    </message>
    <message>
        <source>Printed by Shuyuan from catalog “%1”. Registration results are assigned a code by the registration platform; this form is the registrant&apos;s application.</source>
        <translation>本表由数源根据目录“%1”生成。登记编号由登记平台统一赋予，本表为登记主体的申请材料。</translation>
    </message>
    <message>
        <source>Form number: %1</source>
        <translation>登记表编号：%1</translation>
    </message>
</context>
<context>
    <name>sy::ResponsibilityList</name>
    <message>
        <source>Sharing Responsibility List</source>
        <translation>共享责任清单</translation>
    </message>
    <message>
        <source>Opening Responsibility List</source>
        <translation>开放责任清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>信息资源名称</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>责任处室</translation>
    </message>
    <message>
        <source>Sharing type</source>
        <translation>共享类型</translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation>共享条件</translation>
    </message>
    <message>
        <source>Sharing mode</source>
        <translation>共享方式</translation>
    </message>
    <message>
        <source>Update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Opening type</source>
        <translation>开放类型</translation>
    </message>
    <message>
        <source>Opening condition</source>
        <translation>开放条件</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>数据分级</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) · compiled %1</source>
        <translation>
            <numerusform>共 %n 个资源 · 编制日期 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) marked open were left out because they are classified (涉密), not shared, or core/important data opened without conditions; correct them in the catalog.</source>
        <translation>
            <numerusform>另有 %n 个标为开放的资源未列入本清单：它们涉密、不予共享，或为无条件开放的核心/重要数据。请在目录中更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compiled %1</source>
        <translation>编制日期 %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for %1.</source>
        <translation>无法为 %1 创建临时目录。</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>无条件</translation>
    </message>
</context>
</TS>
