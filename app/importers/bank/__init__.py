"""Bank and wallet statement exports read into lines (no Qt, no database)."""
