"""Demo follow-ups: collection calls, promises to pay and dunning letters for what is
overdue today, visits to good customers."""

from __future__ import annotations

from app.demo import phrases
from app.demo.state import (
    _I_AMT,
    _I_DAY,
    _I_DUE,
    _I_SETTLED,
    _I_VOID,
    YUAN,
    _GeneratorState,
    _InvoiceRecord,
    _Person,
)
from app.domain.enums import ActivityKind, PromiseStatus


class _FollowUpMixin(_GeneratorState):
    def _activity(
        self,
        cid: int,
        user: int,
        kind: ActivityKind,
        day: int,
        summary: str,
        next_action: int | None,
        promise_fen: int | None,
        promise_day: int | None,
        promise_status: PromiseStatus | None,
    ) -> None:
        d = self.d
        self.b_activity.append(
            (
                self._ids("activities"),
                cid,
                None,
                user,
                str(kind),
                d.afternoon[day],
                summary,
                None if next_action is None else d.date[next_action],
                promise_fen,
                None if promise_day is None else d.date[promise_day],
                None if promise_status is None else str(promise_status),
                1,
                d.afternoon[day],
                d.afternoon[day],
            )
        )
        self.counts["activities"] += 1

    def _activity_rows(self, cid: int, invs: list[_InvoiceRecord], owner: _Person) -> None:
        """Collection follow-ups for what is overdue today, visits to the best customers."""
        rng, T = self.rng, self.T
        r = rng.randint
        overdue = 0
        oldest_due = T
        for inv in invs:
            if not inv[_I_VOID] and inv[_I_DUE] < T and inv[_I_SETTLED] < inv[_I_AMT]:
                overdue += inv[_I_AMT] - inv[_I_SETTLED]
                oldest_due = min(oldest_due, inv[_I_DUE])
        if overdue:
            days = sorted(
                T - r(1, 60) for _ in range(1 + (overdue > 50_000 * YUAN) + (rng.random() < 0.3))
            )
            for k, day in enumerate(days):
                kind = rng.choice(
                    (ActivityKind.CALL, ActivityKind.CALL, ActivityKind.WECHAT, ActivityKind.VISIT)
                )
                summary = rng.choice(phrases.DUNNING_CALLS)
                promise = overdue * r(30, 100) // 100 // YUAN * YUAN
                if k == len(days) - 1 and promise:
                    promise_day = T + r(3, 30)
                    self._activity(
                        cid,
                        owner.id,
                        kind,
                        day,
                        summary,
                        promise_day,
                        promise,
                        promise_day,
                        PromiseStatus.OPEN,
                    )
                elif promise and rng.random() < 0.5 and day + 7 < T:
                    self._activity(
                        cid,
                        owner.id,
                        kind,
                        day,
                        summary,
                        None,
                        promise,
                        day + 7,
                        PromiseStatus.BROKEN,
                    )
                else:
                    self._activity(cid, owner.id, kind, day, summary, day + 7, None, None, None)
            if T - oldest_due > 90:
                self._activity(
                    cid,
                    self.finance[0].id,
                    ActivityKind.DUNNING_LETTER,
                    T - r(1, 30),
                    phrases.DUNNING_LETTER_SUMMARY,
                    T + 15,
                    None,
                    None,
                    None,
                )
        elif invs and invs[-1][_I_DAY] > T - 365 and rng.random() < 0.15:
            self._activity(
                cid,
                owner.id,
                ActivityKind.VISIT,
                T - r(1, 180),
                rng.choice(phrases.VISIT_SUMMARIES),
                None,
                None,
                None,
                None,
            )
