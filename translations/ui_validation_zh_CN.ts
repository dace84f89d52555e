<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::ProblemsModel</name>
    <message>
        <source>Information items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>Registration %1</source>
        <translation>登记 %1</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1 第 %2 项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem and how to fix it</source>
        <translation>问题及修改方法</translation>
    </message>
</context>
<context>
    <name>sy::ProblemsPanel</name>
    <message>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Validate all</source>
        <translation>全部校验</translation>
    </message>
    <message>
        <source>Check the whole catalog against the rules (runs in the background)</source>
        <translation>按规则校验整个目录（在后台运行）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>(cancelled: partial result)</source>
        <translation>（已取消：结果不完整）</translation>
    </message>
    <message>
        <source>Validation finished: quality score %1 (%2).</source>
        <translation>校验完成：质量得分 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n 个提示</numerusform></translation>
    </message>
    <message>
        <source>Whole catalog checked in %1 ms: %2</source>
        <translation>已校验整个目录（用时 %1 毫秒）：%2</translation>
    </message>
    <message>
        <source>Edited resources: %1. Run “Validate all” for the whole catalog.</source>
        <translation>已编辑的资源：%1。校验整个目录请点“全部校验”。</translation>
    </message>
    <message>
        <source>No problems found yet. Run “Validate all” to check the whole catalog.</source>
        <translation>尚未发现问题。点“全部校验”检查整个目录。</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>错误：%1  警告：%2</translation>
    </message>
    <message>
        <source>Department data is edited under File › Catalog properties.</source>
        <translation>部门信息请在“文件 › 目录属性”中修改。</translation>
    </message>
    <message>
        <source>Open the registration %1 in the Registrations panel.</source>
        <translation>请在“登记”面板中打开登记 %1。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Validate All</source>
        <translation>全部校验(&amp;V)</translation>
    </message>
</context>
</TS>
