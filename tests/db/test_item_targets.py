"""What "open the item" opens for each kind of record the calendar and notifications name."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import NotFoundError
from app.services.reminders.calendar_service import calendar_items
from app.services.reminders.item_targets import ItemTarget, item_target
from tests.db.test_notifications_and_calendar import TODAY, calendar_ledger


def test_each_calendar_item_opens_its_invoice_customer_project_or_task(db, backend):
    calendar_ledger(db)
    with db.read() as s:
        items = calendar_items(s, date(2026, 6, 1), date(2026, 6, 30), TODAY)
        targets = {i.kind: (i, item_target(s, i.entity_type, i.entity_id)) for i in items}
    invoice, target = targets["invoice"]
    assert target == ItemTarget("invoice", invoice.entity_id)
    for kind in ("promise", "follow_up"):  # on the customer's 360 view
        item, target = targets[kind]
        assert target == ItemTarget("customer", item.customer_id)
    stage, target = targets["stage_deadline"]
    assert target.what == "project" and target == ItemTarget("project", stage.entity_id)
    assert targets["installment"][1] == target  # the instalment is in that project
    with db.read() as s, pytest.raises(NotFoundError):
        item_target(s, "activity", 999_999)
