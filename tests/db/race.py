"""Two real OS processes writing to one database at the same moment, round after round.

``race`` starts two spawned processes that each open the database themselves, wait at a
barrier before every round and then run one job; each round's outcome (a value, or the
name and message of the exception) comes back in order. The jobs are module functions so
that a spawned interpreter can import them."""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import make_url

from app.db.engine import make_engine
from app.db.location import DbLocation
from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.services.core.context import Actor

TODAY = date(2026, 6, 30)
# A round that does not finish in this time has deadlocked.
ROUND_TIMEOUT_S = 60


@dataclass(frozen=True)
class Outcome:
    value: Any = None
    error: str = ""  # the exception's class name; "" when the job succeeded
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def race(
    location: DbLocation,
    job: Callable[[Database, Actor, Any], Any],
    args: list[tuple[Any, Any]],
) -> list[tuple[Outcome, Outcome]]:
    """Round ``n`` runs ``job(db, actor, args[n][0])`` in one process and ``job(db, actor,
    args[n][1])`` in the other, both released by one barrier."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2, timeout=ROUND_TIMEOUT_S)
    results = ctx.Queue()
    url = location.url.render_as_string(hide_password=False)
    processes = [
        ctx.Process(
            target=_worker,
            args=(url, job, [pair[side] for pair in args], barrier, results, side),
        )
        for side in (0, 1)
    ]
    for process in processes:
        process.start()
    try:
        by_side = dict(results.get(timeout=ROUND_TIMEOUT_S * (len(args) + 1)) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=ROUND_TIMEOUT_S)
            if process.is_alive():
                process.kill()
    for side in (0, 1):
        if isinstance(by_side[side], str):
            raise AssertionError(f"race worker {side} failed:\n{by_side[side]}")
    return list(zip(by_side[0], by_side[1], strict=True))


def _worker(
    url: str,
    job: Callable[[Database, Actor, Any], Any],
    args: list[Any],
    barrier: Any,
    results: Any,
    side: int,
) -> None:
    try:
        db = Database(make_engine(DbLocation(make_url(url), "argument")))
        actor = Actor(None, f"racer{side}", Role.ADMIN, clock=FixedClock(TODAY))
        outcomes = []
        for arg in args:
            # Both processes have their connection open before the first round starts.
            with db.read():
                pass
            barrier.wait()
            try:
                outcomes.append(Outcome(value=job(db, actor, arg)))
            except Exception as exc:  # every outcome, expected or not, goes to the test
                outcomes.append(Outcome(error=type(exc).__name__, message=str(exc)[:300]))
        db.dispose()
        results.put((side, outcomes))
    except BaseException:
        results.put((side, traceback.format_exc()))
        # The other side must not wait at the barrier for a worker that is gone.
        barrier.abort()
