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
        <source>Shuyuan (数源) keeps a department&apos;s public data resource catalog and its registrations.</source>
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
    <message>
        <source>To upgrade it, run “shuyuan-cli info %1” or open it in Shuyuan once; the original is kept as a backup next to it.</source>
        <translation>如需升级，请运行“shuyuan-cli info %1”，或在数源中打开一次；原文件会作为备份保存在同一文件夹中。</translation>
    </message>
</context>
<context>
    <name>sy::cli::BenchPackageVerb</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 运行失败：%2</translation>
    </message>
    <message>
        <source>bsdtar and sha256sum are needed for the yardstick.</source>
        <translation>对照基准需要 bsdtar 和 sha256sum。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>  bsdtar -c --format zip: %1 s (%2)</source>
        <translation>  bsdtar -c --format zip：%1 秒（%2）</translation>
    </message>
    <message numerus="yes">
        <source>  sha256sum of %n file(s): %1 s</source>
        <translation>
            <numerusform>  sha256sum 校验 %n 个文件：%1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>  bsdtar -x: %1 s</source>
        <translation>  bsdtar -x：%1 秒</translation>
    </message>
    <message>
        <source>Benchmark of package export and import (issue 5). Times, in one run: opening CATALOG and exporting it to a .sypkg (as a draft, so without validation, with forms); checking and importing that package into a new catalog. The yardstick works on the same files: the package is unpacked into a folder once (not timed), then it times `bsdtar -c --format zip` of those files (bsdtar&apos;s default deflate), `sha256sum` of every file, and `bsdtar -x` of that zip into another folder. Prints each figure, the sums and the ratio (export + import) / yardstick; the target is at most 1.5.</source>
        <translation>数据包导出和导入的性能测试（问题 5）。在一次运行中计时：打开 CATALOG 并导出为 .sypkg（作为草稿，因此不含校验，含登记表）；校验该数据包并导入为新目录。对照基准使用同一批文件：先将数据包解压到文件夹（不计时），再计时 `bsdtar -c --format zip` 打包这些文件（bsdtar 默认的 deflate 压缩）、`sha256sum` 校验每个文件、`bsdtar -x` 将该 zip 解压到另一文件夹。输出各项时间、合计以及倍数（导出 + 导入）/ 对照基准；目标为不超过 1.5。</translation>
    </message>
    <message>
        <source>the catalog to export</source>
        <translation>要导出的目录</translation>
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
        <source>keep the package and the imported catalog</source>
        <translation>保留数据包和导入生成的目录</translation>
    </message>
    <message>
        <source>Opening the catalog</source>
        <translation>正在打开目录</translation>
    </message>
    <message>
        <source>export: %1 s (%2), peak RSS %3</source>
        <translation>导出：%1 秒（%2），内存峰值 %3</translation>
    </message>
    <message>
        <source>Checking and reading the package</source>
        <translation>正在校验并读取数据包</translation>
    </message>
    <message>
        <source>import: %1 s, peak RSS %2</source>
        <translation>导入：%1 秒，内存峰值 %2</translation>
    </message>
    <message>
        <source>yardstick:</source>
        <translation>对照基准：</translation>
    </message>
    <message>
        <source>  yardstick total: %1 s</source>
        <translation>  对照基准合计：%1 秒</translation>
    </message>
    <message>
        <source>export + import: %1 s; ratio %2 (target ≤ 1.5)</source>
        <translation>导出 + 导入：%1 秒；倍数 %2（目标 ≤ 1.5）</translation>
    </message>
    <message>
        <source>benchmark package export and import against bsdtar + sha256sum</source>
        <translation>以 bsdtar + sha256sum 为对照，测试数据包导出和导入的速度</translation>
    </message>
    <message>
        <source>  (not counted: bsdtar -c at Shuyuan&apos;s deflate level 1: %1 s, %2)</source>
        <translation>  （不计入：bsdtar -c 使用数源的 deflate 压缩级别 1：%1 秒，%2）</translation>
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
    <message>
        <source>measure opening and search of this existing catalog only</source>
        <translation>只测量打开和检索这个现有目录</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>  slowest queries: %1</source>
        <translation>  最慢的检索：%1</translation>
    </message>
    <message>
        <source>  Shuyuan&apos;s bulk insert of the same rows: %1 s, %2 rows/s</source>
        <translation>  数源批量写入相同数据：%1 秒，每秒 %2 行</translation>
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
        <source>the department&apos;s unified social credit code</source>
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
            <numerusform>找到 %n 个数据资源，用时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and the audit log&apos;s hash chain. Exit code 1 when a problem is found.</source>
        <translation>检查文件完整性和审计日志哈希链。发现问题时退出码为 1。</translation>
    </message>
    <message numerus="yes">
        <source>OK: the file is intact and all %n audit rows chain correctly.</source>
        <translation>
            <numerusform>正常：文件完整，全部 %n 条审计记录的哈希链正确。</numerusform>
        </translation>
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
    <message>
        <source>the demo&apos;s “today”, YYYY-MM-DD (default: the current date)</source>
        <translation>示例目录的“今天”，格式 YYYY-MM-DD（默认：当前日期）</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>sy::cli::ExchangeVerbs</name>
    <message>
        <source>There is no office “%1” in the catalog.</source>
        <translation>目录中没有处室“%1”。</translation>
    </message>
    <message>
        <source>Write a submission package (.sypkg): manifest, catalog.json, CSV tables with datapackage.json, DCAT, forms and attachments.</source>
        <translation>生成报送数据包（.sypkg）：清单、catalog.json、带 datapackage.json 的 CSV 数据表、DCAT、登记表和附件。</translation>
    </message>
    <message>
        <source>the catalog file</source>
        <translation>目录文件</translation>
    </message>
    <message>
        <source>the package to write (*.sypkg)</source>
        <translation>要生成的数据包（*.sypkg）</translation>
    </message>
    <message>
        <source>export even when validation finds errors (marked as a draft)</source>
        <translation>即使校验发现错误也导出（标注为草稿）</translation>
    </message>
    <message>
        <source>write a survey package for offices</source>
        <translation>为处室生成调查数据包</translation>
    </message>
    <message>
        <source>only this office (name or code); repeatable</source>
        <translation>仅此处室（名称或代码），可重复</translation>
    </message>
    <message>
        <source>office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>only this registration (form number or id); repeatable</source>
        <translation>仅此登记（登记表编号或 ID），可重复</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>leave out the printed forms</source>
        <translation>不含登记表</translation>
    </message>
    <message>
        <source>There is no registration “%1” in the catalog.</source>
        <translation>目录中没有登记“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  ……另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files, %3) in %4 ms.</source>
        <translation>已写入 %1（%2 个文件，%3），用时 %4 毫秒。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>无法读取列对应文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON: %2</source>
        <translation>列对应文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Merged. The catalog as it was before is saved as %1.</source>
        <translation>已合并。合并前的目录已保存为 %1。</translation>
    </message>
    <message>
        <source>Import a package: into a new catalog (an exact copy), or into an existing one (a merge with a backup first).</source>
        <translation>导入数据包：导入为新目录（完全相同的副本），或合并到已有目录（合并前先备份）。</translation>
    </message>
    <message>
        <source>the package (*.sypkg)</source>
        <translation>数据包（*.sypkg）</translation>
    </message>
    <message>
        <source>the catalog to create or merge into</source>
        <translation>要新建或合并到的目录</translation>
    </message>
    <message>
        <source>merge into the existing CATALOG instead of creating it</source>
        <translation>合并到已有的目录，而不是新建</translation>
    </message>
    <message>
        <source>resolve every difference with the package&apos;s value</source>
        <translation>所有差异都采用数据包中的值</translation>
    </message>
    <message>
        <source>resolve conflicts with the catalog&apos;s value</source>
        <translation>冲突一律保留目录中的值</translation>
    </message>
    <message>
        <source>delete resources the package no longer has</source>
        <translation>删除数据包中已没有的数据资源</translation>
    </message>
    <message>
        <source>write the merge report (JSON, with a .txt beside it)</source>
        <translation>写出合并报告（JSON，并在旁边生成 .txt）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>“%1” already exists; use --into to merge into it.</source>
        <translation>“%1”已存在；如要合并到该目录，请使用 --into。</translation>
    </message>
    <message>
        <source>Merge an answer (a package, or a filled XLSX/CSV) into a catalog: new, identical, changed, conflicting and deleted resources, resolved field by field.</source>
        <translation>将反馈（数据包或填好的 XLSX/CSV）合并到目录：区分新增、相同、有修改、有冲突和已删除的数据资源，逐字段处理。</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>the answer (*.sypkg, *.xlsx, *.csv)</source>
        <translation>反馈文件（*.sypkg、*.xlsx、*.csv）</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>只显示将要发生的变化</translation>
    </message>
    <message>
        <source>resolve every difference with the answer&apos;s value</source>
        <translation>所有差异都采用反馈中的值</translation>
    </message>
    <message>
        <source>delete resources the answer no longer has</source>
        <translation>删除反馈中已没有的数据资源</translation>
    </message>
    <message>
        <source>column mapping for spreadsheets (JSON)</source>
        <translation>电子表格的列对应关系（JSON）</translation>
    </message>
    <message>
        <source>when the survey went out (ISO date-time): older local edits are not conflicts</source>
        <translation>调查发出的时间（ISO 日期时间）：在此之前的本地修改不算冲突</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Write a survey template: an XLSX workbook with drop-down lists (OUT.xlsx), or a survey package for offices running Shuyuan (OUT.sypkg).</source>
        <translation>生成调查模板：带下拉列表的 XLSX 工作簿（OUT.xlsx），或供使用数源的处室填报的调查数据包（OUT.sypkg）。</translation>
    </message>
    <message>
        <source>the template to write (*.xlsx or *.sypkg)</source>
        <translation>要生成的模板（*.xlsx 或 *.sypkg）</translation>
    </message>
    <message>
        <source>for this office (name or code); repeatable</source>
        <translation>发给此处室（名称或代码），可重复</translation>
    </message>
    <message>
        <source>do not prefill the offices&apos; current resources</source>
        <translation>不预先填入处室现有的数据资源</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Import resources and information items from a spreadsheet (XLSX or CSV in UTF-8/GBK): dry run with a per-row report, then a merge into the catalog.</source>
        <translation>从电子表格（XLSX，或 UTF-8/GBK 编码的 CSV）导入数据资源和信息项：先试运行并逐行报告问题，再合并到目录。</translation>
    </message>
    <message>
        <source>the spreadsheet (*.xlsx, *.csv)</source>
        <translation>电子表格（*.xlsx、*.csv）</translation>
    </message>
    <message>
        <source>column mapping (JSON: resource_columns / item_columns: header → field key)</source>
        <translation>列对应关系（JSON：resource_columns / item_columns：表头 → 字段键）</translation>
    </message>
    <message>
        <source>only check the rows and show what would change</source>
        <translation>只检查各行并显示将要发生的变化</translation>
    </message>
    <message>
        <source>save the per-row problems (XLSX or CSV)</source>
        <translation>保存逐行问题报告（XLSX 或 CSV）</translation>
    </message>
    <message>
        <source>resolve every difference with the spreadsheet&apos;s value</source>
        <translation>所有差异都采用电子表格中的值</translation>
    </message>
    <message>
        <source>print the column mapping as JSON and stop</source>
        <translation>以 JSON 输出列对应关系后停止</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1，第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>%1 rows read, %2 resources, %3 problems (%4 errors).</source>
        <translation>共读取 %1 行，%2 项数据资源，%3 个问题（其中错误 %4 个）。</translation>
    </message>
    <message>
        <source>Export the catalog, its information items or the ledger (底账) as XLSX or CSV.</source>
        <translation>将目录、信息项或数据资源底账导出为 XLSX 或 CSV。</translation>
    </message>
    <message>
        <source>the file to write (*.xlsx or *.csv)</source>
        <translation>要写入的文件（*.xlsx 或 *.csv）</translation>
    </message>
    <message>
        <source>catalog, items or ledger</source>
        <translation>catalog（目录）、items（信息项）或 ledger（底账）</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>--what must be catalog, items or ledger.</source>
        <translation>--what 只能是 catalog、items 或 ledger。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n rows).</source>
        <translation>
            <numerusform>已写入 %1（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest information items from a sample data file (CSV or XLSX).</source>
        <translation>根据样例数据文件（CSV 或 XLSX）推荐信息项。</translation>
    </message>
    <message>
        <source>the sample data file</source>
        <translation>样例数据文件</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>%1	%2	length %3	empty %4%	%5</source>
        <translation>%1	%2	长度 %3	空值 %4%	%5</translation>
    </message>
    <message>
        <source>write a submission or survey package (.sypkg)</source>
        <translation>生成报送数据包或调查数据包（.sypkg）</translation>
    </message>
    <message>
        <source>import a package into a new catalog, or merge it into one</source>
        <translation>将数据包导入为新目录，或合并到已有目录</translation>
    </message>
    <message>
        <source>merge a survey answer (package, XLSX, CSV); --dry-run shows the plan</source>
        <translation>合并调查反馈（数据包、XLSX、CSV）；--dry-run 只显示合并计划</translation>
    </message>
    <message>
        <source>write a survey template (XLSX) or survey package</source>
        <translation>生成调查模板（XLSX）或调查数据包</translation>
    </message>
    <message>
        <source>import resources and items from XLSX/CSV (--mapping, --dry-run)</source>
        <translation>从 XLSX/CSV 导入数据资源和信息项（--mapping、--dry-run）</translation>
    </message>
    <message>
        <source>export the catalog, items or ledger as XLSX/CSV</source>
        <translation>将目录、信息项或底账导出为 XLSX/CSV</translation>
    </message>
    <message>
        <source>suggest information items from a sample data file</source>
        <translation>根据样例数据文件推荐信息项</translation>
    </message>
    <message>
        <source>print the time of each step</source>
        <translation>输出每个步骤的用时</translation>
    </message>
    <message>
        <source>Created %1 with %2 resources in %3 ms (package checked and read in %4 ms).</source>
        <translation>已创建 %1，含 %2 项数据资源，用时 %3 毫秒（其中检查并读取数据包用时 %4 毫秒）。</translation>
    </message>
