"""Pure business rules: money, codes, aging and time. No Qt, no database."""
