<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::cli</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>用法：%1 命令 [选项] [参数]</translation>
    </message>
    <message>
        <source>Shuyuan (数源) keeps a department's public data resource catalog and its registrations.</source>
        <translation>数源（Shuyuan）用于编制部门公共数据资源目录并办理登记。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>运行“%1 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>language of messages (default: the system locale)</source>
        <translation>提示信息的语言（默认：系统区域设置）</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>findings (problems found by check or validate)</source>
        <translation>发现问题（check 或 validate 查出问题）</translation>
    </message>
    <message>
        <source>usage error or bad input (the file is not a valid catalog, a value is wrong)</source>
        <translation>用法错误或输入有误（文件不是有效目录、取值错误）</translation>
    </message>
    <message>
        <source>input/output error (a file cannot be read or written)</source>
        <translation>输入输出错误（文件无法读取或写入）</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>显示本命令的帮助。</translation>
    </message>
    <message>
        <source>Try “%1 %2 --help”.</source>
        <translation>请尝试“%1 %2 --help”。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>“%1”的参数个数不对。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>无法读取“%1”（没有权限）。</translation>
    </message>
</context>
<context>
    <name>sy::cli::BenchVerb</name>
    <message>
        <source>Benchmark: demo generation (time, size, rows per second), opening and search latency, against the sqlite3 tool importing the same rows.</source>
        <translation>基准测试：示例目录生成（耗时、大小、每秒行数）、打开与检索延迟，并与 sqlite3 工具导入相同数据对比。</translation>
    </message>
    <message>
        <source>comma-separated resource counts</source>
        <translation>以逗号分隔的数据资源数量</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>working folder (default: a temporary one)</source>
        <translation>工作文件夹（默认：临时文件夹）</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The sqlite3 tool is not installed; the yardstick is skipped.</source>
        <translation>未安装 sqlite3 工具，跳过对比基准。</translation>
    </message>
    <message>
        <source>“%1” is not a positive number.</source>
        <translation>“%1”不是正数。</translation>
    </message>
    <message>
        <source>%1 resources, %2 information items</source>
        <translation>%1 个数据资源，%2 个信息项</translation>
    </message>
    <message>
        <source>  generate: %1 s, %2 rows/s, file %3</source>
        <translation>  生成：%1 秒，每秒 %2 行，文件 %3</translation>
    </message>
    <message>
        <source>  open: %1 ms</source>
        <translation>  打开：%1 毫秒</translation>
    </message>
    <message>
        <source>  search over %1 queries: p50 %2 ms, p95 %3 ms</source>
        <translation>  %1 次检索：p50 %2 毫秒，p95 %3 毫秒</translation>
    </message>
    <message>
        <source>  sqlite3 yardstick failed: %1</source>
        <translation>  sqlite3 对比基准失败：%1</translation>
    </message>
    <message>
        <source>  sqlite3 .import of the same rows: %1 s, %2 rows/s; Shuyuan reaches %3 % of its rate</source>
        <translation>  sqlite3 .import 相同数据：%1 秒，每秒 %2 行；数源达到其速率的 %3 %</translation>
    </message>
    <message>
        <source>benchmark generation, opening and search</source>
        <translation>基准测试：生成、打开与检索</translation>
    </message>
