"""The dates a ledger entry may carry: every write service that takes a date asks here.

An entry (invoice, red-letter invoice, payment, write-off, contract) may not be dated more
than ``days_ahead`` days after today (a setting, 0 unless a lab changes it), and never before
the document it acts on."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.models import Invoice
from app.services.core.context import Actor
from app.services.core.settings_service import get_days_ahead


def check_entry_date(session: Session, actor: Actor, field: str, on: date) -> None:
    """A ValidationError on ``field`` for a date past today plus the days allowed ahead."""
    days = get_days_ahead(session)
    latest = actor.clock.today() + timedelta(days=days)
    if on > latest:
        raise ValidationError(
            field,
            "The date {date} is too far in the future: entries may be dated up to {latest} "
            "(today plus {days} days).",
            date=on.isoformat(),
            latest=latest.isoformat(),
            days=days,
        )


def check_write_off_date(session: Session, actor: Actor, invoice: Invoice, on: date) -> None:
    """A write-off is dated between its invoice's issue date and the latest date allowed."""
    if on < invoice.issue_date:
        raise ValidationError(
            "date",
            "A write-off cannot be dated {date}, before invoice {number} was issued ({issued}).",
            date=on.isoformat(),
            number=invoice.number,
            issued=invoice.issue_date.isoformat(),
        )
    check_entry_date(session, actor, "date", on)