</context>
<context>
    <name>sy::cli::RegistrationVerbs</name>
    <message>
        <source>This build of shuyuan-cli cannot draw PDF text (no QGuiApplication).</source>
        <translation>此版本的 shuyuan-cli 无法在 PDF 中绘制文字（缺少 QGuiApplication）。</translation>
    </message>
    <message>
        <source>Creates a draft registration of a resource (by code) and prints its form number and what still blocks it.</source>
        <translation>为指定代码的资源创建登记草稿，并输出登记表编号及尚待解决的问题。</translation>
    </message>
    <message>
        <source>the catalog (*.sycat)</source>
        <translation>目录文件（*.sycat）</translation>
    </message>
    <message>
        <source>resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>1 首次 (default), 2 变更, 3 更正, 4 注销</source>
        <translation>1 首次（默认）、2 变更、3 更正、4 注销</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>reason (required for 注销)</source>
        <translation>原因（注销登记必填）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Unknown registration type “%1”: use 1, 2, 3 or 4.</source>
        <translation>未知的登记类型“%1”：请用 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>No resource has the code “%1”.</source>
        <translation>没有代码为“%1”的资源。</translation>
    </message>
    <message>
        <source>Created registration %1 (%2) for %3 %4.</source>
        <translation>已为 %3 %4 创建登记 %1（%2）。</translation>
    </message>
    <message>
        <source>Moves a registration to another status: ready, submitted, accepted, returned, objection, draft or cancelled.</source>
        <translation>变更登记状态：ready（待提交）、submitted（已提交）、accepted（已登记）、returned（已退回）、objection（异议处理中）、draft（草稿）或 cancelled（已注销）。</translation>
    </message>
    <message>
        <source>form number or registration id</source>
        <translation>登记表编号或登记 ID</translation>
    </message>
    <message>
        <source>the new status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>reason (returned, objection)</source>
        <translation>原因（退回、异议时填写）</translation>
    </message>
    <message>
        <source>No registration has the form number or id “%1”.</source>
        <translation>没有登记表编号或 ID 为“%1”的登记。</translation>
    </message>
    <message>
        <source>Registration %1 is now “%2”.</source>
        <translation>登记 %1 的状态已改为“%2”。</translation>
    </message>
    <message>
        <source>Writes the registration form as an A4 PDF.</source>
        <translation>将登记表输出为 A4 PDF。</translation>
    </message>
    <message>
        <source>the PDF file to write (default: FORM.pdf)</source>
        <translation>要写入的 PDF 文件（默认：登记表编号.pdf）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote form %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>已将登记表 %1（共 %n 页）写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every resource with its registration state (资源底账).</source>
        <translation>列出每个资源及其登记情况（资源底账）。</translation>
    </message>
    <message>
        <source>only resources without an accepted registration</source>
        <translation>只列出尚未完成登记的资源</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 of %2 resources registered.</source>
        <translation>%2 个资源中已登记 %1 个。</translation>
    </message>
    <message>
        <source>Writes the sharing and opening responsibility lists (共享责任清单, 开放责任清单) as PDF and/or XLSX into a directory.</source>
        <translation>将共享责任清单和开放责任清单以 PDF 和/或 XLSX 格式写入目录。</translation>
    </message>
    <message>
        <source>output directory</source>
        <translation>输出目录</translation>
    </message>
    <message>
        <source>sharing, opening or both (default)</source>
        <translation>sharing（共享）、opening（开放）或 both（两者，默认）</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>pdf, xlsx or both (default)</source>
        <translation>pdf、xlsx 或 both（两者，默认）</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Unknown list “%1”: use sharing, opening or both.</source>
        <translation>未知的清单“%1”：请用 sharing、opening 或 both。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, xlsx or both.</source>
        <translation>未知的格式“%1”：请用 pdf、xlsx 或 both。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows, %3 pages) to %4</source>
        <translation>已将%1（%2 行，%3 页）写入 %4</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows) to %3</source>
        <translation>已将%1（%2 行）写入 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) left out of the opening list: classified, not shared, or core/important data opened without conditions.</source>
        <translation>
            <numerusform>有 %n 个资源未列入开放责任清单：涉密、不予共享，或为无条件开放的核心/重要数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>create a registration (登记) of a resource</source>
        <translation>创建资源登记</translation>
    </message>
    <message>
        <source>move a registration through its workflow</source>
        <translation>变更登记状态</translation>
    </message>
    <message>
        <source>write a registration form as A4 PDF</source>
        <translation>将登记表输出为 A4 PDF</translation>
    </message>
    <message>
        <source>list resources with their registration state (资源底账)</source>
        <translation>列出资源及其登记情况（资源底账）</translation>
    </message>
    <message>
        <source>write the sharing and opening responsibility lists (PDF, XLSX)</source>
        <translation>输出共享和开放责任清单（PDF、XLSX）</translation>
    </message>
