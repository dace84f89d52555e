<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::BulkWriter</name>
    <message>
        <source>The information item uuid %1 occurs more than once.</source>
        <translation>信息项 UUID %1 重复出现。</translation>
    </message>
    <message>
        <source>Cannot build the indexes: %1</source>
        <translation>无法建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the bulk insert: %1</source>
        <translation>无法准备批量写入：%1</translation>
    </message>
    <message>
        <source>The bulk insert was not started.</source>
        <translation>批量写入尚未开始。</translation>
    </message>
    <message>
        <source>Cannot add the resource “%1”: %2</source>
        <translation>无法添加数据资源“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the information item “%1”: %2</source>
        <translation>无法添加信息项“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>无法更新检索索引：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (with %n information items)</source>
        <translation>
            <numerusform>%1 %2（含 %n 个信息项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::CatalogBackup</name>
    <message>
        <source>No catalog is open.</source>
        <translation>没有打开的目录。</translation>
    </message>
    <message>
        <source>Cannot copy the catalog while a change is being written.</source>
        <translation>正在写入修改，暂时无法复制目录。</translation>
    </message>
    <message>
        <source>Cannot write "%1": the folder does not exist.</source>
        <translation>无法写入“%1”：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to "%1": %2</source>
        <translation>无法将目录复制到“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot replace "%1": the file is read-only or in use.</source>
        <translation>无法替换“%1”：文件只读或正被使用。</translation>
    </message>
    <message>
        <source>Cannot write "%1".</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>sy::CatalogStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>“%1”已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create the catalog: %1</source>
        <translation>无法创建目录文件：%1</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Shuyuan catalog.</source>
        <translation>“%1”是 SQLite 数据库，但不是数源目录文件。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Shuyuan (catalog format %2; this version reads up to %3). Update Shuyuan to open it.</source>
        <translation>“%1”由更新版本的数源写入（目录格式 %2，本版本最高支持 %3）。请更新数源后再打开。</translation>
    </message>
    <message>
        <source>“%1” is not a Shuyuan catalog (no catalog format version).</source>
        <translation>“%1”不是数源目录文件（没有目录格式版本）。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than its own header says (%2 of %3 bytes). Restore it from a backup.</source>
        <translation>“%1”已损坏：文件比其文件头声明的短（%2 / %3 字节）。请从备份恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>“%1”已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1” before upgrading the catalog: %2</source>
        <translation>升级目录前无法写入备份“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” must be opened once for editing to upgrade it to the current format.</source>
        <translation>“%1”需要先以编辑方式打开一次，升级到当前格式。</translation>
    </message>
    <message>
        <source>Cannot upgrade the catalog to format %1: %2</source>
        <translation>无法将目录升级到格式 %1：%2</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>没有打开的目录。</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性检查失败：%1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2</source>
        <translation>表 %1 第 %2 行的引用无效</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log was altered: row %1 (%2 %3, field “%4”, %5) does not match its hash chain.</source>
        <translation>审计日志被篡改：第 %1 行（%2 %3，字段“%4”，%5）与哈希链不符。</translation>
    </message>
    <message>
        <source>Cannot save the catalog details: %1</source>
        <translation>无法保存目录信息：%1</translation>
    </message>
    <message>
        <source>An office needs a name.</source>
        <translation>处室必须有名称。</translation>
    </message>
    <message>
        <source>Cannot add the office “%1”: %2</source>
        <translation>无法添加处室“%1”：%2</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>该处室已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the office “%1”: %2</source>
        <translation>无法保存处室“%1”：%2</translation>
    </message>
    <message>
        <source>The office “%1” still has %2 resources and %3 sub-offices; move or delete them first.</source>
        <translation>处室“%1”下还有 %2 个数据资源和 %3 个下级处室，请先移走或删除。</translation>
    </message>
    <message>
        <source>Cannot delete the office: %1</source>
        <translation>无法删除处室：%1</translation>
    </message>
    <message>
        <source>Cannot add the resource “%1”: %2</source>
        <translation>无法添加数据资源“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>无法更新检索索引：%1</translation>
    </message>
    <message>
        <source>The resource no longer exists.</source>
        <translation>该数据资源已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the resource “%1”: %2</source>
        <translation>无法保存数据资源“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete the resource: %1</source>
        <translation>无法删除数据资源：%1</translation>
    </message>
    <message>
        <source>Cannot save the information items: %1</source>
        <translation>无法保存信息项：%1</translation>
    </message>
    <message>
        <source>Cannot add the product “%1”: %2</source>
        <translation>无法添加数据产品“%1”：%2</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该数据产品已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the product “%1”: %2</source>
        <translation>无法保存数据产品“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete the product: %1</source>
        <translation>无法删除数据产品：%1</translation>
    </message>
    <message>
        <source>Cannot add the registration: %1</source>
        <translation>无法添加登记：%1</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>该登记已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the registration: %1</source>
        <translation>无法保存登记：%1</translation>
    </message>
    <message>
        <source>Cannot delete the registration: %1</source>
        <translation>无法删除登记：%1</translation>
    </message>
    <message>
        <source>Cannot store the attachment “%1”: %2</source>
        <translation>无法保存附件“%1”：%2</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
</context>
<context>
    <name>sy::ExchangeQueries</name>
    <message>
        <source>Cannot read the information items: %1</source>
        <translation>无法读取信息项：%1</translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>Cannot set the catalog's dates: %1</source>
        <translation>无法设置目录的日期：%1</translation>
    </message>
    <message>
        <source>Cannot set the registration's date: %1</source>
        <translation>无法设置登记的日期：%1</translation>
    </message>
    <message>
        <source>Cannot set the page cache: %1</source>
        <translation>无法设置页面缓存：%1</translation>
    </message>
</context>
<context>
    <name>sy::FileHeader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Shuyuan catalog.</source>
        <translation>“%1”是空文件，不是数源目录文件。</translation>
    </message>
    <message>
        <source>“%1” is not a Shuyuan catalog (not an SQLite database file).</source>
        <translation>“%1”不是数源目录文件（不是 SQLite 数据库文件）。</translation>
    </message>
</context>
<context>
    <name>sy::RegistrationQueries</name>
    <message>
        <source>Cannot read the registration ledger: %1</source>
        <translation>无法读取登记台账：%1</translation>
    </message>
    <message>
        <source>Cannot read registrations: %1</source>
        <translation>无法读取登记：%1</translation>
    </message>
</context>
<context>
    <name>sy::StatsQueries</name>
    <message>
        <source>Statistics query failed: %1</source>
        <translation>统计查询失败：%1</translation>
    </message>
    <message>
        <source>Cannot group resources by '%1'.</source>
        <translation>无法按“%1”对数据资源分组。</translation>
    </message>
</context>
<context>
    <name>sy::ValidationQueries</name>
    <message>
        <source>Validation query failed (%1): %2</source>
        <translation>校验查询失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>sy::SearchIndexBuilder</name>
    <message>
        <source>Cannot build the search index: %1</source>
        <translation>无法建立全文检索索引：%1</translation>
    </message>
</context>
</TS>
