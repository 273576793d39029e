<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="48"/>
        <source>About LabLedger</source>
        <translation>About LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="54"/>
        <source>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</source>
        <translation>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="61"/>
        <source>Database: {location}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Database: {location}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/about_dialog.py" line="84"/>
        <source>Licences of the bundled components:</source>
        <translation>Licences of the bundled components:</translation>
    </message>
</context>
<context>
    <name>AgingInvoicesDialog</name>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="44"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="46"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="51"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="57"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="63"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="69"/>
        <source>Open on the date</source>
        <translation>Open on the date</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="75"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="82"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="109"/>
        <source>all buckets</source>
        <translation>all buckets</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="111"/>
        <source>{group} – {bucket}</source>
        <translation>{group} – {bucket}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="116"/>
        <source>{bucket}, open as of {date}</source>
        <translation>{bucket}, open as of {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="120"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="130"/>
        <source>Double-click an invoice or press Enter to open it.</source>
        <translation>Double-click an invoice or press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="134"/>
        <source>Open invoice</source>
        <translation>Open invoice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/receivables/aging_invoices_dialog.py" line="185"/>
        <source>%Ln invoice(s), open {amount} in all</source>
        <translation>
            <numerusform>%Ln invoice, open {amount} in all</numerusform>
            <numerusform>%Ln invoices, open {amount} in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="19"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="20"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="21"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="22"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="23"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="28"/>
        <source>(no customer)</source>
        <translation>(no customer)</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="29"/>
        <source>(no salesperson)</source>
        <translation>(no salesperson)</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="30"/>
        <source>(no credit tier)</source>
        <translation>(no credit tier)</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="31"/>
        <source>(no test category)</source>
        <translation>(no test category)</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="32"/>
        <source>(no project)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="37"/>
        <source>Within 1 year</source>
        <translation>Within 1 year</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="38"/>
        <source>1–2 years</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="39"/>
        <source>2–3 years</source>
        <translation>2–3 years</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="40"/>
        <source>Over 3 years</source>
        <translation>Over 3 years</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="73"/>
        <source>Aged by due date as of {date}: days overdue = {date} − due date. An invoice due on {date} counts as not yet due; one 30 days past due is in 1–30 days.</source>
        <translation>Aged by due date as of {date}: days overdue = {date} − due date. An invoice due on {date} counts as not yet due; one 30 days past due is in 1–30 days.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="78"/>
        <source>Prepayments (money received and not yet applied to invoices) are shown apart, not netted into the buckets: net = total − prepaid.</source>
        <translation>Prepayments (money received and not yet applied to invoices) are shown apart, not netted into the buckets: net = total − prepaid.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="83"/>
        <source>Prepayments belong to customers, not to projects or test categories: they count in the totals row only.</source>
        <translation>Prepayments belong to customers, not to projects or test categories: they count in the totals row only.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="88"/>
        <source>Disputed: what customers dispute in their replies to statements (对账单回执), until the dispute is resolved; it stays in the buckets.</source>
        <translation>Disputed: what customers dispute in their replies to statements (对账单回执), until the dispute is resolved; it stays in the buckets.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_labels.py" line="93"/>
        <source>Bad-debt provision as of {date}: open receivables by accounting age band (whole years of 365 days from the due date; not yet due counts as within 1 year) times the band&apos;s rate ({rates}), rounded to the fen per group and band.</source>
        <translation>Bad-debt provision as of {date}: open receivables by accounting age band (whole years of 365 days from the due date; not yet due counts as within 1 year) times the band&apos;s rate ({rates}), rounded to the fen per group and band.</translation>
    </message>
</context>
<context>
    <name>AgingSettingsDialog</name>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="62"/>
        <source>Aging buckets and provision rates</source>
        <translation>Aging buckets and provision rates</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="69"/>
        <source>e.g. 30, 60, 90, 180, 365</source>
        <translation>e.g. 30, 60, 90, 180, 365</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="76"/>
        <source>Aging buckets</source>
        <translation>Aging buckets</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="79"/>
        <source>Bounds (days overdue)</source>
        <translation>Bounds (days overdue)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="83"/>
        <source>Each bound ends a bucket: 30 makes 1–30 days, the next starts at 31. An invoice due on the report&apos;s date is not yet due; one 30 days past due is in 1–30 days.</source>
        <translation>Each bound ends a bucket: 30 makes 1–30 days, the next starts at 31. An invoice due on the report&apos;s date is not yet due; one 30 days past due is in 1–30 days.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="91"/>
        <source>Bad-debt provision rates</source>
        <translation>Bad-debt provision rates</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="108"/>
        <source>Accounting age bands count whole years of 365 days from the due date; amounts not yet due are within 1 year.</source>
        <translation>Accounting age bands count whole years of 365 days from the due date; amounts not yet due are within 1 year.</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="51"/>
        <source>Aging of receivables as of {date}, by {grouping}</source>
        <translation>Aging of receivables as of {date}, by {grouping}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="54"/>
        <source>Bad-debt provision as of {date}, by {grouping}</source>
        <translation>Bad-debt provision as of {date}, by {grouping}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="59"/>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="60"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="61"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="62"/>
        <source>{band}
open</source>
        <translation>{band}
open</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="63"/>
        <source>Open total</source>
        <translation>Open total</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="64"/>
        <source>{band}
provision {rate}</source>
        <translation>{band}
provision {rate}</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="65"/>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="66"/>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="67"/>
        <source>Double-click to list the invoices behind this row.</source>
        <translation>Double-click to list the invoices behind this row.</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/aging_table_model.py" line="68"/>
        <source>Double-click to list the invoices behind this amount.</source>
        <translation>Double-click to list the invoices behind this amount.</translation>
    </message>
</context>
<context>
    <name>AllocatePaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="273"/>
        <source>Allocate payment {number}</source>
        <translation>Allocate payment {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="276"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="278"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="281"/>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="290"/>
        <source>Correct the split before saving.</source>
        <translation>Correct the split before saving.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="292"/>
        <source>Enter at least one amount to apply.</source>
        <translation>Enter at least one amount to apply.</translation>
    </message>
</context>
<context>
    <name>AllocationSection</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="65"/>
        <source>Automatically, oldest due first</source>
        <translation>Automatically, oldest due first</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="66"/>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="67"/>
        <source>Not now (keep it all as prepayment)</source>
        <translation>Not now (keep it all as prepayment)</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="75"/>
        <source>Apply to invoices:</source>
        <translation>Apply to invoices:</translation>
    </message>
</context>
<context>
    <name>AllocationTable</name>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="56"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="57"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="58"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="59"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="60"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="72"/>
        <source>The customer has no open invoices: the whole payment stays as prepayment.</source>
        <translation>The customer has no open invoices: the whole payment stays as prepayment.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="164"/>
        <source>Invoice {number}: {problem}</source>
        <translation>Invoice {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="171"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>Invoice {number} has {open} open; {amount} cannot be applied to it.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="181"/>
        <source>The split adds up to {total}, more than the payment of {amount}.</source>
        <translation>The split adds up to {total}, more than the payment of {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="229"/>
        <source>Open invoices: {amount}</source>
        <translation>Open invoices: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="231"/>
        <source>Applied: {amount}</source>
        <translation>Applied: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/allocation_table.py" line="237"/>
        <source>Left as prepayment: {amount}</source>
        <translation>Left as prepayment: {amount}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/views/shell/application.py" line="115"/>
        <source>Opening the database {location}…</source>
        <translation>Opening the database {location}…</translation>
    </message>
</context>
<context>
    <name>ApproveWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="77"/>
        <source>Approve the write-off</source>
        <translation>Approve the write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="81"/>
        <source>{amount} of invoice {number} is written off as bad debt on {date}.</source>
        <translation>{amount} of invoice {number} is written off as bad debt on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="89"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AuditEntryPanel</name>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="29"/>
        <source>Select an entry to see its values before and after.</source>
        <translation>Select an entry to see its values before and after.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="37"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="60"/>
        <source>{time} · {user} · {action} · {record}</source>
        <translation>{time} · {user} · {action} · {record}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="67"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_entry_panel.py" line="85"/>
        <source>Entry {id} · hash {hash}</source>
        <translation>Entry {id} · hash {hash}</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="63"/>
        <source>Search record id or reason</source>
        <translation>Search record id or reason</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="71"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="88"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="90"/>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="92"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="104"/>
        <source>From any day</source>
        <translation>From any day</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="105"/>
        <source>To any day</source>
        <translation>To any day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit/audit_log_page.py" line="138"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="153"/>
        <location filename="../../app/views/audit/audit_log_page.py" line="202"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="155"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="156"/>
        <source>audit-log</source>
        <translation>audit-log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="167"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="168"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="169"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="170"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="171"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="172"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="173"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit/audit_log_page.py" line="203"/>
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n entry written to {path}.</numerusform>
            <numerusform>%n entries written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../app/views/audit/audit_log_page.py" line="216"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="53"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="60"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="65"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="71"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_table_model.py" line="76"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="63"/>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="76"/>
        <source>This database is on a PostgreSQL server. Back it up on the server (pg_dump, or the server&apos;s scheduled backups) and restore it there (pg_restore): LabLedger makes no copies of a server database.</source>
        <translation>This database is on a PostgreSQL server. Back it up on the server (pg_dump, or the server&apos;s scheduled backups) and restore it there (pg_restore): LabLedger makes no copies of a server database.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="85"/>
        <source>LabLedger copies the database {path} into the backups folder once a day while it runs, and keeps the newest ones. Restoring puts a backup in place of the database; the database open now is kept beside it.</source>
        <translation>LabLedger copies the database {path} into the backups folder once a day while it runs, and keeps the newest ones. Restoring puts a backup in place of the database; the database open now is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="91"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="97"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="104"/>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="111"/>
        <source>Restore from file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="129"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="133"/>
        <source> daily backups</source>
        <translation> daily backups</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="134"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="143"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="192"/>
        <source>Backups folder</source>
        <translation>Backups folder</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="148"/>
        <source>Keep the newest</source>
        <translation>Keep the newest</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="206"/>
        <source>Backup settings saved.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="221"/>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="234"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="266"/>
        <location filename="../../app/views/backup/backup_dialog.py" line="292"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="236"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="249"/>
        <source>Restore the backup {file}?

It was written on {written}; its newest change is from {last}. It holds {customers} customers, {invoices} invoices, {payments} payments and {entries} audit entries.

The database open now is replaced by it and kept as a copy beside it. Anyone else using this database should close LabLedger first.</source>
        <translation>Restore the backup {file}?

It was written on {written}; its newest change is from {last}. It holds {customers} customers, {invoices} invoices, {payments} payments and {entries} audit entries.

The database open now is replaced by it and kept as a copy beside it. Anyone else using this database should close LabLedger first.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="258"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="271"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="289"/>
        <source>(there was none)</source>
        <translation>(there was none)</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_dialog.py" line="293"/>
        <source>Restored {file}. The database it replaced is kept as {kept}.</source>
        <translation>Restored {file}. The database it replaced is kept as {kept}.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../app/views/backup/backup_scheduler.py" line="61"/>
        <source>Daily backup saved: {path}</source>
        <translation>Daily backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/backup/backup_scheduler.py" line="67"/>
        <source>The daily backup failed: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BankLineEditor</name>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="54"/>
        <source>Confirm this line</source>
        <translation>Confirm this line</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="56"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="58"/>
        <source>Not a customer&apos;s payment (refund, interest, transfer)</source>
        <translation>Not a customer&apos;s payment (refund, interest, transfer)</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="63"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="74"/>
        <source>Settles:</source>
        <translation>Settles:</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="95"/>
        <source>Choose a line on the left</source>
        <translation>Choose a line on the left</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="112"/>
        <source>No customer found: type part of the customer&apos;s name.</source>
        <translation>No customer found: type part of the customer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="116"/>
        <source>Proposed: {customer} ({how}); {invoices}</source>
        <translation>Proposed: {customer} ({how}); {invoices}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="130"/>
        <source>Choose the customer from the list.</source>
        <translation>Choose the customer from the list.</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="132"/>
        <source>The customer&apos;s open invoices are still loading.</source>
        <translation>The customer&apos;s open invoices are still loading.</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="143"/>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="144"/>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="147"/>
        <source>Bank serial: {serial}</source>
        <translation>Bank serial: {serial}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="150"/>
        <source>Recorded as payment {number} of {customer}</source>
        <translation>Recorded as payment {number} of {customer}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="154"/>
        <source>From {file}</source>
        <translation>From {file}</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="175"/>
        <source>Chosen by hand.</source>
        <translation>Chosen by hand.</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_line_editor.py" line="206"/>
        <source>Chosen by hand; {invoices}</source>
        <translation>Chosen by hand; {invoices}</translation>
    </message>
</context>
<context>
    <name>BankLineTable</name>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="82"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="88"/>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="94"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="96"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="97"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="99"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="104"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BankStatementWindow</name>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="124"/>
        <source>Bank statements</source>
        <translation>Bank statements</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="129"/>
        <source>Import a statement file…</source>
        <translation>Import a statement file…</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="134"/>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="137"/>
        <source>Import the export of the bank (CSV, XLS or XLSX) as the bank gave it.</source>
        <translation>Import the export of the bank (CSV, XLS or XLSX) as the bank gave it.</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="156"/>
        <source>Confirm selected as proposed</source>
        <translation>Confirm selected as proposed</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="159"/>
        <source>Ignore selected</source>
        <translation>Ignore selected</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="161"/>
        <source>Back to confirm</source>
        <translation>Back to confirm</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="190"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="241"/>
        <source>%n line(s) shown; {waiting} to confirm, {amount} in all</source>
        <translation>
            <numerusform>%n line shown; {waiting} to confirm, {amount} in all</numerusform>
            <numerusform>%n lines shown; {waiting} to confirm, {amount} in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="300"/>
        <source>Confirm %n selected as proposed</source>
        <translation>
            <numerusform>Confirm %n selected as proposed</numerusform>
            <numerusform>Confirm %n selected as proposed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="312"/>
        <source>Import a bank statement</source>
        <translation>Import a bank statement</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="314"/>
        <source>Bank statements ({patterns})</source>
        <translation>Bank statements ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="322"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_statement_window.py" line="342"/>
        <source>The file was not imported.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="352"/>
        <source>Nothing new in {file} ({bank}): its %n line(s) were imported before.</source>
        <translation>
            <numerusform>Nothing new in {file} ({bank}): its %n line was imported before.</numerusform>
            <numerusform>Nothing new in {file} ({bank}): its %n lines were imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="358"/>
        <source>{file} ({bank}): %n new line(s), {credits} of them incoming to confirm; {already} imported before.</source>
        <translation>
            <numerusform>{file} ({bank}): %n new line, {credits} of them incoming to confirm; {already} imported before.</numerusform>
            <numerusform>{file} ({bank}): %n new lines, {credits} of them incoming to confirm; {already} imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/bank/bank_statement_window.py" line="403"/>
        <source>Recorded %n payment(s) of {amount} in all.</source>
        <translation>
            <numerusform>Recorded %n payment of {amount} in all.</numerusform>
            <numerusform>Recorded %n payments of {amount} in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="76"/>
        <source>Statements for every customer</source>
        <translation>Statements for every customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="79"/>
        <source>One PDF per customer, into a folder</source>
        <translation>One PDF per customer, into a folder</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="80"/>
        <source>All in one PDF file</source>
        <translation>All in one PDF file</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="85"/>
        <source>Drafts only (nothing is recorded, no numbers)</source>
        <translation>Drafts only (nothing is recorded, no numbers)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="90"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="91"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="96"/>
        <source>Every customer with a balance at the end of the period or entries in it gets a statement. Issued statements are recorded with a number; running the batch again for the same period reprints them under the same numbers.</source>
        <translation>Every customer with a balance at the end of the period or entries in it gets a statement. Issued statements are recorded with a number; running the batch again for the same period reprints them under the same numbers.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="109"/>
        <source>Write statements…</source>
        <translation>Write statements…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="121"/>
        <source>Writing statements</source>
        <translation>Writing statements</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="122"/>
        <location filename="../../app/views/statements/batch_dialog.py" line="159"/>
        <source>Finding the customers…</source>
        <translation>Finding the customers…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="136"/>
        <source>Save the statements as</source>
        <translation>Save the statements as</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="138"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="142"/>
        <source>Folder for the statements</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="149"/>
        <source>Statements_{start}_{end}.pdf</source>
        <translation>Statements_{start}_{end}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="176"/>
        <source>Stopping after the statement being written…</source>
        <translation>Stopping after the statement being written…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="182"/>
        <source>{done} of {total} statements written</source>
        <translation>{done} of {total} statements written</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="203"/>
        <source>Cancelled: {written} of {total} statements written to {where}; nothing further was issued.</source>
        <translation>Cancelled: {written} of {total} statements written to {where}; nothing further was issued.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="208"/>
        <source>Cancelled: the combined file was not written; nothing further was issued.</source>
        <translation>Cancelled: the combined file was not written; nothing further was issued.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="211"/>
        <source>No customer has a balance or entries in this period.</source>
        <translation>No customer has a balance or entries in this period.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="213"/>
        <source>{written} statements written to {where}.</source>
        <translation>{written} statements written to {where}.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/batch_dialog.py" line="218"/>
        <source>{count} of them were issued before with the same figures and keep their numbers.</source>
        <translation>{count} of them were issued before with the same figures and keep their numbers.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="176"/>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="177"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="178"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="185"/>
        <source>All salespeople</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="188"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="192"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="193"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="194"/>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="202"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="204"/>
        <location filename="../../app/views/calendar/calendar_page.py" line="214"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="213"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="215"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="216"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="217"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="218"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="236"/>
        <source>Double-click an item to open it.</source>
        <translation>Double-click an item to open it.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="252"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="253"/>
        <source>My tasks today</source>
        <translation>My tasks today</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="275"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="330"/>
        <source>Agenda of {day}</source>
        <translation>Agenda of {day}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="333"/>
        <source>Agenda of {start} to {end}</source>
        <translation>Agenda of {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="402"/>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="404"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_page.py" line="430"/>
        <source>{count} calendar items exported to {path}</source>
        <translation>{count} calendar items exported to {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="118"/>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="120"/>
        <source>Deadline passed</source>
        <translation>Deadline passed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_board_view.py" line="149"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="175"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="181"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="182"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="183"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="184"/>
        <source>At least {min} characters.</source>
        <translation>At least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="187"/>
        <source>An administrator reset your password: choose a new one before you go on.</source>
        <translation>An administrator reset your password: choose a new one before you go on.</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="49"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="50"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="51"/>
        <source>None (only inside the lab&apos;s network)</source>
        <translation>None (only inside the lab&apos;s network)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="54"/>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="55"/>
        <source>DingTalk</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="58"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="59"/>
        <source>A manager&apos;s team</source>
        <translation>A manager&apos;s team</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="60"/>
        <source>One salesperson</source>
        <translation>One salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="109"/>
        <source>Kept in the system keyring; blank keeps it</source>
        <translation>Kept in the system keyring; blank keeps it</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="113"/>
        <source>Mail server (reminders emailed to customers)</source>
        <translation>Mail server (reminders emailed to customers)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="116"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="117"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="118"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="119"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="120"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="121"/>
        <source>Sender&apos;s address</source>
        <translation>Sender&apos;s address</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="122"/>
        <source>Sender&apos;s name</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="123"/>
        <source>Reply-to address</source>
        <translation>Reply-to address</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="131"/>
        <source>Save mail server</source>
        <translation>Save mail server</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="138"/>
        <source>Send a test email to…</source>
        <translation>Send a test email to…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="139"/>
        <source>Send test email</source>
        <translation>Send test email</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="153"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="154"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="155"/>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="156"/>
        <source>Receives the messages of</source>
        <translation>Receives the messages of</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="157"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="158"/>
        <source>Signing secret (DingTalk)</source>
        <translation>Signing secret (DingTalk)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="170"/>
        <source>Each salesperson&apos;s reminders and escalations are also posted to the group robots that receive their messages: those for everyone, the robot of their manager&apos;s team and their own. Copy the webhook address from the group&apos;s robot settings; a DingTalk robot with signing (加签) needs its secret.</source>
        <translation>Each salesperson&apos;s reminders and escalations are also posted to the group robots that receive their messages: those for everyone, the robot of their manager&apos;s team and their own. Copy the webhook address from the group&apos;s robot settings; a DingTalk robot with signing (加签) needs its secret.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="180"/>
        <source>Add robot</source>
        <translation>Add robot</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="183"/>
        <source>Remove robot</source>
        <translation>Remove robot</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="186"/>
        <source>Save robots</source>
        <translation>Save robots</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="189"/>
        <source>Send test message</source>
        <translation>Send test message</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="194"/>
        <source>Team chat robots</source>
        <translation>Team chat robots</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="242"/>
        <source>Mail server saved.</source>
        <translation>Mail server saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="254"/>
        <source>Test email sent to {to}.</source>
        <translation>Test email sent to {to}.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="281"/>
        <source>blank keeps it</source>
        <translation>blank keeps it</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="343"/>
        <source>Robots saved.</source>
        <translation>Robots saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="350"/>
        <source>Choose the robot to test.</source>
        <translation>Choose the robot to test.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/channels_page.py" line="357"/>
        <source>Test message posted to {name}.</source>
        <translation>Test message posted to {name}.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="54"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="55"/>
        <source>Save this chart as a PNG picture</source>
        <translation>Save this chart as a PNG picture</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="116"/>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/chart_panel.py" line="118"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="95"/>
        <source>Invoiced and collected by month</source>
        <translation>Invoiced and collected by month</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="96"/>
        <source>Aging of receivables</source>
        <translation>Aging of receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="97"/>
        <source>Overdue ratio and DSO by month</source>
        <translation>Overdue ratio and DSO by month</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="98"/>
        <source>Ten customers most overdue</source>
        <translation>Ten customers most overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="107"/>
        <location filename="../../app/views/charts/charts_page.py" line="216"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="128"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="129"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="130"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="135"/>
        <source>The charts can be kept to a credit tier or a test category, not both.</source>
        <translation>The charts can be kept to a credit tier or a test category, not both.</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="140"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="141"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="142"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="143"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="161"/>
        <source>All salespeople</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="167"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="170"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="236"/>
        <source>Amount (10,000 yuan)</source>
        <translation>Amount (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="237"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="247"/>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="250"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="280"/>
        <source>Open on {date}: {amount}</source>
        <translation>Open on {date}: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="309"/>
        <location filename="../../app/views/charts/charts_page.py" line="325"/>
        <source>Overdue ratio (%)</source>
        <translation>Overdue ratio (%)</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="311"/>
        <location filename="../../app/views/charts/charts_page.py" line="326"/>
        <source>DSO (days)</source>
        <translation>DSO (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="336"/>
        <source>{month} overdue ratio: {ratio}</source>
        <translation>{month} overdue ratio: {ratio}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="341"/>
        <source>{month} DSO: {days} days</source>
        <translation>{month} DSO: {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="366"/>
        <source>Overdue on {date}</source>
        <translation>Overdue on {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="378"/>
        <source>{customer}: overdue {overdue} of {open} open</source>
        <translation>{customer}: overdue {overdue} of {open} open</translation>
    </message>
    <message>
        <location filename="../../app/views/charts/charts_page.py" line="394"/>
        <source>No customer is overdue.</source>
        <translation>No customer is overdue.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="42"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="45"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="59"/>
        <source>Export problems…</source>
        <translation>Export problems…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="62"/>
        <source>Skip the rows with problems and import the good rows</source>
        <translation>Skip the rows with problems and import the good rows</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="107"/>
        <source>Checking every row of {name}…</source>
        <translation>Checking every row of {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="112"/>
        <source>Stopping the check…</source>
        <translation>Stopping the check…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="116"/>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="128"/>
        <source>{read} rows checked: {good} can be imported.</source>
        <translation>{read} rows checked: {good} can be imported.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="135"/>
        <source>{rows} rows have {count} problems, listed below; nothing is imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>{rows} rows have {count} problems, listed below; nothing is imported until they are fixed in the file, or you choose to skip those rows.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="141"/>
        <source>The first {shown} are listed.</source>
        <translation>The first {shown} are listed.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="147"/>
        <source>Sheets left out (no usable header): {sheets}.</source>
        <translation>Sheets left out (no usable header): {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="154"/>
        <source>This file was imported before; rows already in LabLedger are not added again.</source>
        <translation>This file was imported before; rows already in LabLedger are not added again.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="174"/>
        <source>Export the problems as</source>
        <translation>Export the problems as</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="176"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="185"/>
        <source>{stem} problems.xlsx</source>
        <translation>{stem} problems.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/check_step.py" line="197"/>
        <source>Problems exported to {path}.</source>
        <translation>Problems exported to {path}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="34"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="35"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="36"/>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="37"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="38"/>
        <source>Quoted amount</source>
        <translation>Quoted amount</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="39"/>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="40"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="41"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="42"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="43"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="44"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="45"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="46"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="47"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="48"/>
        <source>Payment terms (days)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="49"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="50"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="51"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="52"/>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="53"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="54"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="55"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="56"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="59"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="60"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="92"/>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="99"/>
        <source>Nothing was saved and your input is still in the form. Reload shows what is saved now (your input is replaced); keep your input to copy it first.</source>
        <translation>Nothing was saved and your input is still in the form. Reload shows what is saved now (your input is replaced); keep your input to copy it first.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="106"/>
        <source>Saved by the other PC</source>
        <translation>Saved by the other PC</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="122"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/conflict_dialog.py" line="125"/>
        <source>Keep my input</source>
        <translation>Keep my input</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="42"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="43"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="45"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="46"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="66"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/contacts_editor.py" line="67"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="32"/>
        <source>Sign the contract for {code}</source>
        <translation>Sign the contract for {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="34"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="35"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="36"/>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="38"/>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="42"/>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="45"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="46"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="53"/>
        <source>The contract number is required.</source>
        <translation>The contract number is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="76"/>
        <source>Signed the contract of {code}</source>
        <translation>Signed the contract of {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="87"/>
        <source>The payment plan does not fit the contract</source>
        <translation>The payment plan does not fit the contract</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/contract_dialog.py" line="89"/>
        <source>The contract of {code} is signed for {contract}, but its payment plan adds up to {total}. Revise the plan (Payment plan…) so that the installments add up to the contract.</source>
        <translation>The contract of {code} is signed for {contract}, but its payment plan adds up to {total}. Revise the plan (Payment plan…) so that the installments add up to the contract.</translation>
    </message>
</context>
<context>
    <name>CreditHoldPanel</name>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="78"/>
        <source>Refused by credit control</source>
        <translation>Refused by credit control</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="83"/>
        <source>Only a manager can override this hold.</source>
        <translation>Only a manager can override this hold.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="86"/>
        <source>Override with reason…</source>
        <translation>Override with reason…</translation>
    </message>
</context>
<context>
    <name>CreditScore</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="58"/>
        <source>Paid {late} of {total} invoices late (-{points} points)</source>
        <translation>Paid {late} of {total} invoices late (-{points} points)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="59"/>
        <source>Paid all {total} invoices on time</source>
        <translation>Paid all {total} invoices on time</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="60"/>
        <source>Paid {days} days late on average, weighted by amount (-{points} points)</source>
        <translation>Paid {days} days late on average, weighted by amount (-{points} points)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="63"/>
        <source>{overdue} of the open {open} is overdue (-{points} points)</source>
        <translation>{overdue} of the open {open} is overdue (-{points} points)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="64"/>
        <source>Nothing is overdue</source>
        <translation>Nothing is overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="65"/>
        <source>{amount} written off as bad debt (-{points} points)</source>
        <translation>{amount} written off as bad debt (-{points} points)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="66"/>
        <source>Customer for only {days} days (-{points} points)</source>
        <translation>Customer for only {days} days (-{points} points)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="67"/>
        <source>The last {count} settled invoices were each paid more than {days} days late</source>
        <translation>The last {count} settled invoices were each paid more than {days} days late</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="70"/>
        <source>Paid {late} of {total} invoices late, {days} days on average</source>
        <translation>Paid {late} of {total} invoices late, {days} days on average</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="73"/>
        <source>Bad debt written off {days} days ago</source>
        <translation>Bad debt written off {days} days ago</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="74"/>
        <source>{amount} overdue, the oldest invoice {days} days past due</source>
        <translation>{amount} overdue, the oldest invoice {days} days past due</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="75"/>
        <source>No late payment, write-off or overdue invoice for {days} days</source>
        <translation>No late payment, write-off or overdue invoice for {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="78"/>
        <source>A customer for {days} days, every invoice of the last year paid on time</source>
        <translation>A customer for {days} days, every invoice of the last year paid on time</translation>
    </message>
</context>
<context>
    <name>CreditTiersPage</name>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="53"/>
        <source>Each customer belongs to a credit tier. The tier sets the payment terms and credit limit (a customer&apos;s own terms and limit win over them), when reminders go out, whom overdue invoices are escalated to, how much is paid in advance and whether reports wait for payment.</source>
        <translation>Each customer belongs to a credit tier. The tier sets the payment terms and credit limit (a customer&apos;s own terms and limit win over them), when reminders go out, whom overdue invoices are escalated to, how much is paid in advance and whether reports wait for payment.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="62"/>
        <source>Add tier…</source>
        <translation>Add tier…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="65"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="68"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="77"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="78"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="79"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="80"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="81"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="82"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="83"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="84"/>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="85"/>
        <source>Credit hold</source>
        <translation>Credit hold</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="86"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="87"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="94"/>
        <source>Days from the due date: negative before it, positive after it.</source>
        <translation>Days from the due date: negative before it, positive after it.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="118"/>
        <source>Credit tiers</source>
        <translation>Credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="129"/>
        <source>{role} after {days}</source>
        <translation>{role} after {days}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="134"/>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="139"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="137"/>
        <source>over {days} overdue</source>
        <translation>over {days} overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="151"/>
        <source>held until paid</source>
        <translation>held until paid</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="151"/>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="204"/>
        <source>Delete credit tier</source>
        <translation>Delete credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_tiers_page.py" line="205"/>
        <source>Delete the credit tier {name}?</source>
        <translation>Delete the credit tier {name}?</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="141"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="213"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="358"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="144"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="147"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="153"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="159"/>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="165"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="174"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="221"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="265"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="177"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="183"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="189"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="230"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="379"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="195"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="201"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="207"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="256"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="224"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="236"/>
        <source>Not yet applied</source>
        <translation>Not yet applied</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="242"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="248"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="251"/>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="268"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="274"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="280"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="286"/>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="292"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="298"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="304"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="313"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="367"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="319"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="373"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="325"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="331"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="334"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="340"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="346"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="352"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="385"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="394"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="395"/>
        <source>Projects ({count})</source>
        <translation>Projects ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="396"/>
        <source>Invoices ({count})</source>
        <translation>Invoices ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="397"/>
        <source>Payments ({count})</source>
        <translation>Payments ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="398"/>
        <source>Statements ({count})</source>
        <translation>Statements ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="399"/>
        <source>Follow-ups ({count})</source>
        <translation>Follow-ups ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="490"/>
        <source>Customer 360</source>
        <translation>Customer 360</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="494"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="504"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="505"/>
        <source>Log follow-up…</source>
        <translation>Log follow-up…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="506"/>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="507"/>
        <location filename="../../app/views/customers/customer_360_view.py" line="688"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="508"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="538"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="539"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="540"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="541"/>
        <source>Used credit</source>
        <translation>Used credit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="542"/>
        <source>Available credit</source>
        <translation>Available credit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="543"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="544"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="545"/>
        <source>Unapplied payments</source>
        <translation>Unapplied payments</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="546"/>
        <source>Average days late</source>
        <translation>Average days late</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="547"/>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="559"/>
        <source>Credit score (of 100)</source>
        <translation>Credit score (of 100)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="573"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="678"/>
        <source>{name} – Customer 360</source>
        <translation>{name} – Customer 360</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="684"/>
        <source>Salesperson: {name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="686"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="688"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="715"/>
        <source>Statement {number}</source>
        <translation>Statement {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="720"/>
        <source>Disputed in the reply of {date}: {note}</source>
        <translation>Disputed in the reply of {date}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="724"/>
        <source>What the customer disputes in its replies to statements.</source>
        <translation>What the customer disputes in its replies to statements.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="741"/>
        <source>No payment history yet.</source>
        <translation>No payment history yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="847"/>
        <source>New statement…</source>
        <translation>New statement…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="848"/>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="849"/>
        <source>Mark sent…</source>
        <translation>Mark sent…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="850"/>
        <source>Record reply…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="851"/>
        <source>Signed slip</source>
        <translation>Signed slip</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="852"/>
        <source>Dunning letter…</source>
        <translation>Dunning letter…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="705"/>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="750"/>
        <source>Proposed: move from {old} to {new}; waiting for a manager&apos;s decision.</source>
        <translation>Proposed: move from {old} to {new}; waiting for a manager&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="801"/>
        <source>Showing the latest {shown} of {total}; scroll down for more.</source>
        <translation>Showing the latest {shown} of {total}; scroll down for more.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_360_view.py" line="808"/>
        <source>Showing the latest {shown} events; scroll down for earlier ones.</source>
        <translation>Showing the latest {shown} events; scroll down for earlier ones.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="20"/>
        <source>Select a customer to see their details.</source>
        <translation>Select a customer to see their details.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="32"/>
        <source>Credit and balance</source>
        <translation>Credit and balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="33"/>
        <source>Aging of open invoices</source>
        <translation>Aging of open invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="34"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="35"/>
        <source>Invoicing details</source>
        <translation>Invoicing details</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="36"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="63"/>
        <source>Salesperson: {name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="65"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="69"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="70"/>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="73"/>
        <source>Contracts not yet invoiced</source>
        <translation>Contracts not yet invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="75"/>
        <source>Available credit</source>
        <translation>Available credit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="76"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="77"/>
        <source>Unapplied payments</source>
        <translation>Unapplied payments</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="78"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="86"/>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="90"/>
        <source>{name} – primary</source>
        <translation>{name} – primary</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="93"/>
        <source>WeChat: {id}</source>
        <translation>WeChat: {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="100"/>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="101"/>
        <source>Tax ID / USCC</source>
        <translation>Tax ID / USCC</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="102"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="103"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="104"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="109"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_detail_panel.py" line="110"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="112"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="112"/>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="126"/>
        <source>Required, e.g. 上海浦东环境监测站</source>
        <translation>Required, e.g. 上海浦东环境监测站</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="129"/>
        <source>Given automatically when left empty</source>
        <translation>Given automatically when left empty</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="131"/>
        <source>18 characters, e.g. 91310115MA1H7XXXX0</source>
        <translation>18 characters, e.g. 91310115MA1H7XXXX0</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="138"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="141"/>
        <source>e.g. 021-5888 0001 转 123 or 138 0013 8000</source>
        <translation>e.g. 021-5888 0001 转 123 or 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="146"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="147"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="148"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="149"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="150"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="151"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="152"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="153"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="156"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="163"/>
        <source>Own payment terms</source>
        <translation>Own payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="166"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="167"/>
        <source>Own credit limit</source>
        <translation>Own credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="184"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="186"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="187"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="188"/>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="195"/>
        <source>The customer&apos;s own payment terms and credit limit win over those of the tier. Reminders, escalation, prepayment and report holds follow the tier.</source>
        <translation>The customer&apos;s own payment terms and credit limit win over those of the tier. Reminders, escalation, prepayment and report holds follow the tier.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="203"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="207"/>
        <source>The customer&apos;s name when left empty</source>
        <translation>The customer&apos;s name when left empty</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="209"/>
        <source>The unified social credit code when left empty</source>
        <translation>The unified social credit code when left empty</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="216"/>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="217"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="218"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="219"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="220"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="223"/>
        <source>Invoicing</source>
        <translation>Invoicing</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="230"/>
        <source>One contact is the primary contact: statements and reminders go to them.</source>
        <translation>One contact is the primary contact: statements and reminders go to them.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="237"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="352"/>
        <source>Only managers change a customer&apos;s credit tier.</source>
        <translation>Only managers change a customer&apos;s credit tier.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="356"/>
        <source>(no longer active)</source>
        <translation>(no longer active)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="384"/>
        <source>The tier gives {terms} and a credit limit of {limit}.</source>
        <translation>The tier gives {terms} and a credit limit of {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="408"/>
        <source>Only a manager can raise the credit limit or lengthen the payment terms. You may keep them or make them stricter: at most {limit} and {terms}.</source>
        <translation>Only a manager can raise the credit limit or lengthen the payment terms. You may keep them or make them stricter: at most {limit} and {terms}.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="432"/>
        <source>{terms} ({terms_source}), credit limit {limit} ({limit_source})</source>
        <translation>{terms} ({terms_source}), credit limit {limit} ({limit_source})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="436"/>
        <location filename="../../app/views/customers/customer_dialog.py" line="441"/>
        <source>the customer&apos;s own</source>
        <translation>the customer&apos;s own</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="438"/>
        <location filename="../../app/views/customers/customer_dialog.py" line="443"/>
        <source>from the tier</source>
        <translation>from the tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="550"/>
        <source>Created customer {name}</source>
        <translation>Created customer {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_dialog.py" line="552"/>
        <source>Saved customer {name}</source>
        <translation>Saved customer {name}</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="25"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="26"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="27"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="28"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="29"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="30"/>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="34"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="35"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="36"/>
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="37"/>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="42"/>
        <source>No reply yet</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="43"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="44"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="48"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="49"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="50"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="51"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="52"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="53"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="102"/>
        <source>(promised {amount} by {date}: {status})</source>
        <translation>(promised {amount} by {date}: {status})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="105"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="106"/>
        <source>Red-letter invoice</source>
        <translation>Red-letter invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="107"/>
        <source>Invoice voided</source>
        <translation>Invoice voided</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="108"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="109"/>
        <source>Payment reversed</source>
        <translation>Payment reversed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="110"/>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="111"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="112"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="113"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="114"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="115"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="116"/>
        <source>Credit override</source>
        <translation>Credit override</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="60"/>
        <source>Search name, short name, code or USCC</source>
        <translation>Search name, short name, code or USCC</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="65"/>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="68"/>
        <source>Customer 360</source>
        <translation>Customer 360</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="71"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="74"/>
        <source>Log follow-up…</source>
        <translation>Log follow-up…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="81"/>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="84"/>
        <location filename="../../app/views/customers/customer_list_view.py" line="152"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="87"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="93"/>
        <source>All credit tiers</source>
        <translation>All credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="100"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="108"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="152"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_list_view.py" line="221"/>
        <location filename="../../app/views/shell/list_exports.py" line="66"/>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customers/customer_list_view.py" line="304"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/views/customers/customer_picker.py" line="30"/>
        <source>Type part of the customer&apos;s name or code</source>
        <translation>Type part of the customer&apos;s name or code</translation>
    </message>
</context>
<context>
    <name>CustomerSearchBox</name>
    <message>
        <location filename="../../app/views/customers/customer_search_box.py" line="29"/>
        <source>Type a name, code or USCC</source>
        <translation>Type a name, code or USCC</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="44"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="50"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="56"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="62"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="69"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="75"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="82"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="89"/>
        <source>Unapplied payments</source>
        <translation>Unapplied payments</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_table_model.py" line="95"/>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="32"/>
        <source>Quote → contract</source>
        <translation>Quote → contract</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="33"/>
        <source>Samples → report</source>
        <translation>Samples → report</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="34"/>
        <source>Report → invoice</source>
        <translation>Report → invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="35"/>
        <source>Invoice → cash</source>
        <translation>Invoice → cash</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="49"/>
        <source>By test category</source>
        <translation>By test category</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="50"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="51"/>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="142"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="155"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="156"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="157"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="159"/>
        <source>Slowest stage</source>
        <translation>Slowest stage</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="163"/>
        <source>{stage}
projects</source>
        <translation>{stage}
projects</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="164"/>
        <source>{stage}
average days</source>
        <translation>{stage}
average days</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="165"/>
        <source>{stage}
median days</source>
        <translation>{stage}
median days</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="170"/>
        <source>Project cycle times {dimension}, {start} to {end} (as of {as_of})</source>
        <translation>Project cycle times {dimension}, {start} to {end} (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="183"/>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="188"/>
        <source>Each stage counts the projects that reached its end in the period (or the month or quarter), from the first day they entered its start; projects that skipped the start are not counted. The slowest stage of each row (highest average) is highlighted.</source>
        <translation>Each stage counts the projects that reached its end in the period (or the month or quarter), from the first day they entered its start; projects that skipped the start are not counted. The slowest stage of each row (highest average) is highlighted.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="196"/>
        <source>Cycle times</source>
        <translation>Cycle times</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/cycle_tab.py" line="205"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>DashboardFiguresView</name>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="118"/>
        <source>Total receivables</source>
        <translation>Total receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="119"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="120"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="123"/>
        <source>Days sales outstanding: receivables at the end of the period / invoiced in the period × its days</source>
        <translation>Days sales outstanding: receivables at the end of the period / invoiced in the period × its days</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="127"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="130"/>
        <source>Collection effectiveness index: (opening receivables + invoiced − closing receivables) / (opening receivables + invoiced − closing current receivables) × 100</source>
        <translation>Collection effectiveness index: (opening receivables + invoiced − closing receivables) / (opening receivables + invoiced − closing current receivables) × 100</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="135"/>
        <source>Collected this month</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="150"/>
        <source>Show the list behind this figure</source>
        <translation>Show the list behind this figure</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="158"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="162"/>
        <source>the last {days} days</source>
        <translation>the last {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="166"/>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="173"/>
        <source>{ratio} of receivables</source>
        <translation>{ratio} of receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="179"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="195"/>
        <source>No target set for {month}</source>
        <translation>No target set for {month}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="199"/>
        <source>Target {target}: {share} reached</source>
        <translation>Target {target}: {share} reached</translation>
    </message>
</context>
<context>
    <name>DashboardListsView</name>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="224"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="227"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="230"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="251"/>
        <source>Show the list behind this figure</source>
        <translation>Show the list behind this figure</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="252"/>
        <source>Double-click a row to open the customer</source>
        <translation>Double-click a row to open the customer</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="271"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="283"/>
        <source>Customers most overdue ({count})</source>
        <translation>Customers most overdue ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="297"/>
        <source>Promises to pay {start} – {end}: {count}, {amount}</source>
        <translation>Promises to pay {start} – {end}: {count}, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/dashboard_view.py" line="318"/>
        <source>Statements awaiting the customer&apos;s reply: {count}</source>
        <translation>Statements awaiting the customer&apos;s reply: {count}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="33"/>
        <location filename="../../app/views/settings/database_dialog.py" line="157"/>
        <source>Change database</source>
        <translation>Change database</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="38"/>
        <source>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</source>
        <translation>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="45"/>
        <source>Default local file ({path})</source>
        <translation>Default local file ({path})</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="47"/>
        <source>SQLite file (local or on a shared folder)</source>
        <translation>SQLite file (local or on a shared folder)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="48"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="53"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="88"/>
        <source>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</source>
        <translation>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="109"/>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="111"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="132"/>
        <source>Enter the path of the database file.</source>
        <translation>Enter the path of the database file.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="134"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="137"/>
        <source>A server address starts with postgresql://</source>
        <translation>A server address starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="141"/>
        <source>This is not a valid database address.</source>
        <translation>This is not a valid database address.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/database_dialog.py" line="158"/>
        <source>LabLedger will open {location} the next time it starts.</source>
        <translation>LabLedger will open {location} the next time it starts.</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="46"/>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="50"/>
        <source>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</source>
        <translation>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="69"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="70"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="71"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="75"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
</context>
<context>
    <name>DemoGeneration</name>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="96"/>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="97"/>
        <source>Generating demo data…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="143"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="148"/>
        <source>Cancelled. Nothing was written to the database.</source>
        <translation>Cancelled. Nothing was written to the database.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="151"/>
        <source>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</source>
        <translation>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/demo_data_dialog.py" line="158"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>DunningPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="177"/>
        <source>Dunning letter – {customer}</source>
        <translation>Dunning letter – {customer}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="178"/>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="186"/>
        <source>Record as sent</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="187"/>
        <source>Log the letter in the customer&apos;s follow-ups.</source>
        <translation>Log the letter in the customer&apos;s follow-ups.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="198"/>
        <source>The dunning letter to {customer} is logged in its follow-ups.</source>
        <translation>The dunning letter to {customer} is logged in its follow-ups.</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="891"/>
        <source>LabLedger</source>
        <translation>LabLedger</translation>
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
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="79"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="122"/>
        <source>Could not write {path}: {reason}. If the file is open in Excel, close it and export again.</source>
        <translation>Could not write {path}: {reason}. If the file is open in Excel, close it and export again.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/excel_export.py" line="130"/>
        <source>Exported {count} rows to {path}.</source>
        <translation>Exported {count} rows to {path}.</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="49"/>
        <source>Choose an Excel workbook (.xlsx, .xls) or a CSV file. LabLedger finds the header row and the columns itself; the next steps show what it found, and nothing is written before the last step.</source>
        <translation>Choose an Excel workbook (.xlsx, .xls) or a CSV file. LabLedger finds the header row and the columns itself; the next steps show what it found, and nothing is written before the last step.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="57"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="58"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="67"/>
        <location filename="../../app/views/importing/file_step.py" line="200"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="78"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="79"/>
        <source>Sheets to import</source>
        <translation>Sheets to import</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="80"/>
        <source>Records in the file</source>
        <translation>Records in the file</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="84"/>
        <source>Import a bank statement…</source>
        <translation>Import a bank statement…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="88"/>
        <source>A bank statement, to record the payments it shows:</source>
        <translation>A bank statement, to record the payments it shows:</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="106"/>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="108"/>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="125"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="150"/>
        <source>{sheet} ({rows} rows)</source>
        <translation>{sheet} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="159"/>
        <source>The file has no sheets.</source>
        <translation>The file has no sheets.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="165"/>
        <source>Looking for the header…</source>
        <translation>Looking for the header…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="181"/>
        <source>No header row was recognised on the first sheet: choose the kind of records, then say in the next step which column holds what.</source>
        <translation>No header row was recognised on the first sheet: choose the kind of records, then say in the next step which column holds what.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="187"/>
        <source>Header found on sheet {sheet}, row {row}.</source>
        <translation>Header found on sheet {sheet}, row {row}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/file_step.py" line="198"/>
        <source>Automatic ({kind})</source>
        <translation>Automatic ({kind})</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="134"/>
        <source>Welcome to LabLedger – the administrator</source>
        <translation>Welcome to LabLedger – the administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="144"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="146"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="147"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="150"/>
        <source>Nobody can log in to this database yet. Create its administrator: they add the other users (Settings › Users) and decide what each may see and do. The password needs at least {min} characters.</source>
        <translation>Nobody can log in to this database yet. Create its administrator: they add the other users (Settings › Users) and decide what each may see and do. The password needs at least {min} characters.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="57"/>
        <source>Log follow-up – {name}</source>
        <translation>Log follow-up – {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="70"/>
        <source>What was said or agreed</source>
        <translation>What was said or agreed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="73"/>
        <source>(no particular project)</source>
        <translation>(no particular project)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="77"/>
        <source>Remind me on</source>
        <translation>Remind me on</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="85"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="86"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="87"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="93"/>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="100"/>
        <source>Amount promised</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="101"/>
        <source>To be paid by</source>
        <translation>To be paid by</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/follow_up_dialog.py" line="108"/>
        <source>LabLedger checks the payments that arrive and marks the promise kept, partly kept or broken.</source>
        <translation>LabLedger checks the payments that arrive and marks the promise kept, partly kept or broken.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="243"/>
        <source>Done: {action}</source>
        <translation>Done: {action}</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="57"/>
        <source>Hand over customer</source>
        <translation>Hand over customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="64"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="68"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="78"/>
        <source>Hand over to</source>
        <translation>Hand over to</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="79"/>
        <source>From (date)</source>
        <translation>From (date)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="84"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="90"/>
        <source>Who owned the customer when</source>
        <translation>Who owned the customer when</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="112"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="118"/>
        <source>Salesperson now: {name}</source>
        <translation>Salesperson now: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/hand_over_dialog.py" line="118"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>HiddenRecordNote</name>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="24"/>
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="26"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/hidden_record_note.py" line="38"/>
        <source>{name} is saved, but the search or filters hide it from the list below.</source>
        <translation>{name} is saved, but the search or filters hide it from the list below.</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="17"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="18"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="19"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="20"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="21"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="22"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="23"/>
        <source>Terms (days)</source>
        <translation>Terms (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="24"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="25"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="26"/>
        <source>Project code</source>
        <translation>Project code</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="27"/>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="28"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="29"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="30"/>
        <source>Invoice amount</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="31"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="32"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="33"/>
        <source>Settled on</source>
        <translation>Settled on</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="34"/>
        <source>Payment date</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="35"/>
        <source>Payment amount</source>
        <translation>Payment amount</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="36"/>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="37"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="38"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="41"/>
        <source>Ledger (invoices with their payments)</source>
        <translation>Ledger (invoices with their payments)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="42"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="43"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="44"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="45"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="49"/>
        <source>Customers created</source>
        <translation>Customers created</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="50"/>
        <source>Customers matched</source>
        <translation>Customers matched</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="51"/>
        <source>Projects created</source>
        <translation>Projects created</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="52"/>
        <source>Invoices created</source>
        <translation>Invoices created</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="53"/>
        <source>Payments created</source>
        <translation>Payments created</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="54"/>
        <source>Payment allocations created</source>
        <translation>Payment allocations created</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="55"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="56"/>
        <source>Rows imported before (matched)</source>
        <translation>Rows imported before (matched)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="57"/>
        <source>Rows skipped (with problems)</source>
        <translation>Rows skipped (with problems)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="87"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="100"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_labels.py" line="111"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="74"/>
        <source>1 File</source>
        <translation>1 File</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="75"/>
        <source>2 Columns</source>
        <translation>2 Columns</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="76"/>
        <source>3 Preview</source>
        <translation>3 Preview</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="77"/>
        <source>4 Check</source>
        <translation>4 Check</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="78"/>
        <source>5 Import</source>
        <translation>5 Import</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="108"/>
        <source>You can look at a file here, but not check or import it.</source>
        <translation>You can look at a file here, but not check or import it.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="113"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="115"/>
        <location filename="../../app/views/importing/import_page.py" line="209"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_page.py" line="209"/>
        <source>Continue to import &gt;</source>
        <translation>Continue to import &gt;</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="58"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="69"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="69"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="71"/>
        <source>Import another file</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="94"/>
        <source>Import {kind} from {name}, sheets {sheets}.</source>
        <translation>Import {kind} from {name}, sheets {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="98"/>
        <source>Rows with problems are skipped.</source>
        <translation>Rows with problems are skipped.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="100"/>
        <source>If any row has a problem, nothing is imported.</source>
        <translation>If any row has a problem, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="111"/>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="116"/>
        <source>Stopping; nothing will be written…</source>
        <translation>Stopping; nothing will be written…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="129"/>
        <source>{name} imported.</source>
        <translation>{name} imported.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="131"/>
        <source>Nothing new to import from {name}.</source>
        <translation>Nothing new to import from {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/import_step.py" line="133"/>
        <source>The file was imported before.</source>
        <translation>The file was imported before.</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_dialog.py" line="24"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_dialog.py" line="33"/>
        <source>Invoice {number}</source>
        <translation>Invoice {number}</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailPanel</name>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="40"/>
        <source>Select an invoice to see its details.</source>
        <translation>Select an invoice to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="50"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="51"/>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="57"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="88"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="93"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="94"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="95"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="97"/>
        <source>Cancels invoice</source>
        <translation>Cancels invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="99"/>
        <source>Reason for voiding</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="101"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="104"/>
        <source>Amount incl. tax</source>
        <translation>Amount incl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="106"/>
        <source>Tax ({rate})</source>
        <translation>Tax ({rate})</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="108"/>
        <source>Amount excl. tax</source>
        <translation>Amount excl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="109"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="110"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="113"/>
        <source>Write-off waiting for approval</source>
        <translation>Write-off waiting for approval</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="117"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="121"/>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_detail_panel.py" line="121"/>
        <source>Nothing has settled this invoice yet.</source>
        <translation>Nothing has settled this invoice yet.</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="60"/>
        <source>Search invoice number (from the start) or customer</source>
        <translation>Search invoice number (from the start) or customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="64"/>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="74"/>
        <source>Issue invoice…</source>
        <translation>Issue invoice…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="81"/>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="280"/>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="88"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="95"/>
        <source>Red-letter…</source>
        <translation>Red-letter…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="98"/>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="101"/>
        <source>Write off…</source>
        <translation>Write off…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="108"/>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="291"/>
        <source>Write-off requests</source>
        <translation>Write-off requests</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="139"/>
        <location filename="../../app/views/shell/list_exports.py" line="74"/>
        <source>Invoice list</source>
        <translation>Invoice list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/invoices/invoice_list_view.py" line="142"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="149"/>
        <source>of which overdue</source>
        <translation>of which overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="278"/>
        <source>Invoice requests ({count})</source>
        <translation>Invoice requests ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_list_view.py" line="289"/>
        <source>Write-off requests ({count})</source>
        <translation>Write-off requests ({count})</translation>
    </message>
</context>
<context>
    <name>InvoiceRequestsDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="322"/>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
</context>
<context>
    <name>InvoiceRequestsPage</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="74"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="213"/>
        <source>Request no.</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="77"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="214"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="80"/>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="215"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="83"/>
        <source>Amount incl. tax</source>
        <translation>Amount incl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="87"/>
        <source>Kind and tax rate</source>
        <translation>Kind and tax rate</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="94"/>
        <source>Note from sales</source>
        <translation>Note from sales</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="216"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="217"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="218"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="219"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="225"/>
        <source>No invoice requests are waiting.</source>
        <translation>No invoice requests are waiting.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="228"/>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="231"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="249"/>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="52"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="58"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="65"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="71"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="78"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="85"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="92"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="105"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_table_model.py" line="111"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="78"/>
        <source>Issue an invoice</source>
        <translation>Issue an invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="82"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="84"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="85"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="87"/>
        <source>Amount incl. tax</source>
        <translation>Amount incl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="89"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="93"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="95"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="96"/>
        <source>Set a due date</source>
        <translation>Set a due date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="97"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="102"/>
        <source>Leave empty to number it automatically</source>
        <translation>Leave empty to number it automatically</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="103"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="105"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="106"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="124"/>
        <source>Choose the customer from the list.</source>
        <translation>Choose the customer from the list.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="127"/>
        <source>The due date is before the issue date.</source>
        <translation>The due date is before the issue date.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="161"/>
        <source>Issued invoice {number} to {customer}</source>
        <translation>Issued invoice {number} to {customer}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="207"/>
        <source>Due {date}: the customer&apos;s terms of {days} days.</source>
        <translation>Due {date}: the customer&apos;s terms of {days} days.</translation>
    </message>
</context>
<context>
    <name>IssueRequestDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="106"/>
        <source>Issue the requested invoice</source>
        <translation>Issue the requested invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="110"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="112"/>
        <source>Set a due date (otherwise the installment&apos;s or the customer&apos;s terms)</source>
        <translation>Set a due date (otherwise the installment&apos;s or the customer&apos;s terms)</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="115"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="120"/>
        <source>Leave empty to number it automatically</source>
        <translation>Leave empty to number it automatically</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="121"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="122"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="146"/>
        <source>Due {date}: the due date of installment {n} in the payment plan.</source>
        <translation>Due {date}: the due date of installment {n} in the payment plan.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="151"/>
        <source>Due {date}: the customer&apos;s terms of {days} days.</source>
        <translation>Due {date}: the customer&apos;s terms of {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="156"/>
        <source>Installment {n} fell due on {date}, before the issue date.</source>
        <translation>Installment {n} fell due on {date}, before the issue date.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="159"/>
        <source>Installment {n} has no due date yet.</source>
        <translation>Installment {n} has no due date yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="167"/>
        <source>The due date is before the issue date.</source>
        <translation>The due date is before the issue date.</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="49"/>
        <source>By customer</source>
        <translation>By customer</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="50"/>
        <source>By test category</source>
        <translation>By test category</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="51"/>
        <source>By salesperson</source>
        <translation>By salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="52"/>
        <source>By credit tier</source>
        <translation>By credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="53"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="54"/>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="57"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="58"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="59"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="60"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="61"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="62"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="65"/>
        <source>(no customer)</source>
        <translation>(no customer)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="66"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="67"/>
        <source>(no salesperson)</source>
        <translation>(no salesperson)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="68"/>
        <source>(no tier)</source>
        <translation>(no tier)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="72"/>
        <source>Opening AR</source>
        <translation>Opening AR</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="73"/>
        <source>Closing AR</source>
        <translation>Closing AR</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="74"/>
        <source>Overdue AR</source>
        <translation>Overdue AR</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="75"/>
        <source>Overdue ratio</source>
        <translation>Overdue ratio</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="76"/>
        <source>DSO (days)</source>
        <translation>DSO (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="77"/>
        <source>Countback DSO (days)</source>
        <translation>Countback DSO (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="78"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="79"/>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="80"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="81"/>
        <source>Due in period</source>
        <translation>Due in period</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="82"/>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="83"/>
        <source>Average days to pay</source>
        <translation>Average days to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="84"/>
        <source>Paid on time</source>
        <translation>Paid on time</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="85"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="86"/>
        <source>Bad-debt provision</source>
        <translation>Bad-debt provision</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="87"/>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="181"/>
        <source>Overdue ratio = overdue AR / closing AR; DSO = closing AR / invoiced x days; countback DSO counts back the months of invoicing the closing AR covers; CEI = (opening AR + invoiced - closing AR) / (opening AR + invoiced - closing current AR) x 100; collection rate = collected (by cash-receipt date, less reversals) / due in the period; average days to pay and paid on time over the money applied in the period, weighted by amount; bad-debt provision by accounting band at the period&apos;s end.</source>
        <translation>Overdue ratio = overdue AR / closing AR; DSO = closing AR / invoiced x days; countback DSO counts back the months of invoicing the closing AR covers; CEI = (opening AR + invoiced - closing AR) / (opening AR + invoiced - closing current AR) x 100; collection rate = collected (by cash-receipt date, less reversals) / due in the period; average days to pay and paid on time over the money applied in the period, weighted by amount; bad-debt provision by accounting band at the period&apos;s end.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="191"/>
        <source>The totals row is the whole ledger&apos;s KPIs for the period.</source>
        <translation>The totals row is the whole ledger&apos;s KPIs for the period.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="197"/>
        <source>By test category, collected is the money applied to the category&apos;s invoices and prepayments are left out: the rows need not add up to the totals row&apos;s collected.</source>
        <translation>By test category, collected is the money applied to the category&apos;s invoices and prepayments are left out: the rows need not add up to the totals row&apos;s collected.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="206"/>
        <source>Customers are grouped by today&apos;s salesperson and tier; the salesperson performance tab credits hand-overs by date.</source>
        <translation>Customers are grouped by today&apos;s salesperson and tier; the salesperson performance tab credits hand-overs by date.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="214"/>
        <source>Each row is the KPIs of that month or quarter (cut to the period).</source>
        <translation>Each row is the KPIs of that month or quarter (cut to the period).</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="220"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="224"/>
        <source>Receivables KPIs {dimension}, {start} to {end} (as of {as_of})</source>
        <translation>Receivables KPIs {dimension}, {start} to {end} (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="237"/>
        <source>Whole ledger</source>
        <translation>Whole ledger</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="242"/>
        <source>Receivables KPIs</source>
        <translation>Receivables KPIs</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="250"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="263"/>
        <source>The whole ledger…</source>
        <translation>The whole ledger…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="264"/>
        <source>Each group…</source>
        <translation>Each group…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/kpi_tab.py" line="265"/>
        <source>{piece}…</source>
        <translation>{piece}…</translation>
    </message>
</context>
<context>
    <name>LabProfileDialog</name>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="32"/>
        <source>Lab profile</source>
        <translation>Lab profile</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="35"/>
        <source>Lab name</source>
        <translation>Lab name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="37"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="38"/>
        <source>Tax ID (USCC)</source>
        <translation>Tax ID (USCC)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="39"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="40"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="41"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="60"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="61"/>
        <source>18 characters, e.g. 91310115MA1H7XXXX0</source>
        <translation>18 characters, e.g. 91310115MA1H7XXXX0</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/lab_profile_dialog.py" line="62"/>
        <source>e.g. 021-5888 0001 转 123</source>
        <translation>e.g. 021-5888 0001 转 123</translation>
    </message>
</context>
<context>
    <name>LargeAmountCheck</name>
    <message>
        <location filename="../../app/views/widgets/large_amounts.py" line="65"/>
        <source>Large amount</source>
        <translation>Large amount</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/large_amounts.py" line="67"/>
        <source>{amounts}

This is more than {limit}, above which LabLedger asks before saving, in case of a typing slip. Save it?</source>
        <translation>{amounts}

This is more than {limit}, above which LabLedger asks before saving, in case of a typing slip. Save it?</translation>
    </message>
</context>
<context>
    <name>LargeAmountDialog</name>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="28"/>
        <source>Large amounts</source>
        <translation>Large amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="35"/>
        <source>Invoices, payments, contracts, quotes and write-offs above this amount are confirmed before they are saved, in case of a typing slip. No amount can be more than {max}.</source>
        <translation>Invoices, payments, contracts, quotes and write-offs above this amount are confirmed before they are saved, in case of a typing slip. No amount can be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/large_amount_dialog.py" line="47"/>
        <source>Ask above</source>
        <translation>Ask above</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/tables/view_export.py" line="33"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/view_export.py" line="34"/>
        <source>The rows of this table as shown, to an Excel workbook</source>
        <translation>The rows of this table as shown, to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="25"/>
        <source>Search: “{text}”</source>
        <translation>Search: “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="26"/>
        <source>Filters: {filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="27"/>
        <source>Filters: none (all rows)</source>
        <translation>Filters: none (all rows)</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="28"/>
        <source>Sorted by: {column}, {order}</source>
        <translation>Sorted by: {column}, {order}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="29"/>
        <source>ascending</source>
        <translation>ascending</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="30"/>
        <source>descending</source>
        <translation>descending</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="31"/>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="32"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/tables/list_file.py" line="33"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="103"/>
        <source>Log in – LabLedger</source>
        <translation>Log in – LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="110"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="111"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="112"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="113"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LoginRulesBox</name>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="33"/>
        <source>Log-in rules</source>
        <translation>Log-in rules</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="40"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="43"/>
        <source>The command line requires a log-in (--user); init, check, backup, restore and remind run without</source>
        <translation>The command line requires a log-in (--user); init, check, backup, restore and remind run without</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="47"/>
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="52"/>
        <source>Lock an account after failed log-ins</source>
        <translation>Lock an account after failed log-ins</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="53"/>
        <source>Lock for</source>
        <translation>Lock for</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_rules.py" line="59"/>
        <source>Only an administrator changes these.</source>
        <translation>Only an administrator changes these.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="151"/>
        <location filename="../../app/views/shell/main_window.py" line="300"/>
        <source>LabLedger – receivables</source>
        <translation>LabLedger – receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="183"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="185"/>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="208"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="210"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="214"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="218"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="219"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="222"/>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="228"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="234"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="238"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="241"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="245"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="249"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="250"/>
        <source>Change &amp;database…</source>
        <translation>Change &amp;database…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="255"/>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="258"/>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Log out / switch user</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="261"/>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="269"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="270"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="276"/>
        <source>&amp;About LabLedger</source>
        <translation>&amp;About LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="285"/>
        <source>Waiting for another PC to finish saving…</source>
        <translation>Waiting for another PC to finish saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="302"/>
        <source>{lab} – LabLedger</source>
        <translation>{lab} – LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="307"/>
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="315"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="73"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="77"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="80"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="90"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="92"/>
        <source>Delete mapping</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="95"/>
        <source>Saved mapping</source>
        <translation>Saved mapping</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="106"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="107"/>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="108"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="109"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="150"/>
        <source>Reading the sheet…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="178"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="196"/>
        <source>No header row recognised: give its number, then choose the columns.</source>
        <translation>No header row recognised: give its number, then choose the columns.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="202"/>
        <source>Header: row {rows}; data from row {first}.</source>
        <translation>Header: row {rows}; data from row {first}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="217"/>
        <source>{kind} needs a column for: {fields}.</source>
        <translation>{kind} needs a column for: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="277"/>
        <source>(as found in the file)</source>
        <translation>(as found in the file)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="281"/>
        <source>{name} (comes with LabLedger)</source>
        <translation>{name} (comes with LabLedger)</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="324"/>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="325"/>
        <source>Save the mapping under the name:</source>
        <translation>Save the mapping under the name:</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/mapping_step.py" line="349"/>
        <source>Mapping {name} saved.</source>
        <translation>Mapping {name} saved.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="160"/>
        <source>Statement {number} sent</source>
        <translation>Statement {number} sent</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="167"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="170"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="41"/>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="46"/>
        <source>When the same customer was entered twice, merge the duplicate into the customer to keep: its invoices, payments, projects, contacts, follow-ups and statements move over, its name is remembered as a payer name, and the duplicate is archived.</source>
        <translation>When the same customer was entered twice, merge the duplicate into the customer to keep: its invoices, payments, projects, contacts, follow-ups and statements move over, its name is remembered as a payer name, and the duplicate is archived.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="55"/>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="58"/>
        <source>Customer to keep</source>
        <translation>Customer to keep</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="59"/>
        <source>Duplicate to merge</source>
        <translation>Duplicate to merge</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="62"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="63"/>
        <source>Merged and archived</source>
        <translation>Merged and archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="68"/>
        <source>I understand that this cannot be undone.</source>
        <translation>I understand that this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="76"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="124"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="125"/>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="126"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="127"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="129"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="130"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="131"/>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="133"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="133"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="168"/>
        <source>Customers merged</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/merge_dialog.py" line="170"/>
        <source>{duplicate} was merged into {keep}: {invoices} invoices, {payments} payments, {projects} projects, {contacts} contacts and {follow_ups} follow-ups moved.</source>
        <translation>{duplicate} was merged into {keep}: {invoices} invoices, {payments} payments, {projects} projects, {contacts} contacts and {follow_ups} follow-ups moved.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="95"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="112"/>
        <source>Reload shows what is saved now; your changes in this form are lost.</source>
        <translation>Reload shows what is saved now; your changes in this form are lost.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="49"/>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="63"/>
        <source>Not an amount; type it like 12,345.60.</source>
        <translation>Not an amount; type it like 12,345.60.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="66"/>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/money_edit.py" line="59"/>
        <source>The amount cannot be more than {max}.</source>
        <translation>The amount cannot be more than {max}.</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="44"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="48"/>
        <source>Work on the task…</source>
        <translation>Work on the task…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="51"/>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="142"/>
        <source>Tasks of</source>
        <translation>Tasks of</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="60"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="61"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="62"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="63"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="65"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="66"/>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="67"/>
        <source>Next date</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="104"/>
        <source>{count} tasks, {amount} overdue</source>
        <translation>{count} tasks, {amount} overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="113"/>
        <source>+{days} days</source>
        <translation>+{days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/my_tasks_page.py" line="141"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="45"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="48"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="50"/>
        <source>For example: 2026 annual wastewater monitoring</source>
        <translation>For example: 2026 annual wastewater monitoring</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="51"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="56"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="58"/>
        <location filename="../../app/views/projects/project_dialog.py" line="63"/>
        <location filename="../../app/views/projects/project_dialog.py" line="65"/>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="62"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="64"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="66"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="68"/>
        <source>Set a deadline for the current stage</source>
        <translation>Set a deadline for the current stage</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="70"/>
        <source>Stage deadline</source>
        <translation>Stage deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="73"/>
        <source>Quote lines (leave them empty to record a lead):</source>
        <translation>Quote lines (leave them empty to record a lead):</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="83"/>
        <source>Choose the customer from the list.</source>
        <translation>Choose the customer from the list.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="85"/>
        <source>The project title is required.</source>
        <translation>The project title is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="112"/>
        <source>Created project {code}</source>
        <translation>Created project {code}</translation>
    </message>
</context>
<context>
    <name>NewStatementDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="83"/>
        <source>New statement</source>
        <translation>New statement</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="95"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="96"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="103"/>
        <source>The preview shows the statement as a draft; issue it from there to record it with a number.</source>
        <translation>The preview shows the statement as a draft; issue it from there to record it with a number.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="110"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="333"/>
        <source>Notifications: {count}</source>
        <translation>Notifications: {count}</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="334"/>
        <source>{count} unread notifications</source>
        <translation>{count} unread notifications</translation>
    </message>
</context>
<context>
    <name>NotificationCentreDialog</name>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="128"/>
        <location filename="../../app/views/notifications/notification_centre.py" line="198"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="132"/>
        <source>Until users log in, LabLedger shows the notifications of every user (the column “For” says whose).</source>
        <translation>Until users log in, LabLedger shows the notifications of every user (the column “For” says whose).</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="140"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="148"/>
        <source>No notifications.</source>
        <translation>No notifications.</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="152"/>
        <source>Open the item</source>
        <translation>Open the item</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="153"/>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="154"/>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="155"/>
        <source>Snooze 1 hour</source>
        <translation>Snooze 1 hour</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="156"/>
        <source>Snooze until tomorrow morning</source>
        <translation>Snooze until tomorrow morning</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_centre.py" line="157"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="35"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="36"/>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="37"/>
        <source>Invoices (when left empty)</source>
        <translation>Invoices (when left empty)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="38"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="39"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="57"/>
        <source>Each kind of document is numbered by its pattern: text of your own with {yyyy} (year), {yy} (year, two digits), {mm} (month) and the running number {seq:6} (six digits, as many as you like from 1 to 9). The running number starts again each month when the pattern shows the month, each year when it shows only the year, and never without either. Numbers already given stay as they are; a new pattern carries on counting and skips numbers already used.</source>
        <translation>Each kind of document is numbered by its pattern: text of your own with {yyyy} (year), {yy} (year, two digits), {mm} (month) and the running number {seq:6} (six digits, as many as you like from 1 to 9). The running number starts again each month when the pattern shows the month, each year when it shows only the year, and never without either. Numbers already given stay as they are; a new pattern carries on counting and skips numbers already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="78"/>
        <source>Next number (dated today)</source>
        <translation>Next number (dated today)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="93"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="96"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/numbering_page.py" line="248"/>
        <source>Numbering rules saved.</source>
        <translation>Numbering rules saved.</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="36"/>
        <source>Override the hold</source>
        <translation>Override the hold</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="38"/>
        <source>You are about to save despite this refusal:</source>
        <translation>You are about to save despite this refusal:</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="42"/>
        <source>Your reason is kept in the audit log with your name.</source>
        <translation>Your reason is kept in the audit log with your name.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="44"/>
        <source>Why the lab accepts the risk</source>
        <translation>Why the lab accepts the risk</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/credit_override.py" line="46"/>
        <source>Override and save</source>
        <translation>Override and save</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="88"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="91"/>
        <source>Every row of this list as searched, filtered and sorted, with the columns shown, to an Excel workbook</source>
        <translation>Every row of this list as searched, filtered and sorted, with the columns shown, to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="160"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/paged_list_page.py" line="228"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PaymentDetailDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_dialog.py" line="33"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_dialog.py" line="45"/>
        <source>Payment {number}</source>
        <translation>Payment {number}</translation>
    </message>
</context>
<context>
    <name>PaymentDetailPanel</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="93"/>
        <source>Select a payment to see its details.</source>
        <translation>Select a payment to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="104"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="105"/>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="106"/>
        <source>Customer&apos;s account</source>
        <translation>Customer&apos;s account</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="112"/>
        <source>Amount applied</source>
        <translation>Amount applied</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="120"/>
        <source>Remove allocation…</source>
        <translation>Remove allocation…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="132"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="172"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="173"/>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="175"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="177"/>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="179"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="180"/>
        <source>Applied to invoices</source>
        <translation>Applied to invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="181"/>
        <source>Left as prepayment</source>
        <translation>Left as prepayment</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="183"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="201"/>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="183"/>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="187"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="202"/>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="203"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="204"/>
        <source>Prepayments not yet applied</source>
        <translation>Prepayments not yet applied</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="206"/>
        <source>Open invoices of the customer</source>
        <translation>Open invoices of the customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="208"/>
        <source>The customer has no open invoices.</source>
        <translation>The customer has no open invoices.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="227"/>
        <source>Applied to</source>
        <translation>Applied to</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="227"/>
        <source>Not applied to any invoice.</source>
        <translation>Not applied to any invoice.</translation>
    </message>
</context>
<context>
    <name>PaymentListView</name>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="49"/>
        <source>Search payment number, bank reference, payer or customer</source>
        <translation>Search payment number, bank reference, payer or customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="52"/>
        <source>All payments</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="62"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="69"/>
        <source>Allocate to invoices…</source>
        <translation>Allocate to invoices…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="76"/>
        <source>Apply customer&apos;s prepayments</source>
        <translation>Apply customer&apos;s prepayments</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="83"/>
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="87"/>
        <source>Import bank statement…</source>
        <translation>Import bank statement…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/list_exports.py" line="82"/>
        <location filename="../../app/views/payments/payment_list_view.py" line="105"/>
        <source>Payment list</source>
        <translation>Payment list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/payments/payment_list_view.py" line="108"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="171"/>
        <location filename="../../app/views/payments/payment_list_view.py" line="195"/>
        <source>Apply prepayments</source>
        <translation>Apply prepayments</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_list_view.py" line="173"/>
        <source>Apply {customer}&apos;s prepayments of {amount} to the open invoices, oldest due first?</source>
        <translation>Apply {customer}&apos;s prepayments of {amount} to the open invoices, oldest due first?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/payments/payment_list_view.py" line="196"/>
        <source>{amount} applied to %n invoice(s).</source>
        <translation>
            <numerusform>{amount} applied to %n invoice.</numerusform>
            <numerusform>{amount} applied to %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="109"/>
        <source>Payment plan for {code}</source>
        <translation>Payment plan for {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="115"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="117"/>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="117"/>
        <source>Quoted amount</source>
        <translation>Quoted amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="122"/>
        <source>An installment already invoiced, or waiting in an invoice request, keeps its amount and due date. A due date that follows a lab event is set when the event is recorded.</source>
        <translation>An installment already invoiced, or waiting in an invoice request, keeps its amount and due date. A due date that follows a lab event is set when the event is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="130"/>
        <source>By share of the contract</source>
        <translation>By share of the contract</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="131"/>
        <source>By amount</source>
        <translation>By amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="141"/>
        <source>30% on contract, 70% after report</source>
        <translation>30% on contract, 70% after report</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="143"/>
        <source>All 30 days after report</source>
        <translation>All 30 days after report</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="154"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="155"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="156"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="157"/>
        <source>Days after</source>
        <translation>Days after</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="158"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="159"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="172"/>
        <source>Add installment</source>
        <translation>Add installment</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="174"/>
        <source>Remove installment</source>
        <translation>Remove installment</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="212"/>
        <source>Installments already invoiced or requested ({lines}): their amount and due date are fixed and they stay in the plan.</source>
        <translation>Installments already invoiced or requested ({lines}): their amount and due date are fixed and they stay in the plan.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="237"/>
        <source>Invoiced: the amount and due date can no longer change.</source>
        <translation>Invoiced: the amount and due date can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="240"/>
        <source>Waiting in an invoice request: the amount and due date cannot change until finance issues or rejects it.</source>
        <translation>Waiting in an invoice request: the amount and due date cannot change until finance issues or rejects it.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="276"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="318"/>
        <source>Installment {n} is invoiced or requested and stays in the plan.</source>
        <translation>Installment {n} is invoiced or requested and stays in the plan.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="336"/>
        <source>30% when the contract is signed</source>
        <translation>30% when the contract is signed</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="339"/>
        <source>70% within 30 days of the report</source>
        <translation>70% within 30 days of the report</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="349"/>
        <source>In full within 30 days of the report</source>
        <translation>In full within 30 days of the report</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="373"/>
        <source>Installment {n}: the share must be a percentage above 0 and at most 100, like 30%.</source>
        <translation>Installment {n}: the share must be a percentage above 0 and at most 100, like 30%.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="380"/>
        <source>Installment {n}: {problem}</source>
        <translation>Installment {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="383"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>A payment plan needs at least one installment.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="385"/>
        <source>The shares add up to {total}, not 100%.</source>
        <translation>The shares add up to {total}, not 100%.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="389"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>The installments add up to {total}, the contract is {base}.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="426"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="450"/>
        <source>Set when the event is recorded: {days} days after it.</source>
        <translation>Set when the event is recorded: {days} days after it.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/payment_plan_dialog.py" line="456"/>
        <source>{days} days after the event on {date}.</source>
        <translation>{days} days after the event on {date}.</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="45"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="51"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="58"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="63"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="70"/>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="76"/>
        <source>Prepayment left</source>
        <translation>Prepayment left</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="82"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="88"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="91"/>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_table_model.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="191"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/pdf_preview.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="34"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="35"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="36"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="37"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="66"/>
        <source>Scorecard weights: {parts}  ·  DSO aim {days} days</source>
        <translation>Scorecard weights: {parts}  ·  DSO aim {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="114"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="115"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="116"/>
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="117"/>
        <source>Collection target</source>
        <translation>Collection target</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="118"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="119"/>
        <source>Of target</source>
        <translation>Of target</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="120"/>
        <source>Paid on time</source>
        <translation>Paid on time</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="121"/>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="122"/>
        <source>Overdue AR</source>
        <translation>Overdue AR</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="123"/>
        <source>Customers&apos; AR</source>
        <translation>Customers&apos; AR</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="124"/>
        <source>DSO (days)</source>
        <translation>DSO (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="126"/>
        <source>{part} score
(weight {weight})</source>
        <translation>{part} score
(weight {weight})</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="149"/>
        <source>Collected: payments by cash-receipt date less reversals, credited to whoever owned the customer that day (hand-overs count from their date). Paid on time: the part of the money applied in the period on or before the due date. Overdue, AR and DSO: the customers each one owns today, at the period&apos;s end. Each part scores 0-100; a part that cannot be scored is left out and the other weights count in its place.</source>
        <translation>Collected: payments by cash-receipt date less reversals, credited to whoever owned the customer that day (hand-overs count from their date). Paid on time: the part of the money applied in the period on or before the due date. Overdue, AR and DSO: the customers each one owns today, at the period&apos;s end. Each part scores 0-100; a part that cannot be scored is left out and the other weights count in its place.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="160"/>
        <source>Salesperson performance, {start} to {end} (as of {as_of})</source>
        <translation>Salesperson performance, {start} to {end} (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="169"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="176"/>
        <source>Collection targets…</source>
        <translation>Collection targets…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="178"/>
        <source>Scorecard weights…</source>
        <translation>Scorecard weights…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/performance_tab.py" line="187"/>
        <source>Each salesperson…</source>
        <translation>Each salesperson…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="42"/>
        <source>Notification preferences</source>
        <translation>Notification preferences</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="45"/>
        <source>Show on the desktop</source>
        <translation>Show on the desktop</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="51"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="65"/>
        <source>What is not shown on the desktop still waits in the notification centre. Quiet hours may run past midnight (e.g. 22:00 – 07:30).</source>
        <translation>What is not shown on the desktop still waits in the notification centre. Quiet hours may run past midnight (e.g. 22:00 – 07:30).</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/preferences_dialog.py" line="78"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="61"/>
        <source>Reading the first rows of {sheet}…</source>
        <translation>Reading the first rows of {sheet}…</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="88"/>
        <source>The first {count} data rows of sheet {sheet} as they will be imported. Cells in red cannot be imported: point at one to see why.</source>
        <translation>The first {count} data rows of sheet {sheet} as they will be imported. Cells in red cannot be imported: point at one to see why.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="95"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="119"/>
        <source>The sheet has no data rows under its header.</source>
        <translation>The sheet has no data rows under its header.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="122"/>
        <source>{bad} of these {count} rows have cells that cannot be imported.</source>
        <translation>{bad} of these {count} rows have cells that cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="128"/>
        <source>All {count} rows shown can be imported.</source>
        <translation>All {count} rows shown can be imported.</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/preview_step.py" line="145"/>
        <source>In the file: {raw}</source>
        <translation>In the file: {raw}</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="31"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="32"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="33"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="34"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/views/importing/problem_table_model.py" line="35"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProjectBoardView</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="414"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>ProjectDetailDialog</name>
    <message>
        <location filename="../../app/views/projects/project_detail_dialog.py" line="35"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_dialog.py" line="51"/>
        <source>Project {code} {title}</source>
        <translation>Project {code} {title}</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPanel</name>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="92"/>
        <source>Select a project to see its details.</source>
        <translation>Select a project to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="102"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="103"/>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="104"/>
        <source>Report release</source>
        <translation>Report release</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="111"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="126"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="152"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="153"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="155"/>
        <source>In this stage since</source>
        <translation>In this stage since</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="156"/>
        <source>{date} ({days})</source>
        <translation>{date} ({days})</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="162"/>
        <source>Stage deadline</source>
        <translation>Stage deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="168"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="169"/>
        <source>Stalled: no movement for longer than the customer&apos;s tier allows</source>
        <translation>Stalled: no movement for longer than the customer&apos;s tier allows</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="173"/>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="174"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="176"/>
        <source>Paid before release</source>
        <translation>Paid before release</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="176"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="189"/>
        <source>Required before release</source>
        <translation>Required before release</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="190"/>
        <source>Paid on the project&apos;s invoices</source>
        <translation>Paid on the project&apos;s invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="192"/>
        <source>Prepaid by the customer</source>
        <translation>Prepaid by the customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="195"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="196"/>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="198"/>
        <source>Held until paid; a manager can override</source>
        <translation>Held until paid; a manager can override</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="202"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="205"/>
        <source>Invoice request</source>
        <translation>Invoice request</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="206"/>
        <source>{amount} ({kind}) waiting for finance</source>
        <translation>{amount} ({kind}) waiting for finance</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="212"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="212"/>
        <source>No invoices for this project yet.</source>
        <translation>No invoices for this project yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="241"/>
        <location filename="../../app/views/projects/project_detail_panel.py" line="249"/>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="242"/>
        <source>{total}: does not add up to the contract ({contract})</source>
        <translation>{total}: does not add up to the contract ({contract})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_detail_panel.py" line="250"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n installment</numerusform>
            <numerusform>%n installments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="256"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_detail_panel.py" line="256"/>
        <source>No stage changes recorded.</source>
        <translation>No stage changes recorded.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="60"/>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="62"/>
        <source>Deadline passed</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="74"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="77"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="83"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="89"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="96"/>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="102"/>
        <source>Stage deadline</source>
        <translation>Stage deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="107"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="109"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_table_model.py" line="114"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="84"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="85"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="96"/>
        <source>Search code, title, contract or customer</source>
        <translation>Search code, title, contract or customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="104"/>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="108"/>
        <source>All salespeople</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="112"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="116"/>
        <source>Deadline passed</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="117"/>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="118"/>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="143"/>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="146"/>
        <source>Quote…</source>
        <translation>Quote…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="149"/>
        <source>Sign contract…</source>
        <translation>Sign contract…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="156"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="163"/>
        <source>Payment plan…</source>
        <translation>Payment plan…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="170"/>
        <source>Release report…</source>
        <translation>Release report…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="177"/>
        <source>Request invoice…</source>
        <translation>Request invoice…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="184"/>
        <source>Issue invoice…</source>
        <translation>Issue invoice…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="306"/>
        <location filename="../../app/views/shell/list_exports.py" line="90"/>
        <source>Project list</source>
        <translation>Project list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/projects_page.py" line="335"/>
        <location filename="../../app/views/projects/projects_page.py" line="340"/>
        <location filename="../../app/views/projects/projects_page.py" line="390"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/projects/projects_page.py" line="337"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="123"/>
        <source>Quote for {code}</source>
        <translation>Quote for {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="126"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="127"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="130"/>
        <source>Current quote</source>
        <translation>Current quote</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="132"/>
        <source>{amount}; the lines below replace it</source>
        <translation>{amount}; the lines below replace it</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="140"/>
        <source>Save quote</source>
        <translation>Save quote</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="158"/>
        <source>A quote needs at least one test item.</source>
        <translation>A quote needs at least one test item.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/project_dialog.py" line="178"/>
        <source>Quote total</source>
        <translation>Quote total</translation>
    </message>
</context>
<context>
    <name>QuoteLinesEditor</name>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="66"/>
        <source>Test item</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="67"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="68"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="69"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="70"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="71"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="91"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="92"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="221"/>
        <source>Line {n}: enter the test item.</source>
        <translation>Line {n}: enter the test item.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="226"/>
        <source>Line {n}: the quantity must be a positive number (up to three decimals).</source>
        <translation>Line {n}: the quantity must be a positive number (up to three decimals).</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="230"/>
        <source>unit price</source>
        <translation>unit price</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="231"/>
        <source>discount</source>
        <translation>discount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="241"/>
        <source>Line {n}: the {what} is not an amount.</source>
        <translation>Line {n}: the {what} is not an amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="243"/>
        <source>Line {n}: the {what} cannot be negative.</source>
        <translation>Line {n}: the {what} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="249"/>
        <source>Line {n}: the discount is more than the amount.</source>
        <translation>Line {n}: the discount is more than the amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="275"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/quote_lines_editor.py" line="237"/>
        <source>Line {n}: the {what} cannot be more than {max}.</source>
        <translation>Line {n}: the {what} cannot be more than {max}.</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="136"/>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="137"/>
        <source>Bad-debt provision</source>
        <translation>Bad-debt provision</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="153"/>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="154"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="156"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="158"/>
        <source>Buckets and rates…</source>
        <translation>Buckets and rates…</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="164"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="167"/>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../app/views/receivables/receivables_page.py" line="290"/>
        <source>Nothing was open on {date}.</source>
        <translation>Nothing was open on {date}.</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="160"/>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="163"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="166"/>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="168"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="172"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="174"/>
        <location filename="../../app/views/payments/payment_dialog.py" line="263"/>
        <source>Bank serial number, bill number…</source>
        <translation>Bank serial number, bill number…</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="175"/>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="178"/>
        <source>As on the bank statement; may be a third party paying for the customer</source>
        <translation>As on the bank statement; may be a third party paying for the customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="180"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="182"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="200"/>
        <source>Choose the customer from the list.</source>
        <translation>Choose the customer from the list.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="202"/>
        <source>Correct the split before saving.</source>
        <translation>Correct the split before saving.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="224"/>
        <source>Recorded payment {number} of {amount}</source>
        <translation>Recorded payment {number} of {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="248"/>
        <source>{customer} owes {balance}: open invoices {open}, of which overdue {overdue}; prepayments not yet applied {prepaid}.</source>
        <translation>{customer} owes {balance}: open invoices {open}, of which overdue {overdue}; prepayments not yet applied {prepaid}.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_dialog.py" line="261"/>
        <source>Bill number of the acceptance bill</source>
        <translation>Bill number of the acceptance bill</translation>
    </message>
</context>
<context>
    <name>RedLetterDialog</name>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="23"/>
        <source>Red-letter invoice for {number}</source>
        <translation>Red-letter invoice for {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="27"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="29"/>
        <source>Original invoice</source>
        <translation>Original invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="31"/>
        <source>{number} of {date}, {amount}</source>
        <translation>{number} of {date}, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="38"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="41"/>
        <source>Amount to credit</source>
        <translation>Amount to credit</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="47"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="49"/>
        <source>Leave empty to number it automatically</source>
        <translation>Leave empty to number it automatically</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="50"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="52"/>
        <source>For example: price reduced after review, part of the tests not performed</source>
        <translation>For example: price reduced after review, part of the tests not performed</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="54"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="55"/>
        <source>Issue red-letter invoice</source>
        <translation>Issue red-letter invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="63"/>
        <source>At most the open balance of {open} can be credited.</source>
        <translation>At most the open balance of {open} can be credited.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="68"/>
        <source>A red-letter invoice cannot predate the invoice it credits ({date}).</source>
        <translation>A red-letter invoice cannot predate the invoice it credits ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/red_letter_dialog.py" line="71"/>
        <source>Say why the invoice is credited.</source>
        <translation>Say why the invoice is credited.</translation>
    </message>
</context>
<context>
    <name>RejectRequestDialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="183"/>
        <source>Reject the invoice request</source>
        <translation>Reject the invoice request</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="186"/>
        <source>Tell sales what to correct</source>
        <translation>Tell sales what to correct</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="187"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="188"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/invoice_requests_page.py" line="192"/>
        <source>Say why the request is rejected.</source>
        <translation>Say why the request is rejected.</translation>
    </message>
</context>
<context>
    <name>RejectWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="101"/>
        <source>Reject the write-off</source>
        <translation>Reject the write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="104"/>
        <source>For example: collection is not exhausted yet</source>
        <translation>For example: collection is not exhausted yet</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="105"/>
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="106"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="110"/>
        <source>Say why the write-off is rejected.</source>
        <translation>Say why the write-off is rejected.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="80"/>
        <source>Release the report of {code}</source>
        <translation>Release the report of {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="84"/>
        <source>Report held until payment</source>
        <translation>Report held until payment</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="85"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="86"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="87"/>
        <source>Checking what has been paid…</source>
        <translation>Checking what has been paid…</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="89"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="91"/>
        <source>Released on</source>
        <translation>Released on</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="92"/>
        <source>Mark released</source>
        <translation>Mark released</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="102"/>
        <source>No payment is required before the report is released.</source>
        <translation>No payment is required before the report is released.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="104"/>
        <source>{paid} paid of the {required} required before release.</source>
        <translation>{paid} paid of the {required} required before release.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="108"/>
        <source>{required} must be paid before release; {paid} has been paid.</source>
        <translation>{required} must be paid before release; {paid} has been paid.</translation>
    </message>
</context>
<context>
    <name>ReminderSchedulePage</name>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="67"/>
        <source>Each level runs on its day relative to the due date (−3: three days before, 0: on the day, 30: a month after). A collection task starts only after the due date.</source>
        <translation>Each level runs on its day relative to the due date (−3: three days before, 0: on the day, 30: a month after). A collection task starts only after the due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="76"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="77"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="78"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="79"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="80"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="81"/>
        <source>Collection task</source>
        <translation>Collection task</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="82"/>
        <source>E-mail to the customer</source>
        <translation>E-mail to the customer</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="89"/>
        <source>Add level</source>
        <translation>Add level</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="90"/>
        <source>Remove level</source>
        <translation>Remove level</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="91"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="92"/>
        <source>Save schedule</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="99"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="167"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/reminder_schedule_page.py" line="241"/>
        <source>Reminder schedule saved</source>
        <translation>Reminder schedule saved</translation>
    </message>
</context>
<context>
    <name>RemoveAllocationDialog</name>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="60"/>
        <source>Remove allocation</source>
        <translation>Remove allocation</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="62"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="63"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="64"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="66"/>
        <source>The invoice is open again by this amount; the payment keeps it as prepayment.</source>
        <translation>The invoice is open again by this amount; the payment keeps it as prepayment.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="70"/>
        <source>For example: applied to the wrong invoice</source>
        <translation>For example: applied to the wrong invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="71"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="72"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/payment_detail_panel.py" line="76"/>
        <source>Say why the allocation is removed.</source>
        <translation>Say why the allocation is removed.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="212"/>
        <source>Reply to statement {number}</source>
        <translation>Reply to statement {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="218"/>
        <source>Agreed (核对相符)</source>
        <translation>Agreed (核对相符)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="219"/>
        <source>Disputed (核对不符)</source>
        <translation>Disputed (核对不符)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="239"/>
        <source>What the customer says is wrong</source>
        <translation>What the customer says is wrong</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="241"/>
        <source>No scan attached</source>
        <translation>No scan attached</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="242"/>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="252"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="255"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="256"/>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="257"/>
        <source>Amount disputed</source>
        <translation>Amount disputed</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="258"/>
        <source>Invoices concerned</source>
        <translation>Invoices concerned</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="259"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="260"/>
        <source>Signed slip</source>
        <translation>Signed slip</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="298"/>
        <source>{number}  issued {date}  amount {amount}  open {open}</source>
        <translation>{number}  issued {date}  amount {amount}  open {open}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="344"/>
        <source>Scan of the signed slip</source>
        <translation>Scan of the signed slip</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="346"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="361"/>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="403"/>
        <source>The reply to statement {number} is recorded.</source>
        <translation>The reply to statement {number} is recorded.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="19"/>
        <source>This month to date</source>
        <translation>This month to date</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="20"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="21"/>
        <source>This quarter to date</source>
        <translation>This quarter to date</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="22"/>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="23"/>
        <source>This year to date</source>
        <translation>This year to date</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="24"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_period.py" line="25"/>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="48"/>
        <source>Period {start} to {end} ({days} days), as of {as_of}</source>
        <translation>Period {start} to {end} ({days} days), as of {as_of}</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="79"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="81"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="168"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="186"/>
        <location filename="../../app/views/reports/report_tab.py" line="202"/>
        <source>Cancelled: press Refresh to compute again.</source>
        <translation>Cancelled: press Refresh to compute again.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_tab.py" line="215"/>
        <source>{rows} rows, computed in {seconds} s</source>
        <translation>{rows} rows, computed in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="34"/>
        <source>As of {day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="35"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="38"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="54"/>
        <source>Receivables KPIs</source>
        <translation>Receivables KPIs</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="55"/>
        <source>Salesperson performance</source>
        <translation>Salesperson performance</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_page.py" line="56"/>
        <source>Project cycle times</source>
        <translation>Project cycle times</translation>
    </message>
</context>
<context>
    <name>RequestInvoiceDialog</name>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="25"/>
        <source>Ask finance to invoice {code}</source>
        <translation>Ask finance to invoice {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="27"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="28"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="30"/>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="33"/>
        <source>Whole contract</source>
        <translation>Whole contract</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="34"/>
        <source>Invoice for</source>
        <translation>Invoice for</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="37"/>
        <source>Amount incl. tax</source>
        <translation>Amount incl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="39"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="41"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="44"/>
        <source>For finance: title, tax ID or delivery wishes</source>
        <translation>For finance: title, tax ID or delivery wishes</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="45"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="46"/>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="64"/>
        <source>Installment {n}: {amount}, due {date}</source>
        <translation>Installment {n}: {amount}, due {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/request_invoice_dialog.py" line="68"/>
        <source>Installment {n}: {amount}, due date not set yet</source>
        <translation>Installment {n}: {amount}, due date not set yet</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="205"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="211"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="212"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/views/auth/login_dialogs.py" line="215"/>
        <source>A new password for {name}. Tell it to them: they must change it when they next log in. A lock after failed log-ins ends with it.</source>
        <translation>A new password for {name}. Tell it to them: they must change it when they next log in. A lock after failed log-ins ends with it.</translation>
    </message>
</context>
<context>
    <name>ResolveDisputeDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="423"/>
        <source>Resolve the dispute of statement {number}</source>
        <translation>Resolve the dispute of statement {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="434"/>
        <source>How it was settled: the figures agreed after all, or the correction made</source>
        <translation>How it was settled: the figures agreed after all, or the correction made</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="438"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="440"/>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_dialogs.py" line="441"/>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="26"/>
        <source>Reverse payment {number}</source>
        <translation>Reverse payment {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="29"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="30"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="33"/>
        <source>Its allocations of {amount} are undone: those invoices are open again.</source>
        <translation>Its allocations of {amount} are undone: those invoices are open again.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="36"/>
        <source>Nothing of it has been applied to invoices.</source>
        <translation>Nothing of it has been applied to invoices.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="40"/>
        <source>For example: recorded twice, wrong customer</source>
        <translation>For example: recorded twice, wrong customer</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="41"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="42"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="46"/>
        <source>Say why the payment is reversed.</source>
        <translation>Say why the payment is reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="59"/>
        <source>Credit hold</source>
        <translation>Credit hold</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="65"/>
        <source>Payment {number} is reversed.</source>
        <translation>Payment {number} is reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="69"/>
        <source>{customer} now owes {exposure} against a credit limit of {limit}: new invoices and contracts will be refused unless a manager overrides.</source>
        <translation>{customer} now owes {exposure} against a credit limit of {limit}: new invoices and contracts will be refused unless a manager overrides.</translation>
    </message>
    <message>
        <location filename="../../app/views/payments/reverse_payment_dialog.py" line="80"/>
        <source>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</source>
        <translation>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</translation>
    </message>
</context>
<context>
    <name>RunStep</name>
    <message>
        <location filename="../../app/views/importing/run_step.py" line="31"/>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="32"/>
        <source>Collected against target</source>
        <translation>Collected against target</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="33"/>
        <source>Paid on time</source>
        <translation>Paid on time</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="34"/>
        <source>Little overdue</source>
        <translation>Little overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="35"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="44"/>
        <source>Scorecard weights</source>
        <translation>Scorecard weights</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="55"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="57"/>
        <source>DSO that scores full marks</source>
        <translation>DSO that scores full marks</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="60"/>
        <source>The score is the average of the part scores weighted by these numbers; a part that cannot be scored is left out.</source>
        <translation>The score is the average of the part scores weighted by these numbers; a part that cannot be scored is left out.</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/scorecard_dialog.py" line="78"/>
        <source>Only managers change the scorecard: you can see the weights, not change them.</source>
        <translation>Only managers change the scorecard: you can see the weights, not change them.</translation>
    </message>
</context>
<context>
    <name>SectionKeys</name>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="50"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="52"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="55"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="58"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="66"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="91"/>
        <source>Nothing to create here, or your role may not.</source>
        <translation>Nothing to create here, or your role may not.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="98"/>
        <source>This section has no search.</source>
        <translation>This section has no search.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="105"/>
        <source>Refreshed.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="118"/>
        <source>New record in the section shown: a customer, a project, an invoice (issue), a payment (record), a credit tier</source>
        <translation>New record in the section shown: a customer, a project, an invoice (issue), a payment (record), a credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="122"/>
        <source>Go to the section&apos;s search box</source>
        <translation>Go to the section&apos;s search box</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="123"/>
        <source>Refresh the section shown</source>
        <translation>Refresh the section shown</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="125"/>
        <source>Enter, double-click</source>
        <translation>Enter, double-click</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="127"/>
        <source>Open the selected row: a customer&apos;s 360 view, an invoice, a payment or a project in a window of its own, the invoices behind an aging figure</source>
        <translation>Open the selected row: a customer&apos;s 360 view, an invoice, a payment or a project in a window of its own, the invoices behind an aging figure</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="133"/>
        <source>Close the window or dialog (the main window stays open)</source>
        <translation>Close the window or dialog (the main window stays open)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="135"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="135"/>
        <source>Next or previous field of a form</source>
        <translation>Next or previous field of a form</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="136"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="136"/>
        <source>Open that menu</source>
        <translation>Open that menu</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/section_keys.py" line="137"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="43"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="49"/>
        <source>The new language applies the next time LabLedger starts.</source>
        <translation>The new language applies the next time LabLedger starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="52"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="55"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="62"/>
        <source>given with --db</source>
        <translation>given with --db</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="63"/>
        <source>given by the LABLEDGER_DB environment variable</source>
        <translation>given by the LABLEDGER_DB environment variable</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="64"/>
        <source>chosen in these settings</source>
        <translation>chosen in these settings</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="65"/>
        <source>the default local file</source>
        <translation>the default local file</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="68"/>
        <source>Change database…</source>
        <translation>Change database…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="70"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="73"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="74"/>
        <source>Chosen by</source>
        <translation>Chosen by</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="77"/>
        <source>Edit lab profile…</source>
        <translation>Edit lab profile…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="79"/>
        <source>Lab profile</source>
        <translation>Lab profile</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="81"/>
        <source>Name, address, tax ID and bank details printed on statements.</source>
        <translation>Name, address, tax ID and bank details printed on statements.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="86"/>
        <source>Edit buckets and rates…</source>
        <translation>Edit buckets and rates…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="88"/>
        <source>Aging and bad-debt provision</source>
        <translation>Aging and bad-debt provision</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="92"/>
        <source>The aging buckets of the receivables report and the provision rate of each accounting age band.</source>
        <translation>The aging buckets of the receivables report and the provision rate of each accounting age band.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="100"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="102"/>
        <source>Large amounts</source>
        <translation>Large amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="104"/>
        <source>The amount above which saving asks for confirmation.</source>
        <translation>The amount above which saving asks for confirmation.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="122"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="123"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="124"/>
        <source>Credit tiers</source>
        <translation>Credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="125"/>
        <location filename="../../app/views/settings/settings_page.py" line="161"/>
        <source>Tier proposals</source>
        <translation>Tier proposals</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="127"/>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="129"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="131"/>
        <source>Notification channels</source>
        <translation>Notification channels</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/settings_page.py" line="159"/>
        <source>Tier proposals ({count})</source>
        <translation>Tier proposals ({count})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="24"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/shortcuts_dialog.py" line="24"/>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="63"/>
        <source>New member of staff</source>
        <translation>New member of staff</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="65"/>
        <source>Staff: {name}</source>
        <translation>Staff: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="73"/>
        <source>Required, e.g. 王芳</source>
        <translation>Required, e.g. 王芳</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="75"/>
        <source>Typed when logging in; staff1, staff2… if empty</source>
        <translation>Typed when logging in; staff1, staff2… if empty</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="80"/>
        <source>e.g. 138 0013 8000 or 021-5888 0001 转 123</source>
        <translation>e.g. 138 0013 8000 or 021-5888 0001 转 123</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="83"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="87"/>
        <source>Active: offered when assigning customers and projects</source>
        <translation>Active: offered when assigning customers and projects</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="90"/>
        <source>Sees the customers of the people they manage (salespeople)</source>
        <translation>Sees the customers of the people they manage (salespeople)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="100"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="101"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="102"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="105"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_dialog.py" line="135"/>
        <source>{name} (no longer active)</source>
        <translation>{name} (no longer active)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/settings/staff_dialog.py" line="148"/>
        <source>{name} owns %n customer(s). They stay theirs until they are handed over to someone else (Customers › Hand over…).</source>
        <translation>
            <numerusform>{name} owns %n customer. It stays theirs until it is handed over to someone else (Customers › Hand over…).</numerusform>
            <numerusform>{name} owns %n customers. They stay theirs until they are handed over to someone else (Customers › Hand over…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="49"/>
        <source>The people who log in, and to whom customers and projects are assigned. Salespeople see their own customers (and, with the team grant, those of the people they manage). Someone who leaves is made inactive: their history stays, and the pickers no longer offer them.</source>
        <translation>The people who log in, and to whom customers and projects are assigned. Salespeople see their own customers (and, with the team grant, those of the people they manage). Someone who leaves is made inactive: their history stays, and the pickers no longer offer them.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="58"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="61"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="64"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="67"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="73"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="74"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="76"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="77"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="78"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="80"/>
        <source>Log-in</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="94"/>
        <source>No staff yet. Add the salespeople first: customers and projects are assigned to them.</source>
        <translation>No staff yet. Add the salespeople first: customers and projects are assigned to them.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="133"/>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="135"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="137"/>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="138"/>
        <source>Can log in</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="158"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/staff_page.py" line="158"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/settings/staff_page.py" line="236"/>
        <source>{name} is inactive and still owns %n customer(s): hand them over to someone else (Customers › Hand over…).</source>
        <translation>
            <numerusform>{name} is inactive and still owns %n customer: hand it over to someone else (Customers › Hand over…).</numerusform>
            <numerusform>{name} is inactive and still owns %n customers: hand them over to someone else (Customers › Hand over…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../app/views/projects/project_board_view.py" line="270"/>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/projects/project_board_view.py" line="280"/>
        <source>%n more: use the list to see them all.</source>
        <translation>
            <numerusform>%n more: use the list to see it.</numerusform>
            <numerusform>%n more: use the list to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="42"/>
        <source>Move {code}</source>
        <translation>Move {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="44"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="46"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="48"/>
        <source>{stage} since {date}</source>
        <translation>{stage} since {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="59"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="65"/>
        <source>Optional; required when cancelling</source>
        <translation>Optional; required when cancelling</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="66"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="67"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="71"/>
        <source>Your role may not move this project any further.</source>
        <translation>Your role may not move this project any further.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/stage_dialog.py" line="76"/>
        <source>Say why the project is cancelled.</source>
        <translation>Say why the project is cancelled.</translation>
    </message>
</context>
<context>
    <name>StatementPeriods</name>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="17"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="18"/>
        <source>This month to date</source>
        <translation>This month to date</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="19"/>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/period_chooser.py" line="20"/>
        <source>Other dates</source>
        <translation>Other dates</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="106"/>
        <source>Issue statement</source>
        <translation>Issue statement</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="109"/>
        <source>Record the statement with a number and today&apos;s date; it then prints with its number and can be reprinted with the same figures.</source>
        <translation>Record the statement with a number and today&apos;s date; it then prints with its number and can be reprinted with the same figures.</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="120"/>
        <source>Statement (draft) – {customer}, {period}</source>
        <translation>Statement (draft) – {customer}, {period}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="123"/>
        <source>Statement {number} – {customer}, {period}</source>
        <translation>Statement {number} – {customer}, {period}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="148"/>
        <source>Statement {number} issued to {customer}.</source>
        <translation>Statement {number} issued to {customer}.</translation>
    </message>
</context>
<context>
    <name>StatementPreviews</name>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="273"/>
        <source>Signed slip</source>
        <translation>Signed slip</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statement_previews.py" line="274"/>
        <source>No scan of the signed slip is attached to this statement.</source>
        <translation>No scan of the signed slip is attached to this statement.</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="73"/>
        <source>All statements</source>
        <translation>All statements</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="74"/>
        <source>Awaiting reply</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="75"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="82"/>
        <source>{reply} (resolved)</source>
        <translation>{reply} (resolved)</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="88"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="91"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="96"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="102"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="108"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="114"/>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="120"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="126"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="132"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="138"/>
        <source>Disputed amount</source>
        <translation>Disputed amount</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="144"/>
        <location filename="../../app/views/statements/statements_page.py" line="193"/>
        <source>Signed slip</source>
        <translation>Signed slip</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="170"/>
        <source>New statement…</source>
        <translation>New statement…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="173"/>
        <source>Every customer…</source>
        <translation>Every customer…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="176"/>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="179"/>
        <source>Mark sent…</source>
        <translation>Mark sent…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="186"/>
        <source>Record reply…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="196"/>
        <source>Resolve dispute…</source>
        <translation>Resolve dispute…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="203"/>
        <source>Dunning letter…</source>
        <translation>Dunning letter…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="207"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="216"/>
        <source>Search customer or statement number</source>
        <translation>Search customer or statement number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/statements/statements_page.py" line="301"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="303"/>
        <source>closing balances {closing}</source>
        <translation>closing balances {closing}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="306"/>
        <source>disputed {amount}</source>
        <translation>disputed {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/statements/statements_page.py" line="316"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="91"/>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="92"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="94"/>
        <source>Go to customers</source>
        <translation>Go to customers</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="95"/>
        <source>Go to invoices</source>
        <translation>Go to invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="96"/>
        <source>Load demo data…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="75"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="76"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="134"/>
        <source>Your lab</source>
        <translation>Your lab</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="138"/>
        <source>Receivables (open invoices less unapplied payments)</source>
        <translation>Receivables (open invoices less unapplied payments)</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="146"/>
        <location filename="../../app/views/workbench/workbench_page.py" line="157"/>
        <location filename="../../app/views/workbench/workbench_page.py" line="210"/>
        <source>{count} invoices, {amount}</source>
        <translation>{count} invoices, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="156"/>
        <source>Overdue as of {date}</source>
        <translation>Overdue as of {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="169"/>
        <source>Unapplied payments (prepayments)</source>
        <translation>Unapplied payments (prepayments)</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="176"/>
        <source>Invoice requests waiting for finance</source>
        <translation>Invoice requests waiting for finance</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="178"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="187"/>
        <source>Collection tasks due</source>
        <translation>Collection tasks due</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="188"/>
        <source>{count}, chasing {amount}</source>
        <translation>{count}, chasing {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="198"/>
        <source>Promises to pay due this week</source>
        <translation>Promises to pay due this week</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="199"/>
        <source>{count}, {amount}</source>
        <translation>{count}, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="209"/>
        <source>Fell overdue since yesterday</source>
        <translation>Fell overdue since yesterday</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="225"/>
        <source>Show the list behind this figure</source>
        <translation>Show the list behind this figure</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="145"/>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="68"/>
        <source>Collection targets</source>
        <translation>Collection targets</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="76"/>
        <source>Target for the month</source>
        <translation>Target for the month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="88"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/targets_dialog.py" line="98"/>
        <source>Only managers set collection targets: you can see them, not change them.</source>
        <translation>Only managers set collection targets: you can see them, not change them.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="37"/>
        <source>Collection task</source>
        <translation>Collection task</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="38"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="44"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="49"/>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="50"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="52"/>
        <source>Next action on</source>
        <translation>Next action on</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="54"/>
        <source>Next date</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="55"/>
        <source>The customer promised to pay</source>
        <translation>The customer promised to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="60"/>
        <source>Amount promised</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="65"/>
        <source>To be paid by</source>
        <translation>To be paid by</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="83"/>
        <source>Collection task – {name}</source>
        <translation>Collection task – {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="85"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {amount} overdue for {days} days (level +{level}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {amount} overdue for {days} days (level +{level}).</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="91"/>
        <source>Status: {status}. Assigned to {who}.</source>
        <translation>Status: {status}. Assigned to {who}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="97"/>
        <source>Promised {amount} by {date}.</source>
        <translation>Promised {amount} by {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/task_dialog.py" line="136"/>
        <source>Collection task action recorded</source>
        <translation>Collection task action recorded</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="87"/>
        <source>New credit tier</source>
        <translation>New credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="89"/>
        <source>Credit tier {name}</source>
        <translation>Credit tier {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="101"/>
        <source>e.g. government (a-z, 0-9, _)</source>
        <translation>e.g. government (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="106"/>
        <location filename="../../app/views/credit/tier_dialog.py" line="127"/>
        <location filename="../../app/views/credit/tier_dialog.py" line="132"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="109"/>
        <source>e.g. -7, 0, 7, 15, 30</source>
        <translation>e.g. -7, 0, 7, 15, 30</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="111"/>
        <source>(no escalation)</source>
        <translation>(no escalation)</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="116"/>
        <source> days overdue</source>
        <translation> days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="123"/>
        <source>Refuse new invoices and contracts when anything is overdue by more than</source>
        <translation>Refuse new invoices and contracts when anything is overdue by more than</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="129"/>
        <source>Hold test reports until the customer has paid</source>
        <translation>Hold test reports until the customer has paid</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="134"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="138"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="139"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="140"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="141"/>
        <source>Position in lists</source>
        <translation>Position in lists</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="144"/>
        <source>Terms and limits</source>
        <translation>Terms and limits</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="148"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="149"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="150"/>
        <source>Prepayment required</source>
        <translation>Prepayment required</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="157"/>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="164"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="170"/>
        <source>Reminders (days from due date)</source>
        <translation>Reminders (days from due date)</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="174"/>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="175"/>
        <source>Credit hold</source>
        <translation>Credit hold</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="176"/>
        <source>Project stalled after</source>
        <translation>Project stalled after</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="218"/>
        <source>Credit scoring refers to the default tiers by code, so their codes stay.</source>
        <translation>Credit scoring refers to the default tiers by code, so their codes stay.</translation>
    </message>
</context>
<context>
    <name>TierProposalsPage</name>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="56"/>
        <source>LabLedger scores each customer&apos;s payment history and proposes moving customers between credit tiers. Nothing changes until a manager accepts a proposal.</source>
        <translation>LabLedger scores each customer&apos;s payment history and proposes moving customers between credit tiers. Nothing changes until a manager accepts a proposal.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="62"/>
        <source>Only managers can accept or reject proposals; you can see them here.</source>
        <translation>Only managers can accept or reject proposals; you can see them here.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="69"/>
        <source>Review all customers now</source>
        <translation>Review all customers now</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="84"/>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="214"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="85"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="86"/>
        <source>Current tier</source>
        <translation>Current tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="87"/>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="88"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="89"/>
        <source>Main reason</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="90"/>
        <source>Proposed on</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="98"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="101"/>
        <source>Note for the record (optional)</source>
        <translation>Note for the record (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="104"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="111"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="122"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="153"/>
        <source>Credit tier proposals</source>
        <translation>Credit tier proposals</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="186"/>
        <source>No proposals are waiting.</source>
        <translation>No proposals are waiting.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="216"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="217"/>
        <source>from {old} to {new}</source>
        <translation>from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="220"/>
        <source>Credit score</source>
        <translation>Credit score</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="220"/>
        <source>{score} of 100</source>
        <translation>{score} of 100</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="230"/>
        <source>Reviewing every customer&apos;s payment history…</source>
        <translation>Reviewing every customer&apos;s payment history…</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="242"/>
        <source>{count} new proposals.</source>
        <translation>{count} new proposals.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="244"/>
        <source>No new proposals.</source>
        <translation>No new proposals.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="266"/>
        <source>{customer} moved to {tier}.</source>
        <translation>{customer} moved to {tier}.</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_proposals_page.py" line="270"/>
        <source>{customer} stays in {tier}.</source>
        <translation>{customer} stays in {tier}.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="86"/>
        <source>Invoice {number} issued, due {due}</source>
        <translation>Invoice {number} issued, due {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="87"/>
        <source>Red-letter invoice {number} credits invoice {original}</source>
        <translation>Red-letter invoice {number} credits invoice {original}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="88"/>
        <source>Invoice {number} voided</source>
        <translation>Invoice {number} voided</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="89"/>
        <source>Payment {number} reversed</source>
        <translation>Payment {number} reversed</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="90"/>
        <source>Payment {number} received from {payer}</source>
        <translation>Payment {number} received from {payer}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="91"/>
        <source>Invoice {number}: {amount} written off ({reason})</source>
        <translation>Invoice {number}: {amount} written off ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="92"/>
        <source>Project {code} {title}: {from_stage} -&gt; {to_stage}</source>
        <translation>Project {code} {title}: {from_stage} -&gt; {to_stage}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="93"/>
        <source>Statement {number} for {start} to {end}, closing balance {amount}</source>
        <translation>Statement {number} for {start} to {end}, closing balance {amount}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="96"/>
        <source>Became a customer in tier {tier}</source>
        <translation>Became a customer in tier {tier}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="97"/>
        <source>Credit hold overridden for {kind} {reference}: {reason}</source>
        <translation>Credit hold overridden for {kind} {reference}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_labels.py" line="98"/>
        <source>Credit tier changed from {old} to {new}</source>
        <translation>Credit tier changed from {old} to {new}</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../app/views/tables/totals_bar.py" line="33"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../app/views/tables/totals_bar.py" line="46"/>
        <source>adding up…</source>
        <translation>adding up…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="920"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="925"/>
        <source>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</source>
        <translation>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="938"/>
        <source>The report is also in the log file: {path}</source>
        <translation>The report is also in the log file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="944"/>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="31"/>
        <source>Void invoice {number}</source>
        <translation>Void invoice {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="33"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="34"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="38"/>
        <source>For example: wrong title or tax ID, issued twice</source>
        <translation>For example: wrong title or tax ID, issued twice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="39"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="40"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="44"/>
        <source>Its credit of {amount} goes back to invoice {original}, which is open again by that much.</source>
        <translation>Its credit of {amount} goes back to invoice {original}, which is open again by that much.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="52"/>
        <source>{amount} has been applied to this invoice (payments, write-offs or red-letter invoices). Remove those first: only an invoice nothing has been applied to can be voided.</source>
        <translation>{amount} has been applied to this invoice (payments, write-offs or red-letter invoices). Remove those first: only an invoice nothing has been applied to can be voided.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="62"/>
        <source>The invoice stays in the ledger, marked void, with your reason.</source>
        <translation>The invoice stays in the ledger, marked void, with your reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="69"/>
        <source>The write-offs of {amount} waiting for approval on it are withdrawn with the same reason.</source>
        <translation>The write-offs of {amount} waiting for approval on it are withdrawn with the same reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/void_dialog.py" line="76"/>
        <source>Say why the invoice is voided.</source>
        <translation>Say why the invoice is voided.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="20"/>
        <source>Welcome to LabLedger</source>
        <translation>Welcome to LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="23"/>
        <source>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</source>
        <translation>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="30"/>
        <source>Enter the lab profile…</source>
        <translation>Enter the lab profile…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="33"/>
        <source>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</source>
        <translation>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="39"/>
        <source>Load demo data…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/welcome_page.py" line="42"/>
        <source>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</source>
        <translation>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</translation>
    </message>
</context>
<context>
    <name>WithdrawWriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="125"/>
        <source>Withdraw the write-off request</source>
        <translation>Withdraw the write-off request</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="128"/>
        <source>Optional, for example: the customer paid after all</source>
        <translation>Optional, for example: the customer paid after all</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="129"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="130"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="251"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench/workbench_page.py" line="268"/>
        <source>Your customers ({name})</source>
        <translation>Your customers ({name})</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="27"/>
        <source>Write off invoice {number}</source>
        <translation>Write off invoice {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="33"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="36"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="39"/>
        <source>Already waiting for approval</source>
        <translation>Already waiting for approval</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="43"/>
        <source>Amount to write off</source>
        <translation>Amount to write off</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="47"/>
        <source>For example: customer deregistered, judgment unenforceable</source>
        <translation>For example: customer deregistered, judgment unenforceable</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="52"/>
        <source>A manager other than you approves or rejects the request. The invoice stays open until it is approved.</source>
        <translation>A manager other than you approves or rejects the request. The invoice stays open until it is approved.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="58"/>
        <source>Ask for approval</source>
        <translation>Ask for approval</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="65"/>
        <source>At most the open balance of {open} can be written off.</source>
        <translation>At most the open balance of {open} can be written off.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="70"/>
        <source>At most {left} more can be asked for: write-offs of {waiting} already wait for approval.</source>
        <translation>At most {left} more can be asked for: write-offs of {waiting} already wait for approval.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_dialog.py" line="78"/>
        <source>Say why the amount is written off.</source>
        <translation>Say why the amount is written off.</translation>
    </message>
</context>
<context>
    <name>WriteOffRequestsDialog</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="294"/>
        <source>Write-off requests</source>
        <translation>Write-off requests</translation>
    </message>
</context>
<context>
    <name>WriteOffRequestsPage</name>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="50"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="146"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="51"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="147"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="53"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="149"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="57"/>
        <source>Amount to write off</source>
        <translation>Amount to write off</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="60"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="150"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="61"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="151"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="62"/>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="152"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="148"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="159"/>
        <source>No write-offs are waiting for approval.</source>
        <translation>No write-offs are waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="165"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="168"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="171"/>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="190"/>
        <source>Write-off requests</source>
        <translation>Write-off requests</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="273"/>
        <source>Write-offs are approved by a manager under their own name; this window is not signed in as one.</source>
        <translation>Write-offs are approved by a manager under their own name; this window is not signed in as one.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoices/write_off_requests_page.py" line="278"/>
        <source>You asked for this write-off: another manager approves or rejects it.</source>
        <translation>You asked for this write-off: another manager approves or rejects it.</translation>
    </message>
</context>
<context>
    <name>audit_labels</name>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="17"/>
        <source>Follow-up logged</source>
        <translation>Follow-up logged</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="18"/>
        <source>Promise to pay judged</source>
        <translation>Promise to pay judged</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="19"/>
        <source>Allocation removed</source>
        <translation>Allocation removed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="20"/>
        <source>Bank statement imported</source>
        <translation>Bank statement imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="21"/>
        <source>Bank line recorded as a payment</source>
        <translation>Bank line recorded as a payment</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="22"/>
        <source>Bank line ignored</source>
        <translation>Bank line ignored</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="23"/>
        <source>Bank line brought back</source>
        <translation>Bank line brought back</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="24"/>
        <source>Credit hold after a reversal</source>
        <translation>Credit hold after a reversal</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="25"/>
        <source>Credit hold overridden</source>
        <translation>Credit hold overridden</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="26"/>
        <source>Customer archived</source>
        <translation>Customer archived</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="27"/>
        <source>Contacts changed</source>
        <translation>Contacts changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="28"/>
        <source>Customer created</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="29"/>
        <source>Customer handed over</source>
        <translation>Customer handed over</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="30"/>
        <source>Customers imported</source>
        <translation>Customers imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="31"/>
        <source>Customers merged</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="32"/>
        <source>Customer restored</source>
        <translation>Customer restored</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="33"/>
        <source>Credit tier changed</source>
        <translation>Credit tier changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="34"/>
        <source>Customer edited</source>
        <translation>Customer edited</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="35"/>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="36"/>
        <source>E-mail sent</source>
        <translation>E-mail sent</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="37"/>
        <source>Demo data generated</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="38"/>
        <source>File imported</source>
        <translation>File imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="39"/>
        <source>Invoice imported</source>
        <translation>Invoice imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="40"/>
        <source>Invoice issued</source>
        <translation>Invoice issued</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="41"/>
        <source>Red-letter invoice issued</source>
        <translation>Red-letter invoice issued</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="42"/>
        <source>Invoice voided</source>
        <translation>Invoice voided</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="43"/>
        <source>Bad debt written off</source>
        <translation>Bad debt written off</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="44"/>
        <source>Invoice requested</source>
        <translation>Invoice requested</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="45"/>
        <source>Invoice request issued</source>
        <translation>Invoice request issued</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="46"/>
        <source>Invoice request rejected</source>
        <translation>Invoice request rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="47"/>
        <source>Payment allocated</source>
        <translation>Payment allocated</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="48"/>
        <source>Payment imported</source>
        <translation>Payment imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="49"/>
        <source>Payment recorded</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="50"/>
        <source>Payment reversed</source>
        <translation>Payment reversed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="51"/>
        <source>Project created</source>
        <translation>Project created</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="52"/>
        <source>Project imported</source>
        <translation>Project imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="53"/>
        <source>Paid project imported</source>
        <translation>Paid project imported</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="54"/>
        <source>Payment plan changed</source>
        <translation>Payment plan changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="55"/>
        <source>Payment plan followed a stage</source>
        <translation>Payment plan followed a stage</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="56"/>
        <source>Quote changed</source>
        <translation>Quote changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="57"/>
        <source>Report released</source>
        <translation>Report released</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="58"/>
        <source>Report released despite a hold</source>
        <translation>Report released despite a hold</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="59"/>
        <source>Project reopened</source>
        <translation>Project reopened</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="60"/>
        <source>Project stage changed</source>
        <translation>Project stage changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="61"/>
        <source>Reminders run</source>
        <translation>Reminders run</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="62"/>
        <source>Sales target set</source>
        <translation>Sales target set</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="63"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="64"/>
        <source>Statement dispute resolved</source>
        <translation>Statement dispute resolved</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="65"/>
        <source>Statement issued</source>
        <translation>Statement issued</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="66"/>
        <source>Statement reply recorded</source>
        <translation>Statement reply recorded</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="67"/>
        <source>Signed statement attached</source>
        <translation>Signed statement attached</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="68"/>
        <source>Statement sent</source>
        <translation>Statement sent</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="69"/>
        <source>Collection task updated</source>
        <translation>Collection task updated</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="70"/>
        <source>Credit tier created</source>
        <translation>Credit tier created</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="71"/>
        <source>Credit tier deleted</source>
        <translation>Credit tier deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="72"/>
        <source>Reminder schedule changed</source>
        <translation>Reminder schedule changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="73"/>
        <source>Credit tier edited</source>
        <translation>Credit tier edited</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="74"/>
        <source>Tier change proposed</source>
        <translation>Tier change proposed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="75"/>
        <source>Tier proposal rejected</source>
        <translation>Tier proposal rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="76"/>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="77"/>
        <source>First administrator created</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="78"/>
        <source>Account locked after failed log-ins</source>
        <translation>Account locked after failed log-ins</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="79"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="80"/>
        <source>Log-in failed</source>
        <translation>Log-in failed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="81"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="82"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="83"/>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="84"/>
        <source>User edited</source>
        <translation>User edited</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="85"/>
        <source>Write-off approved</source>
        <translation>Write-off approved</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="86"/>
        <source>Write-off requested</source>
        <translation>Write-off requested</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="87"/>
        <source>Write-off rejected</source>
        <translation>Write-off rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="91"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="92"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="93"/>
        <source>Bank line</source>
        <translation>Bank line</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="94"/>
        <source>Bank statement</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="95"/>
        <source>Collection task</source>
        <translation>Collection task</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="96"/>
        <location filename="../../app/views/audit/audit_labels.py" line="140"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="97"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="98"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="99"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="100"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="101"/>
        <source>Invoice request</source>
        <translation>Invoice request</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="102"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="103"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="104"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="105"/>
        <location filename="../../app/views/audit/audit_labels.py" line="127"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="106"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="107"/>
        <source>Tier proposal</source>
        <translation>Tier proposal</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="108"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="109"/>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="110"/>
        <source>Write-off request</source>
        <translation>Write-off request</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="116"/>
        <source>Amount added</source>
        <translation>Amount added</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="117"/>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="118"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="119"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="120"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="121"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="122"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="123"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="124"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="125"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="126"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="128"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="130"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="131"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="132"/>
        <source>Amount promised</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="133"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="134"/>
        <source>Quoted amount</source>
        <translation>Quoted amount</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="135"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="136"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="137"/>
        <source>Refused because</source>
        <translation>Refused because</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="138"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="141"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_labels.py" line="158"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>bank_labels</name>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="13"/>
        <source>Agricultural Bank of China</source>
        <translation>Agricultural Bank of China</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="14"/>
        <source>Bank of China</source>
        <translation>Bank of China</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="15"/>
        <source>Bank of Communications</source>
        <translation>Bank of Communications</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="16"/>
        <source>China Merchants Bank</source>
        <translation>China Merchants Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="17"/>
        <location filename="../../app/views/bank/bank_labels.py" line="18"/>
        <source>ICBC</source>
        <translation>ICBC</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="19"/>
        <source>SPD Bank</source>
        <translation>SPD Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="20"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="21"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="22"/>
        <source>Other bank</source>
        <translation>Other bank</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="26"/>
        <source>remembered payer</source>
        <translation>remembered payer</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="27"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="28"/>
        <source>invoice in the memo</source>
        <translation>invoice in the memo</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="29"/>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="33"/>
        <source>exact amount</source>
        <translation>exact amount</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="34"/>
        <source>named in the memo</source>
        <translation>named in the memo</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="35"/>
        <source>oldest first</source>
        <translation>oldest first</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="36"/>
        <source>no open invoice</source>
        <translation>no open invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="40"/>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="41"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="42"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="46"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="47"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/views/bank/bank_labels.py" line="48"/>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
</context>
<context>
    <name>calendar_labels</name>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="16"/>
        <source>Invoice due</source>
        <translation>Invoice due</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="17"/>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="18"/>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="19"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="20"/>
        <source>Stage deadline</source>
        <translation>Stage deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="21"/>
        <source>Collection task</source>
        <translation>Collection task</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="26"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="27"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="28"/>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="30"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="31"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="35"/>
        <location filename="../../app/views/calendar/calendar_labels.py" line="58"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="36"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="37"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="38"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="46"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="47"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="48"/>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="50"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="54"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="55"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="56"/>
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/calendar_labels.py" line="57"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="37"/>
        <source>{entity} {key} does not exist (it may have been deleted on another PC).</source>
        <translation>{entity} {key} does not exist (it may have been deleted on another PC).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="40"/>
        <source>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</source>
        <translation>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="45"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Your role ({role}) may not {action}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="46"/>
        <source>The database is busy (another PC is writing). Try again in a moment.</source>
        <translation>The database is busy (another PC is writing). Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="49"/>
        <source>Cannot open the database {location}: {reason}</source>
        <translation>Cannot open the database {location}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="50"/>
        <source>Unknown follow-up kind: {kind}.</source>
        <translation>Unknown follow-up kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="51"/>
        <source>The summary is required.</source>
        <translation>The summary is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="52"/>
        <source>The summary is longer than {max} characters.</source>
        <translation>The summary is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="53"/>
        <source>Say when the follow-up happened.</source>
        <translation>Say when the follow-up happened.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="54"/>
        <source>The follow-up date ({date}) is in the future.</source>
        <translation>The follow-up date ({date}) is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="55"/>
        <source>The next action date is before the follow-up itself.</source>
        <translation>The next action date is before the follow-up itself.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="56"/>
        <source>A promise to pay needs the promised date.</source>
        <translation>A promise to pay needs the promised date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="57"/>
        <source>A promise to pay needs the promised amount.</source>
        <translation>A promise to pay needs the promised amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="58"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>The promised amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="59"/>
        <source>The promised date is before the follow-up ({date}).</source>
        <translation>The promised date is before the follow-up ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="60"/>
        <source>The project belongs to another customer.</source>
        <translation>The project belongs to another customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="61"/>
        <source>The tier proposal for {customer} was already {status}.</source>
        <translation>The tier proposal for {customer} was already {status}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="62"/>
        <source>{customer} changed tier after this proposal was made; it no longer applies.</source>
        <translation>{customer} changed tier after this proposal was made; it no longer applies.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="65"/>
        <source>The tier code is required.</source>
        <translation>The tier code is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="66"/>
        <source>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</source>
        <translation>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="71"/>
        <source>The tier name is required.</source>
        <translation>The tier name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="72"/>
        <source>The tier name has more than {max} characters.</source>
        <translation>The tier name has more than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="73"/>
        <source>The English tier name has more than {max} characters.</source>
        <translation>The English tier name has more than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="74"/>
        <source>Unknown role: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="75"/>
        <source>Say after how many days overdue to escalate.</source>
        <translation>Say after how many days overdue to escalate.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="76"/>
        <source>Choose whom to escalate to.</source>
        <translation>Choose whom to escalate to.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="77"/>
        <source>Tier code {code} is already used.</source>
        <translation>Tier code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="78"/>
        <source>A tier named {name} already exists.</source>
        <translation>A tier named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="79"/>
        <source>The code of the default tier {name} cannot change.</source>
        <translation>The code of the default tier {name} cannot change.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="80"/>
        <source>{name} is a default tier and cannot be deleted; edit it instead.</source>
        <translation>{name} is a default tier and cannot be deleted; edit it instead.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="81"/>
        <source>{count} customers are in the tier {name}; move them to another tier first.</source>
        <translation>{count} customers are in the tier {name}; move them to another tier first.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="84"/>
        <source>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</source>
        <translation>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="88"/>
        <source>The customer name is required.</source>
        <translation>The customer name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="89"/>
        <source>A customer named {name} already exists.</source>
        <translation>A customer named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="90"/>
        <source>Customer code {code} is already used.</source>
        <translation>Customer code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="91"/>
        <source>Unknown customer category: {category}.</source>
        <translation>Unknown customer category: {category}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="92"/>
        <source>Choose a credit tier.</source>
        <translation>Choose a credit tier.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="93"/>
        <source>Choose a customer.</source>
        <translation>Choose a customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="94"/>
        <source>The credit limit cannot be negative.</source>
        <translation>The credit limit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="95"/>
        <source>Payment terms must be 0 to {max} days.</source>
        <translation>Payment terms must be 0 to {max} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="96"/>
        <source>The unified social credit code {code} is invalid: {problem}.</source>
        <translation>The unified social credit code {code} is invalid: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="97"/>
        <source>Another customer already has the unified social credit code {code}.</source>
        <translation>Another customer already has the unified social credit code {code}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="100"/>
        <source>The salesperson does not exist or is inactive.</source>
        <translation>The salesperson does not exist or is inactive.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="101"/>
        <source>Choose two different customers to merge.</source>
        <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="102"/>
        <source>At least one customer is needed, not {value}.</source>
        <translation>At least one customer is needed, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="103"/>
        <source>The number of invoices cannot be {value}.</source>
        <translation>The number of invoices cannot be {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="104"/>
        <source>The database has no credit tiers; run `labledger init` first.</source>
        <translation>The database has no credit tiers; run `labledger init` first.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="105"/>
        <source>The database already has customers. Demo data can only be generated into an empty database.</source>
        <translation>The database already has customers. Demo data can only be generated into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="110"/>
        <source>This invoice request was already {status}.</source>
        <translation>This invoice request was already {status}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="111"/>
        <source>Say why the request is rejected.</source>
        <translation>Say why the request is rejected.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="112"/>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="113"/>
        <source>An invoice request for {code} is already waiting for finance.</source>
        <translation>An invoice request for {code} is already waiting for finance.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="114"/>
        <source>The installment is not part of this project.</source>
        <translation>The installment is not part of this project.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="115"/>
        <source>Unknown invoice kind: {kind}.</source>
        <translation>Unknown invoice kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="116"/>
        <source>The tax rate must be between 0% and 17%.</source>
        <translation>The tax rate must be between 0% and 17%.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="117"/>
        <source>The due date is before the issue date.</source>
        <translation>The due date is before the issue date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="118"/>
        <source>The amount to credit must be greater than zero.</source>
        <translation>The amount to credit must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="119"/>
        <source>Say why the invoice is credited.</source>
        <translation>Say why the invoice is credited.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="120"/>
        <source>Say why the invoice is voided.</source>
        <translation>Say why the invoice is voided.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="121"/>
        <source>Invoice number {number} already exists.</source>
        <translation>Invoice number {number} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="122"/>
        <source>Only an issued, normal invoice can be credited; {number} is not one.</source>
        <translation>Only an issued, normal invoice can be credited; {number} is not one.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="125"/>
        <source>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</source>
        <translation>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="130"/>
        <source>A red-letter invoice cannot predate the invoice it credits.</source>
        <translation>A red-letter invoice cannot predate the invoice it credits.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="131"/>
        <source>Invoice {number} is already void.</source>
        <translation>Invoice {number} is already void.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="132"/>
        <source>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</source>
        <translation>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="137"/>
        <source>Say why the payment is reversed.</source>
        <translation>Say why the payment is reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="138"/>
        <source>Say why the allocation is removed.</source>
        <translation>Say why the allocation is removed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="139"/>
        <source>Unknown payment method: {method}.</source>
        <translation>Unknown payment method: {method}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="140"/>
        <source>Payment {number} has been reversed.</source>
        <translation>Payment {number} has been reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="141"/>
        <source>Allocation {key} was already removed (here or on another PC); nothing was changed.</source>
        <translation>Allocation {key} was already removed (here or on another PC); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="145"/>
        <source>Payment {number} has {free} unallocated; the split adds up to {total}.</source>
        <translation>Payment {number} has {free} unallocated; the split adds up to {total}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="148"/>
        <source>An allocation to {number} is negative.</source>
        <translation>An allocation to {number} is negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="149"/>
        <source>Invoice {number} belongs to another customer.</source>
        <translation>Invoice {number} belongs to another customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="150"/>
        <source>Invoice {number} is void or a red-letter invoice and cannot take a payment.</source>
        <translation>Invoice {number} is void or a red-letter invoice and cannot take a payment.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="153"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>Invoice {number} has {open} open; {amount} cannot be applied to it.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="156"/>
        <source>Use either shares or amounts for every line.</source>
        <translation>Use either shares or amounts for every line.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="157"/>
        <source>The project title is required.</source>
        <translation>The project title is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="158"/>
        <source>The project cannot start in the future.</source>
        <translation>The project cannot start in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="159"/>
        <source>A quote needs at least one test item.</source>
        <translation>A quote needs at least one test item.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="160"/>
        <source>The contract number is required.</source>
        <translation>The contract number is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="161"/>
        <source>Project {code} is closed ({stage}).</source>
        <translation>Project {code} is closed ({stage}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="162"/>
        <source>Project {code} is already at {stage}; stages only move forward.</source>
        <translation>Project {code} is already at {stage}; stages only move forward.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="163"/>
        <source>The date is before the project&apos;s current stage began ({since}).</source>
        <translation>The date is before the project&apos;s current stage began ({since}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="164"/>
        <source>A payment plan needs at least one line.</source>
        <translation>A payment plan needs at least one line.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="165"/>
        <source>Quote line {n}: the test item is missing.</source>
        <translation>Quote line {n}: the test item is missing.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="166"/>
        <source>Quote line {n}: quantity, price and discount must not be negative.</source>
        <translation>Quote line {n}: quantity, price and discount must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="169"/>
        <source>Quote line {n}: the discount exceeds the amount.</source>
        <translation>Quote line {n}: the discount exceeds the amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="170"/>
        <source>Project {code} is past the quote stage.</source>
        <translation>Project {code} is past the quote stage.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="171"/>
        <source>The contract amount must be greater than zero.</source>
        <translation>The contract amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="172"/>
        <source>Sign the contract (number and amount) to move {code} to contracted.</source>
        <translation>Sign the contract (number and amount) to move {code} to contracted.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="175"/>
        <source>Say why the project is cancelled.</source>
        <translation>Say why the project is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="176"/>
        <source>Project {code} has open invoices; credit or void them before cancelling.</source>
        <translation>Project {code} has open invoices; credit or void them before cancelling.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="179"/>
        <source>The shares must be positive and add up to 100%.</source>
        <translation>The shares must be positive and add up to 100%.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="180"/>
        <source>Quote or sign the contract before planning by shares.</source>
        <translation>Quote or sign the contract before planning by shares.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="181"/>
        <source>Each installment must be greater than zero.</source>
        <translation>Each installment must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="182"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>The installments add up to {total}, the contract is {base}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="183"/>
        <source>The report of {code} has not been issued yet.</source>
        <translation>The report of {code} has not been issued yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="184"/>
        <source>The report of {code} was released on {date}.</source>
        <translation>The report of {code} was released on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="185"/>
        <source>Line {n}: a fixed installment needs a due date.</source>
        <translation>Line {n}: a fixed installment needs a due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="186"/>
        <source>{customer}&apos;s credit tier asks for {share} of the contract before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer}&apos;s credit tier asks for {share} of the contract before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="192"/>
        <source>{customer}&apos;s credit tier asks for payment in full before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer}&apos;s credit tier asks for payment in full before the report of {code} is released: {required} is required, {paid} has been paid or prepaid. A manager can release it with a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="198"/>
        <source>{customer} is on credit hold ({overdue} overdue more than {days} days): the report of {code} is held until the project&apos;s {required} is paid; {paid} has been paid or prepaid. A manager can release it with a written reason.</source>
        <translation>{customer} is on credit hold ({overdue} overdue more than {days} days): the report of {code} is held until the project&apos;s {required} is paid; {paid} has been paid or prepaid. A manager can release it with a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="204"/>
        <source>Installment {n} ({amount}) has been invoiced: its amount and due date can no longer change.</source>
        <translation>Installment {n} ({amount}) has been invoiced: its amount and due date can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="209"/>
        <source>Installment {n} ({amount}) has an invoice request waiting for finance: its amount and due date cannot change until the request is issued or rejected.</source>
        <translation>Installment {n} ({amount}) has an invoice request waiting for finance: its amount and due date cannot change until the request is issued or rejected.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="214"/>
        <source>Installment {n} ({amount}) has been invoiced and cannot be removed from the plan.</source>
        <translation>Installment {n} ({amount}) has been invoiced and cannot be removed from the plan.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="218"/>
        <source>Installment {n} ({amount}) has an invoice request waiting for finance and cannot be removed from the plan.</source>
        <translation>Installment {n} ({amount}) has an invoice request waiting for finance and cannot be removed from the plan.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="223"/>
        <source>Installment {n} ({amount}) is named by earlier invoices or invoice requests and cannot be removed from the plan; change it instead.</source>
        <translation>Installment {n} ({amount}) is named by earlier invoices or invoice requests and cannot be removed from the plan; change it instead.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="228"/>
        <source>The payment plan of {code} was changed on another PC; reopen it and make your change again.</source>
        <translation>The payment plan of {code} was changed on another PC; reopen it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="233"/>
        <source>The lab&apos;s name is required.</source>
        <translation>The lab&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="234"/>
        <source>Say why the amount is written off.</source>
        <translation>Say why the amount is written off.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="235"/>
        <source>Invoice {number} is void or a red-letter invoice.</source>
        <translation>Invoice {number} is void or a red-letter invoice.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="236"/>
        <source>Invoice {number} has only {open} open.</source>
        <translation>Invoice {number} has only {open} open.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="237"/>
        <source>Invoice {number} has {open} open and write-offs of {waiting} already wait for approval: at most {left} more can be asked for.</source>
        <translation>Invoice {number} has {open} open and write-offs of {waiting} already wait for approval: at most {left} more can be asked for.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="242"/>
        <source>Invoice {number} has only {open} open now, less than the {amount} this request asks to write off. Reject it; finance can ask again.</source>
        <translation>Invoice {number} has only {open} open now, less than the {amount} this request asks to write off. Reject it; finance can ask again.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="247"/>
        <source>Say why the write-off is rejected.</source>
        <translation>Say why the write-off is rejected.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="248"/>
        <source>Only the person who asked for a write-off can withdraw it.</source>
        <translation>Only the person who asked for a write-off can withdraw it.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="249"/>
        <source>This write-off request was already {status}.</source>
        <translation>This write-off request was already {status}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="250"/>
        <source>Write-offs are approved or rejected by a manager under their own name, not by {login}.</source>
        <translation>Write-offs are approved or rejected by a manager under their own name, not by {login}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="254"/>
        <source>You asked for this write-off; another manager must approve or reject it.</source>
        <translation>You asked for this write-off; another manager must approve or reject it.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="257"/>
        <source>Only one contact can be the primary contact.</source>
        <translation>Only one contact can be the primary contact.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="258"/>
        <source>Contact {n}: the name is required.</source>
        <translation>Contact {n}: the name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="259"/>
        <source>Contact {n}: {email} is not an e-mail address.</source>
        <translation>Contact {n}: {email} is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="260"/>
        <source>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</source>
        <translation>{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="264"/>
        <source>{customer} has {overdue} overdue more than {days} days: contract {reference} is on credit hold.</source>
        <translation>{customer} has {overdue} overdue more than {days} days: contract {reference} is on credit hold.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="269"/>
        <source>This invoice would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this invoice adds {added}).</source>
        <translation>This invoice would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this invoice adds {added}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="276"/>
        <source>Contract {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this contract adds {added}).</source>
        <translation>Contract {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, this contract adds {added}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="283"/>
        <source>{customer} has {overdue} overdue more than {days} days: voiding red-letter invoice {reference}, which gives its credit back, is on credit hold.</source>
        <translation>{customer} has {overdue} overdue more than {days} days: voiding red-letter invoice {reference}, which gives its credit back, is on credit hold.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="288"/>
        <source>Merging {reference} into {customer} brings {customer} to {overdue} overdue more than {days} days: it would be on credit hold.</source>
        <translation>Merging {reference} into {customer} brings {customer} to {overdue} overdue more than {days} days: it would be on credit hold.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="293"/>
        <source>Voiding red-letter invoice {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the credit given back adds {added}).</source>
        <translation>Voiding red-letter invoice {reference} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the credit given back adds {added}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="299"/>
        <source>Merging {reference} into {customer} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the merged customer adds {added}).</source>
        <translation>Merging {reference} into {customer} would take {customer} to {exposure} against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced {contracted}, prepayments {prepaid}, the merged customer adds {added}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="305"/>
        <source>Only a manager can raise the credit limit above {limit}.</source>
        <translation>Only a manager can raise the credit limit above {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="306"/>
        <source>Only a manager can give payment terms longer than {days} days.</source>
        <translation>Only a manager can give payment terms longer than {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="307"/>
        <source>The date {date} is too far in the future: entries may be dated up to {latest} (today plus {days} days).</source>
        <translation>The date {date} is too far in the future: entries may be dated up to {latest} (today plus {days} days).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="312"/>
        <source>A write-off cannot be dated {date}, before invoice {number} was issued ({issued}).</source>
        <translation>A write-off cannot be dated {date}, before invoice {number} was issued ({issued}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="316"/>
        <source>Entries may be dated 0 to {max} days ahead.</source>
        <translation>Entries may be dated 0 to {max} days ahead.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="317"/>
        <source>change how far ahead entries may be dated</source>
        <translation>change how far ahead entries may be dated</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="318"/>
        <source>Payment terms must be {low} to {high} days.</source>
        <translation>Payment terms must be {low} to {high} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="319"/>
        <source>The prepayment share must be between 0% and 100%.</source>
        <translation>The prepayment share must be between 0% and 100%.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="320"/>
        <source>A project stalls after {low} to {high} days without moving.</source>
        <translation>A project stalls after {low} to {high} days without moving.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="321"/>
        <source>The sort order must be a whole number.</source>
        <translation>The sort order must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="322"/>
        <source>Escalation must come {low} to {high} days after the due date.</source>
        <translation>Escalation must come {low} to {high} days after the due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="323"/>
        <source>The credit hold must start {low} to {high} days after the due date.</source>
        <translation>The credit hold must start {low} to {high} days after the due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="326"/>
        <source>Reminder days must be whole days from {low} to {high} relative to the due date.</source>
        <translation>Reminder days must be whole days from {low} to {high} relative to the due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="329"/>
        <source>The unified social credit code {code} has {found} characters; it must have 18.</source>
        <translation>The unified social credit code {code} has {found} characters; it must have 18.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="332"/>
        <source>The unified social credit code {code} has an invalid character {char} at position {position}.</source>
        <translation>The unified social credit code {code} has an invalid character {char} at position {position}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="337"/>
        <source>The unified social credit code {code} is wrong at position 18: the check character should be {expected}, not {found}.</source>
        <translation>The unified social credit code {code} is wrong at position 18: the check character should be {expected}, not {found}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="353"/>
        <source>LabLedger cannot use the database {url}: it works with a SQLite file (give its path) or a PostgreSQL server (postgresql://user@host/database).</source>
        <translation>LabLedger cannot use the database {url}: it works with a SQLite file (give its path) or a PostgreSQL server (postgresql://user@host/database).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="358"/>
        <source>There is no database file at {path}.</source>
        <translation>There is no database file at {path}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="359"/>
        <source>Cannot create the folder {folder} for the database {path}: {reason}</source>
        <translation>Cannot create the folder {folder} for the database {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="362"/>
        <source>{path} is not a LabLedger database: it is not a SQLite database file.</source>
        <translation>{path} is not a LabLedger database: it is not a SQLite database file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="365"/>
        <source>{path} is not a LabLedger database: it is a SQLite file without LabLedger&apos;s tables.</source>
        <translation>{path} is not a LabLedger database: it is a SQLite file without LabLedger&apos;s tables.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="369"/>
        <source>The database {path} is damaged ({reason}). Restore it from the latest backup.</source>
        <translation>The database {path} is damaged ({reason}). Restore it from the latest backup.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="372"/>
        <source>{path} has schema {revision}, which this version of LabLedger does not know (it knows up to {head}): it was written by a newer LabLedger, or it is not a LabLedger database.</source>
        <translation>{path} has schema {revision}, which this version of LabLedger does not know (it knows up to {head}): it was written by a newer LabLedger, or it is not a LabLedger database.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="378"/>
        <source>Cannot write the backup {target}: {reason}</source>
        <translation>Cannot write the backup {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="379"/>
        <source>Cannot write the report {path}: {reason}</source>
        <translation>Cannot write the report {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="380"/>
        <source>Invoice {number} had money taken back on {taken}; date this on or after it.</source>
        <translation>Invoice {number} had money taken back on {taken}; date this on or after it.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="383"/>
        <source>Project {code} is closed (paid or cancelled): its payment plan stays as it is.</source>
        <translation>Project {code} is closed (paid or cancelled): its payment plan stays as it is.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="387"/>
        <source>Cannot write the backup {target}: the folder {folder} does not exist.</source>
        <translation>Cannot write the backup {target}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="390"/>
        <source>Aging buckets: give at least one bound in days.</source>
        <translation>Aging buckets: give at least one bound in days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="391"/>
        <source>Aging buckets: at most {max} bounds.</source>
        <translation>Aging buckets: at most {max} bounds.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="392"/>
        <source>Aging buckets: each bound must be a whole number of days above 0, not {value}.</source>
        <translation>Aging buckets: each bound must be a whole number of days above 0, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="395"/>
        <source>Aging buckets: the bounds must increase, but {value} follows {previous}.</source>
        <translation>Aging buckets: the bounds must increase, but {value} follows {previous}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="398"/>
        <source>Aging buckets: a bound cannot be more than {max} days.</source>
        <translation>Aging buckets: a bound cannot be more than {max} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="399"/>
        <source>Provision rates: give one rate for each of the {count} age bands.</source>
        <translation>Provision rates: give one rate for each of the {count} age bands.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="402"/>
        <source>Provision rates must be between 0% and 100%.</source>
        <translation>Provision rates must be between 0% and 100%.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="404"/>
        <source>{label} can have at most {max} characters; this one has {length}.</source>
        <translation>{label} can have at most {max} characters; this one has {length}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="407"/>
        <source>{label}: {phone} is not a phone number ({char} cannot be part of one). Give one number, e.g. 138 0013 8000 or 021-5888 0001 转 123.</source>
        <translation>{label}: {phone} is not a phone number ({char} cannot be part of one). Give one number, e.g. 138 0013 8000 or 021-5888 0001 转 123.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="412"/>
        <source>{label}: {phone} has {digits} digits; a mobile number has 11.</source>
        <translation>{label}: {phone} has {digits} digits; a mobile number has 11.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="413"/>
        <source>{label}: {phone} is not a mobile number; those start with 13 to 19.</source>
        <translation>{label}: {phone} is not a mobile number; those start with 13 to 19.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="416"/>
        <source>{label}: {phone} needs its area code, e.g. 021-5888 0001.</source>
        <translation>{label}: {phone} needs its area code, e.g. 021-5888 0001.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="417"/>
        <source>{label}: after the area code {area}, {phone} should have 7 or 8 digits, not {digits}.</source>
        <translation>{label}: after the area code {area}, {phone} should have 7 or 8 digits, not {digits}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="421"/>
        <source>{label}: the extension of {phone} can have at most 6 digits.</source>
        <translation>{label}: the extension of {phone} can have at most 6 digits.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="422"/>
        <source>{label}: {phone} is not a phone number. Give a mobile number (11 digits) or a landline with its area code, e.g. 138 0013 8000 or 021-5888 0001 转 123.</source>
        <translation>{label}: {phone} is not a phone number. Give a mobile number (11 digits) or a landline with its area code, e.g. 138 0013 8000 or 021-5888 0001 转 123.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="427"/>
        <source>The amount to confirm must be above zero and at most {max}.</source>
        <translation>The amount to confirm must be above zero and at most {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="428"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="429"/>
        <source>The login {login} may use only letters a-z, digits and . _ @ - (it is typed when logging in).</source>
        <translation>The login {login} may use only letters a-z, digits and . _ @ - (it is typed when logging in).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="434"/>
        <source>The login {login} is already used.</source>
        <translation>The login {login} is already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="435"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="436"/>
        <source>Nobody can be their own manager.</source>
        <translation>Nobody can be their own manager.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="437"/>
        <source>The manager does not exist or is inactive.</source>
        <translation>The manager does not exist or is inactive.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="438"/>
        <source>{name} cannot be managed by {manager}: {manager} reports to {name}.</source>
        <translation>{name} cannot be managed by {manager}: {manager} reports to {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="441"/>
        <source>You cannot make yourself inactive.</source>
        <translation>You cannot make yourself inactive.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="442"/>
        <source>{entity} numbers: the pattern needs the running number, e.g. {{seq:6}} for six digits.</source>
        <translation>{entity} numbers: the pattern needs the running number, e.g. {{seq:6}} for six digits.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="446"/>
        <source>{entity} numbers: {token} may appear only once in the pattern.</source>
        <translation>{entity} numbers: {token} may appear only once in the pattern.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="447"/>
        <source>{entity} numbers: {token} is not understood; a pattern can use {{yyyy}}, {{yy}}, {{mm}} and {{seq:N}}.</source>
        <translation>{entity} numbers: {token} is not understood; a pattern can use {{yyyy}}, {{yy}}, {{mm}} and {{seq:N}}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="452"/>
        <source>{entity} numbers: the running number takes 1 to 9 digits, not {digits}.</source>
        <translation>{entity} numbers: the running number takes 1 to 9 digits, not {digits}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="455"/>
        <source>{entity} numbers: a pattern with the month {{mm}} needs the year too, {{yyyy}} or {{yy}}.</source>
        <translation>{entity} numbers: a pattern with the month {{mm}} needs the year too, {{yyyy}} or {{yy}}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="459"/>
        <source>{entity} numbers: “{char}” cannot be part of a number; use letters, digits, - _ and .</source>
        <translation>{entity} numbers: “{char}” cannot be part of a number; use letters, digits, - _ and .</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="463"/>
        <source>{entity} numbers: the text and dates around the running number may have at most {max} characters, not {length}.</source>
        <translation>{entity} numbers: the text and dates around the running number may have at most {max} characters, not {length}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="468"/>
        <source>The period starts on {start}, after its end {end}.</source>
        <translation>The period starts on {start}, after its end {end}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="469"/>
        <source>The charts can be kept to a credit tier or a test category, not both.</source>
        <translation>The charts can be kept to a credit tier or a test category, not both.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="472"/>
        <source>The period ends on {end}, after today ({today}): a statement covers days that are over.</source>
        <translation>The period ends on {end}, after today ({today}): a statement covers days that are over.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="476"/>
        <source>The ledger of {customer} does not add up from {start} to {end}: the opening balance {opening} and the entries of the period come to {lines}, but the balance on {end} is {closing}. Run `labledger check` and report the problem.</source>
        <translation>The ledger of {customer} does not add up from {start} to {end}: the opening balance {opening} and the entries of the period come to {lines}, but the balance on {end} is {closing}. Run `labledger check` and report the problem.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="482"/>
        <source>Fill in the lab&apos;s name, address and bank account in the settings before issuing statements: they are printed on them.</source>
        <translation>Fill in the lab&apos;s name, address and bank account in the settings before issuing statements: they are printed on them.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="487"/>
        <source>A reply is either agreed or disputed.</source>
        <translation>A reply is either agreed or disputed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="488"/>
        <source>The note is longer than {max} characters.</source>
        <translation>The note is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="489"/>
        <source>Give the amount the customer disputes.</source>
        <translation>Give the amount the customer disputes.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="490"/>
        <source>Say what the customer disputes.</source>
        <translation>Say what the customer disputes.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="491"/>
        <source>An agreed reply has no disputed amount or invoices.</source>
        <translation>An agreed reply has no disputed amount or invoices.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="492"/>
        <source>Say how the dispute was resolved.</source>
        <translation>Say how the dispute was resolved.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="493"/>
        <source>Statement {number} has no disputed reply to resolve.</source>
        <translation>Statement {number} has no disputed reply to resolve.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="494"/>
        <source>The dispute of statement {number} was resolved on {date}.</source>
        <translation>The dispute of statement {number} was resolved on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="495"/>
        <source>The date {date} is before {earliest}.</source>
        <translation>The date {date} is before {earliest}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="496"/>
        <source>The date {date} is in the future.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="497"/>
        <source>The scan file is empty.</source>
        <translation>The scan file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="498"/>
        <source>The scan is {size} MB; at most {max} MB can be attached.</source>
        <translation>The scan is {size} MB; at most {max} MB can be attached.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="499"/>
        <source>Attach the scan as a PDF, JPEG, PNG or TIFF file.</source>
        <translation>Attach the scan as a PDF, JPEG, PNG or TIFF file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="500"/>
        <source>The disputed invoices must be this customer&apos;s invoices.</source>
        <translation>The disputed invoices must be this customer&apos;s invoices.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="501"/>
        <source>The image must be a PNG or JPEG file.</source>
        <translation>The image must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="502"/>
        <source>The image is larger than {max} MB.</source>
        <translation>The image is larger than {max} MB.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="503"/>
        <source>Ask for payment within 1 to 90 days.</source>
        <translation>Ask for payment within 1 to 90 days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="504"/>
        <source>{customer} has nothing overdue on {date}: there is nothing to ask for.</source>
        <translation>{customer} has nothing overdue on {date}: there is nothing to ask for.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="507"/>
        <source>No Chinese font that can be embedded in a PDF was found on this computer. Install a TrueType Chinese font (on Windows SimSun or Microsoft YaHei come with the system; on Debian or Ubuntu: apt install fonts-wqy-microhei) or set the environment variable LABLEDGER_PDF_FONT to the path of a .ttf or .ttc font file.</source>
        <translation>No Chinese font that can be embedded in a PDF was found on this computer. Install a TrueType Chinese font (on Windows SimSun or Microsoft YaHei come with the system; on Debian or Ubuntu: apt install fonts-wqy-microhei) or set the environment variable LABLEDGER_PDF_FONT to the path of a .ttf or .ttc font file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="514"/>
        <source>There is no font file at {path}.</source>
        <translation>There is no font file at {path}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="515"/>
        <source>The font {path} cannot be used: after # comes the number of the font in the collection, e.g. simsun.ttc#0.</source>
        <translation>The font {path} cannot be used: after # comes the number of the font in the collection, e.g. simsun.ttc#0.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="520"/>
        <source>The font {path} cannot be embedded in a PDF: it is not a TrueType font. Use a .ttf or .ttc font with TrueType outlines, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</source>
        <translation>The font {path} cannot be embedded in a PDF: it is not a TrueType font. Use a .ttf or .ttc font with TrueType outlines, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="525"/>
        <source>The font {path} lacks Chinese characters. Use a Chinese TrueType font, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</source>
        <translation>The font {path} lacks Chinese characters. Use a Chinese TrueType font, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="530"/>
        <source>The PDF font {font} has no glyph for {chars} ({customer}). Set LABLEDGER_PDF_FONT to a font that has them, such as SimSun.</source>
        <translation>The PDF font {font} has no glyph for {chars} ({customer}). Set LABLEDGER_PDF_FONT to a font that has them, such as SimSun.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="535"/>
        <source>A collection target cannot be negative.</source>
        <translation>A collection target cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="536"/>
        <source>Scorecard weights must be whole numbers from 0 to 100, not all 0.</source>
        <translation>Scorecard weights must be whole numbers from 0 to 100, not all 0.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="539"/>
        <source>The DSO aim must be from 1 to 365 days.</source>
        <translation>The DSO aim must be from 1 to 365 days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="541"/>
        <source>A reminder schedule needs at least one level.</source>
        <translation>A reminder schedule needs at least one level.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="542"/>
        <source>A reminder schedule has at most {max} levels.</source>
        <translation>A reminder schedule has at most {max} levels.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="543"/>
        <source>A reminder level&apos;s day must be a whole number from {min} to {max}.</source>
        <translation>A reminder level&apos;s day must be a whole number from {min} to {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="546"/>
        <source>Reminder level {days}: unknown recipient or action {name}.</source>
        <translation>Reminder level {days}: unknown recipient or action {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="547"/>
        <source>Reminder level {days}: say who is told and what happens.</source>
        <translation>Reminder level {days}: say who is told and what happens.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="548"/>
        <source>Reminder level {days}: a collection task starts only after the due date.</source>
        <translation>Reminder level {days}: a collection task starts only after the due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="551"/>
        <source>Two reminder levels fall on the same day.</source>
        <translation>Two reminder levels fall on the same day.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="552"/>
        <source>This collection task is closed.</source>
        <translation>This collection task is closed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="553"/>
        <source>Snooze until a time in the future.</source>
        <translation>Snooze until a time in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="554"/>
        <source>Unknown notification kind: {kind}.</source>
        <translation>Unknown notification kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="555"/>
        <source>Quiet hours need both a start and an end.</source>
        <translation>Quiet hours need both a start and an end.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="556"/>
        <source>The end of the range is before its start.</source>
        <translation>The end of the range is before its start.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="557"/>
        <source>A calendar range is at most {max} days.</source>
        <translation>A calendar range is at most {max} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="558"/>
        <source>Unknown calendar kind: {kind}.</source>
        <translation>Unknown calendar kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="560"/>
        <source>Cannot import {path}: {reason}</source>
        <translation>Cannot import {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="561"/>
        <source>{count} cell(s) cannot be imported; nothing was written.</source>
        <translation>{count} cell(s) cannot be imported; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="562"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="563"/>
        <source>Cannot import {path}: the file is empty.</source>
        <translation>Cannot import {path}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="564"/>
        <source>Cannot import {path}: the workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
        <translation>Cannot import {path}: the workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="570"/>
        <source>Cannot import {path}: it is a web page (HTML) with an Excel name, as some systems export it. Open it in Excel, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>Cannot import {path}: it is a web page (HTML) with an Excel name, as some systems export it. Open it in Excel, save it as an Excel workbook (.xlsx) and import that.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="576"/>
        <source>Cannot import {path}: it is not an Excel workbook, or it is damaged.</source>
        <translation>Cannot import {path}: it is not an Excel workbook, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="579"/>
        <source>Cannot import {path}: the file is damaged or incomplete (perhaps cut short while copying).</source>
        <translation>Cannot import {path}: the file is damaged or incomplete (perhaps cut short while copying).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="584"/>
        <source>Cannot import {path}: it unpacks to far more data than a workbook holds (it may be a zip bomb).</source>
        <translation>Cannot import {path}: it unpacks to far more data than a workbook holds (it may be a zip bomb).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="589"/>
        <source>Cannot import {path}: it mixes text encodings; save it again as UTF-8 CSV.</source>
        <translation>Cannot import {path}: it mixes text encodings; save it again as UTF-8 CSV.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="592"/>
        <source>Cannot import {path}: the CSV file is malformed ({detail}).</source>
        <translation>Cannot import {path}: the CSV file is malformed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="593"/>
        <source>Cannot import {path}: no sheet has a header row LabLedger recognises (such as 客户名称, 开票日期, 开票金额); give a mapping file.</source>
        <translation>Cannot import {path}: no sheet has a header row LabLedger recognises (such as 客户名称, 开票日期, 开票金额); give a mapping file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="598"/>
        <source>Cannot import {path}: it has no sheet named {sheet}.</source>
        <translation>Cannot import {path}: it has no sheet named {sheet}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="599"/>
        <source>Give the mapping a name.</source>
        <translation>Give the mapping a name.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="600"/>
        <source>The mapping name is longer than {max} characters.</source>
        <translation>The mapping name is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="601"/>
        <source>Cannot use the mapping file {path}: {detail}</source>
        <translation>Cannot use the mapping file {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="602"/>
        <source>Not a date: write it as 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日 or 20230506.</source>
        <translation>Not a date: write it as 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日 or 20230506.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="606"/>
        <source>Not an amount: write it as 12345.60, ¥12,345.60 or 12,345.</source>
        <translation>Not an amount: write it as 12345.60, ¥12,345.60 or 12,345.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="607"/>
        <source>The amount has more than two decimals (fen).</source>
        <translation>The amount has more than two decimals (fen).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="608"/>
        <source>The amount is more than {max}.</source>
        <translation>The amount is more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="609"/>
        <source>Not a number of days: write it as 30 or 30天.</source>
        <translation>Not a number of days: write it as 30 or 30天.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="610"/>
        <source>This cell is required.</source>
        <translation>This cell is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="611"/>
        <source>A formula with no saved result: open the file in Excel, save it, then import.</source>
        <translation>A formula with no saved result: open the file in Excel, save it, then import.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="614"/>
        <source>The text is longer than {max} characters.</source>
        <translation>The text is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="615"/>
        <source>Not a valid unified social credit code (统一社会信用代码).</source>
        <translation>Not a valid unified social credit code (统一社会信用代码).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="616"/>
        <source>The date {date} is after today.</source>
        <translation>The date {date} is after today.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="617"/>
        <source>Not a tax rate: write it as 6%, 0.06 or 6.</source>
        <translation>Not a tax rate: write it as 6%, 0.06 or 6.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="618"/>
        <source>A payment needs both its date and its amount.</source>
        <translation>A payment needs both its date and its amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="619"/>
        <source>The payments add up to more than the invoice.</source>
        <translation>The payments add up to more than the invoice.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="620"/>
        <source>Invoice number {number} is already used by another invoice.</source>
        <translation>Invoice number {number} is already used by another invoice.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="621"/>
        <source>No customer {name} in LabLedger or earlier in this file.</source>
        <translation>No customer {name} in LabLedger or earlier in this file.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="622"/>
        <source>No invoice {number} of this customer.</source>
        <translation>No invoice {number} of this customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="623"/>
        <source>A negative (red-letter) amount cannot be imported as an invoice; enter the red-letter invoice in LabLedger against the invoice it credits.</source>
        <translation>A negative (red-letter) amount cannot be imported as an invoice; enter the red-letter invoice in LabLedger against the invoice it credits.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="629"/>
        <source>No system keyring is available to keep the password safely, so it was not saved. On Windows and macOS the system&apos;s own keyring is used; on Linux install and unlock one with the Secret Service (GNOME Keyring or KWallet) and the Python package secretstorage, or configure another keyring backend. LabLedger never keeps the password in the database. ({detail})</source>
        <translation>No system keyring is available to keep the password safely, so it was not saved. On Windows and macOS the system&apos;s own keyring is used; on Linux install and unlock one with the Secret Service (GNOME Keyring or KWallet) and the Python package secretstorage, or configure another keyring backend. LabLedger never keeps the password in the database. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="637"/>
        <source>The system keyring refused the password: {detail}</source>
        <translation>The system keyring refused the password: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="638"/>
        <source>The mail server (SMTP host) is required.</source>
        <translation>The mail server (SMTP host) is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="639"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="640"/>
        <source>Unknown connection security: {value}.</source>
        <translation>Unknown connection security: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="641"/>
        <source>The sender&apos;s email address is required.</source>
        <translation>The sender&apos;s email address is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="642"/>
        <source>{label}: {value} is not an email address.</source>
        <translation>{label}: {value} is not an email address.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="643"/>
        <source>The time-out must be from 1 to 300 seconds.</source>
        <translation>The time-out must be from 1 to 300 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="644"/>
        <source>The user name can have only letters, digits and ASCII symbols.</source>
        <translation>The user name can have only letters, digits and ASCII symbols.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="645"/>
        <source>A password needs the user name it belongs to.</source>
        <translation>A password needs the user name it belongs to.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="646"/>
        <source>The password can have only letters, digits and ASCII symbols.</source>
        <translation>The password can have only letters, digits and ASCII symbols.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="647"/>
        <source>The webhook address must start with https:// and name a server: {url}</source>
        <translation>The webhook address must start with https:// and name a server: {url}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="650"/>
        <source>At most {max} team robots can be set.</source>
        <translation>At most {max} team robots can be set.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="651"/>
        <source>A robot is WeCom or DingTalk, not {value}.</source>
        <translation>A robot is WeCom or DingTalk, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="652"/>
        <source>Each robot needs a name.</source>
        <translation>Each robot needs a name.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="653"/>
        <source>Two robots are named {name}.</source>
        <translation>Two robots are named {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="654"/>
        <source>Unknown robot scope: {value}.</source>
        <translation>Unknown robot scope: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="655"/>
        <source>The robot {name} is for one salesperson or team: choose whom.</source>
        <translation>The robot {name} is for one salesperson or team: choose whom.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="656"/>
        <source>Only a DingTalk robot has a signing secret: {name}.</source>
        <translation>Only a DingTalk robot has a signing secret: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="657"/>
        <source>The test email was not sent: {detail}</source>
        <translation>The test email was not sent: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="658"/>
        <source>The robot {name} did not take the test message: {detail}</source>
        <translation>The robot {name} did not take the test message: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="660"/>
        <source>The login name or the password is wrong.</source>
        <translation>The login name or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="661"/>
        <source>This account is locked after {attempts} failed log-ins. Try again after {until}, or ask an administrator to unlock it.</source>
        <translation>This account is locked after {attempts} failed log-ins. Try again after {until}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="666"/>
        <source>This database requires a log-in on the command line: give --user LOGIN (the password is asked for, or read from LABLEDGER_PASSWORD).</source>
        <translation>This database requires a log-in on the command line: give --user LOGIN (the password is asked for, or read from LABLEDGER_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="671"/>
        <source>The password of {login} was reset: log in to the application and change it first.</source>
        <translation>The password of {login} was reset: log in to the application and change it first.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="675"/>
        <source>An account may be locked after 1 to {max} failed log-ins.</source>
        <translation>An account may be locked after 1 to {max} failed log-ins.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="676"/>
        <source>A lock may last 1 to {max} minutes.</source>
        <translation>A lock may last 1 to {max} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="677"/>
        <source>The password needs at least {min} characters.</source>
        <translation>The password needs at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="678"/>
        <source>The password may have at most {max} characters.</source>
        <translation>The password may have at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="679"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="680"/>
        <source>The login name is required.</source>
        <translation>The login name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="681"/>
        <source>The name may have at most {max} characters.</source>
        <translation>The name may have at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="682"/>
        <source>An administrator exists already: log in as them to add users.</source>
        <translation>An administrator exists already: log in as them to add users.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="683"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="684"/>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="686"/>
        <source>Cannot import {path}: it is not a bank statement LabLedger can read (no header row names a date and an amount column, such as 交易日期 and 交易金额).</source>
        <translation>Cannot import {path}: it is not a bank statement LabLedger can read (no header row names a date and an amount column, such as 交易日期 and 交易金额).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="691"/>
        <source>Cannot import {path}: the statement has no transactions.</source>
        <translation>Cannot import {path}: the statement has no transactions.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="692"/>
        <source>Cannot import {path}: row {row} has an amount LabLedger cannot read ({value}).</source>
        <translation>Cannot import {path}: row {row} has an amount LabLedger cannot read ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="695"/>
        <source>Choose the customer who paid {amount} on {date}.</source>
        <translation>Choose the customer who paid {amount} on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="696"/>
        <source>The bank line of {date} for {amount} was already {status} (here or on another PC); nothing was changed.</source>
        <translation>The bank line of {date} for {amount} was already {status} (here or on another PC); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="701"/>
        <source>Keep between 1 and {max} daily backups.</source>
        <translation>Keep between 1 and {max} daily backups.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="702"/>
        <source>Backups of a server database are made and restored on the server (pg_dump, pg_restore).</source>
        <translation>Backups of a server database are made and restored on the server (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="706"/>
        <source>migrate-to copies into a PostgreSQL database (postgresql://user@host/database); {url} is not one.</source>
        <translation>migrate-to copies into a PostgreSQL database (postgresql://user@host/database); {url} is not one.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="711"/>
        <source>migrate-to copies a SQLite database; this one is already on a server.</source>
        <translation>migrate-to copies a SQLite database; this one is already on a server.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="714"/>
        <source>The database {target} is not empty ({table} holds {rows} rows): migrate-to copies only into an empty database.</source>
        <translation>The database {target} is not empty ({table} holds {rows} rows): migrate-to copies only into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="719"/>
        <source>The database {target} has schema {theirs} and the original {mine}; both must be at this version&apos;s schema.</source>
        <translation>The database {target} has schema {theirs} and the original {mine}; both must be at this version&apos;s schema.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="724"/>
        <source>The copy in {target} differs from the original: {problems}</source>
        <translation>The copy in {target} differs from the original: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="732"/>
        <source>Collection task</source>
        <translation>Collection task</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="733"/>
        <source>work collection tasks</source>
        <translation>work collection tasks</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="734"/>
        <source>change reminder schedules</source>
        <translation>change reminder schedules</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="735"/>
        <source>read notifications</source>
        <translation>read notifications</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="736"/>
        <source>change others&apos; preferences</source>
        <translation>change others&apos; preferences</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="808"/>
        <source>change the log-in rules</source>
        <translation>change the log-in rules</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="809"/>
        <source>reset passwords</source>
        <translation>reset passwords</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="810"/>
        <source>unlock accounts</source>
        <translation>unlock accounts</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="812"/>
        <source>set collection targets</source>
        <translation>set collection targets</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="813"/>
        <source>change the scorecard</source>
        <translation>change the scorecard</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="842"/>
        <source>issue statements</source>
        <translation>issue statements</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="843"/>
        <source>record statements sent</source>
        <translation>record statements sent</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="844"/>
        <source>record statement replies</source>
        <translation>record statement replies</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="845"/>
        <source>resolve statement disputes</source>
        <translation>resolve statement disputes</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="846"/>
        <source>change the lab profile</source>
        <translation>change the lab profile</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="847"/>
        <source>change the notification channels</source>
        <translation>change the notification channels</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="848"/>
        <source>import records</source>
        <translation>import records</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="849"/>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="850"/>
        <source>Sender&apos;s address</source>
        <translation>Sender&apos;s address</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="851"/>
        <source>Reply-to address</source>
        <translation>Reply-to address</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="852"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="853"/>
        <source>Sender&apos;s name</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="854"/>
        <source>Robot name</source>
        <translation>Robot name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="855"/>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="856"/>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="857"/>
        <source>Bank line</source>
        <translation>Bank line</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="858"/>
        <source>import bank statements</source>
        <translation>import bank statements</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="859"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="860"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="861"/>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="862"/>
        <source>change the backup settings</source>
        <translation>change the backup settings</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="863"/>
        <source>back up the database</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="864"/>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="731"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="737"/>
        <source>Tier proposal</source>
        <translation>Tier proposal</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="738"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="739"/>
        <source>Invoice request</source>
        <translation>Invoice request</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="740"/>
        <source>Write-off request</source>
        <translation>Write-off request</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="741"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="742"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="743"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="744"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="745"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="746"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="747"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="748"/>
        <source>log follow-ups</source>
        <translation>log follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="749"/>
        <source>judge promises to pay</source>
        <translation>judge promises to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="750"/>
        <source>propose credit tier changes</source>
        <translation>propose credit tier changes</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="751"/>
        <source>decide credit tier changes</source>
        <translation>decide credit tier changes</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="752"/>
        <source>edit credit tiers</source>
        <translation>edit credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="753"/>
        <source>create customers</source>
        <translation>create customers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="754"/>
        <source>edit customers</source>
        <translation>edit customers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="755"/>
        <source>archive customers</source>
        <translation>archive customers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="756"/>
        <source>hand customers over</source>
        <translation>hand customers over</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="757"/>
        <source>merge customers</source>
        <translation>merge customers</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="758"/>
        <source>request invoices</source>
        <translation>request invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="759"/>
        <source>issue invoices</source>
        <translation>issue invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="760"/>
        <source>reject invoice requests</source>
        <translation>reject invoice requests</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="761"/>
        <source>void invoices</source>
        <translation>void invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="762"/>
        <source>record payments</source>
        <translation>record payments</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="763"/>
        <source>allocate payments</source>
        <translation>allocate payments</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="764"/>
        <source>reverse payments</source>
        <translation>reverse payments</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="765"/>
        <source>create projects</source>
        <translation>create projects</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="766"/>
        <source>quote projects</source>
        <translation>quote projects</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="767"/>
        <source>sign contracts</source>
        <translation>sign contracts</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="768"/>
        <source>move projects to lead</source>
        <translation>move projects to lead</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="769"/>
        <source>move projects to quoted</source>
        <translation>move projects to quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="770"/>
        <source>move projects to contracted</source>
        <translation>move projects to contracted</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="771"/>
        <source>move projects to samples_received</source>
        <translation>move projects to samples_received</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="772"/>
        <source>move projects to testing</source>
        <translation>move projects to testing</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="773"/>
        <source>move projects to report_issued</source>
        <translation>move projects to report_issued</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="774"/>
        <source>move projects to invoiced</source>
        <translation>move projects to invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="775"/>
        <source>move projects to paid</source>
        <translation>move projects to paid</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="776"/>
        <source>move projects to cancelled</source>
        <translation>move projects to cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="777"/>
        <source>plan payments</source>
        <translation>plan payments</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="778"/>
        <source>release reports</source>
        <translation>release reports</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="779"/>
        <source>override a report hold</source>
        <translation>override a report hold</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="780"/>
        <source>write off bad debts</source>
        <translation>write off bad debts</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="781"/>
        <source>approve write-offs</source>
        <translation>approve write-offs</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="782"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="783"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="784"/>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="785"/>
        <source>finance</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="786"/>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="787"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="788"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="789"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="790"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="791"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="792"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="793"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="794"/>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="795"/>
        <source>contracted</source>
        <translation>contracted</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="796"/>
        <source>samples_received</source>
        <translation>samples_received</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="797"/>
        <source>testing</source>
        <translation>testing</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="798"/>
        <source>report_issued</source>
        <translation>report_issued</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="799"/>
        <source>invoiced</source>
        <translation>invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="800"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="801"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="802"/>
        <source>change a customer&apos;s credit tier</source>
        <translation>change a customer&apos;s credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="803"/>
        <source>move projects to that stage</source>
        <translation>move projects to that stage</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="804"/>
        <source>override a credit hold</source>
        <translation>override a credit hold</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="805"/>
        <source>change aging settings</source>
        <translation>change aging settings</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="806"/>
        <source>manage staff</source>
        <translation>manage staff</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="807"/>
        <source>give or take the admin role</source>
        <translation>give or take the admin role</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="811"/>
        <source>change when large amounts are confirmed</source>
        <translation>change when large amounts are confirmed</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="815"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="816"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="817"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="818"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="819"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="820"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="821"/>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="822"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="823"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="824"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="825"/>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="826"/>
        <source>Contact title</source>
        <translation>Contact title</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="827"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="828"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="829"/>
        <source>Contact WeChat</source>
        <translation>Contact WeChat</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="830"/>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="831"/>
        <source>Test category</source>
        <translation>Test category</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="832"/>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="833"/>
        <source>Test item</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="834"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="835"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="836"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="837"/>
        <source>Lab name</source>
        <translation>Lab name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="838"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="839"/>
        <location filename="../../app/views/shell/error_dialogs.py" line="841"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="840"/>
        <source>change numbering rules</source>
        <translation>change numbering rules</translation>
    </message>
    <message>
        <location filename="../../app/views/credit/tier_dialog.py" line="51"/>
        <source>Write the reminder days as whole numbers separated by commas, e.g. -7, 0, 7, 15 (negative: before the due date).</source>
        <translation>Write the reminder days as whole numbers separated by commas, e.g. -7, 0, 7, 15 (negative: before the due date).</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_errors.py" line="35"/>
        <source>Enter an amount in yuan, e.g. 50000 or 50,000.00.</source>
        <translation>Enter an amount in yuan, e.g. 50000 or 50,000.00.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="343"/>
        <source>The amount cannot be more than {max}.</source>
        <translation>The amount cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="344"/>
        <source>An allocation to {number} cannot be more than {max}.</source>
        <translation>An allocation to {number} cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="345"/>
        <source>Quote line {n}: price, discount and amount cannot be more than {max}.</source>
        <translation>Quote line {n}: price, discount and amount cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="348"/>
        <source>The quote adds up to {total}, more than {max}.</source>
        <translation>The quote adds up to {total}, more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="349"/>
        <source>The contract amount cannot be more than {max}.</source>
        <translation>The contract amount cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="350"/>
        <source>An installment cannot be more than {max}.</source>
        <translation>An installment cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="351"/>
        <source>The credit limit cannot be more than {max}.</source>
        <translation>The credit limit cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialogs.py" line="352"/>
        <source>The promised amount cannot be more than {max}.</source>
        <translation>The promised amount cannot be more than {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings/aging_settings_dialog.py" line="35"/>
        <source>Aging buckets: write the bounds as whole numbers of days separated by commas, e.g. 30, 60, 90, 180, 365.</source>
        <translation>Aging buckets: write the bounds as whole numbers of days separated by commas, e.g. 30, 60, 90, 180, 365.</translation>
    </message>
</context>
<context>
    <name>invoice_dialog</name>
    <message>
        <location filename="../../app/views/invoices/invoice_dialog.py" line="60"/>
        <source>Tax {tax}, excluding tax {net}</source>
        <translation>Tax {tax}, excluding tax {net}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="18"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="19"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="20"/>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="21"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25"/>
        <source>VAT special invoice</source>
        <translation>VAT special invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="26"/>
        <source>VAT normal invoice</source>
        <translation>VAT normal invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="27"/>
        <source>Fully digital invoice</source>
        <translation>Fully digital invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="28"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="33"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="34"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="35"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="36"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="37"/>
        <source>Red-letter</source>
        <translation>Red-letter</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="41"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="42"/>
        <source>Bad-debt write-off</source>
        <translation>Bad-debt write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="43"/>
        <source>Red-letter invoice</source>
        <translation>Red-letter invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="89"/>
        <source>Over {days} days</source>
        <translation>Over {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91"/>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} days</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="95"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
</context>
<context>
    <name>ledger_labels</name>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="17"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="18"/>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="19"/>
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="20"/>
        <source>Samples received</source>
        <translation>Samples received</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="21"/>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="22"/>
        <source>Report issued</source>
        <translation>Report issued</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="23"/>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="24"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="25"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="29"/>
        <source>On a fixed date</source>
        <translation>On a fixed date</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="30"/>
        <source>After the contract is signed</source>
        <translation>After the contract is signed</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="33"/>
        <source>After samples are received</source>
        <translation>After samples are received</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="36"/>
        <source>After the report is issued</source>
        <translation>After the report is issued</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="42"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="43"/>
        <source>Acceptance bill</source>
        <translation>Acceptance bill</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="44"/>
        <source>WeChat / Alipay</source>
        <translation>WeChat / Alipay</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="45"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="46"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="51"/>
        <source>With prepayment left</source>
        <translation>With prepayment left</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="52"/>
        <source>Fully allocated</source>
        <translation>Fully allocated</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="53"/>
        <location filename="../../app/views/ledger_labels.py" line="58"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../app/views/ledger_labels.py" line="57"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>notification_labels</name>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="12"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="13"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="14"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="15"/>
        <source>Task escalated</source>
        <translation>Task escalated</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="16"/>
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="17"/>
        <source>Promise due</source>
        <translation>Promise due</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="18"/>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="19"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="20"/>
        <source>Stage deadline</source>
        <translation>Stage deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/notifications/notification_labels.py" line="21"/>
        <source>Statement awaiting a reply</source>
        <translation>Statement awaiting a reply</translation>
    </message>
</context>
<context>
    <name>release_dialog</name>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="28"/>
        <source>The customer is on credit hold ({overdue} overdue more than {days} days): the project must be paid in full first.</source>
        <translation>The customer is on credit hold ({overdue} overdue more than {days} days): the project must be paid in full first.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="34"/>
        <source>The customer&apos;s credit tier asks for payment in full first.</source>
        <translation>The customer&apos;s credit tier asks for payment in full first.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="38"/>
        <source>The customer&apos;s credit tier asks for {share} of the contract first.</source>
        <translation>The customer&apos;s credit tier asks for {share} of the contract first.</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="48"/>
        <source>Credit hold: {overdue} overdue</source>
        <translation>Credit hold: {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="52"/>
        <source>Credit tier: payment in full first</source>
        <translation>Credit tier: payment in full first</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="54"/>
        <source>Credit tier: {share} first</source>
        <translation>Credit tier: {share} first</translation>
    </message>
    <message>
        <location filename="../../app/views/projects/release_dialog.py" line="64"/>
        <source>{total} ({paid} on the project&apos;s invoices, {credit} prepaid)</source>
        <translation>{total} ({paid} on the project&apos;s invoices, {credit} prepaid)</translation>
    </message>
</context>
</TS>
