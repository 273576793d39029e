"""Demo settlement: when each invoice is paid (in one or two parts), never paid or written
off; payments grouping several invoices, their allocations, prepayments and write-offs."""

from __future__ import annotations

from app.demo import phrases
from app.demo.bulk import CHUNK_ROWS
from app.demo.follow_ups import _FollowUpMixin
from app.demo.state import (
    _I_AMT,
    _I_CREDIT,
    _I_DAY,
    _I_DUE,
    _I_LAST,
    _I_SETTLED,
    _I_VOID,
    YUAN,
    _Identity,
    _InvoiceRecord,
    _Person,
)
from app.domain.enums import (
    ActivityKind,
    CustomerCategory,
    PaymentMethod,
    PaymentStatus,
    PromiseStatus,
    WriteOffRequestStatus,
)

_BANK_METHODS = frozenset((str(PaymentMethod.BANK_TRANSFER), str(PaymentMethod.ACCEPTANCE_BILL)))
# Weighted by repetition: companies wire money (large ones also use 承兑汇票), people pay by
# phone or in cash.
_METHODS_BY_CATEGORY = {
    CustomerCategory.ENTERPRISE: tuple(
        map(
            str,
            (PaymentMethod.BANK_TRANSFER,) * 16
            + (
                PaymentMethod.ACCEPTANCE_BILL,
                PaymentMethod.ACCEPTANCE_BILL,
                PaymentMethod.CHEQUE,
                PaymentMethod.WECHAT_ALIPAY,
            ),
        )
    ),
    CustomerCategory.GOVERNMENT: (str(PaymentMethod.BANK_TRANSFER),),
    CustomerCategory.INSTITUTION: tuple(
        map(str, (PaymentMethod.BANK_TRANSFER,) * 9 + (PaymentMethod.CHEQUE,))
    ),
    CustomerCategory.INDIVIDUAL: tuple(
        map(
            str,
            (
                PaymentMethod.WECHAT_ALIPAY,
                PaymentMethod.WECHAT_ALIPAY,
                PaymentMethod.CASH,
                PaymentMethod.BANK_TRANSFER,
            ),
        )
    ),
}


