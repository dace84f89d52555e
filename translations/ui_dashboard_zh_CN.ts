<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::ChartCard</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>另存为 PNG 图片…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>另存为 SVG 矢量图…</translation>
    </message>
    <message>
        <source>%1: %2 resources (%3)</source>
        <translation>%1：%2 项资源（%3）</translation>
    </message>
    <message>
        <source>No resources</source>
        <translation>没有资源</translation>
    </message>
    <message>
        <source>Resources in the catalog</source>
        <translation>目录中的资源数</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 in all</source>
        <translation>%1：新增 %2 项，累计 %3 项</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot save the chart to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
    <message>
        <source>Chart exported by Shuyuan</source>
        <translation>由数源导出的图表</translation>
    </message>
</context>
<context>
    <name>sy::DashboardActions</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>底账概览(&amp;D)</translation>
    </message>
    <message>
        <source>Show the inventory dashboard: figures and charts of the catalog</source>
        <translation>显示底账概览：目录的统计数字和图表</translation>
    </message>
    <message>
        <source>Export &amp;Inventory Report (PDF)…</source>
        <translation>导出资源底账报告(&amp;I)（PDF）…</translation>
    </message>
    <message>
        <source>Write the inventory report (资源底账报告) as a PDF</source>
        <translation>将资源底账报告导出为 PDF</translation>
    </message>
</context>
<context>
    <name>sy::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>底账概览</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>处室(&amp;O)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recompute the figures (they also follow every edit)</source>
        <translation>重新计算统计数字（每次编辑后也会自动更新）</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>导出报告（PDF）…</translation>
    </message>
    <message>
        <source>Write the inventory report with every chart and the table by office as a PDF</source>
        <translation>将包含全部图表和分处室统计表的资源底账报告导出为 PDF</translation>
    </message>
    <message>
        <source>Data resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>信息项</translation>
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
        <source>Shared (unconditionally or on conditions)</source>
        <translation>可共享（无条件或有条件）</translation>
    </message>
    <message>
        <source>Open to the public</source>
        <translation>可向社会开放</translation>
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
        <source>Open problems (errors and warnings)</source>
        <translation>待处理问题（错误和警告）</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部处室</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No catalog open</source>
        <translation>未打开目录</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数字：%1</translation>
    </message>
    <message>
        <source>Computing quality scores…</source>
        <translation>正在计算质量评分…</translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms, charts built in %3 ms</source>
        <translation>%1 · 统计用时 %2 毫秒，绘图用时 %3 毫秒</translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Quality scores are being computed</source>
        <translation>正在计算质量评分</translation>
    </message>
    <message>
        <source>Showing the resources behind the chart “%1”</source>
        <translation>显示图表“%1”中所选分类的资源</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Open a catalog and wait for the figures first.</source>
        <translation>请先打开目录，并等待统计数字计算完成。</translation>
    </message>
    <message>
        <source>Export inventory report</source>
        <translation>导出资源底账报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Inventory report written to %1</source>
        <translation>资源底账报告已保存为 %1</translation>
    </message>
</context>
</TS>
