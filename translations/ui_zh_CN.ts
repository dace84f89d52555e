<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>"%1" will be set for %n selected resource(s). Edit &gt; Undo takes it back in one step.</source>
        <translation>
            <numerusform>将为选中的 %n 项资源设置“%1”。可用“编辑 &gt; 撤销”一步撤回。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::CatalogDocument</name>
    <message>
        <source>No catalog is open.</source>
        <translation>没有打开的目录。</translation>
    </message>
    <message>
        <source>Choose another file name: "%1" is the open catalog itself.</source>
        <translation>请换一个文件名：“%1”就是当前打开的目录。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Resource %1 does not exist.</source>
        <translation>资源 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n resource(s)</source>
        <translation>
            <numerusform>设置 %n 项资源的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>新增资源</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate resource</source>
        <translation>复制资源</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>删除 %n 项资源</numerusform>
        </translation>
    </message>
    <message>
        <source>Add office</source>
        <translation>新增处室</translation>
    </message>
    <message>
        <source>Rename office</source>
        <translation>重命名处室</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>删除处室</translation>
    </message>
    <message>
        <source>The resource to change no longer exists.</source>
        <translation>要修改的资源已不存在。</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>该处室已不存在。</translation>
    </message>
    <message>
        <source>Edit catalog properties</source>
        <translation>修改目录属性</translation>
    </message>
    <message>
        <source>The catalog file is still being checked for damage; you can edit it in a moment.</source>
        <translation>正在检查目录文件是否损坏，稍候即可编辑。</translation>
    </message>
</context>
<context>
    <name>sy::FieldWidget</name>
    <message>
        <source>18 characters, e.g. 11440000006939818K</source>
        <translation>18 位，例如 11440000006939818K</translation>
    </message>
    <message>
        <source>Several codes, separated by commas</source>
        <translation>多个代码，用逗号分隔</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
</context>
<context>
    <name>sy::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>区分大小写(&amp;M)</translation>
    </message>
    <message>
        <source>In &amp;field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>替换为(&amp;R)：</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>替换前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>替换后</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected resource(s) will change.</source>
        <translation>
            <numerusform>选中的 %1 项资源中有 %n 项将被修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::GuiStartup</name>
    <message>
        <source>Compiles a department's public data resource catalog.</source>
        <translation>编制部门的公共数据资源目录。</translation>
    </message>
    <message>
        <source>The catalog file (.sycat) to open.</source>
        <translation>要打开的目录文件（.sycat）。</translation>
    </message>
    <message>
        <source>Language of the program: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Render the main window to an image file and exit.</source>
        <translation>把主窗口渲染为图片文件后退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation>--screenshot 的窗口尺寸（默认 1440x900）。</translation>
    </message>
    <message>
        <source>For --screenshot: select the first resource and show the editor tab of this field (e.g. items).</source>
        <translation>用于 --screenshot：选中第一项资源，并显示该字段所在的编辑页（如 items）。</translation>
    </message>
    <message>
        <source>Give at most one catalog file.</source>
        <translation>最多只能指定一个目录文件。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Bad --size "%1": use WIDTHxHEIGHT, e.g. 1440x900.</source>
        <translation>--size“%1”无效：请写成 宽x高，例如 1440x900。</translation>
    </message>
    <message>
        <source>For --screenshot: show this central page (its object name, e.g. dashboardPage).</source>
        <translation>用于 --screenshot：显示此中央页面（对象名，例如 dashboardPage）。</translation>
    </message>
