<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::CatalogImporter</name>
    <message>
        <source>The offices of the package form a cycle.</source>
        <translation>数据包中的处室上下级关系形成了循环。</translation>
    </message>
    <message>
        <source>Writing resources</source>
        <translation>正在写入数据资源</translation>
    </message>
    <message>
        <source>The import was cancelled; no catalog was created.</source>
        <translation>导入已取消，未创建目录。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation>正在建立索引</translation>
    </message>
</context>
<context>
    <name>sy::CatalogJson</name>
    <message>
        <source>catalog.json is not valid JSON (at byte %1: %2).</source>
        <translation>catalog.json 不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>catalog.json is not a Shuyuan catalog (format &quot;%1&quot;).</source>
        <translation>catalog.json 不是数源目录（格式“%1”）。</translation>
    </message>
    <message>
        <source>catalog.json has format version %1; this Shuyuan reads version %2.</source>
        <translation>catalog.json 的格式版本为 %1，本版数源只能读取版本 %2。</translation>
    </message>
    <message>
        <source>catalog.json: office &quot;%1&quot; has a missing or repeated uuid.</source>
        <translation>catalog.json：处室“%1”的标识缺失或重复。</translation>
    </message>
    <message>
        <source>catalog.json: office &quot;%1&quot; names a parent office that is not in the package.</source>
        <translation>catalog.json：处室“%1”的上级处室不在数据包中。</translation>
    </message>
    <message>
        <source>catalog.json: resource &quot;%1&quot; has a missing or repeated uuid.</source>
        <translation>catalog.json：数据资源“%1”的标识缺失或重复。</translation>
    </message>
    <message>
        <source>catalog.json: resource &quot;%1&quot; belongs to an office that is not in the package.</source>
        <translation>catalog.json：数据资源“%1”所属的处室不在数据包中。</translation>
    </message>
    <message>
        <source>catalog.json: product &quot;%1&quot; belongs to an office that is not in the package.</source>
        <translation>catalog.json：产品“%1”所属的处室不在数据包中。</translation>
    </message>
    <message>
        <source>catalog.json is not valid JSON (%1).</source>
        <translation>catalog.json 不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>not one object</source>
        <translation>不是单个对象</translation>
    </message>
</context>
<context>
    <name>sy::CatalogSnapshot</name>
    <message>
        <source>No catalog is open.</source>
        <translation>没有打开的目录。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sy::CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有结束引号。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported on this system.</source>
        <translation>%1：本系统不支持文本编码 %2。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK/GB18030 text.</source>
        <translation>%1 既不是 UTF-8 文本，也不是 GBK/GB18030 文本。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sy::ExchangeHooks</name>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
</context>
<context>
    <name>sy::FieldCodec</name>
    <message>
        <source>&quot;%1&quot; is not yes or no (是/否).</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2025-03-01).</source>
        <translation>“%1”不是日期（请写成 2025-03-01 的格式）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values of %2.</source>
        <translation>“%1”不是“%2”的可选值之一。</translation>
    </message>
</context>
<context>
    <name>sy::ItemInference</name>
    <message>
        <source>%1 has no visible sheet.</source>
        <translation>%1 没有可见的工作表。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>sy::JsonCursor</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>此处应为“%1”</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层数过多</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>此处应为键名</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>字符串中的转义无效</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>\u 转义无效</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>数字无效</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>意外的结尾</translation>
    </message>
</context>
<context>
    <name>sy::MergeApplier</name>
    <message>
        <source>Cannot write the merge report %1: %2</source>
        <translation>无法写入合并报告 %1：%2</translation>
    </message>
    <message>
        <source>Writing the backup copy</source>
        <translation>正在写入备份副本</translation>
    </message>
    <message>
        <source>The offices of the answer form a cycle; nothing was merged.</source>
        <translation>反馈中的处室上下级关系形成了循环，未进行任何合并。</translation>
    </message>
    <message>
        <source>Merging resources</source>
        <translation>正在合并数据资源</translation>
    </message>
    <message>
        <source>The merge was cancelled; the catalog is unchanged.</source>
        <translation>合并已取消，目录未作任何改动。</translation>
    </message>
    <message>
        <source>The resource “%1” is no longer in the catalog.</source>
        <translation>数据资源“%1”已不在目录中。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>sy::MergePlan</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有修改</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Deleted in the answer</source>
        <translation>反馈中已删除</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>New: %1, identical: %2, changed: %3, conflicts: %4, deleted in the answer: %5, new offices: %6</source>
        <translation>新增：%1，相同：%2，有修改：%3，有冲突：%4，反馈中已删除：%5，新增处室：%6</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个信息项</numerusform>
        </translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>采用反馈</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>保留本目录</translation>
    </message>
