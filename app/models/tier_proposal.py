"""Proposed credit-tier changes from scoring; a manager accepts or rejects each one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, Versioned, utcnow


class TierProposal(Versioned, Timestamped, Base):
    __tablename__ = "tier_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_tier_id: Mapped[int] = mapped_column(ForeignKey("credit_tiers.id"))
    to_tier_id: Mapped[int] = mapped_column(ForeignKey("credit_tiers.id"))
    score: Mapped[int] = mapped_column(Integer)
    # (template, params) pairs so that the GUI can translate each reason.
    reasons: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
