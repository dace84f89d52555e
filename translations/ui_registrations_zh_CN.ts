<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::LedgerModel</name>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
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
        <source>Office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记情况</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>登记表编号</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>续展提醒日</translation>
    </message>
</context>
<context>
    <name>sy::LedgerPage</name>
    <message>
        <source>All resources</source>
        <translation>全部资源</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>待续展</translation>
    </message>
    <message>
        <source>%1 of %2 resources registered; %3 shown.</source>
        <translation>%2 个资源中已登记 %1 个；显示 %3 个。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>资源底账</translation>
    </message>
</context>
<context>
    <name>sy::RegistrationListModel</name>
    <message>
        <source>Form number</source>
        <translation>登记表编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>登记类型</translation>
    </message>
    <message>
        <source>Registered object</source>
        <translation>登记对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>sy::RegistrationsPanel</name>
    <message>
        <source>Current resource</source>
        <translation>当前资源</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>全部登记</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
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
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Edit registration field “%1”</source>
        <translation>修改登记字段“%1”</translation>
    </message>
    <message>
        <source>Created registration %1.</source>
        <translation>已创建登记 %1。</translation>
    </message>
    <message>
        <source>No problems: the registration can be marked ready.</source>
        <translation>未发现问题：可将登记标记为待提交。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Registration is now “%1”.</source>
        <translation>登记状态已改为“%1”。</translation>
    </message>
    <message>
        <source>Save registration form</source>
        <translation>保存登记表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the form (%n page(s)).</source>
        <translation><numerusform>已保存登记表（共 %n 页）。</numerusform></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>登记</translation>
    </message>
</context>
</TS>
