"""Demo data (`labledger demo`): a realistic lab ledger of any size, reproducible from a seed."""