</context>
<context>
    <name>sy::MergePlanner</name>
    <message>
        <source>No catalog is open.</source>
        <translation>没有打开的目录。</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>信息项</translation>
    </message>
</context>
<context>
    <name>sy::PackageReader</name>
    <message>
        <source>%1 was refused: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Shuyuan package: manifest.json is missing.</source>
        <translation>%1 不是数源数据包：缺少清单文件 manifest.json。</translation>
    </message>
    <message>
        <source>%1: manifest.json is not valid JSON (%2).</source>
        <translation>%1：清单文件 manifest.json 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Shuyuan package (format &quot;%2&quot;).</source>
        <translation>%1 不是数源数据包（格式“%2”）。</translation>
    </message>
    <message>
        <source>%1 has package format version %2; this Shuyuan reads version %3. Update Shuyuan to import it.</source>
        <translation>%1 的数据包格式版本为 %2，本版数源只能读取版本 %3。请升级数源后再导入。</translation>
    </message>
    <message>
        <source>%1: manifest.json lists no files.</source>
        <translation>%1：清单文件 manifest.json 没有列出任何文件。</translation>
    </message>
    <message>
        <source>%1: manifest.json lists an unsafe path &quot;%2&quot;.</source>
        <translation>%1：清单文件中列出了不安全的路径“%2”。</translation>
    </message>
    <message>
        <source>%1: manifest.json lists &quot;%2&quot; twice.</source>
        <translation>%1：清单文件中“%2”出现了两次。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed in the manifest but missing from the package.</source>
        <translation>%1：清单中列出了“%2”，但数据包中没有该文件。</translation>
    </message>
    <message>
        <source>%1: the manifest gives no SHA-256 for &quot;%2&quot;.</source>
        <translation>%1：清单中没有给出“%2”的 SHA-256 校验值。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 bytes, but the manifest says %4.</source>
        <translation>%1：“%2”有 %3 字节，但清单中记载为 %4 字节。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not match its SHA-256 in the manifest; the package was changed or damaged after it was written.</source>
        <translation>%1：“%2”与清单中的 SHA-256 校验值不符，数据包在生成后被修改或已损坏。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in the package but not in its manifest, so its hash cannot be checked.</source>
        <translation>%1：“%2”在数据包中，但不在清单中，无法校验其完整性。</translation>
    </message>
    <message>
        <source>%1: catalog.json is missing from the package.</source>
        <translation>%1：数据包中缺少 catalog.json。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the attachment &quot;%2&quot; is missing from the package.</source>
        <translation>%1：数据包中缺少附件“%2”。</translation>
    </message>
    <message>
        <source>%1: the attachment &quot;%2&quot; does not match its SHA-256.</source>
        <translation>%1：附件“%2”与其 SHA-256 校验值不符。</translation>
    </message>
</context>
<context>
    <name>sy::PackageWriter</name>
    <message>
        <source>Reading the catalog</source>
        <translation>正在读取目录</translation>
    </message>
    <message>
        <source>No profile is loaded.</source>
        <translation>未加载目录规范。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>正在校验</translation>
    </message>
    <message numerus="yes">
        <source>The catalog has %n error(s); fix them or export a draft.</source>
        <translation>
            <numerusform>目录中有 %n 个错误，请修正后再导出，或导出为草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the registration forms</source>
        <translation>正在生成登记表</translation>
    </message>
    <message>
        <source>Cannot print the form of registration %1: %2</source>
        <translation>无法生成登记 %1 的登记表：%2</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>正在计算校验值</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Writing catalog.json, the tables and dcat.jsonld</source>
        <translation>正在写入 catalog.json、数据表和 dcat.jsonld</translation>
    </message>
</context>
<context>
    <name>sy::ResourceRowReader</name>
    <message>
        <source>catalog.json: resource &quot;%1&quot; has a missing or repeated uuid.</source>
        <translation>catalog.json：数据资源“%1”的标识缺失或重复。</translation>
    </message>
    <message>
        <source>catalog.json is not valid JSON (%1).</source>
        <translation>catalog.json 不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>catalog.json: resource &quot;%1&quot; belongs to an office that is not in the package.</source>
        <translation>catalog.json：数据资源“%1”所属的处室不在数据包中。</translation>
    </message>
