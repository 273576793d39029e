"""Running values of the document numbers, one row per kind and period."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class NumberSequence(Base):
    """The next value of a numbering sequence (e.g. invoices of 2026). A writer takes the
    value by an UPDATE, which locks the row until its transaction ends. ``year`` holds the
    key of the period the numbering rule counts in: the year (2026), year and month
    (202606), or 0 for a rule that never restarts (see app/domain/numbering.py)."""

    __tablename__ = "number_sequences"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    next_value: Mapped[int] = mapped_column(Integer)
