"""amount limits: money columns hold at most one document's amount

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 09:00:00
"""

import sqlalchemy as sa
from alembic import op

from app.db.location import DbLocation
from app.domain.errors import DatabaseUnavailableError

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# MAX_AMOUNT_FEN of app/domain/money.py as this revision sets it; written out so that the
# revision keeps meaning what it meant if the constant changes in a later one.
LIMIT = 10**12
# Money columns and whether they may be negative (only invoices, for red-letter ones); the
# others are never below zero today either.
COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {
    "credit_tiers": (("credit_limit_fen", False),),
    "customers": (("credit_limit_override_fen", False),),
    "activities": (("promise_amount_fen", False),),
    "projects": (("quoted_amount_fen", False), ("contract_amount_fen", False)),
    "project_items": (
        ("unit_price_fen", False),
        ("discount_fen", False),
        ("amount_fen", False),
    ),
    "installments": (("amount_fen", False),),
    "invoice_requests": (("amount_fen", False),),
    "invoices": (("amount_fen", True), ("tax_fen", True), ("settled_fen", True)),
    "payments": (("amount_fen", False), ("allocated_fen", False)),
    "allocations": (("amount_fen", False),),
    "write_offs": (("amount_fen", False),),
}


# Rebuilding a table needs only its own definition: reflecting every table it refers to, again
# for each rebuild, would triple the time a new database takes to create.
_REFLECT = {"resolve_fks": False}


def _condition(column: str, signed: bool) -> str:
    return f"{column} BETWEEN {-LIMIT if signed else 0} AND {LIMIT}"


def _refuse_rows_beyond_the_limits() -> None:
    """Name the rows a CHECK would refuse instead of failing on the first one: such amounts
    were never valid (they broke the lists), and someone has to correct them by hand."""
    conn = op.get_bind()
    problems = []
    for table, columns in COLUMNS.items():
        for column, signed in columns:
            ids = conn.scalars(
                sa.text(f"SELECT id FROM {table} WHERE NOT ({_condition(column, signed)})")
            ).all()
            if ids:
                shown = ", ".join(map(str, ids[:10])) + (", ..." if len(ids) > 10 else "")
                problems.append(f"{table}.{column} of id {shown}")
    if problems:
        raise DatabaseUnavailableError(
            location=DbLocation(conn.engine.url, "argument").display(),
            reason=(
                f"amounts beyond ±{LIMIT // 100:,} yuan (or negative where they cannot be) "
                f"in {'; '.join(problems)}. Correct them, then open the database again."
            ),
        )


def upgrade() -> None:
    _refuse_rows_beyond_the_limits()
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None, reflect_kwargs=_REFLECT) as batch_op:
            for column, signed in columns:
                batch_op.create_check_constraint(
                    op.f(f"ck_{table}_{column}_limit"), _condition(column, signed)
                )


def downgrade() -> None:
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None, reflect_kwargs=_REFLECT) as batch_op:
            for column, _ in columns:
                batch_op.drop_constraint(op.f(f"ck_{table}_{column}_limit"), type_="check")
