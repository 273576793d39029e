"""The 报表 section: receivables KPIs by dimension, salesperson performance with targets and
a weighted scorecard, project cycle times; each computed off the GUI thread with progress
and Cancel, exported to Excel and printed through Qt's print preview."""