</context>
<context>
    <name>sy::InfoItemModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Edit information item</source>
        <translation>修改信息项</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>新信息项 %1</translation>
    </message>
    <message>
        <source>Add information item</source>
        <translation>新增信息项</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n information item(s)</source>
        <translation>
            <numerusform>删除 %n 个信息项</numerusform>
        </translation>
    </message>
    <message>
        <source>Move information item</source>
        <translation>移动信息项</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n information item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个信息项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::MainWindow</name>
    <message>
        <source>Shuyuan catalogs (*.sycat);;All files (*)</source>
        <translation>数源目录文件 (*.sycat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Add Office</source>
        <translation>新增处室</translation>
    </message>
    <message>
        <source>Name of the internal office (内设机构):</source>
        <translation>内设机构（处室）名称：</translation>
    </message>
    <message>
        <source>Delete Office</source>
        <translation>删除处室</translation>
    </message>
    <message>
        <source>About Shuyuan</source>
        <translation>关于数源</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shuyuan %1&lt;/h3&gt;&lt;p&gt;Compiles a department's public data resource catalog, registers resources, products and services, and exports submission packages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数源 %1&lt;/h3&gt;&lt;p&gt;编制部门公共数据资源目录，登记数据资源、数据产品和服务，导出报送数据包。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>新建目录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close Catalog</source>
        <translation>关闭目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>批量修改(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;New Resource</source>
        <translation>新增资源(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Resource</source>
        <translation>复制资源(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation>删除资源(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;Office…</source>
        <translation>新增处室(&amp;O)…</translation>
    </message>
    <message>
        <source>Delete O&amp;ffice</source>
        <translation>删除处室(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Shuyuan</source>
        <translation>关于数源(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the search, the filters and the office selection</source>
        <translation>清除搜索、筛选条件和处室选择</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search names, summaries and information items…</source>
        <translation>搜索资源名称、摘要和信息项…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shuyuan 数源&lt;/h2&gt;&lt;p&gt;Create a catalog for your department, or open one you or a colleague made.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;数源 Shuyuan&lt;/h2&gt;&lt;p&gt;为本部门新建一个目录，或打开您或同事编制的目录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Catalog…</source>
        <translation>新建目录…</translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation>打开目录…</translation>
    </message>
    <message>
        <source>Shuyuan</source>
        <translation>数源</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>The table shows a selection made elsewhere (e.g. the dashboard). Show All clears it.</source>
        <translation>表格显示的是在别处（如资源底账）选定的资源。点击“显示全部”可清除。</translation>
    </message>
    <message>
        <source>No catalog open</source>
        <translation>未打开目录</translation>
    </message>
    <message>
        <source>%L1 of %L2 resources shown</source>
        <translation>显示 %L1 项 / 共 %L2 项资源</translation>
    </message>
    <message>
        <source>%L1 selected</source>
        <translation>已选 %L1 项</translation>
    </message>
    <message>
        <source>%L1 offices</source>
        <translation>%L1 个处室</translation>
    </message>
    <message>
        <source>Cannot open catalog</source>
        <translation>无法打开目录</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot create catalog</source>
        <translation>无法新建目录</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已新建 %1</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>%1 copy.sycat</source>
        <translation>%1 副本.sycat</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1; you are still working in %2</source>
        <translation>副本已保存到 %1；您仍在编辑 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新资源</translation>
    </message>
    <message>
        <source>Delete the resource "%1" and its information items?</source>
        <translation>删除资源“%1”及其信息项？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resources and their information items?</source>
        <translation>
            <numerusform>删除这 %n 项资源及其信息项？</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>删除资源</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n resource(s)</source>
        <translation>
            <numerusform>已修改 %n 项资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n resource(s)</source>
        <translation>
            <numerusform>在 %n 项资源中替换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n resource(s)</source>
        <translation>
            <numerusform>已在 %n 项资源中替换</numerusform>
        </translation>
    </message>
    <message>
        <source>Results appear as you type from the second character; press Enter to search for a single character (Ctrl+F)</source>
        <translation>输入两个字起边输入边显示结果；只搜一个字请按回车（Ctrl+F）</translation>
    </message>
    <message>
        <source>File checked: no damage found. You can edit now.</source>
        <translation>文件检查完毕，未发现损坏，现在可以编辑。</translation>
    </message>
    <message>
        <source>The catalog file is damaged</source>
        <translation>目录文件已损坏</translation>
    </message>
    <message>
        <source>Opened %1; checking the file for damage, edits wait until it is done…</source>
        <translation>已打开 %1；正在检查文件是否损坏，检查完成后才能编辑…</translation>
    </message>
</context>
<context>
    <name>sy::NewCatalogDialog</name>
    <message>
        <source>New Catalog</source>
        <translation>新建目录</translation>
    </message>
    <message>
        <source>A catalog file holds one department's public data resource catalog. Every change is saved at once.</source>
        <translation>一个目录文件保存一个部门的公共数据资源目录。每处修改都会立即保存。</translation>
    </message>
    <message>
        <source>e.g. Guangdong Provincial Administration for Market Regulation</source>
        <translation>例如：广东省市场监督管理局</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门名称(&amp;D)：</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>The department's unified social credit code (GB 32100)</source>
        <translation>部门的统一社会信用代码（GB 32100）</translation>
    </message>
    <message>
        <source>Unified social credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>行政区划(&amp;R)：</translation>
    </message>
    <message>
        <source>Catalog &amp;name:</source>
        <translation>目录名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 Public Data Resource Catalog</source>
        <translation>%1公共数据资源目录</translation>
    </message>
    <message>
        <source>Shuyuan catalogs (*.sycat)</source>
        <translation>数源目录文件 (*.sycat)</translation>
    </message>
    <message>
        <source>Enter the department's name.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>Enter the department's unified social credit code.</source>
        <translation>请填写部门的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The unified social credit code has %1 characters; it needs 18.</source>
        <translation>统一社会信用代码现有 %1 位，应为 18 位。</translation>
    </message>
    <message>
        <source>The unified social credit code contains characters that are not allowed.</source>
        <translation>统一社会信用代码含有不允许的字符。</translation>
    </message>
    <message>
        <source>The unified social credit code's last character should be %1: check for a typo.</source>
        <translation>统一社会信用代码最后一位（校验码）应为 %1，请检查是否输错。</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>请选择行政区划。</translation>
    </message>
    <message>
        <source>Enter the catalog's name.</source>
        <translation>请填写目录名称。</translation>
    </message>
    <message>
        <source>Choose the file to create.</source>
        <translation>请选择要创建的文件。</translation>
    </message>
    <message>
        <source>"%1" already exists: choose another file name.</source>
        <translation>“%1”已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
</context>
<context>
    <name>sy::OfficeTreeModel</name>
    <message>
        <source>All resources</source>
        <translation>全部资源</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>未指定处室</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
</context>
<context>
    <name>sy::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Your name, as written in the change log</source>
        <translation>您的姓名，将写入修改记录</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the catalog's audit log with this name.</source>
        <translation>您所做的每处修改都会以此姓名记入目录的审计日志。</translation>
    </message>
</context>
<context>
    <name>sy::ResourceEditor</name>
    <message>
        <source>Information items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add an information item after the current one (Ins)</source>
        <translation>在当前信息项之后新增一项（Ins）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected information items (Del)</source>
        <translation>删除选中的信息项（Del）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the information item up (Ctrl+Up)</source>
        <translation>上移信息项（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the information item down (Ctrl+Down)</source>
        <translation>下移信息项（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Paste from Excel/WPS</source>
        <translation>从 Excel/WPS 粘贴</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: one item per row, columns in the grid's order, or with a header row naming the columns (Ctrl+V)</source>
        <translation>粘贴从表格软件复制的行：每行一个信息项，列按本表顺序排列，或带一行列名表头（Ctrl+V）</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it</source>
        <translation>双击单元格即可编辑</translation>
    </message>
    <message>
        <source>&lt;i&gt;No resource selected&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择资源&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n information item(s)</source>
        <translation>
            <numerusform>%n 个信息项</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste</source>
        <translation>剪贴板中没有可粘贴的行</translation>
    </message>
</context>
<context>
    <name>sy::ResourceTableModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>信息项数</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所属处室</translation>
    </message>
</context>
</TS>
