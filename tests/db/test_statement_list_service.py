"""The statements section's list: filtered by what is awaited (a reply, the settling of a
dispute), searched by customer or number, latest first, with the totals of what it shows
(on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from app.domain.clock import FixedClock
from app.domain.enums import StatementReply
from app.services.core.context import system_actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.statements import statement_service as svc
from app.services.statements.statement_list_service import (
    StatementFilter,
    fetch_statements,
    statement_totals,
)
from tests import factories

TODAY = date(2026, 6, 30)
PERIOD = (date(2026, 4, 1), date(2026, 5, 31))


def test_filters_search_and_totals(db):
    with db.write() as s:
        east = factories.customer(s, "上海东方检测用户有限公司", code="C101")
        west = factories.customer(s, "成都西部食品_有限公司", code="C102")
        factories.invoice(s, east, 100_000, date(2026, 4, 10))
        factories.invoice(s, west, 50_000, date(2026, 5, 3))
        ids = (east.id, west.id)
    actor = system_actor(FixedClock(TODAY))
    save_lab_profile(db, actor, LabProfile(name="测试实验室"))
    first = svc.issue_statement(db, actor, ids[0], *PERIOD).value
    second = svc.issue_statement(db, actor, ids[1], *PERIOD).value
    svc.record_reply(
        db,
        actor,
        second.statement_id,
        svc.ReplyInput(StatementReply.DISPUTED, TODAY, disputed_fen=12_300, note="单价"),
    )
    with db.read() as s:
        every = fetch_statements(s)
        assert [r.number for r in every] == [second.number, first.number]  # latest first
        assert every[0].open_dispute_fen == 12_300 and every[1].open_dispute_fen == 0
        awaiting = fetch_statements(s, StatementFilter.AWAITING)
        assert [r.number for r in awaiting] == [first.number]
        disputed = fetch_statements(s, StatementFilter.DISPUTED)
        assert [r.number for r in disputed] == [second.number]
        # Searched by name, code or number; LIKE's wildcards are taken literally.
        assert [r.number for r in fetch_statements(s, search="东方")] == [first.number]
        assert [r.number for r in fetch_statements(s, search="c102")] == [second.number]
        assert [r.number for r in fetch_statements(s, search="_有限")] == [second.number]
        assert [r.number for r in fetch_statements(s, search=first.number)] == [first.number]
        assert fetch_statements(s, offset=1, limit=1)[0].number == first.number
        totals = statement_totals(s)
        assert totals.count == 2
        assert totals.closing_fen == 150_000
        assert totals.disputed_fen == 12_300
        assert statement_totals(s, StatementFilter.AWAITING).disputed_fen == 0
    svc.resolve_dispute(db, actor, second.statement_id, TODAY, "已更正")
    with db.read() as s:
        assert fetch_statements(s, StatementFilter.DISPUTED) == []
        assert statement_totals(s).disputed_fen == 0
        assert fetch_statements(s)[0].open_dispute_fen == 0
