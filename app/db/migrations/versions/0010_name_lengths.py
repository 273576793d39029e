"""name lengths: names and titles hold at most as many characters as their columns say

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 09:00:00

SQLite does not enforce String(n), so an import or an older version could store a name
longer than the column says (PostgreSQL's VARCHAR always refused that). From now on a CHECK
refuses it on both. Existing rows that are too long are named and the upgrade stops, as it
did for amounts in 0006: nothing is cut short behind anyone's back (a truncated customer
name could clash with another one or lose what tells two apart); someone shortens them and
opens the database again.
"""

import sqlalchemy as sa
from alembic import op

from app.db.location import DbLocation
from app.domain.errors import DatabaseUnavailableError

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The lengths of the columns as this revision sets them (written out, as in 0006, so that
# the revision keeps meaning what it meant if a model changes later).
COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "users": (("login", 64), ("display_name", 100)),
    "credit_tiers": (("name", 50), ("name_en", 50)),
    "customers": (("name", 200), ("short_name", 100), ("invoice_title", 200)),
    "contacts": (("name", 100), ("title", 100)),
    "projects": (("title", 200),),
}
_REFLECT = {"resolve_fks": False}


def _condition(column: str, length: int) -> str:
    return f"length({column}) <= {length}"


def _refuse_names_beyond_the_limits() -> None:
    conn = op.get_bind()
    problems = []
    for table, columns in COLUMNS.items():
        for column, length in columns:
            ids = conn.scalars(
                sa.text(f"SELECT id FROM {table} WHERE NOT ({_condition(column, length)})")
            ).all()
            if ids:
                shown = ", ".join(map(str, ids[:10])) + (", ..." if len(ids) > 10 else "")
                problems.append(f"{table}.{column} longer than {length} characters: id {shown}")
    if problems:
        raise DatabaseUnavailableError(
            location=DbLocation(conn.engine.url, "argument").display(),
            reason=(
                f"names too long for their columns in {'; '.join(problems)}. Shorten them "
                "(nothing is cut off automatically), then open the database again."
            ),
        )


def upgrade() -> None:
    _refuse_names_beyond_the_limits()
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None, reflect_kwargs=_REFLECT) as batch_op:
            for column, length in columns:
                batch_op.create_check_constraint(
                    op.f(f"ck_{table}_{column}_length"), _condition(column, length)
                )


def downgrade() -> None:
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None, reflect_kwargs=_REFLECT) as batch_op:
            for column, _ in columns:
                batch_op.drop_constraint(op.f(f"ck_{table}_{column}_length"), type_="check")
