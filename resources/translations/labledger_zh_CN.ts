<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/views/application.py" line="120"/>
        <source>Opening the database {location}…</source>
        <translation>正在打开数据库 {location}…</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <location filename="../../app/views/coming_later_page.py" line="20"/>
        <source>This section arrives in a later version of LabLedger. Nothing here works yet.</source>
        <translation>此功能将在 LabLedger 的后续版本中提供，目前尚不可用。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="25"/>
        <location filename="../../app/views/customer_detail_panel.py" line="57"/>
        <source>Select a customer to see their details.</source>
        <translation>选择一个客户以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="36"/>
        <source>Credit and balance</source>
        <translation>信用与余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="37"/>
        <source>Aging of open invoices</source>
        <translation>未结发票账龄</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="38"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="39"/>
        <source>Invoicing details</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="40"/>
        <source>Records</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="82"/>
        <source>Salesperson: {name}</source>
        <translation>业务员：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="84"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="88"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="89"/>
        <source>Balance owed</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="90"/>
        <source>Available credit</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="91"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="92"/>
        <source>Unapplied payments</source>
        <translation>未核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="93"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="102"/>
        <source>No contacts recorded.</source>
        <translation>尚未登记联系人。</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="106"/>
        <source>{name} – primary</source>
        <translation>{name}（主要联系人）</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="109"/>
        <source>WeChat: {id}</source>
        <translation>微信：{id}</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="113"/>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="114"/>
        <source>Tax ID / USCC</source>
        <translation>税号 / 统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="115"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="116"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="117"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="119"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="122"/>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="123"/>
        <source>Invoices</source>
        <translation>发票数</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="22"/>
        <source>Search name, short name, code or USCC</source>
        <translation>搜索客户名称、简称、编号或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="25"/>
        <source>All credit tiers</source>
        <translation>全部信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="31"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="38"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer_list_view.py" line="69"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="34"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="36"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="38"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="40"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="43"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="45"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="47"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="49"/>
        <source>Unapplied payments</source>
        <translation>未核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="51"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../app/views/database_dialog.py" line="31"/>
        <location filename="../../app/views/database_dialog.py" line="139"/>
        <source>Change database</source>
        <translation>切换数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="35"/>
        <source>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</source>
        <translation>多台电脑可以共用一个数据库：用户不多时，可把 SQLite 文件放在共享文件夹中；用户较多时，请使用 PostgreSQL 服务器。更改将在 LabLedger 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="39"/>
        <source>Default local file ({path})</source>
        <translation>默认本地文件（{path}）</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="41"/>
        <source>SQLite file (local or on a shared folder)</source>
        <translation>SQLite 文件（本机或共享文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="42"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="81"/>
        <source>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</source>
        <translation>本次启动使用了 --db 参数或 LABLEDGER_DB 环境变量，它们优先于此处保存的选择。</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="98"/>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="99"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="117"/>
        <source>Enter the path of the database file.</source>
        <translation>请输入数据库文件的路径。</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="119"/>
        <source>Enter the server&apos;s address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="121"/>
        <source>A server address starts with postgresql://</source>
        <translation>服务器地址应以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="125"/>
        <source>This is not a valid database address.</source>
        <translation>这不是有效的数据库地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="140"/>
        <source>LabLedger will open {location} the next time it starts.</source>
        <translation>LabLedger 下次启动时将打开 {location}。</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="41"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="44"/>
        <source>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</source>
        <translation>生成虚构的客户、项目、发票、回款和坏账核销（使用中文公司名称）。相同的随机种子总是生成相同的数据。数据量大时需要一些时间，可以随时取消。</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="61"/>
        <source>Customers</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="62"/>
        <source>Invoices</source>
        <translation>发票数量</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="63"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="66"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>DemoGeneration</name>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="86"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="87"/>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="121"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="126"/>
        <source>Cancelled. Nothing was written to the database.</source>
        <translation>已取消，未向数据库写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="128"/>
        <source>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</source>
        <translation>演示数据已加载：{customers} 个客户、{invoices} 张发票、{payments} 笔回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="132"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="254"/>
        <source>LabLedger</source>
        <translation>LabLedger 检测回款</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailPanel</name>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="49"/>
        <location filename="../../app/views/invoice_detail_panel.py" line="88"/>
        <source>Select an invoice to see its details.</source>
        <translation>选择一张发票以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="60"/>
        <source>Invoice</source>
        <translation>发票信息</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="61"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Reference</source>
        <translation>单号 / 说明</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="119"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="123"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="124"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="125"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="127"/>
        <source>Cancels invoice</source>
        <translation>冲销原发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="129"/>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="131"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="134"/>
        <source>Amount incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="135"/>
        <source>Tax ({rate})</source>
        <translation>税额（{rate}）</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="137"/>
        <source>Amount excl. tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="138"/>
        <source>Settled</source>
        <translation>已核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="139"/>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="142"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="146"/>
        <source>Settlements</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="146"/>
        <source>Nothing has settled this invoice yet.</source>
        <translation>该发票尚无回款或核销记录。</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../app/views/invoice_list_view.py" line="22"/>
        <source>Search invoice number (from the start) or customer</source>
        <translation>搜索发票号码（从开头匹配）或客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_list_view.py" line="26"/>
        <source>All invoices</source>
        <translation>全部发票</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/invoice_list_view.py" line="37"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>共 %Ln 张发票</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="42"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="44"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="48"/>
        <source>Amount</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="50"/>
        <source>Open</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="52"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="54"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="58"/>
        <source>Kind</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="60"/>
        <source>Project</source>
        <translation>项目编号</translation>
    </message>
