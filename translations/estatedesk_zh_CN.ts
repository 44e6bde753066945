<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>EstateDesk</source>
        <translation>物业服务台</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>办公室服务器</translation>
    </message>
    <message>
        <source>%1

Password of %2:</source>
        <translation>%1

%2 的密码：</translation>
    </message>
</context>
<context>
    <name>ArrearsExport</name>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费清单</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n bill(s)</source>
        <translation>
            <numerusform>合计：%n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bill(s) in arrears</source>
        <translation>
            <numerusform>%1：欠费 %n 笔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrearsImport</name>
    <message>
        <source>The arrears ledger is empty; the first row must name the columns.</source>
        <translation>欠费台账为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>house (房号)</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>item (收费项目)</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>period (所属期间)</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>amount due (应收)</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>The arrears ledger has no column for %1. The first row must name the columns, e.g. 房号,收费项目,所属期间,应收,已收,截止日期 or house,item,period,amount,paid,due_date.</source>
        <translation>欠费台账缺少“%1”列。第一行必须是列名，例如 房号,收费项目,所属期间,应收,已收,截止日期 或 house,item,period,amount,paid,due_date。</translation>
    </message>
    <message>
        <source>House: the house number is missing.</source>
        <translation>房号：缺少房号。</translation>
    </message>
    <message>
        <source>House: &quot;%1&quot; is not a house number like 3-2-1201.</source>
        <translation>房号：“%1”不是 3-2-1201 这样的房号。</translation>
    </message>
    <message>
        <source>House: %1 is not on file; import the house list first.</source>
        <translation>房号：档案中没有 %1；请先导入房屋清单。</translation>
    </message>
    <message>
        <source>Item: the fee item is missing.</source>
        <translation>收费项目：缺少收费项目。</translation>
    </message>
    <message>
        <source>Item: there is no fee item with the code or name &quot;%1&quot;.</source>
        <translation>收费项目：没有编码或名称为“%1”的收费项目。</translation>
    </message>
    <message>
        <source>Period: the period is missing.</source>
        <translation>所属期间：缺少所属期间。</translation>
    </message>
    <message>
        <source>Period: &quot;%1&quot; is not a period like 2026-07, 2026Q3, 2026H1 or 2026.</source>
        <translation>所属期间：“%1”不是 2026-07、2026Q3、2026H1 或 2026 这样的期间。</translation>
    </message>
    <message>
        <source>Period: %1 is not a period of %2, which is billed %3.</source>
        <translation>所属期间：%1 不是 %2 的期间，该项目%3收费。</translation>
    </message>
    <message>
        <source>Amount due: the amount is missing.</source>
        <translation>应收：缺少金额。</translation>
    </message>
    <message>
        <source>Amount due: &quot;%1&quot; is not an amount in yuan above 0.</source>
        <translation>应收：“%1”不是大于 0 的元金额。</translation>
    </message>
    <message>
        <source>Paid: &quot;%1&quot; is not an amount in yuan.</source>
        <translation>已收：“%1”不是元金额。</translation>
    </message>
    <message>
        <source>Paid: %1 is more than the amount due %2.</source>
        <translation>已收：%1 多于应收 %2。</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Period: %1 %2 of %3 is already on line %4 of the file.</source>
        <translation>所属期间：%3 的 %1 %2 已在文件第 %4 行出现。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1 (%2): arrears imported %3, already on file %4, rejected %5</source>
        <translation>%1（%2）：导入欠费 %3，已有 %4，拒绝 %5</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Arrival on site: %1</source>
        <translation>登记到场：%1</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>到场时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>Not measured to arrival</source>
        <translation>不考核到场时限</translation>
    </message>
    <message>
        <source>Late: the arrival was due by %1</source>
        <translation>超时：应于 %1 前到场</translation>
    </message>
    <message>
        <source>On time (due by %1)</source>
        <translation>按时（截止 %1）</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log has lost the mark where its hash chain starts (schema_meta.%1).</source>
        <translation>审计日志丢失了哈希链起点标记（schema_meta.%1）。</translation>
    </message>
    <message>
        <source>Audit log row %1 carries a hash but lies before the start of the chain (row %2): the start was moved.</source>
        <translation>审计日志第 %1 行带有哈希值，却位于哈希链起点（第 %2 行）之前：起点被改动过。</translation>
    </message>
    <message>
        <source>Audit log row %1 has no hash: it was written past the program.</source>
        <translation>审计日志第 %1 行没有哈希值：它是绕过本程序写入的。</translation>
    </message>
    <message>
        <source>Audit log row %1 does not match its hash: it was changed, or a row before it was removed.</source>
        <translation>审计日志第 %1 行与其哈希值不符：该行被修改过，或它之前的某一行被删除。</translation>
    </message>
    <message>
        <source>... and %1 more rows of the audit log that do not follow.</source>
        <translation>……另有 %1 行审计日志与前一行衔接不上。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>You may not view the audit log.</source>
        <translation>您无权查看审计日志。</translation>
    </message>
    <message>
        <source>Your account was disabled; sign in again.</source>
        <translation>您的账号已被停用，请重新登录。</translation>
    </message>
    <message>
        <source>Your role is now %1; sign in again.</source>
        <translation>您的角色已改为%1，请重新登录。</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused (locked)</source>
        <translation>拒绝登录（账号已锁定）</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Holiday schedule imported</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>request</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>price item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>登记工单</translation>
    </message>
    <message>
        <source>Request dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Request dispatched again</source>
        <translation>重新派工</translation>
    </message>
    <message>
        <source>Arrival recorded</source>
        <translation>登记到场</translation>
    </message>
    <message>
        <source>Completion recorded</source>
        <translation>登记完工</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>登记回单</translation>
    </message>
    <message>
        <source>Signature confirmed</source>
        <translation>确认签字</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Reopened: not solved</source>
        <translation>重新打开：未解决</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>归档工单</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>截止时间延期</translation>
    </message>
    <message>
        <source>Closed request reopened</source>
        <translation>重新打开已归档工单</translation>
    </message>
    <message>
        <source>Request voided</source>
        <translation>作废工单</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Requests exported</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>Time limit changed</source>
        <translation>修改时限</translation>
    </message>
    <message>
        <source>Price item saved</source>
        <translation>保存收费项目</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>house</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>入住关系</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>decoration permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>goods-out permit</source>
        <translation>出入物品放行条</translation>
    </message>
    <message>
        <source>vehicle log</source>
        <translation>车辆出入记录</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡逻</translation>
    </message>
    <message>
        <source>patrol route</source>
        <translation>巡逻路线</translation>
    </message>
    <message>
        <source>shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>inspection level</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <source>inspection schedule</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>inspection run</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>non-conformity</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>survey answer</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Full document number shown</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>保存检查表</translation>
    </message>
    <message>
        <source>Inspection started</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Inspection draft saved</source>
        <translation>保存检查草稿</translation>
    </message>
    <message>
        <source>Inspection finished</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <source>Inspection corrected</source>
        <translation>更正检查记录</translation>
    </message>
    <message>
        <source>Inspection photo attached</source>
        <translation>添加检查照片</translation>
    </message>
    <message>
        <source>Inspection level changed</source>
        <translation>修改检查层级</translation>
    </message>
    <message>
        <source>Inspection duty assigned</source>
        <translation>指派检查职责</translation>
    </message>
    <message>
        <source>Inspection duty changed</source>
        <translation>修改检查职责</translation>
    </message>
    <message>
        <source>Non-conformity found</source>
        <translation>发现不合格项</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>现场整改</translation>
    </message>
    <message>
        <source>Rectification planned</source>
        <translation>制定整改计划</translation>
    </message>
    <message>
        <source>Rechecked</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Repeat raised to the superior</source>
        <translation>重复出现，已上报上级</translation>
    </message>
    <message>
        <source>Repair request made from a finding</source>
        <translation>由检查发现生成报修单</translation>
    </message>
    <message>
        <source>Work log entry</source>
        <translation>工作日志记录</translation>
    </message>
    <message>
        <source>Questionnaires entered</source>
        <translation>录入问卷</translation>
    </message>
    <message>
        <source>Report analysis saved</source>
        <translation>保存报告分析</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>关账</translation>
    </message>
    <message>
        <source>Assessment score entered</source>
        <translation>录入考核评分</translation>
    </message>
    <message>
        <source>Assessment score removed</source>
        <translation>删除考核评分</translation>
    </message>
    <message>
        <source>Major safety accident recorded</source>
        <translation>登记重大安全事故</translation>
    </message>
    <message>
        <source>Complainant told when it will be settled</source>
        <translation>已告知投诉人处理时间</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>已从备份恢复数据库</translation>
    </message>
    <message>
        <source>Append-only protection restored</source>
        <translation>已恢复只增保护</translation>
    </message>
    <message>
        <source>Gatehouse tied to the office</source>
        <translation>门岗已关联办公室</translation>
    </message>
    <message>
        <source>Fee item added</source>
        <translation>新增收费项目</translation>
    </message>
    <message>
        <source>Fee item changed</source>
        <translation>修改收费项目</translation>
    </message>
    <message>
        <source>Fee item ended</source>
        <translation>停用收费项目</translation>
    </message>
    <message>
        <source>Bills generated</source>
        <translation>生成账单</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>收款冲红</translation>
    </message>
    <message>
        <source>Paid repair billed</source>
        <translation>有偿维修入账</translation>
    </message>
    <message>
        <source>Spending entered</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <source>Meter reading entered</source>
        <translation>录入抄表读数</translation>
    </message>
    <message>
        <source>Service price list drafted</source>
        <translation>起草便民服务价格表</translation>
    </message>
    <message>
        <source>Service price list approved</source>
        <translation>审批便民服务价格表</translation>
    </message>
    <message>
        <source>Service price list published</source>
        <translation>公布便民服务价格表</translation>
    </message>
    <message>
        <source>Service added to the price list</source>
        <translation>价格表新增服务项目</translation>
    </message>
    <message>
        <source>Service on the price list changed</source>
        <translation>修改价格表服务项目</translation>
    </message>
    <message>
        <source>Service removed from the price list</source>
        <translation>价格表删除服务项目</translation>
    </message>
    <message>
        <source>Service order taken</source>
        <translation>受理委托服务单</translation>
    </message>
    <message>
        <source>Service order stopped</source>
        <translation>停止委托服务</translation>
    </message>
    <message>
        <source>Price list review reminded</source>
        <translation>提醒审核价格表</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>any user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 entries; older ones load as you scroll.</source>
        <translation>最新的 %1 条记录；向下滚动加载更早的记录。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is no database file %1 to back up.</source>
        <translation>没有可备份的数据库文件 %1。</translation>
    </message>
    <message>
        <source>Backup folder: cannot create %1.</source>
        <translation>备份文件夹：无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 to back it up: %2</source>
        <translation>无法打开数据库 %1 进行备份：%2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>备份文件无法命名为 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk database (it is not an SQLite file).</source>
        <translation>%1 不是物业服务台数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk database.</source>
        <translation>%1 不是物业服务台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer EstateDesk (schema version %2; this program knows up to %3).</source>
        <translation>%1 由更新版本的物业服务台写入（数据结构版本 %2；本程序最高支持 %3）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not restore the database.</source>
        <translation>%1（%2）无权恢复数据库。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 就是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database.</source>
        <translation>无法将 %1 复制到数据库所在文件夹。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>The database %1 is in use (EstateDesk is open on it here or at another seat): close it everywhere and restore again.</source>
        <translation>数据库 %1 正在使用中（本机或其他工位的物业服务台打开着它）：请在所有电脑上关闭后再恢复。</translation>
    </message>
    <message>
        <source>Cannot set the database %1 aside.</source>
        <translation>无法将数据库 %1 另存留档。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>备份已放回原位，但无法打开：%1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9632;&lt;/span&gt; official holiday &amp;nbsp; &lt;span style=&apos;color:#1f5fa8&apos;&gt;&amp;#9632;&lt;/span&gt; adjusted working day</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9632;&lt;/span&gt; 法定节假日 &amp;nbsp; &lt;span style=&apos;color:#1f5fa8&apos;&gt;&amp;#9632;&lt;/span&gt; 调休上班日</translation>
    </message>
    <message>
        <source>Deadline calculator</source>
        <translation>截止时间计算器</translation>
    </message>
    <message>
        <source>&amp;Registered at:</source>
        <translation>登记时间(&amp;R)：</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>Official holidays of %1</source>
        <translation>%1 年法定节假日</translation>
    </message>
    <message>
        <source>No official schedule is loaded for %1: only weekends count as days off.</source>
        <translation>尚未加载 %1 年的法定节假日安排：仅将周末计为休息日。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No official holiday schedule is loaded for %1: only weekends were treated as days off. Import the schedule in Settings.</source>
        <translation>尚未加载 %1 年的法定节假日安排：计算时仅将周末视为休息日。请在“设置”中导入该年度的节假日安排。</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时限：</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: it is not a holiday schedule.</source>
        <translation>%1 大于 %2 MiB，不是节假日安排文件。</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Close the request when it is solved</source>
        <translation>问题已解决时归档工单</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Yes (是)</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (否): the request goes back to work</source>
        <translation>否：工单退回重新处理</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>No (否)</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>&amp;Called at:</source>
        <translation>回访时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Problem &amp;solved?</source>
        <translation>问题是否已解决(&amp;S)？</translation>
    </message>
    <message>
        <source>Technician&apos;s &amp;attitude:</source>
        <translation>维修人员服务态度(&amp;A)：</translation>
    </message>
    <message>
        <source>Were you c&amp;harged?</source>
        <translation>是否收费(&amp;H)？</translation>
    </message>
    <message>
        <source>S&amp;uggestions:</source>
        <translation>意见建议(&amp;U)：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>The callback is recorded, but the request was not closed: %1</source>
        <translation>回访已登记，但工单未能归档：%1</translation>
    </message>
    <message>
        <source>Sc&amp;ore (1–10):</source>
        <translation>评分（1–10）(&amp;O)：</translation>
    </message>
    <message>
        <source>Staff&apos;s &amp;attitude:</source>
        <translation>处理人员服务态度(&amp;A)：</translation>
    </message>
    <message>
        <source>Not closed now: %1</source>
        <translation>暂不关闭：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistPrinter</name>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>检查区域：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>检查层级：</translation>
    </message>
    <message>
        <source>Units sampled:</source>
        <translation>抽查单元：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽查方法</translation>
    </message>
    <message>
        <source>Pass criterion</source>
        <translation>合格标准</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problems found and what must be rectified:</source>
        <translation>发现的问题及整改要求：</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>检查人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 / %2 个单元</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>完成：</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Correction: item %1 is &quot;%2&quot;%3 (%4, %5 %6)</source>
        <translation>更正：第%1项改为“%2”%3（%4，%5 %6）</translation>
    </message>
    <message>
        <source>Non-conformities and rectification</source>
        <translation>不合格项及整改</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Measures / standard</source>
        <translation>整改措施 / 标准</translation>
    </message>
    <message>
        <source>(found again, raised to %1)</source>
        <translation>（重复出现，已上报%1）</translation>
    </message>
    <message>
        <source>repair request %1</source>
        <translation>报修单 %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>输出 PDF 需要 Qt 的图形组件（字体）；请以 QT_QPA_PLATFORM=offscreen 运行。</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateRepository</name>
    <message>
        <source>There is no such checklist template.</source>
        <translation>不存在该检查表。</translation>
    </message>
    <message>
        <source>There is no checklist template %1.</source>
        <translation>不存在检查表 %1。</translation>
    </message>
    <message>
        <source>Code: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>编码：只能使用小写字母、数字和下划线，且须以字母开头。</translation>
    </message>
    <message>
        <source>Name: the checklist needs a name.</source>
        <translation>名称：请填写检查表名称。</translation>
    </message>
    <message>
        <source>Items: item %1 has no text.</source>
        <translation>检查项：第 %1 项没有内容。</translation>
    </message>
    <message>
        <source>Items: a checklist needs at least one item.</source>
        <translation>检查项：检查表至少需要一个检查项。</translation>
    </message>
</context>
<context>
    <name>CoSignForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Owner (Resident) Service Registration Co-sign Form</source>
        <translation>业主(住户)服务登记会签单</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>编号:</translation>
    </message>
    <message>
        <source>(void: %1)</source>
        <translation>(已作废: %1)</translation>
    </message>
    <message>
        <source>1. Registration (filled in by the first-contact clerk)</source>
        <translation>一、登记(首接责任人填写)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>First-contact clerk</source>
        <translation>首接责任人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修(咨询)人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>住户签字</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字确认</translation>
    </message>
    <message>
        <source>to be signed later</source>
        <translation>事后补签</translation>
    </message>
    <message>
        <source>Arrival limit</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1,%2前</translation>
    </message>
    <message>
        <source>Completion limit</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>2. Dispatch and handover</source>
        <translation>二、派工与交接</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Receiver&apos;s signature</source>
        <translation>接收人签字</translation>
    </message>
    <message>
        <source>3. Work done (filled in by the technician or handler)</source>
        <translation>三、处理情况(维修人/处理人填写)</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>收费(元)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收费情况</translation>
    </message>
    <message>
        <source>paid, receipt no. %1</source>
        <translation>已付,收据号 %1</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Technician&apos;s signature</source>
        <translation>维修人签字</translation>
    </message>
    <message>
        <source>Owner&apos;s (resident&apos;s) signature</source>
        <translation>业主(住户)签字</translation>
    </message>
    <message>
        <source>Slip returned at</source>
        <translation>回单时间</translation>
    </message>
    <message>
        <source>4. Callback (filled in by customer service)</source>
        <translation>四、回访(客服中心填写)</translation>
    </message>
    <message>
        <source>Called back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Extensions (approved by the manager)</source>
        <translation>延期记录(经理批准)</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Old deadline</source>
        <translation>原截止时间</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新截止时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印:</translation>
    </message>
    <message>
        <source>Printed by:</source>
        <translation>打印人:</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Paid</source>
        <translation>已付费</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>登记完工：%1</translation>
    </message>
    <message>
        <source>yuan, e.g. 35.50; empty: free of charge</source>
        <translation>元，例如 35.50；不填表示免费</translation>
    </message>
    <message>
        <source>(from the price list)</source>
        <translation>（从价目表选择）</translation>
    </message>
    <message>
        <source>%1 — %2 yuan/%3</source>
        <translation>%1 — %2 元/%3</translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation>完工时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>完成情况(&amp;W)：</translation>
    </message>
    <message>
        <source>Price &amp;list:</source>
        <translation>价目表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Fee (yuan):</source>
        <translation>收费（元）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>收据号(&amp;R)：</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Fee: &quot;%1&quot; is not an amount in yuan like 35.50.</source>
        <translation>收费：“%1”不是有效的金额，请按 35.50 这样的格式填写（单位：元）。</translation>
    </message>
    <message>
        <source>Fee: a paid repair needs the fee.</source>
        <translation>收费：已付费的维修必须填写收费金额。</translation>
    </message>
    <message>
        <source>Receipt no.: a paid fee needs the receipt number.</source>
        <translation>收据号：已付费时必须填写收据号。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>The connection to the office server %1 was lost. Nothing was saved since; what you typed stays in its window: save it again once the server is back. EstateDesk tries to connect again every few seconds.</source>
        <translation>与办公室服务器 %1 的连接已断开。此后没有保存任何内容；您输入的内容仍留在窗口中，服务器恢复后请再保存一次。EstateDesk 每隔几秒自动尝试重新连接。</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached: %2. EstateDesk tries again every few seconds; what you typed stays in its window.</source>
        <translation>无法连接办公室服务器 %1：%2。EstateDesk 每隔几秒会再试；您输入的内容仍留在窗口中。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct item %1</source>
        <translation>更正第 %1 项</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>原记录：</translation>
    </message>
    <message>
        <source>&amp;Correct result:</source>
        <translation>更正结果(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk database (it is not an SQLite file).</source>
        <translation>%1 不是物业服务台数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk database.</source>
        <translation>%1 不是物业服务台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer EstateDesk (schema version %2; this program knows up to %3). Install the newer program to open it.</source>
        <translation>%1 由更高版本的物业服务台创建（结构版本 %2；本程序最高仅支持版本 %3）。请安装新版程序后再打开。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: %1</source>
        <translation>不是有效的 PostgreSQL 地址：%1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法初始化数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database was written by a newer EstateDesk (schema version %1).</source>
        <translation>该数据库由更高版本的物业服务台创建（结构版本 %1）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少数据库升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Database error: the query returned no row.</source>
        <translation>数据库错误：查询未返回任何记录。</translation>
    </message>
    <message>
        <source>The database transaction could not be started.</source>
        <translation>无法启动数据库事务。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The change could not be saved because a part of it failed; nothing was saved.</source>
        <translation>部分操作失败，更改未能保存；所有内容均未保存。</translation>
    </message>
    <message>
        <source>Cannot restore the append-only trigger %1: %2</source>
        <translation>无法恢复只增不改保护触发器 %1：%2</translation>
    </message>
    <message>
        <source>The database is busy; nothing was saved. Try again.</source>
        <translation>数据库正忙，未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The database transaction could not be started: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: EstateDesk creates it when it opens it.</source>
        <translation>%1 还不存在：EstateDesk 打开它时会新建。</translation>
    </message>
    <message>
        <source>%1 is an EstateDesk database.</source>
        <translation>%1 是 EstateDesk 数据库。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: EstateDesk sets it up when it opens it.</source>
        <translation>已连接 %1。这个数据库是空的：EstateDesk 打开时会建好数据表。</translation>
    </message>
    <message>
        <source>Connected to %1: an EstateDesk database (schema version %2).</source>
        <translation>已连接 %1：EstateDesk 数据库（结构版本 %2）。</translation>
    </message>
    <message>
        <source>%1 is the address of a database server, not a file.</source>
        <translation>%1 是数据库服务器的地址，不是文件。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Connect again and retry.</source>
        <translation>与数据库服务器的连接已断开，没有保存任何内容。请重新连接后再试。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>&amp;This PC: the estate&apos;s data in a file here</source>
        <translation>本机(&amp;T)：数据保存在这台电脑的文件中</translation>
    </message>
    <message>
        <source>&amp;Office server: the data on the office&apos;s PostgreSQL server</source>
        <translation>办公室服务器(&amp;O)：数据保存在办公室的 PostgreSQL 服务器上</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Where does this PC keep the estate&apos;s data? One PC on its own keeps it in a file; the PCs of an office share it on the office server.</source>
        <translation>这台电脑的小区数据放在哪里？单独使用的电脑保存在本机文件中；办公室的多台电脑共用办公室服务器上的数据。</translation>
    </message>
    <message>
        <source>from the keychain or the pgpass file if empty</source>
        <translation>留空则从系统钥匙串或 pgpass 文件读取</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>测试连接(&amp;S)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>EstateDesk database (*.sqlite);;All files (*)</source>
        <translation>EstateDesk 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File: give the database file, e.g. %1.</source>
        <translation>文件：请指定数据库文件，例如 %1。</translation>
    </message>
    <message>
        <source>The office server could not be used: %1</source>
        <translation>无法使用办公室服务器：%1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message numerus="yes">
        <source>demo data: estate %1, %n staff account(s), %2 houses, %3 residents, %4 requests, %5 inspection runs</source>
        <translation>
            <numerusform>演示数据：小区 %1，%n 个员工账号，%2 套房屋，%3 位住户，%4 张工单，%5 次检查</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 vehicle events, %2 visitors</source>
        <translation>，%1 条车辆出入记录，%2 位访客</translation>
    </message>
    <message>
        <source>, %1 fee bills</source>
        <translation>，%1 张收费账单</translation>
    </message>
</context>
<context>
    <name>DeskRatingWindow</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>请为我们的服务评分</translation>
    </message>
    <message>
        <source>Desk rating</source>
        <translation>电子评议</translation>
    </message>
    <message>
        <source>Service to be rated (request number, or a counter service):</source>
        <translation>被评议的服务（工单编号或前台服务）：</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>前台服务 %1</translation>
    </message>
    <message>
        <source>How satisfied are you with the service you just received?</source>
        <translation>您对刚才接受的服务满意吗？</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评议！</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation>派工：%1</translation>
    </message>
    <message>
        <source>Dispatch %1 again</source>
        <translation>重新派工：%1</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation>秩序维护部</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>保洁部</translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation>绿化部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>接单人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Handed over by:</source>
        <translation>移交人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department: required.</source>
        <translation>部门：不能为空。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extend a deadline: %1</source>
        <translation>截止时间延期：%1</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>新截止时间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新截止时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Deadline: this request has no deadline left to extend.</source>
        <translation>截止时间：该工单已没有可延期的截止时间。</translation>
    </message>
</context>
<context>
    <name>FeeCommands</name>
    <message>
        <source>--basis: one of area, fixed, metered</source>
        <translation>--basis：area、fixed、metered 之一</translation>
    </message>
    <message>
        <source>--cycle: one of month, quarter, half, year</source>
        <translation>--cycle：month、quarter、half、year 之一</translation>
    </message>
    <message>
        <source>--rate: expected an amount in yuan with at most four decimals, e.g. 1.85</source>
        <translation>--rate：应为最多四位小数的元金额，例如 1.85</translation>
    </message>
    <message>
        <source>--kind: one of %1</source>
        <translation>--kind：%1 之一</translation>
    </message>
    <message>
        <source>--vacant-percent: expected a whole number from 0 to 100</source>
        <translation>--vacant-percent：应为 0 到 100 的整数</translation>
    </message>
    <message>
        <source>fee item %1 added</source>
        <translation>已添加收费项目 %1</translation>
    </message>
    <message>
        <source>billed %1 bills, %2 yuan</source>
        <translation>已出账 %1 张账单，%2 元</translation>
    </message>
    <message>
        <source>note: %1 house(s) have no floor area on file and were not billed by area</source>
        <translation>注意：%1 户房屋没有面积，未按面积出账</translation>
    </message>
    <message>
        <source>--amount: expected an amount in yuan above 0, e.g. 300.00</source>
        <translation>--amount：应为大于 0 的元金额，例如 300.00</translation>
    </message>
    <message>
        <source>--method: one of cash, wechat, alipay, bank, pos</source>
        <translation>--method：cash、wechat、alipay、bank、pos 之一</translation>
    </message>
    <message>
        <source>--at: expected an ISO 8601 time, e.g. 2026-07-15T10:30</source>
        <translation>--at：应为 ISO 8601 时间，例如 2026-07-15T10:30</translation>
    </message>
    <message>
        <source>paid %1 %2 %3</source>
        <translation>已缴 %1 %2 %3</translation>
    </message>
    <message>
        <source>prepaid %1</source>
        <translation>预存 %1</translation>
    </message>
    <message>
        <source>--as-of: expected an ISO 8601 time, e.g. 2026-09-01T00:00+08:00</source>
        <translation>--as-of：应为 ISO 8601 时间，例如 2026-09-01T00:00+08:00</translation>
    </message>
    <message>
        <source>exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>导入 %1，拒绝 %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>note: %1 house(s) were already on file as the list says</source>
        <translation>注意：%1 户房屋已在档案中且与清单一致</translation>
    </message>
    <message>
        <source>note: %1 bill(s) were already on file and were left as they are</source>
        <translation>注意：%1 张账单已在档案中，保持不变</translation>
    </message>
</context>
<context>
    <name>FeeDeskPage</name>
    <message>
        <source>F2 — find a house: number 1-2-101, owner&apos;s name or pinyin initials (zw); Down and Enter pick it</source>
        <translation>F2 查找房屋：房号 1-2-101、业主姓名或拼音首字母 (zw)；按↓再按回车选中</translation>
    </message>
    <message>
        <source>Take &amp;payment... (Ctrl+P)</source>
        <translation>收款(&amp;P)... (Ctrl+P)</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt...</source>
        <translation>打印收据(&amp;E)...</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF...</source>
        <translation>收据另存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Re&amp;verse...</source>
        <translation>冲红(&amp;V)...</translation>
    </message>
    <message>
        <source>Only a manager may reverse a payment.</source>
        <translation>只有经理可以冲红收款。</translation>
    </message>
    <message>
        <source>House &amp;account</source>
        <translation>房屋账户(&amp;A)</translation>
    </message>
    <message>
        <source>Every ageing bucket</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;geing:</source>
        <translation>账龄(&amp;G)：</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel...</source>
        <translation>导出 Excel(&amp;X)...</translation>
    </message>
    <message>
        <source>A&amp;rrears</source>
        <translation>欠费清单(&amp;R)</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将收据保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>收据已保存为 %1。</translation>
    </message>
    <message>
        <source>Export the arrears</source>
        <translation>导出欠费清单</translation>
    </message>
    <message>
        <source>arrears.xlsx</source>
        <translation>欠费清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) in arrears exported to %1.</source>
        <translation>
            <numerusform>已将 %n 笔欠费导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No house chosen</source>
        <translation>未选择房屋</translation>
    </message>
    <message>
        <source>Find a house above (F2), then Enter opens its account; Ctrl+P takes a payment.</source>
        <translation>在上方查找房屋 (F2)，回车打开其收费账户；Ctrl+P 收款。</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(no owner on file)</source>
        <translation>（无业主登记）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Arrears ¥%1&lt;/b&gt; (up to %n day(s) overdue)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;欠费 ¥%1&lt;/b&gt;（最长逾期 %n 天）&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears</source>
        <translation>无欠费</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 · open bills ¥%3 · prepaid ¥%4</source>
        <translation>%1&lt;br&gt;%2 · 待缴合计 ¥%3 · 预存 ¥%4</translation>
    </message>
    <message>
        <source>House: find the house first (F2).</source>
        <translation>房屋：请先查找房屋 (F2)。</translation>
    </message>
    <message>
        <source>Receipt %1: ¥%2 received; prepaid now ¥%3.</source>
        <translation>收据 %1：已收 ¥%2；当前预存 ¥%3。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Payment saved: receipt %1, ¥%2. Print the receipt now?</source>
        <translation>收款已保存：收据 %1，¥%2。现在打印收据吗？</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不打印(&amp;N)</translation>
    </message>
    <message>
        <source>Receipt: an amount carried over from the arrears ledger has no receipt.</source>
        <translation>收据：从欠费台账结转的已收金额没有收据。</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>打印收据 %1</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer.</source>
        <translation>收据 %1 已送打印机。</translation>
    </message>
    <message>
        <source>the ledger amount</source>
        <translation>台账结转金额</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>冲红 %1</translation>
    </message>
    <message>
        <source>Reverse %1 of ¥%2 (%3)? What it paid is open again. Say why:</source>
        <translation>冲红 %1（¥%2，%3）？原冲抵的账单将重新待缴。请填写原因：</translation>
    </message>
    <message>
        <source>%1 reversed: what it paid is open again.</source>
        <translation>%1 已冲红，原冲抵的账单重新待缴。</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>%1 ¥%2</source>
        <translation>%1 ¥%2</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) in arrears</source>
        <translation>
            <numerusform>欠费 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>, outstanding ¥%1</source>
        <translation>，欠缴合计 ¥%1</translation>
    </message>