class _PaymentMixin(_FollowUpMixin):
    """A late payment is logged with the promise it kept, so payments write follow-ups too."""

    def _settle(
        self, invs: list[_InvoiceRecord], low: int, high: int, mode: int, p_never: float
    ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """When each invoice is paid (in one or two parts), never paid, or written off."""
        rng, T = self.rng, self.T
        rnd, tri, r = rng.random, rng.triangular, rng.randint
        events: list[tuple[int, int, int]] = []  # (day, invoice position, amount)
        write_offs: list[tuple[int, int, int]] = []  # (invoice position, amount, day)
        for j, inv in enumerate(invs):
            if inv[_I_VOID]:
                continue
            payable = inv[_I_AMT] - inv[_I_CREDIT]
            if payable <= 0:
                continue
            day, due = inv[_I_DAY], inv[_I_DUE]
            if rnd() < p_never:
                paid = 0
                last = day
                if rnd() < 0.3 and payable >= 200 * YUAN:
                    paid = payable * r(20, 60) // 100 // YUAN * YUAN
                    last = day + r(10, 120)
                    if last <= T:
                        events.append((last, j, paid))
                    else:
                        paid = 0
                        last = day
                if due < T - 730 and rnd() < 0.6:
                    # Given up on after more than two years: written off as bad debt.
                    wo_day = max(min(T, due + r(400, 1000)), last, inv[_I_LAST])
                    write_offs.append((j, payable - paid, wo_day))
                    inv[_I_SETTLED] += payable - paid
                    inv[_I_LAST] = wo_day
                continue
            pay_day = due + int(tri(low, high, mode))
            if pay_day <= day:
                pay_day = day + 1
            if rnd() < 0.07 and payable >= 400 * YUAN:
                first = payable * r(30, 70) // 100 // YUAN * YUAN
                first_day = day + (pay_day - day) // 2
                if first_day <= T:
                    events.append((first_day, j, first))
                if pay_day <= T:
                    events.append((pay_day, j, payable - first))
            elif pay_day <= T:
                events.append((pay_day, j, payable))
        return events, write_offs

    def _group_payments(
        self,
        invs: list[_InvoiceRecord],
        events: list[tuple[int, int, int]],
        category: CustomerCategory,
    ) -> list[tuple[int, dict[int, int], int]]:
        """Turn settlement events into payments: (day, {invoice position: amount}, extra).
        Customers often pay several invoices with one transfer; a few pay too much."""
        rng = self.rng
        rnd = rng.random
        events.sort()
        batch = (
            0.45 if category in (CustomerCategory.GOVERNMENT, CustomerCategory.INSTITUTION) else 0.2
        )
        payments = []
        k, n = 0, len(events)
        while k < n:
            first_day, j, amount = events[k]
            allocations = {j: amount}
            pay_day = first_day
            k += 1
            while k < n and events[k][0] - first_day <= 25 and rnd() < batch:
                pay_day, j, amount = events[k]
                allocations[j] = allocations.get(j, 0) + amount
                k += 1
            extra = rng.randint(1, 50) * 100 * YUAN if rnd() < 0.015 else 0
            for j, amount in allocations.items():
                inv = invs[j]
                inv[_I_SETTLED] += amount
                if pay_day > inv[_I_LAST]:
                    inv[_I_LAST] = pay_day
            payments.append((pay_day, allocations, extra))
        return payments

    def _payment_rows(
        self,
        cid: int,
        invs: list[_InvoiceRecord],
        payments: list[tuple[int, dict[int, int], int]],
        prepayments: list[tuple[int, int]],
        base: int,
        ident: _Identity,
        owner: _Person,
    ) -> None:
        rng, d = self.rng, self.d
        rnd = rng.random
        dv, tv, ymd = d.date, d.afternoon, d.ymd
        number = self.numbers.stand_in
        category: CustomerCategory = ident["category"]
        payer, third = ident["payer"], ident["third_party"]
        methods = _METHODS_BY_CATEGORY[category]
        finance = [f.id for f in self.finance]
        b_pay, b_alloc = self.b_payment, self.b_allocation
        n_alloc = sum(len(a) for _, a, _ in payments)
        pid = self._ids("payments", len(payments) + len(prepayments))
        aid = self._ids("allocations", n_alloc)
        received = allocated = 0
        active, cnt = str(PaymentStatus.ACTIVE), self.counts
        for day, allocations, extra in payments:
            amount = sum(allocations.values())
            total = amount + extra
            method = methods[int(rnd() * len(methods))]
            bank_ref = (
                f"{ymd[day]}{pid * 7_919 % 100_000_000:08d}" if method in _BANK_METHODS else None
            )
            note = "多付款项，留作预收" if extra else None
            b_pay.append(
                (
                    pid,
                    number(),
                    cid,
                    dv[day],
                    total,
                    amount,
                    method,
                    bank_ref,
                    third if third is not None and rnd() < 0.3 else payer,
                    active,
                    finance[pid % 2],
                    None,
                    note,
                    1,
                    tv[day],
                    tv[day],
                )
            )
            for j, part in allocations.items():
                b_alloc.append(
                    (aid, pid, base + j, part, dv[day], finance[pid % 2], tv[day], tv[day])
                )
                aid += 1
            late = day - min(invs[j][_I_DUE] for j in allocations)
            if late > 20 and rnd() < 0.15:
                # Late payers are chased; this one kept the date promised on the phone.
                self._activity(
                    cid,
                    owner.id,
                    ActivityKind.CALL,
                    day - rng.randint(3, 15),
                    phrases.PROMISE_KEPT_SUMMARY,
                    None,
                    total,
                    day,
                    PromiseStatus.KEPT,
                )
            received += total
            allocated += amount
            pid += 1
            if len(b_alloc) >= CHUNK_ROWS:
                self.sink.flush()
        for day, amount in prepayments:
            b_pay.append(
                (
                    pid,
                    number(),
                    cid,
                    dv[day],
                    amount,
                    0,
                    str(PaymentMethod.BANK_TRANSFER),
                    f"{ymd[day]}{pid * 7_919 % 100_000_000:08d}",
                    payer,
                    active,
                    finance[pid % 2],
                    None,
                    phrases.PREPAYMENT_NOTE,
                    1,
                    tv[day],
                    tv[day],
                )
            )
            received += amount
            pid += 1
        cnt["payments"] += len(payments) + len(prepayments)
        cnt["allocations"] += n_alloc
        self.money["received"] += received
        self.money["allocated"] += allocated

    def _write_off_rows(self, write_offs: list[tuple[int, int, int]], base: int) -> None:
        rng, d = self.rng, self.d
        first = self._ids("write_offs", len(write_offs))
        total = 0
        first_request = self._ids("write_off_requests", len(write_offs))
        for k, (j, amount, day) in enumerate(write_offs):
            reason = rng.choice(phrases.WRITE_OFF_REASONS)
            self.b_write_off.append(
                (
                    first + k,
                    base + j,
                    amount,
                    d.date[day],
                    reason,
                    self.manager.id,
                    self.finance[k % 2].id,
                    d.morning[day],
                    d.morning[day],
                )
            )
            # Asked for by finance in the morning, approved by the manager that afternoon.
            self.b_write_off_request.append(
                (
                    first_request + k,
                    base + j,
                    amount,
                    d.date[day],
                    reason,
                    str(WriteOffRequestStatus.APPROVED),
                    self.finance[k % 2].id,
                    d.morning[day],
                    self.manager.id,
                    d.afternoon[day],
                    None,
                    first + k,
                    1,
                    d.morning[day],
                    d.afternoon[day],
                )
            )
            total += amount
        self.counts["write_offs"] += len(write_offs)
        self.money["written_off"] += total
