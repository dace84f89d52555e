<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::ColumnMappingDialog</name>
    <message>
        <source>Match the columns of %1</source>
        <translation>对应 %1 的各列</translation>
    </message>
    <message>
        <source>Each column of the spreadsheet is matched to a field of the catalog by its header. Correct the matches that are wrong; columns set to “(ignore)” are not imported. The choice is remembered for spreadsheets with the same headers.</source>
        <translation>已按表头将电子表格的每一列对应到目录中的字段。请更正对应错误的列；设为“（忽略）”的列不导入。表头相同的电子表格会沿用本次的对应关系。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Column in the spreadsheet</source>
        <translation>电子表格中的列</translation>
    </message>
    <message>
        <source>Field in the catalog</source>
        <translation>目录中的字段</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Resource identifier (uuid)</source>
        <translation>资源标识（UUID）</translation>
    </message>
    <message>
        <source>Resource code (link)</source>
        <translation>信息资源代码（关联）</translation>
    </message>
    <message>
        <source>Resource name (link)</source>
        <translation>信息资源名称（关联）</translation>
    </message>
</context>
<context>
    <name>sy::ExchangeActions</name>
    <message>
        <source>Export Submission &amp;Package…</source>
        <translation>导出报送数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet (XLSX/CSV)…</source>
        <translation>导入电子表格（XLSX/CSV）(&amp;S)…</translation>
    </message>
    <message>
        <source>Survey &amp;Template…</source>
        <translation>调查模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Catalog or &amp;Ledger as Spreadsheet…</source>
        <translation>将目录或底账导出为电子表格(&amp;L)…</translation>
    </message>
    <message>
        <source>Information Items from a Sample &amp;File…</source>
        <translation>从样例数据文件生成信息项(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Submission Package</source>
        <translation>导出报送数据包</translation>
    </message>
    <message>
        <source>Shuyuan package (*.sypkg)</source>
        <translation>数源数据包 (*.sypkg)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>数据包已写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems panel).</source>
        <translation>
            <numerusform>……另有 %n 个（见“问题”面板）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merged. The catalog as it was is saved as %1.</source>
        <translation>已合并。合并前的目录已保存为 %1。</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在检查数据包</translation>
    </message>
    <message>
        <source>New Catalog from the Package</source>
        <translation>用数据包新建目录</translation>
    </message>
    <message>
        <source>Shuyuan catalog (*.sycat)</source>
        <translation>数源目录 (*.sycat)</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Survey Template</source>
        <translation>调查模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>数据资源调查表</translation>
    </message>
    <message>
        <source>Writing the survey template</source>
        <translation>正在生成调查模板</translation>
    </message>
    <message>
        <source>Survey template written: %1</source>
        <translation>调查模板已写入：%1</translation>
    </message>
    <message>
        <source>Catalog (resources and information items)</source>
        <translation>目录（数据资源和信息项）</translation>
    </message>
    <message>
        <source>Information items only</source>
        <translation>仅信息项</translation>
    </message>
    <message>
        <source>Ledger (数据资源底账) with a summary per office</source>
        <translation>数据资源底账（含按处室汇总）</translation>
    </message>
    <message>
        <source>Export as Spreadsheet</source>
        <translation>导出为电子表格</translation>
    </message>
    <message>
        <source>What should the spreadsheet hold?</source>
        <translation>电子表格中包含哪些内容？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Information Items from a Sample File</source>
        <translation>从样例数据文件生成信息项</translation>
    </message>
    <message>
        <source>Select the resource the sample data belongs to first.</source>
        <translation>请先选中样例数据所属的数据资源。</translation>
    </message>
    <message>
        <source>Sample Data File</source>
        <translation>样例数据文件</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx)</source>
        <translation>数据文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Add information items from %1</source>
        <translation>从 %1 添加信息项</translation>
    </message>
    <message>
        <source>Comparing with the catalog</source>
        <translation>正在与目录比对</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>正在读取电子表格</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
