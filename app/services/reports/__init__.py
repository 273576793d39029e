"""Reports over the dated ledger: KPIs (kpi_service), salesperson targets and performance
(targets_service, performance_service), project cycle times (cycle_time_service) and the
dashboard's figures (dashboard_service). No Qt here: the GUI, the command line and the
exports all read these. The bad-debt provision by accounting band stays where aging is
(app/services/ledger/aging_service.py, ``provision_report``; rates in the settings)."""
