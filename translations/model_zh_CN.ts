<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::Profile</name>
    <message>
        <source>unknown member</source>
        <translation>未知成员</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2 at offset %3</source>
        <translation>正则表达式 %1 无效：%2（位置 %3）</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>无法打开元数据规范 %1：%2</translation>
    </message>
    <message>
        <source>Profile %1 refused: %2</source>
        <translation>元数据规范 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (offset %3): %4</source>
        <translation>JSON 语法错误：第 %1 行第 %2 列（偏移 %3）：%4</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>元数据规范必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>duplicate vocabulary id %1 (also vocabularies[%2])</source>
        <translation>代码表标识 %1 重复（另见 vocabularies[%2]）</translation>
    </message>
    <message>
        <source>must not begin or end with blanks</source>
        <translation>首尾不能有空白</translation>
    </message>
    <message>
        <source>duplicate code %1 (also items[%2])</source>
        <translation>代码 %1 重复（另见 items[%2]）</translation>
    </message>
    <message>
        <source>unknown vocabulary %1</source>
        <translation>未知代码表 %1</translation>
    </message>
    <message>
        <source>%1 is not a code of vocabulary %2</source>
        <translation>%1 不是代码表 %2 中的代码</translation>
    </message>
    <message>
        <source>unknown entity %1; expected one of %2</source>
        <translation>未知实体 %1；应为 %2 之一</translation>
    </message>
    <message>
        <source>duplicate entity %1</source>
        <translation>实体 %1 重复</translation>
    </message>
    <message>
        <source>duplicate group %1</source>
        <translation>分组 %1 重复</translation>
    </message>
    <message>
        <source>%1 must consist of lower-case letters, digits and underscores</source>
        <translation>%1 只能由小写字母、数字和下划线组成</translation>
    </message>
    <message>
        <source>duplicate field %1 in entity %2</source>
        <translation>实体 %2 中字段 %1 重复</translation>
    </message>
    <message>
        <source>unknown field type %1; expected one of %2</source>
        <translation>未知字段类型 %1；应为 %2 之一</translation>
    </message>
    <message>
        <source>missing: a field of type %1 needs a vocabulary</source>
        <translation>缺失：%1 类型的字段需要指定代码表</translation>
    </message>
    <message>
        <source>%1 is not a prefixed property name such as &quot;dct:title&quot;</source>
        <translation>%1 不是带前缀的属性名（如 &quot;dct:title&quot;）</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>header %1 is already used by field %2</source>
        <translation>表头 %1 已被字段 %2 使用</translation>
    </message>
    <message>
        <source>entity %1 is missing</source>
        <translation>缺少实体 %1</translation>
    </message>
    <message>
        <source>duplicate rule id %1 (also rules[%2])</source>
        <translation>规则标识 %1 重复（另见 rules[%2]）</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>未知实体 %1</translation>
    </message>
    <message>
        <source>unknown field %1 of entity %2</source>
        <translation>实体 %2 没有字段 %1</translation>
    </message>
    <message>
        <source>unknown rule kind %1; expected one of %2</source>
        <translation>未知规则类型 %1；应为 %2 之一</translation>
    </message>
    <message>
        <source>unknown severity %1; expected error, warning or info</source>
        <translation>未知严重程度 %1；应为 error、warning 或 info</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <source>must be true or false: field %1 is a yes/no field</source>
        <translation>必须是 true 或 false：字段 %1 是“是/否”字段</translation>
    </message>
    <message>
        <source>must be a string or a number</source>
        <translation>必须是字符串或数字</translation>
    </message>
    <message>
        <source>a range rule needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>范围规则需要 &quot;min&quot;、&quot;max&quot; 或两者</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; 大于 &quot;max&quot;</translation>
    </message>
    <message>
        <source>field %1 has no vocabulary</source>
        <translation>字段 %1 没有代码表</translation>
    </message>
    <message>
        <source>unknown checksum %1; expected &quot;uscc&quot; or &quot;org_code&quot;</source>
        <translation>未知校验类型 %1；应为 &quot;uscc&quot; 或 &quot;org_code&quot;</translation>
    </message>
</context>
</TS>