</context>
<context>
    <name>FeeDocumentCommands</name>
    <message>
        <source>--kind: one of collection, reminder</source>
        <translation>--kind：应为 collection 或 reminder</translation>
    </message>
    <message>
        <source>--month: expected a month as YYYY-MM, e.g. 2026-07</source>
        <translation>--month：月份格式应为 YYYY-MM，例如 2026-07</translation>
    </message>
    <message>
        <source>--pdf: give the file to write</source>
        <translation>--pdf：请指定要写入的文件</translation>
    </message>
    <message>
        <source>--building: there is no building &quot;%1&quot; (the estate has: %2)</source>
        <translation>--building：没有楼栋“%1”（小区现有：%2）</translation>
    </message>
    <message>
        <source>no bills of a period starting in %1%2: nothing to print</source>
        <translation>没有 %1 开始的账单%2：无可打印内容</translation>
    </message>
    <message>
        <source> in building %1</source>
        <translation>（%1栋）</translation>
    </message>
    <message>
        <source>no house has arrears at the end of %1%2: nothing to print</source>
        <translation>%1 月底没有欠费房屋%2：无可打印内容</translation>
    </message>
    <message>
        <source>--half: expected a half year such as 2026H1 or 2026H2, not &quot;%1&quot;</source>
        <translation>--half：应为半年度，例如 2026H1 或 2026H2，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>FeeDocuments</name>
    <message>
        <source>first half of %1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>second half of %1</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>Fee collection notice</source>
        <translation>费用收缴通知单</translation>
    </message>
    <message>
        <source>Fee payment reminder</source>
        <translation>费用催交通知单</translation>
    </message>
    <message>
        <source>House: %1</source>
        <translation>房号：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>业主：%1</translation>
    </message>
    <message>
        <source>(no owner on file)</source>
        <translation>（未登记业主）</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Dear owner or resident: as of %1 the fees below for your house are still unpaid. Please pay them at the property service office as soon as possible.</source>
        <translation>尊敬的业主（住户）：截至%1，您房屋的下列费用尚未缴纳，请尽快到物业服务中心缴纳。谢谢合作！</translation>
    </message>
    <message>
        <source>Dear owner or resident: the fees of your house for %1 are listed below. Please pay them at the property service office by the due date.</source>
        <translation>尊敬的业主（住户）：您房屋%1的应缴费用如下，请于截止日期前到物业服务中心缴纳。谢谢合作！</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已缴（元）</translation>
    </message>
    <message>
        <source>To pay (yuan)</source>
        <translation>应缴（元）</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total of the bills: RMB %1 (¥%2)</source>
        <translation>本期费用合计：人民币（大写）%1（¥%2）</translation>
    </message>
    <message>
        <source>Amount to pay: RMB %1 (¥%2)</source>
        <translation>应缴合计：人民币（大写）%1（¥%2）</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>%1 property service office</source>
        <translation>%1物业服务中心</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>打印需要 Qt 的图形部分（字体）；请以 QT_QPA_PLATFORM=offscreen 运行。</translation>
    </message>
    <message>
        <source>There are no notices to print.</source>
        <translation>没有可打印的通知单。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>无法打开打印机或文件。</translation>
    </message>
    <message>
        <source>PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>输出 PDF 需要 Qt 的图形部分（字体）；请以 QT_QPA_PLATFORM=offscreen 运行。</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Fee income and spending, %1</source>
        <translation>%1物业服务费收支情况公布</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>1. Income received, by fee item</source>
        <translation>一、收入（按收费项目）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>No income in this half year.</source>
        <translation>本半年无收入。</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Besides: %1 yuan received in advance, not yet due on any bill.</source>
        <translation>另：预收款 %1 元，尚未冲抵账单。</translation>
    </message>
    <message>
        <source>2. Spending, by category</source>
        <translation>二、支出（按类别）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total spending</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Surplus of the half year: %1 yuan</source>
        <translation>本半年结余：%1 元</translation>
    </message>
    <message>
        <source>Shortfall of the half year: %1 yuan</source>
        <translation>本半年亏损：%1 元</translation>
    </message>
    <message>
        <source>3. Repair fund (a separate account, used only for repairs)</source>
        <translation>三、维修基金（单独核算，专款专用）</translation>
    </message>
    <message>
        <source>Balance at the start</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>本期收入</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>本期支出</translation>
    </message>
    <message>
        <source>Balance at the end</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Owners and residents with questions about these figures are welcome at the office.</source>
        <translation>业主（住户）对以上数据如有疑问，欢迎到物业服务中心查询。</translation>
    </message>
</context>
<context>
    <name>FeeDocumentsPage</name>
    <message>
        <source>Add spending</source>
        <translation>添加支出</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.00</source>
        <translation>元，例如 1200.00</translation>
    </message>
    <message>
        <source>e.g. Building 1, room 101; phone 0755-12345678; 8:30–17:30</source>
        <translation>例如：1栋101室；电话 0755-12345678；8:30–17:30</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知单：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Office contact:</source>
        <translation>物业联系方式：</translation>
    </message>
    <message>
        <source>Two notices are printed on each A4 page; each building starts on a new page. Collection notices list every bill of the periods starting in the month; reminders every unpaid bill due by the month&apos;s end.</source>
        <translation>每张 A4 纸打印两份通知单，每个楼栋从新的一页开始。收缴通知单列出当月开始的各期账单；催交通知单列出截至月底到期未缴的全部账单。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知单</translation>
    </message>
    <message>
        <source>Half year:</source>
        <translation>半年度：</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>保存 JSON…</translation>
    </message>
    <message>
        <source>Spending of the half year (manager)</source>
        <translation>本半年支出（经理录入）</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Half-yearly statement</source>
        <translation>半年收支公布</translation>
    </message>
    <message>
        <source>Save the notices as PDF</source>
        <translation>将通知单保存为 PDF</translation>
    </message>
    <message>
        <source>notices-%1.pdf</source>
        <translation>通知单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>将收支公布保存为 PDF</translation>
    </message>
    <message>
        <source>statement-%1.pdf</source>
        <translation>收支公布-%1.pdf</translation>
    </message>
    <message>
        <source>Save the statement as JSON</source>
        <translation>将收支公布保存为 JSON</translation>
    </message>
    <message>
        <source>statement-%1.json</source>
        <translation>收支公布-%1.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Choose the spending to take back first.</source>
        <translation>请先选择要撤销的支出。</translation>
    </message>
    <message>
        <source>Take back spending</source>
        <translation>撤销支出</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <source>The statement and its spending are kept by the manager.</source>
        <translation>收支公布及其支出由经理管理。</translation>
    </message>
    <message>
        <source>Income %1 yuan, spending %2 yuan, balance %3 yuan; repair fund: %4 yuan at the end.</source>
        <translation>收入 %1 元，支出 %2 元，结余 %3 元；维修基金期末余额 %4 元。</translation>
    </message>
    <message>
        <source>Month: no bill of a period starting in %1 for this choice; bill the month first.</source>
        <translation>月份：所选范围内没有 %1 开始的账单，请先生成该月账单。</translation>
    </message>
    <message>
        <source>Month: no house of this choice has arrears at the end of %1.</source>
        <translation>月份：所选范围内没有房屋在 %1 月底欠费。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n 份通知单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Amount: expected an amount in yuan above 0, e.g. 1200.00.</source>
        <translation>金额：请输入大于 0 的元金额，例如 1200.00。</translation>
    </message>
    <message>
        <source>Spending of %1 yuan added.</source>
        <translation>已添加支出 %1 元。</translation>
    </message>
    <message>
        <source>The spending was taken back.</source>
        <translation>该支出已撤销。</translation>
    </message>
    <message>
        <source>The office&apos;s contact is saved; it is printed on the notices and the statement.</source>
        <translation>物业联系方式已保存，将印在通知单和收支公布上。</translation>
    </message>
</context>
<context>
    <name>FeeModels</name>
    <message>
        <source>Reversed by %1: %2</source>
        <translation>已由 %1 冲红：%2</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>(ledger)</source>
        <translation>（台账结转）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收款时间</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
</context>
<context>
    <name>FeeQueries</name>
    <message>
        <source>You may not see the arrears.</source>
        <translation>您无权查看欠费。</translation>
    </message>
    <message>
        <source>You may not print fee notices.</source>
        <translation>您无权打印收费通知单。</translation>
    </message>
    <message>
        <source>Month: expected a month as YYYY-MM, e.g. 2026-07.</source>
        <translation>月份：应为 YYYY-MM 格式，例如 2026-07。</translation>
    </message>
    <message>
        <source>You may not see the fee statement.</source>
        <translation>您无权查看收支公布。</translation>
    </message>
    <message>
        <source>Half year: expected e.g. 2026H1 or 2026H2.</source>
        <translation>半年度：应为 2026H1 或 2026H2 这样的格式。</translation>
    </message>
</context>
<context>
    <name>FeeReceiptPrinter</name>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>REVERSED by %1 on %2: %3</source>
        <translation>已冲红（%1，%2）：%3</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收款时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Amount in words:</source>
        <translation>金额大写：</translation>
    </message>
    <message>
        <source>Prepaid balance</source>
        <translation>预存余额</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payer&apos;s signature:</source>
        <translation>缴款人签字：</translation>
    </message>
    <message>
        <source>PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>输出 PDF 需要 Qt 的图形部分（字体）；请以 QT_QPA_PLATFORM=offscreen 运行。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>Month: expected a month as YYYY-MM, e.g. 2026-07.</source>
        <translation>月份：应为 YYYY-MM 格式，例如 2026-07。</translation>
    </message>
    <message>
        <source>The fee item of paid repairs is missing from the database.</source>
        <translation>数据库中缺少有偿维修的收费项目。</translation>
    </message>
    <message>
        <source>You may not see fee accounts.</source>
        <translation>您无权查看收费账户。</translation>
    </message>
    <message>
        <source>House: the house is not on file.</source>
        <translation>房屋：档案中没有该房屋。</translation>
    </message>
    <message>
        <source>Amount: it must be more than 0.</source>
        <translation>金额：必须大于 0。</translation>
    </message>
    <message>
        <source>Amount: at most 10000000 yuan in one payment.</source>
        <translation>金额：单笔收款不超过 10000000 元。</translation>
    </message>
    <message>
        <source>Method: &quot;%1&quot; is not one of %2.</source>
        <translation>收款方式：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>Received at: %1 is in the future.</source>
        <translation>收款时间：%1 是将来的时间。</translation>
    </message>
    <message>
        <source>Bills: a chosen bill is not a bill of %1.</source>
        <translation>账单：所选账单不属于 %1。</translation>
    </message>
    <message>
        <source>Bills: %1 %2 is paid already.</source>
        <translation>账单：%1 %2 已缴清。</translation>
    </message>
    <message>
        <source>You may not see fee payments.</source>
        <translation>您无权查看收款记录。</translation>
    </message>
    <message>
        <source>The payment is not on file.</source>
        <translation>没有该笔收款。</translation>
    </message>
    <message>
        <source>Receipt: %1 is not on file.</source>
        <translation>收据：没有编号为 %1 的收据。</translation>
    </message>
    <message>
        <source>Reason: say why the payment is reversed.</source>
        <translation>原因：请说明冲红的原因。</translation>
    </message>
    <message>
        <source>Reason: at most 200 characters.</source>
        <translation>原因：最多 200 个字。</translation>
    </message>
    <message>
        <source>Receipt %1 is reversed already.</source>
        <translation>收据 %1 已冲红。</translation>
    </message>
    <message>
        <source>Code: required.</source>
        <translation>编码：必填。</translation>
    </message>
    <message>
        <source>Code: &quot;%1&quot; may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 20).</source>
        <translation>编码：“%1”只能包含字母、数字、“-”、“_”和“.”（最多 20 个）。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>名称：必填。</translation>
    </message>
    <message>
        <source>Name: at most 60 characters.</source>
        <translation>名称：最多 60 个字。</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is not one of %2.</source>
        <translation>类别：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>Rate: it must be more than 0 and at most 100000 yuan.</source>
        <translation>单价：必须大于 0 且不超过 100000 元。</translation>
    </message>
    <message>
        <source>Vacant percentage: it must be between 0 and 100.</source>
        <translation>空置比例：必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>House types: name at least one.</source>
        <translation>房屋类型：至少选择一种。</translation>
    </message>
    <message>
        <source>House types: &quot;%1&quot; is not a house type.</source>
        <translation>房屋类型：“%1”不是房屋类型。</translation>
    </message>
    <message>
        <source>From: expected a month as YYYY-MM, e.g. 2026-07.</source>
        <translation>起始月份：应为 YYYY-MM 格式，例如 2026-07。</translation>
    </message>
    <message>
        <source>Until: expected a month as YYYY-MM, e.g. 2026-12.</source>
        <translation>截止月份：应为 YYYY-MM 格式，例如 2026-12。</translation>
    </message>
    <message>
        <source>Until: %1 is before the first month %2.</source>
        <translation>截止月份：%1 早于起始月份 %2。</translation>
    </message>
    <message>
        <source>Code: %1 is already the code of &quot;%2&quot;.</source>
        <translation>编码：%1 已是“%2”的编码。</translation>
    </message>
    <message>
        <source>The fee item no longer exists.</source>
        <translation>该收费项目已不存在。</translation>
    </message>
    <message>
        <source>Fee item %1</source>
        <translation>收费项目 %1</translation>
    </message>
    <message>
        <source>You may not see the fee items.</source>
        <translation>您无权查看收费项目。</translation>
    </message>
    <message>
        <source>Item: there is no fee item with the code or name &quot;%1&quot;.</source>
        <translation>收费项目：没有编码或名称为“%1”的收费项目。</translation>
    </message>
    <message>
        <source>Item: the fee item no longer exists.</source>
        <translation>收费项目：该收费项目已不存在。</translation>
    </message>
    <message>
        <source>Item: %1 is not metered.</source>
        <translation>收费项目：%1 不是按用量收费。</translation>
    </message>
    <message>
        <source>Period: &quot;%1&quot; is not a period of %2 (%3).</source>
        <translation>所属期间：“%1”不是 %2（%3）的期间。</translation>
    </message>
    <message>
        <source>Quantity: it must be between 0 and 1000000000.</source>
        <translation>用量：必须在 0 到 1000000000 之间。</translation>
    </message>
    <message>
        <source>Quantity: %1 of %2 is billed already; the reading can no longer change.</source>
        <translation>用量：%1 的 %2 已出账，读数不能再修改。</translation>
    </message>
    <message>
        <source>Half year: expected e.g. 2026H1 or 2026H2.</source>
        <translation>半年度：应为 2026H1 或 2026H2 这样的格式。</translation>
    </message>
    <message>
        <source>Category: &quot;%1&quot; is not one of %2.</source>
        <translation>支出类别：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>Date: %1 is not in %2.</source>
        <translation>日期：%1 不在 %2 内。</translation>
    </message>
    <message>
        <source>Reason: say why the spending is taken back.</source>
        <translation>原因：请说明撤销该支出的原因。</translation>
    </message>
    <message>
        <source>The spending is not on file, or was taken back already.</source>
        <translation>该支出不存在或已撤销。</translation>
    </message>
    <message>
        <source>You may not see the fee spending.</source>
        <translation>您无权查看费用支出。</translation>
    </message>
