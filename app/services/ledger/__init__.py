"""Invoices, payments, allocations, write-offs and aging: the money itself."""
