"""What a reconciliation statement (对账单) says: plain values, no database and no layout.

An issued statement keeps its content as JSON (``to_json``/``from_json``) so that a
reprint is the same document whatever happened in the ledger since. The figures follow the
accounting habit of a customer ledger (往来明细账): what the customer owes more is a debit
(an invoice; a red-letter invoice or a void is a negative debit), what it owes less is a
credit (a payment or a write-off; a reversed payment is a negative credit), and the balance
runs as opening + debits - credits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from app.services.core.settings_service import LabProfile

FORMAT_VERSION = 1


class LineKind(StrEnum):
    INVOICE = "invoice"
    RED_LETTER = "red_letter"  # 红字发票: a negative invoice crediting ``related``
    INVOICE_VOID = "invoice_void"
    RED_LETTER_VOID = "red_letter_void"  # the credit given back to ``related``
    PAYMENT = "payment"
    PAYMENT_REVERSAL = "payment_reversal"  # 退票, a payment taken off the books
    WRITE_OFF = "write_off"  # 坏账核销 of invoice ``number``


# Within one day: invoices before the money that settles them.
LINE_ORDER = {kind: rank for rank, kind in enumerate(LineKind)}


@dataclass(frozen=True)
class StatementLine:
    on: date
    kind: LineKind
    number: str  # the invoice or payment (for a write-off: the invoice written off)
    related: str  # the invoice a red-letter invoice credits; "" for none
    detail: str  # the invoice kind or payment method code
    text: str  # the project, the payer, or the reason given
    due_date: date | None  # invoices only
    debit_fen: int
    credit_fen: int
    balance_fen: int  # after this line

    @property
    def change_fen(self) -> int:
        return self.debit_fen - self.credit_fen


@dataclass(frozen=True)
class AgingAmount:
    """The part of the closing balance's open invoices in one aging bucket."""

    key: str
    low: int | None
    high: int | None
    amount_fen: int


@dataclass(frozen=True)
class Prepayment:
    """A payment with money not yet applied to invoices (预收) at the period's end."""

    number: str
    received: date
    method: str
    amount_fen: int
    unallocated_fen: int


@dataclass(frozen=True)
class CustomerDetails:
    id: int
    code: str
    name: str
    uscc: str
    contact: str
    phone: str
    address: str


@dataclass(frozen=True)
class StatementContent:
    customer: CustomerDetails
    lab: LabProfile
    period_from: date
    period_to: date
    opening_fen: int
    lines: tuple[StatementLine, ...]
    closing_fen: int
    aging: tuple[AgingAmount, ...]
    prepayments: tuple[Prepayment, ...]
    # Set once issued; a draft (a preview) has neither.
    number: str = ""
    issued_on: date | None = None

    @property
    def is_draft(self) -> bool:
        return not self.number

    @property
    def debit_fen(self) -> int:
        return sum(line.debit_fen for line in self.lines)

    @property
    def credit_fen(self) -> int:
        return sum(line.credit_fen for line in self.lines)

    @property
    def open_fen(self) -> int:
        """Open invoices at the period's end (the aging buckets added up)."""
        return sum(a.amount_fen for a in self.aging)

    @property
    def prepaid_fen(self) -> int:
        return sum(p.unallocated_fen for p in self.prepayments)

    def same_figures(self, other: StatementContent) -> bool:
        """Whether ``other`` says the same about the same customer and period (what an
        issued statement would print, apart from its number, date and letterhead)."""
        return _figures(self) == _figures(other)

    def issued(self, number: str, on: date) -> StatementContent:
        return _replace(self, number=number, issued_on=on)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _dates_to_text(asdict(self))
        data["format"] = FORMAT_VERSION
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatementContent:
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"unknown statement content format {data.get('format')!r}")
        known = {f.name for f in fields(LabProfile)}
        return cls(
            customer=CustomerDetails(**data["customer"]),
            lab=LabProfile(**{k: v for k, v in data["lab"].items() if k in known}),
            period_from=date.fromisoformat(data["period_from"]),
            period_to=date.fromisoformat(data["period_to"]),
            opening_fen=int(data["opening_fen"]),
            lines=tuple(
                StatementLine(
                    on=date.fromisoformat(line["on"]),
                    kind=LineKind(line["kind"]),
                    number=line["number"],
                    related=line["related"],
                    detail=line["detail"],
                    text=line["text"],
                    due_date=_day(line["due_date"]),
                    debit_fen=int(line["debit_fen"]),
                    credit_fen=int(line["credit_fen"]),
                    balance_fen=int(line["balance_fen"]),
                )
                for line in data["lines"]
            ),
            closing_fen=int(data["closing_fen"]),
            aging=tuple(AgingAmount(**a) for a in data["aging"]),
            prepayments=tuple(
                Prepayment(
                    number=p["number"],
                    received=date.fromisoformat(p["received"]),
                    method=p["method"],
                    amount_fen=int(p["amount_fen"]),
                    unallocated_fen=int(p["unallocated_fen"]),
                )
                for p in data["prepayments"]
            ),
            number=data["number"],
            issued_on=_day(data["issued_on"]),
        )


def _figures(content: StatementContent) -> tuple[object, ...]:
    return (
        content.customer,
        content.period_from,
        content.period_to,
        content.opening_fen,
        content.lines,
        content.closing_fen,
        content.aging,
        content.prepayments,
    )


def _replace(content: StatementContent, **changes: Any) -> StatementContent:
    values = {f.name: getattr(content, f.name) for f in fields(content)}
    values.update(changes)
    return StatementContent(**values)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _dates_to_text(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _dates_to_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_dates_to_text(v) for v in value]
    return value
