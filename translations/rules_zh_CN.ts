<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::Finding</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>sy::QualityScore</name>
    <message>
        <source>Completeness %1: %2 of %3 expected fields filled.</source>
        <translation>完整性 %1：应填的 %3 项中已填 %2 项。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Conformity %1: %2 of %3 rule checks passed.</source>
        <translation>规范性 %1：%3 次规则检查中通过 %2 次。</translation>
    </message>
    <message>
        <source>Consistency %1: %2 of %3 cross-field and cross-resource checks passed.</source>
        <translation>一致性 %1：%3 次字段间及资源间检查中通过 %2 次。</translation>
    </message>
    <message>
        <source>Timeliness —: the update cycle is irregular or not given, so it is not scored.</source>
        <translation>时效性 —：更新周期为不定时或未填写，不参与评分。</translation>
    </message>
    <message>
        <source>Timeliness %1: %2</source>
        <translation>时效性 %1：%2</translation>
    </message>
    <message>
        <source>Timeliness %1: %2 resources with a regular update cycle evaluated.</source>
        <translation>时效性 %1：已评价 %2 个有固定更新周期的资源。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
</context>
<context>
    <name>sy::RuleEngine</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is empty. Fill in %1.</source>
        <translation>“%1”未填写：请填写%1。</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 allowed. Shorten it.</source>
        <translation>“%1”有 %2 个字符，超过允许的 %3 个：请精简。</translation>
    </message>
    <message>
        <source>%1 “%2” does not have the required format. Correct it.</source>
        <translation>%1“%2”格式不正确：请按要求修改。</translation>
    </message>
    <message>
        <source>%1 “%2” does not have the required format (%3). Correct it.</source>
        <translation>%1“%2”格式不正确（%3）：请按要求修改。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a value of the list “%3”. Choose a value from the list.</source>
        <translation>%1“%2”不在代码表“%3”中：请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a valid date. Enter it as YYYY-MM-DD, e.g. 2025-03-01.</source>
        <translation>%1“%2”不是有效日期：请按 YYYY-MM-DD 填写，例如 2025-03-01。</translation>
    </message>
    <message>
        <source>%1 %2 lies in the future. Enter the date on which it actually happened.</source>
        <translation>%1 %2 晚于今天：请填写实际发生的日期。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known GB/T 2260 administrative division code. Enter the six-digit code, e.g. 440100 for 广州市.</source>
        <translation>%1“%2”不是已知的 GB/T 2260 行政区划代码：请填写6位代码，例如广州市为 440100。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a non-negative whole number. Enter a number such as 1200.</source>
        <translation>%1“%2”不是非负整数：请填写数字，例如 1200。</translation>
    </message>
    <message>
        <source>%1 is empty: it is required when %2 is “%3”. Fill in %1.</source>
        <translation>“%1”未填写：%2为“%3”时必须填写%1。</translation>
    </message>
    <message>
        <source>%1 must not be “%2” when %3 is “%4”. Choose another value.</source>
        <translation>%3为“%4”时，%1不能为“%2”：请改选其他值。</translation>
    </message>
    <message>
        <source>%1 is %2, outside the allowed range %3 to %4. Enter a value in range.</source>
        <translation>%1为 %2，超出允许范围 %3 至 %4：请填写范围内的值。</translation>
    </message>
    <message>
        <source>%1 “%2” fails the GB 11714 check digit. Check the organisation code against the certificate.</source>
        <translation>%1“%2”未通过 GB 11714 校验位检查：请对照证书核对组织机构代码。</translation>
    </message>
    <message>
        <source>%1 “%2” has %3 characters; a unified social credit code has 18. Copy it again from the registration certificate.</source>
        <translation>%1“%2”为 %3 位，统一社会信用代码应为18位：请对照登记证书重新录入。</translation>
    </message>
    <message>
        <source>%1 “%2” contains characters a unified social credit code cannot have (I, O, S, V, Z, lower case, or letters in the region part). Copy it again from the registration certificate.</source>
        <translation>%1“%2”含有统一社会信用代码不允许的字符（I、O、S、V、Z、小写字母，或行政区划码部分含字母）：请对照登记证书重新录入。</translation>
    </message>
    <message>
        <source>%1 “%2” fails the GB 32100 check character (the 18th character should be “%3”). A character was probably mistyped: check the code against the registration certificate.</source>
        <translation>%1“%2”未通过 GB 32100 校验（第18位应为“%3”），可能有字符录入错误：请对照登记证书核对。</translation>
    </message>
    <message>
        <source>%1 “%2” passes the GB 32100 check but its embedded organisation code fails the GB 11714 check digit (the 17th character should be “%3”). Confirm the code with the registration authority.</source>
        <translation>%1“%2”通过 GB 32100 校验，但其中的组织机构代码未通过 GB 11714 校验位检查（第17位应为“%3”）：请向登记机关核实。</translation>
    </message>
    <message>
        <source>a character item needs its maximum length (1 to 65535)</source>
        <translation>字符型信息项须填写最大长度（1至65535）</translation>
    </message>
    <message>
        <source>a character item holds at most 65535 characters</source>
        <translation>字符型信息项最多 65535 个字符</translation>
    </message>
    <message>
        <source>a number has at most 38 digits</source>
        <translation>数值最多 38 位</translation>
    </message>
    <message>
        <source>an integer has at most 20 digits</source>
        <translation>整数最多 20 位</translation>
    </message>
    <message>
        <source>a date takes 8 (YYYYMMDD) or 10 (YYYY-MM-DD) characters</source>
        <translation>日期为8位（YYYYMMDD）或10位（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a date-time takes 14 to 19 characters</source>
        <translation>日期时间为14至19位</translation>
    </message>
    <message>
        <source>a logical value takes 1 character</source>
        <translation>逻辑型为1位</translation>
    </message>
    <message>
        <source>Information item “%1”: length %2 does not fit its data type “%3”: %4. Correct the length or the data type.</source>
        <translation>信息项“%1”的数据长度 %2 与数据类型“%3”不符：%4。请修改数据长度或数据类型。</translation>
    </message>
    <message>
        <source>Information item “%1” is marked classified (涉密) but the resource is open to the public. Remove the item from the resource or set opening to “不予开放”.</source>
        <translation>信息项“%1”标为涉密，但所属资源向社会开放：请从资源中移除该信息项，或将开放类型改为“不予开放”。</translation>
    </message>
    <message>
        <source>Resource code “%1” does not have the form classification/sequence (e.g. 112461465423/000001: a class digit 1–3, at least five more classification digits, “/”, a sequence number). Correct the code.</source>
        <translation>信息资源代码“%1”不符合“分类代码/顺序码”格式（例如 112461465423/000001：第1位为类1–3，其后至少5位分类代码，再接“/”和顺序码）：请修改代码。</translation>
    </message>
    <message>
        <source>Resource code “%1” does not begin with its classification code “%2”. The part before “/” must be the classification.</source>
        <translation>信息资源代码“%1”未以其分类代码“%2”开头：“/”前的部分必须是信息资源分类代码。</translation>
    </message>
    <message>
        <source>%1 is empty: when the sharing type is “有条件共享” the conditions must be stated (who may use the data, for what, how to apply). Fill in %1.</source>
        <translation>“%1”未填写：共享类型为“有条件共享”时必须说明共享条件（谁可使用、用于何种用途、如何申请）。请填写%1。</translation>
    </message>
    <message>
        <source>%1 is empty: a resource that is not shared (不予共享) must cite the law, regulation or policy that forbids sharing it. Fill in %1.</source>
        <translation>“%1”未填写：“不予共享”的资源必须写明不予共享所依据的法律、法规或政策文件。请填写%1。</translation>
    </message>
    <message>
        <source>%1 is “%2” but the resource is not shared (不予共享): data that is not shared between departments cannot be opened to the public. Set %1 to “不予开放”.</source>
        <translation>%1为“%2”，但该资源“不予共享”：部门间不共享的数据不能向社会开放。请将%1改为“不予开放”。</translation>
    </message>
    <message>
        <source>%1 is empty: when the opening type is “有条件开放” the conditions of access must be stated. Fill in %1.</source>
        <translation>“%1”未填写：开放类型为“有条件开放”时必须写明开放条件。请填写%1。</translation>
    </message>
    <message>
        <source>The resource is classified (涉密) but %1 is “%2”: classified data is never opened to the public. Set %1 to “不予开放”, or clear 涉密 after a secrecy review (保密审查).</source>
        <translation>该资源为涉密资源，但%1为“%2”：涉密数据一律不得向社会开放。请将%1改为“不予开放”，或经保密审查后取消涉密属性。</translation>
    </message>
    <message>
        <source>The resource is graded “%1” but %2 is “无条件开放”: core and important data (GB/T 43697) may not be opened without conditions. Set %2 to “有条件开放” or “不予开放”.</source>
        <translation>该资源分级为“%1”，但%2为“无条件开放”：核心数据和重要数据（GB/T 43697）不得无条件开放。请将%2改为“有条件开放”或“不予开放”。</translation>
    </message>
    <message>
        <source>The resource has no information items. Add at least one item (信息项) that describes a field of the data.</source>
        <translation>该资源没有信息项：请至少添加一个描述数据字段的信息项。</translation>
    </message>
    <message>
        <source>Information item name “%1” appears twice in this resource (items %2 and %3). Rename or remove one of them.</source>
        <translation>信息项名称“%1”在本资源中重复（第 %2 项和第 %3 项）：请重命名或删除其中一项。</translation>
    </message>
    <message>
        <source>Related resource code “%1” is not a resource code (classification/sequence). Correct it or remove it.</source>
        <translation>关联资源代码“%1”不是有效的信息资源代码（分类代码/顺序码）：请修改或删除。</translation>
    </message>
    <message>
        <source>the last update date is not given, so the update cycle “%1” cannot be confirmed.</source>
        <translation>未填写最近更新日期，无法确认是否按“%1”更新。</translation>
    </message>
    <message>
        <source>last updated %1 (%2 days ago), within the update cycle “%3”.</source>
        <translation>最近更新于 %1（%2 天前），符合更新周期“%3”。</translation>
    </message>
    <message>
        <source>last updated %1 (%2 days ago), later than the update cycle “%3” allows.</source>
        <translation>最近更新于 %1（%2 天前），已超出更新周期“%3”。</translation>
    </message>
    <message>
        <source>The data was last updated on %1, %2 days ago, but the update cycle is “%3”. Update the data and the date, or correct the update cycle.</source>
        <translation>数据最近更新于 %1，已有 %2 天，而更新周期为“%3”：请更新数据及更新日期，或更正更新周期。</translation>
    </message>
    <message>
        <source>Resource code “%1” is used by %2 resources. Every resource needs its own code: give this one (“%3”) the next free sequence number.</source>
        <translation>信息资源代码“%1”被 %2 个资源使用：每个资源须有唯一代码，请为本资源（“%3”）改用下一个未使用的顺序码。</translation>
    </message>
    <message>
        <source>Related resource code “%1” does not exist in this catalog. Correct the code or remove it from the related resources.</source>
        <translation>关联资源代码“%1”在本目录中不存在：请更正代码，或从关联资源中删除。</translation>
    </message>
    <message>
        <source>一数一源: information item “%1” is offered as the authoritative source by both “%2” and “%3” (resource %4). Agree which office is the source and clear “authoritative” on the other.</source>
        <translation>一数一源：信息项“%1”同时被“%2”和“%3”（资源 %4）标为权威来源。请协商确定唯一的数源处室，并取消另一方的“权威来源”标记。</translation>
    </message>
</context>
</TS>