</context>
<context>
    <name>sy::ExchangeTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sy::ExportOptionsDialog</name>
    <message>
        <source>Export Submission Package</source>
        <translation>导出报送数据包</translation>
    </message>
    <message>
        <source>Survey Template</source>
        <translation>调查模板</translation>
    </message>
    <message>
        <source>What goes into the package?</source>
        <translation>数据包中包含哪些内容？</translation>
    </message>
    <message>
        <source>Which offices is the survey for? Each office&apos;s current resources are filled in, so the answers update them.</source>
        <translation>向哪些处室发出调查？表中会预先填入各处室现有的数据资源，处室在此基础上修改即可。</translation>
    </message>
    <message>
        <source>The whole catalog</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部处室</translation>
    </message>
    <message>
        <source>Only the offices ticked below</source>
        <translation>仅下面勾选的处室</translation>
    </message>
    <message>
        <source>Export as a draft even if validation finds errors (the package says it is a draft)</source>
        <translation>即使校验发现错误也导出为草稿（数据包会注明为草稿）</translation>
    </message>
    <message>
        <source>Write a survey package (.sypkg) for offices that use Shuyuan, instead of an Excel workbook</source>
        <translation>为使用数源的处室生成调查数据包（.sypkg），而不是 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>sy::ImportProblemsDialog</name>
    <message>
        <source>Check of the Spreadsheet</source>
        <translation>电子表格检查结果</translation>
    </message>
    <message>
        <source>%1 rows read, %2 resources recognised, %3 problems (%4 errors). Rows with errors are left out of the import.</source>
        <translation>共读取 %1 行，识别出 %2 项数据资源，发现 %3 个问题（其中错误 %4 个）。有错误的行不会导入。</translation>
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
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Continue to the Merge</source>
        <translation>继续合并</translation>
    </message>
    <message>
        <source>Save Report as XLSX…</source>
        <translation>将报告保存为 XLSX…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sy::ItemInferenceDialog</name>
    <message>
        <source>Information Items from a Sample File</source>
        <translation>从样例数据文件生成信息项</translation>
    </message>
    <message>
        <source>These information items were read from the sample file. Tick the ones to add to the resource; you can correct them in the item grid afterwards.</source>
        <translation>以下信息项是从样例文件中读出的。请勾选要添加到该数据资源的信息项，之后可在信息项表格中修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空值占比</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>sy::MergeCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
</context>
<context>
    <name>sy::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine (catalog)</source>
        <translation>本目录的值</translation>
    </message>
    <message>
        <source>Theirs (answer)</source>
        <translation>反馈的值</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用反馈</translation>
    </message>
    <message>
        <source>Take theirs for the whole office</source>
        <translation>整个处室都采用反馈</translation>
    </message>
    <message>
        <source>Keep mine for the whole office</source>
        <translation>整个处室都保留本目录</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>（无处室）</translation>
    </message>
    <message>
        <source>New: %1 · identical: %2 · changed: %3 · conflicts: %4 · deleted in the answer: %5 · new offices: %6. A backup copy of the catalog is written before the merge, and Edit ▸ Undo reverts it.</source>
        <translation>新增：%1 · 相同：%2 · 有修改：%3 · 有冲突：%4 · 反馈中已删除：%5 · 新增处室：%6。合并前会先写入目录的备份副本，合并后可用“编辑 ▸ 撤销”还原。</translation>
    </message>
    <message numerus="yes">
        <source>New in the answer: tick “Apply” to add it with its %n information item(s).</source>
        <translation>
            <numerusform>反馈中新增的数据资源：勾选“采用”即连同其 %n 个信息项一并添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical: nothing to do.</source>
        <translation>内容相同，无需处理。</translation>
    </message>
    <message>
        <source>The answer no longer lists this resource: tick “Apply” to delete it from the catalog.</source>
        <translation>反馈中已没有这项数据资源：勾选“采用”即从目录中删除。</translation>
    </message>
    <message>
        <source>Matched by %1. Conflicts (both sides changed) keep the catalog&apos;s value until you choose the answer&apos;s.</source>
        <translation>按 %1 匹配。有冲突的字段（双方都改过）在您选择采用反馈之前保留本目录的值。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个信息项</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Merge Report</source>
        <translation>保存合并报告</translation>
    </message>
    <message>
        <source>Merge report (*.json)</source>
        <translation>合并报告 (*.json)</translation>
    </message>
</context>
</TS>
