"""bank_lines: lines of imported bank statements, each recorded once

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 20:00:00

Every line of a statement finance imports is kept in ``bank_lines`` under a unique
``line_key`` (the bank's serial with day and amount, else a hash of the whole line), so the
same line imported again adds nothing; a credit waits as ``proposed`` until it is confirmed
as a payment (``payment_id``, unique) or ignored. Payer names remembered for customers
already live in ``payer_aliases`` (revision 0001).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

FEN = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
MAX_FEN = 10**12  # MAX_AMOUNT_FEN


def upgrade() -> None:
    op.create_table(
        "bank_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(length=64), nullable=False),
        sa.Column("bank", sa.String(length=20), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("txn_time", sa.String(length=8), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", FEN, nullable=False),
        sa.Column("balance_fen", FEN, nullable=True),
        sa.Column("payer_name", sa.String(length=200), nullable=True),
        sa.Column("payer_account", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=200), nullable=True),
        sa.Column("memo", sa.Text(), nullable=True),
        sa.Column("serial", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"amount_fen BETWEEN 0 AND {MAX_FEN}", name="amount_fen_limit"),
        sa.CheckConstraint(
            f"balance_fen BETWEEN -{MAX_FEN} AND {MAX_FEN}",
            name="balance_fen_limit",
        ),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["users.id"], name=op.f("fk_bank_lines_imported_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_bank_lines_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_lines")),
        sa.UniqueConstraint("line_key", name=op.f("uq_bank_lines_line_key")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_bank_lines_payment_id")),
    )
    op.create_index("ix_bank_lines_status_date", "bank_lines", ["status", "txn_date"])


def downgrade() -> None:
    op.drop_index("ix_bank_lines_status_date", "bank_lines")
    op.drop_table("bank_lines")
