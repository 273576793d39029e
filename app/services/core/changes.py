"""What a write changed, as Anki's ``OpChanges``: every write service returns its result
together with the kinds of records it changed, and the user interface refreshes only the
views that show those kinds. A view never guesses what a write touched.

A kind names records a view shows. Figures derived from other records (a customer's balance
from invoices and payments, a project's invoiced amount from its invoices) are not reported
as changes of the record they are shown on: a view that shows them listens for the kinds
they are computed from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Kind(StrEnum):
    CUSTOMERS = "customers"  # customers with their contacts, owners and tier
    ACTIVITIES = "activities"  # follow-ups and the promises to pay they record
    PROJECTS = "projects"  # projects: quote lines, stages, payment plans, report release
    INVOICE_REQUESTS = "invoice_requests"  # sales asking finance to invoice
    INVOICES = "invoices"  # invoices, red-letter invoices, voids, write-offs
    WRITE_OFF_REQUESTS = "write_off_requests"  # write-offs waiting for a manager's approval
    PAYMENTS = "payments"  # payments and their allocations to invoices
    STATEMENTS = "statements"  # reconciliation statements and the customers' replies
    TIERS = "tiers"  # credit tiers
    TIER_PROPOSALS = "tier_proposals"  # tier changes proposed by credit scoring
    SETTINGS = "settings"  # business settings such as the lab profile
    USERS = "users"
    SALES_TARGETS = "sales_targets"  # monthly collection targets per salesperson
    NOTIFICATIONS = "notifications"  # reminders in the notification centre
    TASKS = "tasks"  # collection tasks (催收)
    BANK_LINES = "bank_lines"  # imported bank statement lines waiting to be confirmed


ALL_KINDS = frozenset(Kind)


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A write's result (``value``) and the kinds of records it changed (``kinds``; empty
    when it changed nothing)."""

    value: T
    kinds: frozenset[Kind]

    @classmethod
    def of(cls, value: T, *kinds: Kind) -> Changed[T]:
        return cls(value, frozenset(kinds))

    def with_value(self, value: U) -> Changed[U]:
        """The same changes reporting another result."""
        return Changed(value, self.kinds)
