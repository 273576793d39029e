"""Statements over random dated ledgers (the operations of test_as_of_properties.py): for
random periods, the opening balance, every line and the closing balance equal the as-of
balances and an independent list of the entries the oracle recorded, to the fen; a
statement issued once reprints the same whatever happens afterwards."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule

from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.ledger.balances import customer_balances
from app.services.statements import statement_service
from app.services.statements.statement_builder import build_statements
from app.services.statements.statement_content import LineKind, StatementContent
from tests.db.test_as_of_properties import START, AsOfLedger, Oracle


def oracle_lines(o: Oracle, customer: int, start: date, end: date) -> list[tuple[date, str, int]]:
    """(day, kind, balance change) of every entry dated in the period, from the oracle's
    own record: what the customer owes more is positive."""
    found = []

    def within(day: date | None) -> bool:
        return day is not None and start <= day <= end

    for inv in o.invoices.values():
        if inv.customer != customer:
            continue
        red = inv.original is not None
        if within(inv.issued):
            found.append((inv.issued, "red_letter" if red else "invoice", inv.amount))
        if within(inv.voided):
            # Nothing is applied to a normal invoice when it is voided.
            found.append((inv.voided, "red_letter_void" if red else "invoice_void", -inv.amount))
    for pay in o.payments.values():
        if pay.customer != customer:
            continue
        if within(pay.received):
            found.append((pay.received, "payment", -pay.amount))
        if within(pay.reversed):
            found.append((pay.reversed, "payment_reversal", pay.amount))
    for iid, amount, on in o.write_offs:
        if o.invoices[iid].customer == customer and within(on):
            found.append((on, "write_off", -amount))
    return sorted(found)


def oracle_balance(o: Oracle, customer: int, day: date) -> int:
    owed = sum(v for iid, v in o.open_amounts(day).items() if o.invoices[iid].customer == customer)
    return owed - o.prepaid(day).get(customer, 0)


class StatementLedger(AsOfLedger):
    def __init__(self) -> None:
        super().__init__()
        save_lab_profile(self.db, self.actor, LabProfile(name="江苏华测环境检测技术有限公司"))
        # Statements issued, with what they said, to be reprinted the same ever after.
        self.issued: list[tuple[int, StatementContent]] = []

    # The as-of checks of the parent run in its own test; these runs check statements.
    def as_of_figures_match_the_oracle(self):  # not an invariant here
        pass

    def _period(self, back: int, length: int) -> tuple[date, date]:
        end = max(START, self.today - timedelta(days=back))
        return max(START - timedelta(days=3), end - timedelta(days=length)), end

    @rule(back=st.integers(0, 40), length=st.integers(0, 60))
    def issue_statements(self, back, length):
        start, end = self._period(back, length)
        actor = self.actor
        for cid in self.customers:
            value = statement_service.issue_statement(self.db, actor, cid, start, end).value
            self.issued.append((value.statement_id, value.content))

    @invariant()
    def statements_equal_the_ledger(self):
        periods = {self._period(0, 0), self._period(0, 30), self._period(10, 45)}
        with self.db.read() as s:
            for start, end in sorted(periods):
                built = build_statements(s, self.customers, start, end)
                opening = customer_balances(s, start - timedelta(days=1), self.customers)
                closing = customer_balances(s, end, self.customers)
                for cid, content in built.items():
                    assert content.opening_fen == opening[cid].balance_fen
                    assert content.opening_fen == oracle_balance(
                        self.o, cid, start - timedelta(days=1)
                    )
                    assert content.closing_fen == closing[cid].balance_fen
                    assert content.closing_fen == oracle_balance(self.o, cid, end)
                    balance = content.opening_fen
                    for line in content.lines:
                        balance += line.debit_fen - line.credit_fen
                        assert line.balance_fen == balance
                        assert start <= line.on <= end
                    assert balance == content.closing_fen
                    printed = sorted(
                        (line.on, line.kind.value, line.change_fen) for line in content.lines
                    )
                    assert printed == oracle_lines(self.o, cid, start, end), (start, end)
                    assert content.open_fen - content.prepaid_fen == content.closing_fen
                    assert content.prepaid_fen == closing[cid].unallocated_fen
                    assert [line.on for line in content.lines] == sorted(
                        line.on for line in content.lines
                    )
                    assert all(line.kind in LineKind for line in content.lines)
            for sid, said in self.issued[-4:]:
                assert statement_service.statement_content(s, sid) == said


StatementLedger.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStatementLedger = pytest.mark.slow(StatementLedger.TestCase)
