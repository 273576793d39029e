"""Reports over the dated ledger: KPIs, salesperson performance, project cycle times and the
dashboard's figures. No Qt here: the GUI, the command line and the exports all read these."""
