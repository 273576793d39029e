"""write-off requests: a write-off waits for a manager other than the requester

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# MAX_AMOUNT_FEN as revision 0006 set it, written out for the same reason as there.
LIMIT = 10**12


def upgrade() -> None:
    op.create_table(
        "write_off_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column(
            "amount_fen", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("write_off_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("write_off_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            f"amount_fen BETWEEN 0 AND {LIMIT}",
            name=op.f("ck_write_off_requests_amount_fen_limit"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_write_off_requests_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_write_off_requests_invoice_id_invoices"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_write_off_requests_requested_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["write_off_id"],
            ["write_offs.id"],
            name=op.f("fk_write_off_requests_write_off_id_write_offs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_off_requests")),
        sa.UniqueConstraint("write_off_id", name=op.f("uq_write_off_requests_write_off_id")),
    )
    with op.batch_alter_table("write_off_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_write_off_requests_invoice_id"), ["invoice_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_write_off_requests_status"), ["status"], unique=False)
    # Write-offs made before approvals were requests: each becomes the approved request it
    # stood for, asked by whoever recorded it and decided by the approver it named, so that
    # every write-off comes from exactly one approved request (`labledger check`).
    op.execute(
        sa.text(
            "INSERT INTO write_off_requests (invoice_id, amount_fen, write_off_date, reason, "
            "status, requested_by, requested_at, decided_by, decided_at, write_off_id, version, "
            "created_at, updated_at) "
            "SELECT invoice_id, amount_fen, write_off_date, reason, 'approved', created_by, "
            "created_at, approver_id, created_at, id, 1, created_at, updated_at "
            "FROM write_offs ORDER BY id"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("write_off_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_write_off_requests_status"))
        batch_op.drop_index(batch_op.f("ix_write_off_requests_invoice_id"))

    op.drop_table("write_off_requests")
