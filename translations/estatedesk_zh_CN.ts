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
        <source>demo data: estate %1, %n staff account(s) added</source>
        <translation>
            <numerusform>演示数据：小区 %1，已添加 %n 个员工账号</numerusform>
        </translation>
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
</TS>
