<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/views/application.py" line="120"/>
        <source>Opening the database {location}…</source>
        <translation>Opening the database {location}…</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <location filename="../../app/views/coming_later_page.py" line="20"/>
        <source>This section arrives in a later version of LabLedger. Nothing here works yet.</source>
        <translation>This section arrives in a later version of LabLedger. Nothing here works yet.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="25"/>
        <location filename="../../app/views/customer_detail_panel.py" line="57"/>
        <source>Select a customer to see their details.</source>
        <translation>Select a customer to see their details.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="36"/>
        <source>Credit and balance</source>
        <translation>Credit and balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="37"/>
        <source>Aging of open invoices</source>
        <translation>Aging of open invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="38"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="39"/>
        <source>Invoicing details</source>
        <translation>Invoicing details</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="40"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="82"/>
        <source>Salesperson: {name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="84"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="88"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="89"/>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="90"/>
        <source>Available credit</source>
        <translation>Available credit</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="91"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="92"/>
        <source>Unapplied payments</source>
        <translation>Unapplied payments</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="93"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="102"/>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="106"/>
        <source>{name} – primary</source>
        <translation>{name} – primary</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="109"/>
        <source>WeChat: {id}</source>
        <translation>WeChat: {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="113"/>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="114"/>
        <source>Tax ID / USCC</source>
        <translation>Tax ID / USCC</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="115"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="116"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="117"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="119"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="122"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_detail_panel.py" line="123"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="22"/>
        <source>Search name, short name, code or USCC</source>
        <translation>Search name, short name, code or USCC</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="25"/>
        <source>All credit tiers</source>
        <translation>All credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="31"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_list_view.py" line="38"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer_list_view.py" line="69"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="36"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="38"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="40"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="43"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="45"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="47"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="49"/>
        <source>Unapplied payments</source>
        <translation>Unapplied payments</translation>
    </message>
    <message>
        <location filename="../../app/views/customer_table_model.py" line="51"/>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../app/views/database_dialog.py" line="31"/>
        <location filename="../../app/views/database_dialog.py" line="139"/>
        <source>Change database</source>
        <translation>Change database</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="35"/>
        <source>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</source>
        <translation>Several PCs can share one database: a SQLite file on a shared folder for a few users, or a PostgreSQL server for more. The change applies the next time LabLedger starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="39"/>
        <source>Default local file ({path})</source>
        <translation>Default local file ({path})</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="41"/>
        <source>SQLite file (local or on a shared folder)</source>
        <translation>SQLite file (local or on a shared folder)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="42"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="81"/>
        <source>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</source>
        <translation>This session was started with --db or the LABLEDGER_DB environment variable; those take precedence over the choice saved here.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="98"/>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="99"/>
        <source>LabLedger database (*.sqlite3 *.db);;All files (*)</source>
        <translation>LabLedger database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="117"/>
        <source>Enter the path of the database file.</source>
        <translation>Enter the path of the database file.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="119"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="121"/>
        <source>A server address starts with postgresql://</source>
        <translation>A server address starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="125"/>
        <source>This is not a valid database address.</source>
        <translation>This is not a valid database address.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_dialog.py" line="140"/>
        <source>LabLedger will open {location} the next time it starts.</source>
        <translation>LabLedger will open {location} the next time it starts.</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="41"/>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="44"/>
        <source>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</source>
        <translation>Invented customers, projects, invoices, payments and write-offs, with Chinese company names. The same seed always gives the same data. Large amounts take a while; you can cancel.</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="61"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="62"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="63"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="66"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
</context>
<context>
    <name>DemoGeneration</name>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="86"/>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="87"/>
        <source>Generating demo data…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="121"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="126"/>
        <source>Cancelled. Nothing was written to the database.</source>
        <translation>Cancelled. Nothing was written to the database.</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="128"/>
        <source>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</source>
        <translation>Demo data loaded: {customers} customers, {invoices} invoices and {payments} payments.</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_data_dialog.py" line="132"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="254"/>
        <source>LabLedger</source>
        <translation>LabLedger</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailPanel</name>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="49"/>
        <location filename="../../app/views/invoice_detail_panel.py" line="88"/>
        <source>Select an invoice to see its details.</source>
        <translation>Select an invoice to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="60"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="61"/>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="68"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="119"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="123"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="124"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="125"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="127"/>
        <source>Cancels invoice</source>
        <translation>Cancels invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="129"/>
        <source>Reason for voiding</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="131"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="134"/>
        <source>Amount incl. tax</source>
        <translation>Amount incl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="135"/>
        <source>Tax ({rate})</source>
        <translation>Tax ({rate})</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="137"/>
        <source>Amount excl. tax</source>
        <translation>Amount excl. tax</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="138"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="139"/>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="142"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="146"/>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_detail_panel.py" line="146"/>
        <source>Nothing has settled this invoice yet.</source>
        <translation>Nothing has settled this invoice yet.</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../app/views/invoice_list_view.py" line="22"/>
        <source>Search invoice number (from the start) or customer</source>
        <translation>Search invoice number (from the start) or customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_list_view.py" line="26"/>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/invoice_list_view.py" line="37"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="42"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="44"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="46"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="48"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="50"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="52"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="54"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="58"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/views/invoice_table_model.py" line="60"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>LabProfileDialog</name>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="32"/>
        <source>Lab profile</source>
        <translation>Lab profile</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="35"/>
        <source>Lab name</source>
        <translation>Lab name</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="37"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="38"/>
        <source>Tax ID (USCC)</source>
        <translation>Tax ID (USCC)</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="39"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="40"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="41"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/views/lab_profile_dialog.py" line="60"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="57"/>
        <location filename="../../app/views/main_window.py" line="176"/>
        <source>LabLedger – receivables</source>
        <translation>LabLedger – receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="87"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="89"/>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="111"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="113"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="115"/>
        <location filename="../../app/views/main_window.py" line="116"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="117"/>
        <source>Testing projects from quote to report: the stage of each project (samples received, testing, report issued), payment plans, invoice requests to finance, and holding back reports until the customer has paid.</source>
        <translation>Testing projects from quote to report: the stage of each project (samples received, testing, report issued), payment plans, invoice requests to finance, and holding back reports until the customer has paid.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="121"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="123"/>
        <location filename="../../app/views/main_window.py" line="124"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>Record payments received and allocate them to invoices, import the bank&apos;s statement and match each line to its customer and invoices, and write off bad debts.</source>
        <translation>Record payments received and allocate them to invoices, import the bank&apos;s statement and match each line to its customer and invoices, and write off bad debts.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="128"/>
        <location filename="../../app/views/main_window.py" line="129"/>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="130"/>
        <source>Aging of receivables by customer, salesperson and credit tier, overdue lists, follow-ups and promises to pay, credit holds, and reconciliation statements for customers to confirm.</source>
        <translation>Aging of receivables by customer, salesperson and credit tier, overdue lists, follow-ups and promises to pay, credit holds, and reconciliation statements for customers to confirm.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <location filename="../../app/views/main_window.py" line="134"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Due dates, payment plan instalments, promises to pay and follow-ups on a calendar, with reminders.</source>
        <translation>Due dates, payment plan instalments, promises to pay and follow-ups on a calendar, with reminders.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <location filename="../../app/views/main_window.py" line="138"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="139"/>
        <source>Receivables, overdue ratio, DSO, collection rate and trends, each salesperson&apos;s collection performance and the bad-debt provision, exported to Excel and PDF.</source>
        <translation>Receivables, overdue ratio, DSO, collection rate and trends, each salesperson&apos;s collection performance and the bad-debt provision, exported to Excel and PDF.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="142"/>
        <location filename="../../app/views/main_window.py" line="143"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Bring in the Excel ledgers the lab kept by hand, and lists of customers, projects, invoices and payments: LabLedger finds the headers, proposes the column mapping and checks every row before writing.</source>
        <translation>Bring in the Excel ledgers the lab kept by hand, and lists of customers, projects, invoices and payments: LabLedger finds the headers, proposes the column mapping and checks every row before writing.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="148"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="154"/>
        <source>Change &amp;database…</source>
        <translation>Change &amp;database…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;About LabLedger</source>
        <translation>&amp;About LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178"/>
        <source>{lab} – LabLedger</source>
        <translation>{lab} – LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="200"/>
        <source>About LabLedger</source>
        <translation>About LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
        <source>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</source>
        <translation>&lt;b&gt;LabLedger {version}&lt;/b&gt;&lt;br&gt;Receivables for testing laboratories: customers, invoices and payments in one place, so that money owed to the lab is collected sooner.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="206"/>
        <source>Database: {location}&lt;br&gt;Qt {qt}</source>
        <translation>Database: {location}&lt;br&gt;Qt {qt}</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../app/views/paged_list_page.py" line="80"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/views/settings_page.py" line="31"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="37"/>
        <source>The new language applies the next time LabLedger starts.</source>
        <translation>The new language applies the next time LabLedger starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="39"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="42"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="49"/>
        <source>given with --db</source>
        <translation>given with --db</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="50"/>
        <source>given by the LABLEDGER_DB environment variable</source>
        <translation>given by the LABLEDGER_DB environment variable</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="51"/>
        <source>chosen in these settings</source>
        <translation>chosen in these settings</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="52"/>
        <source>the default local file</source>
        <translation>the default local file</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="55"/>
        <source>Change database…</source>
        <translation>Change database…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="57"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="60"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="61"/>
        <source>Chosen by</source>
        <translation>Chosen by</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="64"/>
        <source>Edit lab profile…</source>
        <translation>Edit lab profile…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="66"/>
        <source>Lab profile</source>
        <translation>Lab profile</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_page.py" line="68"/>
        <source>Name, address, tax ID and bank details printed on statements.</source>
        <translation>Name, address, tax ID and bank details printed on statements.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/views/workbench_page.py" line="64"/>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="66"/>
        <source>Go to customers</source>
        <translation>Go to customers</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="67"/>
        <source>Go to invoices</source>
        <translation>Go to invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="68"/>
        <source>Load demo data…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="76"/>
        <source>The full dashboard (receivables, overdue ratio, DSO, trends and reminders) arrives in a later version.</source>
        <translation>The full dashboard (receivables, overdue ratio, DSO, trends and reminders) arrives in a later version.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="87"/>
        <source>Your lab</source>
        <translation>Your lab</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="89"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="90"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="91"/>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/workbench_page.py" line="92"/>
        <source>Overdue invoices as of {date}</source>
        <translation>Overdue invoices as of {date}</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="282"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="286"/>
        <source>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</source>
        <translation>Something went wrong that LabLedger did not expect. Your data already saved is safe. Please copy the report below and send it to whoever supports LabLedger for you.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="297"/>
        <source>The report is also in the log file: {path}</source>
        <translation>The report is also in the log file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="303"/>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/views/welcome_page.py" line="19"/>
        <source>Welcome to LabLedger</source>
        <translation>Welcome to LabLedger</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="21"/>
        <source>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</source>
        <translation>LabLedger keeps your lab&apos;s customers, invoices and payments in one place so that money owed to the lab is collected sooner. This database is still empty. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="26"/>
        <source>Enter the lab profile…</source>
        <translation>Enter the lab profile…</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="28"/>
        <source>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</source>
        <translation>Your lab&apos;s name, address, tax ID and bank details. They are printed on reconciliation statements so customers know where to pay.</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="32"/>
        <source>Load demo data…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../app/views/welcome_page.py" line="34"/>
        <source>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</source>
        <translation>Fill this database with invented customers, projects, invoices and payments to try LabLedger out. Use a separate database file for your real records.</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../app/views/workbench_page.py" line="107"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="36"/>
        <source>{entity} {key} does not exist (it may have been deleted on another PC).</source>
        <translation>{entity} {key} does not exist (it may have been deleted on another PC).</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="38"/>
        <source>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</source>
        <translation>{entity} {key} was changed by someone else while you were editing it. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="40"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Your role ({role}) may not {action}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="41"/>
        <source>The database is busy (another PC is writing). Try again in a moment.</source>
        <translation>The database is busy (another PC is writing). Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="43"/>
        <source>Cannot open the database {location}: {reason}</source>
        <translation>Cannot open the database {location}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="44"/>
        <source>Unknown follow-up kind: {kind}.</source>
        <translation>Unknown follow-up kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="45"/>
        <source>The summary is required.</source>
        <translation>The summary is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="46"/>
        <source>The summary is longer than {max} characters.</source>
        <translation>The summary is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="47"/>
        <source>Say when the follow-up happened.</source>
        <translation>Say when the follow-up happened.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="48"/>
        <source>The follow-up date ({date}) is in the future.</source>
        <translation>The follow-up date ({date}) is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="49"/>
        <source>The next action date is before the follow-up itself.</source>
        <translation>The next action date is before the follow-up itself.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="50"/>
        <source>A promise to pay needs the promised date.</source>
        <translation>A promise to pay needs the promised date.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="51"/>
        <source>A promise to pay needs the promised amount.</source>
        <translation>A promise to pay needs the promised amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="52"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>The promised amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="53"/>
        <source>The promised date is before the follow-up ({date}).</source>
        <translation>The promised date is before the follow-up ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="54"/>
        <source>The project belongs to another customer.</source>
        <translation>The project belongs to another customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="55"/>
        <source>The tier proposal for {customer} was already {status}.</source>
        <translation>The tier proposal for {customer} was already {status}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="56"/>
        <source>{customer} changed tier after this proposal was made; it no longer applies.</source>
        <translation>{customer} changed tier after this proposal was made; it no longer applies.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="58"/>
        <source>The tier code is required.</source>
        <translation>The tier code is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="59"/>
        <source>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</source>
        <translation>The tier code {code} must start with a lower-case letter and use only a-z, 0-9 and _ (at most 32 characters).</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="61"/>
        <source>The tier name is required.</source>
        <translation>The tier name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="62"/>
        <source>The tier name has more than {max} characters.</source>
        <translation>The tier name has more than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="63"/>
        <source>The English tier name has more than {max} characters.</source>
        <translation>The English tier name has more than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="64"/>
        <source>Unknown role: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="65"/>
        <source>Say after how many days overdue to escalate.</source>
        <translation>Say after how many days overdue to escalate.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="66"/>
        <source>Choose whom to escalate to.</source>
        <translation>Choose whom to escalate to.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="67"/>
        <source>Tier code {code} is already used.</source>
        <translation>Tier code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="68"/>
        <source>A tier named {name} already exists.</source>
        <translation>A tier named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="69"/>
        <source>The code of the default tier {name} cannot change.</source>
        <translation>The code of the default tier {name} cannot change.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="70"/>
        <source>{name} is a default tier and cannot be deleted; edit it instead.</source>
        <translation>{name} is a default tier and cannot be deleted; edit it instead.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="72"/>
        <source>{count} customers are in the tier {name}; move them to another tier first.</source>
        <translation>{count} customers are in the tier {name}; move them to another tier first.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="74"/>
        <source>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</source>
        <translation>{count} tier-change proposals refer to the tier {name}, so it stays in the history.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="76"/>
        <source>The customer name is required.</source>
        <translation>The customer name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="77"/>
        <source>A customer named {name} already exists.</source>
        <translation>A customer named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="78"/>
        <source>Customer code {code} is already used.</source>
        <translation>Customer code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="79"/>
        <source>Unknown customer category: {category}.</source>
        <translation>Unknown customer category: {category}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="80"/>
        <source>Choose a credit tier.</source>
        <translation>Choose a credit tier.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="81"/>
        <source>The credit limit cannot be negative.</source>
        <translation>The credit limit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="82"/>
        <source>Payment terms must be 0 to {max} days.</source>
        <translation>Payment terms must be 0 to {max} days.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="83"/>
        <source>The unified social credit code {code} is invalid: {problem}.</source>
        <translation>The unified social credit code {code} is invalid: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="84"/>
        <source>Another customer already has the unified social credit code {code}.</source>
        <translation>Another customer already has the unified social credit code {code}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="86"/>
        <source>The salesperson does not exist or is inactive.</source>
        <translation>The salesperson does not exist or is inactive.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="87"/>
        <source>Choose two different customers to merge.</source>
        <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="88"/>
        <source>At least one customer is needed, not {value}.</source>
        <translation>At least one customer is needed, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="89"/>
        <source>The number of invoices cannot be {value}.</source>
        <translation>The number of invoices cannot be {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="90"/>
        <source>The database has no credit tiers; run `labledger init` first.</source>
        <translation>The database has no credit tiers; run `labledger init` first.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="91"/>
        <source>The database already has customers. Demo data can only be generated into an empty database.</source>
        <translation>The database already has customers. Demo data can only be generated into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="93"/>
        <source>This invoice request was already {status}.</source>
        <translation>This invoice request was already {status}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="94"/>
        <source>Say why the request is rejected.</source>
        <translation>Say why the request is rejected.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="95"/>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="96"/>
        <source>An invoice request for {code} is already waiting for finance.</source>
        <translation>An invoice request for {code} is already waiting for finance.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="97"/>
        <source>The installment is not part of this project.</source>
        <translation>The installment is not part of this project.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="98"/>
        <source>Unknown invoice kind: {kind}.</source>
        <translation>Unknown invoice kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="99"/>
        <source>The tax rate must be between 0% and 17%.</source>
        <translation>The tax rate must be between 0% and 17%.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="100"/>
        <source>The due date is before the issue date.</source>
        <translation>The due date is before the issue date.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="101"/>
        <source>The amount to credit must be greater than zero.</source>
        <translation>The amount to credit must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="102"/>
        <source>Say why the invoice is credited.</source>
        <translation>Say why the invoice is credited.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="103"/>
        <source>Say why the invoice is voided.</source>
        <translation>Say why the invoice is voided.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="104"/>
        <source>Invoice number {number} already exists.</source>
        <translation>Invoice number {number} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="105"/>
        <source>Only an issued, normal invoice can be credited; {number} is not one.</source>
        <translation>Only an issued, normal invoice can be credited; {number} is not one.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="107"/>
        <source>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</source>
        <translation>Invoice {number} has {open} open; a credit of {amount} would exceed it. Remove payments applied to it first.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="109"/>
        <source>A red-letter invoice cannot predate the invoice it credits.</source>
        <translation>A red-letter invoice cannot predate the invoice it credits.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="110"/>
        <source>Invoice {number} is already void.</source>
        <translation>Invoice {number} is already void.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="111"/>
        <source>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</source>
        <translation>Invoice {number} has {settled} applied to it (payments, write-offs or red-letter invoices). Remove those first.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="113"/>
        <source>Say why the payment is reversed.</source>
        <translation>Say why the payment is reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="114"/>
        <source>Say why the allocation is removed.</source>
        <translation>Say why the allocation is removed.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="115"/>
        <source>Unknown payment method: {method}.</source>
        <translation>Unknown payment method: {method}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="116"/>
        <source>The date received ({date}) is in the future.</source>
        <translation>The date received ({date}) is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="117"/>
        <source>Payment {number} has been reversed.</source>
        <translation>Payment {number} has been reversed.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="118"/>
        <source>Payment {number} has {free} unallocated; the split adds up to {total}.</source>
        <translation>Payment {number} has {free} unallocated; the split adds up to {total}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="120"/>
        <source>An allocation to {number} is negative.</source>
        <translation>An allocation to {number} is negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="121"/>
        <source>Invoice {number} belongs to another customer.</source>
        <translation>Invoice {number} belongs to another customer.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="122"/>
        <source>Invoice {number} is void or a red-letter invoice and cannot take a payment.</source>
        <translation>Invoice {number} is void or a red-letter invoice and cannot take a payment.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="124"/>
        <source>Invoice {number} has {open} open; {amount} cannot be applied to it.</source>
        <translation>Invoice {number} has {open} open; {amount} cannot be applied to it.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="126"/>
        <source>Use either shares or amounts for every line.</source>
        <translation>Use either shares or amounts for every line.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="127"/>
        <source>The project title is required.</source>
        <translation>The project title is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="128"/>
        <source>The project cannot start in the future.</source>
        <translation>The project cannot start in the future.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="129"/>
        <source>A quote needs at least one test item.</source>
        <translation>A quote needs at least one test item.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="130"/>
        <source>The contract number is required.</source>
        <translation>The contract number is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="131"/>
        <source>Project {code} is closed ({stage}).</source>
        <translation>Project {code} is closed ({stage}).</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="132"/>
        <source>Project {code} is already at {stage}; stages only move forward.</source>
        <translation>Project {code} is already at {stage}; stages only move forward.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="134"/>
        <source>The date is before the project&apos;s current stage began ({since}).</source>
        <translation>The date is before the project&apos;s current stage began ({since}).</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="136"/>
        <source>A payment plan needs at least one line.</source>
        <translation>A payment plan needs at least one line.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="137"/>
        <source>Quote line {n}: the test item is missing.</source>
        <translation>Quote line {n}: the test item is missing.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="138"/>
        <source>Quote line {n}: quantity, price and discount must not be negative.</source>
        <translation>Quote line {n}: quantity, price and discount must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="140"/>
        <source>Quote line {n}: the discount exceeds the amount.</source>
        <translation>Quote line {n}: the discount exceeds the amount.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="141"/>
        <source>Project {code} is past the quote stage.</source>
        <translation>Project {code} is past the quote stage.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="142"/>
        <source>The contract amount must be greater than zero.</source>
        <translation>The contract amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="143"/>
        <source>Sign the contract (number and amount) to move {code} to contracted.</source>
        <translation>Sign the contract (number and amount) to move {code} to contracted.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="145"/>
        <source>Say why the project is cancelled.</source>
        <translation>Say why the project is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="146"/>
        <source>Project {code} has open invoices; credit or void them before cancelling.</source>
        <translation>Project {code} has open invoices; credit or void them before cancelling.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="148"/>
        <source>The shares must be positive and add up to 100%.</source>
        <translation>The shares must be positive and add up to 100%.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="149"/>
        <source>Quote or sign the contract before planning by shares.</source>
        <translation>Quote or sign the contract before planning by shares.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="150"/>
        <source>Each installment must be greater than zero.</source>
        <translation>Each installment must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="151"/>
        <source>The installments add up to {total}, the contract is {base}.</source>
        <translation>The installments add up to {total}, the contract is {base}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="152"/>
        <source>The report of {code} has not been issued yet.</source>
        <translation>The report of {code} has not been issued yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="153"/>
        <source>The report of {code} was released on {date}.</source>
        <translation>The report of {code} was released on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="154"/>
        <source>Line {n}: a fixed installment needs a due date.</source>
        <translation>Line {n}: a fixed installment needs a due date.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="155"/>
        <source>The report of {code} is held until {required} is paid; {paid} has been paid. A manager can release it with a written reason.</source>
        <translation>The report of {code} is held until {required} is paid; {paid} has been paid. A manager can release it with a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="157"/>
        <source>The lab&apos;s name is required.</source>
        <translation>The lab&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="158"/>
        <source>Say why the amount is written off.</source>
        <translation>Say why the amount is written off.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="159"/>
        <source>A write-off must be approved by a manager.</source>
        <translation>A write-off must be approved by a manager.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="160"/>
        <source>Invoice {number} is void or a red-letter invoice.</source>
        <translation>Invoice {number} is void or a red-letter invoice.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="161"/>
        <source>Invoice {number} has only {open} open.</source>
        <translation>Invoice {number} has only {open} open.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="168"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="169"/>
        <source>Tier proposal</source>
        <translation>Tier proposal</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="170"/>
        <source>Credit tier</source>
        <translation>Credit tier</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="171"/>
        <source>Invoice request</source>
        <translation>Invoice request</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="172"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="173"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="174"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="175"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="176"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="177"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="178"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="179"/>
        <source>log follow-ups</source>
        <translation>log follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="180"/>
        <source>judge promises to pay</source>
        <translation>judge promises to pay</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="181"/>
        <source>propose credit tier changes</source>
        <translation>propose credit tier changes</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="182"/>
        <source>decide credit tier changes</source>
        <translation>decide credit tier changes</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="183"/>
        <source>edit credit tiers</source>
        <translation>edit credit tiers</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="184"/>
        <source>create customers</source>
        <translation>create customers</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="185"/>
        <source>edit customers</source>
        <translation>edit customers</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="186"/>
        <source>archive customers</source>
        <translation>archive customers</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="187"/>
        <source>hand customers over</source>
        <translation>hand customers over</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="188"/>
        <source>merge customers</source>
        <translation>merge customers</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="189"/>
        <source>request invoices</source>
        <translation>request invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="190"/>
        <source>issue invoices</source>
        <translation>issue invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="191"/>
        <source>reject invoice requests</source>
        <translation>reject invoice requests</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="192"/>
        <source>void invoices</source>
        <translation>void invoices</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="193"/>
        <source>record payments</source>
        <translation>record payments</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="194"/>
        <source>allocate payments</source>
        <translation>allocate payments</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="195"/>
        <source>reverse payments</source>
        <translation>reverse payments</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="196"/>
        <source>create projects</source>
        <translation>create projects</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="197"/>
        <source>quote projects</source>
        <translation>quote projects</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="198"/>
        <source>sign contracts</source>
        <translation>sign contracts</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="199"/>
        <source>move projects to lead</source>
        <translation>move projects to lead</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="200"/>
        <source>move projects to quoted</source>
        <translation>move projects to quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="201"/>
        <source>move projects to contracted</source>
        <translation>move projects to contracted</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="202"/>
        <source>move projects to samples_received</source>
        <translation>move projects to samples_received</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="203"/>
        <source>move projects to testing</source>
        <translation>move projects to testing</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="204"/>
        <source>move projects to report_issued</source>
        <translation>move projects to report_issued</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="205"/>
        <source>move projects to invoiced</source>
        <translation>move projects to invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="206"/>
        <source>move projects to paid</source>
        <translation>move projects to paid</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="207"/>
        <source>move projects to cancelled</source>
        <translation>move projects to cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="208"/>
        <source>plan payments</source>
        <translation>plan payments</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="209"/>
        <source>release reports</source>
        <translation>release reports</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="210"/>
        <source>override a report hold</source>
        <translation>override a report hold</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="211"/>
        <source>write off bad debts</source>
        <translation>write off bad debts</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="212"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="213"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="214"/>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="215"/>
        <source>finance</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="216"/>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="217"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="218"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="219"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="220"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="221"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="222"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="223"/>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="224"/>
        <source>contracted</source>
        <translation>contracted</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="225"/>
        <source>samples_received</source>
        <translation>samples_received</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="226"/>
        <source>testing</source>
        <translation>testing</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="227"/>
        <source>report_issued</source>
        <translation>report_issued</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="228"/>
        <source>invoiced</source>
        <translation>invoiced</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="229"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialogs.py" line="230"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="15"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="16"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="17"/>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="18"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="22"/>
        <source>VAT special invoice</source>
        <translation>VAT special invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="23"/>
        <source>VAT normal invoice</source>
        <translation>VAT normal invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="24"/>
        <source>Fully digital invoice</source>
        <translation>Fully digital invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="30"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="31"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="32"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="33"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="34"/>
        <source>Red-letter</source>
        <translation>Red-letter</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="38"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="39"/>
        <source>Bad-debt write-off</source>
        <translation>Bad-debt write-off</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="40"/>
        <source>Red-letter invoice</source>
        <translation>Red-letter invoice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="83"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="85"/>
        <source>Over {days} days</source>
        <translation>Over {days} days</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87"/>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} days</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
</context>
</TS>
