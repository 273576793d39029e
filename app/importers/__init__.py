"""Import of legacy records from Excel and CSV files as labs keep them: readers
(``workbook``), header detection and column mapping (``headers``), value parsing
(``values``), rows turned into records (``records``) and written through the ledger's rules
(``writer``), driven by ``engine``. No Qt here: the CLI and the GUI wizard share it."""
