"""The due-date calendar as an RFC 5545 file (.ics): one all-day VEVENT per item, with the
item's stable UID, so that importing a later export updates the events instead of adding
them twice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from app.domain.money import Money
from app.services.reminders.calendar_service import CalendarItem

PRODID = "-//LabLedger//Due-date calendar//EN"
_TITLE = {
    "invoice": "Invoice due",
    "installment": "Installment due",
    "promise": "Promise to pay",
    "follow_up": "Follow-up",
    "stage_deadline": "Stage deadline",
    "task": "Collection task",
}


def calendar_ics(items: Iterable[CalendarItem], stamp: datetime) -> bytes:
    """The items as one VCALENDAR. ``stamp`` (UTC) is every event's DTSTAMP: when the file
    was made."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        parts = [_TITLE[item.kind], item.label, item.customer_name]
        if item.amount_fen:
            parts.append(Money(item.amount_fen).format())
        event.add("summary", " · ".join(p for p in parts if p))
        event.add("description", f"{item.kind} {item.entity_type} {item.entity_id}: {item.state}")
        event.add("categories", [item.kind])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
