"""应收: aging of receivables as of any date by customer, salesperson, tier, test category or
project, the invoices behind each figure, the bad-debt provision, Excel export and printing."""
