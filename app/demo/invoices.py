"""Demo invoices: red-letter credits, the invoice rows (numbers shaped like real ones,
cached settled sums) and invoice requests."""

from __future__ import annotations

from app.demo import phrases
from app.demo.bulk import CHUNK_ROWS
from app.demo.state import (
    _I_AMT,
    _I_CREDIT,
    _I_DAY,
    _I_DUE,
    _I_INSTALLMENT,
    _I_KIND,
    _I_LAST,
    _I_PROJECT,
    _I_RATE,
    _I_SETTLED,
    _I_VOID,
    _REPORT,
    YUAN,
    _GeneratorState,
    _InvoiceRecord,
    _Project,
)
from app.domain.enums import InvoiceKind, InvoiceRequestStatus, InvoiceStatus

_SPECIAL, _NORMAL, _DIGITAL, _RECEIPT = (
    k.value
    for k in (
        InvoiceKind.VAT_SPECIAL,
        InvoiceKind.VAT_NORMAL,
        InvoiceKind.DIGITAL,
        InvoiceKind.RECEIPT,
    )
)


class _InvoiceMixin(_GeneratorState):
    def _red_letters(
        self, invs: list[_InvoiceRecord], n_red: int
    ) -> list[tuple[int, int, int, str]]:
        """(original position, day, credit, note) for each red-letter invoice."""
        rng, T = self.rng, self.T
        reds = []
        for j in sorted(rng.sample(range(len(invs)), n_red)):
            inv = invs[j]
            inv[_I_VOID] = False  # an invoice is either voided or credited, not both
            amount = inv[_I_AMT]
            day = min(T, inv[_I_DAY] + rng.randint(3, 60))
            if rng.random() < 0.55 or amount < 1000 * YUAN:
                credit, note = amount, rng.choice(phrases.RED_LETTER_FULL_NOTES)
            else:
                credit = amount * rng.randint(10, 60) // 100 // YUAN * YUAN
                note = rng.choice(phrases.RED_LETTER_PARTIAL_NOTES)
            # The credit comes off what the customer owes; payments cover only the rest, so
            # the original never goes below zero, whenever they arrive.
            inv[_I_CREDIT] = credit
            inv[_I_SETTLED] = credit
            inv[_I_LAST] = day
            reds.append((j, day, credit, note))
        return reds

    def _invoice_rows(
        self, cid: int, invs: list[_InvoiceRecord], reds: list[tuple[int, int, int, str]], base: int
    ) -> None:
        rng, d = self.rng, self.d
        dv, tv, yv = d.date, d.morning, d.year
        finance = [f.id for f in self.finance]
        tax = self._tax
        rows = self.b_invoice
        invoiced = 0
        issued, void = str(InvoiceStatus.ISSUED), str(InvoiceStatus.VOID)
        for j, inv in enumerate(invs):
            iid = base + j
            day, amount, kind, rate = inv[_I_DAY], inv[_I_AMT], inv[_I_KIND], inv[_I_RATE]
            is_void = inv[_I_VOID]
            if not is_void:
                invoiced += amount
            rows.append(
                (
                    iid,
                    _invoice_number(kind, iid, yv[day]),
                    kind,
                    cid,
                    inv[_I_PROJECT],
                    inv[_I_INSTALLMENT],
                    dv[day],
                    dv[inv[_I_DUE]],
                    amount,
                    rate,
                    tax(amount, rate),
                    inv[_I_SETTLED],
                    "CNY",
                    void if is_void else issued,
                    None,
                    dv[day] if is_void else None,  # voided the day it was issued (重开)
                    rng.choice(phrases.VOID_REASONS) if is_void else None,
                    finance[iid % 2],
                    None,
                    None,
                    1,
                    tv[day],
                    tv[inv[_I_LAST]],
                )
            )
            if len(rows) >= CHUNK_ROWS:
                self.sink.flush()
        credited = 0
        for k, (j, day, credit, note) in enumerate(reds):
            iid = base + len(invs) + k
            original = invs[j]
            kind, rate = original[_I_KIND], original[_I_RATE]
            credited += credit
            rows.append(
                (
                    iid,
                    _invoice_number(kind, iid, yv[day]),
                    kind,
                    cid,
                    original[_I_PROJECT],
                    None,
                    dv[day],
                    dv[day],
                    -credit,
                    rate,
                    tax(-credit, rate),
                    -credit,
                    "CNY",
                    issued,
                    base + j,
                    None,
                    None,
                    finance[iid % 2],
                    None,
                    note,
                    1,
                    tv[day],
                    tv[day],
                )
            )
        self.counts["red"] += len(reds)
        self.counts["void"] += sum(1 for inv in invs if inv[_I_VOID])
        self.money["invoiced"] += invoiced
        self.money["credited"] += credited

    def _request_rows(
        self,
        cid: int,
        projects: list[_Project],
        pipeline: list[_Project],
        invs: list[_InvoiceRecord],
        base: int,
        kind: str,
    ) -> None:
        """Invoice requests (开票申请): issued for recent project invoices, pending or
        rejected for finished work not invoiced yet."""
        rng, d, T = self.rng, self.d, self.T
        for p in projects:
            for seq, m in enumerate(p.invoices):
                day = invs[m][_I_DAY]
                if day < T - 60 or rng.random() < 0.2:
                    continue
                at = d.morning[day - rng.randint(0, 3)]
                self.b_request.append(
                    (
                        self._ids("invoice_requests"),
                        self.numbers.stand_in(),
                        cid,
                        p.id,
                        p.installment_ids[seq],
                        invs[m][_I_AMT],
                        invs[m][_I_KIND],
                        invs[m][_I_RATE],
                        p.salesperson,
                        at,
                        str(InvoiceRequestStatus.ISSUED),
                        None,
                        base + m,
                        None,
                        1,
                        at,
                        d.morning[day],
                    )
                )
                self.counts["requests"] += 1
        for p in pipeline:
            report = p.days[_REPORT]
            if p.stage != _REPORT or report is None:
                continue
            x = rng.random()
            if x > 0.7:
                continue
            rejected = x < 0.07
            at = d.morning[min(T, report + rng.randint(0, 3))]
            self.b_request.append(
                (
                    self._ids("invoice_requests"),
                    self.numbers.stand_in(),
                    cid,
                    p.id,
                    p.installment_ids[0],
                    p.contract_fen,
                    kind,
                    600,
                    p.salesperson,
                    at,
                    str(
                        InvoiceRequestStatus.REJECTED if rejected else InvoiceRequestStatus.PENDING
                    ),
                    rng.choice(phrases.REQUEST_REJECT_REASONS) if rejected else None,
                    None,
                    None,
                    1,
                    at,
                    at,
                )
            )
            self.counts["requests"] += 1


def _invoice_number(kind: str, iid: int, year: int) -> str:
    """Numbers shaped like the real ones; the id keeps them unique."""
    if kind == _DIGITAL:
        return f"{year % 100:02d}322{iid:015d}"  # 20 digits: year, region, channel, serial
    if kind == _RECEIPT:
        return f"SJ{year}{iid:07d}"
    return f"{iid:08d}"
