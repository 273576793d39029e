<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="48"/>
        <source>About LabLedger</source>
        <translation>关于 LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="54"/>
        <source>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</source>
        <translation>&lt;b&gt;LabLedger 检测回款 {version}&lt;/b&gt;&lt;br&gt;面向检测实验室的应收账款管理：客户、发票和回款集中管理，让实验室的应收款更快收回。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="61"/>
        <source>Database: {location}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>数据库：{location}&lt;br&gt;Python {python}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="84"/>
        <source>Licences of the bundled components:</source>
        <translation>随附组件的许可声明：</translation>
    </message>
</context>
<context>
    <name>AgingInvoicesDialog</name>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="44"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="51"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="57"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="69"/>
        <source>Open on the date</source>
        <translation>截至日未结</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="75"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="82"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="109"/>
        <source>all buckets</source>
        <translation>全部账龄段</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="111"/>
        <source>{group} – {bucket}</source>
        <translation>{group} – {bucket}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="116"/>
        <source>{bucket}, open as of {date}</source>
        <translation>{bucket}，截至 {date} 未结</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="120"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="130"/>
        <source>Double-click an invoice or press Enter to open it.</source>
        <translation>双击发票或按回车键打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="134"/>
        <source>Open invoice</source>
        <translation>打开发票</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="185"/>
        <source>%Ln invoice(s), open {amount} in all</source>
        <translation>
            <numerusform>共 %Ln 张发票，未结合计 {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="19"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="20"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="21"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="22"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="23"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="28"/>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="29"/>
        <source>(no salesperson)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="30"/>
        <source>(no credit tier)</source>
        <translation>（无信用等级）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="31"/>
        <source>(no test category)</source>
        <translation>（无检测类别）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="32"/>
        <source>(no project)</source>
        <translation>（无项目）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="37"/>
        <source>Within 1 year</source>
        <translation>1年以内</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="38"/>
        <source>1–2 years</source>
        <translation>1-2年</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="39"/>
        <source>2–3 years</source>
        <translation>2-3年</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="40"/>
        <source>Over 3 years</source>
        <translation>3年以上</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="73"/>
        <source>Aged by due date as of {date}: days overdue = {date} − due date. An invoice due on {date} counts as not yet due; one 30 days past due is in 1–30 days.</source>
        <translation>按到期日计算账龄，截至 {date}：逾期天数 = {date} − 到期日。{date} 到期的发票计为未到期；逾期30天计入1–30天。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="78"/>
        <source>Prepayments (money received and not yet applied to invoices) are shown apart, not netted into the buckets: net = total − prepaid.</source>
        <translation>预收款（已到账但尚未核销到发票的款项）单独列示，不冲减各账龄段：净额 = 合计 − 预收。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="83"/>
        <source>Prepayments belong to customers, not to projects or test categories: they count in the totals row only.</source>
        <translation>预收款属于客户，不属于项目或检测类别：只计入合计行。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="88"/>
        <source>Disputed: what customers dispute in their replies to statements (对账单回执), until the dispute is resolved; it stays in the buckets.</source>
        <translation>争议金额：客户在对账单回执中提出异议的金额，争议解决前单列显示；该金额仍计入各账龄区间。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="93"/>
        <source>Bad-debt provision as of {date}: open receivables by accounting age band (whole years of 365 days from the due date; not yet due counts as within 1 year) times the band&apos;s rate ({rates}), rounded to the fen per group and band.</source>
        <translation>截至 {date} 的坏账准备：按会计账龄段（自到期日起每满365天为一年；未到期计入1年以内）的未结应收乘以该段计提比例（{rates}），按分组和账龄段分别四舍五入到分。</translation>
    </message>
</context>
<context>
    <name>AgingSettingsDialog</name>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="62"/>
        <source>Aging buckets and provision rates</source>
        <translation>账龄分段与坏账计提比例</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="69"/>
        <source>e.g. 30, 60, 90, 180, 365</source>
        <translation>例如 30, 60, 90, 180, 365</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="76"/>
        <source>Aging buckets</source>
        <translation>账龄分段</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="79"/>
        <source>Bounds (days overdue)</source>
        <translation>分段上限（逾期天数）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="83"/>
        <source>Each bound ends a bucket: 30 makes 1–30 days, the next starts at 31. An invoice due on the report&apos;s date is not yet due; one 30 days past due is in 1–30 days.</source>
        <translation>每个上限结束一个账龄段：30 表示 1–30天，下一段从第 31 天开始。到期日恰为报表日期的发票计为未到期；逾期30天计入1–30天。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="91"/>
        <source>Bad-debt provision rates</source>
        <translation>坏账计提比例</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="108"/>
        <source>Accounting age bands count whole years of 365 days from the due date; amounts not yet due are within 1 year.</source>
        <translation>会计账龄段自到期日起每满365天为一年；未到期的金额计入1年以内。</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="51"/>
        <source>Aging of receivables as of {date}, by {grouping}</source>
        <translation>应收账龄（截至 {date}，按{grouping}）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="54"/>
        <source>Bad-debt provision as of {date}, by {grouping}</source>
        <translation>坏账准备（截至 {date}，按{grouping}）</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="57"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="58"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="59"/>
        <source>Prepaid</source>
        <translation>预收</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="60"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="61"/>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="62"/>
        <source>{band}
open</source>
        <translation>{band}
余额</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="63"/>
        <source>Open total</source>
        <translation>余额合计</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="64"/>
        <source>{band}
provision {rate}</source>
        <translation>{band}
计提 {rate}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="65"/>
        <source>Provision</source>
        <translation>坏账准备</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="66"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="67"/>
        <source>Double-click to list the invoices behind this row.</source>
        <translation>双击列出该行的全部发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="68"/>
        <source>Double-click to list the invoices behind this amount.</source>
        <translation>双击列出构成该金额的发票。</translation>
    </message>
</context>
<context>
    <name>AllocatePaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="273"/>
        <source>Allocate payment {number}</source>
        <translation>核销回款 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="276"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="278"/>
        <source>Received</source>
        <translation>到账</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="281"/>
        <source>Unallocated</source>
        <translation>未核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="290"/>
        <source>Correct the split before saving.</source>
        <translation>请先更正分配金额再保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="292"/>
        <source>Enter at least one amount to apply.</source>
        <translation>请至少填写一笔核销金额。</translation>
    </message>
</context>
<context>
    <name>AllocationSection</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="65"/>
        <source>Automatically, oldest due first</source>
        <translation>自动（按到期日从早到晚）</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="66"/>
        <source>By hand</source>
        <translation>手工分配</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="67"/>
        <source>Not now (keep it all as prepayment)</source>
        <translation>暂不核销（全部作为预收款）</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="75"/>
        <source>Apply to invoices:</source>
        <translation>核销到发票：</translation>
    </message>
</context>
<context>
    <name>AllocationTable</name>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="56"/>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="57"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="58"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="59"/>
        <source>Open</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="60"/>
        <source>Apply</source>
        <translation>本次核销</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="72"/>
        <source>The customer has no open invoices: the whole payment stays as prepayment.</source>
        <translation>该客户没有未结清的发票：整笔回款将作为预收款。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="164"/>
        <source>Invoice {number}: {problem}</source>
        <translation>发票 {number}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="171"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>发票 {number} 的未收余额为 {open}，不能核销 {amount}。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="181"/>
        <source>The split adds up to {total}, more than the payment of {amount}.</source>
        <translation>分配合计 {total}，超过了回款金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="229"/>
        <source>Open invoices: {amount}</source>
        <translation>未结发票：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="231"/>
        <source>Applied: {amount}</source>
        <translation>本次核销：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="237"/>
        <source>Left as prepayment: {amount}</source>
        <translation>转为预收款：{amount}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/views/shell/application.py" line="115"/>
        <source>Opening the database {location}…</source>
        <translation>正在打开数据库 {location}…</translation>
    </message>
</context>
<context>
    <name>ApproveWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="77"/>
        <source>Approve the write-off</source>
        <translation>批准坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="81"/>
        <source>{amount} of invoice {number} is written off as bad debt on {date}.</source>
        <translation>发票 {number} 的 {amount} 将于 {date} 作为坏账核销。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="89"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>AuditEntryPanel</name>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="29"/>
        <source>Select an entry to see its values before and after.</source>
        <translation>选择一条记录，查看修改前后的值。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="60"/>
        <source>{time} · {user} · {action} · {record}</source>
        <translation>{time} · {user} · {action} · {record}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="67"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="85"/>
        <source>Entry {id} · hash {hash}</source>
        <translation>第 {id} 条 · 哈希 {hash}</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="63"/>
        <source>Search record id or reason</source>
        <translation>搜索记录编号或原因</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="71"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="88"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="90"/>
        <source>All records</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="92"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="104"/>
        <source>From any day</source>
        <translation>起始日期不限</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="105"/>
        <source>To any day</source>
        <translation>截止日期不限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit/audit_log_page.py" line="138"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="153"/>
        <location filename="../../app/views/audit/audit_log_page.py" line="202"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="155"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="156"/>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="167"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="168"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="169"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="170"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="171"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="172"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="173"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit/audit_log_page.py" line="203"/>
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="216"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="53"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="60"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="65"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="71"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="76"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="63"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="76"/>
        <source>This database is on a PostgreSQL server. Back it up on the server (pg_dump, or the server&apos;s scheduled backups) and restore it there (pg_restore): LabLedger makes no copies of a server database.</source>
        <translation>此数据库位于 PostgreSQL 服务器上。请在服务器上备份（pg_dump 或服务器的定时备份），并在服务器上恢复（pg_restore）：LabLedger 不复制服务器数据库。</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="85"/>
        <source>LabLedger copies the database {path} into the backups folder once a day while it runs, and keeps the newest ones. Restoring puts a backup in place of the database; the database open now is kept beside it.</source>
        <translation>LabLedger 运行时每天将数据库 {path} 复制到备份文件夹一次，并保留最新的若干份。恢复时用备份替换数据库；当前打开的数据库会另存一份放在旁边。</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="97"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="104"/>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="111"/>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="129"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="133"/>
        <source> daily backups</source>
        <translation> 份每日备份</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="134"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="143"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="192"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="148"/>
        <source>Keep the newest</source>
        <translation>保留最新</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="206"/>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="221"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="234"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="266"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="292"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="236"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="249"/>
        <source>Restore the backup {file}?

It was written on {written}; its newest change is from {last}. It holds {customers} customers, {invoices} invoices, {payments} payments and {entries} audit entries.

The database open now is replaced by it and kept as a copy beside it. Anyone else using this database should close LabLedger first.</source>
        <translation>恢复备份 {file}？

该备份写于 {written}，其中最新的变更时间为 {last}。内含 {customers} 个客户、{invoices} 张发票、{payments} 笔回款和 {entries} 条审计记录。

当前打开的数据库将被它替换，并另存一份放在旁边。其他正在使用此数据库的人应先关闭 LabLedger。</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="258"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="271"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="289"/>
        <source>(there was none)</source>
        <translation>（原先没有数据库）</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="293"/>
        <source>Restored {file}. The database it replaced is kept as {kept}.</source>
        <translation>已恢复 {file}。被替换的数据库保存为 {kept}。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../app/views/backup/backup_scheduler.py" line="61"/>
        <source>Daily backup saved: {path}</source>
        <translation>每日备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_scheduler.py" line="67"/>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>BankLineEditor</name>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="54"/>
        <source>Confirm this line</source>
        <translation>确认此笔</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="56"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="58"/>
        <source>Not a customer&apos;s payment (refund, interest, transfer)</source>
        <translation>不是客户回款（退款、利息、内部转账）</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="63"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="74"/>
        <source>Settles:</source>
        <translation>核销发票：</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="95"/>
        <source>Choose a line on the left</source>
        <translation>请在左侧选择一笔流水</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="112"/>
        <source>No customer found: type part of the customer&apos;s name.</source>
        <translation>未找到客户：请输入客户名称的一部分。</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="116"/>
        <source>Proposed: {customer} ({how}); {invoices}</source>
        <translation>建议：{customer}（{how}）；{invoices}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="130"/>
        <source>Choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="132"/>
        <source>The customer&apos;s open invoices are still loading.</source>
        <translation>客户的未结发票仍在加载中。</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="143"/>
        <source>Account: {account}</source>
        <translation>对方账号：{account}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="144"/>
        <source>Memo: {memo}</source>
        <translation>摘要：{memo}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="147"/>
        <source>Bank serial: {serial}</source>
        <translation>银行流水号：{serial}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="150"/>
        <source>Recorded as payment {number} of {customer}</source>
        <translation>已登记为{customer}的回款 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="154"/>
        <source>From {file}</source>
        <translation>来自 {file}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="175"/>
        <source>Chosen by hand.</source>
        <translation>已手动选择。</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="206"/>
        <source>Chosen by hand; {invoices}</source>
        <translation>已手动选择；{invoices}</translation>
    </message>
</context>
<context>
    <name>BankLineTable</name>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="82"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="88"/>
        <source>In/out</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="94"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="96"/>
        <source>Memo</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="97"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="99"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="104"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="106"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>BankStatementWindow</name>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="124"/>
        <source>Bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="129"/>
        <source>Import a statement file…</source>
        <translation>导入流水文件…</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="134"/>
        <source>All lines</source>
        <translation>全部流水</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="137"/>
        <source>Import the export of the bank (CSV, XLS or XLSX) as the bank gave it.</source>
        <translation>直接导入网银导出的流水文件（CSV、XLS 或 XLSX），无需修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="156"/>
        <source>Confirm selected as proposed</source>
        <translation>按建议确认所选</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="159"/>
        <source>Ignore selected</source>
        <translation>忽略所选</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="161"/>
        <source>Back to confirm</source>
        <translation>恢复待确认</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="190"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="241"/>
        <source>%n line(s) shown; {waiting} to confirm, {amount} in all</source>
        <translation>
            <numerusform>显示 %n 笔；待确认 {waiting} 笔，合计 {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="300"/>
        <source>Confirm %n selected as proposed</source>
        <translation>
            <numerusform>按建议确认所选 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="312"/>
        <source>Import a bank statement</source>
        <translation>导入银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="314"/>
        <source>Bank statements ({patterns})</source>
        <translation>银行流水（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="322"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="342"/>
        <source>The file was not imported.</source>
        <translation>文件未导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="352"/>
        <source>Nothing new in {file} ({bank}): its %n line(s) were imported before.</source>
        <translation>
            <numerusform>{file}（{bank}）没有新流水：其中 %n 笔以前已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="358"/>
        <source>{file} ({bank}): %n new line(s), {credits} of them incoming to confirm; {already} imported before.</source>
        <translation>
            <numerusform>{file}（{bank}）：新增 %n 笔，其中收入待确认 {credits} 笔；以前已导入 {already} 笔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="403"/>
        <source>Recorded %n payment(s) of {amount} in all.</source>
        <translation>
            <numerusform>已登记 %n 笔回款，合计 {amount}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="76"/>
        <source>Statements for every customer</source>
        <translation>批量对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="79"/>
        <source>One PDF per customer, into a folder</source>
        <translation>每个客户一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="80"/>
        <source>All in one PDF file</source>
        <translation>全部合并为一个 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="85"/>
        <source>Drafts only (nothing is recorded, no numbers)</source>
        <translation>仅预览稿（不登记，不编号）</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="90"/>
        <source>Period</source>
        <translation>对账期间</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="91"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="96"/>
        <source>Every customer with a balance at the end of the period or entries in it gets a statement. Issued statements are recorded with a number; running the batch again for the same period reprints them under the same numbers.</source>
        <translation>期末有余额或期间内有往来的每个客户各出一份对账单。出具的对账单会编号登记；同一期间再次批量出具时，按原编号重新打印。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="109"/>
        <source>Write statements…</source>
        <translation>生成对账单…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="121"/>
        <source>Writing statements</source>
        <translation>正在生成对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="122"/>
        <location filename="../../app/views/statements/batch_dialog.py" line="159"/>
        <source>Finding the customers…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="136"/>
        <source>Save the statements as</source>
        <translation>对账单另存为</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="138"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="142"/>
        <source>Folder for the statements</source>
        <translation>对账单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="149"/>
        <source>Statements_{start}_{end}.pdf</source>
        <translation>对账单_{start}_{end}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="176"/>
        <source>Stopping after the statement being written…</source>
        <translation>正在停止，当前这份对账单写完后停止…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="182"/>
        <source>{done} of {total} statements written</source>
        <translation>已生成 {done} / {total} 份对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="203"/>
        <source>Cancelled: {written} of {total} statements written to {where}; nothing further was issued.</source>
        <translation>已取消：{total} 份中已有 {written} 份写入 {where}；其余未再出具。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="208"/>
        <source>Cancelled: the combined file was not written; nothing further was issued.</source>
        <translation>已取消：合并文件未写入；其余未再出具。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="211"/>
        <source>No customer has a balance or entries in this period.</source>
        <translation>该期间没有客户有余额或往来。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="213"/>
        <source>{written} statements written to {where}.</source>
        <translation>已将 {written} 份对账单写入 {where}。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="218"/>
        <source>{count} of them were issued before with the same figures and keep their numbers.</source>
        <translation>其中 {count} 份此前已按相同数字出具，沿用原编号。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="176"/>
        <source>‹ Previous</source>
        <translation>‹ 上月</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="177"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="178"/>
        <source>Next ›</source>
        <translation>下月 ›</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="185"/>
        <source>All salespeople</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="188"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="192"/>
        <source>Day</source>
        <translation>当天</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="193"/>
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="194"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="202"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="204"/>
        <location filename="../../app/views/calendar/calendar_page.py" line="214"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="213"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="215"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="216"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="217"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="218"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="236"/>
        <source>Double-click an item to open it.</source>
        <translation>双击事项即可打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="252"/>
        <source>Month</source>
        <translation>月视图</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="253"/>
        <source>My tasks today</source>
        <translation>我的催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="275"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="330"/>
        <source>Agenda of {day}</source>
        <translation>{day} 的日程</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="333"/>
        <source>Agenda of {start} to {end}</source>
        <translation>{start} 至 {end} 的日程</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="402"/>
        <source>Export the calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="404"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="430"/>
        <source>{count} calendar items exported to {path}</source>
        <translation>已导出 {count} 个日历事项到 {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="118"/>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="120"/>
        <source>Deadline passed</source>
        <translation>已超期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_board_view.py" line="149"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>停留 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="175"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="181"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="182"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="183"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="184"/>
        <source>At least {min} characters.</source>
        <translation>至少 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="187"/>
        <source>An administrator reset your password: choose a new one before you go on.</source>
        <translation>管理员已重置您的密码：请先设置新密码再继续。</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="49"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常为 465 端口）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="50"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常为 587 端口）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="51"/>
        <source>None (only inside the lab&apos;s network)</source>
        <translation>不加密（仅限实验室内部网络）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="54"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="55"/>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="58"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="59"/>
        <source>A manager&apos;s team</source>
        <translation>某位经理的团队</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="60"/>
        <source>One salesperson</source>
        <translation>某位销售</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="109"/>
        <source>Kept in the system keyring; blank keeps it</source>
        <translation>保存在系统密钥环中；留空则保留原密码</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="113"/>
        <source>Mail server (reminders emailed to customers)</source>
        <translation>邮件服务器（向客户发送付款提醒邮件）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="116"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="117"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="118"/>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="119"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="120"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="121"/>
        <source>Sender&apos;s address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="122"/>
        <source>Sender&apos;s name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="123"/>
        <source>Reply-to address</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="131"/>
        <source>Save mail server</source>
        <translation>保存邮件服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="138"/>
        <source>Send a test email to…</source>
        <translation>测试邮件收件人…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="139"/>
        <source>Send test email</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="153"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="154"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="155"/>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="156"/>
        <source>Receives the messages of</source>
        <translation>接收谁的消息</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="157"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="158"/>
        <source>Signing secret (DingTalk)</source>
        <translation>加签密钥（钉钉）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="170"/>
        <source>Each salesperson&apos;s reminders and escalations are also posted to the group robots that receive their messages: those for everyone, the robot of their manager&apos;s team and their own. Copy the webhook address from the group&apos;s robot settings; a DingTalk robot with signing (加签) needs its secret.</source>
        <translation>每位销售的提醒和升级消息也会推送到接收其消息的群机器人：面向所有人的机器人、其经理团队的机器人以及其本人的机器人。请从群机器人设置中复制 Webhook 地址；启用加签的钉钉机器人还需填写密钥。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="180"/>
        <source>Add robot</source>
        <translation>添加机器人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="183"/>
        <source>Remove robot</source>
        <translation>删除机器人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="186"/>
        <source>Save robots</source>
        <translation>保存机器人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="189"/>
        <source>Send test message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="194"/>
        <source>Team chat robots</source>
        <translation>群聊机器人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="242"/>
        <source>Mail server saved.</source>
        <translation>邮件服务器已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="254"/>
        <source>Test email sent to {to}.</source>
        <translation>测试邮件已发送至 {to}。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="281"/>
        <source>blank keeps it</source>
        <translation>留空则保留</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="343"/>
        <source>Robots saved.</source>
        <translation>机器人已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="350"/>
        <source>Choose the robot to test.</source>
        <translation>请选择要测试的机器人。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="357"/>
        <source>Test message posted to {name}.</source>
        <translation>测试消息已发送到 {name}。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="54"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="55"/>
        <source>Save this chart as a PNG picture</source>
        <translation>把这张图表另存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="116"/>
        <source>Save chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="118"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="95"/>
        <source>Invoiced and collected by month</source>
        <translation>每月开票与回款</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="96"/>
        <source>Aging of receivables</source>
        <translation>应收账龄分布</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="97"/>
        <source>Overdue ratio and DSO by month</source>
        <translation>每月逾期率与 DSO</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="98"/>
        <source>Ten customers most overdue</source>
        <translation>逾期金额前十的客户</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="107"/>
        <location filename="../../app/views/charts/charts_page.py" line="216"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="128"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="129"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="130"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="135"/>
        <source>The charts can be kept to a credit tier or a test category, not both.</source>
        <translation>图表可以按信用等级或检测类别筛选，不能同时按两者。</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="140"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="141"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="142"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="143"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="161"/>
        <source>All salespeople</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="167"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="170"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="236"/>
        <source>Amount (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="237"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="247"/>
        <source>Invoiced</source>
        <translation>开票</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="250"/>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="280"/>
        <source>Open on {date}: {amount}</source>
        <translation>{date} 未结清：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="309"/>
        <location filename="../../app/views/charts/charts_page.py" line="325"/>
        <source>Overdue ratio (%)</source>
        <translation>逾期率（%）</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="311"/>
        <location filename="../../app/views/charts/charts_page.py" line="326"/>
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="336"/>
        <source>{month} overdue ratio: {ratio}</source>
        <translation>{month} 逾期率：{ratio}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="341"/>
        <source>{month} DSO: {days} days</source>
        <translation>{month} DSO：{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="366"/>
        <source>Overdue on {date}</source>
        <translation>{date} 逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="378"/>
        <source>{customer}: overdue {overdue} of {open} open</source>
        <translation>{customer}：未结清 {open}，其中逾期 {overdue}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="394"/>
        <source>No customer is overdue.</source>
        <translation>没有逾期的客户。</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="42"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="45"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="59"/>
        <source>Export problems…</source>
        <translation>导出问题…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="62"/>
        <source>Skip the rows with problems and import the good rows</source>
        <translation>跳过有问题的行，只导入正确的行</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="107"/>
        <source>Checking every row of {name}…</source>
        <translation>正在检查 {name} 的每一行…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="112"/>
        <source>Stopping the check…</source>
        <translation>正在停止检查…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="116"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="128"/>
        <source>{read} rows checked: {good} can be imported.</source>
        <translation>已检查 {read} 行：{good} 行可以导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="135"/>
        <source>{rows} rows have {count} problems, listed below; nothing is imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>{rows} 行共有 {count} 处问题，见下表；在文件中改正这些问题、或选择跳过这些行之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="141"/>
        <source>The first {shown} are listed.</source>
        <translation>下表列出前 {shown} 处。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="147"/>
        <source>Sheets left out (no usable header): {sheets}.</source>
        <translation>未导入的工作表（没有可识别的表头）：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="154"/>
        <source>This file was imported before; rows already in LabLedger are not added again.</source>
        <translation>此文件以前导入过；LabLedger 中已有的行不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="174"/>
        <source>Export the problems as</source>
        <translation>问题导出为</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="176"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="185"/>
        <source>{stem} problems.xlsx</source>
        <translation>{stem} 问题.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="197"/>
        <source>Problems exported to {path}.</source>
        <translation>问题已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="34"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="35"/>
        <source>Applied</source>
        <translation>已核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="36"/>
        <source>Allocated</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="37"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="38"/>
        <source>Quoted amount</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="39"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="40"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="41"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="42"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="43"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="44"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="45"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="46"/>
        <source>Owner</source>
        <translation>负责销售</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="47"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="48"/>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="49"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="50"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="52"/>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="53"/>
        <source>Tax ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="54"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="55"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="56"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="59"/>
        <source>Issued</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="60"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="92"/>
        <source>Saved by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="99"/>
        <source>Nothing was saved and your input is still in the form. Reload shows what is saved now (your input is replaced); keep your input to copy it first.</source>
        <translation>您的修改没有保存，输入的内容仍在表单中。“重新加载”显示现在已保存的内容（会替换您的输入）；如需先复制您的输入，请选择“保留我的输入”。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Saved by the other PC</source>
        <translation>其他电脑保存的值</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="122"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="125"/>
        <source>Keep my input</source>
        <translation>保留我的输入</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="42"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="43"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="44"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="45"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="46"/>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="66"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="67"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="32"/>
        <source>Sign the contract for {code}</source>
        <translation>签订合同 – {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="34"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="35"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="36"/>
        <source>Quoted</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="38"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="42"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="45"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="46"/>
        <source>Sign</source>
        <translation>签订</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="53"/>
        <source>The contract number is required.</source>
        <translation>请填写合同编号。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="76"/>
        <source>Signed the contract of {code}</source>
        <translation>已签订 {code} 的合同</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="87"/>
        <source>The payment plan does not fit the contract</source>
        <translation>回款计划与合同金额不符</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="89"/>
        <source>The contract of {code} is signed for {contract}, but its payment plan adds up to {total}. Revise the plan (Payment plan…) so that the installments add up to the contract.</source>
        <translation>项目 {code} 的合同已按 {contract} 签订，但其回款计划合计 {total}。请修改回款计划（“回款计划…”），使各期合计等于合同金额。</translation>
    </message>
</context>
<context>
    <name>CreditHoldPanel</name>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="78"/>
        <source>Refused by credit control</source>
        <translation>信用控制拒绝</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="83"/>
        <source>Only a manager can override this hold.</source>
        <translation>只有经理可以越过此冻结放行。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="86"/>
        <source>Override with reason…</source>
        <translation>填写理由后越权放行…</translation>
    </message>
</context>
<context>
    <name>CreditScore</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="58"/>
        <source>Paid {late} of {total} invoices late (-{points} points)</source>
        <translation>{total} 张已结清发票中有 {late} 张逾期付款（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="59"/>
        <source>Paid all {total} invoices on time</source>
        <translation>{total} 张发票全部按时付款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="60"/>
        <source>Paid {days} days late on average, weighted by amount (-{points} points)</source>
        <translation>按金额加权平均逾期 {days} 天付款（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="63"/>
        <source>{overdue} of the open {open} is overdue (-{points} points)</source>
        <translation>未结金额 {open} 中有 {overdue} 已逾期（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="64"/>
        <source>Nothing is overdue</source>
        <translation>没有逾期款项</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="65"/>
        <source>{amount} written off as bad debt (-{points} points)</source>
        <translation>已核销坏账 {amount}（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="66"/>
        <source>Customer for only {days} days (-{points} points)</source>
        <translation>合作仅 {days} 天（扣 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="67"/>
        <source>The last {count} settled invoices were each paid more than {days} days late</source>
        <translation>最近 {count} 张已结清发票均逾期超过 {days} 天才付款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="70"/>
        <source>Paid {late} of {total} invoices late, {days} days on average</source>
        <translation>{total} 张发票中有 {late} 张逾期付款，平均逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="73"/>
        <source>Bad debt written off {days} days ago</source>
        <translation>{days} 天前有坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="74"/>
        <source>{amount} overdue, the oldest invoice {days} days past due</source>
        <translation>逾期 {amount}，最早一张发票已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="75"/>
        <source>No late payment, write-off or overdue invoice for {days} days</source>
        <translation>已连续 {days} 天无逾期付款、坏账核销或逾期发票</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="78"/>
        <source>A customer for {days} days, every invoice of the last year paid on time</source>
        <translation>合作 {days} 天，近一年所有发票均按时付款</translation>
    </message>
</context>
<context>
    <name>CreditTiersPage</name>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="53"/>
        <source>Each customer belongs to a credit tier. The tier sets the payment terms and credit limit (a customer&apos;s own terms and limit win over them), when reminders go out, whom overdue invoices are escalated to, how much is paid in advance and whether reports wait for payment.</source>
        <translation>每个客户都属于一个信用等级。信用等级规定账期和信用额度（客户单独设定的账期和额度优先），何时发送提醒，逾期发票升级给谁，需预付多少款项，以及检测报告是否在付款后才发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="62"/>
        <source>Add tier…</source>
        <translation>新增等级…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="77"/>
        <source>Tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="78"/>
        <source>English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="79"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="80"/>
        <source>Terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="81"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="82"/>
        <source>Reminders</source>
        <translation>提醒日</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="83"/>
        <source>Escalation</source>
        <translation>逾期升级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="84"/>
        <source>Prepaid</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="85"/>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="86"/>
        <source>Reports</source>
        <translation>报告发放</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="87"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="94"/>
        <source>Days from the due date: negative before it, positive after it.</source>
        <translation>相对到期日的天数：负数为到期前，正数为到期后。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="118"/>
        <source>Credit tiers</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="129"/>
        <source>{role} after {days}</source>
        <translation>逾期{days}后升级至{role}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="134"/>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="139"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="137"/>
        <source>over {days} overdue</source>
        <translation>逾期超过{days}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="151"/>
        <source>held until paid</source>
        <translation>付款后发放</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="151"/>
        <source>released</source>
        <translation>直接发放</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="204"/>
        <source>Delete credit tier</source>
        <translation>删除信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="205"/>
        <source>Delete the credit tier {name}?</source>
        <translation>确定删除信用等级“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="141"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="213"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="358"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="144"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="147"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="153"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="159"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="165"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="174"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="221"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="265"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="177"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="183"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="189"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="230"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="379"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="195"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="201"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="207"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="256"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="224"/>
        <source>Received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="236"/>
        <source>Not yet applied</source>
        <translation>未核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="242"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="248"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="251"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="268"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="274"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="280"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="286"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="292"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="298"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="304"/>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="313"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="367"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="319"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="373"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="325"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="331"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="334"/>
        <source>Next action</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="340"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="346"/>
        <source>Promised by</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="352"/>
        <source>Promise</source>
        <translation>承诺状态</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="385"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="394"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="395"/>
        <source>Projects ({count})</source>
        <translation>项目（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="396"/>
        <source>Invoices ({count})</source>
        <translation>发票（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="397"/>
        <source>Payments ({count})</source>
        <translation>回款（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="398"/>
        <source>Statements ({count})</source>
        <translation>对账单（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="399"/>
        <source>Follow-ups ({count})</source>
        <translation>跟进记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="490"/>
        <source>Customer 360</source>
        <translation>客户全景</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="494"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="504"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="505"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="506"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="507"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="688"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="508"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="538"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="539"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="540"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="541"/>
        <source>Used credit</source>
        <translation>已用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="542"/>
        <source>Available credit</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="543"/>
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="544"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="545"/>
        <source>Unapplied payments</source>
        <translation>预收款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="546"/>
        <source>Average days late</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="547"/>
        <source>In dispute</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="559"/>
        <source>Credit score (of 100)</source>
        <translation>信用评分（满分 100）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="573"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="678"/>
        <source>{name} – Customer 360</source>
        <translation>{name} – 客户全景</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="684"/>
        <source>Salesperson: {name}</source>
        <translation>业务员：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="686"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="688"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="715"/>
        <source>Statement {number}</source>
        <translation>对账单 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="720"/>
        <source>Disputed in the reply of {date}: {note}</source>
        <translation>{date} 回执提出异议：{note}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="724"/>
        <source>What the customer disputes in its replies to statements.</source>
        <translation>客户在对账单回执中提出异议的金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="741"/>
        <source>No payment history yet.</source>
        <translation>尚无付款记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="847"/>
        <source>New statement…</source>
        <translation>新建对账单…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="848"/>
        <source>Reprint…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="849"/>
        <source>Mark sent…</source>
        <translation>登记已发送…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="850"/>
        <source>Record reply…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="851"/>
        <source>Signed slip</source>
        <translation>回执扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="852"/>
        <source>Dunning letter…</source>
        <translation>催款函…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="705"/>
        <source>Calculating…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="750"/>
        <source>Proposed: move from {old} to {new}; waiting for a manager&apos;s decision.</source>
        <translation>建议由 {old} 调整为 {new}，等待经理审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="801"/>
        <source>Showing the latest {shown} of {total}; scroll down for more.</source>
        <translation>显示最近 {shown} 条，共 {total} 条；向下滚动加载更多。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="808"/>
        <source>Showing the latest {shown} events; scroll down for earlier ones.</source>
        <translation>显示最近 {shown} 条事件；向下滚动查看更早的记录。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="20"/>
        <source>Select a customer to see their details.</source>
        <translation>选择一个客户以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="32"/>
        <source>Credit and balance</source>
        <translation>信用与余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="33"/>
        <source>Aging of open invoices</source>
        <translation>未结发票账龄</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="34"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="35"/>
        <source>Invoicing details</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="36"/>
        <source>Records</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="63"/>
        <source>Salesperson: {name}</source>
        <translation>业务员：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="65"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="69"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="70"/>
        <source>Balance owed</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="73"/>
        <source>Contracts not yet invoiced</source>
        <translation>已签合同未开票</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="75"/>
        <source>Available credit</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="76"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="77"/>
        <source>Unapplied payments</source>
        <translation>未核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="78"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="86"/>
        <source>No contacts recorded.</source>
        <translation>尚未登记联系人。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="90"/>
        <source>{name} – primary</source>
        <translation>{name}（主要联系人）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="93"/>
        <source>WeChat: {id}</source>
        <translation>微信：{id}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="100"/>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="101"/>
        <source>Tax ID / USCC</source>
        <translation>税号 / 统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="102"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="103"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="104"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="106"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="109"/>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="110"/>
        <source>Invoices</source>
        <translation>发票数</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="112"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="112"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="126"/>
        <source>Required, e.g. 上海浦东环境监测站</source>
        <translation>必填，例如 上海浦东环境监测站</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="129"/>
        <source>Given automatically when left empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="131"/>
        <source>18 characters, e.g. 91310115MA1H7XXXX0</source>
        <translation>18 位，例如 91310115MA1H7XXXX0</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="138"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="141"/>
        <source>e.g. 021-5888 0001 转 123 or 138 0013 8000</source>
        <translation>例如 021-5888 0001 转 123 或 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="145"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="146"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="147"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="148"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="149"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="150"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="151"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="152"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="153"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="156"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="163"/>
        <source>Own payment terms</source>
        <translation>单独设定账期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="166"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="167"/>
        <source>Own credit limit</source>
        <translation>单独设定信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="184"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="186"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="187"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="188"/>
        <source>Applies</source>
        <translation>实际适用</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="195"/>
        <source>The customer&apos;s own payment terms and credit limit win over those of the tier. Reminders, escalation, prepayment and report holds follow the tier.</source>
        <translation>客户单独设定的账期和信用额度优先于信用等级的设定；提醒、升级、预付款和报告暂扣仍按信用等级执行。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="203"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="207"/>
        <source>The customer&apos;s name when left empty</source>
        <translation>留空则使用客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="209"/>
        <source>The unified social credit code when left empty</source>
        <translation>留空则使用统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="216"/>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="217"/>
        <source>Tax ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="218"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="219"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="220"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="223"/>
        <source>Invoicing</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="230"/>
        <source>One contact is the primary contact: statements and reminders go to them.</source>
        <translation>其中一位为主要联系人：对账单和提醒发给此人。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="237"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="352"/>
        <source>Only managers change a customer&apos;s credit tier.</source>
        <translation>只有经理可以调整客户的信用等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="356"/>
        <source>(no longer active)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="384"/>
        <source>The tier gives {terms} and a credit limit of {limit}.</source>
        <translation>该信用等级的账期为{terms}，信用额度为 {limit}。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="408"/>
        <source>Only a manager can raise the credit limit or lengthen the payment terms. You may keep them or make them stricter: at most {limit} and {terms}.</source>
        <translation>只有经理可以提高信用额度或延长账期。您可以保持不变或收紧：额度最多 {limit}，账期最多 {terms}。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="432"/>
        <source>{terms} ({terms_source}), credit limit {limit} ({limit_source})</source>
        <translation>账期{terms}（{terms_source}），信用额度 {limit}（{limit_source}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="436"/>
        <location filename="../../app/views/customers/customer_dialog.py" line="441"/>
        <source>the customer&apos;s own</source>
        <translation>客户单独设定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="438"/>
        <location filename="../../app/views/customers/customer_dialog.py" line="443"/>
        <source>from the tier</source>
        <translation>按信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="550"/>
        <source>Created customer {name}</source>
        <translation>已新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="552"/>
        <source>Saved customer {name}</source>
        <translation>已保存客户 {name}</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="25"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="26"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="27"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="28"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="29"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="30"/>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="34"/>
        <source>Open</source>
        <translation>待兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="35"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="36"/>
        <source>Partly kept</source>
        <translation>部分兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="37"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="42"/>
        <source>No reply yet</source>
        <translation>未回执</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="43"/>
        <source>Agreed</source>
        <translation>核对相符</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="44"/>
        <source>Disputed</source>
        <translation>核对不符</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="48"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="49"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="50"/>
        <source>Sales</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="51"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="52"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="53"/>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="102"/>
        <source>(promised {amount} by {date}: {status})</source>
        <translation>（承诺 {date} 前付 {amount}：{status}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="105"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="106"/>
        <source>Red-letter invoice</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="107"/>
        <source>Invoice voided</source>
        <translation>发票作废</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="108"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="109"/>
        <source>Payment reversed</source>
        <translation>回款冲销</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="110"/>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="111"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="112"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="113"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="114"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="115"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="116"/>
        <source>Credit override</source>
        <translation>信用放行</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="60"/>
        <source>Search name, short name, code or USCC</source>
        <translation>搜索客户名称、简称、编号或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="65"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="68"/>
        <source>Customer 360</source>
        <translation>客户全景</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="71"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="74"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="81"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="84"/>
        <location filename="../../app/views/customers/customer_list_view.py" line="152"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="87"/>
        <source>Merge…</source>
        <translation>合并客户…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="93"/>
        <source>All credit tiers</source>
        <translation>全部信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="100"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="108"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="152"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="221"/>
        <location filename="../../app/views/shell/list_exports.py" line="66"/>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customers/customer_list_view.py" line="304"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/views/customers/customer_picker.py" line="30"/>
        <source>Type part of the customer&apos;s name or code</source>
        <translation>输入客户名称或编号的一部分</translation>
    </message>
</context>
<context>
    <name>CustomerSearchBox</name>
    <message>
        <location filename="../../app/views/customers/customer_search_box.py" line="29"/>
        <source>Type a name, code or USCC</source>
        <translation>输入名称、编号或统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="44"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="50"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="56"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="62"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="69"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="75"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="82"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="89"/>
        <source>Unapplied payments</source>
        <translation>未核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="95"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="32"/>
        <source>Quote → contract</source>
        <translation>报价→合同</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="33"/>
        <source>Samples → report</source>
        <translation>收样→报告</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="34"/>
        <source>Report → invoice</source>
        <translation>报告→开票</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="35"/>
        <source>Invoice → cash</source>
        <translation>开票→回款</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="49"/>
        <source>By test category</source>
        <translation>按检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="50"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="51"/>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="142"/>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="155"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="156"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="157"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="159"/>
        <source>Slowest stage</source>
        <translation>最慢环节</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="163"/>
        <source>{stage}
projects</source>
        <translation>{stage}
项目数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="164"/>
        <source>{stage}
average days</source>
        <translation>{stage}
平均天数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="165"/>
        <source>{stage}
median days</source>
        <translation>{stage}
中位天数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="170"/>
        <source>Project cycle times {dimension}, {start} to {end} (as of {as_of})</source>
        <translation>项目周期（{dimension}）{start} 至 {end}（截至 {as_of}）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="183"/>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="188"/>
        <source>Each stage counts the projects that reached its end in the period (or the month or quarter), from the first day they entered its start; projects that skipped the start are not counted. The slowest stage of each row (highest average) is highlighted.</source>
        <translation>每个环节统计在期间（或该月、该季度）内到达环节终点的项目，从首次进入环节起点之日算起；跳过起点的项目不计。每行最慢的环节（平均天数最高）以底色标出。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="196"/>
        <source>Cycle times</source>
        <translation>项目周期</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="205"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>DashboardFiguresView</name>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="118"/>
        <source>Total receivables</source>
        <translation>应收总额</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="119"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="120"/>
        <source>DSO</source>
        <translation>DSO 周转天数</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="123"/>
        <source>Days sales outstanding: receivables at the end of the period / invoiced in the period × its days</source>
        <translation>应收账款周转天数：期末应收 ÷ 期间开票 × 期间天数</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="127"/>
        <source>CEI</source>
        <translation>CEI 回款有效性</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="130"/>
        <source>Collection effectiveness index: (opening receivables + invoiced − closing receivables) / (opening receivables + invoiced − closing current receivables) × 100</source>
        <translation>回款有效性指数：（期初应收 + 期间开票 − 期末应收）÷（期初应收 + 期间开票 − 期末未到期应收）× 100</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="135"/>
        <source>Collected this month</source>
        <translation>本月回款</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="150"/>
        <source>Show the list behind this figure</source>
        <translation>打开这个数字对应的清单</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="158"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="162"/>
        <source>the last {days} days</source>
        <translation>近 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="166"/>
        <source>Open invoices</source>
        <translation>未结清发票合计</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="173"/>
        <source>{ratio} of receivables</source>
        <translation>占应收 {ratio}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="179"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="195"/>
        <source>No target set for {month}</source>
        <translation>{month} 未设回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="199"/>
        <source>Target {target}: {share} reached</source>
        <translation>目标 {target}，已完成 {share}</translation>
    </message>
</context>
<context>
    <name>DashboardListsView</name>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <source>Open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="251"/>
        <source>Show the list behind this figure</source>
        <translation>打开这个数字对应的清单</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="252"/>
        <source>Double-click a row to open the customer</source>
        <translation>双击一行打开客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="271"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="283"/>
        <source>Customers most overdue ({count})</source>
        <translation>逾期最多的客户（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="297"/>
        <source>Promises to pay {start} – {end}: {count}, {amount}</source>
        <translation>本周付款承诺 {start} – {end}：{count} 项，{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="318"/>
        <source>Statements awaiting the customer&apos;s reply: {count}</source>
        <translation>等待客户回复的对账单：{count}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="33"/>
        <location filename="../../app/views/settings/database_dialog.py" line="157"/>
        <source>Change database</source>
        <translation>切换数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="38"/>
        <source>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</source>
        <translation>多台电脑可以共用一个数据库：用户不多时，可把 SQLite 文件放在共享文件夹中；用户较多时，请使用 PostgreSQL 服务器。更改将在 LabLedger 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="45"/>
        <source>Default local file ({path})</source>
        <translation>默认本地文件（{path}）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="47"/>
        <source>SQLite file (local or on a shared folder)</source>
        <translation>SQLite 文件（本机或共享文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="48"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="53"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="88"/>
        <source>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</source>
        <translation>本次启动使用了 --db 参数或 LABLEDGER_DB 环境变量，它们优先于此处保存的选择。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="109"/>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="111"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="132"/>
        <source>Enter the path of the database file.</source>
        <translation>请输入数据库文件的路径。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="134"/>
        <source>Enter the server&apos;s address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="137"/>
        <source>A server address starts with postgresql://</source>
        <translation>服务器地址应以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="141"/>
        <source>This is not a valid database address.</source>
        <translation>这不是有效的数据库地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="158"/>
        <source>LabLedger will open {location} the next time it starts.</source>
        <translation>LabLedger 下次启动时将打开 {location}。</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="46"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="50"/>
        <source>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</source>
        <translation>生成虚构的客户、项目、发票、回款和坏账核销（使用中文公司名称）。相同的随机种子总是生成相同的数据。数据量大时需要一些时间，可以随时取消。</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="69"/>
        <source>Customers</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="70"/>
        <source>Invoices</source>
        <translation>发票数量</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="71"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="75"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>DemoGeneration</name>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="96"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="97"/>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="143"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="148"/>
        <source>Cancelled. Nothing was written to the database.</source>
        <translation>已取消，未向数据库写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="151"/>
        <source>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</source>
        <translation>演示数据已加载：{customers} 个客户、{invoices} 张发票、{payments} 笔回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="158"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DunningPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="177"/>
        <source>Dunning letter – {customer}</source>
        <translation>催款函 – {customer}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="178"/>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="186"/>
        <source>Record as sent</source>
        <translation>登记为已发出</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="187"/>
        <source>Log the letter in the customer&apos;s follow-ups.</source>
        <translation>在客户跟进记录中登记此函。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="198"/>
        <source>The dunning letter to {customer} is logged in its follow-ups.</source>
        <translation>致 {customer} 的催款函已登记到跟进记录。</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="891"/>
        <source>LabLedger</source>
        <translation>LabLedger 检测回款</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="61"/>
        <location filename="../../app/views/widgets/excel_export.py" line="85"/>
        <location filename="../../app/views/widgets/excel_export.py" line="120"/>
        <location filename="../../app/views/widgets/excel_export.py" line="129"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="79"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="122"/>
        <source>Could not write {path}: {reason}. If the file is open in Excel, close it and export again.</source>
        <translation>无法写入 {path}：{reason}。如果该文件已在 Excel 中打开，请关闭后重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="130"/>
        <source>Exported {count} rows to {path}.</source>
        <translation>已将 {count} 行导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="49"/>
        <source>Choose an Excel workbook (.xlsx, .xls) or a CSV file. LabLedger finds the header row and the columns itself; the next steps show what it found, and nothing is written before the last step.</source>
        <translation>选择 Excel 工作簿（.xlsx、.xls）或 CSV 文件。LabLedger 会自动找到表头行和各列；接下来的步骤会显示识别结果，最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="57"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="58"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="67"/>
        <location filename="../../app/views/importing/file_step.py" line="200"/>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="79"/>
        <source>Sheets to import</source>
        <translation>要导入的工作表</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="80"/>
        <source>Records in the file</source>
        <translation>文件中的记录</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="84"/>
        <source>Import a bank statement…</source>
        <translation>导入银行流水…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="88"/>
        <source>A bank statement, to record the payments it shows:</source>
        <translation>银行流水（逐笔认领回款）：</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="106"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="108"/>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="125"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="150"/>
        <source>{sheet} ({rows} rows)</source>
        <translation>{sheet}（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="159"/>
        <source>The file has no sheets.</source>
        <translation>此文件没有工作表。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="165"/>
        <source>Looking for the header…</source>
        <translation>正在查找表头…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="181"/>
        <source>No header row was recognised on the first sheet: choose the kind of records, then say in the next step which column holds what.</source>
        <translation>第一个工作表中没有识别出表头：请选择记录类型，然后在下一步指定每列的内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="187"/>
        <source>Header found on sheet {sheet}, row {row}.</source>
        <translation>已在工作表 {sheet} 第 {row} 行找到表头。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="198"/>
        <source>Automatic ({kind})</source>
        <translation>自动识别（{kind}）</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="134"/>
        <source>Welcome to LabLedger – the administrator</source>
        <translation>欢迎使用 LabLedger – 创建管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="144"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="145"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="146"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="147"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="150"/>
        <source>Nobody can log in to this database yet. Create its administrator: they add the other users (Settings › Users) and decide what each may see and do. The password needs at least {min} characters.</source>
        <translation>此数据库还没有可以登录的用户。请先创建管理员：由管理员添加其他用户（设置 › 用户），并决定每个人能看到和操作什么。密码至少 {min} 个字符。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="57"/>
        <source>Log follow-up – {name}</source>
        <translation>记录跟进 – {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="70"/>
        <source>What was said or agreed</source>
        <translation>沟通内容或约定事项</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="73"/>
        <source>(no particular project)</source>
        <translation>（不指定项目）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="77"/>
        <source>Remind me on</source>
        <translation>提醒日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="84"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="85"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="86"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="87"/>
        <source>Next action</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="93"/>
        <source>Promise to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="100"/>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="101"/>
        <source>To be paid by</source>
        <translation>承诺付款日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="108"/>
        <source>LabLedger checks the payments that arrive and marks the promise kept, partly kept or broken.</source>
        <translation>系统会根据到账的回款，将承诺标记为已兑现、部分兑现或未兑现。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="243"/>
        <source>Done: {action}</source>
        <translation>已完成：{action}</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="57"/>
        <source>Hand over customer</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="68"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="78"/>
        <source>Hand over to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="79"/>
        <source>From (date)</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="84"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="90"/>
        <source>Who owned the customer when</source>
        <translation>历任负责业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="112"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="118"/>
        <source>Salesperson now: {name}</source>
        <translation>当前业务员：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="118"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>HiddenRecordNote</name>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="24"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="26"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="38"/>
        <source>{name} is saved, but the search or filters hide it from the list below.</source>
        <translation>{name} 已保存，但当前的搜索或筛选条件使它不在下面的列表中显示。</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="17"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="18"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="19"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="20"/>
        <source>Short name</source>
        <translation>客户简称</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="21"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="22"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="23"/>
        <source>Terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="24"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="25"/>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="26"/>
        <source>Project code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="27"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="28"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="29"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="30"/>
        <source>Invoice amount</source>
        <translation>开票金额</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="31"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="32"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="33"/>
        <source>Settled on</source>
        <translation>结清日期</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="34"/>
        <source>Payment date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="35"/>
        <source>Payment amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="36"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="37"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="41"/>
        <source>Ledger (invoices with their payments)</source>
        <translation>台账（发票及其回款）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="42"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="43"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="44"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="45"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="49"/>
        <source>Customers created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="50"/>
        <source>Customers matched</source>
        <translation>匹配到的已有客户</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="51"/>
        <source>Projects created</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="52"/>
        <source>Invoices created</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="53"/>
        <source>Payments created</source>
        <translation>新建回款</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="54"/>
        <source>Payment allocations created</source>
        <translation>新建回款核销</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="55"/>
        <source>Rows read</source>
        <translation>读取的行</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="56"/>
        <source>Rows imported before (matched)</source>
        <translation>以前导入过的行（已匹配）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="57"/>
        <source>Rows skipped (with problems)</source>
        <translation>跳过的行（有问题）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="87"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="100"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="111"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="74"/>
        <source>1 File</source>
        <translation>1 文件</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="75"/>
        <source>2 Columns</source>
        <translation>2 列映射</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="76"/>
        <source>3 Preview</source>
        <translation>3 预览</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="77"/>
        <source>4 Check</source>
        <translation>4 检查</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="78"/>
        <source>5 Import</source>
        <translation>5 导入</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="108"/>
        <source>You can look at a file here, but not check or import it.</source>
        <translation>您可以在此查看文件，但不能检查或导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="113"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="115"/>
        <location filename="../../app/views/importing/import_page.py" line="209"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="209"/>
        <source>Continue to import &gt;</source>
        <translation>继续导入 &gt;</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="58"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="69"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="69"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="71"/>
        <source>Import another file</source>
        <translation>导入其他文件</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="94"/>
        <source>Import {kind} from {name}, sheets {sheets}.</source>
        <translation>从 {name} 的工作表 {sheets} 导入{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="98"/>
        <source>Rows with problems are skipped.</source>
        <translation>有问题的行将被跳过。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="100"/>
        <source>If any row has a problem, nothing is imported.</source>
        <translation>只要有一行有问题，就不导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="111"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="116"/>
        <source>Stopping; nothing will be written…</source>
        <translation>正在停止；不会写入任何内容…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="129"/>
        <source>{name} imported.</source>
        <translation>{name} 已导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="131"/>
        <source>Nothing new to import from {name}.</source>
        <translation>{name} 中没有需要导入的新内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="133"/>
        <source>The file was imported before.</source>
        <translation>此文件以前导入过。</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_dialog.py" line="24"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_dialog.py" line="33"/>
        <source>Invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailPanel</name>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="40"/>
        <source>Select an invoice to see its details.</source>
        <translation>选择一张发票以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="50"/>
        <source>Invoice</source>
        <translation>发票信息</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="51"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Reference</source>
        <translation>单号 / 说明</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="88"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="93"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="94"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="95"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="97"/>
        <source>Cancels invoice</source>
        <translation>冲销原发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="99"/>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="101"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="104"/>
        <source>Amount incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="106"/>
        <source>Tax ({rate})</source>
        <translation>税额（{rate}）</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="108"/>
        <source>Amount excl. tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="109"/>
        <source>Settled</source>
        <translation>已核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="110"/>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="113"/>
        <source>Write-off waiting for approval</source>
        <translation>待审批的坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="117"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="121"/>
        <source>Settlements</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="121"/>
        <source>Nothing has settled this invoice yet.</source>
        <translation>该发票尚无回款或核销记录。</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="60"/>
        <source>Search invoice number (from the start) or customer</source>
        <translation>搜索发票号码（从开头匹配）或客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="64"/>
        <source>All invoices</source>
        <translation>全部发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="74"/>
        <source>Issue invoice…</source>
        <translation>开具发票…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="81"/>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="280"/>
        <source>Invoice requests</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="88"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="95"/>
        <source>Red-letter…</source>
        <translation>红冲…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="98"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="101"/>
        <source>Write off…</source>
        <translation>坏账核销…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="108"/>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="291"/>
        <source>Write-off requests</source>
        <translation>坏账核销申请</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="139"/>
        <location filename="../../app/views/shell/list_exports.py" line="74"/>
        <source>Invoice list</source>
        <translation>发票列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/invoices/invoice_list_view.py" line="142"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>共 %Ln 张发票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="149"/>
        <source>of which overdue</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="278"/>
        <source>Invoice requests ({count})</source>
        <translation>开票申请（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="289"/>
        <source>Write-off requests ({count})</source>
        <translation>坏账核销申请（{count}）</translation>
    </message>
</context>
<context>
    <name>InvoiceRequestsDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="322"/>
        <source>Invoice requests</source>
        <translation>开票申请</translation>
    </message>
</context>
<context>
    <name>InvoiceRequestsPage</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="74"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="213"/>
        <source>Request no.</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="77"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="214"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="80"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="215"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="83"/>
        <source>Amount incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="87"/>
        <source>Kind and tax rate</source>
        <translation>发票类型和税率</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="94"/>
        <source>Note from sales</source>
        <translation>业务员备注</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="216"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="217"/>
        <source>Kind</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="218"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="219"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="225"/>
        <source>No invoice requests are waiting.</source>
        <translation>没有待处理的开票申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="228"/>
        <source>Issue…</source>
        <translation>开具…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="231"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="249"/>
        <source>Invoice requests</source>
        <translation>开票申请</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="52"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="58"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="65"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="71"/>
        <source>Amount</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="78"/>
        <source>Open</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="85"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="92"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="105"/>
        <source>Kind</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="111"/>
        <source>Project</source>
        <translation>项目编号</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="78"/>
        <source>Issue an invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="82"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="84"/>
        <source>No project</source>
        <translation>不关联项目</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="85"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="87"/>
        <source>Amount incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="89"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="93"/>
        <source>Kind</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="95"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="96"/>
        <source>Set a due date</source>
        <translation>指定到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="97"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="102"/>
        <source>Leave empty to number it automatically</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="103"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="105"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="106"/>
        <source>Issue</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="124"/>
        <source>Choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="127"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="161"/>
        <source>Issued invoice {number} to {customer}</source>
        <translation>已向 {customer} 开具发票 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="207"/>
        <source>Due {date}: the customer&apos;s terms of {days} days.</source>
        <translation>到期日 {date}：按客户账期 {days} 天计算。</translation>
    </message>
</context>
<context>
    <name>IssueRequestDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="106"/>
        <source>Issue the requested invoice</source>
        <translation>按申请开具发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="110"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="112"/>
        <source>Set a due date (otherwise the installment&apos;s or the customer&apos;s terms)</source>
        <translation>指定到期日（否则按该期计划到期日或客户账期）</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="115"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="120"/>
        <source>Leave empty to number it automatically</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="121"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="122"/>
        <source>Issue</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="146"/>
        <source>Due {date}: the due date of installment {n} in the payment plan.</source>
        <translation>到期日 {date}：按回款计划第 {n} 期的到期日。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="151"/>
        <source>Due {date}: the customer&apos;s terms of {days} days.</source>
        <translation>到期日 {date}：按客户账期 {days} 天计算。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="156"/>
        <source>Installment {n} fell due on {date}, before the issue date.</source>
        <translation>第 {n} 期已于 {date} 到期，早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="159"/>
        <source>Installment {n} has no due date yet.</source>
        <translation>第 {n} 期尚未确定到期日。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="167"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="49"/>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="50"/>
        <source>By test category</source>
        <translation>按检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="51"/>
        <source>By salesperson</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="52"/>
        <source>By credit tier</source>
        <translation>按信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="53"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="54"/>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="58"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="59"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="60"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="61"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="62"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="65"/>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="66"/>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="67"/>
        <source>(no salesperson)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="68"/>
        <source>(no tier)</source>
        <translation>（无等级）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="72"/>
        <source>Opening AR</source>
        <translation>期初应收</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="73"/>
        <source>Closing AR</source>
        <translation>期末应收</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="74"/>
        <source>Overdue AR</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="75"/>
        <source>Overdue ratio</source>
        <translation>逾期率</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="76"/>
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="77"/>
        <source>Countback DSO (days)</source>
        <translation>倒推 DSO（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="78"/>
        <source>CEI</source>
        <translation>CEI 收款效率</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="79"/>
        <source>Invoiced</source>
        <translation>本期开票</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="80"/>
        <source>Collected</source>
        <translation>本期回款</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="81"/>
        <source>Due in period</source>
        <translation>本期应收到期</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="82"/>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="83"/>
        <source>Average days to pay</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="84"/>
        <source>Paid on time</source>
        <translation>按期回款占比</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="85"/>
        <source>Written off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="86"/>
        <source>Bad-debt provision</source>
        <translation>坏账准备</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="87"/>
        <source>Prepaid</source>
        <translation>预收款</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="181"/>
        <source>Overdue ratio = overdue AR / closing AR; DSO = closing AR / invoiced x days; countback DSO counts back the months of invoicing the closing AR covers; CEI = (opening AR + invoiced - closing AR) / (opening AR + invoiced - closing current AR) x 100; collection rate = collected (by cash-receipt date, less reversals) / due in the period; average days to pay and paid on time over the money applied in the period, weighted by amount; bad-debt provision by accounting band at the period&apos;s end.</source>
        <translation>逾期率 = 逾期应收 / 期末应收；DSO = 期末应收 / 本期开票 × 天数；倒推 DSO 按月倒推期末应收覆盖的开票天数；CEI = (期初应收 + 本期开票 - 期末应收) / (期初应收 + 本期开票 - 期末未到期应收) × 100；回款率 = 本期回款（按到账日，减去退票）/ 本期应收到期；平均回款天数和按期回款占比按本期核销到发票的金额加权；坏账准备按期末账龄段计提。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="191"/>
        <source>The totals row is the whole ledger&apos;s KPIs for the period.</source>
        <translation>合计行为全部账目在本期间的指标。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="197"/>
        <source>By test category, collected is the money applied to the category&apos;s invoices and prepayments are left out: the rows need not add up to the totals row&apos;s collected.</source>
        <translation>按检测类别时，回款为核销到该类别发票的金额，不含预收款：各行回款之和可以不等于合计行。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="206"/>
        <source>Customers are grouped by today&apos;s salesperson and tier; the salesperson performance tab credits hand-overs by date.</source>
        <translation>客户按当前的业务员和信用等级归组；“业务员业绩”页按交接日期计入业绩。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="214"/>
        <source>Each row is the KPIs of that month or quarter (cut to the period).</source>
        <translation>每行是该月或该季度（截取在期间内的部分）的指标。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="220"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="224"/>
        <source>Receivables KPIs {dimension}, {start} to {end} (as of {as_of})</source>
        <translation>应收指标（{dimension}）{start} 至 {end}（截至 {as_of}）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="237"/>
        <source>Whole ledger</source>
        <translation>全部合计</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="242"/>
        <source>Receivables KPIs</source>
        <translation>应收指标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="250"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="263"/>
        <source>The whole ledger…</source>
        <translation>正在计算全部账目…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="264"/>
        <source>Each group…</source>
        <translation>正在按组计算…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="265"/>
        <source>{piece}…</source>
        <translation>正在计算 {piece}…</translation>
    </message>
</context>
<context>
    <name>LabProfileDialog</name>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="32"/>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="35"/>
        <source>Lab name</source>
        <translation>实验室名称</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="36"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="38"/>
        <source>Tax ID (USCC)</source>
        <translation>税号（统一社会信用代码）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="39"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="40"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="41"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="60"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="61"/>
        <source>18 characters, e.g. 91310115MA1H7XXXX0</source>
        <translation>18 位，例如 91310115MA1H7XXXX0</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="62"/>
        <source>e.g. 021-5888 0001 转 123</source>
        <translation>例如 021-5888 0001 转 123</translation>
    </message>
</context>
<context>
    <name>LargeAmountCheck</name>
    <message>
        <location filename="../../app/views/widgets/large_amounts.py" line="65"/>
        <source>Large amount</source>
        <translation>大额确认</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/large_amounts.py" line="67"/>
        <source>{amounts}

This is more than {limit}, above which LabLedger asks before saving, in case of a typing slip. Save it?</source>
        <translation>{amounts}

该金额超过 {limit}。超过此金额时 LabLedger 会在保存前确认，以防输入错误。确定保存吗？</translation>
    </message>
</context>
<context>
    <name>LargeAmountDialog</name>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="28"/>
        <source>Large amounts</source>
        <translation>大额确认</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="35"/>
        <source>Invoices, payments, contracts, quotes and write-offs above this amount are confirmed before they are saved, in case of a typing slip. No amount can be more than {max}.</source>
        <translation>发票、回款、合同、报价和核销金额超过此数时，保存前需再次确认，以防输入错误。任何金额都不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="47"/>
        <source>Ask above</source>
        <translation>超过此金额时确认</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/tables/view_export.py" line="33"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/view_export.py" line="34"/>
        <source>The rows of this table as shown, to an Excel workbook</source>
        <translation>将此表格当前显示的行导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="25"/>
        <source>Search: “{text}”</source>
        <translation>搜索：“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="26"/>
        <source>Filters: {filters}</source>
        <translation>筛选：{filters}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="27"/>
        <source>Filters: none (all rows)</source>
        <translation>筛选：无（全部记录）</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="28"/>
        <source>Sorted by: {column}, {order}</source>
        <translation>排序：{column}，{order}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="29"/>
        <source>ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="30"/>
        <source>descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="31"/>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="32"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="33"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="103"/>
        <source>Log in – LabLedger</source>
        <translation>登录 – LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="110"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="111"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="112"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="113"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LoginRulesBox</name>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="33"/>
        <source>Log-in rules</source>
        <translation>登录规则</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="40"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="43"/>
        <source>The command line requires a log-in (--user); init, check, backup, restore and remind run without</source>
        <translation>命令行须登录（--user）；init、check、backup、restore 和 remind 无需登录</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="47"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="52"/>
        <source>Lock an account after failed log-ins</source>
        <translation>连续登录失败几次后锁定账户</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="53"/>
        <source>Lock for</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="59"/>
        <source>Only an administrator changes these.</source>
        <translation>只有管理员可以修改这些规则。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="151"/>
        <location filename="../../app/views/shell/main_window.py" line="300"/>
        <source>LabLedger – receivables</source>
        <translation>LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="183"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="185"/>
        <source>As of {date}</source>
        <translation>统计截至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="208"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="210"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="214"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="218"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="219"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="222"/>
        <source>Receivables</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="228"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="234"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="238"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="241"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="245"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="249"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="250"/>
        <source>Change &amp;database…</source>
        <translation>切换数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="255"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="258"/>
        <source>&amp;Log out / switch user</source>
        <translation>注销/切换用户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="261"/>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="269"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="270"/>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="275"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="276"/>
        <source>&amp;About LabLedger</source>
        <translation>关于 LabLedger(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="285"/>
        <source>Waiting for another PC to finish saving…</source>
        <translation>等待其他电脑完成保存…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="302"/>
        <source>{lab} – LabLedger</source>
        <translation>{lab} – LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="307"/>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="315"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="73"/>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="77"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="80"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="90"/>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="92"/>
        <source>Delete mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="95"/>
        <source>Saved mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="106"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="107"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="108"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="109"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="150"/>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="178"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="196"/>
        <source>No header row recognised: give its number, then choose the columns.</source>
        <translation>没有识别出表头行：请输入表头所在行号，再为各列选择字段。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="202"/>
        <source>Header: row {rows}; data from row {first}.</source>
        <translation>表头：第 {rows} 行；数据从第 {first} 行开始。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="217"/>
        <source>{kind} needs a column for: {fields}.</source>
        <translation>导入{kind}需要以下各项对应的列：{fields}。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="277"/>
        <source>(as found in the file)</source>
        <translation>（按文件自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="281"/>
        <source>{name} (comes with LabLedger)</source>
        <translation>{name}（LabLedger 自带）</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="324"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="325"/>
        <source>Save the mapping under the name:</source>
        <translation>映射的名称：</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="349"/>
        <source>Mapping {name} saved.</source>
        <translation>映射 {name} 已保存。</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="160"/>
        <source>Statement {number} sent</source>
        <translation>对账单 {number} 已发送</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="167"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="170"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="41"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="46"/>
        <source>When the same customer was entered twice, merge the duplicate into the customer to keep: its invoices, payments, projects, contacts, follow-ups and statements move over, its name is remembered as a payer name, and the duplicate is archived.</source>
        <translation>同一客户被录入两次时，可将重复的客户合并到保留的客户：其发票、回款、项目、联系人、跟进记录和对账单全部转移，其名称记为付款人名称，重复的客户随后归档。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="55"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="58"/>
        <source>Customer to keep</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="59"/>
        <source>Duplicate to merge</source>
        <translation>要合并的重复客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="62"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="63"/>
        <source>Merged and archived</source>
        <translation>合并后归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="68"/>
        <source>I understand that this cannot be undone.</source>
        <translation>我已了解此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="76"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="124"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="125"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="126"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="127"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="129"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="130"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="131"/>
        <source>Balance owed</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="133"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="133"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="168"/>
        <source>Customers merged</source>
        <translation>客户已合并</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="170"/>
        <source>{duplicate} was merged into {keep}: {invoices} invoices, {payments} payments, {projects} projects, {contacts} contacts and {follow_ups} follow-ups moved.</source>
        <translation>{duplicate} 已合并到 {keep}：转移了 {invoices} 张发票、{payments} 笔回款、{projects} 个项目、{contacts} 位联系人和 {follow_ups} 条跟进记录。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="95"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="112"/>
        <source>Reload shows what is saved now; your changes in this form are lost.</source>
        <translation>重新加载将显示当前已保存的内容，您在此表单中的修改将丢失。</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="49"/>
        <source>Enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="63"/>
        <source>Not an amount; type it like 12,345.60.</source>
        <translation>不是有效金额，请按 12,345.60 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="66"/>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="59"/>
        <source>The amount cannot be more than {max}.</source>
        <translation>金额不能超过 {max}。</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="44"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="48"/>
        <source>Work on the task…</source>
        <translation>处理任务…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="51"/>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="142"/>
        <source>Tasks of</source>
        <translation>任务负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="60"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="61"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="62"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="63"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="65"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="66"/>
        <source>Last action</source>
        <translation>上次行动</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="67"/>
        <source>Next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="104"/>
        <source>{count} tasks, {amount} overdue</source>
        <translation>{count} 个任务，逾期 {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="113"/>
        <source>+{days} days</source>
        <translation>+{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="141"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="45"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="48"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="50"/>
        <source>For example: 2026 annual wastewater monitoring</source>
        <translation>例如：2026 年度废水监测</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="51"/>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="56"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="58"/>
        <location filename="../../app/views/projects/project_dialog.py" line="63"/>
        <location filename="../../app/views/projects/project_dialog.py" line="65"/>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="62"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="64"/>
        <source>Technician</source>
        <translation>技术负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="66"/>
        <source>Finance</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="68"/>
        <source>Set a deadline for the current stage</source>
        <translation>为当前阶段设置截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="70"/>
        <source>Stage deadline</source>
        <translation>阶段截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="73"/>
        <source>Quote lines (leave them empty to record a lead):</source>
        <translation>报价明细（留空则登记为意向项目）：</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="83"/>
        <source>Choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="85"/>
        <source>The project title is required.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="112"/>
        <source>Created project {code}</source>
        <translation>已新建项目 {code}</translation>
    </message>
</context>
<context>
    <name>NewStatementDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="83"/>
        <source>New statement</source>
        <translation>新建对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="95"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="96"/>
        <source>Period</source>
        <translation>对账期间</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="103"/>
        <source>The preview shows the statement as a draft; issue it from there to record it with a number.</source>
        <translation>预览中的对账单为预览稿；在预览中点击“出具对账单”后才会编号登记。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="110"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="333"/>
        <source>Notifications: {count}</source>
        <translation>通知：{count}</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="334"/>
        <source>{count} unread notifications</source>
        <translation>{count} 条未读通知</translation>
    </message>
</context>
<context>
    <name>NotificationCentreDialog</name>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="128"/>
        <location filename="../../app/views/notifications/notification_centre.py" line="198"/>
        <source>Notifications</source>
        <translation>通知中心</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="132"/>
        <source>Until users log in, LabLedger shows the notifications of every user (the column “For” says whose).</source>
        <translation>在用户登录功能上线前，LabLedger 显示所有用户的通知（“接收人”一栏注明是谁的）。</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>For</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="148"/>
        <source>No notifications.</source>
        <translation>没有通知。</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="152"/>
        <source>Open the item</source>
        <translation>打开事项</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="153"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="154"/>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="155"/>
        <source>Snooze 1 hour</source>
        <translation>稍后提醒（1 小时）</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="156"/>
        <source>Snooze until tomorrow morning</source>
        <translation>明早再提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="157"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="35"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="36"/>
        <source>Invoice requests</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="37"/>
        <source>Invoices (when left empty)</source>
        <translation>发票（未填发票号时）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="38"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="39"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="57"/>
        <source>Each kind of document is numbered by its pattern: text of your own with {yyyy} (year), {yy} (year, two digits), {mm} (month) and the running number {seq:6} (six digits, as many as you like from 1 to 9). The running number starts again each month when the pattern shows the month, each year when it shows only the year, and never without either. Numbers already given stay as they are; a new pattern carries on counting and skips numbers already used.</source>
        <translation>每类单据按其编号规则编号：可写入自己的文字，以及 {yyyy}（年份）、{yy}（两位年份）、{mm}（月份）和流水号 {seq:6}（六位，可设 1 至 9 位）。规则中含月份时流水号每月重新开始，只含年份时每年重新开始，两者都不含时一直连续。已发出的编号保持不变；新规则接着计数，并跳过已使用的编号。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Next number (dated today)</source>
        <translation>下一个编号（按今天）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="93"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="96"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="248"/>
        <source>Numbering rules saved.</source>
        <translation>编号规则已保存。</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="36"/>
        <source>Override the hold</source>
        <translation>越过冻结放行</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="38"/>
        <source>You are about to save despite this refusal:</source>
        <translation>您将不顾以下拒绝理由继续保存：</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="42"/>
        <source>Your reason is kept in the audit log with your name.</source>
        <translation>您的理由将连同您的姓名记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="44"/>
        <source>Why the lab accepts the risk</source>
        <translation>说明实验室为何接受此风险</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="46"/>
        <source>Override and save</source>
        <translation>越权放行并保存</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="88"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="91"/>
        <source>Every row of this list as searched, filtered and sorted, with the columns shown, to an Excel workbook</source>
        <translation>按当前搜索、筛选和排序，将此列表的全部记录（仅显示的列）导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="160"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="228"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>PaymentDetailDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_dialog.py" line="33"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_dialog.py" line="45"/>
        <source>Payment {number}</source>
        <translation>回款 {number}</translation>
    </message>
</context>
<context>
    <name>PaymentDetailPanel</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="93"/>
        <source>Select a payment to see its details.</source>
        <translation>选择一笔回款以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="104"/>
        <source>Payment</source>
        <translation>回款信息</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="105"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="106"/>
        <source>Customer&apos;s account</source>
        <translation>客户往来</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <source>Date</source>
        <translation>核销日期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <source>Amount applied</source>
        <translation>核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="120"/>
        <source>Remove allocation…</source>
        <translation>撤销核销…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Open</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="172"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="173"/>
        <source>Date received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="175"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="177"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="179"/>
        <source>Amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="180"/>
        <source>Applied to invoices</source>
        <translation>已核销到发票</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="181"/>
        <source>Left as prepayment</source>
        <translation>预收款余额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="183"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="201"/>
        <source>Balance owed</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="183"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="187"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="202"/>
        <source>Open invoices</source>
        <translation>未结发票</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="203"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="204"/>
        <source>Prepayments not yet applied</source>
        <translation>未核销预收款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="206"/>
        <source>Open invoices of the customer</source>
        <translation>该客户的未结发票</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="208"/>
        <source>The customer has no open invoices.</source>
        <translation>该客户没有未结清的发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="227"/>
        <source>Applied to</source>
        <translation>核销明细</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="227"/>
        <source>Not applied to any invoice.</source>
        <translation>尚未核销到任何发票。</translation>
    </message>
</context>
<context>
    <name>PaymentListView</name>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="49"/>
        <source>Search payment number, bank reference, payer or customer</source>
        <translation>搜索回款编号、银行流水号、付款人或客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="52"/>
        <source>All payments</source>
        <translation>全部回款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="62"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="69"/>
        <source>Allocate to invoices…</source>
        <translation>核销到发票…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="76"/>
        <source>Apply customer&apos;s prepayments</source>
        <translation>冲抵客户预收款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="83"/>
        <source>Reverse…</source>
        <translation>冲回…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="87"/>
        <source>Import bank statement…</source>
        <translation>导入银行流水…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/list_exports.py" line="82"/>
        <location filename="../../app/views/payments/payment_list_view.py" line="105"/>
        <source>Payment list</source>
        <translation>收款列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/payments/payment_list_view.py" line="108"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>共 %Ln 笔回款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="171"/>
        <location filename="../../app/views/payments/payment_list_view.py" line="195"/>
        <source>Apply prepayments</source>
        <translation>冲抵预收款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="173"/>
        <source>Apply {customer}&apos;s prepayments of {amount} to the open invoices, oldest due first?</source>
        <translation>将 {customer} 的预收款 {amount} 按到期日从早到晚核销到未结发票？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/payments/payment_list_view.py" line="196"/>
        <source>{amount} applied to %n invoice(s).</source>
        <translation>
            <numerusform>已将 {amount} 核销到 %n 张发票。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="109"/>
        <source>Payment plan for {code}</source>
        <translation>回款计划 – {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="115"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="117"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="117"/>
        <source>Quoted amount</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="122"/>
        <source>An installment already invoiced, or waiting in an invoice request, keeps its amount and due date. A due date that follows a lab event is set when the event is recorded.</source>
        <translation>已开票或开票申请待处理的一期，其金额和到期日保持不变。按实验室节点计算的到期日，会在该节点登记时自动确定。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="130"/>
        <source>By share of the contract</source>
        <translation>按合同比例</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="131"/>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="141"/>
        <source>30% on contract, 70% after report</source>
        <translation>签约付30%，报告后付70%</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="143"/>
        <source>All 30 days after report</source>
        <translation>报告后30天全额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="154"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="155"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="156"/>
        <source>Due</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="157"/>
        <source>Days after</source>
        <translation>延后天数</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="158"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="159"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="172"/>
        <source>Add installment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="174"/>
        <source>Remove installment</source>
        <translation>删除一期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="212"/>
        <source>Installments already invoiced or requested ({lines}): their amount and due date are fixed and they stay in the plan.</source>
        <translation>已开票或已申请开票的期次（{lines}）：金额和到期日已固定，且须保留在计划中。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="237"/>
        <source>Invoiced: the amount and due date can no longer change.</source>
        <translation>已开票：金额和到期日不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="240"/>
        <source>Waiting in an invoice request: the amount and due date cannot change until finance issues or rejects it.</source>
        <translation>开票申请待处理：在财务开票或驳回之前，金额和到期日不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="276"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="318"/>
        <source>Installment {n} is invoiced or requested and stays in the plan.</source>
        <translation>第 {n} 期已开票或已申请开票，须保留在计划中。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="336"/>
        <source>30% when the contract is signed</source>
        <translation>合同签订时支付30%</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="339"/>
        <source>70% within 30 days of the report</source>
        <translation>报告出具后30天内支付70%</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="349"/>
        <source>In full within 30 days of the report</source>
        <translation>报告出具后30天内付清</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="373"/>
        <source>Installment {n}: the share must be a percentage above 0 and at most 100, like 30%.</source>
        <translation>第 {n} 期：比例须大于 0 且不超过 100，例如 30%。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="380"/>
        <source>Installment {n}: {problem}</source>
        <translation>第 {n} 期：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="383"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="385"/>
        <source>The shares add up to {total}, not 100%.</source>
        <translation>各期比例合计为 {total}，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="389"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>各期合计为 {total}，而合同金额为 {base}。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="426"/>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="450"/>
        <source>Set when the event is recorded: {days} days after it.</source>
        <translation>在该节点登记时确定：节点之后 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="456"/>
        <source>{days} days after the event on {date}.</source>
        <translation>节点日期 {date} 之后 {days} 天。</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="45"/>
        <source>Number</source>
        <translation>回款编号</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="51"/>
        <source>Received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="58"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="63"/>
        <source>Amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="70"/>
        <source>Allocated</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="76"/>
        <source>Prepayment left</source>
        <translation>预收款余额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="82"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="88"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="91"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="191"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="34"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="35"/>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="36"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="37"/>
        <source>DSO</source>
        <translation>DSO 天数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="66"/>
        <source>Scorecard weights: {parts}  ·  DSO aim {days} days</source>
        <translation>评分权重：{parts}  ·  DSO 目标 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="96"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="114"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="115"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="116"/>
        <source>Weighted score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="117"/>
        <source>Collection target</source>
        <translation>回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="118"/>
        <source>Collected</source>
        <translation>实际回款</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="119"/>
        <source>Of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="120"/>
        <source>Paid on time</source>
        <translation>按期回款率</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="121"/>
        <source>Overdue invoices</source>
        <translation>逾期笔数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="122"/>
        <source>Overdue AR</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="123"/>
        <source>Customers&apos; AR</source>
        <translation>客户应收</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="124"/>
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="126"/>
        <source>{part} score
(weight {weight})</source>
        <translation>{part}得分
（权重 {weight}）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="149"/>
        <source>Collected: payments by cash-receipt date less reversals, credited to whoever owned the customer that day (hand-overs count from their date). Paid on time: the part of the money applied in the period on or before the due date. Overdue, AR and DSO: the customers each one owns today, at the period&apos;s end. Each part scores 0-100; a part that cannot be scored is left out and the other weights count in its place.</source>
        <translation>实际回款：按到账日统计的回款减去退票，计入当天负责该客户的业务员（客户交接自交接日起算）。按期回款率：本期核销金额中在到期日当天或之前核销的部分。逾期、应收和 DSO：各业务员当前负责的客户在期末的数字。每项得分 0-100；无法评分的项不计，由其他项按权重补足。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="160"/>
        <source>Salesperson performance, {start} to {end} (as of {as_of})</source>
        <translation>业务员业绩 {start} 至 {end}（截至 {as_of}）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="169"/>
        <source>Performance</source>
        <translation>业务员业绩</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="176"/>
        <source>Collection targets…</source>
        <translation>回款目标…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="178"/>
        <source>Scorecard weights…</source>
        <translation>评分权重…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="187"/>
        <source>Each salesperson…</source>
        <translation>正在计算每位业务员…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="42"/>
        <source>Notification preferences</source>
        <translation>通知偏好</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="45"/>
        <source>Show on the desktop</source>
        <translation>在桌面上弹出</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="51"/>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="65"/>
        <source>What is not shown on the desktop still waits in the notification centre. Quiet hours may run past midnight (e.g. 22:00 – 07:30).</source>
        <translation>不在桌面弹出的通知仍会保留在通知中心。免打扰时段可以跨越午夜（例如 22:00 – 07:30）。</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="78"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="61"/>
        <source>Reading the first rows of {sheet}…</source>
        <translation>正在读取 {sheet} 的前几行…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="88"/>
        <source>The first {count} data rows of sheet {sheet} as they will be imported. Cells in red cannot be imported: point at one to see why.</source>
        <translation>工作表 {sheet} 的前 {count} 行数据，按导入时的解析结果显示。红色单元格无法导入：将鼠标指向该单元格可查看原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="95"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="119"/>
        <source>The sheet has no data rows under its header.</source>
        <translation>此工作表的表头下没有数据行。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="122"/>
        <source>{bad} of these {count} rows have cells that cannot be imported.</source>
        <translation>这 {count} 行中有 {bad} 行含有无法导入的单元格。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="128"/>
        <source>All {count} rows shown can be imported.</source>
        <translation>显示的 {count} 行都可以导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="145"/>
        <source>In the file: {raw}</source>
        <translation>文件中为：{raw}</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="31"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="32"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="33"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="34"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="35"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProjectBoardView</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="414"/>
        <source>Move to</source>
        <translation>推进到</translation>
    </message>
</context>
<context>
    <name>ProjectDetailDialog</name>
    <message>
        <location filename="../../app/views/projects/project_detail_dialog.py" line="35"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_dialog.py" line="51"/>
        <source>Project {code} {title}</source>
        <translation>项目 {code} {title}</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPanel</name>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="92"/>
        <source>Select a project to see its details.</source>
        <translation>选择一个项目以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="102"/>
        <source>Project</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="103"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="104"/>
        <source>Report release</source>
        <translation>报告发放</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Open</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="152"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="153"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="155"/>
        <source>In this stage since</source>
        <translation>进入本阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="156"/>
        <source>{date} ({days})</source>
        <translation>{date}（{days}）</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="162"/>
        <source>Stage deadline</source>
        <translation>阶段截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="168"/>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="169"/>
        <source>Stalled: no movement for longer than the customer&apos;s tier allows</source>
        <translation>停滞：超过客户信用等级允许的天数没有进展</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="173"/>
        <source>Quoted</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="174"/>
        <source>Contract</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="176"/>
        <source>Paid before release</source>
        <translation>发放前已付</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="176"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="189"/>
        <source>Required before release</source>
        <translation>发放前须付</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="190"/>
        <source>Paid on the project&apos;s invoices</source>
        <translation>项目发票已回款</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="192"/>
        <source>Prepaid by the customer</source>
        <translation>客户预付款</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="195"/>
        <source>Release</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="196"/>
        <source>Allowed</source>
        <translation>可以发放</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="198"/>
        <source>Held until paid; a manager can override</source>
        <translation>付款前暂扣；经理可越权放行</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="202"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="205"/>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="206"/>
        <source>{amount} ({kind}) waiting for finance</source>
        <translation>{amount}（{kind}）待财务处理</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="212"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="212"/>
        <source>No invoices for this project yet.</source>
        <translation>该项目尚未开票。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="241"/>
        <location filename="../../app/views/projects/project_detail_panel.py" line="249"/>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="242"/>
        <source>{total}: does not add up to the contract ({contract})</source>
        <translation>{total}：与合同金额（{contract}）不符</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_detail_panel.py" line="250"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="256"/>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="256"/>
        <source>No stage changes recorded.</source>
        <translation>暂无阶段变更记录。</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="60"/>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="62"/>
        <source>Deadline passed</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="68"/>
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="74"/>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="77"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="83"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="89"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="96"/>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="102"/>
        <source>Stage deadline</source>
        <translation>阶段截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="107"/>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="109"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="114"/>
        <source>Since</source>
        <translation>进入日期</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="84"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="85"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="96"/>
        <source>Search code, title, contract or customer</source>
        <translation>搜索项目编号、名称、合同号或客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="104"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="108"/>
        <source>All salespeople</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="112"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="116"/>
        <source>Deadline passed</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="117"/>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="118"/>
        <source>Open only</source>
        <translation>仅进行中</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="143"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="146"/>
        <source>Quote…</source>
        <translation>报价…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="149"/>
        <source>Sign contract…</source>
        <translation>签订合同…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="156"/>
        <source>Move to…</source>
        <translation>推进到…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="163"/>
        <source>Payment plan…</source>
        <translation>回款计划…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="170"/>
        <source>Release report…</source>
        <translation>发放报告…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="177"/>
        <source>Request invoice…</source>
        <translation>申请开票…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="184"/>
        <source>Issue invoice…</source>
        <translation>开具发票…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="306"/>
        <location filename="../../app/views/shell/list_exports.py" line="90"/>
        <source>Project list</source>
        <translation>项目列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/projects_page.py" line="335"/>
        <location filename="../../app/views/projects/projects_page.py" line="340"/>
        <location filename="../../app/views/projects/projects_page.py" line="390"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>共 %Ln 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="337"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="123"/>
        <source>Quote for {code}</source>
        <translation>报价 – {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="126"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="127"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="130"/>
        <source>Current quote</source>
        <translation>当前报价</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="132"/>
        <source>{amount}; the lines below replace it</source>
        <translation>{amount}；以下明细将替换原报价</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="140"/>
        <source>Save quote</source>
        <translation>保存报价</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="158"/>
        <source>A quote needs at least one test item.</source>
        <translation>报价至少需要一个检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="178"/>
        <source>Quote total</source>
        <translation>报价合计</translation>
    </message>
</context>
<context>
    <name>QuoteLinesEditor</name>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="66"/>
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="67"/>
        <source>Standard</source>
        <translation>检测标准</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="68"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="69"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="70"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="71"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="91"/>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="92"/>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="221"/>
        <source>Line {n}: enter the test item.</source>
        <translation>第 {n} 行：请填写检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="226"/>
        <source>Line {n}: the quantity must be a positive number (up to three decimals).</source>
        <translation>第 {n} 行：数量须为正数（最多三位小数）。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="230"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="231"/>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="241"/>
        <source>Line {n}: the {what} is not an amount.</source>
        <translation>第 {n} 行：{what}不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="243"/>
        <source>Line {n}: the {what} cannot be negative.</source>
        <translation>第 {n} 行：{what}不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="249"/>
        <source>Line {n}: the discount is more than the amount.</source>
        <translation>第 {n} 行：折扣超过了金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="275"/>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="237"/>
        <source>Line {n}: the {what} cannot be more than {max}.</source>
        <translation>第 {n} 行：{what}不能超过 {max}。</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="136"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="137"/>
        <source>Bad-debt provision</source>
        <translation>坏账准备</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="153"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="154"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="156"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="158"/>
        <source>Buckets and rates…</source>
        <translation>账龄分段与计提比例…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="164"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="167"/>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="290"/>
        <source>Nothing was open on {date}.</source>
        <translation>{date} 没有未结应收。</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="160"/>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="163"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="166"/>
        <source>Date received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="168"/>
        <source>Amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="172"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="174"/>
        <location filename="../../app/views/payments/payment_dialog.py" line="263"/>
        <source>Bank serial number, bill number…</source>
        <translation>银行流水号、票据号…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="175"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="178"/>
        <source>As on the bank statement; may be a third party paying for the customer</source>
        <translation>与银行流水一致；可以是代客户付款的第三方</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="180"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="182"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="200"/>
        <source>Choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="202"/>
        <source>Correct the split before saving.</source>
        <translation>请先更正分配金额再保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="224"/>
        <source>Recorded payment {number} of {amount}</source>
        <translation>已登记回款 {number}，金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="248"/>
        <source>{customer} owes {balance}: open invoices {open}, of which overdue {overdue}; prepayments not yet applied {prepaid}.</source>
        <translation>{customer} 应收余额 {balance}：未结发票 {open}，其中逾期 {overdue}；未核销预收款 {prepaid}。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="261"/>
        <source>Bill number of the acceptance bill</source>
        <translation>承兑汇票票号</translation>
    </message>
</context>
<context>
    <name>RedLetterDialog</name>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="23"/>
        <source>Red-letter invoice for {number}</source>
        <translation>红冲发票 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="27"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="29"/>
        <source>Original invoice</source>
        <translation>原发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="31"/>
        <source>{number} of {date}, {amount}</source>
        <translation>{number}（{date}），{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="38"/>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="41"/>
        <source>Amount to credit</source>
        <translation>红冲金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="47"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="49"/>
        <source>Leave empty to number it automatically</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="50"/>
        <source>Invoice number</source>
        <translation>红字发票号码</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="52"/>
        <source>For example: price reduced after review, part of the tests not performed</source>
        <translation>例如：复核后降价、部分检测项目未做</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="55"/>
        <source>Issue red-letter invoice</source>
        <translation>开具红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="63"/>
        <source>At most the open balance of {open} can be credited.</source>
        <translation>红冲金额不能超过未收余额 {open}。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="68"/>
        <source>A red-letter invoice cannot predate the invoice it credits ({date}).</source>
        <translation>红字发票的日期不能早于原发票（{date}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="71"/>
        <source>Say why the invoice is credited.</source>
        <translation>请说明开具红字发票的原因。</translation>
    </message>
</context>
<context>
    <name>RejectRequestDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="183"/>
        <source>Reject the invoice request</source>
        <translation>驳回开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="186"/>
        <source>Tell sales what to correct</source>
        <translation>告诉业务员需要修改什么</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="187"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="188"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="192"/>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
</context>
<context>
    <name>RejectWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="101"/>
        <source>Reject the write-off</source>
        <translation>驳回坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="104"/>
        <source>For example: collection is not exhausted yet</source>
        <translation>例如：催收手段尚未用尽</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="105"/>
        <source>Reason for rejecting</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="106"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="110"/>
        <source>Say why the write-off is rejected.</source>
        <translation>请说明驳回坏账核销的原因。</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="80"/>
        <source>Release the report of {code}</source>
        <translation>发放检测报告 – {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="84"/>
        <source>Report held until payment</source>
        <translation>报告暂缓发放，待付款</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="85"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="86"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="87"/>
        <source>Checking what has been paid…</source>
        <translation>正在核对已付款项…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="89"/>
        <source>Payment</source>
        <translation>付款情况</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="91"/>
        <source>Released on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="92"/>
        <source>Mark released</source>
        <translation>标记为已发放</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="102"/>
        <source>No payment is required before the report is released.</source>
        <translation>发放报告前无须付款。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="104"/>
        <source>{paid} paid of the {required} required before release.</source>
        <translation>发放前须付 {required}，已付 {paid}。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="108"/>
        <source>{required} must be paid before release; {paid} has been paid.</source>
        <translation>发放前须付 {required}；目前已付 {paid}。</translation>
    </message>
</context>
<context>
    <name>ReminderSchedulePage</name>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="67"/>
        <source>Each level runs on its day relative to the due date (−3: three days before, 0: on the day, 30: a month after). A collection task starts only after the due date.</source>
        <translation>每一级在相对到期日的那一天执行（−3：到期前三天，0：到期当天，30：到期后一个月）。催收任务只在到期之后才会生成。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="76"/>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="77"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="78"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="79"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="80"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="81"/>
        <source>Collection task</source>
        <translation>催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="82"/>
        <source>E-mail to the customer</source>
        <translation>发邮件给客户</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="89"/>
        <source>Add level</source>
        <translation>添加一级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="90"/>
        <source>Remove level</source>
        <translation>删除该级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="91"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="92"/>
        <source>Save schedule</source>
        <translation>保存提醒计划</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="99"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="167"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="241"/>
        <source>Reminder schedule saved</source>
        <translation>提醒计划已保存</translation>
    </message>
</context>
<context>
    <name>RemoveAllocationDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="60"/>
        <source>Remove allocation</source>
        <translation>撤销核销</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="62"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="63"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="64"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="66"/>
        <source>The invoice is open again by this amount; the payment keeps it as prepayment.</source>
        <translation>该发票的未收余额恢复此金额；此金额转为该笔回款的预收款。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="70"/>
        <source>For example: applied to the wrong invoice</source>
        <translation>例如：核销到了错误的发票</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="72"/>
        <source>Remove</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="76"/>
        <source>Say why the allocation is removed.</source>
        <translation>请说明撤销核销的原因。</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="212"/>
        <source>Reply to statement {number}</source>
        <translation>对账单 {number} 回执</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="218"/>
        <source>Agreed (核对相符)</source>
        <translation>核对相符</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="219"/>
        <source>Disputed (核对不符)</source>
        <translation>核对不符</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="239"/>
        <source>What the customer says is wrong</source>
        <translation>客户指出的差异</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="241"/>
        <source>No scan attached</source>
        <translation>未附扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="242"/>
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="252"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="255"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="256"/>
        <source>Replied on</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="257"/>
        <source>Amount disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="258"/>
        <source>Invoices concerned</source>
        <translation>涉及发票</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="259"/>
        <source>Note</source>
        <translation>差异说明</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="260"/>
        <source>Signed slip</source>
        <translation>回执扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="298"/>
        <source>{number}  issued {date}  amount {amount}  open {open}</source>
        <translation>{number}  开票 {date}  金额 {amount}  未收 {open}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="344"/>
        <source>Scan of the signed slip</source>
        <translation>回执扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="346"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="361"/>
        <source>{name} ({size} KB)</source>
        <translation>{name}（{size} KB）</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="403"/>
        <source>The reply to statement {number} is recorded.</source>
        <translation>对账单 {number} 的回执已登记。</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="19"/>
        <source>This month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="20"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="21"/>
        <source>This quarter to date</source>
        <translation>本季度至今</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="22"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="23"/>
        <source>This year to date</source>
        <translation>本年至今</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="24"/>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="25"/>
        <source>From – to</source>
        <translation>自定义起止</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="48"/>
        <source>Period {start} to {end} ({days} days), as of {as_of}</source>
        <translation>期间 {start} 至 {end}（{days} 天），截至 {as_of}</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="79"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="81"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="168"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="186"/>
        <location filename="../../app/views/reports/report_tab.py" line="202"/>
        <source>Cancelled: press Refresh to compute again.</source>
        <translation>已取消：点“刷新”重新计算。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="215"/>
        <source>{rows} rows, computed in {seconds} s</source>
        <translation>共 {rows} 行，用时 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="34"/>
        <source>As of {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="35"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="38"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="54"/>
        <source>Receivables KPIs</source>
        <translation>应收指标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="55"/>
        <source>Salesperson performance</source>
        <translation>业务员业绩</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="56"/>
        <source>Project cycle times</source>
        <translation>项目周期</translation>
    </message>
</context>
<context>
    <name>RequestInvoiceDialog</name>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="25"/>
        <source>Ask finance to invoice {code}</source>
        <translation>申请开票 – {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="27"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="28"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="30"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="33"/>
        <source>Whole contract</source>
        <translation>整个合同</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="34"/>
        <source>Invoice for</source>
        <translation>开票范围</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="37"/>
        <source>Amount incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="39"/>
        <source>Kind</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="41"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="44"/>
        <source>For finance: title, tax ID or delivery wishes</source>
        <translation>给财务的说明：抬头、税号或寄送要求</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="45"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="46"/>
        <source>Send request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="64"/>
        <source>Installment {n}: {amount}, due {date}</source>
        <translation>第 {n} 期：{amount}，{date} 到期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="68"/>
        <source>Installment {n}: {amount}, due date not set yet</source>
        <translation>第 {n} 期：{amount}，到期日尚未确定</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="205"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="211"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="212"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="215"/>
        <source>A new password for {name}. Tell it to them: they must change it when they next log in. A lock after failed log-ins ends with it.</source>
        <translation>为 {name} 设置新密码并告知本人：下次登录时必须修改。因登录失败造成的锁定同时解除。</translation>
    </message>
</context>
<context>
    <name>ResolveDisputeDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="423"/>
        <source>Resolve the dispute of statement {number}</source>
        <translation>解决对账单 {number} 的争议</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="434"/>
        <source>How it was settled: the figures agreed after all, or the correction made</source>
        <translation>如何解决：核实后数字无误，或已作更正</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="438"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="440"/>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="441"/>
        <source>How</source>
        <translation>解决方式</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="26"/>
        <source>Reverse payment {number}</source>
        <translation>冲回回款 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="30"/>
        <source>Amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="33"/>
        <source>Its allocations of {amount} are undone: those invoices are open again.</source>
        <translation>其已核销的 {amount} 将被撤销，相关发票重新变为未结。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="36"/>
        <source>Nothing of it has been applied to invoices.</source>
        <translation>这笔回款尚未核销到任何发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="40"/>
        <source>For example: recorded twice, wrong customer</source>
        <translation>例如：重复登记、客户选错</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="41"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="42"/>
        <source>Reverse</source>
        <translation>冲回</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="46"/>
        <source>Say why the payment is reversed.</source>
        <translation>请说明冲回这笔回款的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="59"/>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="65"/>
        <source>Payment {number} is reversed.</source>
        <translation>回款 {number} 已冲销。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="69"/>
        <source>{customer} now owes {exposure} against a credit limit of {limit}: new invoices and contracts will be refused unless a manager overrides.</source>
        <translation>{customer} 的信用占用现为 {exposure}，超过信用额度 {limit}：除非经理特批，新的发票和合同将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="80"/>
        <source>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</source>
        <translation>{customer} 有 {overdue} 逾期超过 {days} 天：已冻结开具新发票（信用冻结）。</translation>
    </message>
</context>
<context>
    <name>RunStep</name>
    <message>
        <location filename="../../app/views/importing/run_step.py" line="31"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="32"/>
        <source>Collected against target</source>
        <translation>回款目标完成</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="33"/>
        <source>Paid on time</source>
        <translation>按期回款</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="34"/>
        <source>Little overdue</source>
        <translation>逾期少</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="35"/>
        <source>DSO</source>
        <translation>DSO 天数</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="44"/>
        <source>Scorecard weights</source>
        <translation>评分权重</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="57"/>
        <source>DSO that scores full marks</source>
        <translation>满分 DSO（不超过）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="60"/>
        <source>The score is the average of the part scores weighted by these numbers; a part that cannot be scored is left out.</source>
        <translation>综合得分是各项得分按这些权重的加权平均；无法评分的项不计。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="78"/>
        <source>Only managers change the scorecard: you can see the weights, not change them.</source>
        <translation>只有经理可以修改评分权重：你可以查看，但不能修改。</translation>
    </message>
</context>
<context>
    <name>SectionKeys</name>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="50"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="52"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="55"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="58"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="66"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="91"/>
        <source>Nothing to create here, or your role may not.</source>
        <translation>此处没有可新建的内容，或您的角色无此权限。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="98"/>
        <source>This section has no search.</source>
        <translation>此栏目没有搜索框。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="105"/>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="118"/>
        <source>New record in the section shown: a customer, a project, an invoice (issue), a payment (record), a credit tier</source>
        <translation>在当前栏目新建：客户、项目、发票（开票）、回款（登记）、信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="122"/>
        <source>Go to the section&apos;s search box</source>
        <translation>转到当前栏目的搜索框</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="123"/>
        <source>Refresh the section shown</source>
        <translation>刷新当前栏目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="125"/>
        <source>Enter, double-click</source>
        <translation>回车、双击</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="127"/>
        <source>Open the selected row: a customer&apos;s 360 view, an invoice, a payment or a project in a window of its own, the invoices behind an aging figure</source>
        <translation>打开选中的行：客户全景，单独窗口中的发票、回款或项目，账龄数字背后的发票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="133"/>
        <source>Close the window or dialog (the main window stays open)</source>
        <translation>关闭窗口或对话框（主窗口保持打开）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="135"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab 键、Shift+Tab 键</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="135"/>
        <source>Next or previous field of a form</source>
        <translation>表单的下一个或上一个字段</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="136"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="136"/>
        <source>Open that menu</source>
        <translation>打开该菜单</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="137"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="43"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="49"/>
        <source>The new language applies the next time LabLedger starts.</source>
        <translation>新的界面语言将在 LabLedger 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="52"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="55"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="62"/>
        <source>given with --db</source>
        <translation>由 --db 参数指定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="63"/>
        <source>given by the LABLEDGER_DB environment variable</source>
        <translation>由环境变量 LABLEDGER_DB 指定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="64"/>
        <source>chosen in these settings</source>
        <translation>在本设置页中选择</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="65"/>
        <source>the default local file</source>
        <translation>默认本地文件</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="68"/>
        <source>Change database…</source>
        <translation>切换数据库…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="70"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="73"/>
        <source>Open now</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="74"/>
        <source>Chosen by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="77"/>
        <source>Edit lab profile…</source>
        <translation>编辑实验室信息…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="79"/>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="81"/>
        <source>Name, address, tax ID and bank details printed on statements.</source>
        <translation>打印在对账单上的实验室名称、地址、税号和银行账户信息。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="86"/>
        <source>Edit buckets and rates…</source>
        <translation>编辑账龄分段与计提比例…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="88"/>
        <source>Aging and bad-debt provision</source>
        <translation>账龄与坏账准备</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="92"/>
        <source>The aging buckets of the receivables report and the provision rate of each accounting age band.</source>
        <translation>应收账龄报表的账龄分段，以及各会计账龄段的坏账计提比例。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="100"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="102"/>
        <source>Large amounts</source>
        <translation>大额确认</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="104"/>
        <source>The amount above which saving asks for confirmation.</source>
        <translation>金额超过多少时，保存前需要再次确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="122"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="123"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="124"/>
        <source>Credit tiers</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="125"/>
        <location filename="../../app/views/settings/settings_page.py" line="161"/>
        <source>Tier proposals</source>
        <translation>等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="127"/>
        <source>Numbering</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="129"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="131"/>
        <source>Notification channels</source>
        <translation>通知渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="159"/>
        <source>Tier proposals ({count})</source>
        <translation>等级调整建议（{count}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="24"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="24"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="63"/>
        <source>New member of staff</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="65"/>
        <source>Staff: {name}</source>
        <translation>员工：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="73"/>
        <source>Required, e.g. 王芳</source>
        <translation>必填，例如 王芳</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="75"/>
        <source>Typed when logging in; staff1, staff2… if empty</source>
        <translation>登录时输入；留空则为 staff1、staff2…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="80"/>
        <source>e.g. 138 0013 8000 or 021-5888 0001 转 123</source>
        <translation>例如 138 0013 8000 或 021-5888 0001 转 123</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="83"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="87"/>
        <source>Active: offered when assigning customers and projects</source>
        <translation>在职：分配客户和项目时可选</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="90"/>
        <source>Sees the customers of the people they manage (salespeople)</source>
        <translation>可查看其下属的客户（销售）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="100"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="101"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="102"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="104"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="105"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="135"/>
        <source>{name} (no longer active)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/settings/staff_dialog.py" line="148"/>
        <source>{name} owns %n customer(s). They stay theirs until they are handed over to someone else (Customers › Hand over…).</source>
        <translation>
            <numerusform>{name} 名下有 %n 个客户。在移交给他人之前（客户 › 移交…），这些客户仍归其所有。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="49"/>
        <source>The people who log in, and to whom customers and projects are assigned. Salespeople see their own customers (and, with the team grant, those of the people they manage). Someone who leaves is made inactive: their history stays, and the pickers no longer offer them.</source>
        <translation>登录本系统、并被分配客户和项目的人员。销售只看到自己的客户（获得团队授权后还能看到其下属的客户）。离职人员设为停用：其历史记录保留，选择列表中不再出现。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="58"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="61"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="64"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="67"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="73"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="74"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="75"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="76"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="77"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="78"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="80"/>
        <source>Log-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="94"/>
        <source>No staff yet. Add the salespeople first: customers and projects are assigned to them.</source>
        <translation>还没有员工。请先添加业务员：客户和项目要分配给他们。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="133"/>
        <source>No password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="135"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="137"/>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="138"/>
        <source>Can log in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="158"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="158"/>
        <source>Inactive</source>
        <translation>离职</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/settings/staff_page.py" line="236"/>
        <source>{name} is inactive and still owns %n customer(s): hand them over to someone else (Customers › Hand over…).</source>
        <translation>
            <numerusform>{name} 已离职，名下仍有 %n 个客户：请移交给他人（客户 › 移交…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="270"/>
        <source>{stage} ({count})</source>
        <translation>{stage}（{count}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_board_view.py" line="280"/>
        <source>%n more: use the list to see them all.</source>
        <translation>
            <numerusform>另有 %n 个，请在列表中查看全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="42"/>
        <source>Move {code}</source>
        <translation>推进项目 {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="44"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="46"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="48"/>
        <source>{stage} since {date}</source>
        <translation>{date} 起处于“{stage}”</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="59"/>
        <source>Move to</source>
        <translation>推进到</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="65"/>
        <source>Optional; required when cancelling</source>
        <translation>选填；取消项目时必填</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="66"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="67"/>
        <source>Move</source>
        <translation>推进</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="71"/>
        <source>Your role may not move this project any further.</source>
        <translation>您的角色不能再推进此项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="76"/>
        <source>Say why the project is cancelled.</source>
        <translation>请说明取消项目的原因。</translation>
    </message>
</context>
<context>
    <name>StatementPeriods</name>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="17"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="18"/>
        <source>This month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="19"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="20"/>
        <source>Other dates</source>
        <translation>自定义期间</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="106"/>
        <source>Issue statement</source>
        <translation>出具对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="109"/>
        <source>Record the statement with a number and today&apos;s date; it then prints with its number and can be reprinted with the same figures.</source>
        <translation>以编号和今天的日期登记此对账单；之后打印时带编号，重新打印时数字不变。</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="120"/>
        <source>Statement (draft) – {customer}, {period}</source>
        <translation>对账单（预览稿）– {customer}，{period}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="123"/>
        <source>Statement {number} – {customer}, {period}</source>
        <translation>对账单 {number} – {customer}，{period}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="148"/>
        <source>Statement {number} issued to {customer}.</source>
        <translation>已向 {customer} 出具对账单 {number}。</translation>
    </message>
</context>
<context>
    <name>StatementPreviews</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="273"/>
        <source>Signed slip</source>
        <translation>回执扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="274"/>
        <source>No scan of the signed slip is attached to this statement.</source>
        <translation>此对账单未附回执扫描件。</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="73"/>
        <source>All statements</source>
        <translation>全部对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="74"/>
        <source>Awaiting reply</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="75"/>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="82"/>
        <source>{reply} (resolved)</source>
        <translation>{reply}（已解决）</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="88"/>
        <source>Number</source>
        <translation>对账单号</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="91"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="96"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="102"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="108"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="114"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="120"/>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="126"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="132"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="138"/>
        <source>Disputed amount</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="144"/>
        <location filename="../../app/views/statements/statements_page.py" line="193"/>
        <source>Signed slip</source>
        <translation>回执扫描件</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="170"/>
        <source>New statement…</source>
        <translation>新建对账单…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="173"/>
        <source>Every customer…</source>
        <translation>批量出具…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="176"/>
        <source>Reprint…</source>
        <translation>预览/重印…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="179"/>
        <source>Mark sent…</source>
        <translation>登记已发送…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="186"/>
        <source>Record reply…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="196"/>
        <source>Resolve dispute…</source>
        <translation>解决争议…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="203"/>
        <source>Dunning letter…</source>
        <translation>催款函…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="207"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="216"/>
        <source>Search customer or statement number</source>
        <translation>搜索客户或对账单号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/statements/statements_page.py" line="301"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>共 %Ln 份对账单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="303"/>
        <source>closing balances {closing}</source>
        <translation>期末余额合计 {closing}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="306"/>
        <source>disputed {amount}</source>
        <translation>争议 {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="316"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="91"/>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="92"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="94"/>
        <source>Go to customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="95"/>
        <source>Go to invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="96"/>
        <source>Load demo data…</source>
        <translation>加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="75"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="76"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="134"/>
        <source>Your lab</source>
        <translation>您的实验室</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="138"/>
        <source>Receivables (open invoices less unapplied payments)</source>
        <translation>应收余额（未结发票减未核销回款）</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="146"/>
        <location filename="../../app/views/workbench/workbench_page.py" line="157"/>
        <location filename="../../app/views/workbench/workbench_page.py" line="210"/>
        <source>{count} invoices, {amount}</source>
        <translation>{count} 张，{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="156"/>
        <source>Overdue as of {date}</source>
        <translation>截至 {date} 逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="169"/>
        <source>Unapplied payments (prepayments)</source>
        <translation>未核销回款（预收款）</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="176"/>
        <source>Invoice requests waiting for finance</source>
        <translation>待财务处理的开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="178"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="187"/>
        <source>Collection tasks due</source>
        <translation>到期的催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="188"/>
        <source>{count}, chasing {amount}</source>
        <translation>{count} 项，催收 {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="198"/>
        <source>Promises to pay due this week</source>
        <translation>本周到期的付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="199"/>
        <source>{count}, {amount}</source>
        <translation>{count} 项，{amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="209"/>
        <source>Fell overdue since yesterday</source>
        <translation>昨日起新增逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="225"/>
        <source>Show the list behind this figure</source>
        <translation>打开这个数字对应的清单</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="145"/>
        <source>Open invoices</source>
        <translation>未结清发票</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="68"/>
        <source>Collection targets</source>
        <translation>回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Target for the month</source>
        <translation>当月回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="88"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="98"/>
        <source>Only managers set collection targets: you can see them, not change them.</source>
        <translation>只有经理可以设置回款目标：你可以查看，但不能修改。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="37"/>
        <source>Collection task</source>
        <translation>催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="38"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="44"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="47"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="49"/>
        <source>What the customer said</source>
        <translation>客户的答复</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="50"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="52"/>
        <source>Next action on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="54"/>
        <source>Next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="55"/>
        <source>The customer promised to pay</source>
        <translation>客户承诺付款</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="60"/>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="65"/>
        <source>To be paid by</source>
        <translation>承诺付款日期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="83"/>
        <source>Collection task – {name}</source>
        <translation>催收任务 – {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="85"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {amount} overdue for {days} days (level +{level}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：逾期 {amount}，已逾期 {days} 天（级别 +{level}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="91"/>
        <source>Status: {status}. Assigned to {who}.</source>
        <translation>状态：{status}。负责人：{who}。</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="97"/>
        <source>Promised {amount} by {date}.</source>
        <translation>承诺于 {date} 前支付 {amount}。</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="136"/>
        <source>Collection task action recorded</source>
        <translation>已记录催收行动</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="87"/>
        <source>New credit tier</source>
        <translation>新建信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="89"/>
        <source>Credit tier {name}</source>
        <translation>信用等级：{name}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="101"/>
        <source>e.g. government (a-z, 0-9, _)</source>
        <translation>例如 government（仅限 a-z、0-9、_）</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="106"/>
        <location filename="../../app/views/credit/tier_dialog.py" line="127"/>
        <location filename="../../app/views/credit/tier_dialog.py" line="132"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="109"/>
        <source>e.g. -7, 0, 7, 15, 30</source>
        <translation>例如 -7, 0, 7, 15, 30</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="111"/>
        <source>(no escalation)</source>
        <translation>（不升级）</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="116"/>
        <source> days overdue</source>
        <translation> 天后</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="123"/>
        <source>Refuse new invoices and contracts when anything is overdue by more than</source>
        <translation>有款项逾期超过以下天数时，拒绝新开发票和签订新合同</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="129"/>
        <source>Hold test reports until the customer has paid</source>
        <translation>客户付款前暂扣检测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="134"/>
        <source>Tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="138"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="139"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="140"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="141"/>
        <source>Position in lists</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="144"/>
        <source>Terms and limits</source>
        <translation>账期与额度</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="148"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="149"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="150"/>
        <source>Prepayment required</source>
        <translation>预付款比例</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="157"/>
        <source>after</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="164"/>
        <source>Collection</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="170"/>
        <source>Reminders (days from due date)</source>
        <translation>提醒（相对到期日天数）</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="174"/>
        <source>Escalate to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="175"/>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="176"/>
        <source>Project stalled after</source>
        <translation>项目停滞判定</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="218"/>
        <source>Credit scoring refers to the default tiers by code, so their codes stay.</source>
        <translation>信用评分按代码引用默认信用等级，因此其代码不可修改。</translation>
    </message>
</context>
<context>
    <name>TierProposalsPage</name>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="56"/>
        <source>LabLedger scores each customer&apos;s payment history and proposes moving customers between credit tiers. Nothing changes until a manager accepts a proposal.</source>
        <translation>系统根据每个客户的付款记录评分，并提出调整信用等级的建议。经理同意之前，客户的信用等级不会改变。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="62"/>
        <source>Only managers can accept or reject proposals; you can see them here.</source>
        <translation>只有经理可以同意或驳回建议；您可以在此查看。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="69"/>
        <source>Review all customers now</source>
        <translation>立即评估全部客户</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="84"/>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="214"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="85"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="86"/>
        <source>Current tier</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="87"/>
        <source>Proposed tier</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="88"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="89"/>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="90"/>
        <source>Proposed on</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="98"/>
        <source>Proposal</source>
        <translation>调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="101"/>
        <source>Note for the record (optional)</source>
        <translation>审批备注（可选）</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="104"/>
        <source>Accept</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="111"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="122"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="153"/>
        <source>Credit tier proposals</source>
        <translation>信用等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="186"/>
        <source>No proposals are waiting.</source>
        <translation>没有待审批的建议。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="216"/>
        <source>Move</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="217"/>
        <source>from {old} to {new}</source>
        <translation>由 {old} 调整为 {new}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="220"/>
        <source>Credit score</source>
        <translation>信用评分</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="220"/>
        <source>{score} of 100</source>
        <translation>{score} 分（满分 100）</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="230"/>
        <source>Reviewing every customer&apos;s payment history…</source>
        <translation>正在评估所有客户的付款记录…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="242"/>
        <source>{count} new proposals.</source>
        <translation>新增 {count} 条建议。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="244"/>
        <source>No new proposals.</source>
        <translation>没有新的建议。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="266"/>
        <source>{customer} moved to {tier}.</source>
        <translation>{customer} 已调整为 {tier}。</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="270"/>
        <source>{customer} stays in {tier}.</source>
        <translation>{customer} 保持为 {tier}。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="86"/>
        <source>Invoice {number} issued, due {due}</source>
        <translation>开具发票 {number}，到期日 {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="87"/>
        <source>Red-letter invoice {number} credits invoice {original}</source>
        <translation>红字发票 {number} 冲销发票 {original}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="88"/>
        <source>Invoice {number} voided</source>
        <translation>发票 {number} 已作废</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="89"/>
        <source>Payment {number} reversed</source>
        <translation>回款 {number} 已冲销</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="90"/>
        <source>Payment {number} received from {payer}</source>
        <translation>收到 {payer} 的回款 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="91"/>
        <source>Invoice {number}: {amount} written off ({reason})</source>
        <translation>发票 {number}：核销坏账 {amount}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="92"/>
        <source>Project {code} {title}: {from_stage} -&gt; {to_stage}</source>
        <translation>项目 {code} {title}：{from_stage} → {to_stage}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="93"/>
        <source>Statement {number} for {start} to {end}, closing balance {amount}</source>
        <translation>对账单 {number}（{start} 至 {end}），期末余额 {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="96"/>
        <source>Became a customer in tier {tier}</source>
        <translation>成为客户，信用等级为 {tier}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="97"/>
        <source>Credit hold overridden for {kind} {reference}: {reason}</source>
        <translation>信用冻结放行（{kind} {reference}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="98"/>
        <source>Credit tier changed from {old} to {new}</source>
        <translation>信用等级由 {old} 调整为 {new}</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../app/views/tables/totals_bar.py" line="33"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/totals_bar.py" line="46"/>
        <source>adding up…</source>
        <translation>正在合计…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="920"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="925"/>
        <source>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</source>
        <translation>LabLedger 遇到了一个意外问题。已保存的数据是安全的。请复制下面的报告，发送给为您提供 LabLedger 技术支持的人员。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="938"/>
        <source>The report is also in the log file: {path}</source>
        <translation>报告也已写入日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="944"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="31"/>
        <source>Void invoice {number}</source>
        <translation>作废发票 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="34"/>
        <source>Amount</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="38"/>
        <source>For example: wrong title or tax ID, issued twice</source>
        <translation>例如：抬头或税号错误、重复开具</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="39"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="40"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="44"/>
        <source>Its credit of {amount} goes back to invoice {original}, which is open again by that much.</source>
        <translation>其红冲的 {amount} 将退回原发票 {original}，原发票的未收余额相应增加。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="52"/>
        <source>{amount} has been applied to this invoice (payments, write-offs or red-letter invoices). Remove those first: only an invoice nothing has been applied to can be voided.</source>
        <translation>该发票已核销 {amount}（回款、坏账核销或红字发票）。请先撤销这些记录：只有未发生任何核销的发票才能作废。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="62"/>
        <source>The invoice stays in the ledger, marked void, with your reason.</source>
        <translation>发票将保留在台账中，标记为已作废，并记录您的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="69"/>
        <source>The write-offs of {amount} waiting for approval on it are withdrawn with the same reason.</source>
        <translation>等待审批的 {amount} 坏账核销申请将以同一原因撤回。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="76"/>
        <source>Say why the invoice is voided.</source>
        <translation>请说明作废发票的原因。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="20"/>
        <source>Welcome to LabLedger</source>
        <translation>欢迎使用 LabLedger 检测回款</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="23"/>
        <source>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</source>
        <translation>LabLedger 把实验室的客户、发票和回款集中管理，让应收款更快收回。当前数据库还是空的，您想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="30"/>
        <source>Enter the lab profile…</source>
        <translation>填写实验室信息…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="33"/>
        <source>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</source>
        <translation>实验室的名称、地址、税号和银行账户信息。它们会打印在对账单上，方便客户付款。</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="39"/>
        <source>Load demo data…</source>
        <translation>加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="42"/>
        <source>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</source>
        <translation>用虚构的客户、项目、发票和回款填充此数据库，以便试用 LabLedger。真实业务数据请使用单独的数据库文件。</translation>
    </message>
</context>
<context>
    <name>WithdrawWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="125"/>
        <source>Withdraw the write-off request</source>
        <translation>撤回坏账核销申请</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="128"/>
        <source>Optional, for example: the customer paid after all</source>
        <translation>可不填，例如：客户最终付款了</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="129"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="130"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="251"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="268"/>
        <source>Your customers ({name})</source>
        <translation>我的客户（{name}）</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="27"/>
        <source>Write off invoice {number}</source>
        <translation>坏账核销 – 发票 {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="33"/>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="36"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="39"/>
        <source>Already waiting for approval</source>
        <translation>已申请、待审批</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="43"/>
        <source>Amount to write off</source>
        <translation>核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="45"/>
        <source>Date</source>
        <translation>核销日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="47"/>
        <source>For example: customer deregistered, judgment unenforceable</source>
        <translation>例如：客户已注销、判决无法执行</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="52"/>
        <source>A manager other than you approves or rejects the request. The invoice stays open until it is approved.</source>
        <translation>申请由您以外的一位经理批准或驳回。批准之前，发票保持未结。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="58"/>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="65"/>
        <source>At most the open balance of {open} can be written off.</source>
        <translation>核销金额不能超过未收余额 {open}。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="70"/>
        <source>At most {left} more can be asked for: write-offs of {waiting} already wait for approval.</source>
        <translation>最多还能申请 {left}：已有 {waiting} 的坏账核销在等待审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="78"/>
        <source>Say why the amount is written off.</source>
        <translation>请说明坏账核销的原因。</translation>
    </message>
</context>
<context>
    <name>WriteOffRequestsDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="294"/>
        <source>Write-off requests</source>
        <translation>坏账核销申请</translation>
    </message>
</context>
<context>
    <name>WriteOffRequestsPage</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="50"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="146"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="51"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="147"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="53"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="149"/>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="57"/>
        <source>Amount to write off</source>
        <translation>核销金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="60"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="61"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="151"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="62"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="152"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="148"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="159"/>
        <source>No write-offs are waiting for approval.</source>
        <translation>没有待审批的坏账核销。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="165"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="168"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="171"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="190"/>
        <source>Write-off requests</source>
        <translation>坏账核销申请</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="273"/>
        <source>Write-offs are approved by a manager under their own name; this window is not signed in as one.</source>
        <translation>坏账核销须由经理以本人身份审批；当前窗口并未以经理本人身份登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="278"/>
        <source>You asked for this write-off: another manager approves or rejects it.</source>
        <translation>这笔坏账核销是您申请的：须由另一位经理批准或驳回。</translation>
    </message>
</context>
<context>
    <name>audit_labels</name>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="17"/>
        <source>Follow-up logged</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="18"/>
        <source>Promise to pay judged</source>
        <translation>判定付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="19"/>
        <source>Allocation removed</source>
        <translation>撤销核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="20"/>
        <source>Bank statement imported</source>
        <translation>导入银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="21"/>
        <source>Bank line recorded as a payment</source>
        <translation>银行流水登记为回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="22"/>
        <source>Bank line ignored</source>
        <translation>忽略银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="23"/>
        <source>Bank line brought back</source>
        <translation>恢复银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="24"/>
        <source>Credit hold after a reversal</source>
        <translation>冲销后信用冻结</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="25"/>
        <source>Credit hold overridden</source>
        <translation>超信用放行</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="26"/>
        <source>Customer archived</source>
        <translation>客户归档</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="27"/>
        <source>Contacts changed</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="28"/>
        <source>Customer created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="29"/>
        <source>Customer handed over</source>
        <translation>客户移交</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="30"/>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="31"/>
        <source>Customers merged</source>
        <translation>客户合并</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="32"/>
        <source>Customer restored</source>
        <translation>客户恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="33"/>
        <source>Credit tier changed</source>
        <translation>调整信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="34"/>
        <source>Customer edited</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="35"/>
        <source>Database restored from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="36"/>
        <source>E-mail sent</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="37"/>
        <source>Demo data generated</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="38"/>
        <source>File imported</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="39"/>
        <source>Invoice imported</source>
        <translation>导入发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="40"/>
        <source>Invoice issued</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="41"/>
        <source>Red-letter invoice issued</source>
        <translation>开具红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="42"/>
        <source>Invoice voided</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="43"/>
        <source>Bad debt written off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="44"/>
        <source>Invoice requested</source>
        <translation>申请开票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="45"/>
        <source>Invoice request issued</source>
        <translation>开票申请已开票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="46"/>
        <source>Invoice request rejected</source>
        <translation>驳回开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="47"/>
        <source>Payment allocated</source>
        <translation>回款核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="48"/>
        <source>Payment imported</source>
        <translation>导入回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="49"/>
        <source>Payment recorded</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="50"/>
        <source>Payment reversed</source>
        <translation>冲销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="51"/>
        <source>Project created</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="52"/>
        <source>Project imported</source>
        <translation>导入项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="53"/>
        <source>Paid project imported</source>
        <translation>导入已结清项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="54"/>
        <source>Payment plan changed</source>
        <translation>修改付款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="55"/>
        <source>Payment plan followed a stage</source>
        <translation>付款计划随阶段到期</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="56"/>
        <source>Quote changed</source>
        <translation>修改报价</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="57"/>
        <source>Report released</source>
        <translation>发放报告</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="58"/>
        <source>Report released despite a hold</source>
        <translation>冻结期间放行报告</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="59"/>
        <source>Project reopened</source>
        <translation>重新打开项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="60"/>
        <source>Project stage changed</source>
        <translation>项目阶段变更</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="61"/>
        <source>Reminders run</source>
        <translation>运行提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="62"/>
        <source>Sales target set</source>
        <translation>设定回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="63"/>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="64"/>
        <source>Statement dispute resolved</source>
        <translation>解决对账争议</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="65"/>
        <source>Statement issued</source>
        <translation>出具对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="66"/>
        <source>Statement reply recorded</source>
        <translation>登记对账回执</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="67"/>
        <source>Signed statement attached</source>
        <translation>附上签章对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="68"/>
        <source>Statement sent</source>
        <translation>寄出对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="69"/>
        <source>Collection task updated</source>
        <translation>更新催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="70"/>
        <source>Credit tier created</source>
        <translation>新建信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="71"/>
        <source>Credit tier deleted</source>
        <translation>删除信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="72"/>
        <source>Reminder schedule changed</source>
        <translation>修改提醒计划</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="73"/>
        <source>Credit tier edited</source>
        <translation>修改信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="74"/>
        <source>Tier change proposed</source>
        <translation>建议调整等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="75"/>
        <source>Tier proposal rejected</source>
        <translation>驳回等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="76"/>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="77"/>
        <source>First administrator created</source>
        <translation>创建首位管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="78"/>
        <source>Account locked after failed log-ins</source>
        <translation>登录失败次数过多，账号锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="79"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="80"/>
        <source>Log-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="81"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="82"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="83"/>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="84"/>
        <source>User edited</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="85"/>
        <source>Write-off approved</source>
        <translation>批准坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="86"/>
        <source>Write-off requested</source>
        <translation>申请坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="87"/>
        <source>Write-off rejected</source>
        <translation>驳回坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="91"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="92"/>
        <source>Allocation</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="93"/>
        <source>Bank line</source>
        <translation>银行流水行</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="94"/>
        <source>Bank statement</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="95"/>
        <source>Collection task</source>
        <translation>催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="96"/>
        <location filename="../../app/views/audit/audit_labels.py" line="140"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="97"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="98"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="99"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="100"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="101"/>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="102"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="103"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="104"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="105"/>
        <location filename="../../app/views/audit/audit_labels.py" line="127"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="106"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="107"/>
        <source>Tier proposal</source>
        <translation>信用等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="108"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="109"/>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="110"/>
        <source>Write-off request</source>
        <translation>坏账核销申请</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="116"/>
        <source>Amount added</source>
        <translation>新增金额</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="117"/>
        <source>Allocations</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="118"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="119"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="120"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="121"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="122"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="123"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="124"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="125"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="128"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="129"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="130"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="131"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="132"/>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="133"/>
        <source>Promise</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="134"/>
        <source>Quoted amount</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="135"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="136"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="137"/>
        <source>Refused because</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="138"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="139"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="141"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="158"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>bank_labels</name>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="13"/>
        <source>Agricultural Bank of China</source>
        <translation>中国农业银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="14"/>
        <source>Bank of China</source>
        <translation>中国银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="15"/>
        <source>Bank of Communications</source>
        <translation>交通银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="16"/>
        <source>China Merchants Bank</source>
        <translation>招商银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="17"/>
        <location filename="../../app/views/bank/bank_labels.py" line="18"/>
        <source>ICBC</source>
        <translation>中国工商银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="19"/>
        <source>SPD Bank</source>
        <translation>浦发银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="20"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="21"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="22"/>
        <source>Other bank</source>
        <translation>其他银行</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="26"/>
        <source>remembered payer</source>
        <translation>已记住的付款人</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="27"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="28"/>
        <source>invoice in the memo</source>
        <translation>摘要中的发票号</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="29"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="33"/>
        <source>exact amount</source>
        <translation>金额一致</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="34"/>
        <source>named in the memo</source>
        <translation>摘要中注明</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="35"/>
        <source>oldest first</source>
        <translation>按最早到期</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="36"/>
        <source>no open invoice</source>
        <translation>无未结发票</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="40"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="41"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="42"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="46"/>
        <source>In</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="47"/>
        <source>Out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="48"/>
        <source>Neither</source>
        <translation>不计收支</translation>
    </message>
</context>
<context>
    <name>calendar_labels</name>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="16"/>
        <source>Invoice due</source>
        <translation>发票到期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="17"/>
        <source>Instalment</source>
        <translation>分期款</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="18"/>
        <source>Promise to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="19"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="20"/>
        <source>Stage deadline</source>
        <translation>阶段截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="21"/>
        <source>Collection task</source>
        <translation>催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="26"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="27"/>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="28"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="29"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="30"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="31"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="35"/>
        <location filename="../../app/views/calendar/calendar_labels.py" line="58"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="36"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="37"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="38"/>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="46"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="47"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="48"/>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="49"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="50"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="54"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="55"/>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="56"/>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="57"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="37"/>
        <source>{entity} {key} does not exist (it may have been deleted on another PC).</source>
        <translation>{entity} {key} 不存在（可能已在另一台电脑上被删除）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="40"/>
        <source>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</source>
        <translation>在您编辑期间，{entity} {key} 已被他人修改。请重新加载后再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="45"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>您的角色（{role}）无权{action}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="46"/>
        <source>The database is busy (another PC is writing). Try again in a moment.</source>
        <translation>数据库正忙（另一台电脑正在写入），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="49"/>
        <source>Cannot open the database {location}: {reason}</source>
        <translation>无法打开数据库 {location}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="50"/>
        <source>Unknown follow-up kind: {kind}.</source>
        <translation>未知的跟进方式：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="51"/>
        <source>The summary is required.</source>
        <translation>请填写跟进摘要。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="52"/>
        <source>The summary is longer than {max} characters.</source>
        <translation>跟进摘要超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="53"/>
        <source>Say when the follow-up happened.</source>
        <translation>请填写跟进日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="54"/>
        <source>The follow-up date ({date}) is in the future.</source>
        <translation>跟进日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="55"/>
        <source>The next action date is before the follow-up itself.</source>
        <translation>下次跟进日期早于本次跟进日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="56"/>
        <source>A promise to pay needs the promised date.</source>
        <translation>付款承诺需要填写承诺付款日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="57"/>
        <source>A promise to pay needs the promised amount.</source>
        <translation>付款承诺需要填写承诺金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="58"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>承诺金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="59"/>
        <source>The promised date is before the follow-up ({date}).</source>
        <translation>承诺付款日期早于跟进日期（{date}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="60"/>
        <source>The project belongs to another customer.</source>
        <translation>该项目属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="61"/>
        <source>The tier proposal for {customer} was already {status}.</source>
        <translation>{customer} 的信用等级调整建议已经{status}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="62"/>
        <source>{customer} changed tier after this proposal was made; it no longer applies.</source>
        <translation>提出该建议后 {customer} 的信用等级已变更，该建议不再适用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="65"/>
        <source>The tier code is required.</source>
        <translation>请填写信用等级代码。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="66"/>
        <source>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</source>
        <translation>信用等级代码 {code} 必须以小写字母开头，只能使用 a-z、0-9 和 _（最多 32 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="71"/>
        <source>The tier name is required.</source>
        <translation>请填写信用等级名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="72"/>
        <source>The tier name has more than {max} characters.</source>
        <translation>信用等级名称超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="73"/>
        <source>The English tier name has more than {max} characters.</source>
        <translation>信用等级英文名称超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="74"/>
        <source>Unknown role: {role}.</source>
        <translation>未知的角色：{role}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="75"/>
        <source>Say after how many days overdue to escalate.</source>
        <translation>请填写逾期多少天后升级处理。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="76"/>
        <source>Choose whom to escalate to.</source>
        <translation>请选择升级处理的对象。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="77"/>
        <source>Tier code {code} is already used.</source>
        <translation>信用等级代码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="78"/>
        <source>A tier named {name} already exists.</source>
        <translation>已存在名为 {name} 的信用等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="79"/>
        <source>The code of the default tier {name} cannot change.</source>
        <translation>默认信用等级 {name} 的代码不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="80"/>
        <source>{name} is a default tier and cannot be deleted; edit it instead.</source>
        <translation>{name} 是默认信用等级，不能删除，只能编辑。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="81"/>
        <source>{count} customers are in the tier {name}; move them to another tier first.</source>
        <translation>信用等级 {name} 下有 {count} 个客户，请先把他们调整到其他等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="84"/>
        <source>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</source>
        <translation>有 {count} 条信用等级调整建议引用了 {name}，因此它须保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="88"/>
        <source>The customer name is required.</source>
        <translation>请填写客户名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="89"/>
        <source>A customer named {name} already exists.</source>
        <translation>已存在名为 {name} 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="90"/>
        <source>Customer code {code} is already used.</source>
        <translation>客户编号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="91"/>
        <source>Unknown customer category: {category}.</source>
        <translation>未知的客户类别：{category}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="92"/>
        <source>Choose a credit tier.</source>
        <translation>请选择信用等级。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="93"/>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="94"/>
        <source>The credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="95"/>
        <source>Payment terms must be 0 to {max} days.</source>
        <translation>账期必须在 0 到 {max} 天之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="96"/>
        <source>The unified social credit code {code} is invalid: {problem}.</source>
        <translation>统一社会信用代码 {code} 无效：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="97"/>
        <source>Another customer already has the unified social credit code {code}.</source>
        <translation>另一个客户已使用统一社会信用代码 {code}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="100"/>
        <source>The salesperson does not exist or is inactive.</source>
        <translation>该业务员不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="101"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="102"/>
        <source>At least one customer is needed, not {value}.</source>
        <translation>客户数量至少为 1，不能为 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="103"/>
        <source>The number of invoices cannot be {value}.</source>
        <translation>发票数量不能为 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="104"/>
        <source>The database has no credit tiers; run `labledger init` first.</source>
        <translation>数据库中没有信用等级，请先运行 `labledger init`。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="105"/>
        <source>The database already has customers. Demo data can only be generated into an empty database.</source>
        <translation>数据库中已有客户。演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="110"/>
        <source>This invoice request was already {status}.</source>
        <translation>该开票申请已经{status}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="111"/>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="112"/>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="113"/>
        <source>An invoice request for {code} is already waiting for finance.</source>
        <translation>{code} 已有一份开票申请在等待财务处理。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="114"/>
        <source>The installment is not part of this project.</source>
        <translation>该回款计划分期不属于此项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="115"/>
        <source>Unknown invoice kind: {kind}.</source>
        <translation>未知的发票类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="116"/>
        <source>The tax rate must be between 0% and 17%.</source>
        <translation>税率必须在 0% 到 17% 之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="117"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="118"/>
        <source>The amount to credit must be greater than zero.</source>
        <translation>红字冲销金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="119"/>
        <source>Say why the invoice is credited.</source>
        <translation>请说明开具红字发票的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="120"/>
        <source>Say why the invoice is voided.</source>
        <translation>请说明作废发票的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="121"/>
        <source>Invoice number {number} already exists.</source>
        <translation>发票号码 {number} 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="122"/>
        <source>Only an issued, normal invoice can be credited; {number} is not one.</source>
        <translation>只有已开具的蓝字发票才能开具红字发票冲销；{number} 不是。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="125"/>
        <source>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</source>
        <translation>发票 {number} 的未收余额为 {open}，红字冲销 {amount} 将超出该余额。请先撤销已核销到该发票的回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="130"/>
        <source>A red-letter invoice cannot predate the invoice it credits.</source>
        <translation>红字发票的日期不能早于被冲销的原发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="131"/>
        <source>Invoice {number} is already void.</source>
        <translation>发票 {number} 已作废。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="132"/>
        <source>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</source>
        <translation>发票 {number} 已核销 {settled}（回款、坏账核销或红字发票），请先撤销这些记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="137"/>
        <source>Say why the payment is reversed.</source>
        <translation>请说明冲回这笔回款的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="138"/>
        <source>Say why the allocation is removed.</source>
        <translation>请说明撤销核销的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="139"/>
        <source>Unknown payment method: {method}.</source>
        <translation>未知的付款方式：{method}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="140"/>
        <source>Payment {number} has been reversed.</source>
        <translation>回款 {number} 已被冲回。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="141"/>
        <source>Allocation {key} was already removed (here or on another PC); nothing was changed.</source>
        <translation>核销记录 {key} 已被撤销（在本机或其他电脑上），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="145"/>
        <source>Payment {number} has {free} unallocated; the split adds up to {total}.</source>
        <translation>回款 {number} 的未核销金额为 {free}，而分配合计为 {total}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="148"/>
        <source>An allocation to {number} is negative.</source>
        <translation>核销到 {number} 的金额为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="149"/>
        <source>Invoice {number} belongs to another customer.</source>
        <translation>发票 {number} 属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="150"/>
        <source>Invoice {number} is void or a red-letter invoice and cannot take a payment.</source>
        <translation>发票 {number} 已作废或为红字发票，不能核销回款。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="153"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>发票 {number} 的未收余额为 {open}，不能核销 {amount}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="156"/>
        <source>Use either shares or amounts for every line.</source>
        <translation>所有分期请统一按比例或按金额填写。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="157"/>
        <source>The project title is required.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="158"/>
        <source>The project cannot start in the future.</source>
        <translation>项目开始日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="159"/>
        <source>A quote needs at least one test item.</source>
        <translation>报价至少需要一个检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="160"/>
        <source>The contract number is required.</source>
        <translation>请填写合同编号。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="161"/>
        <source>Project {code} is closed ({stage}).</source>
        <translation>项目 {code} 已关闭（{stage}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="162"/>
        <source>Project {code} is already at {stage}; stages only move forward.</source>
        <translation>项目 {code} 已处于“{stage}”阶段；项目阶段只能向前推进。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="163"/>
        <source>The date is before the project&apos;s current stage began ({since}).</source>
        <translation>该日期早于项目当前阶段的开始日期（{since}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="164"/>
        <source>A payment plan needs at least one line.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="165"/>
        <source>Quote line {n}: the test item is missing.</source>
        <translation>报价第 {n} 行：缺少检测项目。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="166"/>
        <source>Quote line {n}: quantity, price and discount must not be negative.</source>
        <translation>报价第 {n} 行：数量、单价和折扣不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="169"/>
        <source>Quote line {n}: the discount exceeds the amount.</source>
        <translation>报价第 {n} 行：折扣超过了金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="170"/>
        <source>Project {code} is past the quote stage.</source>
        <translation>项目 {code} 已过报价阶段。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="171"/>
        <source>The contract amount must be greater than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="172"/>
        <source>Sign the contract (number and amount) to move {code} to contracted.</source>
        <translation>请先签订合同（填写合同编号和金额），才能将 {code} 推进到“已签合同”。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="175"/>
        <source>Say why the project is cancelled.</source>
        <translation>请说明取消项目的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="176"/>
        <source>Project {code} has open invoices; credit or void them before cancelling.</source>
        <translation>项目 {code} 还有未结清的发票；请先开具红字发票或作废后再取消。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="179"/>
        <source>The shares must be positive and add up to 100%.</source>
        <translation>各期比例必须为正数，且合计为 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="180"/>
        <source>Quote or sign the contract before planning by shares.</source>
        <translation>按比例制定回款计划前，请先报价或签订合同。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="181"/>
        <source>Each installment must be greater than zero.</source>
        <translation>每期金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="182"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>各期合计为 {total}，而合同金额为 {base}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="183"/>
        <source>The report of {code} has not been issued yet.</source>
        <translation>{code} 的检测报告尚未出具。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="184"/>
        <source>The report of {code} was released on {date}.</source>
        <translation>{code} 的检测报告已于 {date} 发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="185"/>
        <source>Line {n}: a fixed installment needs a due date.</source>
        <translation>第 {n} 期：固定日期的分期需要填写到期日。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="186"/>
        <source>{customer}&apos;s credit tier asks for {share} of the contract before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer} 的信用等级要求在发放项目 {code} 的报告前支付合同金额的 {share}：应付 {required}，已付（含预付款）{paid}。经理可填写书面理由后发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="192"/>
        <source>{customer}&apos;s credit tier asks for payment in full before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer} 的信用等级要求在发放项目 {code} 的报告前全额付款：应付 {required}，已付（含预付款）{paid}。经理可填写书面理由后发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="198"/>
        <source>{customer} is on credit hold ({overdue} overdue more than {days} days): the report of {code} is held until the project&apos;s {required} is paid; {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer} 处于信用冻结（逾期超过 {days} 天的款项 {overdue}）：项目 {code} 的报告须待项目款 {required} 付清后发放；已付（含预付款）{paid}。经理可填写书面理由后发放。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="204"/>
        <source>Installment {n} ({amount}) has been invoiced: its amount and due date can no longer change.</source>
        <translation>第 {n} 期（{amount}）已开票：金额和到期日不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="209"/>
        <source>Installment {n} ({amount}) has an invoice request waiting for finance: its amount and due date cannot change until the request is issued or rejected.</source>
        <translation>第 {n} 期（{amount}）有待财务处理的开票申请：在开票或驳回之前，金额和到期日不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="214"/>
        <source>Installment {n} ({amount}) has been invoiced and cannot be removed from the plan.</source>
        <translation>第 {n} 期（{amount}）已开票，不能从回款计划中删除。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="218"/>
        <source>Installment {n} ({amount}) has an invoice request waiting for finance and cannot be removed from the plan.</source>
        <translation>第 {n} 期（{amount}）有待财务处理的开票申请，不能从回款计划中删除。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="223"/>
        <source>Installment {n} ({amount}) is named by earlier invoices or invoice requests and cannot be removed from the plan; change it instead.</source>
        <translation>第 {n} 期（{amount}）被以往的发票或开票申请引用，不能从回款计划中删除；请改为修改该期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="228"/>
        <source>The payment plan of {code} was changed on another PC; reopen it and make your change again.</source>
        <translation>项目 {code} 的回款计划已在另一台电脑上被修改；请重新打开后再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="233"/>
        <source>The lab&apos;s name is required.</source>
        <translation>请填写实验室名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="234"/>
        <source>Say why the amount is written off.</source>
        <translation>请说明坏账核销的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="235"/>
        <source>Invoice {number} is void or a red-letter invoice.</source>
        <translation>发票 {number} 已作废或为红字发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="236"/>
        <source>Invoice {number} has only {open} open.</source>
        <translation>发票 {number} 的未收余额只有 {open}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="237"/>
        <source>Invoice {number} has {open} open and write-offs of {waiting} already wait for approval: at most {left} more can be asked for.</source>
        <translation>发票 {number} 未收 {open}，已有 {waiting} 的坏账核销在等待审批：最多还能申请 {left}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="242"/>
        <source>Invoice {number} has only {open} open now, less than the {amount} this request asks to write off. Reject it; finance can ask again.</source>
        <translation>发票 {number} 现在只有 {open} 未收，少于本申请要核销的 {amount}。请驳回；财务可以重新申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="247"/>
        <source>Say why the write-off is rejected.</source>
        <translation>请说明驳回坏账核销的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="248"/>
        <source>Only the person who asked for a write-off can withdraw it.</source>
        <translation>只有坏账核销的申请人才能撤回申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="249"/>
        <source>This write-off request was already {status}.</source>
        <translation>该坏账核销申请已处理（{status}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="250"/>
        <source>Write-offs are approved or rejected by a manager under their own name, not by {login}.</source>
        <translation>坏账核销须由经理以本人身份批准或驳回，不能由 {login} 处理。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="254"/>
        <source>You asked for this write-off; another manager must approve or reject it.</source>
        <translation>这笔坏账核销是您申请的，须由另一位经理批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="257"/>
        <source>Only one contact can be the primary contact.</source>
        <translation>只能有一位主要联系人。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="258"/>
        <source>Contact {n}: the name is required.</source>
        <translation>联系人 {n}：姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="259"/>
        <source>Contact {n}: {email} is not an e-mail address.</source>
        <translation>联系人 {n}：{email} 不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="260"/>
        <source>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</source>
        <translation>{customer} 有 {overdue} 逾期超过 {days} 天：已冻结开具新发票（信用冻结）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="264"/>
        <source>{customer} has {overdue} overdue more than {days} days: contract {reference} is on credit hold.</source>
        <translation>{customer} 有 {overdue} 逾期超过 {days} 天：合同 {reference} 因信用冻结被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="269"/>
        <source>This invoice would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this invoice adds {added}).</source>
        <translation>开具这张发票后，{customer} 的信用占用将达到 {exposure}，超过信用额度 {limit}（未结发票 {open}，已签合同未开票 {contracted}，预收款 {prepaid}，本发票新增 {added}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="276"/>
        <source>Contract {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this contract adds {added}).</source>
        <translation>签订合同 {reference} 后，{customer} 的信用占用将达到 {exposure}，超过信用额度 {limit}（未结发票 {open}，已签合同未开票 {contracted}，预收款 {prepaid}，本合同新增 {added}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="283"/>
        <source>{customer} has {overdue} overdue more than {days} days: voiding red-letter invoice {reference}, which gives its credit back, is on credit hold.</source>
        <translation>{customer} 有 {overdue} 逾期超过 {days} 天：作废红字发票 {reference} 会恢复其冲减的金额，因信用冻结被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="288"/>
        <source>Merging {reference} into {customer} brings {customer} to {overdue} overdue more than {days} days: it would be on credit hold.</source>
        <translation>将 {reference} 合并到 {customer} 后，{customer} 将有 {overdue} 逾期超过 {days} 天，会被信用冻结。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="293"/>
        <source>Voiding red-letter invoice {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the credit given back adds {added}).</source>
        <translation>作废红字发票 {reference} 后，{customer} 的信用占用将达到 {exposure}，超过信用额度 {limit}（未结发票 {open}，已签合同未开票 {contracted}，预收款 {prepaid}，恢复的冲减金额新增 {added}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="299"/>
        <source>Merging {reference} into {customer} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the merged customer adds {added}).</source>
        <translation>将 {reference} 合并到 {customer} 后，{customer} 的信用占用将达到 {exposure}，超过信用额度 {limit}（未结发票 {open}，已签合同未开票 {contracted}，预收款 {prepaid}，被合并客户新增 {added}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="305"/>
        <source>Only a manager can raise the credit limit above {limit}.</source>
        <translation>只有经理可以把信用额度提高到 {limit} 以上。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="306"/>
        <source>Only a manager can give payment terms longer than {days} days.</source>
        <translation>只有经理可以给出超过 {days} 天的账期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="307"/>
        <source>The date {date} is too far in the future: entries may be dated up to {latest} (today plus {days} days).</source>
        <translation>日期 {date} 太靠后：记录日期最晚为 {latest}（今天加 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="312"/>
        <source>A write-off cannot be dated {date}, before invoice {number} was issued ({issued}).</source>
        <translation>核销日期不能是 {date}：早于发票 {number} 的开票日期（{issued}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="316"/>
        <source>Entries may be dated 0 to {max} days ahead.</source>
        <translation>记录日期可提前 0 到 {max} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="317"/>
        <source>change how far ahead entries may be dated</source>
        <translation>修改记录日期可提前的天数</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="318"/>
        <source>Payment terms must be {low} to {high} days.</source>
        <translation>账期必须为 {low} 至 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="319"/>
        <source>The prepayment share must be between 0% and 100%.</source>
        <translation>预付款比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="320"/>
        <source>A project stalls after {low} to {high} days without moving.</source>
        <translation>项目停滞天数必须为 {low} 至 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="321"/>
        <source>The sort order must be a whole number.</source>
        <translation>排列顺序必须是整数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="322"/>
        <source>Escalation must come {low} to {high} days after the due date.</source>
        <translation>升级时间必须在到期后 {low} 至 {high} 天之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="323"/>
        <source>The credit hold must start {low} to {high} days after the due date.</source>
        <translation>信用冻结必须在到期后 {low} 至 {high} 天之间开始。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="326"/>
        <source>Reminder days must be whole days from {low} to {high} relative to the due date.</source>
        <translation>提醒日必须是相对到期日 {low} 至 {high} 之间的整数天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="329"/>
        <source>The unified social credit code {code} has {found} characters; it must have 18.</source>
        <translation>统一社会信用代码 {code} 有 {found} 位，应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="332"/>
        <source>The unified social credit code {code} has an invalid character {char} at position {position}.</source>
        <translation>统一社会信用代码 {code} 第 {position} 位的字符 {char} 无效。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="337"/>
        <source>The unified social credit code {code} is wrong at position 18: the check character should be {expected}, not {found}.</source>
        <translation>统一社会信用代码 {code} 第 18 位校验码错误：应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="353"/>
        <source>LabLedger cannot use the database {url}: it works with a SQLite file (give its path) or a PostgreSQL server (postgresql://user@host/database).</source>
        <translation>LabLedger 无法使用数据库 {url}：只支持 SQLite 文件（填写文件路径）或 PostgreSQL 服务器（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="358"/>
        <source>There is no database file at {path}.</source>
        <translation>找不到数据库文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="359"/>
        <source>Cannot create the folder {folder} for the database {path}: {reason}</source>
        <translation>无法为数据库 {path} 创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="362"/>
        <source>{path} is not a LabLedger database: it is not a SQLite database file.</source>
        <translation>{path} 不是 LabLedger 数据库：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="365"/>
        <source>{path} is not a LabLedger database: it is a SQLite file without LabLedger&apos;s tables.</source>
        <translation>{path} 不是 LabLedger 数据库：它是 SQLite 文件，但没有 LabLedger 的数据表。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="369"/>
        <source>The database {path} is damaged ({reason}). Restore it from the latest backup.</source>
        <translation>数据库 {path} 已损坏（{reason}）。请用最近的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="372"/>
        <source>{path} has schema {revision}, which this version of LabLedger does not know (it knows up to {head}): it was written by a newer LabLedger, or it is not a LabLedger database.</source>
        <translation>{path} 的数据库结构版本是 {revision}，本版 LabLedger 不认识（最高到 {head}）：它由更新版本的 LabLedger 写入，或者不是 LabLedger 数据库。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="378"/>
        <source>Cannot write the backup {target}: {reason}</source>
        <translation>无法写入备份 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="379"/>
        <source>Cannot write the report {path}: {reason}</source>
        <translation>无法写入报表 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="380"/>
        <source>Invoice {number} had money taken back on {taken}; date this on or after it.</source>
        <translation>发票 {number} 在 {taken} 有款项被撤回；日期须不早于该日。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="383"/>
        <source>Project {code} is closed (paid or cancelled): its payment plan stays as it is.</source>
        <translation>项目 {code} 已结束（已回款或已取消），回款计划不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="387"/>
        <source>Cannot write the backup {target}: the folder {folder} does not exist.</source>
        <translation>无法写入备份 {target}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="390"/>
        <source>Aging buckets: give at least one bound in days.</source>
        <translation>账龄分段：请至少填写一个天数上限。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="391"/>
        <source>Aging buckets: at most {max} bounds.</source>
        <translation>账龄分段：最多 {max} 个上限。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="392"/>
        <source>Aging buckets: each bound must be a whole number of days above 0, not {value}.</source>
        <translation>账龄分段：每个上限必须是大于 0 的整数天数，{value} 不符合。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="395"/>
        <source>Aging buckets: the bounds must increase, but {value} follows {previous}.</source>
        <translation>账龄分段：上限必须逐个递增，但 {value} 排在 {previous} 之后。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="398"/>
        <source>Aging buckets: a bound cannot be more than {max} days.</source>
        <translation>账龄分段：上限不能超过 {max} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="399"/>
        <source>Provision rates: give one rate for each of the {count} age bands.</source>
        <translation>坏账计提比例：{count} 个会计账龄段各需一个比例。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="402"/>
        <source>Provision rates must be between 0% and 100%.</source>
        <translation>坏账计提比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="404"/>
        <source>{label} can have at most {max} characters; this one has {length}.</source>
        <translation>{label}最多 {max} 个字符，现为 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="407"/>
        <source>{label}: {phone} is not a phone number ({char} cannot be part of one). Give one number, e.g. 138 0013 8000 or 021-5888 0001 转 123.</source>
        <translation>{label}：{phone} 不是电话号码（不能含有 {char}）。请只填一个号码，例如 138 0013 8000 或 021-5888 0001 转 123。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="412"/>
        <source>{label}: {phone} has {digits} digits; a mobile number has 11.</source>
        <translation>{label}：{phone} 有 {digits} 位数字，手机号码应为 11 位。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="413"/>
        <source>{label}: {phone} is not a mobile number; those start with 13 to 19.</source>
        <translation>{label}：{phone} 不是手机号码，手机号码以 13 至 19 开头。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="416"/>
        <source>{label}: {phone} needs its area code, e.g. 021-5888 0001.</source>
        <translation>{label}：{phone} 需要加区号，例如 021-5888 0001。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="417"/>
        <source>{label}: after the area code {area}, {phone} should have 7 or 8 digits, not {digits}.</source>
        <translation>{label}：{phone} 在区号 {area} 之后应有 7 或 8 位数字，而不是 {digits} 位。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="421"/>
        <source>{label}: the extension of {phone} can have at most 6 digits.</source>
        <translation>{label}：{phone} 的分机号最多 6 位。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="422"/>
        <source>{label}: {phone} is not a phone number. Give a mobile number (11 digits) or a landline with its area code, e.g. 138 0013 8000 or 021-5888 0001 转 123.</source>
        <translation>{label}：{phone} 不是电话号码。请填写手机号码（11 位）或带区号的固定电话，例如 138 0013 8000 或 021-5888 0001 转 123。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="427"/>
        <source>The amount to confirm must be above zero and at most {max}.</source>
        <translation>需确认的金额必须大于零且不超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="428"/>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="429"/>
        <source>The login {login} may use only letters a-z, digits and . _ @ - (it is typed when logging in).</source>
        <translation>登录名 {login} 只能使用字母 a-z、数字和 . _ @ -（登录时需要输入）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="434"/>
        <source>The login {login} is already used.</source>
        <translation>登录名 {login} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="435"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} 不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="436"/>
        <source>Nobody can be their own manager.</source>
        <translation>不能把员工设为自己的上级。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="437"/>
        <source>The manager does not exist or is inactive.</source>
        <translation>该上级不存在或已离职。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="438"/>
        <source>{name} cannot be managed by {manager}: {manager} reports to {name}.</source>
        <translation>{manager} 不能作为 {name} 的上级：{manager} 向 {name} 汇报。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="441"/>
        <source>You cannot make yourself inactive.</source>
        <translation>不能把自己设为离职。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="442"/>
        <source>{entity} numbers: the pattern needs the running number, e.g. {{seq:6}} for six digits.</source>
        <translation>{entity}编号：规则需要包含流水号，例如 {{seq:6}} 表示六位流水号。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="446"/>
        <source>{entity} numbers: {token} may appear only once in the pattern.</source>
        <translation>{entity}编号：{token} 在规则中只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="447"/>
        <source>{entity} numbers: {token} is not understood; a pattern can use {{yyyy}}, {{yy}}, {{mm}} and {{seq:N}}.</source>
        <translation>{entity}编号：无法识别 {token}；规则中可以使用 {{yyyy}}、{{yy}}、{{mm}} 和 {{seq:N}}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="452"/>
        <source>{entity} numbers: the running number takes 1 to 9 digits, not {digits}.</source>
        <translation>{entity}编号：流水号位数应为 1 至 9 位，不能是 {digits} 位。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="455"/>
        <source>{entity} numbers: a pattern with the month {{mm}} needs the year too, {{yyyy}} or {{yy}}.</source>
        <translation>{entity}编号：含月份 {{mm}} 的规则还需要年份 {{yyyy}} 或 {{yy}}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="459"/>
        <source>{entity} numbers: “{char}” cannot be part of a number; use letters, digits, - _ and .</source>
        <translation>{entity}编号：编号中不能使用“{char}”；请使用字母、数字以及 - _ 和 .。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="463"/>
        <source>{entity} numbers: the text and dates around the running number may have at most {max} characters, not {length}.</source>
        <translation>{entity}编号：流水号以外的文字和日期最多 {max} 个字符，现在是 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="468"/>
        <source>The period starts on {start}, after its end {end}.</source>
        <translation>期间的开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="469"/>
        <source>The charts can be kept to a credit tier or a test category, not both.</source>
        <translation>图表可以按信用等级或检测类别筛选，不能同时按两者。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="472"/>
        <source>The period ends on {end}, after today ({today}): a statement covers days that are over.</source>
        <translation>期间结束于 {end}，晚于今天（{today}）：对账单只能覆盖已经过去的日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="476"/>
        <source>The ledger of {customer} does not add up from {start} to {end}: the opening balance {opening} and the entries of the period come to {lines}, but the balance on {end} is {closing}. Run `labledger check` and report the problem.</source>
        <translation>{customer} 在 {start} 至 {end} 的账目对不上：期初余额 {opening} 加上本期发生额为 {lines}，但 {end} 的余额为 {closing}。请运行 `labledger check` 并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="482"/>
        <source>Fill in the lab&apos;s name, address and bank account in the settings before issuing statements: they are printed on them.</source>
        <translation>出具对账单前，请先在设置中填写本单位名称、地址和银行账户：这些信息会印在对账单上。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="487"/>
        <source>A reply is either agreed or disputed.</source>
        <translation>回执只能是“核对相符”或“核对不符”。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="488"/>
        <source>The note is longer than {max} characters.</source>
        <translation>说明超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="489"/>
        <source>Give the amount the customer disputes.</source>
        <translation>请填写客户有异议的金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="490"/>
        <source>Say what the customer disputes.</source>
        <translation>请说明客户对哪些内容有异议。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="491"/>
        <source>An agreed reply has no disputed amount or invoices.</source>
        <translation>核对相符的回执不能填写差异金额或有异议的发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="492"/>
        <source>Say how the dispute was resolved.</source>
        <translation>请说明差异是如何解决的。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="493"/>
        <source>Statement {number} has no disputed reply to resolve.</source>
        <translation>对账单 {number} 没有待解决的“核对不符”回执。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="494"/>
        <source>The dispute of statement {number} was resolved on {date}.</source>
        <translation>对账单 {number} 的差异已于 {date} 解决。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="495"/>
        <source>The date {date} is before {earliest}.</source>
        <translation>日期 {date} 早于 {earliest}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="496"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在今天之后。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="497"/>
        <source>The scan file is empty.</source>
        <translation>扫描件是空文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="498"/>
        <source>The scan is {size} MB; at most {max} MB can be attached.</source>
        <translation>扫描件大小为 {size} MB，最多只能附加 {max} MB。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="499"/>
        <source>Attach the scan as a PDF, JPEG, PNG or TIFF file.</source>
        <translation>请以 PDF、JPEG、PNG 或 TIFF 文件附加扫描件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="500"/>
        <source>The disputed invoices must be this customer&apos;s invoices.</source>
        <translation>有异议的发票必须是该客户的发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="501"/>
        <source>The image must be a PNG or JPEG file.</source>
        <translation>图片必须是 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="502"/>
        <source>The image is larger than {max} MB.</source>
        <translation>图片大于 {max} MB。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="503"/>
        <source>Ask for payment within 1 to 90 days.</source>
        <translation>付款期限应为 1 至 90 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="504"/>
        <source>{customer} has nothing overdue on {date}: there is nothing to ask for.</source>
        <translation>{customer} 截至 {date} 没有逾期款项，无需催款。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="507"/>
        <source>No Chinese font that can be embedded in a PDF was found on this computer. Install a TrueType Chinese font (on Windows SimSun or Microsoft YaHei come with the system; on Debian or Ubuntu: apt install fonts-wqy-microhei) or set the environment variable LABLEDGER_PDF_FONT to the path of a .ttf or .ttc font file.</source>
        <translation>本机没有可嵌入 PDF 的中文字体。请安装 TrueType 中文字体（Windows 自带宋体或微软雅黑；Debian 或 Ubuntu：apt install fonts-wqy-microhei），或将环境变量 LABLEDGER_PDF_FONT 设为某个 .ttf 或 .ttc 字体文件的路径。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="514"/>
        <source>There is no font file at {path}.</source>
        <translation>{path} 处没有字体文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="515"/>
        <source>The font {path} cannot be used: after # comes the number of the font in the collection, e.g. simsun.ttc#0.</source>
        <translation>无法使用字体 {path}：# 后面应为字体集中的字体序号，例如 simsun.ttc#0。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="520"/>
        <source>The font {path} cannot be embedded in a PDF: it is not a TrueType font. Use a .ttf or .ttc font with TrueType outlines, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</source>
        <translation>字体 {path} 无法嵌入 PDF：它不是 TrueType 字体。请使用 TrueType 轮廓的 .ttf 或 .ttc 字体，例如宋体、微软雅黑或文泉驿微米黑。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="525"/>
        <source>The font {path} lacks Chinese characters. Use a Chinese TrueType font, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</source>
        <translation>字体 {path} 缺少中文字符。请使用中文 TrueType 字体，例如宋体、微软雅黑或文泉驿微米黑。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="530"/>
        <source>The PDF font {font} has no glyph for {chars} ({customer}). Set LABLEDGER_PDF_FONT to a font that has them, such as SimSun.</source>
        <translation>PDF 字体 {font} 中没有“{chars}”的字形（{customer}）。请将 LABLEDGER_PDF_FONT 设为包含这些字的字体，例如宋体。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="535"/>
        <source>A collection target cannot be negative.</source>
        <translation>回款目标不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="536"/>
        <source>Scorecard weights must be whole numbers from 0 to 100, not all 0.</source>
        <translation>评分卡权重须为 0 到 100 的整数，且不能全部为 0。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="539"/>
        <source>The DSO aim must be from 1 to 365 days.</source>
        <translation>DSO 目标须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="541"/>
        <source>A reminder schedule needs at least one level.</source>
        <translation>提醒计划至少需要一个级别。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="542"/>
        <source>A reminder schedule has at most {max} levels.</source>
        <translation>提醒计划最多 {max} 个级别。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="543"/>
        <source>A reminder level&apos;s day must be a whole number from {min} to {max}.</source>
        <translation>提醒级别的天数须为 {min} 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="546"/>
        <source>Reminder level {days}: unknown recipient or action {name}.</source>
        <translation>提醒级别 {days}：未知的接收人或动作 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="547"/>
        <source>Reminder level {days}: say who is told and what happens.</source>
        <translation>提醒级别 {days}：请指定通知谁、做什么。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="548"/>
        <source>Reminder level {days}: a collection task starts only after the due date.</source>
        <translation>提醒级别 {days}：催收任务只能在到期日之后开始。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="551"/>
        <source>Two reminder levels fall on the same day.</source>
        <translation>有两个提醒级别在同一天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="552"/>
        <source>This collection task is closed.</source>
        <translation>该催收任务已关闭。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="553"/>
        <source>Snooze until a time in the future.</source>
        <translation>稍后提醒的时间须在将来。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="554"/>
        <source>Unknown notification kind: {kind}.</source>
        <translation>未知的通知类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="555"/>
        <source>Quiet hours need both a start and an end.</source>
        <translation>免打扰时段需要开始和结束时间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="556"/>
        <source>The end of the range is before its start.</source>
        <translation>范围的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="557"/>
        <source>A calendar range is at most {max} days.</source>
        <translation>日历范围最多 {max} 天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="558"/>
        <source>Unknown calendar kind: {kind}.</source>
        <translation>未知的日历类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="560"/>
        <source>Cannot import {path}: {reason}</source>
        <translation>无法导入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="561"/>
        <source>{count} cell(s) cannot be imported; nothing was written.</source>
        <translation>有 {count} 个单元格无法导入；未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="562"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="563"/>
        <source>Cannot import {path}: the file is empty.</source>
        <translation>无法导入 {path}：文件为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="564"/>
        <source>Cannot import {path}: the workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
        <translation>无法导入 {path}：工作簿设有密码保护。请在 Excel 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿），保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="570"/>
        <source>Cannot import {path}: it is a web page (HTML) with an Excel name, as some systems export it. Open it in Excel, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>无法导入 {path}：这是一个以 Excel 扩展名保存的网页（HTML），某些系统会这样导出。请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="576"/>
        <source>Cannot import {path}: it is not an Excel workbook, or it is damaged.</source>
        <translation>无法导入 {path}：它不是 Excel 工作簿，或者已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="579"/>
        <source>Cannot import {path}: the file is damaged or incomplete (perhaps cut short while copying).</source>
        <translation>无法导入 {path}：文件已损坏或不完整（可能在复制时被截断）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="584"/>
        <source>Cannot import {path}: it unpacks to far more data than a workbook holds (it may be a zip bomb).</source>
        <translation>无法导入 {path}：解压后的数据量远超工作簿应有的大小（可能是压缩炸弹）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="589"/>
        <source>Cannot import {path}: it mixes text encodings; save it again as UTF-8 CSV.</source>
        <translation>无法导入 {path}：文件混用了多种文字编码；请重新保存为 UTF-8 编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="592"/>
        <source>Cannot import {path}: the CSV file is malformed ({detail}).</source>
        <translation>无法导入 {path}：CSV 文件格式有误（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="593"/>
        <source>Cannot import {path}: no sheet has a header row LabLedger recognises (such as 客户名称, 开票日期, 开票金额); give a mapping file.</source>
        <translation>无法导入 {path}：没有工作表含有可识别的表头行（如 客户名称、开票日期、开票金额）；请提供列映射文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="598"/>
        <source>Cannot import {path}: it has no sheet named {sheet}.</source>
        <translation>无法导入 {path}：没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="599"/>
        <source>Give the mapping a name.</source>
        <translation>请为映射命名。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="600"/>
        <source>The mapping name is longer than {max} characters.</source>
        <translation>映射名称超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="601"/>
        <source>Cannot use the mapping file {path}: {detail}</source>
        <translation>无法使用列映射文件 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="602"/>
        <source>Not a date: write it as 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日 or 20230506.</source>
        <translation>不是日期：请写成 2023-05-06、2023/5/6、2023.5.6、2023年5月6日 或 20230506。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="606"/>
        <source>Not an amount: write it as 12345.60, ¥12,345.60 or 12,345.</source>
        <translation>不是金额：请写成 12345.60、¥12,345.60 或 12,345。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="607"/>
        <source>The amount has more than two decimals (fen).</source>
        <translation>金额的小数超过两位（分）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="608"/>
        <source>The amount is more than {max}.</source>
        <translation>金额超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="609"/>
        <source>Not a number of days: write it as 30 or 30天.</source>
        <translation>不是天数：请写成 30 或 30天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="610"/>
        <source>This cell is required.</source>
        <translation>此单元格必须填写。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="611"/>
        <source>A formula with no saved result: open the file in Excel, save it, then import.</source>
        <translation>公式没有保存计算结果：请在 Excel 中打开并保存文件，然后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="614"/>
        <source>The text is longer than {max} characters.</source>
        <translation>文字超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="615"/>
        <source>Not a valid unified social credit code (统一社会信用代码).</source>
        <translation>不是有效的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="616"/>
        <source>The date {date} is after today.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="617"/>
        <source>Not a tax rate: write it as 6%, 0.06 or 6.</source>
        <translation>不是税率：请写成 6%、0.06 或 6。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="618"/>
        <source>A payment needs both its date and its amount.</source>
        <translation>回款需要同时填写日期和金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="619"/>
        <source>The payments add up to more than the invoice.</source>
        <translation>回款合计超过发票金额。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="620"/>
        <source>Invoice number {number} is already used by another invoice.</source>
        <translation>发票号码 {number} 已被另一张发票使用。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="621"/>
        <source>No customer {name} in LabLedger or earlier in this file.</source>
        <translation>LabLedger 中及本文件前面的行中都没有客户 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="622"/>
        <source>No invoice {number} of this customer.</source>
        <translation>该客户没有发票 {number}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="623"/>
        <source>A negative (red-letter) amount cannot be imported as an invoice; enter the red-letter invoice in LabLedger against the invoice it credits.</source>
        <translation>负数（红字）金额不能作为发票导入；请在 LabLedger 中针对被冲红的发票开具红字发票。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="629"/>
        <source>No system keyring is available to keep the password safely, so it was not saved. On Windows and macOS the system&apos;s own keyring is used; on Linux install and unlock one with the Secret Service (GNOME Keyring or KWallet) and the Python package secretstorage, or configure another keyring backend. LabLedger never keeps the password in the database. ({detail})</source>
        <translation>本机没有可用的系统密钥环，无法安全保存密码，因此未保存。Windows 和 macOS 使用系统自带的密钥环；Linux 请安装并解锁支持 Secret Service 的密钥环（GNOME Keyring 或 KWallet）及 Python 包 secretstorage，或配置其他 keyring 后端。LabLedger 从不把密码保存在数据库中。（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="637"/>
        <source>The system keyring refused the password: {detail}</source>
        <translation>系统密钥环拒绝保存密码：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="638"/>
        <source>The mail server (SMTP host) is required.</source>
        <translation>请填写邮件服务器（SMTP 主机）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="639"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="640"/>
        <source>Unknown connection security: {value}.</source>
        <translation>未知的连接加密方式：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="641"/>
        <source>The sender&apos;s email address is required.</source>
        <translation>请填写发件人邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="642"/>
        <source>{label}: {value} is not an email address.</source>
        <translation>{label}：{value} 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="643"/>
        <source>The time-out must be from 1 to 300 seconds.</source>
        <translation>超时时间必须在 1 到 300 秒之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="644"/>
        <source>The user name can have only letters, digits and ASCII symbols.</source>
        <translation>用户名只能包含字母、数字和 ASCII 符号。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="645"/>
        <source>A password needs the user name it belongs to.</source>
        <translation>填写密码时须同时填写对应的用户名。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="646"/>
        <source>The password can have only letters, digits and ASCII symbols.</source>
        <translation>密码只能包含字母、数字和 ASCII 符号。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="647"/>
        <source>The webhook address must start with https:// and name a server: {url}</source>
        <translation>Webhook 地址必须以 https:// 开头并包含服务器地址：{url}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="650"/>
        <source>At most {max} team robots can be set.</source>
        <translation>最多可设置 {max} 个群机器人。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="651"/>
        <source>A robot is WeCom or DingTalk, not {value}.</source>
        <translation>机器人只能是企业微信或钉钉，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="652"/>
        <source>Each robot needs a name.</source>
        <translation>每个机器人都需要名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="653"/>
        <source>Two robots are named {name}.</source>
        <translation>有两个机器人都叫 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="654"/>
        <source>Unknown robot scope: {value}.</source>
        <translation>未知的机器人范围：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="655"/>
        <source>The robot {name} is for one salesperson or team: choose whom.</source>
        <translation>机器人 {name} 只接收某位销售或某个团队的消息：请选择对象。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="656"/>
        <source>Only a DingTalk robot has a signing secret: {name}.</source>
        <translation>只有钉钉机器人才有加签密钥：{name}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="657"/>
        <source>The test email was not sent: {detail}</source>
        <translation>测试邮件未能发送：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="658"/>
        <source>The robot {name} did not take the test message: {detail}</source>
        <translation>机器人 {name} 未接收测试消息：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="660"/>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="661"/>
        <source>This account is locked after {attempts} failed log-ins. Try again after {until}, or ask an administrator to unlock it.</source>
        <translation>连续 {attempts} 次登录失败，此账户已被锁定。请在 {until} 之后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="666"/>
        <source>This database requires a log-in on the command line: give --user LOGIN (the password is asked for, or read from LABLEDGER_PASSWORD).</source>
        <translation>此数据库要求在命令行登录：请使用 --user 登录名（密码会提示输入，或从 LABLEDGER_PASSWORD 读取）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="671"/>
        <source>The password of {login} was reset: log in to the application and change it first.</source>
        <translation>{login} 的密码已被重置：请先登录应用程序修改密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="675"/>
        <source>An account may be locked after 1 to {max} failed log-ins.</source>
        <translation>锁定账户前允许的登录失败次数须为 1 到 {max} 次。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="676"/>
        <source>A lock may last 1 to {max} minutes.</source>
        <translation>锁定时长须为 1 到 {max} 分钟。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="677"/>
        <source>The password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="678"/>
        <source>The password may have at most {max} characters.</source>
        <translation>密码最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="679"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="680"/>
        <source>The login name is required.</source>
        <translation>请填写登录名。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="681"/>
        <source>The name may have at most {max} characters.</source>
        <translation>姓名最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="682"/>
        <source>An administrator exists already: log in as them to add users.</source>
        <translation>管理员已存在：请以管理员身份登录后添加用户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="683"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="684"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="686"/>
        <source>Cannot import {path}: it is not a bank statement LabLedger can read (no header row names a date and an amount column, such as 交易日期 and 交易金额).</source>
        <translation>无法导入 {path}：它不是 LabLedger 能读取的银行流水（没有找到含日期列和金额列的表头行，如“交易日期”和“交易金额”）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="691"/>
        <source>Cannot import {path}: the statement has no transactions.</source>
        <translation>无法导入 {path}：流水中没有交易记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="692"/>
        <source>Cannot import {path}: row {row} has an amount LabLedger cannot read ({value}).</source>
        <translation>无法导入 {path}：第 {row} 行的金额无法识别（{value}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="695"/>
        <source>Choose the customer who paid {amount} on {date}.</source>
        <translation>请选择 {date} 付款 {amount} 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="696"/>
        <source>The bank line of {date} for {amount} was already {status} (here or on another PC); nothing was changed.</source>
        <translation>{date} 金额 {amount} 的银行流水已{status}（在本机或其他电脑上）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="701"/>
        <source>Keep between 1 and {max} daily backups.</source>
        <translation>每日备份保留份数须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="702"/>
        <source>Backups of a server database are made and restored on the server (pg_dump, pg_restore).</source>
        <translation>服务器数据库的备份与恢复在服务器上进行（pg_dump、pg_restore）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="706"/>
        <source>migrate-to copies into a PostgreSQL database (postgresql://user@host/database); {url} is not one.</source>
        <translation>migrate-to 只能复制到 PostgreSQL 数据库（postgresql://用户@主机/数据库）；{url} 不是。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="711"/>
        <source>migrate-to copies a SQLite database; this one is already on a server.</source>
        <translation>migrate-to 复制的是 SQLite 数据库；此数据库已在服务器上。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="714"/>
        <source>The database {target} is not empty ({table} holds {rows} rows): migrate-to copies only into an empty database.</source>
        <translation>数据库 {target} 不是空的（{table} 有 {rows} 行）：migrate-to 只复制到空数据库。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="719"/>
        <source>The database {target} has schema {theirs} and the original {mine}; both must be at this version&apos;s schema.</source>
        <translation>数据库 {target} 的结构版本为 {theirs}，原数据库为 {mine}；两者都必须是本版本的结构。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="724"/>
        <source>The copy in {target} differs from the original: {problems}</source>
        <translation>{target} 中的副本与原数据库不一致：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="732"/>
        <source>Collection task</source>
        <translation>催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="733"/>
        <source>work collection tasks</source>
        <translation>处理催收任务</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="734"/>
        <source>change reminder schedules</source>
        <translation>修改提醒计划</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="735"/>
        <source>read notifications</source>
        <translation>查看通知</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="736"/>
        <source>change others&apos; preferences</source>
        <translation>修改他人的偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="808"/>
        <source>change the log-in rules</source>
        <translation>修改登录规则</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="809"/>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="810"/>
        <source>unlock accounts</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="812"/>
        <source>set collection targets</source>
        <translation>设置回款目标</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="813"/>
        <source>change the scorecard</source>
        <translation>修改评分卡</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="842"/>
        <source>issue statements</source>
        <translation>出具对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="843"/>
        <source>record statements sent</source>
        <translation>登记对账单寄出</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="844"/>
        <source>record statement replies</source>
        <translation>登记对账回执</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="845"/>
        <source>resolve statement disputes</source>
        <translation>处理对账差异</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="846"/>
        <source>change the lab profile</source>
        <translation>修改本单位信息</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="847"/>
        <source>change the notification channels</source>
        <translation>修改通知渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="848"/>
        <source>import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="849"/>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="850"/>
        <source>Sender&apos;s address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="851"/>
        <source>Reply-to address</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="852"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="853"/>
        <source>Sender&apos;s name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="854"/>
        <source>Robot name</source>
        <translation>机器人名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="855"/>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="856"/>
        <source>Send to</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="857"/>
        <source>Bank line</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="858"/>
        <source>import bank statements</source>
        <translation>导入银行流水</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="859"/>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="860"/>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="861"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="862"/>
        <source>change the backup settings</source>
        <translation>修改备份设置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="863"/>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="864"/>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="731"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="737"/>
        <source>Tier proposal</source>
        <translation>信用等级调整建议</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="738"/>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="739"/>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="740"/>
        <source>Write-off request</source>
        <translation>坏账核销申请</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="741"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="742"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="743"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="744"/>
        <source>Allocation</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="745"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="746"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="747"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="748"/>
        <source>log follow-ups</source>
        <translation>登记跟进记录</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="749"/>
        <source>judge promises to pay</source>
        <translation>判定付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="750"/>
        <source>propose credit tier changes</source>
        <translation>提出信用等级调整</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="751"/>
        <source>decide credit tier changes</source>
        <translation>审批信用等级调整</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="752"/>
        <source>edit credit tiers</source>
        <translation>编辑信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="753"/>
        <source>create customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="754"/>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="755"/>
        <source>archive customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="756"/>
        <source>hand customers over</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="757"/>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="758"/>
        <source>request invoices</source>
        <translation>申请开票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="759"/>
        <source>issue invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="760"/>
        <source>reject invoice requests</source>
        <translation>驳回开票申请</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="761"/>
        <source>void invoices</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="762"/>
        <source>record payments</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="763"/>
        <source>allocate payments</source>
        <translation>核销回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="764"/>
        <source>reverse payments</source>
        <translation>冲回回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="765"/>
        <source>create projects</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="766"/>
        <source>quote projects</source>
        <translation>为项目报价</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="767"/>
        <source>sign contracts</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="768"/>
        <source>move projects to lead</source>
        <translation>将项目改为“意向”阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="769"/>
        <source>move projects to quoted</source>
        <translation>将项目推进到“已报价”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="770"/>
        <source>move projects to contracted</source>
        <translation>将项目推进到“已签合同”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="771"/>
        <source>move projects to samples_received</source>
        <translation>将项目推进到“已收样”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="772"/>
        <source>move projects to testing</source>
        <translation>将项目推进到“检测中”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="773"/>
        <source>move projects to report_issued</source>
        <translation>将项目推进到“已出报告”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="774"/>
        <source>move projects to invoiced</source>
        <translation>将项目推进到“已开票”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="775"/>
        <source>move projects to paid</source>
        <translation>将项目推进到“已回款”</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="776"/>
        <source>move projects to cancelled</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="777"/>
        <source>plan payments</source>
        <translation>制定回款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="778"/>
        <source>release reports</source>
        <translation>发放检测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="779"/>
        <source>override a report hold</source>
        <translation>放行被暂扣的检测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="780"/>
        <source>write off bad debts</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="781"/>
        <source>approve write-offs</source>
        <translation>审批坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="782"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="783"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="784"/>
        <source>sales</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="785"/>
        <source>finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="786"/>
        <source>technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="787"/>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="788"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="789"/>
        <source>issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="790"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="791"/>
        <source>accepted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="792"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="793"/>
        <source>lead</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="794"/>
        <source>quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="795"/>
        <source>contracted</source>
        <translation>已签合同</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="796"/>
        <source>samples_received</source>
        <translation>已收样</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="797"/>
        <source>testing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="798"/>
        <source>report_issued</source>
        <translation>已出报告</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="799"/>
        <source>invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="800"/>
        <source>paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="801"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="802"/>
        <source>change a customer&apos;s credit tier</source>
        <translation>更改客户的信用等级</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="803"/>
        <source>move projects to that stage</source>
        <translation>把项目移到该阶段</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="804"/>
        <source>override a credit hold</source>
        <translation>越过信用冻结放行</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="805"/>
        <source>change aging settings</source>
        <translation>修改账龄设置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="806"/>
        <source>manage staff</source>
        <translation>管理员工</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="807"/>
        <source>give or take the admin role</source>
        <translation>授予或取消管理员角色</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="811"/>
        <source>change when large amounts are confirmed</source>
        <translation>修改大额确认金额</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="815"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="816"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="817"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="818"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="819"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="820"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="821"/>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="822"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="823"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="824"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="825"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="826"/>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="827"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="828"/>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="829"/>
        <source>Contact WeChat</source>
        <translation>联系人微信</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="830"/>
        <source>Project title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="831"/>
        <source>Test category</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="832"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="833"/>
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="834"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="835"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="836"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="837"/>
        <source>Lab name</source>
        <translation>实验室名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="838"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="839"/>
        <location filename="../../app/views/shell/error_dialogs.py" line="841"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="840"/>
        <source>change numbering rules</source>
        <translation>修改编号规则</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="51"/>
        <source>Write the reminder days as whole numbers separated by commas, e.g. -7, 0, 7, 15 (negative: before the due date).</source>
        <translation>提醒日请填写以逗号分隔的整数，例如 -7, 0, 7, 15（负数表示到期日之前）。</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="35"/>
        <source>Enter an amount in yuan, e.g. 50000 or 50,000.00.</source>
        <translation>请输入以元为单位的金额，例如 50000 或 50,000.00。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="343"/>
        <source>The amount cannot be more than {max}.</source>
        <translation>金额不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="344"/>
        <source>An allocation to {number} cannot be more than {max}.</source>
        <translation>核销到 {number} 的金额不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="345"/>
        <source>Quote line {n}: price, discount and amount cannot be more than {max}.</source>
        <translation>报价第 {n} 行：单价、折扣和金额均不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="348"/>
        <source>The quote adds up to {total}, more than {max}.</source>
        <translation>报价合计为 {total}，超过了 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="349"/>
        <source>The contract amount cannot be more than {max}.</source>
        <translation>合同金额不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="350"/>
        <source>An installment cannot be more than {max}.</source>
        <translation>每期金额不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="351"/>
        <source>The credit limit cannot be more than {max}.</source>
        <translation>信用额度不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="352"/>
        <source>The promised amount cannot be more than {max}.</source>
        <translation>承诺金额不能超过 {max}。</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="35"/>
        <source>Aging buckets: write the bounds as whole numbers of days separated by commas, e.g. 30, 60, 90, 180, 365.</source>
        <translation>账龄分段：请用逗号分隔的整数天数填写上限，例如 30, 60, 90, 180, 365。</translation>
    </message>
</context>
<context>
    <name>invoice_dialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="60"/>
        <source>Tax {tax}, excluding tax {net}</source>
        <translation>税额 {tax}，不含税金额 {net}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="18"/>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="19"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="20"/>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="21"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25"/>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="26"/>
        <source>VAT normal invoice</source>
        <translation>增值税普通发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="27"/>
        <source>Fully digital invoice</source>
        <translation>数电发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="28"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="33"/>
        <source>Open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="34"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="35"/>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="36"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="37"/>
        <source>Red-letter</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="41"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="42"/>
        <source>Bad-debt write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="43"/>
        <source>Red-letter invoice</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="89"/>
        <source>Over {days} days</source>
        <translation>{days}天以上</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91"/>
        <source>{low}–{high} days</source>
        <translation>{low}–{high}天</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="95"/>
        <source>{days} days</source>
        <translation>{days}天</translation>
    </message>
</context>
<context>
    <name>ledger_labels</name>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="17"/>
        <source>Lead</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="18"/>
        <source>Quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="19"/>
        <source>Contracted</source>
        <translation>已签合同</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="20"/>
        <source>Samples received</source>
        <translation>已收样</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="21"/>
        <source>Testing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="22"/>
        <source>Report issued</source>
        <translation>已出报告</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="23"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="24"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="25"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="29"/>
        <source>On a fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="30"/>
        <source>After the contract is signed</source>
        <translation>合同签订后</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="33"/>
        <source>After samples are received</source>
        <translation>收样后</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="36"/>
        <source>After the report is issued</source>
        <translation>报告出具后</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="42"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="43"/>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="44"/>
        <source>WeChat / Alipay</source>
        <translation>微信/支付宝</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="45"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="46"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="51"/>
        <source>With prepayment left</source>
        <translation>有未核销余额</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="52"/>
        <source>Fully allocated</source>
        <translation>已全部核销</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="53"/>
        <location filename="../../app/views/ledger_labels.py" line="58"/>
        <source>Reversed</source>
        <translation>已冲回</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="57"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>notification_labels</name>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="12"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="13"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="14"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="15"/>
        <source>Task escalated</source>
        <translation>任务已升级</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="16"/>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="17"/>
        <source>Promise due</source>
        <translation>承诺到期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="18"/>
        <source>Instalment due</source>
        <translation>分期款到期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="19"/>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="20"/>
        <source>Stage deadline</source>
        <translation>阶段截止日</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="21"/>
        <source>Statement awaiting a reply</source>
        <translation>对账单待回复</translation>
    </message>
</context>
<context>
    <name>release_dialog</name>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="28"/>
        <source>The customer is on credit hold ({overdue} overdue more than {days} days): the project must be paid in full first.</source>
        <translation>客户处于信用冻结（逾期超过 {days} 天的款项 {overdue}）：须先付清本项目全部款项。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="34"/>
        <source>The customer&apos;s credit tier asks for payment in full first.</source>
        <translation>客户的信用等级要求发放报告前全额付款。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="38"/>
        <source>The customer&apos;s credit tier asks for {share} of the contract first.</source>
        <translation>客户的信用等级要求发放报告前先支付合同金额的 {share}。</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="48"/>
        <source>Credit hold: {overdue} overdue</source>
        <translation>信用冻结：逾期 {overdue}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="52"/>
        <source>Credit tier: payment in full first</source>
        <translation>信用等级：须先全额付款</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="54"/>
        <source>Credit tier: {share} first</source>
        <translation>信用等级：须先付 {share}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="64"/>
        <source>{total} ({paid} on the project&apos;s invoices, {credit} prepaid)</source>
        <translation>{total}（本项目发票已收 {paid}，客户预付款 {credit}）</translation>
    </message>
</context>
</TS>
