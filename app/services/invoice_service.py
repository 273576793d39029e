"""Invoice details for the detail panel: what settled it and what credited it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError
from app.models import Allocation, Invoice, Payment, Project, WriteOff
from app.services.invoice_list_service import InvoiceRow, rows_by_id


@dataclass(frozen=True)
class SettlementLine:
    """One thing that reduced the invoice: a payment allocation, write-off or red letter."""

    kind: str  # "payment", "write_off" or "red_letter"
    date: date
    reference: str
    amount_fen: int


@dataclass(frozen=True)
class InvoiceDetail:
    row: InvoiceRow
    project_title: str
    tax_rate_bp: int
    original_number: str
    note: str
    void_reason: str
    settlements: tuple[SettlementLine, ...]


def invoice_detail(session: Session, invoice_id: int) -> InvoiceDetail:
    rows = rows_by_id(session, [invoice_id])
    invoice = session.get(Invoice, invoice_id)
    if not rows or invoice is None:
        raise NotFoundError(entity="Invoice", key=invoice_id)
    lines: list[SettlementLine] = [
        SettlementLine("payment", a_date, number, amount)
        for a_date, number, amount in session.execute(
            select(Allocation.allocated_date, Payment.number, Allocation.amount_fen)
            .join(Payment, Payment.id == Allocation.payment_id)
            .where(Allocation.invoice_id == invoice_id)
        )
    ]
    lines += [
        SettlementLine("write_off", w_date, reason, amount)
        for w_date, reason, amount in session.execute(
            select(WriteOff.write_off_date, WriteOff.reason, WriteOff.amount_fen).where(
                WriteOff.invoice_id == invoice_id
            )
        )
    ]
    lines += [
        SettlementLine("red_letter", r_date, number, -amount)
        for r_date, number, amount in session.execute(
            select(Invoice.issue_date, Invoice.number, Invoice.amount_fen).where(
                Invoice.original_invoice_id == invoice_id, Invoice.status == "issued"
            )
        )
    ]
    lines.sort(key=lambda line: (line.date, line.kind))
    original = (
        session.get(Invoice, invoice.original_invoice_id) if invoice.original_invoice_id else None
    )
    project = session.get(Project, invoice.project_id) if invoice.project_id else None
    return InvoiceDetail(
        row=rows[0],
        project_title=project.title if project else "",
        tax_rate_bp=invoice.tax_rate_bp,
        original_number=original.number if original else "",
        note=invoice.note or "",
        void_reason=invoice.void_reason or "",
        settlements=tuple(lines),
    )