</context>
<context>
    <name>sy::cli::StatsVerbs</name>
    <message>
        <source>No office has the id, code or name “%1”.</source>
        <translation>没有编号、代码或名称为“%1”的处室。</translation>
    </message>
    <message>
        <source>--top needs a whole number of at least 1, not “%1”.</source>
        <translation>--top 需要不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Print the inventory of a catalog (数据资源底账): key figures and the resources by office, grade, sharing, opening, update cycle, format, status, registration status, quality score and month of creation.</source>
        <translation>输出目录的数据资源底账：主要指标，以及按处室、分级、共享类型、开放类型、更新周期、资源格式、目录状态、登记状态、质量评分和创建月份统计的资源数。</translation>
    </message>
    <message>
        <source>the catalog file</source>
        <translation>目录文件</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>only this office (id, code or name) and its sub-offices</source>
        <translation>仅统计该处室（编号、代码或名称）及其下级处室</translation>
    </message>
    <message>
        <source>office</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>offices shown by name before the rest count as “others” (default 10)</source>
        <translation>按名称列出的处室数，其余处室合并为“其他”（默认 10）</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>skip the quality scores (they validate every resource)</source>
        <translation>不计算质量评分（质量评分需要校验全部资源）</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or json.</source>
        <translation>未知格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <source>Write the inventory report (资源底账报告) of a catalog as an A4 PDF: key figures, charts and the table by office.</source>
        <translation>将目录的资源底账报告输出为 A4 PDF：主要指标、图表和分处室统计表。</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Say where to write the report with --pdf FILE.</source>
        <translation>请用 --pdf FILE 指定报告的保存位置。</translation>
    </message>
    <message>
        <source>This build of shuyuan-cli cannot draw PDF text (no QGuiApplication).</source>
        <translation>此版本的 shuyuan-cli 无法在 PDF 中绘制文字（缺少 QGuiApplication）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the inventory report (%n page(s)) to %1</source>
        <translation>
            <numerusform>资源底账报告（共 %n 页）已写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>inventory figures of a catalog (text or JSON)</source>
        <translation>输出目录的资源底账统计（文本或 JSON）</translation>
    </message>
    <message>
        <source>write the inventory report as PDF</source>
        <translation>将资源底账报告输出为 PDF</translation>
    </message>
