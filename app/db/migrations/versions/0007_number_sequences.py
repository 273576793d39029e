"""number sequences and the audit chain head: numbers and the audit chain no longer derived
from the rows already there

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 09:00:00
"""

import re
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The numbering of app/services/core/numbering_service.py as this revision finds it, written
# out so that the revision keeps meaning what it meant: kind -> (prefix, table, column).
NUMBERED = {
    "invoice": ("FP", "invoices", "number"),
    "payment": ("SK", "payments", "number"),
    "project": ("XM", "projects", "code"),
    "statement": ("DZ", "statements", "number"),
}
GENESIS = "0" * 64


def upgrade() -> None:
    sequences = op.create_table(
        "number_sequences",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_number_sequences")),
    )
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    conn = op.get_bind()
    rows = [
        {"kind": kind, "year": year, "next_value": last + 1}
        for kind, by_year in _last_numbers(conn).items()
        for year, last in sorted(by_year.items())
    ]
    if rows:
        op.bulk_insert(sequences, rows)
    last_hash = conn.scalar(sa.text("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1"))
    op.bulk_insert(head, [{"id": 1, "hash": last_hash or GENESIS}])


def _last_numbers(conn: sa.Connection) -> dict[str, dict[int, int]]:
    """Per kind and year, the highest number the old numbering gave or would have taken
    into account: prefix, year and exactly six digits. Anything else typed by hand (a
    letter O for a zero, a short or long serial) never came from the sequence."""
    last: dict[str, dict[int, int]] = defaultdict(dict)
    for kind, (prefix, table, column) in NUMBERED.items():
        shape = re.compile(rf"{prefix}(\d{{4}})(\d{{6}})")
        numbers = conn.execute(
            sa.text(f"SELECT {column} FROM {table} WHERE {column} LIKE :stem"),
            {"stem": f"{prefix}%"},
        ).scalars()
        for number in numbers:
            match = shape.fullmatch(number)
            if match:
                year, value = int(match.group(1)), int(match.group(2))
                last[kind][year] = max(last[kind].get(year, 0), value)
    return last


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    op.drop_table("number_sequences")
