<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../app/ui/shell/controller.py" line="+69" />
            <source>The saved server address is not valid. Choose Connection… to correct it.</source>
            <translation>保存的服务器地址无效，请点击“连接设置…”修改。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The database on this computer could not be started: {detail}</source>
            <translation>本机数据库无法启动：{detail}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../app/ui/login/connection_dialog.py" line="+124" />
            <source>Enter the server's name or IP address.</source>
            <translation>请输入服务器名称或 IP 地址。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The port must be a number from 1 to 65535.</source>
            <translation>端口必须是 1 到 65535 之间的数字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a valid server address. Type HOST or HOST:PORT, for example 192.168.1.20 or db.office.local:5432.</source>
            <translation>服务器地址格式不正确。请按“主机”或“主机:端口”填写，例如 192.168.1.20 或 db.office.local:5432。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the database name.</source>
            <translation>请输入数据库名称。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Connection</source>
            <translation>连接设置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer (embedded database)</source>
            <translation>本机（内置数据库）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For trying EstateDesk, training, or a single-desk office. The data stays on this computer.</source>
            <translation>适用于试用、培训或只有一台电脑的售楼处，数据保存在本机。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Office server</source>
            <translation>公司服务器</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sales office's shared PostgreSQL server. Ask your administrator for its address.</source>
            <translation>售楼处共用的 PostgreSQL 数据库服务器，地址请向系统管理员索取。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server (host[:port]):</source>
            <translation>服务器（主机[:端口]）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 192.168.1.20 or db.office.local:5432</source>
            <translation>例如 192.168.1.20 或 db.office.local:5432</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../app/ui/shell/connection_indicator.py" line="+42" />
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disconnected</source>
            <translation>连接中断</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsBox</name>
        <message>
            <location filename="../../app/ui/login/demo_accounts_box.py" line="+80" />
            <source>Demo accounts</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The demo project has one account for each role. Click one to fill in the fields, double-click to log in straight away.</source>
            <translation>演示项目为每个岗位准备了一个账号：单击填入用户名和密码，双击直接登录。</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsModel</name>
        <message>
            <location filename="../../app/ui/login/demo_accounts_model.py" line="+57" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../app/ui/common/errors.py" line="+48" />
            <source>An unexpected error happened. The details were written to the log file:
{path}
Please send this file to your administrator.</source>
            <translation>程序发生了意外错误，详细信息已写入日志文件：
{path}
请将此文件发送给系统管理员。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>EstateDesk</source>
            <translation>EstateDesk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../app/ui/shell/home_screen.py" line="+66" />
            <source>Welcome, {name}</source>
            <translation>欢迎您，{name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You are logged in to EstateDesk. Please check that the account and the database below are the right ones.</source>
            <translation>您已登录 EstateDesk。请核对下面的账号和数据库是否正确。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Roles:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Today:</source>
            <translation>今天：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a screen in the list on the left. The list shows the screens your roles may use.</source>
            <translation>请在左侧列表中选择功能。列表只显示您的岗位可以使用的功能。</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <location filename="../../app/ui/login/login_window.py" line="+164" />
            <source>Starting the database on this computer…</source>
            <translation>正在启动本机数据库…</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database: not available</source>
            <translation>数据库：不可用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {server}</source>
            <translation>数据库：{server}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>EstateDesk — Log in</source>
            <translation>EstateDesk — 登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales office system — please log in</source>
            <translation>售楼管理系统 — 请登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection…</source>
            <translation>连接设置…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/shell/main_window.py" line="+160" />
            <source>Reconnected to the database.</source>
            <translation>已重新连接数据库。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The connection to the database was lost; reconnecting…</source>
            <translation>与数据库的连接已中断，正在重新连接…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>EstateDesk — {name}</source>
            <translation>EstateDesk 售楼管理系统 — {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} ({login})</source>
            <translation>{name}（{login}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Database: {server}</source>
            <translation>数据库：{server}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;System</source>
            <translation>系统(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderScreen</name>
        <message>
            <location filename="../../app/ui/shell/placeholder_screen.py" line="+55" />
            <source>This screen arrives with a later release of EstateDesk. Nothing here is in use yet.</source>
            <translation>此功能将在 EstateDesk 的后续版本中提供，目前尚未启用。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="+17" />
            <source>Receptionist</source>
            <translation>前台接待</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Executive</source>
            <translation>决策层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Property service</source>
            <translation>物业客服</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location line="+27" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../app/ui/shell/screens.py" line="+68" />
            <source>Home</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales chart</source>
            <translation>销控图</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every unit of a building on one grid, coloured by status: reserve, hold and release units.</source>
            <translation>按楼栋在一张图上查看全部房源，颜色表示状态；可预留、销控和解控房源。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Visits and calls, customer records, follow-ups and grades.</source>
            <translation>来访来电登记、客户档案、跟进记录与客户分级。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Subscriptions, contracts, payment plans, cancellations and exchanges.</source>
            <translation>认购、签约、付款计划、退房与换房。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts, receipt books, receivables and the daily reconciliation.</source>
            <translation>收据、票据本、应收款与每日日结。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sell-through, sales and collections, visitor conversion; export to Excel.</source>
            <translation>去化率、销售与回款、来访转化分析，可导出 Excel。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>客服物业</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Owners' requests, complaints and repairs, property fees.</source>
            <translation>业主咨询、投诉与报修，物业费收缴。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff accounts and roles, projects and units import, backups.</source>
            <translation>员工账号与岗位、项目与房源导入、数据备份。</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="+7" />
            <source>This computer (embedded database)</source>
            <translation>本机（内置数据库）</translation>
        </message>
    </context>
    <context>
        <name>StartupSplash</name>
        <message>
            <location filename="../../app/ui/login/startup_splash.py" line="+47" />
            <source>EstateDesk</source>
            <translation>EstateDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales office system</source>
            <translation>售楼管理系统</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starting the database on this computer…
The first start also sets up the demo project and takes a little longer.</source>
            <translation>正在启动本机数据库…
首次启动还要创建演示项目，需要多等一会儿。</translation>
        </message>
    </context>
    <context>
        <name>UnitStatus</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="-29" />
            <source>not released</source>
            <translation>未推</translation>
        </message>
        <message>
            <location line="+1" />
            <source>available</source>
            <translation>待售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held</source>
            <translation>销控</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pencilled</source>
            <translation>预留</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reserved</source>
            <translation>认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contracted</source>
            <translation>签约</translation>
        </message>
        <message>
            <location line="+1" />
            <source>filed</source>
            <translation>已备案</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../app/services/auth.py" line="49" />
            <source>Please enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="51" />
            <source>Please enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="59" />
            <source>There is no account with this user name.</source>
            <translation>没有这个用户名的账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="72" />
            <source>EstateDesk does not let a database superuser or the table owner log in: they bypass the access rules. Log in with your staff account.</source>
            <translation>EstateDesk 不允许数据库超级用户或数据表所有者登录，因为它们不受权限规则约束。请使用您的员工账号登录。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="76" />
            <source>This database login is not an EstateDesk staff account.</source>
            <translation>该数据库登录名不是 EstateDesk 员工账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="97" />
            <source>EstateDesk is not installed in this database. The administrator runs 'estatedesk-admin db upgrade' on the server first.</source>
            <translation>此数据库尚未安装 EstateDesk。请系统管理员先在服务器上运行 'estatedesk-admin db upgrade'。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="101" />
            <source>The database ({revision}) is newer than this EstateDesk client ({head}). Please install the current client.</source>
            <translation>数据库版本（{revision}）比本 EstateDesk 客户端（{head}）新，请安装最新版本的客户端。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="106" />
            <source>The database ({revision}) is older than this EstateDesk client ({head}). The administrator runs 'estatedesk-admin db upgrade' on the server.</source>
            <translation>数据库版本（{revision}）比本 EstateDesk 客户端（{head}）旧。请系统管理员在服务器上运行 'estatedesk-admin db upgrade'。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="70" />
            <source>This record already exists.</source>
            <translation>该记录已存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="71" />
            <source>This clashes with an existing record.</source>
            <translation>与已有记录冲突。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="72" />
            <source>A value breaks a rule of the system.</source>
            <translation>有数据不符合系统规则。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="73" />
            <source>A required value is missing.</source>
            <translation>缺少必填内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="74" />
            <source>This refers to a record that does not exist, or is still in use elsewhere.</source>
            <translation>引用的记录不存在，或该记录仍在别处使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="76" />
            <source>Your role is not allowed to do this.</source>
            <translation>您的岗位无权进行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="77" />
            <source>Someone else is working on this record right now. Try again in a moment.</source>
            <translation>其他人正在处理这条记录，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="79" />
            <source>The operation was cancelled or took too long.</source>
            <translation>操作已取消或超时。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="80" />
            <source>The database was too busy to save this; nothing was saved. Please try again.</source>
            <translation>数据库繁忙，本次操作未保存任何内容，请重试。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="84" />
            <source>A text is longer than allowed.</source>
            <translation>文字长度超出限制。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="85" />
            <source>A number is out of range.</source>
            <translation>数字超出允许范围。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="86" />
            <source>A value has the wrong format.</source>
            <translation>有数据格式不正确。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="96" />
            <source>The connection to the database was lost; nothing was saved. EstateDesk is reconnecting — please try again.</source>
            <translation>与数据库的连接已断开，本次操作未保存。EstateDesk 正在重新连接，请再试一次。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="111" />
            <source>The connection to the database was lost; nothing was saved.</source>
            <translation>与数据库的连接已断开，本次操作未保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="135" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="137" />
            <source>This account has been disabled. Ask your administrator.</source>
            <translation>该账号已被停用，请联系系统管理员。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="139" />
            <source>The server has no database of that name. Check the database name in the connection settings.</source>
            <translation>服务器上没有这个名称的数据库，请检查连接设置中的数据库名称。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="147" />
            <source>The database server cannot be reached. Check the server address and the network, or ask your administrator whether the server is running.</source>
            <translation>无法连接数据库服务器。请检查服务器地址和网络，或询问系统管理员服务器是否正在运行。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="16" />
            <source>A project with this code already exists.</source>
            <translation>已有相同编号的项目。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="17" />
            <source>A project with this name already exists.</source>
            <translation>已有同名项目。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="18" />
            <source>This building number already exists in the project.</source>
            <translation>该项目中已有这个楼栋号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="19" />
            <source>This entrance already exists in the building.</source>
            <translation>该楼栋中已有这个单元。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="20" />
            <source>This floor already exists in the building.</source>
            <translation>该楼栋中已有这个楼层。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="21" />
            <source>A unit with this room number already exists.</source>
            <translation>已有相同房号的房间。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="23" />
            <source>The gross floor area must be greater than zero.</source>
            <translation>建筑面积必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="24" />
            <source>The inner area must be greater than zero.</source>
            <translation>套内面积必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="25" />
            <source>The inner area cannot be larger than the gross area.</source>
            <translation>套内面积不能大于建筑面积。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="26" />
            <source>The list unit price cannot be negative.</source>
            <translation>表价单价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="27" />
            <source>The list total cannot be negative.</source>
            <translation>表价总价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="28" />
            <source>The base price cannot be negative.</source>
            <translation>底价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="29" />
            <source>A unit needs a list price before it goes on sale.</source>
            <translation>房源推售前必须先定好表价。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="30" />
            <source>A staff member with this login already exists.</source>
            <translation>已有员工使用这个登录名。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="31" />
            <source>A login is 3-31 lower-case letters, digits or _, starting with a letter.</source>
            <translation>登录名须为 3–31 位小写字母、数字或下划线，并以字母开头。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="33" />
            <source>A customer with this ID number already exists.</source>
            <translation>已有相同证件号码的客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="34" />
            <source>The ID number is not valid for its ID type.</source>
            <translation>证件号码与证件类型不符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="35" />
            <source>The phone number is not valid.</source>
            <translation>电话号码无效。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="36" />
            <source>The name must be 1 to 100 characters.</source>
            <translation>姓名须为 1 到 100 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="37" />
            <source>A lost customer needs a reason.</source>
            <translation>标记为流失的客户必须填写流失原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="38" />
            <source>A customer needs a phone number or an ID number.</source>
            <translation>客户至少要有电话号码或证件号码之一。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="42" />
            <source>Your role is not allowed to do this (it needs: {roles}).</source>
            <translation>您的岗位无权进行此操作（需要：{roles}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="43" />
            <source>Unit {unit} is {status} (last changed by {by}) and cannot become {to}.</source>
            <translation>房源 {unit} 当前为“{status}”（最后由 {by} 更改），不能改为“{to}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="45" />
            <source>Please give a reason to make unit {unit} {to}.</source>
            <translation>将房源 {unit} 改为“{to}”，请填写原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="46" />
            <source>The reason is longer than 200 characters.</source>
            <translation>原因不能超过 200 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="47" />
            <source>No unit was chosen.</source>
            <translation>未选择任何房源。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="48" />
            <source>A chosen unit no longer exists.</source>
            <translation>所选房源中有房源已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="49" />
            <source>Login "{login}" must be 3-31 lower-case letters, digits or _, starting with a letter.</source>
            <translation>登录名“{login}”须为 3–31 位小写字母、数字或下划线，并以字母开头。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="51" />
            <source>Login "{login}" is reserved.</source>
            <translation>登录名“{login}”为系统保留，不能使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="52" />
            <source>A login "{login}" already exists on this server.</source>
            <translation>此服务器上已有登录名“{login}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="53" />
            <source>Unknown role "{role}".</source>
            <translation>未知岗位“{role}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="54" />
            <source>At least one role is needed.</source>
            <translation>至少需要一个岗位。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="55" />
            <source>A password is needed.</source>
            <translation>请设置密码。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="56" />
            <source>There is no staff login "{login}".</source>
            <translation>没有登录名为“{login}”的员工。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="57" />
            <source>You cannot disable your own login.</source>
            <translation>不能停用您自己的账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="58" />
            <source>You cannot take the admin role from yourself.</source>
            <translation>不能取消您自己的系统管理员岗位。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="59" />
            <source>The audit log cannot be changed.</source>
            <translation>审计日志不可修改。</translation>
        </message>
    </context>
</TS>
