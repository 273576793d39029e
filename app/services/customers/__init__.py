"""Customers: details, editing, lists, merging, contacts, follow-ups and the 360 view."""
