<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sy::RegistrationService</name>
    <message>
        <source>Overall %1 (%2). %3</source>
        <translation>综合得分 %1（%2）。%3</translation>
    </message>
    <message>
        <source>This object already has an accepted registration (%1). Use a 变更 or 更正 registration to change it.</source>
        <translation>该对象已有登记（%1）：如需修改，请办理变更登记或更正登记。</translation>
    </message>
    <message>
        <source>A 变更, 更正 or 注销 registration needs an accepted 首次 registration of the same object; there is none yet. Register it first.</source>
        <translation>变更、更正或注销登记须以同一对象已完成的首次登记为前提，目前尚无：请先办理首次登记。</translation>
    </message>
    <message>
        <source>The resource to register no longer exists.</source>
        <translation>要登记的资源已不存在。</translation>
    </message>
    <message>
        <source>The product or service to register no longer exists.</source>
        <translation>要登记的产品或服务已不存在。</translation>
    </message>
    <message>
        <source>A registration that is “%1” cannot be changed.</source>
        <translation>状态为“%1”的登记不能修改。</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>该登记已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The registration has %n error(s). Fix them (see the problems panel) before marking it ready.</source>
        <translation>
            <numerusform>该登记有 %n 个错误：请先改正（见问题面板），再标记为待提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>已由 %1 注销</translation>
    </message>
    <message>
        <source>Registration %1 of this object is still in progress (“%2”). Finish it before starting another one.</source>
        <translation>该对象的登记 %1 尚在办理中（“%2”）：请办结后再新建登记。</translation>
    </message>
</context>
<context>
    <name>sy::RegistrationWorkflow</name>
    <message>
        <source>A registration that is “%1” cannot change any more.</source>
        <translation>状态为“%1”的登记不能再变更状态。</translation>
    </message>
    <message>
        <source>A registration that is “%1” cannot become “%2”; it can only become: %3.</source>
        <translation>状态为“%1”的登记不能改为“%2”，只能改为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Changing a registration to “%1” needs a reason. Enter the reason given by the registration body.</source>
        <translation>将登记改为“%1”须说明原因：请填写登记机构给出的原因。</translation>
    </message>
</context>
</TS>
