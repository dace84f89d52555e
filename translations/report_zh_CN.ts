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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start painting the document (the printer or file is not ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting the document failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::RegistrationForm</name>
    <message>
        <source>Registration %1 does not exist in this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Product and Service Registration Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Data Resource Registration Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against the last accepted registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Information items (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrant declares that the information in this form is true, accurate and complete, that the data was obtained lawfully, and that it has passed the compliance and secrecy review; the registrant bears responsibility for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:        year      month      day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrant (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the registration body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by Shuyuan from catalog “%1”. Registration results are assigned a code by the registration platform; this form is the registrant&apos;s application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ResponsibilityList</name>
    <message>
        <source>Sharing Responsibility List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Responsibility List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) · compiled %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) marked open were left out because they are classified (涉密), not shared, or core/important data opened without conditions; correct them in the catalog.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compiled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