</context>
<context>
    <name>sy::SafeZipReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty, not a zip archive.</source>
        <translation>%1 是空文件，不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a zip archive: %2</source>
        <translation>%1 已损坏或不是 zip 压缩包：%2</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged after %2 entries: %3</source>
        <translation>%1 在第 %2 个条目之后被截断或已损坏：%3</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; refused as a possible zip bomb.</source>
        <translation>%1 的条目超过 %2 个，疑为压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an absolute path; refused.</source>
        <translation>条目“%1”使用绝对路径，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; climbs out of the archive with &quot;..&quot;; refused.</source>
        <translation>条目“%1”用“..”指向压缩包以外的位置，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a link; links are refused.</source>
        <translation>条目“%1”是链接，不接受链接，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is not a regular file; refused.</source>
        <translation>条目“%1”不是普通文件，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has no usable name.</source>
        <translation>条目“%1”没有可用的名称。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted; refused.</source>
        <translation>条目“%1”已加密，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; occurs twice; refused.</source>
        <translation>条目“%1”出现了两次，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than %2 MB; refused.</source>
        <translation>条目“%1”超过 %2 MB，已拒绝。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; of %2 is damaged or truncated: %3</source>
        <translation>%2 中的条目“%1”已损坏或被截断：%3</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; refused.</source>
        <translation>%1 解压后超过 %2 MB，已拒绝。</translation>
    </message>
    <message>
        <source>%1 inflates more than %2 times its size at entry &quot;%3&quot;; refused as a zip bomb.</source>
        <translation>%1 在条目“%3”处解压后超过原大小的 %2 倍，疑为压缩炸弹，已拒绝。</translation>
    </message>
</context>
<context>
    <name>sy::SheetImporter</name>
    <message>
        <source>No sheet with recognisable resource or information-item headers was found; map the columns by hand.</source>
        <translation>没有找到表头可识别为数据资源或信息项的工作表，请手工对应各列。</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>缺少必填列“%1”。</translation>
    </message>
    <message>
        <source>No column holds the resource name; the sheet was not read.</source>
        <translation>没有哪一列是信息资源名称，未读取该工作表。</translation>
    </message>
    <message>
        <source>The resource name is empty; the row was left out.</source>
        <translation>信息资源名称为空，此行未导入。</translation>
    </message>
    <message>
        <source>This row repeats a resource of row %1; it was left out.</source>
        <translation>此行与第 %1 行是同一项数据资源，未导入。</translation>
    </message>
    <message>
        <source>The resource code %1 occurs twice in the sheet.</source>
        <translation>信息资源代码 %1 在表中出现了两次。</translation>
    </message>
    <message>
        <source>The information item has no name; the row was left out.</source>
        <translation>信息项没有名称，此行未导入。</translation>
    </message>
    <message>
        <source>No resource &quot;%1&quot; was found in the resource sheet or the catalog; the item was left out.</source>
        <translation>在数据资源表和目录中都找不到数据资源“%1”，此信息项未导入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sy::TableExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sy::XlsxBook</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>工作簿未打开。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>sy::XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook: %2</source>
        <translation>%1 不是可读取的 XLSX 工作簿：%2</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: malformed cell reference &quot;%3&quot;.</source>
        <translation>%1，工作表“%2”：单元格引用“%3”格式错误。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, cell %3: shared string %4 does not exist.</source>
        <translation>%1，工作表“%2”，单元格 %3：共享字符串 %4 不存在。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the XML is damaged at line %3: %4</source>
        <translation>%1，工作表“%2”：XML 在第 %3 行损坏：%4</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (xl/workbook.xml is missing).</source>
        <translation>%1 不是 XLSX 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged.</source>
        <translation>%1：共享字符串已损坏。</translation>
    </message>
    <message>
        <source>%1: the styles are damaged.</source>
        <translation>%1：样式信息已损坏。</translation>
    </message>
    <message>
        <source>%1: xl/workbook.xml is damaged: %2</source>
        <translation>%1：xl/workbook.xml 已损坏：%2</translation>
    </message>
    <message>
        <source>%1: the data of sheet &quot;%2&quot; is missing.</source>
        <translation>%1：缺少工作表“%2”的数据。</translation>
    </message>
</context>
<context>
    <name>sy::ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the zip archive %1: %2</source>
        <translation>无法创建 zip 压缩包 %1：%2</translation>
    </message>
    <message>
        <source>The zip archive is not open.</source>
        <translation>zip 压缩包未打开。</translation>
    </message>
    <message>
        <source>Cannot write entry %1 to %2: %3</source>
        <translation>无法将条目 %1 写入 %2：%3</translation>
    </message>
    <message>
        <source>Cannot finish the zip archive %1: %2</source>
        <translation>无法完成 zip 压缩包 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
</TS>