</context>
<context>
    <name>FeeRules</name>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 天</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181–365 天</translation>
    </message>
    <message>
        <source>over 365 days</source>
        <translation>365 天以上</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>按半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>By floor area</source>
        <translation>按建筑面积</translation>
    </message>
    <message>
        <source>Fixed per house</source>
        <translation>按户定额</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>按用量</translation>
    </message>
    <message>
        <source>Public service fee</source>
        <translation>公共性服务费</translation>
    </message>
    <message>
        <source>Collected for utilities</source>
        <translation>代收代缴</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <source>Repair fund</source>
        <translation>维修基金</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>Carried over from the arrears ledger</source>
        <translation>欠费台账结转</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation>秩序维护</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Repair fund spending</source>
        <translation>维修基金支出</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Estate name:</source>
        <translation>小区名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Full name: required.</source>
        <translation>姓名：不能为空。</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Give the estate&apos;s name and create the administrator&apos;s account; there is no default password.</source>
        <translation>该数据库尚无系统管理员。请填写小区名称并创建系统管理员账号；系统不设默认密码。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Discard what was typed in this form?</source>
        <translation>放弃本表单中已填写的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续填写(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>打印收据(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Plate, then Enter</source>
        <translation>输入车牌后按回车键</translation>
    </message>
    <message>
        <source>In or out (by the log)</source>
        <translation>入场或出场（按出入记录判断）</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>As the plate is known</source>
        <translation>按车牌已知类别</translation>
    </message>
    <message>
        <source>permit no. (if shown)</source>
        <translation>放行条编号（如有出示）</translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation>车牌(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>进出方向(&amp;D)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>车辆类别(&amp;G)</translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation>放行条(&amp;M)</translation>
    </message>
    <message>
        <source>Log (Enter)</source>
        <translation>登记 (Enter)</translation>
    </message>
    <message>
        <source>Put in front of a plate typed without its province</source>
        <translation>输入的车牌没有省份简称时，在车牌前加上此简称</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Vehicles inside</source>
        <translation>场内车辆</translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation>场内访客</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <source>Vehicle log</source>
        <translation>车辆出入记录</translation>
    </message>
    <message>
        <source>Visitor in (F5)</source>
        <translation>来访登记 (F5)</translation>
    </message>
    <message>
        <source>Visitor left (F6)</source>
        <translation>访客离开 (F6)</translation>
    </message>
    <message>
        <source>Goods permit (F7)</source>
        <translation>物品放行条 (F7)</translation>
    </message>
    <message>
        <source>Patrol round (F8)</source>
        <translation>巡逻登记 (F8)</translation>
    </message>
    <message>
        <source>Patrol finding (F9)</source>
        <translation>巡查发现 (F9)</translation>
    </message>
    <message>
        <source>Shift handover (F10)</source>
        <translation>交接班 (F10)</translation>
    </message>
    <message>
        <source>You can look at the gate&apos;s records but not write them.</source>
        <translation>您可以查看门岗记录，但不能填写。</translation>
    </message>
    <message>
        <source>Today: %1 in, %2 out, %3 refused, %4 visitors, fees ¥%5 — inside now: %6 vehicles, %7 visitors</source>
        <translation>今日：入场 %1，出场 %2，拒绝 %3，访客 %4，停车费 ¥%5 — 当前在场：车辆 %6，访客 %7</translation>
    </message>
    <message>
        <source>%1: no round yet</source>
        <translation>%1：尚未巡逻</translation>
    </message>
    <message>
        <source>%1: OVERDUE by %2</source>
        <translation>%1：已超时 %2</translation>
    </message>
    <message>
        <source>%1: next round by %2</source>
        <translation>%1：下次巡逻须在 %2 前</translation>
    </message>
    <message>
        <source>Patrols — %1</source>
        <translation>巡逻 — %1</translation>
    </message>
    <message>
        <source>%1 is inside since %2: Enter logs it out as %3.</source>
        <translation>%1 自 %2 起在场内：按回车键将按“%3”登记出场。</translation>
    </message>
    <message>
        <source>%1: Enter logs it in as %2.</source>
        <translation>%1：按回车键将按“%2”登记入场。</translation>
    </message>
    <message>
        <source>Registered to %1.</source>
        <translation>登记在 %1 名下。</translation>
    </message>
    <message>
        <source>%1 Press Enter again to log it as typed, or correct it.</source>
        <translation>%1 如确认无误，请再按一次回车键按输入的车牌登记，否则请更正。</translation>
    </message>
    <message>
        <source>REFUSED %1 (%2) at %3: %4</source>
        <translation>拒绝放行 %1（%2），%3：%4</translation>
    </message>
    <message>
        <source>IN %1 — %2 at %3</source>
        <translation>入场 %1 — %2，%3</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>OUT %1 — %2 at %3</source>
        <translation>出场 %1 — %2，%3</translation>
    </message>
    <message>
        <source>stay %1, fee ¥%2</source>
        <translation>停留 %1，停车费 ¥%2</translation>
    </message>
    <message>
        <source>Permit %1 collected.</source>
        <translation>已收回放行条 %1。</translation>
    </message>
    <message>
        <source>Parking receipt</source>
        <translation>停车收据</translation>
    </message>
    <message>
        <source>Select the visitor who left in the list of visitors inside.</source>
        <translation>请在场内访客列表中选择离开的访客。</translation>
    </message>
    <message>
        <source>Visitor %1 left at %2.</source>
        <translation>访客 %1 已于 %2 离开。</translation>
    </message>
    <message>
        <source>Which province is this gate in? A plate typed without its province (B12345) gets it. Choose with Up/Down, then Enter; it is kept for this gate.</source>
        <translation>本门岗所在省份是哪里？输入车牌时未写省份简称（如 B12345）将自动加上。用上下方向键选择后按回车，本门岗会记住这一设置。</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保存(&amp;K)</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>当班：%1</translation>
    </message>
    <message>
        <source>No home province: plates are taken as typed.</source>
        <translation>未设置本地省份：车牌按输入内容记录。</translation>
    </message>
    <message>
        <source>Home province %1 kept: B12345 typed is %1B12345.</source>
        <translation>已保存本地省份 %1：输入 B12345 即记为 %1B12345。</translation>
    </message>
    <message>
        <source>Shift handed over at %1: %2 is on duty now (from %3).</source>
        <translation>%1 已完成交接班：现由 %2 当班（交班人 %3）。</translation>
    </message>
</context>
<context>
    <name>GateReceipt</name>
    <message>
        <source>Temporary parking receipt</source>
        <translation>临时停车收费收据</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>not on record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>停车费</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>护管员</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Tariff: %1</source>
        <translation>收费标准：%1</translation>
    </message>
</context>
<context>
    <name>GateRepository</name>
    <message>
        <source>Free minutes: between 0 and 1440.</source>
        <translation>免费时长：应为 0 至 1440 分钟。</translation>
    </message>
    <message>
        <source>Tariff: amounts cannot be negative.</source>
        <translation>收费标准：金额不能为负数。</translation>
    </message>
    <message>
        <source>Moving van: goods may leave only with an approved goods-out permit. %1</source>
        <translation>搬家车：须持已批准的出入物品放行条方可将物品带出。%1</translation>
    </message>
    <message>
        <source>Building materials in bulk need a permit approved by the owners&apos; committee or the office. %1</source>
        <translation>大宗建材须持业主委员会或物业服务中心批准的放行条。%1</translation>
    </message>
    <message>
        <source>Military/police vehicle entering between 00:00 and 06:00: follow up.</source>
        <translation>军警车辆于 00:00 至 06:00 之间入场：请跟进核实。</translation>
    </message>
    <message>
        <source>The entry of %1 had no exit on record.</source>
        <translation>%1 的入场没有对应的出场记录。</translation>
    </message>
    <message>
        <source>no exit on record</source>
        <translation>无出场记录</translation>
    </message>
    <message>
        <source>No entry on record.</source>
        <translation>无入场记录。</translation>
    </message>
    <message>
        <source>Reason: say why the entry is voided.</source>
        <translation>原因：请说明作废该记录的原因。</translation>
    </message>
    <message>
        <source>There is no such vehicle log entry, or it is already voided.</source>
        <translation>不存在该车辆出入记录，或该记录已作废。</translation>
    </message>
    <message>
        <source>Name: type the visitor&apos;s name.</source>
        <translation>姓名：请填写访客姓名。</translation>
    </message>
    <message>
        <source>People: between 1 and 200.</source>
        <translation>人数：应为 1 至 200 人。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reason: say why the visitor is refused.</source>
        <translation>原因：请说明拒绝该访客进入的原因。</translation>
    </message>
    <message>
        <source>Purpose: say why the visitor comes.</source>
        <translation>来访事由：请说明来访事由。</translation>
    </message>
    <message>
        <source>House visited: there is no house %1.</source>
        <translation>被访房屋：不存在房屋 %1。</translation>
    </message>
    <message>
        <source>House visited: say which house or resident the visitor comes to.</source>
        <translation>被访房屋：请填写访客拜访的房屋或住户。</translation>
    </message>
    <message>
        <source>That visitor is not inside.</source>
        <translation>该访客不在场内。</translation>
    </message>
    <message>
        <source>There is no such visitor entry, or it is already voided.</source>
        <translation>不存在该访客记录，或该记录已作废。</translation>
    </message>
    <message>
        <source>Vehicle %1 (%2) inside since %3</source>
        <translation>车辆 %1（%2）自 %3 起在场内</translation>
    </message>
    <message numerus="yes">
        <source>Visitor %1 (%n people) to %2 inside since %3</source>
        <translation>
            <numerusform>访客 %1（%n 人）拜访 %2，自 %3 起在场内</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment: list what is handed over (keys, radios, cards).</source>
        <translation>交接物品：请列出移交的物品（钥匙、对讲机、卡等）。</translation>
    </message>
    <message>
        <source>This handover was already confirmed by %1.</source>
        <translation>该交接班已由 %1 确认。</translation>
    </message>
    <message>
        <source>Incoming guard: the handover must be confirmed by the guard taking over, not by %1.</source>
        <translation>接班护管员：交接班必须由接班的护管员确认，不能由 %1 确认。</translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation>不存在该交接班记录。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>House visited</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <source>Resident visited</source>
        <translation>被访住户</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>GateRules</name>
    <message>
        <source>Resident vehicle</source>
        <translation>业主车辆</translation>
    </message>
    <message>
        <source>Temporary / visitor</source>
        <translation>临时车辆</translation>
    </message>
    <message>
        <source>Military / police</source>
        <translation>军警车辆</translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation>出租车</translation>
    </message>
    <message>
        <source>Moving van</source>
        <translation>搬家车</translation>
    </message>
    <message>
        <source>Building materials in bulk</source>
        <translation>大宗建材</translation>
    </message>
    <message>
        <source>Lorry</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Muck truck</source>
        <translation>渣土车</translation>
    </message>
    <message>
        <source>Container truck</source>
        <translation>集装箱车</translation>
    </message>
    <message>
        <source>Tractor</source>
        <translation>拖拉机</translation>
    </message>
    <message>
        <source>Works vehicle</source>
        <translation>工程车</translation>
    </message>
    <message>
        <source>Hazardous goods (poisonous, flammable, explosive)</source>
        <translation>危险品车辆（有毒、易燃、易爆）</translation>
    </message>
    <message>
        <source>%1: not admitted unless approved in advance.</source>
        <translation>%1：未经事先批准，不得入内。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Within the %1 free minutes: no fee.</source>
        <translation>在 %1 分钟免费时间内：不收费。</translation>
    </message>
    <message>
        <source>%1 × 24 h ¥%2</source>
        <translation>%1 × 24 小时 ¥%2</translation>
    </message>
    <message>
        <source>%1 × started hour ¥%2</source>
        <translation>%1 × 不足一小时按一小时计 ¥%2</translation>
    </message>
    <message>
        <source>(at most ¥%1 a day)</source>
        <translation>（每天最多 ¥%1）</translation>
    </message>
    <message>
        <source>%1 = ¥%2</source>
        <translation>%1 = ¥%2</translation>
    </message>
    <message>
        <source>%1 minutes free, then ¥%2 for every started hour of the whole stay, at most ¥%3 for every started 24 hours. A started hour counts in full: 25 h 0 min 30 s is 24 h and 2 started hours.</source>
        <translation>前 %1 分钟免费，之后按整个停车时长每满或不满一小时收 ¥%2，每满或不满 24 小时最多收 ¥%3。不足一小时按一小时计：停车 25 小时 0 分 30 秒按 24 小时加 2 小时计费。</translation>
    </message>
</context>
<context>
    <name>GateSettingsDialog</name>
    <message>
        <source>Gatehouse settings</source>
        <translation>门岗设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Temporary parking tariff</source>
        <translation>临时停车收费标准</translation>
    </message>
    <message>
        <source>&amp;Free stay up to:</source>
        <translation>免费停放时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Fee per started &amp;hour (yuan):</source>
        <translation>每小时收费（元，不足一小时按一小时计）(&amp;H)：</translation>
    </message>
    <message>
        <source>At most per started &amp;24 hours (yuan):</source>
        <translation>每24小时封顶（元）(&amp;2)：</translation>
    </message>
    <message>
        <source>Patrol intervals</source>
        <translation>巡逻间隔</translation>
    </message>
    <message>
        <source>%1 every:</source>
        <translation>%1 每隔：</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>免费时长</translation>
    </message>
    <message>
        <source>Fee per hour: %1 is not an amount in yuan (e.g. 5 or 5.00).</source>
        <translation>每小时收费：%1 不是有效的金额（元），例如 5 或 5.00。</translation>
    </message>
    <message>
        <source>Daily cap: %1 is not an amount in yuan (e.g. 40 or 40.00).</source>
        <translation>每24小时封顶：%1 不是有效的金额（元），例如 40 或 40.00。</translation>
    </message>
    <message>
        <source>Daily cap: %1 yuan is less than one hour&apos;s fee (%2 yuan).</source>
        <translation>每24小时封顶：%1 元低于一小时的收费（%2 元）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GateSync</name>
    <message>
        <source>This database is not a gatehouse store: set it up with gate setup --office URL --gate NAME.</source>
        <translation>这个数据库不是门岗数据库：请先用 gate setup --office URL --gate NAME 设置。</translation>
    </message>
    <message>
        <source>The office database cannot be reached: %1</source>
        <translation>无法连接物业办公室数据库：%1</translation>
    </message>
    <message>
        <source>The office database has schema version %1 and this gatehouse %2: update the program on both to the same version.</source>
        <translation>办公室数据库的结构版本为 %1，本门岗为 %2：请把两边的程序升级到同一版本。</translation>
    </message>
    <message>
        <source>set up a gatehouse</source>
        <translation>设置门岗</translation>
    </message>
    <message>
        <source>Office database: give the office&apos;s address or file.</source>
        <translation>办公室数据库：请填写办公室数据库的地址或文件。</translation>
    </message>
    <message>
        <source>Gate name: give a name of 1 to 40 characters.</source>
        <translation>门岗名称：请填写 1 到 40 个字符的名称。</translation>
    </message>
    <message>
        <source>A gatehouse store is a file on the gate&apos;s PC, not a server database.</source>
        <translation>门岗数据库是门岗电脑上的文件，不是服务器数据库。</translation>
    </message>
    <message>
        <source>Office database: the gatehouse store cannot be its own office.</source>
        <translation>办公室数据库：门岗数据库不能同时作为自己的办公室数据库。</translation>
    </message>
    <message>
        <source>sync the gatehouse</source>
        <translation>同步门岗数据</translation>
    </message>
    <message numerus="yes">
        <source>%1 Nothing was lost: %n record(s) wait for the next sync.</source>
        <translation>
            <numerusform>%1 没有丢失任何记录：%n 条记录等待下次同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>The gatehouse queue names an unknown table %1.</source>
        <translation>门岗待同步队列中有未知的表 %1。</translation>
    </message>
    <message>
        <source>The office database cannot be read: %1</source>
        <translation>无法读取办公室数据库：%1</translation>
    </message>
</context>
<context>
    <name>GateSyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send the gate&apos;s records to the office and fetch its plates, permits and residents now</source>
        <translation>立即把门岗记录发送到办公室，并取回车牌、放行单和住户信息</translation>
    </message>
    <message>
        <source>Syncing with the office...</source>
        <translation>正在与办公室同步...</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Synced with the office %1 · %n record(s) waiting</source>
        <translation>
            <numerusform>%1 已与办公室同步 · %n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: sent %1, received %2.</source>
        <translation>上次同步：发送 %1 条，接收 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>Office not reachable (last sync %1) · %n record(s) waiting</source>
        <translation>
            <numerusform>无法连接办公室（上次同步 %1）· %n 条记录待发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoodsCheckDialog</name>
    <message>
        <source>Goods-out permit check</source>
        <translation>出入物品放行条查验</translation>
    </message>
    <message>
        <source>FX20260302-001</source>
        <translation>FX20260302-001</translation>
    </message>
    <message>
        <source>Permit &amp;no.:</source>
        <translation>放行条编号(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已由 %1 批准</translation>
    </message>
    <message>
        <source>already collected by %1 at %2</source>
        <translation>已由 %1 于 %2 收回</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4); valid %5 to %6; %7</source>
        <translation>%1 — %2，%3（%4）；有效期 %5 至 %6；%7</translation>
    </message>
    <message>
        <source>no house</source>
        <translation>无房号</translation>
    </message>
    <message>
        <source>Permit number: type the number printed on the permit.</source>
        <translation>放行条编号：请输入放行条上印的编号。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>不予放行：%1</translation>
    </message>
</context>
<context>
    <name>GoodsPermitDialog</name>
    <message>
        <source>Goods-out permit application</source>
        <translation>出入物品放行条申请</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-1201</source>
        <translation>楼栋-单元-房号，例如 3-2-1201</translation>
    </message>
    <message>
        <source>what and how many, e.g. 1 refrigerator, 2 boxes of books</source>
        <translation>物品名称及数量，例如 冰箱 1 台、书 2 箱</translation>
    </message>
    <message>
        <source>if the goods leave by car</source>
        <translation>如物品用车辆运出，请填写</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>物品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Vehicle plate:</source>
        <translation>车牌(&amp;V)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>GoodsPermitModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>放行条编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied (by, at)</source>
        <translation>申请（申请人，时间）</translation>
    </message>
    <message>
        <source>Approved (by, at)</source>
        <translation>批准（批准人，时间）</translation>
    </message>
    <message>
        <source>Let out at the gate (by, at)</source>
        <translation>门岗放行（经办人，时间）</translation>
    </message>
</context>
<context>
    <name>GoodsPermitRepository</name>
    <message>
        <source>Goods out</source>
        <translation>物品出门</translation>
    </message>
    <message>
        <source>Moving (van)</source>
        <translation>搬家（搬家车）</translation>
    </message>
    <message>
        <source>Building materials in bulk</source>
        <translation>大宗建材</translation>
    </message>
    <message>
        <source>Vehicle approved in advance</source>
        <translation>事先批准的车辆</translation>
    </message>
    <message>
        <source>There is no such goods-out permit.</source>
        <translation>不存在该出入物品放行条。</translation>
    </message>
    <message>
        <source>Kind: %1 is not a kind of permit.</source>
        <translation>类型：%1 不是有效的放行条类型。</translation>
    </message>
    <message>
        <source>Applicant: say who applies.</source>
        <translation>申请人：请填写申请人。</translation>
    </message>
    <message>
        <source>Goods: describe the goods (what and how many).</source>
        <translation>物品：请说明物品名称及数量。</translation>
    </message>
    <message>
        <source>Valid until: the permit would end before it starts.</source>
        <translation>有效期至：放行条的截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>House: there is no house %1.</source>
        <translation>房屋：不存在房屋 %1。</translation>
    </message>
    <message>
        <source>Permit %1 is %2 and cannot be approved.</source>
        <translation>放行条 %1 当前状态为“%2”，不能批准。</translation>
    </message>
    <message>
        <source>Reason: say why the permit is voided.</source>
        <translation>原因：请说明作废该放行条的原因。</translation>
    </message>
    <message>
        <source>Permit %1 is %2 and cannot be voided.</source>
        <translation>放行条 %1 当前状态为“%2”，不能作废。</translation>
    </message>
    <message>
        <source>Permit %1 does not exist.</source>
        <translation>放行条 %1 不存在。</translation>
    </message>
    <message>
        <source>Permit %1 was already used on %2 (collected by %3).</source>
        <translation>放行条 %1 已于 %2 使用（由 %3 收回）。</translation>
    </message>
    <message>
        <source>Permit %1 is not approved.</source>
        <translation>放行条 %1 未经批准。</translation>
    </message>
    <message>
        <source>Permit %1 is for %2.</source>
        <translation>放行条 %1 仅适用于“%2”。</translation>
    </message>
    <message>
        <source>Permit %1 is valid from %2 to %3 only.</source>
        <translation>放行条 %1 的有效期仅为 %2 至 %3。</translation>
    </message>
    <message>
        <source>Permit %1 names the vehicle %2, not %3.</source>
        <translation>放行条 %1 登记的车辆是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>No permit was shown.</source>
        <translation>未出示放行条。</translation>
    </message>
    <message>
        <source>There is no approved permit for %1 today.</source>
        <translation>%1 今日没有已批准的放行条。</translation>
    </message>
    <message>
        <source>Permit %1 was collected at the same moment elsewhere.</source>
        <translation>放行条 %1 已同时在其他岗位被收回。</translation>
    </message>
    <message>
        <source>Permit number: type the number printed on the permit.</source>
        <translation>放行条编号：请输入放行条上印的编号。</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Collected at the gate</source>
        <translation>已在门岗收回</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>GoodsPermitsPage</name>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Void...</source>
        <translation>作废(&amp;V)...</translation>
    </message>
    <message>
        <source>All permits</source>
        <translation>全部放行条</translation>
    </message>
    <message>
        <source>&amp;New application...</source>
        <translation>新建申请(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Permit %1 recorded: %2. It needs a manager&apos;s approval before the gate lets it out.</source>
        <translation>放行条 %1 已登记：%2。须经经理批准后，门岗方可放行。</translation>
    </message>
    <message>
        <source>Select the permit to approve.</source>
        <translation>请选择要批准的放行条。</translation>
    </message>
    <message>
        <source>Permit %1 approved: the gate will let %2 out.</source>
        <translation>放行条 %1 已批准：门岗将放行 %2。</translation>
    </message>
    <message>
        <source>Select the permit to void.</source>
        <translation>请选择要作废的放行条。</translation>
    </message>
    <message>
        <source>Void permit %1</source>
        <translation>作废放行条 %1</translation>
    </message>
    <message>
        <source>Why is permit %1 (%2) voided? The gate will no longer accept it.</source>
        <translation>请说明作废放行条 %1（%2）的原因。作废后门岗将不再认可该放行条。</translation>
    </message>
    <message>
        <source>Permit %1 voided.</source>
        <translation>放行条 %1 已作废。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>No vehicle or visitor inside.</source>
        <translation>场内没有车辆或访客。</translation>
    </message>
    <message>
        <source>Outgoing guard:</source>
        <translation>交班护管员：</translation>
    </message>
    <message>
        <source>Open items carried over:</source>
        <translation>移交的未结事项：</translation>
    </message>
    <message>
        <source>&amp;Equipment handed over:</source>
        <translation>交接物品(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>值班情况(&amp;I)：</translation>
    </message>
    <message>
        <source>Incoming guard&apos;s &amp;user name:</source>
        <translation>接班护管员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Incoming guard&apos;s &amp;password:</source>
        <translation>接班护管员密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Equipment: list what is handed over (keys, radios, cards).</source>
        <translation>交接物品：请列出移交的物品（钥匙、对讲机、卡等）。</translation>
    </message>
    <message>
        <source>Incoming guard: the guard taking over signs in here.</source>
        <translation>接班护管员：请由接班的护管员在此登录确认。</translation>
    </message>
</context>
<context>
    <name>HolidayParser</name>
    <message>
        <source>The holiday file is not valid JSON: %1</source>
        <translation>节假日文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The holiday file has no &quot;year&quot; and &quot;days&quot;: it is not a holiday-cn schedule.</source>
        <translation>节假日文件缺少 &quot;year&quot; 和 &quot;days&quot; 字段，不是 holiday-cn 格式的节假日安排。</translation>
    </message>
    <message>
        <source>The holiday file is not an iCalendar file.</source>
        <translation>节假日文件不是 iCalendar 文件。</translation>
    </message>
    <message>
        <source>The holiday file has an event without a start date (line %1).</source>
        <translation>节假日文件中有事件缺少开始日期（第 %1 行）。</translation>
    </message>
    <message>
        <source>The holiday file holds no holidays.</source>
        <translation>节假日文件中没有任何节假日。</translation>
    </message>
    <message>
        <source>The holiday file is for the year %1; only schedules of %2-%3 are accepted.</source>
        <translation>该节假日文件是 %1 年的安排；只接受 %2—%3 年的安排。</translation>
    </message>
    <message>
        <source>The holiday file for %1 lists no days: that schedule has not been published yet, so %1 stays without a schedule.</source>
        <translation>%1 年的节假日文件中没有任何日期：该年安排尚未公布，%1 年仍视为未载入节假日安排。</translation>
    </message>
    <message>
        <source>The holiday file lists %1 days, more than the years %2-%3 have.</source>
        <translation>节假日文件列出了 %1 天，超过 %2—%3 年的总天数。</translation>
    </message>
    <message>
        <source>Day %1 of the holiday file has no valid date or isOffDay.</source>
        <translation>节假日文件第 %1 个日期缺少有效的 date 或 isOffDay。</translation>
    </message>
    <message>
        <source>Day %1 of the holiday file (%2) is dated %3, outside the years %4-%5.</source>
        <translation>节假日文件第 %1 个日期（%2）为 %3，不在 %4—%5 年范围内。</translation>
    </message>
    <message>
        <source>The holiday file for %1 lists no day of %1 itself, only days of other years: it is not the schedule of %1.</source>
        <translation>%1 年的节假日文件中没有 %1 年本身的日期，只有其他年份的日期，不是 %1 年的放假安排。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at line %2 of the holiday file has no valid end date.</source>
        <translation>节假日文件第 %2 行的事件“%1”没有有效的结束日期。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at line %2 of the holiday file ends before it starts.</source>
        <translation>节假日文件第 %2 行的事件“%1”结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at line %2 of the holiday file runs from %3 to %4, outside the years %5-%6.</source>
        <translation>节假日文件第 %2 行的事件“%1”从 %3 到 %4，超出 %5—%6 年范围。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at line %2 of the holiday file lasts %3 days; a holiday lasts at most 366.</source>
        <translation>节假日文件第 %2 行的事件“%1”长达 %3 天；一个假期最多 366 天。</translation>
    </message>
    <message>
        <source>The holiday file names more days than the years %1-%2 have (line %3).</source>
        <translation>节假日文件列出的天数超过 %1—%2 年的总天数（第 %3 行）。</translation>
    </message>
    <message>
        <source>The holiday file names only days of December %1 and none of %2: those days open the New Year holiday of %2, whose schedule is not in the file.</source>
        <translation>节假日文件只列出了 %1 年 12 月的日期，没有 %2 年的日期：这些日期属于 %2 年元旦假期的安排，而该年安排不在文件中。</translation>
    </message>
</context>
<context>
    <name>HolidayTableModel</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>HouseDialog</name>
    <message>
        <source>House %1</source>
        <translation>房屋 %1</translation>
    </message>
    <message>
        <source>m², e.g. 89.50</source>
        <translation>平方米，例如 89.50</translation>
    </message>
    <message>
        <source>Floor &amp;area (m²):</source>
        <translation>建筑面积（平方米）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area: &quot;%1&quot; is not a floor area in m² with at most two decimals, e.g. 89.50.</source>
        <translation>面积：“%1”不是有效的建筑面积，请以平方米为单位填写，最多两位小数，例如 89.50。</translation>
    </message>
</context>
<context>
    <name>HouseListImport</name>
    <message>
        <source>The house list is empty; the first row must name the columns.</source>
        <translation>房屋清单为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>building (楼栋)</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>room (房号)</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>The house list has no column for %1. The first row must name the columns, e.g. 楼栋,单元,房号,面积,类型,状态 or building,unit,room,area,type,status.</source>
        <translation>房屋清单缺少“%1”列。第一行必须是列名，例如 楼栋,单元,房号,面积,类型,状态 或 building,unit,room,area,type,status。</translation>
    </message>
    <message>
        <source>Building: the building is missing.</source>
        <translation>楼栋：缺少楼栋。</translation>
    </message>
    <message>
        <source>Room: the room number is missing.</source>
        <translation>房号：缺少房号。</translation>
    </message>
    <message>
        <source>House: %1 may not contain a dash, a slash or a space in building, unit or room.</source>
        <translation>房屋：%1 的楼栋、单元或房号中不能有横线、斜线或空格。</translation>
    </message>
    <message>
        <source>Area: &quot;%1&quot; is not a floor area in m² (e.g. 89.50).</source>
        <translation>面积：“%1”不是以平方米计的面积（例如 89.50）。</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not 住宅, 商铺, 车位 or 其他.</source>
        <translation>类型：“%1”不是 住宅、商铺、车位 或 其他。</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not 空置, 自住, 出租 or 装修中.</source>
        <translation>状态：“%1”不是 空置、自住、出租 或 装修中。</translation>
    </message>
    <message>
        <source>House: %1 is already on line %2 of the file.</source>
        <translation>房屋：%1 已在文件第 %2 行出现。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 (%2): added %3, updated %4, already on file %5, rejected %6</source>
        <translation>%1（%2）：新增 %3，更新 %4，已有 %5，拒绝 %6</translation>
    </message>
</context>
<context>
    <name>HouseRepository</name>
    <message>
        <source>House number: &quot;%1&quot; is not written building-unit-room, e.g. 3-2-1201.</source>
        <translation>房屋编号：“%1”不符合“楼栋-单元-房号”的写法，例如 3-2-1201。</translation>
    </message>
    <message>
        <source>Building: the building is missing.</source>
        <translation>楼栋：未填写楼栋。</translation>
    </message>
    <message>
        <source>Room: the room number is missing.</source>
        <translation>房号：未填写房号。</translation>
    </message>
    <message>
        <source>Building: &quot;%1&quot; may not contain a dash, a slash or a space.</source>
        <translation>楼栋：“%1”中不能包含短横线、斜杠或空格。</translation>
    </message>
    <message>
        <source>Unit: &quot;%1&quot; may not contain a dash, a slash or a space.</source>
        <translation>单元：“%1”中不能包含短横线、斜杠或空格。</translation>
    </message>
    <message>
        <source>Room: &quot;%1&quot; may not contain a dash, a slash or a space.</source>
        <translation>房号：“%1”中不能包含短横线、斜杠或空格。</translation>
    </message>
    <message>
        <source>There is no house with the number %1.</source>
        <translation>不存在编号为 %1 的房屋。</translation>
    </message>
    <message>
        <source>There is no house %1.</source>
        <translation>不存在房屋 %1。</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a house type.</source>
        <translation>类型：“%1”不是有效的房屋类型。</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a house status.</source>
        <translation>状态：“%1”不是有效的房屋状态。</translation>
    </message>
    <message>
        <source>Area: the floor area must be between 0 and 1,000,000 m².</source>
        <translation>面积：建筑面积必须在 0 至 1,000,000 平方米之间。</translation>
    </message>
    <message>
        <source>House %1</source>
        <translation>房屋 %1</translation>
    </message>
    <message>
        <source>Reason: say why the house is voided.</source>
        <translation>原因：请说明作废该房屋的原因。</translation>
    </message>
    <message>
        <source>The house does not exist or is already voided.</source>
        <translation>该房屋不存在或已作废。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HouseTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 栋</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1 单元</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>房屋</translation>
    </message>
</context>
<context>
    <name>InspectionCodes</name>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 / %2 个单元</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>已现场整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Sent back after recheck</source>
        <translation>复查未通过，已退回</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Company manager</source>
        <translation>公司经理</translation>
    </message>
    <message>
        <source>Project head</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Department supervisor</source>
        <translation>部门主管</translation>
    </message>
    <message>
        <source>Area lead</source>
        <translation>区域领班</translation>
    </message>
    <message>
        <source>Frontline self-check</source>
        <translation>一线员工自查</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>, at least %1/%2 of the items or area</source>
        <translation>，至少抽查 %1/%2 的检查项或面积</translation>
    </message>
    <message numerus="yes">
        <source>, cleaning at least %n unit(s)</source>
        <translation>
            <numerusform>，保洁至少抽查 %n 个单元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionLevelsDialog</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inspection levels and who holds them</source>
        <translation>检查层级及责任人</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>all checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Frequency and sampling</source>
        <translation>频次与抽查方法</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>检查层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>每隔(&amp;E)：</translation>
    </message>
    <message>
        <source>At least (share of items or area):</source>
        <translation>至少抽查（检查项或面积的比例）：</translation>
    </message>
    <message>
        <source>Cleaning: at least (units):</source>
        <translation>保洁：至少抽查（单元数）：</translation>
    </message>
    <message>
        <source>Who holds each level</source>
        <translation>各层级的责任人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查区域</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>检查层级(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>检查区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Superior:</source>
        <translation>上级(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation>保存修改(&amp;H)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Choose the line to change first.</source>
        <translation>请先选择要修改的行。</translation>
    </message>
    <message>
        <source>Save &amp;frequency</source>
        <translation>保存频次(&amp;F)</translation>
    </message>
</context>
<context>
    <name>InspectionModels</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查区域</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>抽查范围</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不合格数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <source>repeat of #%1, raised to %2</source>
        <translation>重复出现（原 #%1），已上报%2</translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Content checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>问题分析</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
</context>
<context>
    <name>InspectionRunRepository</name>
    <message>
        <source>There is no such inspection run.</source>
        <translation>不存在该检查记录。</translation>
    </message>
    <message>
        <source>This run was finished on %1 and can no longer be changed; record a correction instead.</source>
        <translation>该检查记录已于 %1 完成，不能再修改；如需更改，请登记更正。</translation>
    </message>
    <message>
        <source>Only %1, who started this run, can continue it.</source>
        <translation>只有发起该检查的 %1 才能继续此次检查。</translation>
    </message>
    <message>
        <source>The run was changed after you opened it. Reload it and make your change again.</source>
        <translation>打开后该检查记录已被他人修改。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <source>This inspection is scheduled for %1.</source>
        <translation>该检查由 %1 负责。</translation>
    </message>
    <message>
        <source>Level: choose one of the inspection levels.</source>
        <translation>检查层级：请选择一个检查层级。</translation>
    </message>
    <message>
        <source>Checklist: choose the checklist to inspect with.</source>
        <translation>检查表：请选择本次检查使用的检查表。</translation>
    </message>
    <message>
        <source>Units: the number of units cannot be negative.</source>
        <translation>单元：单元数不能为负数。</translation>
    </message>
    <message>
        <source>A decoration permit is checked with the decoration checklist.</source>
        <translation>装修许可证须使用装修检查表进行检查。</translation>
    </message>
    <message>
        <source>Units: %1 units checked is more than the %2 units there are.</source>
        <translation>单元：已检查 %1 个单元，超过了实际的 %2 个单元。</translation>
    </message>
    <message>
        <source>Item %1 is not part of this run&apos;s checklist.</source>
        <translation>第 %1 项不属于本次检查所用的检查表。</translation>
    </message>
    <message>
        <source>Photo: %1 cannot be read.</source>
        <translation>照片：无法读取 %1。</translation>
    </message>
    <message>
        <source>Photo: the attachments folder %1 cannot be created.</source>
        <translation>照片：无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Photo: it could not be copied to %1.</source>
        <translation>照片：无法复制到 %1。</translation>
    </message>
    <message>
        <source>The item is not part of this run&apos;s checklist.</source>
        <translation>该检查项不属于本次检查所用的检查表。</translation>
    </message>
    <message>
        <source>Items: %1 of %2 items are marked; this level checks at least %3.</source>
        <translation>检查项：已检查 %2 项中的 %1 项；本层级至少须检查 %3 项。</translation>
    </message>
    <message numerus="yes">
        <source>Items: %n item(s) not marked yet.</source>
        <translation>
            <numerusform>检查项：还有 %n 项未检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 of %2 units checked; this level checks at least %3.</source>
        <translation>单元：抽查 %2 个单元中的 %1 个；本层级至少须抽查 %3 个。</translation>
    </message>
    <message>
        <source>A draft is changed directly; only a finished run takes corrections.</source>
        <translation>草稿可直接修改；只有已完成的检查记录才需要登记更正。</translation>
    </message>
    <message>
        <source>Verdict: choose pass, fail or not applicable.</source>
        <translation>结论：请选择合格、不合格或不适用。</translation>
    </message>
    <message>
        <source>Reason: say why the finished run is corrected.</source>
        <translation>原因：请说明更正已完成检查记录的原因。</translation>
    </message>
    <message>
        <source>Verdict: item %1 already stands at &quot;%2&quot;; a correction changes the verdict or the note.</source>
        <translation>结果：第 %1 项已是“%2”；更正须改变结果或备注。</translation>
    </message>
    <message>
        <source>Units: enter how many units the area has and how many were checked; this level checks at least %1.</source>
        <translation>单元：请填写检查区域的单元总数和已查单元数；本层级至少检查 %1 个单元。</translation>
    </message>
</context>
<context>
    <name>InspectionScheduleModel</name>
    <message>
        <source>all checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>draft open</source>
        <translation>有未完成的草稿</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查区域</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>InspectionScheduleRepository</name>
    <message>
        <source>Level: there is no inspection level %1.</source>
        <translation>检查层级：不存在检查层级 %1。</translation>
    </message>
    <message>
        <source>Frequency: the interval must be at least one minute.</source>
        <translation>频次：间隔至少为一分钟。</translation>
    </message>
    <message>
        <source>Sampling: the share must be a fraction between 0 and 1.</source>
        <translation>抽查方法：抽查比例必须是 0 到 1 之间的分数。</translation>
    </message>
    <message>
        <source>Sampling: the minimum number of units cannot be negative.</source>
        <translation>抽查方法：最少单元数不能为负数。</translation>
    </message>
    <message>
        <source>The level %1 was changed by someone else after you opened it. Reload it and make your change again.</source>
        <translation>打开后检查层级 %1 已被他人修改。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <source>There is no such level assignment.</source>
        <translation>不存在该层级分配。</translation>
    </message>
    <message>
        <source>Person: choose who holds the level.</source>
        <translation>人员：请选择担任该层级的人员。</translation>
    </message>
    <message>
        <source>Level: choose one of the inspection levels.</source>
        <translation>检查层级：请选择一个检查层级。</translation>
    </message>
    <message>
        <source>Superior: a person cannot be their own superior.</source>
        <translation>上级：人员不能是自己的上级。</translation>
    </message>
    <message>
        <source>The assignment was changed by someone else after you opened it.</source>
        <translation>打开后该层级分配已被他人修改。</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>&amp;Open only</source>
        <translation>仅显示未关闭的(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Raised to me</source>
        <translation>上报给我的(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start the inspection</source>
        <translation>开始检查(&amp;S)</translation>
    </message>
    <message>
        <source>Start an &amp;unscheduled inspection...</source>
        <translation>开始计划外检查(&amp;U)...</translation>
    </message>
    <message>
        <source>Print a &amp;blank checklist...</source>
        <translation>打印空白检查表(&amp;B)...</translation>
    </message>
    <message>
        <source>Edit &amp;templates...</source>
        <translation>编辑检查表(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Levels and people...</source>
        <translation>检查层级与人员(&amp;L)...</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>另存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>层级检查</translation>
    </message>
    <message>
        <source>&amp;Fixed on the spot...</source>
        <translation>现场整改(&amp;F)...</translation>
    </message>
    <message>
        <source>Rectification &amp;plan...</source>
        <translation>整改计划(&amp;P)...</translation>
    </message>
    <message>
        <source>Re&amp;check...</source>
        <translation>复查(&amp;C)...</translation>
    </message>
    <message>
        <source>Make a repair re&amp;quest...</source>
        <translation>生成报修单(&amp;Q)...</translation>
    </message>
    <message>
        <source>Non-conformities</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>新增记录(&amp;N)...</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Unscheduled inspection</source>
        <translation>计划外检查</translation>
    </message>
    <message>
        <source>Blank checklist</source>
        <translation>空白检查表</translation>
    </message>
    <message>
        <source>Save the inspection as PDF</source>
        <translation>将检查记录另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部人员</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated non-conformity(ies) raised to you</source>
        <translation>
            <numerusform>有 %n 项重复出现的不合格项已上报给您</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <source>Choose a line of the schedule first.</source>
        <translation>请先在检查计划中选择一行。</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message numerus="yes">
        <source>Inspection finished: %n non-conformity(ies) recorded.</source>
        <translation>
            <numerusform>检查已完成：记录了 %n 个不合格项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a non-conformity first.</source>
        <translation>请先选择一个不合格项。</translation>
    </message>
    <message>
        <source>Rectification plan recorded.</source>
        <translation>整改计划已登记。</translation>
    </message>
    <message>
        <source>Recheck recorded.</source>
        <translation>复查结果已登记。</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>现场整改</translation>
    </message>
    <message>
        <source>What was done on the spot?</source>
        <translation>现场做了哪些整改？</translation>
    </message>
    <message>
        <source>Repair request %1 registered.</source>
        <translation>报修单 %1 已登记。</translation>
    </message>
    <message>
        <source>The checklist was saved as a new version; earlier inspections keep theirs.</source>
        <translation>检查表已保存为新版本；之前的检查记录仍保留原版本。</translation>
    </message>
    <message>
        <source>There is no checklist %1.</source>
        <translation>不存在检查表 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Inspection %1</source>
        <translation>检查记录 %1</translation>
    </message>
    <message>
        <source>That schedule line is no longer active.</source>
        <translation>该检查计划已停用。</translation>
    </message>
    <message>
        <source>That non-conformity is closed or no longer on file.</source>
        <translation>该不合格项已关闭或已不存在。</translation>
    </message>
    <message>
        <source>Schedule: %1 overdue, %2 due soon</source>
        <translation>检查计划：%1 项已超期，%2 项即将到期</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>≥ %1%</source>
        <translation>≥ %1%</translation>
    </message>
    <message>
        <source>✔ met</source>
        <translation>✔ 达标</translation>
    </message>
    <message>
        <source>✘ not met</source>
        <translation>✘ 未达标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import a repair ledger</source>
        <translation>导入报修台账</translation>
    </message>
    <message>
        <source>Import a complaint ledger</source>
        <translation>导入投诉台账</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2 row(s) can be imported, %3 row(s) are already on file and %4 row(s) are rejected and listed below. Imported requests get their deadlines from the limits in force.</source>
        <translation>%1：可导入 %2 行，%3 行已存在，%4 行被拒绝（见下表）。导入的工单按现行时限计算截止时间。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the ledger…</source>
        <translation>正在导入台账…</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>Only repair and complaint ledgers can be imported.</source>
        <translation>只能导入报修台账和投诉台账。</translation>
    </message>
    <message>
        <source>The ledger has no column %1.</source>
        <translation>台账中没有“%1”列。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time like 2026-03-01 09:30.</source>
        <translation>%1：“%2”不是有效的时间，请按 2026-03-01 09:30 的格式填写。</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1：不能为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known class.</source>
        <translation>%1：“%2”不是已知的类别。</translation>
    </message>
    <message>
        <source>The house number or the public location is required.</source>
        <translation>必须填写房号或公共区域位置。</translation>
    </message>
    <message>
        <source>%1: the time lies in the future.</source>
        <translation>%1：时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 is earlier than the step before it.</source>
        <translation>%1 早于上一步骤的时间。</translation>
    </message>
    <message>
        <source>%1: write 是 or 否.</source>
        <translation>%1：请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan like 35.50.</source>
        <translation>%1：“%2”不是有效的金额，请按 35.50 这样的格式填写（单位：元）。</translation>
    </message>
    <message>
        <source>Callback answers without %1.</source>
        <translation>有回访结果，但缺少“%1”。</translation>
    </message>
    <message>
        <source>A callback needs the completion time.</source>
        <translation>有回访记录时必须填写完工时间。</translation>
    </message>
    <message>
        <source>%1: write 满意, 一般 (基本满意) or 不满意.</source>
        <translation>%1：请填写“满意”、“一般”（基本满意）或“不满意”。</translation>
    </message>
    <message>
        <source>%1: a whole number from 1 to 10.</source>
        <translation>%1：应为 1 至 10 之间的整数。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>The ledger is empty.</source>
        <translation>台账是空的。</translation>
    </message>
</context>
<context>
    <name>LedgerRequestWriter</name>
    <message>
        <source>No time limit is set for this class.</source>
        <translation>该类别未设置时限。</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Time limits and prices</source>
        <translation>时限与价目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Arrival on site</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Completion / handled</source>
        <translation>完工/办结时限</translation>
    </message>
    <message>
        <source>Write a limit as minutes, hours or working days: 10m, 4h, 7wd. Empty: not measured to that point. Every change is recorded in the audit log.</source>
        <translation>时限可按分钟、小时或工作日填写：10m、4h、7wd。留空表示该环节不考核时限。每次修改都会记入审计日志。</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>time</source>
        <translation>次</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a limit like 10m, 4h or 7wd.</source>
        <translation>%1，%2：“%3”不是有效的时限，请按 10m、4h 或 7wd 的格式填写。</translation>
    </message>
    <message>
        <source>Price, row %1: &quot;%2&quot; is not an amount in yuan like 35.50.</source>
        <translation>价格，第 %1 行：“%2”不是有效的金额，请按 35.50 这样的格式填写（单位：元）。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Price list, %1: %2</source>
        <translation>价目表，%1：%2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>EstateDesk</source>
        <translation>物业服务台</translation>
    </message>
    <message>
        <source>EstateDesk - %1</source>
        <translation>物业服务台 - %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>User name: required.</source>
        <translation>用户名：不能为空。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EstateDesk</source>
        <translation>关于物业服务台(&amp;A)</translation>
    </message>
    <message>
        <source>About EstateDesk</source>
        <translation>关于物业服务台</translation>
    </message>
    <message>
        <source>&lt;b&gt;EstateDesk&lt;/b&gt; %1&lt;br&gt;The desk program of a residential property management office.&lt;br&gt;Database: %2 (schema version %3)</source>
        <translation>&lt;b&gt;物业服务台&lt;/b&gt; %1&lt;br&gt;住宅小区物业服务中心的前台服务程序。&lt;br&gt;数据库：%2（结构版本 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No official holiday schedule for %1: import it in Settings</source>
        <translation>尚未载入 %1 年的法定节假日安排：请在“设置”中导入</translation>
    </message>
    <message>
        <source>Resident files</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Timer board</source>
        <translation>计时看板</translation>
    </message>
    <message>
        <source>&amp;Time limits and prices...</source>
        <translation>时限与价目(&amp;T)...</translation>
    </message>
    <message>
        <source>EstateDesk timers</source>
        <translation>物业服务台计时提醒</translation>
    </message>
    <message>
        <source>Due soon %1 · Overdue %2</source>
        <translation>即将到期 %1 · 已超时 %2</translation>
    </message>
    <message>
        <source>Goods permits</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>层级检查</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>&amp;Gatehouse settings...</source>
        <translation>门岗设置(&amp;G)...</translation>
    </message>
    <message>
        <source>Satisfaction &amp;surveys</source>
        <translation>满意度调查(&amp;S)</translation>
    </message>
    <message>
        <source>Enter &amp;questionnaires...</source>
        <translation>录入问卷(&amp;Q)...</translation>
    </message>
    <message>
        <source>&amp;Desk rating...</source>
        <translation>电子评议(&amp;D)...</translation>
    </message>
    <message>
        <source>Requests, inspections and rectifications due soon and overdue: click to open the timer board</source>
        <translation>即将到期和已超时的工单、检查与整改：点击打开计时看板</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Last backup: today %1</source>
        <translation>上次备份：今天 %1</translation>
    </message>
    <message>
        <source>Last backup: yesterday %1</source>
        <translation>上次备份：昨天 %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>The last good backup is more than two days old, or there is none. Backups go to %1.</source>
        <translation>最近一份完好的备份已超过两天，或者还没有备份。备份存放在 %1。</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>备份存放在 %1。</translation>
    </message>
    <message>
        <source>The append-only trigger %1 was missing or altered; it has been restored.</source>
        <translation>只增不改保护触发器 %1 曾缺失或被改动，现已恢复。</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at row %1.</source>
        <translation>审计日志被篡改过：哈希链在第 %1 行断开。</translation>
    </message>
    <message>
        <source>EstateDesk</source>
        <translation>物业服务台</translation>
    </message>
    <message>
        <source>Checking the database found problems.</source>
        <translation>数据库检查发现问题。</translation>
    </message>
    <message>
        <source>Fee desk</source>
        <translation>收费台</translation>
    </message>
    <message>
        <source>Notices &amp; statement</source>
        <translation>通知与公布</translation>
    </message>
    <message>
        <source>Convenience services</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>EstateDesk manual</source>
        <translation>物业服务台使用手册</translation>
    </message>
    <message>
        <source>The manual is missing from this installation (%1).</source>
        <translation>此安装缺少使用手册（%1）。</translation>
    </message>
</context>
<context>
    <name>MeterReadingImport</name>
    <message>
        <source>The meter readings are empty; the first row must name the columns.</source>
        <translation>抄表读数为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>house (房号)</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>item (收费项目)</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>period (所属期间)</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>quantity (用量)</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>The meter readings have no column for %1. The first row must name the columns, e.g. 房号,收费项目,所属期间,用量 or house,item,period,quantity.</source>
        <translation>抄表读数缺少“%1”列。第一行必须是列名，例如：房号,收费项目,所属期间,用量 或 house,item,period,quantity。</translation>
    </message>
    <message>
        <source>House: %1</source>
        <translation>房号：%1</translation>
    </message>
    <message>
        <source>Item: %1 is not metered.</source>
        <translation>收费项目：%1 不是按用量计费的项目。</translation>
    </message>
    <message>
        <source>Period: &quot;%1&quot; is not a period of %2 (%3).</source>
        <translation>所属期间：“%1”不是 %2（%3）的计费期间。</translation>
    </message>
    <message>
        <source>Quantity: &quot;%1&quot; is not a quantity (e.g. 12.5).</source>
        <translation>用量：“%1”不是用量（例如 12.5）。</translation>
    </message>
    <message>
        <source>Quantity: %1 %2 of %3 is billed already; its reading can no longer change.</source>
        <translation>用量：%3 的 %1 %2 已出账，读数不能再修改。</translation>
    </message>
    <message>
        <source>House: %1 %2 %3 is on line %4 already.</source>
        <translation>房号：%1 %2 %3 已在第 %4 行。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 没有导入任何记录。</translation>
    </message>
    <message>
        <source>%1 (%2): readings imported %3, rejected %4</source>
        <translation>%1（%2）：导入读数 %3 条，拒绝 %4 条</translation>
    </message>
</context>
<context>
    <name>MonthlyAssessment</name>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basic pass</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Unsatisfied answers above 40%</source>
        <translation>不满意评价超过 40%</translation>
    </message>
    <message>
        <source>Major safety accident</source>
        <translation>重大安全事故</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>There is no month %1-%2.</source>
        <translation>不存在 %1-%2 月。</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <source>Create the house if it is not on file yet</source>
        <translation>新建房屋（如该房屋尚未建档）</translation>
    </message>
    <message>
        <source>Move in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-1201</source>
        <translation>楼栋-单元-房号，例如 3-2-1201</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Moved in on:</source>
        <translation>入住日期(&amp;M)：</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>房屋编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>House: &quot;%1&quot; is not written building-unit-room, e.g. 3-2-1201.</source>
        <translation>房屋：“%1”不符合“楼栋-单元-房号”的写法，例如 3-2-1201。</translation>
    </message>
    <message>
        <source>House: %1 is not on file. Check the number, or tick &quot;Create the house&quot;.</source>
        <translation>房屋：%1 尚未建档。请核对房屋编号，或勾选“新建房屋”。</translation>
    </message>
</context>
<context>
    <name>NonConformityRepository</name>
    <message>
        <source>There is no such non-conformity.</source>
        <translation>不存在该不合格项。</translation>
    </message>
    <message>
        <source>The non-conformity was changed after you opened it. Reload it and make your change again.</source>
        <translation>打开后该不合格项已被他人修改。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <source>Only an open non-conformity can be fixed on the spot (this one is: %1).</source>
        <translation>只有待整改的不合格项才能现场整改（该项当前为：%1）。</translation>
    </message>
    <message>
        <source>This non-conformity is already %1.</source>
        <translation>该不合格项已是“%1”状态。</translation>
    </message>
    <message>
        <source>Responsible person: name who carries out the rectification.</source>
        <translation>整改责任人：请指定负责整改的人员。</translation>
    </message>
    <message>
        <source>Deadline: give the date by which it is rectified.</source>
        <translation>整改期限：请填写完成整改的日期。</translation>
    </message>
    <message>
        <source>Deadline: it must lie in the future.</source>
        <translation>整改期限：必须是将来的日期。</translation>
    </message>
    <message>
        <source>Steps: describe how it will be rectified.</source>
        <translation>整改措施：请说明如何整改。</translation>
    </message>
    <message>
        <source>Target standard: say what it must look like afterwards.</source>
        <translation>整改标准：请说明整改后应达到的标准。</translation>
    </message>
    <message>
        <source>A recheck follows a rectification plan (this one is: %1).</source>
        <translation>复查须在制定整改计划之后进行（该项当前为：%1）。</translation>
    </message>
    <message>
        <source>Verdict: say what is still wrong when sending it back.</source>
        <translation>结论：退回时请说明仍存在的问题。</translation>
    </message>
    <message>
        <source>This non-conformity already has repair request %1.</source>
        <translation>该不合格项已有报修单 %1。</translation>
    </message>
    <message>
        <source>Inspection finding #%1: %2</source>
        <translation>检查发现 #%1：%2</translation>
    </message>
</context>
<context>
    <name>NotificationCountLabel</name>
    <message numerus="yes">
        <source>%n notification(s) to handle</source>
        <translation>
            <numerusform>有 %n 条通知待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Show &amp;handled ones too</source>
        <translation>同时显示已处理的(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>标记为已处理(&amp;M)</translation>
    </message>
    <message>
        <source>Select the notification you have handled.</source>
        <translation>请选择您已处理的通知。</translation>
    </message>
    <message>
        <source>This notification was already handled by %1.</source>
        <translation>该通知已由 %1 处理。</translation>
    </message>
    <message>
        <source>Notification marked handled.</source>
        <translation>通知已标记为已处理。</translation>
    </message>
    <message>
        <source>Notification for %1 marked handled.</source>
        <translation>%1 的通知已标记为已处理。</translation>
    </message>
</context>
<context>
    <name>OfficeNotificationModel</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Handled (by, at)</source>
        <translation>处理（处理人，时间）</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PatrolFindingDialog</name>
    <message>
        <source>Patrol finding</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Vehicle plate:</source>
        <translation>车牌(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>Description: say what was found.</source>
        <translation>内容：请说明发现的情况。</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>发现情况(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>PatrolRepository</name>
    <message>
        <source>Water leak</source>
        <translation>漏水</translation>
    </message>
    <message>
        <source>Oil leak</source>
        <translation>漏油</translation>
    </message>
    <message>
        <source>Car left unlocked</source>
        <translation>车辆未上锁</translation>
    </message>
    <message>
        <source>Car window or door open</source>
        <translation>车窗或车门未关</translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation>可疑人员</translation>
    </message>
    <message>
        <source>Broken equipment</source>
        <translation>设施设备损坏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Interval: between 1 and 1440 minutes.</source>
        <translation>巡逻间隔：应为 1 至 1440 分钟。</translation>
    </message>
    <message>
        <source>There is no such patrol route.</source>
        <translation>不存在该巡逻路线。</translation>
    </message>
    <message>
        <source>Route: there is no such patrol route.</source>
        <translation>巡逻路线：不存在该巡逻路线。</translation>
    </message>
    <message>
        <source>Checkpoint: not a checkpoint of this round&apos;s route.</source>
        <translation>巡更点：不是本次巡逻路线上的巡更点。</translation>
    </message>
    <message>
        <source>That round is already finished.</source>
        <translation>该次巡逻已结束。</translation>
    </message>
    <message>
        <source>Kind: %1 is not a kind of finding.</source>
        <translation>类型：%1 不是有效的巡查发现类型。</translation>
    </message>
    <message>
        <source>Description: say what was found.</source>
        <translation>内容：请说明发现的情况。</translation>
    </message>
    <message>
        <source>House: there is no house %1.</source>
        <translation>房屋：不存在房屋 %1。</translation>
    </message>
    <message>
        <source>Patrol finding (%1): %2%3</source>
        <translation>巡查发现（%1）：%2%3</translation>
    </message>
    <message>
        <source> — vehicle %1</source>
        <translation>，车辆 %1</translation>
    </message>
    <message>
        <source>There is no such notification.</source>
        <translation>不存在该通知。</translation>
    </message>
    <message>
        <source>This notification was already handled by %1.</source>
        <translation>该通知已由 %1 处理。</translation>
    </message>
</context>
<context>
    <name>PatrolRoundDialog</name>
    <message>
        <source>Patrol round</source>
        <translation>巡逻登记</translation>
    </message>
    <message numerus="yes">
        <source>%1 (every %n min)</source>
        <translation>
            <numerusform>%1（每 %n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>巡逻路线(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Checkpoints signed:</source>
        <translation>已签到巡更点(&amp;C)：</translation>
    </message>
    <message>
        <source>Route: choose the route walked.</source>
        <translation>巡逻路线：请选择本次巡逻的路线。</translation>
    </message>
    <message>
        <source>Checkpoints: tick the checkpoints signed at.</source>
        <translation>巡更点：请勾选已签到的巡更点。</translation>
    </message>
    <message>
        <source>Up and Down choose a checkpoint, Space ticks it</source>
        <translation>用上下方向键选择巡更点，空格键打勾</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take a payment: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — open bills ¥%3, in arrears ¥%4, prepaid ¥%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — 待缴 ¥%3，其中欠费 ¥%4，预存 ¥%5</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>yuan, e.g. 165.58</source>
        <translation>元，例如 165.58</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 %2, due %3: ¥%4</source>
        <translation>%1 %2，截止 %3：¥%4</translation>
    </message>
    <message>
        <source>&amp;Bills:</source>
        <translation>账单(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>缴款人(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Paid on the oldest bills first; what is left stays as prepaid. Tick bills (Space) to pay only those.</source>
        <translation>按截止日期从早到晚冲抵账单，余额转为预存。勾选账单（空格键）则只冲抵所选账单。</translation>
    </message>
    <message numerus="yes">
        <source>Paid on the %n ticked bill(s) only, in the list&apos;s order; what is left stays as prepaid.</source>
        <translation>
            <numerusform>只冲抵勾选的 %n 笔账单（按列表顺序），余额转为预存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount: enter the amount received in yuan, e.g. 165.58.</source>
        <translation>金额：请输入实收金额（元），例如 165.58。</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount in yuan (at most two decimals, e.g. 165.58).</source>
        <translation>金额：“%1”不是以元为单位的金额（最多两位小数，例如 165.58）。</translation>
    </message>
    <message>
        <source>Amount: it must be more than 0.</source>
        <translation>金额：必须大于 0。</translation>
    </message>
</context>
<context>
    <name>PermitDialog</name>
    <message>
        <source>Decoration permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>yuan, e.g. 2000</source>
        <translation>元，例如 2000</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Permit number:</source>
        <translation>许可证编号(&amp;P)：</translation>
    </message>
    <message>
        <source>Decoration &amp;company:</source>
        <translation>装修公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Qualification certificate:</source>
        <translation>资质证书(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Deposit (yuan):</source>
        <translation>押金（元）(&amp;D)：</translation>
    </message>
    <message>
        <source>No noisy work on Saturdays, Sundays and public holidays.</source>
        <translation>周六、周日及法定节假日不得进行产生噪音的施工。</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>装修公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit: &quot;%1&quot; is not an amount in yuan, e.g. 2000 or 2000.50.</source>
        <translation>押金：“%1”不是有效的金额（元），例如 2000 或 2000.50。</translation>
    </message>
</context>
<context>
    <name>PermitRepository</name>
    <message>
        <source>Worker&apos;s name: the name is missing.</source>
        <translation>施工人员姓名：未填写姓名。</translation>
    </message>
    <message>
        <source>Pass number: the pass number is missing.</source>
        <translation>出入证编号：未填写出入证编号。</translation>
    </message>
    <message>
        <source>Worker&apos;s ID number</source>
        <translation>施工人员身份证号码</translation>
    </message>
    <message>
        <source>Worker&apos;s mobile</source>
        <translation>施工人员手机</translation>
    </message>
    <message>
        <source>Pass number: %1 has already been issued.</source>
        <translation>出入证编号：%1 已发放过。</translation>
    </message>
    <message>
        <source>Permit number: the number is missing.</source>
        <translation>许可证编号：未填写编号。</translation>
    </message>
    <message>
        <source>Company: the decoration company is missing.</source>
        <translation>装修公司：未填写装修公司。</translation>
    </message>
    <message>
        <source>Period: both the first and the last day are needed.</source>
        <translation>期限：开始日期和结束日期都必须填写。</translation>
    </message>
    <message>
        <source>Period: the last day %1 is before the first day %2.</source>
        <translation>期限：结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>Deposit: the deposit cannot be negative.</source>
        <translation>押金：押金不能为负数。</translation>
    </message>
    <message>
        <source>House: there is no such house.</source>
        <translation>房屋：不存在该房屋。</translation>
    </message>
    <message>
        <source>Permit number: %1 has already been issued.</source>
        <translation>许可证编号：%1 已发放过。</translation>
    </message>
    <message>
        <source>Permit %1 is voided.</source>
        <translation>装修许可证 %1 已作废。</translation>
    </message>
    <message>
        <source>Reason: say why the pass is withdrawn.</source>
        <translation>原因：请说明收回出入证的原因。</translation>
    </message>
    <message>
        <source>The pass does not exist or is already withdrawn.</source>
        <translation>该出入证不存在或已收回。</translation>
    </message>
    <message>
        <source>Acceptance result: passed or failed.</source>
        <translation>验收结果：应为“合格”或“不合格”。</translation>
    </message>
    <message>
        <source>Acceptance date: the date is missing.</source>
        <translation>验收日期：未填写日期。</translation>
    </message>
    <message>
        <source>Accepted by: say who inspected the work.</source>
        <translation>验收人：请填写验收人员。</translation>
    </message>
    <message>
        <source>Acceptance date: %1 is before the permit starts (%2).</source>
        <translation>验收日期：%1 早于装修许可证的开始日期（%2）。</translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation>装修许可证 %1</translation>
    </message>
    <message>
        <source>Reason: say why the permit is voided.</source>
        <translation>原因：请说明作废该装修许可证的原因。</translation>
    </message>
    <message>
        <source>The permit does not exist or is already voided.</source>
        <translation>该装修许可证不存在或已作废。</translation>
    </message>
    <message>
        <source>There is no such decoration permit.</source>
        <translation>不存在该装修许可证。</translation>
    </message>
</context>
<context>
    <name>PriceListRepository</name>
    <message>
        <source>Item: required.</source>
        <translation>项目：不能为空。</translation>
    </message>
    <message>
        <source>Price: it cannot be negative.</source>
        <translation>价格：不能为负数。</translation>
    </message>
    <message>
        <source>The price item was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>该收费项目已被他人修改。请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason: required.</source>
        <translation>原因：不能为空。</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Rectified: &amp;close it</source>
        <translation>已整改：关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Not rectified: &amp;send it back</source>
        <translation>未整改：退回(&amp;S)</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Target standard:</source>
        <translation>整改标准：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>整改责任人：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>复查意见(&amp;E)：</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>RecordSupport</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload it and make your change again.</source>
        <translation>您打开 %1 后，%2 于 %3 修改了该记录。请重新加载后再次修改。</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectification plan</source>
        <translation>整改计划</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>整改责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>整改措施(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;esources (people, materials):</source>
        <translation>所需资源（人员、材料）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Target standard:</source>
        <translation>整改标准(&amp;T)：</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Target standard</source>
        <translation>整改标准</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Major complaint (重大)</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Signed by the reporter at the desk</source>
        <translation>报事人已在服务台签字确认</translation>
    </message>
    <message>
        <source>Time agreed with the resident:</source>
        <translation>与住户约定的时间：</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>登记工单</translation>
    </message>
    <message>
        <source>Name, pinyin initials, house or phone of a resident</source>
        <translation>住户姓名、拼音首字母、房号或电话</translation>
    </message>
    <message>
        <source>e.g. 3-2-1201</source>
        <translation>例如 3-2-1201</translation>
    </message>
    <message>
        <source>or a public place: e.g. 3号楼地下车库</source>
        <translation>或公共区域，例如 3号楼地下车库</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>来源(&amp;H)：</translation>
    </message>
    <message>
        <source>Look &amp;up resident:</source>
        <translation>查找住户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报事人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>H&amp;ouse number:</source>
        <translation>房屋编号(&amp;O)：</translation>
    </message>
    <message>
        <source>Public lo&amp;cation:</source>
        <translation>公共区域位置(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容(&amp;D)：</translation>
    </message>
    <message>
        <source>Complaint &amp;against:</source>
        <translation>投诉对象(&amp;A)：</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>房屋编号</translation>
    </message>
    <message>
        <source>Public location</source>
        <translation>公共区域位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>No time limit is set for this class.</source>
        <translation>该类别未设置时限。</translation>
    </message>
    <message>
        <source>Arrival on site by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>须于 &lt;b&gt;%1&lt;/b&gt; 前到场（%2）</translation>
    </message>
    <message>
        <source>Completion by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>须于 &lt;b&gt;%1&lt;/b&gt; 前完成（%2）</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>不考核时限</translation>
    </message>
    <message>
        <source>No official holiday schedule is loaded for %1: working days are counted as Monday to Friday only. Import the schedule in Settings.</source>
        <translation>尚未加载 %1 年的法定节假日安排：工作日仅按周一至周五计算。请在“设置”中导入该年度的节假日安排。</translation>
    </message>
    <message>
        <source>House number: give the house number or a public location.</source>
        <translation>房屋编号：请填写房屋编号或公共区域位置。</translation>
    </message>
    <message>
        <source>Public location: give either a house number or a public location, not both.</source>
        <translation>公共区域位置：房屋编号和公共区域位置只能填写其中一项，不能同时填写。</translation>
    </message>
    <message>
        <source>If not settled today: tell the complainant by &lt;b&gt;24:00 today&lt;/b&gt; when it will be</source>
        <translation>当天未能处理完毕的，须在&lt;b&gt;今日 24:00&lt;/b&gt; 前告知投诉人处理时间</translation>
    </message>
</context>
<context>
    <name>RepairFromFindingDialog</name>
    <message>
        <source>Repair request from finding #%1</source>
        <translation>根据检查发现 #%1 生成报修单</translation>
    </message>
    <message>
        <source>Inspection finding #%1: %2</source>
        <translation>检查发现 #%1：%2</translation>
    </message>
    <message>
        <source>&amp;House number:</source>
        <translation>房号(&amp;H)：</translation>
    </message>
    <message>
        <source>or public &amp;location:</source>
        <translation>或公共部位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容(&amp;D)：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Requests received</source>
        <translation>工单受理量</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>On-time rates (%)</source>
        <translation>及时率（%）</translation>
    </message>
    <message>
        <source>Repairs: arrival</source>
        <translation>报修：到场</translation>
    </message>
    <message>
        <source>Repairs: completion</source>
        <translation>报修：完工</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Callback rate, repairs</source>
        <translation>报修回访率</translation>
    </message>
</context>
<context>
    <name>ReportDocumentBuilder</name>
    <message>
        <source>Only managers see the monthly report.</source>
        <translation>只有经理可以查看月度报告。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Service attitude, ordinary</source>
        <translation>服务态度一般</translation>
    </message>
    <message>
        <source>Service attitude, serious</source>
        <translation>服务态度严重</translation>
    </message>
    <message>
        <source>Engineering repair</source>
        <translation>工程维修</translation>
    </message>
    <message>
        <source>Public area, urgent</source>
        <translation>公共紧急</translation>
    </message>
    <message>
        <source>Public area, other</source>
        <translation>公共一般</translation>
    </message>
    <message>
        <source>Neighbour behaviour</source>
        <translation>邻里行为</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Repairs received</source>
        <translation>报修受理数</translation>
    </message>
    <message>
        <source>Repairs completed</source>
        <translation>报修完工数</translation>
    </message>
    <message>
        <source>Repairs: arrival on time</source>
        <translation>到场及时率</translation>
    </message>
    <message>
        <source>Repairs: completed on time</source>
        <translation>维修及时率</translation>
    </message>
    <message>
        <source>Callback rate, repairs</source>
        <translation>报修回访率</translation>
    </message>
    <message>
        <source>Callback rate, complaints</source>
        <translation>投诉回访率</translation>
    </message>
    <message>
        <source>Callback rate, major complaints</source>
        <translation>重大投诉回访率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation>满意度评价份数</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>投诉受理数</translation>
    </message>
    <message>
        <source>Major complaints</source>
        <translation>重大投诉数</translation>
    </message>
    <message>
        <source>Complaints handled on time</source>
        <translation>投诉处理及时率</translation>
    </message>
    <message>
        <source>Enquiries received</source>
        <translation>咨询受理数</translation>
    </message>
    <message>
        <source>Enquiries answered on time</source>
        <translation>咨询答复及时率</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客人次</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>拒绝访客人次</translation>
    </message>
    <message>
        <source>Vehicle entries</source>
        <translation>车辆入场次数</translation>
    </message>
    <message>
        <source>Vehicles refused</source>
        <translation>拒绝车辆次数</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>入住户数</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>迁出户数</translation>
    </message>
    <message>
        <source>Active decoration permits</source>
        <translation>在施装修许可证数</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>主要指标达标情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>≥ %1%</source>
        <translation>≥ %1%</translation>
    </message>
    <message>
        <source>✔ met</source>
        <translation>✔ 达标</translation>
    </message>
    <message>
        <source>✘ not met</source>
        <translation>✘ 未达标</translation>
    </message>
    <message>
        <source>Complaints by type</source>
        <translation>投诉分类统计</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未办结</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Inspection findings</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Gate statistics</source>
        <translation>门岗统计</translation>
    </message>
    <message>
        <source>Vehicle entries: %1</source>
        <translation>车辆入场：%1</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>最繁忙时段</translation>
    </message>
    <message>
        <source>%1:00–%2:00 (%3)</source>
        <translation>%1:00–%2:00（%3）</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Raters&apos; office scores</source>
        <translation>各评分人的管理处考核得分</translation>
    </message>
    <message>
        <source>Office score (highest and lowest dropped)</source>
        <translation>管理处考核得分（去掉最高分和最低分）</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>满意度得分</translation>
    </message>
    <message>
        <source>Score (60% office + 40% satisfaction)</source>
        <translation>综合得分（管理处考核 60% + 满意度 40%）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>One-vote veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Consecutive failed months</source>
        <translation>连续不合格月数</translation>
    </message>
    <message>
        <source> — rectification required</source>
        <translation> — 须限期整改</translation>
    </message>
    <message>
        <source>%1: the twelve months</source>
        <translation>%1年各月指标</translation>
    </message>
    <message>
        <source>Monthly service-quality report, %1</source>
        <translation>月度服务质量报告，%1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>指标截至 %1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: these figures are frozen.</source>
        <translation>已于 %1 由 %2 关账：以上指标已锁定。</translation>
    </message>
    <message>
        <source>Note: records of this month were changed after it was closed (late edits). The frozen figures are printed; these figures would now read differently: %1.</source>
        <translation>注意：本月关账后记录又有修改（关账后修改）。打印的是已锁定的指标；若按当前记录计算，以下指标将有所不同：%1。</translation>
    </message>
    <message>
        <source>Major safety accident recorded.</source>
        <translation>本月发生重大安全事故。</translation>
    </message>
    <message>
        <source>Trend of the last twelve months</source>
        <translation>近十二个月趋势</translation>
    </message>
    <message>
        <source>Analysis: causes, corrective and preventive measures</source>
        <translation>分析：原因、纠正及预防措施</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Service-quality report for the year %1</source>
        <translation>%1年度服务质量报告</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Inspections were not reported for this month</source>
        <translation>本月未统计层级检查</translation>
    </message>
    <message numerus="yes">
        <source>Runs done / scheduled: %1 (%n holder(s))</source>
        <translation>
            <numerusform>已完成 / 应检查次数：%1（%n 人负责）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Runs done / scheduled: all levels</source>
        <translation>已完成 / 应检查次数：全部层级</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (repeat)</source>
        <translation>（重复出现）</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection runs scheduled</source>
        <translation>应检查次数</translation>
    </message>
    <message>
        <source>Inspection runs done</source>
        <translation>已完成检查次数</translation>
    </message>
    <message>
        <source>Checklist items passed</source>
        <translation>合格检查项</translation>
    </message>
    <message>
        <source>Checklist items failed</source>
        <translation>不合格检查项</translation>
    </message>
    <message>
        <source>Checklist items not applicable</source>
        <translation>不适用检查项</translation>
    </message>
    <message>
        <source>Item pass rate</source>
        <translation>检查项合格率</translation>
    </message>
    <message>
        <source>Non-conformities found</source>
        <translation>发现不合格项</translation>
    </message>
    <message>
        <source>Non-conformities fixed on the spot</source>
        <translation>现场整改的不合格项</translation>
    </message>
    <message>
        <source>Rectified on time</source>
        <translation>按期整改</translation>
    </message>
    <message>
        <source>Rectified late or overdue</source>
        <translation>逾期整改或已超期</translation>
    </message>
    <message>
        <source>Rectifications not yet due</source>
        <translation>未到整改期限</translation>
    </message>
    <message>
        <source>Rectification on-time rate</source>
        <translation>整改及时率</translation>
    </message>
    <message>
        <source>Found this month, still open</source>
        <translation>本月发现、仍未关闭</translation>
    </message>
    <message>
        <source>Open non-conformities, all months</source>
        <translation>未关闭的不合格项（全部月份）</translation>
    </message>
    <message>
        <source>Repeat non-conformities</source>
        <translation>重复出现的不合格项</translation>
    </message>
    <message>
        <source>Non-conformities of the month</source>
        <translation>本月不合格项</translation>
    </message>
    <message>
        <source>Inspection runs scheduled: %1</source>
        <translation>应检查次数：%1</translation>
    </message>
    <message>
        <source>Inspection runs done: %1</source>
        <translation>已完成检查次数：%1</translation>
    </message>
    <message>
        <source>People holding the level: %1</source>
        <translation>负责该层级的人数：%1</translation>
    </message>
    <message>
        <source>Fees billed (due in the month)</source>
        <translation>本月应收（本月到期账单）</translation>
    </message>
    <message>
        <source>Of those, collected</source>
        <translation>其中已收</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>收缴率</translation>
    </message>
    <message>
        <source>Fees received in the month</source>
        <translation>本月实收</translation>
    </message>
    <message>
        <source>Arrears at the start of the month</source>
        <translation>月初欠费</translation>
    </message>
    <message>
        <source>Arrears recovered</source>
        <translation>本月清欠</translation>
    </message>
    <message>
        <source>Arrears recovery rate</source>
        <translation>清欠率</translation>
    </message>
    <message>
        <source>Arrears outstanding</source>
        <translation>欠费余额</translation>
    </message>
    <message>
        <source>Houses in arrears</source>
        <translation>欠费户数</translation>
    </message>
    <message>
        <source>Arrears 1–30 days</source>
        <translation>欠费 1–30 天</translation>
    </message>
    <message>
        <source>Arrears 31–90 days</source>
        <translation>欠费 31–90 天</translation>
    </message>
    <message>
        <source>Arrears 91–180 days</source>
        <translation>欠费 91–180 天</translation>
    </message>
    <message>
        <source>Arrears 181–365 days</source>
        <translation>欠费 181–365 天</translation>
    </message>
    <message>
        <source>Arrears over 365 days</source>
        <translation>欠费 365 天以上</translation>
    </message>
    <message>
        <source>Requests past a deadline</source>
        <translation>超时工单数</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首接责任人</translation>
    </message>
    <message>
        <source>Fee collection</source>
        <translation>物业费收缴</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Requests past a deadline of the month (still open or completed late)</source>
        <translation>本月超时工单（含超时未办结和超时办结）</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save analysis</source>
        <translation>保存分析(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose month…</source>
        <translation>关账(&amp;L)…</translation>
    </message>
    <message>
        <source>Major safety accident this month</source>
        <translation>本月发生重大安全事故</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>Causes of problems, corrective and preventive measures</source>
        <translation>问题原因、纠正及预防措施</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Questionnaires…</source>
        <translation>问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Desk rating…</source>
        <translation>电子评议(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>添加评分(&amp;A)</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Analysis (printed with the month):</source>
        <translation>分析（随当月报告打印）：</translation>
    </message>
    <message>
        <source>Office score:</source>
        <translation>管理处考核得分：</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>考核：</translation>
    </message>
    <message>
        <source>Major safety accident</source>
        <translation>重大安全事故</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事故经过：</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>月度报告-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as XLSX</source>
        <translation>将报告中的表格另存为 XLSX</translation>
    </message>
    <message>
        <source>report-%1.xlsx</source>
        <translation>月度报告-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: the figures are frozen.</source>
        <translation>已于 %1 由 %2 关账：指标已锁定。</translation>
    </message>
    <message>
        <source>Open: the figures are live as of %1.</source>
        <translation>未关账：指标为截至 %1 的实时数据。</translation>
    </message>
    <message>
        <source>Late edits since closing change: %1.</source>
        <translation>关账后的修改使以下指标发生变化：%1。</translation>
    </message>
    <message>
        <source>Score %1, %2</source>
        <translation>得分 %1，%2</translation>
    </message>
    <message>
        <source>(one-vote veto)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>— failed months in a row: %1</source>
        <translation>— 连续不合格月数：%1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Analysis saved.</source>
        <translation>分析已保存。</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>关账</translation>
    </message>
    <message>
        <source>Close %1? Its figures will be frozen as they are now and printed so forever.</source>
        <translation>确定关账 %1 吗？其指标将按当前数据锁定，此后始终按此打印。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首接责任人</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未办结</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在生成 Excel 工作簿…</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>Answer %1: the date is in the future.</source>
        <translation>评价 %1：日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Name the service that is being rated.</source>
        <translation>请填写被评议的服务。</translation>
    </message>
    <message>
        <source>The service %1 has already been rated.</source>
        <translation>服务 %1 已评议过。</translation>
    </message>
    <message>
        <source>You may not see survey answers.</source>
        <translation>您无权查看问卷评价结果。</translation>
    </message>
    <message>
        <source>Only managers see the monthly report.</source>
        <translation>只有经理可以查看月度报告。</translation>
    </message>
    <message>
        <source>%1 is not a month (YYYY-MM).</source>
        <translation>%1 不是有效的月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>%1 is closed: its report can no longer be changed.</source>
        <translation>%1 已关账：其报告不能再修改。</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已关账。</translation>
    </message>
    <message>
        <source>There are no figures to freeze.</source>
        <translation>没有可锁定的指标。</translation>
    </message>
    <message>
        <source>%1 was closed by someone else in the meantime.</source>
        <translation>%1 已在此期间被他人关账。</translation>
    </message>
    <message>
        <source>Rater: enter the name of the person who scored.</source>
        <translation>评分人：请填写评分人姓名。</translation>
    </message>
    <message>
        <source>Score: between 0 and 100.</source>
        <translation>评分：应在 0 至 100 之间。</translation>
    </message>
</context>
<context>
    <name>RequestCodes</name>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>已回单</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>No staff member</source>
        <translation>不针对员工</translation>
    </message>
    <message>
        <source>A supervisor or higher</source>
        <translation>主管及以上人员</translation>
    </message>
    <message>
        <source>Customer-service staff</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>Company administrative staff</source>
        <translation>公司行政人员</translation>
    </message>
    <message>
        <source>Property centre director</source>
        <translation>物业中心主任</translation>
    </message>
    <message>
        <source>Imported from a ledger</source>
        <translation>从台账导入</translation>
    </message>
    <message>
        <source>Dispatched again</source>
        <translation>重新派工</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Signature confirmed</source>
        <translation>已确认签字</translation>
    </message>
    <message>
        <source>Reopened: not solved at the callback</source>
        <translation>重新打开：回访时未解决</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>截止时间已延期</translation>
    </message>
    <message>
        <source>Reopened by a manager</source>
        <translation>经理重新打开</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Complainant told when it will be settled</source>
        <translation>已告知投诉人处理时间</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>是否重大</translation>
    </message>
    <message>
        <source>Arrival deadline</source>
        <translation>到场截止时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Arrival on time</source>
        <translation>到场及时</translation>
    </message>
    <message>
        <source>Completion deadline</source>
        <translation>完工截止时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Completion on time</source>
        <translation>完工及时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>收费（元）</translation>
    </message>
    <message>
        <source>Month: expected YYYY-MM.</source>
        <translation>月份：格式应为 YYYY-MM。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>House / location</source>
        <translation>房屋/位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>首接责任人</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>Arrival due</source>
        <translation>到场截止时间</translation>
    </message>
    <message>
        <source>Completion due</source>
        <translation>完工截止时间</translation>
    </message>
</context>
<context>
    <name>RequestQueries</name>
    <message>
        <source>%1 (%2) may not see service requests.</source>
        <translation>%1（%2）无权查看工单。</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>不存在 ID 为 %1 的工单。</translation>
    </message>
    <message>
        <source>%1: the time lies in the future.</source>
        <translation>%1：时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>%1: the time is earlier than the step before it.</source>
        <translation>%1：时间早于上一步骤的时间。</translation>
    </message>
    <message>
        <source>Class: choose one of the classes of a %1.</source>
        <translation>类别：请从%1的类别中选择一项。</translation>
    </message>
    <message>
        <source>Reporter: the name is required.</source>
        <translation>报事人：请填写姓名。</translation>
    </message>
    <message>
        <source>Place: give either the house number or the public location.</source>
        <translation>地点：请填写房屋编号或公共区域位置。</translation>
    </message>
    <message>
        <source>Description: required.</source>
        <translation>内容：不能为空。</translation>
    </message>
    <message>
        <source>Only a complaint can be made against a staff member.</source>
        <translation>只有投诉才能针对员工。</translation>
    </message>
    <message>
        <source>Registration time</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Agreed time: it must lie after the registration.</source>
        <translation>约定时间：必须晚于登记时间。</translation>
    </message>
    <message>
        <source>No time limit is set for this class.</source>
        <translation>该类别未设置时限。</translation>
    </message>
    <message>
        <source>Receiver: there is no active user with this account.</source>
        <translation>接单人：该账号不存在或已停用。</translation>
    </message>
    <message>
        <source>Receiver: the name of the person who receives the form is required.</source>
        <translation>接单人：请填写接收会签单人员的姓名。</translation>
    </message>
    <message>
        <source>Dispatch time</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Fee: it cannot be negative.</source>
        <translation>收费：不能为负数。</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Slip return time</source>
        <translation>回单时间</translation>
    </message>
    <message>
        <source>Score: from 1 to 10.</source>
        <translation>评分：应为 1 至 10。</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Reason: an extension needs a reason.</source>
        <translation>原因：延期必须填写原因。</translation>
    </message>
    <message>
        <source>New deadline: it must lie after the present one.</source>
        <translation>新截止时间：必须晚于当前的截止时间。</translation>
    </message>
    <message>
        <source>Reason: reopening needs a reason.</source>
        <translation>原因：重新打开必须填写原因。</translation>
    </message>
    <message>
        <source>Reason: voiding needs a reason.</source>
        <translation>原因：作废必须填写原因。</translation>
    </message>
    <message>
        <source>%1 is not assigned to you.</source>
        <translation>%1 未派给您。</translation>
    </message>
    <message>
        <source>Settled by: say when the complaint will be settled.</source>
        <translation>承诺处理时间：请填写投诉将于何时处理完毕。</translation>
    </message>
    <message>
        <source>Settled by: the time promised must lie ahead.</source>
        <translation>承诺处理时间：承诺的时间必须晚于现在。</translation>
    </message>
    <message>
        <source>settled by %1</source>
        <translation>承诺 %1 前处理完毕</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dispatch time</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Slip return time</source>
        <translation>回单时间</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Reloaded: the request is now %1. Check what you typed and press OK again.</source>
        <translation>已重新载入：工单现在是“%1”。请核对填写的内容后再按“确定”。</translation>
    </message>
    <message>
        <source>Reload the request as it is now? What you typed here stays.</source>
        <translation>要重新载入这张工单的当前状态吗？您在这里填写的内容会保留。</translation>
    </message>
</context>
<context>
    <name>RequestTimer</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>超时 %1</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>请先选择一张工单。</translation>
    </message>
    <message>
        <source>%1 was voided and can no longer be changed.</source>
        <translation>%1 已作废，不能再修改。</translation>
    </message>
    <message>
        <source>%1 is closed and can no longer be changed; a manager may reopen it.</source>
        <translation>%1 已归档，不能再修改；如需修改，可由经理重新打开。</translation>
    </message>
    <message>
        <source>%1 is %2: this step is not possible now.</source>
        <translation>%1 当前状态为“%2”，现在不能执行此步骤。</translation>
    </message>
    <message>
        <source>A technician may record arrival and completion only on their own tickets; %1 is not assigned to %2.</source>
        <translation>维修工只能在派给自己的工单上登记到场和完工；%1 并未派给 %2。</translation>
    </message>
    <message>
        <source>%1 is not measured to the arrival on site.</source>
        <translation>%1 不计到场时限，无需登记到场。</translation>
    </message>
    <message>
        <source>%1: the arrival on site is already recorded.</source>
        <translation>%1：已登记过到场。</translation>
    </message>
    <message>
        <source>%1: record the arrival on site first.</source>
        <translation>%1：请先登记到场。</translation>
    </message>
    <message>
        <source>%1 is not a complaint: only a complainant is told when it will be settled.</source>
        <translation>%1 不是投诉：只有投诉需要告知投诉人处理时间。</translation>
    </message>
    <message>
        <source>%1: the signature is already confirmed.</source>
        <translation>%1：签字已确认。</translation>
    </message>
    <message>
        <source>%1 did the work on %2 and may not record its callback; another colleague must call back.</source>
        <translation>%1 是 %2 的处理人，不能登记该单的回访；须由其他同事回访。</translation>
    </message>
    <message>
        <source>%1: record the callback before closing it.</source>
        <translation>%1：归档前请先登记回访。</translation>
    </message>
    <message>
        <source>%1: the technician&apos;s slip is not back yet; record it (回单) before closing.</source>
        <translation>%1：维修人员的回单尚未交回，请先登记回单再归档。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未归档。</translation>
    </message>
    <message>
        <source>%1 has no %2 deadline to extend.</source>
        <translation>%1 没有可延期的%2截止时间。</translation>
    </message>
    <message>
        <source>%1: that deadline has already been met.</source>
        <translation>%1：该截止时间对应的步骤已按时完成，无需延期。</translation>
    </message>
    <message>
        <source>%1: the reporter&apos;s signature is still pending (事后补签); confirm it before closing.</source>
        <translation>%1：报事人签字尚未补签（事后补签），请确认签字后再关闭。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>登记日期从</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>登记工单(&amp;N)...</translation>
    </message>
    <message>
        <source>Search: number, reporter, house or place</source>
        <translation>搜索：单号、报事人、房屋或地点</translation>
    </message>
    <message>
        <source>&amp;Import ledger</source>
        <translation>导入台账(&amp;I)</translation>
    </message>
    <message>
        <source>Repair ledger (报修台账)...</source>
        <translation>报修台账...</translation>
    </message>
    <message>
        <source>Import a repair ledger</source>
        <translation>导入报修台账</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx);;All files (*)</source>
        <translation>台账 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Complaint ledger (投诉台账)...</source>
        <translation>投诉台账...</translation>
    </message>
    <message>
        <source>Import a complaint ledger</source>
        <translation>导入投诉台账</translation>
    </message>
    <message>
        <source>E&amp;xport month...</source>
        <translation>按月导出(&amp;X)...</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Dispatch...</source>
        <translation>派工(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Arrived...</source>
        <translation>到场(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Completed...</source>
        <translation>完工(&amp;C)...</translation>
    </message>
    <message>
        <source>Slip &amp;returned</source>
        <translation>回单(&amp;R)</translation>
    </message>
    <message>
        <source>Si&amp;gnature confirmed</source>
        <translation>确认签字(&amp;G)</translation>
    </message>
    <message>
        <source>Call&amp;back...</source>
        <translation>回访(&amp;B)...</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>归档(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Extend...</source>
        <translation>延期(&amp;E)...</translation>
    </message>
    <message>
        <source>Re&amp;open...</source>
        <translation>重新打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Void...</source>
        <translation>作废(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print co-sign form...</source>
        <translation>打印会签单(&amp;P)...</translation>
    </message>
    <message>
        <source>Export a month</source>
        <translation>按月导出</translation>
    </message>
    <message>
        <source>Month (yyyy-MM):</source>
        <translation>月份（yyyy-MM）：</translation>
    </message>
    <message>
        <source>Month: write it like 2026-03.</source>
        <translation>月份：请按 2026-03 的格式填写。</translation>
    </message>
    <message>
        <source>Export the requests of %1</source>
        <translation>导出 %1 的工单</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request in the list, or register a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择工单，或登记新工单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Kind, class:</source>
        <translation>类型、类别：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记：</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 由 %2 登记（%3）</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>报事人：</translation>
    </message>
    <message>
        <source>Public location:</source>
        <translation>公共区域位置：</translation>
    </message>
    <message>
        <source>House:</source>
        <translation>房屋：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Major:</source>
        <translation>是否重大：</translation>
    </message>
    <message>
        <source>major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>投诉对象：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签字：</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>pending (事后补签)</source>
        <translation>待事后补签</translation>
    </message>
    <message>
        <source>Agreed time:</source>
        <translation>约定时间：</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>到场：</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>截止 %1（%2）</translation>
    </message>
    <message>
        <source> — arrived %1, %2</source>
        <translation> — %1 到场，%2</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>完工：</translation>
    </message>
    <message>
        <source> — completed %1, %2</source>
        <translation> — %1 完工，%2</translation>
    </message>
    <message>
        <source>Dispatched to:</source>
        <translation>派工至：</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>%1 yuan, %2</source>
        <translation>%1 元，%2</translation>
    </message>
    <message>
        <source>paid, receipt %1</source>
        <translation>已付，收据号 %1</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Slip returned:</source>
        <translation>回单：</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>重新打开：</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Voided:</source>
        <translation>已作废：</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Handed by</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>已收费</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>未收费</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期记录</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>延期项目</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原截止时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>新截止时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>%1 is registered; you are responsible for it until it is closed.</source>
        <translation>工单 %1 已登记；在归档之前，您是该工单的首接责任人。</translation>
    </message>
    <message>
        <source>Its working-day deadline was counted without an official holiday schedule.</source>
        <translation>其按工作日计算的截止时间未按法定节假日安排计算。</translation>
    </message>
    <message>
        <source>%1 is dispatched.</source>
        <translation>%1 已派工。</translation>
    </message>
    <message>
        <source>%1: arrival recorded, LATE (due %2).</source>
        <translation>%1：已登记到场，已超时（截止 %2）。</translation>
    </message>
    <message>
        <source>%1: arrival recorded, on time.</source>
        <translation>%1：已登记到场，按时。</translation>
    </message>
    <message>
        <source>%1 is completed; call the resident back.</source>
        <translation>%1 已完工；请回访住户。</translation>
    </message>
    <message>
        <source>%1: the slip is back at customer service.</source>
        <translation>%1：回单已交回客服中心。</translation>
    </message>
    <message>
        <source>%1: the reporter&apos;s signature is confirmed.</source>
        <translation>%1：报事人签字已确认。</translation>
    </message>
    <message>
        <source>%1: callback recorded and the request is closed.</source>
        <translation>%1：已登记回访，工单已归档。</translation>
    </message>
    <message>
        <source>%1: callback recorded.</source>
        <translation>%1：已登记回访。</translation>
    </message>
    <message>
        <source>%1: not solved — the request is reopened and back with %2.</source>
        <translation>%1：问题未解决——工单已重新打开，退回 %2 处理。</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已归档。</translation>
    </message>
    <message>
        <source>%1: the deadline is extended.</source>
        <translation>%1：截止时间已延期。</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>Why is the closed request reopened? (audited)</source>
        <translation>为什么要重新打开已归档的工单？（将记入审计日志）</translation>
    </message>
    <message>
        <source>%1 is reopened.</source>
        <translation>%1 已重新打开。</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Why is this request voided? It stays on file, marked void, with your reason.</source>
        <translation>请说明作废该工单的原因。该工单仍将保留，并连同您填写的原因标记为已作废。</translation>
    </message>
    <message>
        <source>%1 is voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>Co-sign form %1</source>
        <translation>会签单 %1</translation>
    </message>
    <message>
        <source>Ledger imported: %1 request(s) added, %2 already on file, %3 row(s) rejected.</source>
        <translation>台账已导入：新增 %1 张工单，%2 张已存在，%3 行被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 张工单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tell the complainant...</source>
        <translation>告知投诉人(&amp;T)...</translation>
    </message>
    <message>
        <source>%1: the complainant knows when it will be settled.</source>
        <translation>%1：已告知投诉人处理时间。</translation>
    </message>
    <message>
        <source> — told %1, %2; settled by %3</source>
        <translation> — 已于 %1 告知，%2；承诺 %3 前处理完毕</translation>
    </message>
    <message>
        <source> — settled the same day</source>
        <translation> — 当天已处理完毕</translation>
    </message>
    <message>
        <source>Tell the complainant:</source>
        <translation>告知投诉人：</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>requests-%1.xlsx</source>
        <translation>工单-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the requests…</source>
        <translation>正在导出工单…</translation>
    </message>
</context>
<context>
    <name>ResidentCodes</name>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Under renovation</source>
        <translation>装修中</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident file: %1</source>
        <translation>住户档案：%1</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>e.g. 0755-12345678</source>
        <translation>例如 0755-12345678</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Second mobile:</source>
        <translation>备用手机(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation>固定电话(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>紧急联系人(&amp;E)：</translation>
    </message>
    <message>
        <source>Emergency contact &amp;phone:</source>
        <translation>紧急联系人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>备用手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-1201; empty: no house yet</source>
        <translation>楼栋-单元-房号，例如 3-2-1201；留空表示暂不入住</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Relation to the house:</source>
        <translation>与房屋关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Moved &amp;in on:</source>
        <translation>入住日期(&amp;I)：</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>房屋编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>&amp;Keep my input</source>
        <translation>保留我的输入(&amp;K)</translation>
    </message>
    <message>
        <source>Reloaded as it was saved last. Make your change again and press OK.</source>
        <translation>已按最近保存的内容重新载入。请重新修改后按“确定”。</translation>
    </message>
    <message>
        <source>Reload the file as it is now? What you typed here is replaced.</source>
        <translation>要重新载入这份档案的当前内容吗？您在这里填写的内容将被替换。</translation>
    </message>
</context>
<context>
    <name>ResidentModels</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>装修公司</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人数</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未验收</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>ResidentRepository</name>
    <message>
        <source>Name: the name is missing.</source>
        <translation>姓名：未填写姓名。</translation>
    </message>
    <message>
        <source>Gender: &quot;%1&quot; is not a gender.</source>
        <translation>性别：“%1”不是有效的性别。</translation>
    </message>
    <message>
        <source>Document type: &quot;%1&quot; is not a document type.</source>
        <translation>证件类型：“%1”不是有效的证件类型。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Document number: 4 to 30 letters and digits.</source>
        <translation>证件号码：应为 4 至 30 位字母或数字。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>备用手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>There is no resident with the number %1.</source>
        <translation>不存在编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>Document number: already on file for resident %1.</source>
        <translation>证件号码：住户 %1 的档案中已登记该号码。</translation>
    </message>
    <message>
        <source>Resident %1 is voided and can no longer be changed.</source>
        <translation>住户 %1 已作废，不能再修改。</translation>
    </message>
    <message>
        <source>Document number: type the whole number or leave the masked one as it is.</source>
        <translation>证件号码：请输入完整号码，或保留脱敏显示的号码不作修改。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>住户 %1</translation>
    </message>
    <message>
        <source>Reason: say why the resident is voided.</source>
        <translation>原因：请说明作废该住户档案的原因。</translation>
    </message>
    <message>
        <source>The resident does not exist or is already voided.</source>
        <translation>该住户不存在或已作废。</translation>
    </message>
    <message>
        <source>There is no such move-in record.</source>
        <translation>不存在该入住记录。</translation>
    </message>
    <message>
        <source>Role: &quot;%1&quot; is not owner, tenant or family member.</source>
        <translation>身份：“%1”不是业主、租户或家庭成员。</translation>
    </message>
    <message>
        <source>Resident %1 is voided.</source>
        <translation>住户 %1 已作废。</translation>
    </message>
    <message>
        <source>House: there is no such house.</source>
        <translation>房屋：不存在该房屋。</translation>
    </message>
    <message>
        <source>House: %1 is voided.</source>
        <translation>房屋：%1 已作废。</translation>
    </message>
    <message>
        <source>House: %1 already lives in %2.</source>
        <translation>房屋：%1 已入住 %2。</translation>
    </message>
    <message>
        <source>Move-in date: %1 is more than a year ahead.</source>
        <translation>入住日期：%1 比今天晚一年以上。</translation>
    </message>
    <message>
        <source>%1 already moved out of %2 on %3.</source>
        <translation>%1 已于 %3 从 %2 迁出。</translation>
    </message>
    <message>
        <source>Move-out date: %1 is before the move-in date %2.</source>
        <translation>迁出日期：%1 早于入住日期 %2。</translation>
    </message>
    <message>
        <source>%1 has just been moved out by someone else.</source>
        <translation>%1 刚刚已由他人办理迁出。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>House: &quot;%1&quot; is not written building-unit-room, e.g. 3-2-1201.</source>
        <translation>房屋：“%1”不是“楼栋-单元-房号”的写法，例如 3-2-1201。</translation>
    </message>
    <message>
        <source>House: %1 is not on file; check the number, or add the house first.</source>
        <translation>房屋：%1 尚未登记，请核对房号，或先添加该房屋。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zs), house 3-2-1201, phone or plate</source>
        <translation>搜索：姓名、拼音首字母（zs）、房屋 3-2-1201、电话或车牌</translation>
    </message>
    <message>
        <source>&amp;New resident...</source>
        <translation>新增住户(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>导入花名册(&amp;I)...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Show those who moved out</source>
        <translation>显示已迁出的住户</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Move in...</source>
        <translation>入住(&amp;M)...</translation>
    </message>
    <message>
        <source>Move &amp;out</source>
        <translation>迁出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Vehicle...</source>
        <translation>车辆(&amp;V)...</translation>
    </message>
    <message>
        <source>New &amp;permit...</source>
        <translation>新建装修许可证(&amp;P)...</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Decoration permits</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>Import a resident roster</source>
        <translation>导入住户花名册</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>花名册 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the residents</source>
        <translation>导出住户</translation>
    </message>
    <message>
        <source>residents.xlsx</source>
        <translation>住户花名册.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV（UTF-8） (*.csv)</translation>
    </message>
    <message>
        <source>No resident chosen</source>
        <translation>未选择住户</translation>
    </message>
    <message>
        <source>Search above, or pick a house in the tree and a resident in the list.</source>
        <translation>请在上方搜索，或在房屋树中选择房屋，再在列表中选择住户。</translation>
    </message>
    <message>
        <source>%1: not on file</source>
        <translation>%1：未登记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Landline:</source>
        <translation>固定电话：</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Voided:</source>
        <translation>已作废：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is on file. Use &quot;Move in&quot; to link the resident to a house.</source>
        <translation>%1 已建档。请使用“入住”将该住户关联到房屋。</translation>
    </message>
    <message>
        <source>Choose the house the resident moves out of in the Houses tab.</source>
        <translation>请在“房屋”选项卡中选择该住户要迁出的房屋。</translation>
    </message>
    <message>
        <source>%1 already moved out of %2.</source>
        <translation>%1 已从 %2 迁出。</translation>
    </message>
    <message>
        <source>%1 moved out of %2 on %3; the link stays in the history.</source>
        <translation>%1 已于 %3 从 %2 迁出；该居住记录将保留在历史中。</translation>
    </message>
    <message>
        <source>Void resident</source>
        <translation>作废住户档案</translation>
    </message>
    <message>
        <source>Why is the file of %1 voided? It stays in the records, marked void.</source>
        <translation>请说明作废 %1 档案的原因。该档案仍将保留，并标记为已作废。</translation>
    </message>
    <message>
        <source>The full number was shown; this is recorded in the audit log.</source>
        <translation>已显示完整号码；此操作已记入审计日志。</translation>
    </message>
    <message>
        <source>Imported %1 row(s); %2 already on file; %3 rejected.</source>
        <translation>已导入 %1 行；%2 行已存在；%3 行被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resident row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行住户记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Vo&amp;id...</source>
        <translation>作废(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;House...</source>
        <translation>房屋信息(&amp;H)...</translation>
    </message>
    <message>
        <source>Void the chosen vehicle...</source>
        <translation>作废所选车辆...</translation>
    </message>
    <message>
        <source>House %1 saved.</source>
        <translation>房屋 %1 已保存。</translation>
    </message>
    <message>
        <source>Choose the vehicle in the Vehicles tab first.</source>
        <translation>请先在“车辆”选项卡中选择车辆。</translation>
    </message>
    <message>
        <source>Void vehicle</source>
        <translation>作废车辆</translation>
    </message>
    <message>
        <source>Why is %1 no longer registered?</source>
        <translation>请说明 %1 不再登记的原因。</translation>
    </message>
    <message>
        <source>Site &amp;check...</source>
        <translation>现场检查(&amp;C)...</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n fail(s)</source>
        <translation>
            <numerusform>%1 %2：%3，%n 项不合格</numerusform>
        </translation>
    </message>
    <message>
        <source>No site checks yet.</source>
        <translation>尚无现场检查记录。</translation>
    </message>
    <message>
        <source>Site checks: %1</source>
        <translation>现场检查：%1</translation>
    </message>
    <message>
        <source>Choose a permit first.</source>
        <translation>请先选择一个装修许可证。</translation>
    </message>
    <message>
        <source>Only an administrator or a manager may export the residents&apos; personal data.</source>
        <translation>只有管理员或经理可以导出住户个人信息。</translation>
    </message>
    <message>
        <source>%1 is on file and lives at %2.</source>
        <translation>%1 已建档，并已登记入住 %2。</translation>
    </message>
    <message>
        <source>Exporting the residents…</source>
        <translation>正在导出住户资料…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>manage users and settings</source>
        <translation>管理用户和设置</translation>
    </message>
    <message>
        <source>change time limits, price lists and templates</source>
        <translation>修改时限、价目表和模板</translation>
    </message>
    <message>
        <source>edit resident files</source>
        <translation>编辑住户档案</translation>
    </message>
    <message>
        <source>look up residents</source>
        <translation>查询住户</translation>
    </message>
    <message>
        <source>view full document numbers</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>register and dispatch requests</source>
        <translation>登记和派发工单</translation>
    </message>
    <message>
        <source>approve extensions</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <source>record arrival and completion</source>
        <translation>登记到场和完工</translation>
    </message>
    <message>
        <source>write gatehouse logs</source>
        <translation>填写门岗日志</translation>
    </message>
    <message>
        <source>view gatehouse logs</source>
        <translation>查看门岗日志</translation>
    </message>
    <message>
        <source>run inspections</source>
        <translation>执行巡检</translation>
    </message>
    <message>
        <source>view reports and the audit log</source>
        <translation>查看报表和审计日志</translation>
    </message>
    <message>
        <source>manage fee items, reversals and the fee statement</source>
        <translation>管理收费项目、冲红和收支公布</translation>
    </message>
    <message>
        <source>take fee payments and print notices</source>
        <translation>收费和打印通知单</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户花名册</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n resident row(s), document numbers %2</source>
        <translation>
            <numerusform>%1：%n 行住户记录，证件号码%2</numerusform>
        </translation>
    </message>
    <message>
        <source>in full</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>%1 Exporting the residents&apos; personal data is for administrators and managers only.</source>
        <translation>%1 住户个人信息只有管理员和经理可以导出。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>The roster is empty; the first row must name the columns.</source>
        <translation>花名册为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>building (楼栋)</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>room (房号)</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role (身份)</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>The roster has no column for %1. The first row must name the columns, e.g. 楼栋,单元,房号,姓名,身份 or building,unit,room,name,role.</source>
        <translation>花名册中缺少以下列：%1。第一行必须是列名，例如 楼栋,单元,房号,姓名,身份 或 building,unit,room,name,role。</translation>
    </message>
    <message>
        <source>Building: the building is missing.</source>
        <translation>楼栋：未填写楼栋。</translation>
    </message>
    <message>
        <source>Room: the room number is missing.</source>
        <translation>房号：未填写房号。</translation>
    </message>
    <message>
        <source>House: %1 may not contain a dash, a slash or a space in building, unit or room.</source>
        <translation>房屋：%1 的楼栋、单元或房号中不能包含短横线、斜杠或空格。</translation>
    </message>
    <message>
        <source>Name: the name is missing.</source>
        <translation>姓名：未填写姓名。</translation>
    </message>
    <message>
        <source>Role: missing; write 业主, 租户 or 家庭成员.</source>
        <translation>身份：未填写；请填写“业主”、“租户”或“家庭成员”。</translation>
    </message>
    <message>
        <source>Role: &quot;%1&quot; is not 业主, 租户 or 家庭成员.</source>
        <translation>身份：“%1”不是“业主”、“租户”或“家庭成员”。</translation>
    </message>
    <message>
        <source>Gender: &quot;%1&quot; is not 男 or 女.</source>
        <translation>性别：“%1”不是“男”或“女”。</translation>
    </message>
    <message>
        <source>Document type: &quot;%1&quot; is not a document type.</source>
        <translation>证件类型：“%1”不是有效的证件类型。</translation>
    </message>
    <message>
        <source>Mobile: at most two mobile numbers per resident.</source>
        <translation>手机：每位住户最多登记两个手机号码。</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Move-in date: %1 is in the future.</source>
        <translation>入住日期：%1 晚于今天。</translation>
    </message>
    <message>
        <source>Plate: %1 is already registered to %2.</source>
        <translation>车牌：%1 已登记在 %2 名下。</translation>
    </message>
    <message>
        <source>ID number: the same number is on line %1 for %2.</source>
        <translation>身份证号码：第 %1 行的 %2 使用了相同的号码。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 (%2): imported %3, already on file %4, rejected %5</source>
        <translation>%1（%2）：导入 %3 行，已存在 %4 行，拒绝 %5 行</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a resident roster</source>
        <translation>导入住户花名册</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s) can be imported, %4 row(s) are rejected and listed below. Rows already on file are not added again.</source>
        <translation>%1（%2）：可导入 %3 行，%4 行被拒绝（见下表）。已存在的记录不会重复添加。</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the residents…</source>
        <translation>正在导入住户资料…</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>P&amp;hoto...</source>
        <translation>照片(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;inish inspection</source>
        <translation>完成检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Correct this item...</source>
        <translation>更正此项(&amp;C)...</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What was found (for a fail: the problem)</source>
        <translation>检查情况（不合格时填写存在的问题）</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>检查区域(&amp;A)：</translation>
    </message>
    <message>
        <source>Units checked:</source>
        <translation>已查单元：</translation>
    </message>
    <message>
        <source>Run &amp;notes:</source>
        <translation>检查备注(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>%1 (version %2) · %3 · %4 · started %5</source>
        <translation>%1（版本 %2）· %3 · %4 · 开始于 %5</translation>
    </message>
    <message>
        <source>Inspection (finished, read-only)</source>
        <translation>检查（已完成，只读）</translation>
    </message>
    <message>
        <source>Correction of item %1 to %2 by %3 at %4: %5</source>
        <translation>第 %1 项由 %3 于 %4 更正为“%2”：%5</translation>
    </message>
    <message>
        <source>%1 of %2 marked, %3 fail(s)</source>
        <translation>已检查 %2 项中的 %1 项，%3 项不合格</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>检查项照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.heic);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pass (P)</source>
        <translation>合格 (P)</translation>
    </message>
    <message>
        <source>Fail (F)</source>
        <translation>不合格 (F)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>不适用 (N)</translation>
    </message>
    <message>
        <source>The marks could not be saved as a draft: %1

Close and lose them?</source>
        <translation>检查结果未能保存为草稿：%1

关闭并放弃这些结果吗？</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽查方法</translation>
    </message>
    <message>
        <source>Pass criterion</source>
        <translation>合格标准</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 → %2 (corrected)</source>
        <translation>%1 → %2（已更正）</translation>
    </message>
    <message>
        <source>%1 (note corrected)</source>
        <translation>%1（备注已更正）</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Server: give the office server&apos;s name or IP address, e.g. 192.168.1.10.</source>
        <translation>服务器：请填写办公室服务器的计算机名或 IP 地址，例如 192.168.1.10。</translation>
    </message>
    <message>
        <source>Server: &quot;%1&quot; is not a computer name or IP address.</source>
        <translation>服务器：“%1”不是计算机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Port: it must be between 1 and 65535 (PostgreSQL listens on 5432).</source>
        <translation>端口：须在 1 到 65535 之间（PostgreSQL 默认监听 5432）。</translation>
    </message>
    <message>
        <source>Database: give the name of the estate&apos;s database on the server, e.g. estatedesk.</source>
        <translation>数据库：请填写服务器上本小区数据库的名称，例如 estatedesk。</translation>
    </message>
    <message>
        <source>Database: &quot;%1&quot; is not a database name (letters, digits and _ only).</source>
        <translation>数据库：“%1”不是数据库名称（只能用字母、数字和 _）。</translation>
    </message>
    <message>
        <source>User: give the database user this PC signs in as.</source>
        <translation>用户：请填写本机登录数据库所用的用户名。</translation>
    </message>
    <message>
        <source>User: &quot;%1&quot; is not a database user name (letters, digits and _ only).</source>
        <translation>用户：“%1”不是数据库用户名（只能用字母、数字和 _）。</translation>
    </message>
</context>
<context>
    <name>ServiceItemDialog</name>
    <message>
        <source>Change service</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新增服务项目</translation>
    </message>
    <message>
        <source>yuan, e.g. 30.00</source>
        <translation>元，如 30.00</translation>
    </message>
    <message>
        <source>e.g. 元/月, 元/次</source>
        <translation>如 元/月、元/次</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Paid or free:</source>
        <translation>有偿/无偿(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rice (yuan):</source>
        <translation>价格（元）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Deposit (yuan):</source>
        <translation>押金（元）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Break-even subscribers:</source>
        <translation>保本户数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>服务期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Break-even subscribers</source>
        <translation>保本户数</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not an amount in yuan, e.g. 30.00.</source>
        <translation>价格：“%1”不是以元为单位的金额，如 30.00。</translation>
    </message>
    <message>
        <source>Deposit: &quot;%1&quot; is not an amount in yuan, e.g. 100.00.</source>
        <translation>押金：“%1”不是以元为单位的金额，如 100.00。</translation>
    </message>
</context>
<context>
    <name>ServiceItemModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — below break-even (needs %2)</source>
        <translation>%1 — 不足保本（需 %2 户）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Paid or free</source>
        <translation>有偿/无偿</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>服务期限</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>保本户数</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>接受户数</translation>
    </message>
</context>
<context>
    <name>ServiceOrderDialog</name>
    <message>
        <source>Ends &amp;on</source>
        <translation>结束于(&amp;O)</translation>
    </message>
    <message>
        <source>The resident has &amp;signed the order form</source>
        <translation>业主已在委托服务单上签名(&amp;S)</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>委托服务单</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 1-1-101</source>
        <translation>栋-单元-房号，如 1-1-101</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>%1 (one-off)</source>
        <translation>%1（一次性）</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>房号(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>业主(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务项目(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The published price list has no services.</source>
        <translation>已公布的价格表上没有服务项目。</translation>
    </message>
    <message>
        <source>%1 %2, billed every month with the other fees.</source>
        <translation>%1 %2，每月随其他费用一并收取。</translation>
    </message>
    <message>
        <source>%1 %2, billed once.</source>
        <translation>%1 %2，一次性收取。</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>无偿服务，不收费。</translation>
    </message>
    <message>
        <source>Ask the resident for the deposit of %1 yuan.</source>
        <translation>请告知业主预交押金 %1 元。</translation>
    </message>
</context>
<context>
    <name>ServiceOrderModel</name>
    <message>
        <source>%1 (one-off)</source>
        <translation>%1（一次性）</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>至停止为止</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Stopped %1 by %2: %3</source>
        <translation>%1 由 %2 停止：%3</translation>
    </message>
    <message>
        <source>Billed once</source>
        <translation>已一次性收费</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ServicePriceListPrinter</name>
    <message>
        <source>Convenience services and prices %1</source>
        <translation>%1年便民服务项目及价格表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Paid or free</source>
        <translation>有偿/无偿</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>服务期限</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Ask at the management office for a service order form; a long-term service is billed monthly with the other fees until you ask to stop it.</source>
        <translation>如需服务，请到管理处填写《委托服务单》；长期服务按月随物业费收取，至业主申请停止为止。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>批准人：%1&#x3000;批准日期：%2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>公布日期：%1</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>拟定人：%1</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>House: type the house number, e.g. 1-1-101.</source>
        <translation>房号：请填写房号，如 1-1-101。</translation>
    </message>
    <message>
        <source>House: there is no house %1.</source>
        <translation>房号：没有房屋 %1。</translation>
    </message>
    <message>
        <source>Resident: type the name of the resident who asks for the service.</source>
        <translation>业主：请填写申请服务的业主姓名。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Start: choose the day the service starts.</source>
        <translation>开始日期：请选择服务开始的日期。</translation>
    </message>
    <message>
        <source>End: %1 is before the start %2.</source>
        <translation>结束日期：%1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>Service: choose a service of the published price list.</source>
        <translation>服务项目：请从已公布的价格表中选择服务项目。</translation>
    </message>
    <message>
        <source>Service: &quot;%1&quot; is not on the published price list in force.</source>
        <translation>服务项目：“%1”不在现行公布的价格表上。</translation>
    </message>
    <message>
        <source>Signature: the resident signs the service order 委托服务单 to confirm it.</source>
        <translation>签名：须请业主在《委托服务单》上签名确认。</translation>
    </message>
    <message>
        <source>Service: %1 takes &quot;%2&quot; already (since %3).</source>
        <translation>服务项目：%1 已在接受“%2”服务（自 %3 起）。</translation>
    </message>
    <message>
        <source>Start: %1 has a bill for &quot;%2&quot; in %3 already; add this one to that bill at the fee desk, or record it in another month.</source>
        <translation>开始日期：%1 在 %3 已有“%2”的账单；请到收费处并入该账单，或记在其他月份。</translation>
    </message>
    <message>
        <source>Reason: ask the resident why the service stops, and write it down.</source>
        <translation>原因：请问明业主停止服务的原因并填写。</translation>
    </message>
    <message>
        <source>Reason: at most %1 characters.</source>
        <translation>原因：最多 %1 个字。</translation>
    </message>
    <message>
        <source>The order is stopped already, or there is no such order.</source>
        <translation>该委托服务已停止，或没有这张委托服务单。</translation>
    </message>
    <message>
        <source>There is no such service order.</source>
        <translation>没有这张委托服务单。</translation>
    </message>
    <message>
        <source>The convenience services price list 便民服务项目及价格表 of %1 is not published yet: review it from last year&apos;s survey answers 意见征询表 (which services are needed, which break even), draft it and have it approved.</source>
        <translation>%1 年《便民服务项目及价格表》尚未公布：请根据上一年度《意见征询表》衡量各项服务的必要性和能否保本，拟定本年度价格表并报审批。</translation>
    </message>
    <message>
        <source>Year: there is no price list for %1.</source>
        <translation>年度：%1 年没有价格表。</translation>
    </message>
    <message>
        <source>Year: expected a year such as %1.</source>
        <translation>年度：请填写年份，如 %1。</translation>
    </message>
    <message>
        <source>Year: the price list of %1 exists already (%2).</source>
        <translation>年度：%1 年的价格表已存在（%2）。</translation>
    </message>
    <message>
        <source>copied from %1</source>
        <translation>沿用 %1 年价格表</translation>
    </message>
    <message>
        <source>The service is no longer on the list.</source>
        <translation>该服务项目已不在价格表上。</translation>
    </message>
    <message>
        <source>The price list of %1 is %2: only a draft is changed. Draft next year&apos;s list to change its services.</source>
        <translation>%1 年价格表状态为“%2”：只有草拟中的价格表可以修改。如需调整服务项目，请拟定下一年度价格表。</translation>
    </message>
    <message>
        <source>Service: &quot;%1&quot; is on the list already.</source>
        <translation>服务项目：“%1”已在价格表上。</translation>
    </message>
    <message>
        <source>Someone else changed this service meanwhile; look at it again.</source>
        <translation>该服务项目刚被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>The price list of %1 is %2: only a draft is changed.</source>
        <translation>%1 年价格表状态为“%2”：只有草拟中的价格表可以修改。</translation>
    </message>
    <message>
        <source>The price list of %1 is %2: only a draft is approved.</source>
        <translation>%1 年价格表状态为“%2”：只有草拟中的价格表可以审批。</translation>
    </message>
    <message>
        <source>You drafted the price list of %1: another manager or the administrator approves it.</source>
        <translation>%1 年价格表是您拟定的，须由另一位经理或管理员审批。</translation>
    </message>
    <message>
        <source>The price list of %1 has no services yet.</source>
        <translation>%1 年价格表还没有服务项目。</translation>
    </message>
    <message>
        <source>The price list of %1 is %2: a list is published once it is approved.</source>
        <translation>%1 年价格表状态为“%2”：价格表审批后才能公布。</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: %2</source>
        <translation>服务项目“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n paid service(s) billed</source>
        <translation>
            <numerusform>%n 项有偿服务纳入收费</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such price list.</source>
        <translation>没有这份价格表。</translation>
    </message>
    <message>
        <source>Someone else changed the price list meanwhile; look at it again.</source>
        <translation>价格表刚被他人修改，请重新查看。</translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <source>Draft</source>
        <translation>草拟中</translation>
    </message>
    <message>
        <source>Approved, not yet published</source>
        <translation>已审批，未公布</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>有偿</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>无偿</translation>
    </message>
    <message>
        <source>Service: type the name of the service.</source>
        <translation>服务项目：请填写服务项目名称。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price: a paid service needs a price above 0.00 yuan.</source>
        <translation>价格：有偿服务的价格须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Price: a free service has no price (%1 yuan given).</source>
        <translation>价格：无偿服务不收费（填了 %1 元）。</translation>
    </message>
    <message>
        <source>Price: at most 100000.00 yuan.</source>
        <translation>价格：最多 100000.00 元。</translation>
    </message>
    <message>
        <source>Unit: say what the price is for, e.g. 元/月 or 元/次.</source>
        <translation>单位：请写明计价单位，如“元/月”或“元/次”。</translation>
    </message>
    <message>
        <source>Deposit: between 0.00 and 100000.00 yuan.</source>
        <translation>押金：应在 0.00 至 100000.00 元之间。</translation>
    </message>
    <message>
        <source>Break-even subscribers: between 0 and 100000.</source>
        <translation>保本户数：应在 0 至 100000 之间。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>New &amp;draft</source>
        <translation>拟定新价格表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add service...</source>
        <translation>新增服务项目(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>修改(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审批(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>公布(&amp;U)</translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation>打印(&amp;I)...</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>导出 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Show s&amp;topped orders</source>
        <translation>显示已停止的委托(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New order...</source>
        <translation>新建委托服务单(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Stop...</source>
        <translation>停止服务(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Orders and subscribers</source>
        <translation>委托服务与服务名单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3 户）</translation>
    </message>
    <message>
        <source>Below break-even: %1. Decide whether to keep these services.</source>
        <translation>以下服务接受户数不足保本：%1。请决定是否继续提供。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部委托服务单</translation>
    </message>
    <message>
        <source>Subscribers of %1</source>
        <translation>接受长期服务业主名单：%1</translation>
    </message>
    <message>
        <source>No price list yet: draft this year&apos;s list.</source>
        <translation>尚无价格表：请拟定本年度价格表。</translation>
    </message>
    <message>
        <source>%1. Drafted by %2 on %3.</source>
        <translation>%1。%2 于 %3 拟定。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>%1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Published by %1 on %2.</source>
        <translation>%1 于 %2 公布。</translation>
    </message>
    <message>
        <source>Price list of %1 drafted. Add its services, then have another manager approve it.</source>
        <translation>%1 年价格表已拟定。请添加服务项目，再报另一位经理审批。</translation>
    </message>
    <message numerus="yes">
        <source>Price list of %1 drafted from the last published list (%n service(s)). Review the services from last year&apos;s survey answers, then have another manager approve it.</source>
        <translation>
            <numerusform>%1 年价格表已按上次公布的价格表拟定（%n 项服务）。请根据上一年度《意见征询表》调整服务项目，再报另一位经理审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a price list first.</source>
        <translation>请先拟定价格表。</translation>
    </message>
    <message>
        <source>Service added to the draft of %1.</source>
        <translation>服务项目已加入 %1 年价格表草稿。</translation>
    </message>
    <message>
        <source>Select the service to change.</source>
        <translation>请选择要修改的服务项目。</translation>
    </message>
    <message>
        <source>Service changed.</source>
        <translation>服务项目已修改。</translation>
    </message>
    <message>
        <source>Select the service to remove.</source>
        <translation>请选择要删除的服务项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; taken off the draft.</source>
        <translation>已从草稿中删除“%1”。</translation>
    </message>
    <message>
        <source>Price list of %1 approved. Publish it to post it and take orders.</source>
        <translation>%1 年价格表已批准。公布后即可张贴并受理委托。</translation>
    </message>
    <message>
        <source>Price list of %1 published: print it for the notice board. Paid services are billed with the fees.</source>
        <translation>%1 年价格表已公布：请打印张贴公告。有偿服务随物业费一并收取。</translation>
    </message>
    <message>
        <source>Price list of %1</source>
        <translation>%1 年价格表</translation>
    </message>
    <message>
        <source>price-list-%1.pdf</source>
        <translation>便民服务价格表-%1.pdf</translation>
    </message>
    <message>
        <source>Save the price list as PDF</source>
        <translation>将价格表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Price list saved to %1.</source>
        <translation>价格表已保存到 %1。</translation>
    </message>
    <message>
        <source>No price list is published yet: orders are taken for the services of a published list.</source>
        <translation>尚未公布价格表：只受理已公布价格表上的服务项目。</translation>
    </message>
    <message>
        <source>Order recorded: %1 takes %2; a bill of %3 yuan was made for it.</source>
        <translation>委托已登记：%1 接受“%2”服务，已生成 %3 元账单。</translation>
    </message>
    <message>
        <source>Order recorded: %1 takes %2.</source>
        <translation>委托已登记：%1 接受“%2”服务。</translation>
    </message>
    <message>
        <source>Select the order to stop.</source>
        <translation>请选择要停止的委托服务。</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <source>Why does %1 stop %2? Ask the resident; the reason is kept with the order.</source>
        <translation>%1 为什么停止“%2”服务？请问明业主，原因将随委托服务单保存。</translation>
    </message>
    <message>
        <source>%1 no longer takes %2.</source>
        <translation>%1 已停止接受“%2”服务。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time EstateDesk starts.</source>
        <translation>新的语言设置将在下次启动物业服务台时生效。</translation>
    </message>
    <message>
        <source>&amp;Estate name:</source>
        <translation>小区名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Only an administrator may change the estate&apos;s settings.</source>
        <translation>只有系统管理员可以修改小区设置。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Working-day time limits skip the official holidays and count the adjusted working days. EstateDesk ships the schedules below; import a new year&apos;s schedule (holiday-cn JSON or .ics) when the State Council publishes it.</source>
        <translation>按工作日计算的时限会跳过法定节假日，并将调休上班日计为工作日。物业服务台已内置以下年份的节假日安排；国务院公布新一年的放假安排后，请导入该年度的安排（holiday-cn JSON 或 .ics 文件）。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Import schedule...</source>
        <translation>导入节假日安排(&amp;I)...</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Import a holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedules (*.json *.ics);;All files (*)</source>
        <translation>节假日安排 (*.json *.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported the schedule of %1.</source>
        <translation>已导入 %1 年的节假日安排。</translation>
    </message>
    <message>
        <source>Every day at the time below (or at the first start after it) EstateDesk copies the database into the backup folder and checks the copy. The last 30 days and the first backup of each of the last 12 months are kept.</source>
        <translation>物业服务台每天在下面的时间（若当时未开机，则在此后第一次启动时）把数据库复制到备份文件夹并校验副本。保留最近 30 天的备份，以及最近 12 个月每月的第一份备份。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Daily backup &amp;at:</source>
        <translation>每日备份时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Beside the database: %1</source>
        <translation>数据库旁：%1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Change database...</source>
        <translation>更换数据库(&amp;C)...</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This PC uses the database %1.</source>
        <translation>这台电脑使用的数据库：%1。</translation>
    </message>
    <message>
        <source>This PC keeps using this database.</source>
        <translation>这台电脑继续使用这个数据库。</translation>
    </message>
    <message>
        <source>EstateDesk opens %1 the next time it starts.</source>
        <translation>EstateDesk 下次启动时打开 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Estate name: required.</source>
        <translation>小区名称：不能为空。</translation>
    </message>
    <message>
        <source>Estate name: at most 100 characters.</source>
        <translation>小区名称：最多 100 个字符。</translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known time zone.</source>
        <translation>时区：%1 不是有效的时区。</translation>
    </message>
    <message>
        <source>Backup folder: give a full path, such as D:\EstateDesk backups.</source>
        <translation>备份文件夹：请填写完整路径，例如 D:\物业服务台备份。</translation>
    </message>
    <message>
        <source>Backup folder: %1 is a file, not a folder.</source>
        <translation>备份文件夹：%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Backup time: not a valid time of day.</source>
        <translation>备份时间：不是有效的时间。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>Cannot create %1: no temporary folder (%2).</source>
        <translation>无法创建 %1：没有可用的临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: the sheet name &quot;%2&quot; is not allowed.</source>
        <translation>无法写入 %1：工作表名称“%2”不可用。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SurveyBatchDialog</name>
    <message>
        <source>Enter paper questionnaires</source>
        <translation>录入纸质问卷</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>One row per questionnaire: 满意 / 基本满意 / 不满意.</source>
        <translation>每份问卷一行：满意 / 基本满意 / 不满意。</translation>
    </message>
    <message>
        <source>Add at least one questionnaire.</source>
        <translation>请至少添加一份问卷。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The workbook part %1 cannot be read: %2</source>
        <translation>无法读取工作簿部件 %1：%2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this system cannot read GB18030.</source>
        <translation>该文件不是 UTF-8 编码，而本系统无法读取 GB18030 编码。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is damaged: %1</source>
        <translation>工作簿的第一个工作表已损坏：%1</translation>
    </message>
    <message>
        <source>Line %1: not valid UTF-8 (a character is damaged or cut off). Correct that line or save the file again as CSV (UTF-8).</source>
        <translation>第 %1 行：不是有效的 UTF-8（有字符损坏或被截断）。请修改该行，或将文件重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>The file begins as UTF-16 text but is damaged; save it again as CSV (UTF-8).</source>
        <translation>文件以 UTF-16 文本开头，但内容已损坏；请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor GB18030/GBK text; save it again as CSV (UTF-8).</source>
        <translation>第 %1 行：文件既不是 UTF-8 也不是 GB18030/GBK 文本；请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>第 %1 行：超过 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: more than %2 rows; split the file.</source>
        <translation>第 %1 行：超过 %2 行，请拆分文件。</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters; this is not a table.</source>
        <translation>第 %1 行：超过 %2 个字符，这不是表格文件。</translation>
    </message>
    <message>
        <source>Line %1: a field longer than %2 characters.</source>
        <translation>第 %1 行：有单元格超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed properly (text follows its closing quote); check the quotes from this line on.</source>
        <translation>第 %1 行：带引号的字段没有正确结束（结束引号后还有文字）；请从这一行起检查引号。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field begins here and its closing quote is missing.</source>
        <translation>第 %1 行：带引号的字段从这里开始，但缺少结束引号。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): %1</source>
        <translation>这不是 Excel 工作簿（.xlsx）：%1</translation>
    </message>
    <message>
        <source>The workbook has more than %1 shared strings; split it.</source>
        <translation>工作簿的共享字符串超过 %1 个，请拆分。</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>共享字符串 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 rows; split it.</source>
        <translation>第 %1 行：工作表超过 %2 行，请拆分。</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot;: not a row number from 1 to %2.</source>
        <translation>行号“%1”：不是 1 到 %2 之间的行号。</translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot;: not a cell reference within A1 to XFD%2.</source>
        <translation>单元格“%1”：不是 A1 到 XFD%2 范围内的单元格地址。</translation>
    </message>
    <message>
        <source>Cell %1: longer than %2 characters.</source>
        <translation>单元格 %1：超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Cell %1: beyond the %2 columns a sheet may have here.</source>
        <translation>单元格 %1：超出了工作表允许的 %2 列。</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 cells; split it.</source>
        <translation>第 %1 行：工作表超过 %2 个单元格，请拆分。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <translation>%1 大于 %2 MiB，请拆分成较小的文件。</translation>
    </message>
</context>
<context>
    <name>TellComplainantDialog</name>
    <message>
        <source>Tell the complainant: %1</source>
        <translation>告知投诉人：%1</translation>
    </message>
    <message>
        <source>How they were told and what was said (by phone, in person ...)</source>
        <translation>告知方式与内容（电话、当面……）</translation>
    </message>
    <message>
        <source>A complaint not settled the same day: tell the complainant, that day, when it will be settled.</source>
        <translation>当天未能处理完毕的投诉，须在当天告知投诉人处理时间。</translation>
    </message>
    <message>
        <source>&amp;Settled by:</source>
        <translation>承诺处理时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>告知内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>承诺处理时间</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽查方法</translation>
    </message>
    <message>
        <source>Pass criterion</source>
        <translation>合格标准</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加检查项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除检查项(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>new checklist</source>
        <translation>新检查表</translation>
    </message>
    <message>
        <source>%1 (saving makes version %2)</source>
        <translation>%1（保存后为版本 %2）</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>TimeLimit</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLimitRepository</name>
    <message>
        <source>There is no such class.</source>
        <translation>不存在该类别。</translation>
    </message>
    <message>
        <source>A class needs at least one time limit.</source>
        <translation>每个类别至少需要设置一项时限。</translation>
    </message>
</context>
<context>
    <name>TimeLimitTable</name>
    <message>
        <source>Emergency repair</source>
        <translation>急修</translation>
    </message>
    <message>
        <source>Simple repair</source>
        <translation>简易维修</translation>
    </message>
    <message>
        <source>General repair</source>
        <translation>一般维修</translation>
    </message>
    <message>
        <source>Public area, urgent</source>
        <translation>公共紧急</translation>
    </message>
    <message>
        <source>Public area, other</source>
        <translation>公共一般</translation>
    </message>
    <message>
        <source>Service attitude, ordinary</source>
        <translation>服务态度一般</translation>
    </message>
    <message>
        <source>Service attitude, serious</source>
        <translation>服务态度严重</translation>
    </message>
    <message>
        <source>Engineering repair</source>
        <translation>工程维修</translation>
    </message>
    <message>
        <source>Neighbour behaviour</source>
        <translation>邻里行为</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Estate information</source>
        <translation>小区信息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Services outside the centre</source>
        <translation>中心以外的服务</translation>
    </message>
    <message>
        <source>Other departments&apos; procedures</source>
        <translation>其他部门办理事项</translation>
    </message>
</context>
<context>
    <name>TimerBoardModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>计时状态</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>不合格项 %1</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Repeat raised to you</source>
        <translation>重复出现，已上报给您</translation>
    </message>
    <message>
        <source>all checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>尚无整改计划</translation>
    </message>
    <message>
        <source>Number / level</source>
        <translation>单号/层级</translation>
    </message>
    <message>
        <source>Class / checklist</source>
        <translation>类别/检查表</translation>
    </message>
    <message>
        <source>House / area</source>
        <translation>房屋/区域</translation>
    </message>
    <message>
        <source>Receiver / superior</source>
        <translation>接单人/上级</translation>
    </message>
    <message>
        <source>Responsible / inspector</source>
        <translation>首接责任人/检查人</translation>
    </message>
    <message>
        <source>Slip back</source>
        <translation>回单</translation>
    </message>
    <message>
        <source>%1, slip</source>
        <translation>%1回单</translation>
    </message>
    <message>
        <source>Tell by</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>Tell the complainant</source>
        <translation>告知投诉人</translation>
    </message>
</context>
<context>
    <name>TimerBoardPage</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>On track %1 · Due soon %2 · Overdue %3</source>
        <translation>正常 %1 · 即将到期 %2 · 已超时 %3</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
    <message>
        <source>Back on track: %1</source>
        <translation>恢复正常：%1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 due at %3, %4 left.</source>
        <translation>%1：%2截止 %3，剩余 %4。</translation>
    </message>
    <message>
        <source>%1: %2 was due at %3. Escalated to the manager.</source>
        <translation>%1：%2已于 %3 超时，已上报主管。</translation>
    </message>
    <message>
        <source>%1: %2 was due at %3.</source>
        <translation>%1：%2已于 %3 超时。</translation>
    </message>
    <message>
        <source>%1: %2 now due at %3.</source>
        <translation>%1：%2截止时间改为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s) escalated to you: extend the deadline or see to the work (shown in bold below).</source>
        <translation>
            <numerusform>%n 项已超时工单已上报给您：请批准延期或督促处理（下方粗体显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what needs attention (due soon, overdue, raised to me)</source>
        <translation>只看需处理的（即将到期、已超时、上报给我）</translation>
    </message>
    <message>
        <source>(inspections among them: %1)</source>
        <translation>（其中检查 %1 项）</translation>
    </message>
    <message numerus="yes">
        <source>%n non-conformity(ies) found again by a higher level while still open, raised to you (shown in bold below).</source>
        <translation>
            <numerusform>%n 项不合格项在整改期间被上级检查再次发现，已上报给您（下方粗体显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the fee desk&apos;s arrears list, over 90 days</source>
        <translation>打开收费台欠费清单（逾期 90 天以上）</translation>
    </message>
    <message>
        <source>Fee arrears over 90 days: not available</source>
        <translation>逾期 90 天以上欠费：暂无法统计</translation>
    </message>
    <message>
        <source>Houses in arrears over 90 days: %1</source>
        <translation>逾期 90 天以上欠费户数：%1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Full name: required.</source>
        <translation>姓名：不能为空。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User name: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名：请使用 2 至 32 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message numerus="yes">
        <source>Password: at least %n characters are required.</source>
        <translation>
            <numerusform>密码：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在用户名为 %1 的用户。</translation>
    </message>
    <message>
        <source>Full name: required.</source>
        <translation>姓名：不能为空。</translation>
    </message>
    <message>
        <source>User name: %1 is already taken.</source>
        <translation>用户名：%1 已被占用。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The administrator already exists; sign in instead.</source>
        <translation>系统管理员账号已存在，请直接登录。</translation>
    </message>
    <message>
        <source>Current password: it is not correct.</source>
        <translation>当前密码：输入不正确。</translation>
    </message>
    <message>
        <source>Role: you cannot take the administrator role away from yourself.</source>
        <translation>角色：不能取消您本人的系统管理员角色。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您本人的账号。</translation>
    </message>
    <message>
        <source>Only an administrator may list the users.</source>
        <translation>只有系统管理员可以查看用户列表。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s) or ask the administrator to unlock it.</source>
        <translation>
            <numerusform>由于连续 %1 次输错密码，该账号已被锁定。请在 %n 分钟后重试，或联系系统管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账号已被停用。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误。该账号已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not list the staff.</source>
        <translation>您无权查看员工列表。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add user...</source>
        <translation>添加用户(&amp;A)...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>设置密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>%1: the number is missing.</source>
        <translation>%1：未填写号码。</translation>
    </message>
    <message>
        <source>%1: the check character is wrong (the last character should be %2 for these 17 digits); the number was probably mistyped.</source>
        <translation>%1：校验码错误（按前 17 位数字计算，最后一位应为 %2），号码可能输入有误。</translation>
    </message>
    <message>
        <source>%1: a resident ID card number has 18 characters (or 15 for an old card), not %2.</source>
        <translation>%1：居民身份证号码应为 18 位（旧版身份证为 15 位），而不是 %2 位。</translation>
    </message>
    <message>
        <source>%1: only digits are allowed, and X only as the last character.</source>
        <translation>%1：只能包含数字，X 只能出现在最后一位。</translation>
    </message>
    <message>
        <source>%1: the birth date in the number (%2) is not a real date.</source>
        <translation>%1：号码中的出生日期（%2）不是有效日期。</translation>
    </message>
    <message>
        <source>%1: the birth date in the number (%2) is in the future.</source>
        <translation>%1：号码中的出生日期（%2）晚于今天。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains characters that are not digits.</source>
        <translation>%1：“%2”中含有非数字字符。</translation>
    </message>
    <message>
        <source>%1: a mobile number has 11 digits, &quot;%2&quot; has %3.</source>
        <translation>%1：手机号码应为 11 位数字，“%2”为 %3 位。</translation>
    </message>
    <message>
        <source>%1: a mobile number starts with 13 to 19, &quot;%2&quot; does not.</source>
        <translation>%1：手机号码应以 13 至 19 开头，“%2”不符合。</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Plate: the plate is empty.</source>
        <translation>车牌：未填写车牌号码。</translation>
    </message>
    <message>
        <source>Plate: %1 does not start with a province abbreviation; please confirm it.</source>
        <translation>车牌：%1 不是以省份简称开头，请确认。</translation>
    </message>
    <message>
        <source>Plate: %1 contains the letter I or O, which plates never use (1 or 0?); please confirm it.</source>
        <translation>车牌：%1 含有字母 I 或 O，而车牌中不使用这两个字母（是否应为 1 或 0？），请确认。</translation>
    </message>
    <message>
        <source>Plate: %1 does not match a national plate format; please confirm it.</source>
        <translation>车牌：%1 不符合国家规定的车牌格式，请确认。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1: the date is missing.</source>
        <translation>%1：未填写日期。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-01, 2024/3/1 or 2024年3月1日.</source>
        <translation>%1：“%2”不是日期；请按 2024-03-01、2024/3/1 或 2024年3月1日 的格式填写。</translation>
    </message>
    <message>
        <source>%1: %2 is not a day of the calendar.</source>
        <translation>%1：日历上没有 %2 这一天。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters, this has %3.</source>
        <translation>%1：最多 %2 个字符，现为 %3 个。</translation>
    </message>
    <message>
        <source>%1: must be one line, without line breaks or tabs.</source>
        <translation>%1：只能填写一行，不能含换行或制表符。</translation>
    </message>
    <message>
        <source>%1: contains the invisible control character %2, which could make the text read differently from what is stored; remove it.</source>
        <translation>%1：含有不可见的控制字符 %2，会使显示的文字与实际保存的不一致，请删除。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>%1: the plate is missing.</source>
        <translation>%1：未填写车牌号码。</translation>
    </message>
    <message>
        <source>%1: contains the invisible control character %2; type the plate again.</source>
        <translation>%1：含有不可见的控制字符 %2，请重新输入车牌号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plate: &quot;%3&quot; is not a letter, a digit or a Chinese character.</source>
        <translation>%1：“%2”不是车牌号码：“%3”不是字母、数字或汉字。</translation>
    </message>
    <message>
        <source>%1: %2 is too long for a plate (at most %3 characters).</source>
        <translation>%1：%2 过长，不是有效的车牌号码（最多 %3 个字符）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is how a spreadsheet shows a long number it has turned into a number, and its last digits are lost. Format the column as text (Format Cells → Text) and type or paste the numbers again, then import the file again.</source>
        <translation>%1：“%2”是电子表格把长数字转成数值后显示的科学计数，末几位数字已经丢失。请把该列设置为文本格式（设置单元格格式 → 文本），重新输入或粘贴号码后再导入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not start with an area code (0…); write it in front, e.g. 0755-12345678.</source>
        <translation>%1：“%2”没有以区号（0…）开头，请在前面加上区号，例如 0755-12345678。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a landline number; write it as area code, number and extension, e.g. 0755-12345678-123.</source>
        <translation>%1：“%2”不是固定电话号码，请按“区号-号码-分机”填写，例如 0755-12345678-123。</translation>
    </message>
    <message>
        <source>%1: the area code &quot;%2&quot; has 3 or 4 digits, e.g. 010 or 0755.</source>
        <translation>%1：区号“%2”应为 3 位或 4 位，例如 010 或 0755。</translation>
    </message>
    <message>
        <source>%1: after the area code %2 a landline number has 7 or 8 digits; &quot;%3&quot; has %4, too few.</source>
        <translation>%1：区号 %2 之后的固话号码应为 7 位或 8 位，“%3”只有 %4 位，位数不足。</translation>
    </message>
    <message>
        <source>%1: after the area code %2 a landline number has 7 or 8 digits; &quot;%3&quot; has %4, too many.</source>
        <translation>%1：区号 %2 之后的固话号码应为 7 位或 8 位，“%3”有 %4 位，位数过多。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a mobile number (11 digits, starting with 1) nor a landline number (area code first, e.g. 0755-12345678).</source>
        <translation>%1：“%2”既不是手机号码（以 1 开头的 11 位数字），也不是固定电话号码（先写区号，例如 0755-12345678）。</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>e.g. 粤B12345</source>
        <translation>例如 粤B12345</translation>
    </message>
    <message>
        <source>e.g. car, SUV, motorcycle</source>
        <translation>例如 轿车、SUV、摩托车</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <source>Vehicle &amp;type:</source>
        <translation>车辆类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Parking &amp;space:</source>
        <translation>车位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Press OK again to register it as it is.</source>
        <translation>如确认无误，请再次点击“确定”按原样登记。</translation>
    </message>
</context>
<context>
    <name>VehicleLogModel</name>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Passed, flagged</source>
        <translation>放行（需跟进）</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>入场/出场</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>车辆类别</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <source>Fee (¥)</source>
        <translation>停车费（¥）</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>护管员</translation>
    </message>
</context>
<context>
    <name>VehicleRepository</name>
    <message>
        <source>There is no such vehicle.</source>
        <translation>不存在该车辆。</translation>
    </message>
    <message>
        <source>Resident: the vehicle must belong to a resident on file.</source>
        <translation>住户：车辆必须登记在已建档的住户名下。</translation>
    </message>
    <message>
        <source>Plate: %1 is already registered to %2.</source>
        <translation>车牌：%1 已登记在 %2 名下。</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <source>Reason: say why the vehicle is voided.</source>
        <translation>原因：请说明作废该车辆的原因。</translation>
    </message>
    <message>
        <source>Vehicle %1 is already voided.</source>
        <translation>车辆 %1 已作废。</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
</context>
<context>
    <name>VehiclesInsideModel</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>车辆类别</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>停留时长</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Refused entry</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Visitor register</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>stored masked</source>
        <translation>脱敏保存</translation>
    </message>
    <message>
        <source>3-2-1201</source>
        <translation>3-2-1201</translation>
    </message>
    <message>
        <source>salesperson, no business …</source>
        <translation>推销人员，无正当事由…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Document no.:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>人数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;House visited:</source>
        <translation>被访房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resident visited:</source>
        <translation>被访住户(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>来访事由(&amp;P)：</translation>
    </message>
    <message>
        <source>Pl&amp;ate (if by car):</source>
        <translation>车牌（如驾车）(&amp;A)：</translation>
    </message>
    <message>
        <source>Name: type the visitor&apos;s name.</source>
        <translation>姓名：请填写访客姓名。</translation>
    </message>
    <message>
        <source>Reason: say why the visitor is refused.</source>
        <translation>原因：请说明拒绝该访客进入的原因。</translation>
    </message>
    <message>
        <source>Purpose: say why the visitor comes.</source>
        <translation>来访事由：请说明来访事由。</translation>
    </message>
    <message>
        <source>House visited: say which house or resident the visitor comes to.</source>
        <translation>被访房屋：请填写访客拜访的房屋或住户。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reason for re&amp;fusal:</source>
        <translation>拒绝原因(&amp;F)：</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>电话(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>VisitorsInsideModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访对象</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>来访时间</translation>
    </message>
</context>
<context>
    <name>WorkLogDialog</name>
    <message>
        <source>Work log entry</source>
        <translation>工作日志记录</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Content checked:</source>
        <translation>检查内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>检查结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Problem &amp;analysis:</source>
        <translation>问题分析(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>纠正措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Lessons:</source>
        <translation>经验教训(&amp;L)：</translation>
    </message>
    <message>
        <source>Content checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>WorkLogRepository</name>
    <message>
        <source>Content checked: say what was inspected.</source>
        <translation>检查内容：请说明检查了哪些内容。</translation>
    </message>
    <message>
        <source>Time: the entry cannot lie in the future.</source>
        <translation>时间：记录时间不能晚于当前时间。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a ZIP archive or it is damaged.</source>
        <translation>该文件不是 ZIP 压缩包，或已损坏。</translation>
    </message>
    <message>
        <source>The archive is encrypted.</source>
        <translation>该压缩包已加密。</translation>
    </message>
    <message>
        <source>The archive has no part %1.</source>
        <translation>压缩包中缺少部件 %1。</translation>
    </message>
    <message>
        <source>The archive part %1 is damaged.</source>
        <translation>压缩包中的部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The archive part %1 uses a compression this program cannot read.</source>
        <translation>压缩包中的部件 %1 使用了本程序无法读取的压缩方式。</translation>
    </message>
    <message>
        <source>The archive part %1 cannot be unpacked.</source>
        <translation>压缩包中的部件 %1 无法解压。</translation>
    </message>
    <message>
        <source>The archive has %1 parts; a workbook this program reads has at most %2.</source>
        <translation>压缩包有 %1 个部件，本程序读取的工作簿最多 %2 个。</translation>
    </message>
    <message>
        <source>The archive part %1 is larger than 4 GiB (ZIP64), more than a workbook this program reads.</source>
        <translation>压缩包部件 %1 大于 4 GiB（ZIP64），超出本程序可读取的工作簿大小。</translation>
    </message>
    <message>
        <source>The archive part %1 unpacks to %2 MiB; at most %3 MiB are read.</source>
        <translation>压缩包部件 %1 解压后为 %2 MiB，最多只读取 %3 MiB。</translation>
    </message>
    <message>
        <source>The archive part %1 unpacks to more than the %2 bytes its directory declares; the file is damaged or not a real workbook.</source>
        <translation>压缩包部件 %1 解压后超过目录中声明的 %2 字节；文件已损坏或不是真正的工作簿。</translation>
    </message>
</context>
</TS>
