"""Reconciliation statements (对账单): their content from the dated ledger, issuing and
reprinting them, the customer's reply and disputes; the dunning letter (催款函)."""
