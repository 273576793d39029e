"""Migration 0011: invoice requests made before it get numbers of the default rule, in the
order they were made within each year, and new requests carry on after them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from app.db.migrate import current_revision, head_revision, upgrade
from app.domain.clock import FixedClock
from app.models import InvoiceRequest, NumberSequence
from app.services.core.context import system_actor
from app.services.projects.invoice_request_service import request_invoice
from app.services.projects.project_service import ProjectInput, create_project
from tests import factories
from tests.db.test_migrations import _downgrade

# When each request was made (UTC), in the order of their ids.
MADE = ("2026-03-01 02:00:00", "2025-12-31 02:00:00", "2026-01-15 01:00:00", "2025-07-01 08:00:00")


def test_requests_made_before_are_numbered_in_order_and_new_ones_carry_on(db, location):
    actor = system_actor(FixedClock(date(2026, 6, 30)))
    with db.write() as s:
        customer = factories.customer(s, "宁波港检测服务有限公司").id
    project = create_project(db, actor, ProjectInput(customer, "水质检测")).value.id
    _downgrade(db.engine, "0010")
    with db.engine.begin() as conn:
        for at in MADE:
            conn.execute(
                text(
                    "INSERT INTO invoice_requests (customer_id, project_id, amount_fen, kind, "
                    "tax_rate_bp, requested_at, status, version, created_at, updated_at) VALUES "
                    "(:customer, :project, 100, 'vat_normal', 600, :at, 'rejected', 1, :at, :at)"
                ),
                {"customer": customer, "project": project, "at": at},
            )

    result = upgrade(db.engine, location)

    assert result.from_revision == "0010"
    assert current_revision(db.engine) == head_revision(db.engine)
    with db.read() as s:
        numbers = s.scalars(select(InvoiceRequest.number).order_by(InvoiceRequest.id)).all()
        sequences = s.execute(
            select(NumberSequence.year, NumberSequence.next_value)
            .where(NumberSequence.kind == "invoice_request")
            .order_by(NumberSequence.year)
        ).all()
    assert numbers == ["KP2026000002", "KP2025000002", "KP2026000001", "KP2025000001"]
    assert sequences == [(2025, 3), (2026, 3)]
    new = request_invoice(db, actor, project, amount_fen=100).value
    with db.read() as s:
        assert s.get(InvoiceRequest, new).number == "KP2026000003"
