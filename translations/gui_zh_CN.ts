<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::GuiStartup</name>
    <message>
        <source>No page is called %1.</source>
        <translation type="vanished">没有名为 %1 的页面。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="vanished">无法写入 %1</translation>
    </message>
    <message>
        <source>Rendered in %1 ms: %2</source>
        <translation type="vanished">已在 %1 毫秒内生成：%2</translation>
    </message>
</context>
</TS>
