"""Declarative base, naming convention and the mixins shared by all tables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app.domain.money import MAX_AMOUNT_FEN

# Stable constraint names let Alembic's batch mode rebuild SQLite tables reproducibly.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money columns are integer fen. BIGINT on PostgreSQL; SQLite's INTEGER is 64-bit anyway.
Fen = BigInteger().with_variant(Integer(), "sqlite")


def fen_limit(column: str, *, signed: bool = False) -> CheckConstraint:
    """A money column holds at most one document's amount (MAX_AMOUNT_FEN), so that no sum
    of them overflows. Only ``signed`` columns (red-letter invoices) may go below zero."""
    low = -MAX_AMOUNT_FEN if signed else 0
    return CheckConstraint(f"{column} BETWEEN {low} AND {MAX_AMOUNT_FEN}", name=f"{column}_limit")


def text_limit(column: str, length: int) -> CheckConstraint:
    """At most ``length`` characters, as the column's String(length) says: SQLite does not
    enforce that length, this CHECK does (on PostgreSQL it repeats what VARCHAR enforces).
    length() counts characters on both, so 200 means 200 汉字."""
    return CheckConstraint(f"length({column}) <= {length}", name=f"{column}_length")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True)}


class Versioned:
    """Optimistic locking: a concurrent edit fails with StaleDataError instead of overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
