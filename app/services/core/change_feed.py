"""How an open window learns that another PC changed data: the database-wide change
counter (app/db/change_counter.py), read in one primary-key lookup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.change_counter import read_counter
from app.db.session import Database


@dataclass(frozen=True)
class ChangeMark:
    """The counter as read, and how many of the bumps were this process's own writes
    (counted before reading, so every own bump counted is in ``counter``)."""

    counter: int
    own: int

    def others_since(self, earlier: ChangeMark) -> bool:
        """Whether other PCs committed writes between ``earlier`` and this mark."""
        return self.counter - earlier.counter > self.own - earlier.own


def change_mark(db: Database, session: Session) -> ChangeMark:
    own = db.own_changes
    return ChangeMark(read_counter(session), own)