</context>
<context>
    <name>LabProfileDialog</name>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="32"/>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="35"/>
        <source>Lab name</source>
        <translation>实验室名称</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="36"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="38"/>
        <source>Tax ID (USCC)</source>
        <translation>税号（统一社会信用代码）</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="39"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="40"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="41"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="60"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="57"/>
        <location filename="../../app/views/main_window.py" line="176"/>
        <source>LabLedger – receivables</source>
        <translation>LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="87"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="89"/>
        <source>As of {date}</source>
        <translation>统计截至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="111"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="113"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="115"/>
        <location filename="../../app/views/main_window.py" line="116"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="117"/>
        <source>Testing projects from quote to report: the stage of each project (samples received, testing, report issued), payment plans, invoice requests to finance, and holding back reports until the customer has paid.</source>
        <translation>从报价到出具报告的检测项目：每个项目所处的阶段（已收样、检测中、已出报告）、回款计划、向财务提交的开票申请，以及在客户付款前暂缓发放报告。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="121"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="123"/>
        <location filename="../../app/views/main_window.py" line="124"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>Record payments received and allocate them to invoices, import the bank&apos;s statement and match each line to its customer and invoices, and write off bad debts.</source>
        <translation>登记收到的回款并核销到发票；导入银行流水，把每一笔款项匹配到对应的客户和发票；核销坏账。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="128"/>
        <location filename="../../app/views/main_window.py" line="129"/>
        <source>Receivables</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="130"/>
        <source>Aging of receivables by customer, salesperson and credit tier, overdue lists, follow-ups and promises to pay, credit holds, and reconciliation statements for customers to confirm.</source>
        <translation>按客户、业务员和信用等级分析应收账款账龄；逾期清单、催款跟进和付款承诺；信用冻结；以及发给客户确认的对账单。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <location filename="../../app/views/main_window.py" line="134"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Due dates, payment plan instalments, promises to pay and follow-ups on a calendar, with reminders.</source>
        <translation>在日历上查看发票到期日、回款计划各期、付款承诺和跟进事项，并按时提醒。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <location filename="../../app/views/main_window.py" line="138"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="139"/>
        <source>Receivables, overdue ratio, DSO, collection rate and trends, each salesperson&apos;s collection performance and the bad-debt provision, exported to Excel and PDF.</source>
        <translation>应收余额、逾期率、应收账款周转天数（DSO）、回款率及其趋势，各业务员的回款业绩和坏账准备，可导出为 Excel 和 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="142"/>
        <location filename="../../app/views/main_window.py" line="143"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Bring in the Excel ledgers the lab kept by hand, and lists of customers, projects, invoices and payments: LabLedger finds the headers, proposes the column mapping and checks every row before writing.</source>
        <translation>导入实验室手工维护的 Excel 应收账款台账，以及客户、项目、发票和回款清单：LabLedger 会自动识别表头、建议列的对应关系，并在写入前逐行校验。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="148"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="154"/>
        <source>Change &amp;database…</source>
        <translation>切换数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;About LabLedger</source>
        <translation>关于 LabLedger(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178"/>
        <source>{lab} – LabLedger</source>
        <translation>{lab} – LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="200"/>
        <source>About LabLedger</source>
        <translation>关于 LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
        <source>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</source>
        <translation>&lt;b&gt;LabLedger 检测回款 {version}&lt;/b&gt;&lt;br&gt;面向检测实验室的应收账款管理：客户、发票和回款集中管理，让实验室的应收款更快收回。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="206"/>
        <source>Database: {location}&lt;br&gt;Qt {qt}</source>
        <translation>数据库：{location}&lt;br&gt;Qt {qt}</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../app/views/paged_list_page.py" line="80"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/views/settings_page.py" line="31"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="37"/>
        <source>The new language applies the next time LabLedger starts.</source>
        <translation>新的界面语言将在 LabLedger 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="39"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="42"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="49"/>
        <source>given with --db</source>
        <translation>由 --db 参数指定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="50"/>
        <source>given by the LABLEDGER_DB environment variable</source>
        <translation>由环境变量 LABLEDGER_DB 指定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="51"/>
        <source>chosen in these settings</source>
        <translation>在本设置页中选择</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="52"/>
        <source>the default local file</source>
        <translation>默认本地文件</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="55"/>
        <source>Change database…</source>
        <translation>切换数据库…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="57"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="60"/>
        <source>Open now</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="61"/>
        <source>Chosen by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="64"/>
        <source>Edit lab profile…</source>
        <translation>编辑实验室信息…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="66"/>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="68"/>
        <source>Name, address, tax ID and bank details printed on statements.</source>
        <translation>打印在对账单上的实验室名称、地址、税号和银行账户信息。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/views/workbench_page.py" line="64"/>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="66"/>
        <source>Go to customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="67"/>
        <source>Go to invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="68"/>
        <source>Load demo data…</source>
        <translation>加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="76"/>
        <source>The full dashboard (receivables, overdue ratio, DSO, trends and reminders) arrives in a later version.</source>
        <translation>完整的工作台（应收余额、逾期率、DSO、趋势和提醒）将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="87"/>
        <source>Your lab</source>
        <translation>您的实验室</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="89"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="90"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="91"/>
        <source>Open invoices</source>
        <translation>未结清发票</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="92"/>
        <source>Overdue invoices as of {date}</source>
        <translation>截至 {date} 的逾期发票</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="282"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="286"/>
        <source>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</source>
        <translation>LabLedger 遇到了一个意外问题。已保存的数据是安全的。请复制下面的报告，发送给为您提供 LabLedger 技术支持的人员。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="297"/>
        <source>The report is also in the log file: {path}</source>
        <translation>报告也已写入日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="303"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/views/welcome_page.py" line="19"/>
        <source>Welcome to LabLedger</source>
        <translation>欢迎使用 LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="21"/>
        <source>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</source>
        <translation>LabLedger 把实验室的客户、发票和回款集中管理，让应收款更快收回。当前数据库还是空的，您想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="26"/>
        <source>Enter the lab profile…</source>
        <translation>填写实验室信息…</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="28"/>
        <source>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</source>
        <translation>实验室的名称、地址、税号和银行账户信息。它们会打印在对账单上，方便客户付款。</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="32"/>
        <source>Load demo data…</source>
        <translation>加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="34"/>
        <source>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</source>
        <translation>用虚构的客户、项目、发票和回款填充此数据库，以便试用 LabLedger。真实业务数据请使用单独的数据库文件。</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../app/views/workbench_page.py" line="107"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="36"/>
        <source>{entity} {key} does not exist (it may have been deleted on another PC).</source>
        <translation>{entity} {key} 不存在（可能已在另一台电脑上被删除）。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="38"/>
        <source>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</source>
        <translation>在您编辑期间，{entity} {key} 已被他人修改。请重新加载后再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="40"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>您的角色（{role}）无权{action}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="41"/>
        <source>The database is busy (another PC is writing). Try again in a moment.</source>
        <translation>数据库正忙（另一台电脑正在写入），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="43"/>
        <source>Cannot open the database {location}: {reason}</source>
        <translation>无法打开数据库 {location}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="44"/>
        <source>Unknown follow-up kind: {kind}.</source>
        <translation>未知的跟进方式：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="45"/>
        <source>The summary is required.</source>
        <translation>请填写跟进摘要。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="46"/>
        <source>The summary is longer than {max} characters.</source>
        <translation>跟进摘要超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="47"/>
        <source>Say when the follow-up happened.</source>
        <translation>请填写跟进日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="48"/>
        <source>The follow-up date ({date}) is in the future.</source>
        <translation>跟进日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="49"/>
        <source>The next action date is before the follow-up itself.</source>
        <translation>下次跟进日期早于本次跟进日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="50"/>
        <source>A promise to pay needs the promised date.</source>
        <translation>付款承诺需要填写承诺付款日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="51"/>
        <source>A promise to pay needs the promised amount.</source>
        <translation>付款承诺需要填写承诺金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="52"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>承诺金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="53"/>
        <source>The promised date is before the follow-up ({date}).</source>
        <translation>承诺付款日期早于跟进日期（{date}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="54"/>
        <source>The project belongs to another customer.</source>
        <translation>该项目属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="55"/>
        <source>The tier proposal for {customer} was already {status}.</source>
        <translation>{customer} 的信用等级调整建议已经{status}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="56"/>
        <source>{customer} changed tier after this proposal was made; it no longer applies.</source>
        <translation>提出该建议后 {customer} 的信用等级已变更，该建议不再适用。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="58"/>
        <source>The tier code is required.</source>
        <translation>请填写信用等级代码。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="59"/>
        <source>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</source>
        <translation>信用等级代码 {code} 必须以小写字母开头，只能使用 a-z、0-9 和 _（最多 32 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="61"/>
        <source>The tier name is required.</source>
        <translation>请填写信用等级名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="62"/>
        <source>The tier name has more than {max} characters.</source>
        <translation>信用等级名称超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="63"/>
        <source>The English tier name has more than {max} characters.</source>
        <translation>信用等级英文名称超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="64"/>
        <source>Unknown role: {role}.</source>
        <translation>未知的角色：{role}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="65"/>
        <source>Say after how many days overdue to escalate.</source>
        <translation>请填写逾期多少天后升级处理。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="66"/>
        <source>Choose whom to escalate to.</source>
        <translation>请选择升级处理的对象。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="67"/>
        <source>Tier code {code} is already used.</source>
        <translation>信用等级代码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="68"/>
        <source>A tier named {name} already exists.</source>
        <translation>已存在名为 {name} 的信用等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="69"/>
        <source>The code of the default tier {name} cannot change.</source>
        <translation>默认信用等级 {name} 的代码不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="70"/>
        <source>{name} is a default tier and cannot be deleted; edit it instead.</source>
        <translation>{name} 是默认信用等级，不能删除，只能编辑。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="72"/>
        <source>{count} customers are in the tier {name}; move them to another tier first.</source>
        <translation>信用等级 {name} 下有 {count} 个客户，请先把他们调整到其他等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="74"/>
        <source>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</source>
        <translation>有 {count} 条信用等级调整建议引用了 {name}，因此它须保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="76"/>
        <source>The customer name is required.</source>
        <translation>请填写客户名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="77"/>
        <source>A customer named {name} already exists.</source>
        <translation>已存在名为 {name} 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="78"/>
        <source>Customer code {code} is already used.</source>
        <translation>客户编号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="79"/>
        <source>Unknown customer category: {category}.</source>
        <translation>未知的客户类别：{category}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="80"/>
        <source>Choose a credit tier.</source>
        <translation>请选择信用等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="81"/>
        <source>The credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="82"/>
        <source>Payment terms must be 0 to {max} days.</source>
        <translation>账期必须在 0 到 {max} 天之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="83"/>
        <source>The unified social credit code {code} is invalid: {problem}.</source>
        <translation>统一社会信用代码 {code} 无效：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="84"/>
        <source>Another customer already has the unified social credit code {code}.</source>
        <translation>另一个客户已使用统一社会信用代码 {code}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="86"/>
        <source>The salesperson does not exist or is inactive.</source>
        <translation>该业务员不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="87"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="88"/>
        <source>At least one customer is needed, not {value}.</source>
        <translation>客户数量至少为 1，不能为 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="89"/>
        <source>The number of invoices cannot be {value}.</source>
        <translation>发票数量不能为 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="90"/>
        <source>The database has no credit tiers; run `labledger init` first.</source>
        <translation>数据库中没有信用等级，请先运行 `labledger init`。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="91"/>
        <source>The database already has customers. Demo data can only be generated into an empty database.</source>
        <translation>数据库中已有客户。演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="93"/>
        <source>This invoice request was already {status}.</source>
        <translation>该开票申请已经{status}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="94"/>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="95"/>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="96"/>
        <source>An invoice request for {code} is already waiting for finance.</source>
        <translation>{code} 已有一份开票申请在等待财务处理。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="97"/>
        <source>The installment is not part of this project.</source>
        <translation>该回款计划分期不属于此项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="98"/>
        <source>Unknown invoice kind: {kind}.</source>
        <translation>未知的发票类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="99"/>
        <source>The tax rate must be between 0% and 17%.</source>
        <translation>税率必须在 0% 到 17% 之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="100"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="101"/>
        <source>The amount to credit must be greater than zero.</source>
        <translation>红字冲销金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="102"/>
        <source>Say why the invoice is credited.</source>
        <translation>请说明开具红字发票的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="103"/>
        <source>Say why the invoice is voided.</source>
        <translation>请说明作废发票的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="104"/>
        <source>Invoice number {number} already exists.</source>
        <translation>发票号码 {number} 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="105"/>
        <source>Only an issued, normal invoice can be credited; {number} is not one.</source>
        <translation>只有已开具的蓝字发票才能开具红字发票冲销；{number} 不是。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="107"/>
        <source>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</source>
        <translation>发票 {number} 的未收余额为 {open}，红字冲销 {amount} 将超出该余额。请先撤销已核销到该发票的回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="109"/>
        <source>A red-letter invoice cannot predate the invoice it credits.</source>
        <translation>红字发票的日期不能早于被冲销的原发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="110"/>
        <source>Invoice {number} is already void.</source>
        <translation>发票 {number} 已作废。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="111"/>
        <source>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</source>
        <translation>发票 {number} 已核销 {settled}（回款、坏账核销或红字发票），请先撤销这些记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="113"/>
        <source>Say why the payment is reversed.</source>
        <translation>请说明冲回这笔回款的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="114"/>
        <source>Say why the allocation is removed.</source>
        <translation>请说明撤销核销的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="115"/>
        <source>Unknown payment method: {method}.</source>
        <translation>未知的付款方式：{method}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="116"/>
        <source>The date received ({date}) is in the future.</source>
        <translation>到账日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="117"/>
        <source>Payment {number} has been reversed.</source>
        <translation>回款 {number} 已被冲回。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="118"/>
        <source>Payment {number} has {free} unallocated; the split adds up to {total}.</source>
        <translation>回款 {number} 的未核销金额为 {free}，而分配合计为 {total}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="120"/>
        <source>An allocation to {number} is negative.</source>
        <translation>核销到 {number} 的金额为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="121"/>
        <source>Invoice {number} belongs to another customer.</source>
        <translation>发票 {number} 属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="122"/>
        <source>Invoice {number} is void or a red-letter invoice and cannot take a payment.</source>
        <translation>发票 {number} 已作废或为红字发票，不能核销回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="124"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>发票 {number} 的未收余额为 {open}，不能核销 {amount}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="126"/>
        <source>Use either shares or amounts for every line.</source>
        <translation>所有分期请统一按比例或按金额填写。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="127"/>
        <source>The project title is required.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="128"/>
        <source>The project cannot start in the future.</source>
        <translation>项目开始日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="129"/>
        <source>A quote needs at least one test item.</source>
        <translation>报价至少需要一个检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="130"/>
        <source>The contract number is required.</source>
        <translation>请填写合同编号。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="131"/>
        <source>Project {code} is closed ({stage}).</source>
        <translation>项目 {code} 已关闭（{stage}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="132"/>
        <source>Project {code} is already at {stage}; stages only move forward.</source>
        <translation>项目 {code} 已处于“{stage}”阶段；项目阶段只能向前推进。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="134"/>
        <source>The date is before the project&apos;s current stage began ({since}).</source>
        <translation>该日期早于项目当前阶段的开始日期（{since}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="136"/>
        <source>A payment plan needs at least one line.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="137"/>
        <source>Quote line {n}: the test item is missing.</source>
        <translation>报价第 {n} 行：缺少检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="138"/>
        <source>Quote line {n}: quantity, price and discount must not be negative.</source>
        <translation>报价第 {n} 行：数量、单价和折扣不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="140"/>
        <source>Quote line {n}: the discount exceeds the amount.</source>
        <translation>报价第 {n} 行：折扣超过了金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="141"/>
        <source>Project {code} is past the quote stage.</source>
        <translation>项目 {code} 已过报价阶段。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="142"/>
        <source>The contract amount must be greater than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="143"/>
        <source>Sign the contract (number and amount) to move {code} to contracted.</source>
        <translation>请先签订合同（填写合同编号和金额），才能将 {code} 推进到“已签合同”。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="145"/>
        <source>Say why the project is cancelled.</source>
        <translation>请说明取消项目的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="146"/>
        <source>Project {code} has open invoices; credit or void them before cancelling.</source>
        <translation>项目 {code} 还有未结清的发票；请先开具红字发票或作废后再取消。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="148"/>
        <source>The shares must be positive and add up to 100%.</source>
        <translation>各期比例必须为正数，且合计为 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="149"/>
        <source>Quote or sign the contract before planning by shares.</source>
        <translation>按比例制定回款计划前，请先报价或签订合同。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="150"/>
        <source>Each installment must be greater than zero.</source>
        <translation>每期金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="151"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>各期合计为 {total}，而合同金额为 {base}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="152"/>
        <source>The report of {code} has not been issued yet.</source>
        <translation>{code} 的检测报告尚未出具。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="153"/>
        <source>The report of {code} was released on {date}.</source>
        <translation>{code} 的检测报告已于 {date} 发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="154"/>
        <source>Line {n}: a fixed installment needs a due date.</source>
        <translation>第 {n} 期：固定日期的分期需要填写到期日。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="155"/>
        <source>The report of {code} is held until {required} is paid; {paid} has been paid. A manager can release it with a written reason.</source>
        <translation>{code} 的检测报告须在付款 {required} 后发放；目前已付 {paid}。经理可填写书面理由后放行。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="157"/>
        <source>The lab&apos;s name is required.</source>
        <translation>请填写实验室名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="158"/>
        <source>Say why the amount is written off.</source>
        <translation>请说明坏账核销的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="159"/>
        <source>A write-off must be approved by a manager.</source>
        <translation>坏账核销须经管理人员审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="160"/>
        <source>Invoice {number} is void or a red-letter invoice.</source>
        <translation>发票 {number} 已作废或为红字发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="161"/>
        <source>Invoice {number} has only {open} open.</source>
        <translation>发票 {number} 的未收余额只有 {open}。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="168"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="169"/>
        <source>Tier proposal</source>
        <translation>信用等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="170"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="171"/>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="172"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="173"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="174"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="175"/>
        <source>Allocation</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="176"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="177"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="178"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="179"/>
        <source>log follow-ups</source>
        <translation>登记跟进记录</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="180"/>
        <source>judge promises to pay</source>
        <translation>判定付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="181"/>
        <source>propose credit tier changes</source>
        <translation>提出信用等级调整</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="182"/>
        <source>decide credit tier changes</source>
        <translation>审批信用等级调整</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="183"/>
        <source>edit credit tiers</source>
        <translation>编辑信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="184"/>
        <source>create customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="185"/>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="186"/>
        <source>archive customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="187"/>
        <source>hand customers over</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="188"/>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="189"/>
        <source>request invoices</source>
        <translation>申请开票</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="190"/>
        <source>issue invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="191"/>
        <source>reject invoice requests</source>
        <translation>驳回开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="192"/>
        <source>void invoices</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="193"/>
        <source>record payments</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="194"/>
        <source>allocate payments</source>
        <translation>核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="195"/>
        <source>reverse payments</source>
        <translation>冲回回款</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="196"/>
        <source>create projects</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="197"/>
        <source>quote projects</source>
        <translation>为项目报价</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="198"/>
        <source>sign contracts</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="199"/>
        <source>move projects to lead</source>
        <translation>将项目改为“意向”阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="200"/>
        <source>move projects to quoted</source>
        <translation>将项目推进到“已报价”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="201"/>
        <source>move projects to contracted</source>
        <translation>将项目推进到“已签合同”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="202"/>
        <source>move projects to samples_received</source>
        <translation>将项目推进到“已收样”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="203"/>
        <source>move projects to testing</source>
        <translation>将项目推进到“检测中”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="204"/>
        <source>move projects to report_issued</source>
        <translation>将项目推进到“已出报告”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="205"/>
        <source>move projects to invoiced</source>
        <translation>将项目推进到“已开票”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="206"/>
        <source>move projects to paid</source>
        <translation>将项目推进到“已回款”</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="207"/>
        <source>move projects to cancelled</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="208"/>
        <source>plan payments</source>
        <translation>制定回款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="209"/>
        <source>release reports</source>
        <translation>发放检测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="210"/>
        <source>override a report hold</source>
        <translation>放行被暂扣的检测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="211"/>
        <source>write off bad debts</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="212"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="213"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="214"/>
        <source>sales</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="215"/>
        <source>finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="216"/>
        <source>technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="217"/>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="218"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="219"/>
        <source>issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="220"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="221"/>
        <source>accepted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="222"/>
        <source>lead</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="223"/>
        <source>quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="224"/>
        <source>contracted</source>
        <translation>已签合同</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="225"/>
        <source>samples_received</source>
        <translation>已收样</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="226"/>
        <source>testing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="227"/>
        <source>report_issued</source>
        <translation>已出报告</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="228"/>
        <source>invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="229"/>
        <source>paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="230"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="15"/>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="16"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="17"/>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="18"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="22"/>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="23"/>
        <source>VAT normal invoice</source>
        <translation>增值税普通发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="24"/>
        <source>Fully digital invoice</source>
        <translation>数电发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="30"/>
        <source>Open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="31"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="32"/>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="33"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="34"/>
        <source>Red-letter</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="38"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="39"/>
        <source>Bad-debt write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="40"/>
        <source>Red-letter invoice</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="83"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="85"/>
        <source>Over {days} days</source>
        <translation>{days}天以上</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87"/>
        <source>{low}–{high} days</source>
        <translation>{low}–{high}天</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91"/>
        <source>{days} days</source>
        <translation>{days}天</translation>
    </message>
</context>
</TS>