</context>
<context>
    <name>sy::cli::CatalogVerbs</name>
    <message>
        <source>Create a new, empty catalog file.</source>
        <translation>新建一个空的目录文件。</translation>
    </message>
    <message>
        <source>the catalog file to create (*.sycat)</source>
        <translation>要创建的目录文件（*.sycat）</translation>
    </message>
    <message>
        <source>catalog name</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>the department's unified social credit code</source>
        <translation>部门的统一社会信用代码</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>GB/T 2260 region code</source>
        <translation>GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” is not valid (check its 18 characters).</source>
        <translation>统一社会信用代码“%1”无效（请核对 18 位字符）。</translation>
    </message>
    <message>
        <source>The region code “%1” is not a known GB/T 2260 code.</source>
        <translation>行政区划代码“%1”不是已知的 GB/T 2260 代码。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Write a realistic demo catalog of a Guangdong department (with a few deliberate defects for validation to find).</source>
        <translation>生成一个逼真的广东省部门示例目录（含少量故意设置的问题，供校验发现）。</translation>
    </message>
    <message>
        <source>number of data resources</source>
        <translation>数据资源数量</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>random seed (same seed, same catalog)</source>
        <translation>随机种子（相同种子生成相同目录）</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>--resources must be a number from 0 to 10000000.</source>
        <translation>--resources 必须是 0 到 10000000 之间的数。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负数。</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>“%1”已存在；如需覆盖请使用 --force。</translation>
    </message>
    <message>
        <source>Wrote %1 demo resources to %2 in %3 s (%4).</source>
        <translation>已将 %1 个示例数据资源写入 %2，用时 %3 秒（%4）。</translation>
    </message>
    <message>
        <source>Show what a catalog holds: department, profile, format and counts.</source>
        <translation>显示目录概况：部门、元数据规范、格式与数量。</translation>
    </message>
    <message>
        <source>the catalog file</source>
        <translation>目录文件</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>Catalog:          %1</source>
        <translation>目录：        %1</translation>
    </message>
    <message>
        <source>Department:       %1</source>
        <translation>部门：        %1</translation>
    </message>
    <message>
        <source>USCC:             %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Region:           %1 %2</source>
        <translation>行政区划：    %1 %2</translation>
    </message>
    <message>
        <source>Profile:          %1 %2</source>
        <translation>元数据规范：  %1 %2</translation>
    </message>
    <message>
        <source>Catalog format:   %1</source>
        <translation>目录格式版本：%1</translation>
    </message>
    <message>
        <source>Offices:          %1</source>
        <translation>处室：        %1</translation>
    </message>
    <message>
        <source>Data resources:   %1</source>
        <translation>数据资源：    %1</translation>
    </message>
    <message>
        <source>Information items: %1</source>
        <translation>信息项：      %1</translation>
    </message>
    <message>
        <source>Products/services: %1</source>
        <translation>数据产品和服务：%1</translation>
    </message>
    <message>
        <source>Registrations:    %1</source>
        <translation>登记：        %1</translation>
    </message>
    <message>
        <source>Audit log rows:   %1</source>
        <translation>审计日志条数：%1</translation>
    </message>
    <message>
        <source>File size:        %1</source>
        <translation>文件大小：    %1</translation>
    </message>
    <message>
        <source>Upgraded from an older format; the original was kept as %1</source>
        <translation>已从旧格式升级；原文件保留为 %1</translation>
    </message>
    <message>
        <source>List data resources (code, name, office, grade, sharing, opening), filtered. Filter values are vocabulary codes or labels; several values are separated by commas.</source>
        <translation>按条件列出数据资源（代码、名称、处室、分级、共享、开放）。筛选值可用代码或名称，多个值以逗号分隔。</translation>
    </message>
    <message>
        <source>office name or id (with its sub-offices)</source>
        <translation>处室名称或编号（含下级处室）</translation>
    </message>
    <message>
        <source>office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>grade, e.g. important or 重要数据</source>
        <translation>分级，如 important 或 重要数据</translation>
    </message>
    <message>
        <source>values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>sharing type, e.g. 2 or 有条件共享</source>
        <translation>共享类型，如 2 或 有条件共享</translation>
    </message>
    <message>
        <source>opening type</source>
        <translation>开放类型</translation>
    </message>
    <message>
        <source>update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>resource format</source>
        <translation>资源格式</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>only resources matching this text</source>
        <translation>仅列出与该文本匹配的数据资源</translation>
    </message>
    <message>
        <source>at most N resources</source>
        <translation>最多 N 个数据资源</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2.</source>
        <translation>“%1”不是%2的取值。</translation>
    </message>
    <message>
        <source>No office is called “%1”.</source>
        <translation>没有名为“%1”的处室。</translation>
    </message>
    <message>
        <source>Print one data resource, with its information items, as JSON.</source>
        <translation>以 JSON 输出一个数据资源及其信息项。</translation>
    </message>
    <message>
        <source>resource code, uuid or id</source>
        <translation>资源代码、UUID 或编号</translation>
    </message>
    <message>
        <source>No resource has the code, uuid or id “%1”.</source>
        <translation>没有代码、UUID 或编号为“%1”的数据资源。</translation>
    </message>
    <message>
        <source>Find data resources whose name, summary or information items contain the text (several words: all must match).</source>
        <translation>查找名称、摘要或信息项包含该文本的数据资源（多个词须全部匹配）。</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <source>at most N results</source>
        <translation>最多 N 条结果</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) found in %1 ms.</source>
        <translation>
            <numerusform>找到 %n 个数据资源，用时 %1 毫秒。</numerusform></translation>
    </message>
    <message>
        <source>Check the file's integrity and the audit log's hash chain. Exit code 1 when a problem is found.</source>
        <translation>检查文件完整性和审计日志哈希链。发现问题时退出码为 1。</translation>
    </message>
    <message numerus="yes">
        <source>OK: the file is intact and all %n audit rows chain correctly.</source>
        <translation>
            <numerusform>正常：文件完整，全部 %n 条审计记录的哈希链正确。</numerusform></translation>
    </message>
    <message>
        <source>The first broken audit row is %1.</source>
        <translation>第一条被破坏的审计记录是第 %1 行。</translation>
    </message>
    <message>
        <source>create a new, empty catalog</source>
        <translation>新建空目录</translation>
    </message>
    <message>
        <source>write a realistic demo catalog</source>
        <translation>生成示例目录</translation>
    </message>
    <message>
        <source>show department, profile, format and counts</source>
        <translation>显示部门、规范、格式与数量</translation>
    </message>
    <message>
        <source>list data resources, filtered</source>
        <translation>按条件列出数据资源</translation>
    </message>
    <message>
        <source>print one resource with its items as JSON</source>
        <translation>以 JSON 输出单个数据资源及信息项</translation>
    </message>
    <message>
        <source>full-text search of the catalog</source>
        <translation>全文检索目录</translation>
    </message>
    <message>
        <source>check file integrity and the audit chain</source>
        <translation>检查文件完整性与审计链</translation>
    </message>
</context>
</TS>
