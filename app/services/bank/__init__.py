"""Bank statements: importing their lines, matching credits to customers and invoices."""