</context>
<context>
    <name>sy::cli::ValidateVerb</name>
    <message>
        <source>Checks a catalog against the profile&apos;s rules and the Guangdong rule set and prints every finding. Exit code 1 when there are errors.</source>
        <translation>按目录规范的规则和广东规则集校验目录，并输出发现的全部问题。有错误时退出码为 1。</translation>
    </message>
    <message>
        <source>the catalog (*.sycat)</source>
        <translation>目录文件（*.sycat）</translation>
    </message>
    <message>
        <source>output format: text, json or csv</source>
        <translation>输出格式：text、json 或 csv</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>worker threads (default: one per processor core)</source>
        <translation>工作线程数（默认：每个处理器核心一个）</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>print errors only</source>
        <translation>只输出错误</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json or csv.</source>
        <translation>未知的格式“%1”：请用 text、json 或 csv。</translation>
    </message>
    <message>
        <source> item %1</source>
        <translation> 第 %1 项</translation>
    </message>
    <message>
        <source>%1 resources checked in %2 ms: %3 errors, %4 warnings, %5 notes.</source>
        <translation>已校验 %1 个资源，用时 %2 毫秒：%3 个错误，%4 个警告，%5 个提示。</translation>
    </message>
    <message>
        <source>Quality score %1 (%2).</source>
        <translation>质量得分 %1（%2）。</translation>
    </message>
    <message>
        <source>check a catalog against the rules (text, JSON or CSV; exit 1 on errors)</source>
        <translation>按规则校验目录（文本、JSON 或 CSV；有错误时退出码为 1）</translation>
    </message>
</context>
</TS>
