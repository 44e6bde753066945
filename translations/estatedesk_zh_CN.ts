<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>EstateDesk</source>
        <translation>物业服务台</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Arrival on site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured to arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the arrival was due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (due by %1)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Showing the latest %1 entries; narrow the dates to see older ones.</source>
        <translation>仅显示最近 %1 条记录；如需查看更早的记录，请缩小日期范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
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
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Close the request when it is solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (是)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (否): the request goes back to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (否)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Called at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem &amp;solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician&apos;s &amp;attitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you c&amp;harged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core (1–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 35.50; empty: free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the price list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 yuan/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Fee: &quot;%1&quot; is not an amount in yuan like 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: a paid repair needs the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.: a paid fee needs the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This system cannot read GB18030 text.</source>
        <translation>本系统无法读取 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是 UTF-8 编码也不是 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>demo data: estate %1, %n staff account(s), %2 houses, %3 residents, %4 requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished">接单人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department: required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extend a deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: this request has no deadline left to extend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>This database is new. Give the estate&apos;s name and create the administrator&apos;s account; there is no default password.</source>
        <translation>这是一个新数据库。请填写小区名称并创建系统管理员账号；系统不设默认密码。</translation>
    </message>
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
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In or out (by the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the plate is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit no. (if shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in front of a plate typed without its province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor in (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor left (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods permit (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol round (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol finding (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at the gate&apos;s records but not write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 in, %2 out, %3 refused, %4 visitors, fees ¥%5 — inside now: %6 vehicles, %7 visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OVERDUE by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: next round by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrols — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside since %2: Enter logs it out as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Enter logs it in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press Enter again to log it as typed, or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED %1 (%2) at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN %1 — %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT %1 — %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay %1, fee ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visitor who left in the list of visitors inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1 left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateReceipt</name>
    <message>
        <source>Temporary parking receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished">门岗</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateRepository</name>
    <message>
        <source>Free minutes: between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff: amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate: type the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate: %1 is too long for a plate.</source>
        <translation type="unfinished">车牌：%1 过长，不是有效的车牌号码。</translation>
    </message>
    <message>
        <source>Moving van: goods may leave only with an approved goods-out permit. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building materials in bulk need a permit approved by the owners&apos; committee or the office. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military/police vehicle entering between 00:00 and 06:00: follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 had no exit on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the entry is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such vehicle log entry, or it is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: type the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: between 1 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reason: say why the visitor is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: say why the visitor comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House visited: there is no house %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House visited: say which house or resident the visitor comes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visitor is not inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such visitor entry, or it is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 (%2) inside since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visitor %1 (%n people) to %2 inside since %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment: list what is handed over (keys, radios, cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover was already confirmed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming guard: the handover must be confirmed by the guard taking over, not by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateRules</name>
    <message>
        <source>Resident vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary / visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military / police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building materials in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muck truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous goods (poisonous, flammable, explosive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not admitted unless approved in advance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsCheckDialog</name>
    <message>
        <source>Goods-out permit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FX20260302-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already collected by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4); valid %5 to %6; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit number: type the number printed on the permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsPermitRepository</name>
    <message>
        <source>Goods out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving (van)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building materials in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle approved in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such goods-out permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1 is not a kind of permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: say who applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods: describe the goods (what and how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: the permit would end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House: there is no house %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 is %2 and cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the permit is voided.</source>
        <translation type="unfinished">原因：请说明作废该装修许可证的原因。</translation>
    </message>
    <message>
        <source>Permit %1 is %2 and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 was already used on %2 (collected by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 is valid from %2 to %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 names the vehicle %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permit was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved permit for %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1 was collected at the same moment elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit number: type the number printed on the permit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle or visitor inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing guard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items carried over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equipment handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming guard&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming guard&apos;s &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: list what is handed over (keys, radios, cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming guard: the guard taking over signs in here.</source>
        <translation type="unfinished"></translation>
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
        <source>The holiday file has an entry without a valid date or isOffDay.</source>
        <translation>节假日文件中有条目缺少有效的 date 或 isOffDay 字段。</translation>
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
        <translation type="unfinished">房屋 %1</translation>
    </message>
    <message>
        <source>m², e.g. 89.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor &amp;area (m²):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Area: &quot;%1&quot; is not a floor area in m² with at most two decimals, e.g. 89.50.</source>
        <translation type="unfinished"></translation>
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
    <name>LedgerImportDialog</name>
    <message>
        <source>Import a repair ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a complaint ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2 row(s) can be imported, %3 row(s) are already on file and %4 row(s) are rejected and listed below. Imported requests get their deadlines from the limits in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation type="unfinished">
            <numerusform>导入 %n 行</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Time limits and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Arrival on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion / handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a limit as minutes, hours or working days: 10m, 4h, 7wd. Empty: not measured to that point. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单元</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a limit like 10m, 4h or 7wd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, row %1: &quot;%2&quot; is not an amount in yuan like 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list, %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limits and prices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests due soon and overdue: click to open the timer board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EstateDesk timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon %1 · Overdue %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation type="unfinished">房屋(&amp;H)：</translation>
    </message>
    <message>
        <source>Description: say what was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolRepository</name>
    <message>
        <source>Water leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car left unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car window or door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Interval: between 1 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such patrol route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: there is no such patrol route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: not a checkpoint of this round&apos;s route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That round is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1 is not a kind of finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: say what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House: there is no house %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol finding (%1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — vehicle %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolRoundDialog</name>
    <message>
        <source>Patrol round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (every %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoints signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: choose the route walked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints: tick the checkpoints signed at.</source>
        <translation type="unfinished"></translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Reason: required.</source>
        <translation>原因：不能为空。</translation>
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
    <name>RegisterRequestDialog</name>
    <message>
        <source>Major complaint (重大)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the reporter at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time agreed with the resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials, house or phone of a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3-2-1201</source>
        <translation type="unfinished">例如 3-2-1201</translation>
    </message>
    <message>
        <source>or a public place: e.g. 3号楼地下车库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look &amp;up resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ouse number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public lo&amp;cation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished">报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished">房屋编号</translation>
    </message>
    <message>
        <source>Public location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit is set for this class.</source>
        <translation type="unfinished">该类别未设置时限。</translation>
    </message>
    <message>
        <source>Arrival on site by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official holiday schedule is loaded for %1: working days are counted as Monday to Friday only. Import the schedule in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number: give the house number or a public location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public location: give either a house number or a public location, not both.</source>
        <translation type="unfinished"></translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>RequestRepository</name>
    <message>
        <source>%1 (%2) may not see service requests.</source>
        <translation>%1（%2）无权查看工单。</translation>
    </message>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>不存在 ID 为 %1 的工单。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>%1 已被他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <source>%1 was voided and can no longer be changed.</source>
        <translation>%1 已作废，不能再修改。</translation>
    </message>
    <message>
        <source>A technician may record arrival and completion only on their own tickets; %1 is not assigned to %2.</source>
        <translation>维修工只能在派给自己的工单上登记到场和完工；%1 并未派给 %2。</translation>
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
        <source>%1: record the arrival on site first.</source>
        <translation>%1：请先登记到场。</translation>
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
        <source>%1: the signature is already confirmed.</source>
        <translation>%1：签字已确认。</translation>
    </message>
    <message>
        <source>%1 did the work on %2 and may not record its callback; another colleague must call back.</source>
        <translation>%1 是 %2 的处理人，不能登记该单的回访；须由其他同事回访。</translation>
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
        <source>%1: record the callback before closing it.</source>
        <translation>%1：归档前请先登记回访。</translation>
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
        <source>Reason: an extension needs a reason.</source>
        <translation>原因：延期必须填写原因。</translation>
    </message>
    <message>
        <source>New deadline: it must lie after the present one.</source>
        <translation>新截止时间：必须晚于当前的截止时间。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未归档。</translation>
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
        <source>There is no such class.</source>
        <translation>不存在该类别。</translation>
    </message>
    <message>
        <source>A class needs at least one time limit.</source>
        <translation>每个类别至少需要设置一项时限。</translation>
    </message>
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
    <name>RequestStepDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Dispatch time</source>
        <translation type="unfinished">派工时间</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished">到场时间</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation type="unfinished">完工时间</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation type="unfinished">回访时间</translation>
    </message>
    <message>
        <source>Slip return time</source>
        <translation type="unfinished">回单时间</translation>
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
    <name>RequestsPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">已超时</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: number, reporter, house or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair ledger (报修台账)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a repair ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint ledger (投诉台账)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a complaint ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport month...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">至</translation>
    </message>
    <message>
        <source>&amp;Dispatch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip &amp;returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print co-sign form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (yyyy-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: write it like 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the requests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request in the list, or register a new one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind, class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1，%2</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending (事后补签)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — arrived %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — completed %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid, receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voided:</source>
        <translation type="unfinished">已作废：</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed by</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered; you are responsible for it until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its working-day deadline was counted without an official holiday schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arrival recorded, LATE (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arrival recorded, on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is completed; call the resident back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the slip is back at customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reporter&apos;s signature is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: callback recorded and the request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: callback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not solved — the request is reopened and back with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the deadline is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the closed request reopened? (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this request voided? It stays on file, marked void, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sign form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger imported: %1 request(s) added, %2 already on file, %3 row(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>Name: at most 60 characters.</source>
        <translation>姓名：最多 60 个字符。</translation>
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
        <source>Emergency contact phone: &quot;%1&quot; is neither a mobile nor a landline number.</source>
        <translation>紧急联系人电话：“%1”既不是手机号码，也不是固定电话号码。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the chosen vehicle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vehicle in the Vehicles tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 no longer registered?</source>
        <translation type="unfinished"></translation>
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
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户花名册</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>masked</source>
        <translation>已脱敏</translation>
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
        <source>Plate: %1 is too long for a plate.</source>
        <translation>车牌：%1 过长，不是有效的车牌号码。</translation>
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
        <source>The file is neither UTF-8 nor GB18030/GBK text; save it again as CSV (UTF-8).</source>
        <translation>该文件既不是 UTF-8 编码也不是 GB18030/GBK 编码的文本；请重新另存为 CSV（UTF-8）格式。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：%2</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is damaged: %1</source>
        <translation>工作簿的第一个工作表已损坏：%1</translation>
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
        <source>House / location</source>
        <translation>房屋/位置</translation>
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
</context>
<context>
    <name>TimerBoardPage</name>
    <message>
        <source>Only due soon and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track %1 · Due soon %2 · Overdue %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s) escalated to you: extend the deadline or see to the work (shown in bold below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 due at %4, %5 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 was due at %4. Escalated to the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 now due at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished">%1：%2 {1 ?}</translation>
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
        <translation type="unfinished"></translation>
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
        <source>%1: &quot;%2&quot; is not a landline number; write the area code, e.g. 0755-12345678.</source>
        <translation>%1：“%2”不是有效的固定电话号码；请加上区号，例如 0755-12345678。</translation>
    </message>
    <message>
        <source>%1: after the area code %2 a landline number has 7 or 8 digits.</source>
        <translation>%1：区号 %2 之后的电话号码应为 7 位或 8 位数字。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished">门岗</translation>
    </message>
</context>
<context>
    <name>VehicleRepository</name>
    <message>
        <source>There is no such vehicle.</source>
        <translation>不存在该车辆。</translation>
    </message>
    <message>
        <source>Plate: the plate is missing.</source>
        <translation>车牌：未填写车牌号码。</translation>
    </message>
    <message>
        <source>Plate: %1 is too long for a plate.</source>
        <translation>车牌：%1 过长，不是有效的车牌号码。</translation>
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
</context>
<context>
    <name>VehiclesInsideModel</name>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-2-1201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salesperson, no business …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Document no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House visited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident visited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ate (if by car):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;refusal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: type the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the visitor is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: say why the visitor comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House visited: say which house or resident the visitor comes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>VisitorsInsideModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
