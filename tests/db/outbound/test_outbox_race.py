"""Two PCs (two OS processes) working the outbox at the same moment: each message is
claimed by one of them only, and a message enqueued by both is one message."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.models import OutboxMessage
from app.services.outbound import outbox
from app.services.outbound.outbox import OutboundMessage
from tests.db.race import race

NOW = datetime(2026, 6, 30, 1, 0, tzinfo=UTC)
ROUNDS = 3
PER_ROUND = 20


def _claim(db, actor, round_no):
    return sorted(row.id for row in outbox._claim(db, NOW, PER_ROUND))


def _enqueue(db, actor, key):
    with db.write() as s:
        queued = outbox.enqueue(
            s, OutboundMessage("email", "a@example.cn", "主题", "正文", key), NOW
        )
    return (queued.id, queued.created)


@pytest.mark.slow
def test_two_pcs_claiming_at_once_never_claim_the_same_message(db, location):
    with db.write() as s:
        for n in range(ROUNDS * PER_ROUND):
            outbox.enqueue(
                s, OutboundMessage("email", f"p{n}@example.cn", "主题", "正文", f"k{n}"), NOW
            )
    rounds = race(location, _claim, [(n, n) for n in range(ROUNDS)])
    claimed: list[int] = []
    for first, second in rounds:
        assert first.ok and second.ok, (first, second)
        assert not set(first.value) & set(second.value)
        claimed += first.value + second.value
    assert sorted(claimed) == sorted(set(claimed))
    assert len(claimed) == ROUNDS * PER_ROUND


@pytest.mark.slow
def test_two_pcs_enqueueing_the_same_reminder_at_once_make_one_message(db, location):
    rounds = race(location, _enqueue, [(f"same{n}", f"same{n}") for n in range(ROUNDS)])
    for first, second in rounds:
        assert first.ok and second.ok, (first, second)
        assert first.value[0] == second.value[0]
        assert sorted([first.value[1], second.value[1]]) == [False, True]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == ROUNDS
