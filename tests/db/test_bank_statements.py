"""Bank statements: importing lines once, proposing who paid and what for, confirming."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, PermissionDeniedError
from app.domain.money import MAX_AMOUNT_FEN
from app.models import Allocation, AuditEntry, BankLine, PayerAlias, Payment
from app.services.bank.bank_line_service import (
    CONFIRMED,
    IGNORED,
    PROPOSED,
    LineDecision,
    confirm_lines,
    import_statement_file,
    list_lines,
    set_ignored,
)
from app.services.bank.matching import FUZZY_THRESHOLD, CustomerHow, InvoicesHow
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.customers.customer_list_service import customer_row
from tests import factories

TODAY = date(2026, 11, 30)
BANK = Path(__file__).resolve().parents[1] / "data" / "bank"
HEADER = "交易日期,交易时间,交易金额,余额,对方户名,对方账号,附言"


def write_statement(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text("某银行 账户明细\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def env(db, tmp_path):
    with db.write() as s:
        jia = factories.customer(s, "上海甲乙检测技术有限公司", tier_code="key")
        bing = factories.customer(s, "杭州丙丁环境科技有限公司", tier_code="key")
        wu = factories.customer(s, "宁波戊己材料研究所", tier_code="key")
        old = date(2026, 8, 1)
        jia_invoices = [
            factories.invoice(s, jia, 500_00, old, number="FP-J-1"),
            factories.invoice(s, jia, 1_200_00, date(2026, 9, 1), number="FP-J-2"),
            factories.invoice(s, jia, 800_00, date(2026, 10, 1), number="FP-J-3"),
        ]
        bing_invoices = [
            factories.invoice(s, bing, 300_00, old, number="FP-B-1"),
            factories.invoice(s, bing, 400_00, date(2026, 9, 1), number="FP-B-2"),
            factories.invoice(s, bing, 900_00, date(2026, 10, 1), number="FP-B-3"),
        ]
        wu_invoice = factories.invoice(s, wu, 2_000_00, old, number="FP-W-1")
        s.add(PayerAlias(customer_id=wu.id, payer_name="王五", payer_key="王五"))
        clerk = factories.user(s, "赵会计", role="finance")
        seller = factories.user(s, "孙销售", role="sales")
    clock = FixedClock(TODAY)
    statement = write_statement(
        tmp_path,
        "november.csv",
        [
            # exact name, exact open amount of FP-J-2
            '2026-11-02,09:00:00,"1,200.00",10000.00,上海甲乙检测技术有限公司,6222001,货款',
            # remembered payer (代付) of 宁波戊己
            "2026-11-03,09:00:00,300.00,10300.00,王五,6222002,",
            # a similar name, oldest open invoices first
            "2026-11-04,09:00:00,600.00,10900.00,上海甲乙检测技术公司,6222003,检测费",
            # nobody by name; the memo names an invoice of 杭州丙丁
            "2026-11-05,09:00:00,900.00,11800.00,李某某,6222004,付发票FP-B-3款",
            # 杭州丙丁 by name, split oldest first over two invoices
            "2026-11-06,09:00:00,500.00,12300.00,杭州丙丁环境科技有限公司,6222005,",
            # money out
            "2026-11-07,10:00:00,-88.00,12212.00,电力公司,6222006,电费",
        ],
    )
    return {
        "db": db,
        "path": statement,
        "tmp": tmp_path,
        "jia": jia.id,
        "bing": bing.id,
        "wu": wu.id,
        "jia_invoices": [i.id for i in jia_invoices],
        "bing_invoices": [i.id for i in bing_invoices],
        "wu_invoice": wu_invoice.id,
        "finance": Actor(clerk.id, clerk.login, Role.FINANCE, clock=clock),
        "sales": Actor(seller.id, seller.login, Role.SALES, clock=clock),
    }


def proposed(env):
    with env["db"].read() as s:
        return {row.payer_name: row for row in list_lines(s, PROPOSED)}


def test_import_keeps_every_line_once_and_says_so_the_second_time(env):
    first = import_statement_file(env["db"], env["finance"], env["path"])
    assert (first.value.lines, first.value.credits, first.value.others) == (6, 5, 1)
    assert first.value.already == 0 and Kind.BANK_LINES in first.kinds
    again = import_statement_file(env["db"], env["finance"], env["path"])
    assert (again.value.added, again.value.already) == (0, 6) and not again.kinds
    with env["db"].read() as s:
        assert s.scalar(select(func.count()).select_from(BankLine)) == 6
        statuses = dict(
            s.execute(select(BankLine.direction, BankLine.status).order_by(BankLine.id)).all()
        )
        assert statuses == {"credit": PROPOSED, "debit": IGNORED}
        assert s.scalar(select(func.count()).where(AuditEntry.action == "bank.import")) == 1


def test_each_credit_comes_with_the_customer_and_invoices_it_most_likely_is(env):
    import_statement_file(env["db"], env["finance"], env["path"])
    rows = proposed(env)
    assert len(rows) == 5
    exact = rows["上海甲乙检测技术有限公司"]
    assert (exact.customer.customer_id, exact.customer.how) == (env["jia"], CustomerHow.NAME)
    assert exact.invoices.how == InvoicesHow.AMOUNT
    assert exact.invoices.split == [(env["jia_invoices"][1], 1_200_00)]

    alias = rows["王五"]
    assert (alias.customer.customer_id, alias.customer.how) == (env["wu"], CustomerHow.ALIAS)
    assert alias.invoices.split == [(env["wu_invoice"], 300_00)]

    fuzzy = rows["上海甲乙检测技术公司"]
    assert (fuzzy.customer.customer_id, fuzzy.customer.how) == (env["jia"], CustomerHow.FUZZY)
    assert FUZZY_THRESHOLD <= fuzzy.customer.score < 100
    assert fuzzy.invoices.how == InvoicesHow.OLDEST
    assert fuzzy.invoices.split == [
        (env["jia_invoices"][0], 500_00),
        (env["jia_invoices"][1], 100_00),
    ]

    reference = rows["李某某"]
    assert reference.customer.customer_id == env["bing"]
    assert reference.customer.how == CustomerHow.REFERENCE
    assert reference.invoices.how == InvoicesHow.AMOUNT  # 900.00 is FP-B-3's open amount too

    split = rows["杭州丙丁环境科技有限公司"]
    assert split.invoices.how == InvoicesHow.OLDEST
    assert split.invoices.split == [
        (env["bing_invoices"][0], 300_00),
        (env["bing_invoices"][1], 200_00),
    ]


def test_a_memo_naming_invoices_settles_those_before_older_ones(env, tmp_path):
    path = write_statement(
        tmp_path, "ref.csv", ["2026-11-08,,950.00,,杭州丙丁环境科技有限公司,,发票FP-B-3 FP-B-2"]
    )
    import_statement_file(env["db"], env["finance"], path)
    row = proposed(env)["杭州丙丁环境科技有限公司"]
    assert row.invoices.how == InvoicesHow.REFERENCE
    # In the order the ledger lists them (oldest due first), up to the amount.
    assert row.invoices.split == [
        (env["bing_invoices"][1], 400_00),
        (env["bing_invoices"][2], 550_00),
    ]


def test_confirming_records_the_payment_and_remembers_the_payer(env):
    db, finance = env["db"], env["finance"]
    import_statement_file(db, finance, env["path"])
    with db.read() as s:
        before = customer_row(s, env["jia"], TODAY).balance_fen
    line = proposed(env)["上海甲乙检测技术公司"]
    done = confirm_lines(db, finance, [LineDecision(line.id)])
    [confirmed] = done.value
    assert {Kind.PAYMENTS, Kind.INVOICES, Kind.BANK_LINES} <= done.kinds
    with db.read() as s:
        assert customer_row(s, env["jia"], TODAY).balance_fen == before - 600_00
        payment = s.get(Payment, confirmed.payment_id)
        assert (payment.customer_id, payment.amount_fen, payment.received_date) == (
            env["jia"],
            600_00,
            date(2026, 11, 4),
        )
        assert payment.payer_name == "上海甲乙检测技术公司"
        allocations = s.execute(
            select(Allocation.invoice_id, Allocation.amount_fen).where(
                Allocation.payment_id == payment.id
            )
        ).all()
        assert sorted(allocations) == sorted(
            [(env["jia_invoices"][0], 500_00), (env["jia_invoices"][1], 100_00)]
        )
        stored = s.get(BankLine, line.id)
        assert (stored.status, stored.payment_id) == (CONFIRMED, payment.id)
        alias = s.scalars(select(PayerAlias).where(PayerAlias.customer_id == env["jia"])).one()
        assert alias.payer_name == "上海甲乙检测技术公司"
        actions = set(s.scalars(select(AuditEntry.action)))
        assert {"bank_line.confirm", "payment.record", "payment.allocate"} <= actions
    # Next time the same payer is recognised by name, not by similarity.
    again = write_statement(
        env["tmp"], "december.csv", ["2026-11-20,,10.00,,上海甲乙检测技术公司,,"]
    )
    import_statement_file(db, finance, again)
    rows = [r for r in proposed(env).values() if r.txn_date == date(2026, 11, 20)]
    assert rows[0].customer.how == CustomerHow.ALIAS


def test_finance_corrects_the_customer_and_the_split(env):
    db, finance = env["db"], env["finance"]
    import_statement_file(db, finance, env["path"])
    line = proposed(env)["王五"]
    split = [(env["bing_invoices"][2], 300_00)]
    confirm_lines(db, finance, [LineDecision(line.id, env["bing"], split)])
    with db.read() as s:
        payment = s.scalars(select(Payment).where(Payment.customer_id == env["bing"])).one()
        assert payment.allocated_fen == 300_00
        # The payer now also stands for 杭州丙丁, and being the latest, it is proposed.
        keys = set(s.scalars(select(PayerAlias.customer_id).where(PayerAlias.payer_key == "王五")))
        assert keys == {env["wu"], env["bing"]}


def test_several_lines_confirmed_at_once_split_what_is_still_open(env, tmp_path):
    db, finance = env["db"], env["finance"]
    path = write_statement(
        tmp_path,
        "two.csv",
        [
            "2026-11-10,08:00:00,300.00,,杭州丙丁环境科技有限公司,,",
            "2026-11-11,08:00:00,300.00,,杭州丙丁环境科技有限公司,,",
        ],
    )
    import_statement_file(db, finance, path)
    with db.read() as s:
        ids = [row.id for row in list_lines(s, PROPOSED)]
    confirm_lines(db, finance, [LineDecision(i) for i in sorted(ids)])
    with db.read() as s:
        assert customer_row(s, env["bing"], TODAY).open_fen == (300 + 400 + 900 - 600) * 100
        assert s.scalar(select(func.sum(Payment.allocated_fen))) == 600_00


def test_a_confirmed_line_is_never_recorded_twice(env, tmp_path):
    db, finance = env["db"], env["finance"]
    import_statement_file(db, finance, env["path"])
    line = proposed(env)["王五"]
    confirm_lines(db, finance, [LineDecision(line.id)])
    with pytest.raises(LedgerError, match="already confirmed"):
        confirm_lines(db, finance, [LineDecision(line.id)])
    # The same line in another export (it overlaps this one) is known already.
    rows = env["path"].read_text(encoding="utf-8").splitlines()
    overlap = tmp_path / "overlap.csv"
    overlap.write_text("\n".join([rows[0], rows[1], rows[3]]) + "\n", encoding="utf-8")
    summary = import_statement_file(db, finance, overlap).value
    assert (summary.added, summary.already) == (0, 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        assert s.scalar(select(func.count()).select_from(BankLine)) == 6


def test_a_line_with_no_customer_found_needs_one_chosen(env, tmp_path):
    path = write_statement(tmp_path, "x.csv", ["2026-11-12,,66.00,,完全无关的名字,,"])
    import_statement_file(env["db"], env["finance"], path)
    [row] = proposed(env).values()
    assert row.customer is None
    with pytest.raises(LedgerError, match="Choose the customer"):
        confirm_lines(env["db"], env["finance"], [LineDecision(row.id)])


def test_ignoring_a_credit_and_taking_it_back(env):
    db, finance = env["db"], env["finance"]
    import_statement_file(db, finance, env["path"])
    line = proposed(env)["李某某"]
    assert set_ignored(db, finance, [line.id], True).value == 1
    assert "李某某" not in proposed(env)
    with pytest.raises(LedgerError, match="already ignored"):
        confirm_lines(db, finance, [LineDecision(line.id)])
    assert set_ignored(db, finance, [line.id], False).value == 1
    assert "李某某" in proposed(env)


def test_sales_may_neither_import_nor_confirm(env):
    with pytest.raises(PermissionDeniedError):
        import_statement_file(env["db"], env["sales"], env["path"])
    import_statement_file(env["db"], env["finance"], env["path"])
    line = proposed(env)["王五"]
    with pytest.raises(PermissionDeniedError):
        confirm_lines(env["db"], env["sales"], [LineDecision(line.id)])
    with pytest.raises(PermissionDeniedError):
        set_ignored(env["db"], env["sales"], [line.id], True)
    with env["db"].read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_every_example_export_imports_and_again_adds_nothing(env):
    db, finance = env["db"], env["finance"]
    total = 0
    for path in sorted(BANK.glob("*.csv")):
        summary = import_statement_file(db, finance, path).value
        assert summary.added == summary.lines
        total += summary.lines
    for path in sorted(BANK.glob("*.csv")):
        assert import_statement_file(db, finance, path).value.added == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(BankLine)) == total


def test_the_command_line_imports_a_statement_and_prints_the_proposals(env, location, capsys):
    from app.cli import main

    db_arg = (
        str(location.sqlite_path)
        if location.sqlite_path
        else location.url.render_as_string(hide_password=False)
    )
    path = str(env["path"])
    assert main(["--db", db_arg, "import", path, "--kind", "bank", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would import 6 line(s), 5 incoming; nothing written" in out
    assert "王五  -> 宁波戊己材料研究所 (alias 100%); FP-W-1 ¥300.00 (oldest)" in out
    with env["db"].read() as s:
        assert s.scalar(select(func.count()).select_from(BankLine)) == 0
    assert main(["--db", db_arg, "import", path, "--kind", "bank"]) == 0
    assert "imported 6 new line(s), 5 incoming to confirm" in capsys.readouterr().out
    assert main(["--db", db_arg, "import", path, "--kind", "bank"]) == 0
    assert "every line was imported before" in capsys.readouterr().out
    customers = env["tmp"] / "customers.csv"
    customers.write_text("客户名称,开票金额\n甲,100\n", encoding="utf-8")
    assert main(["--db", db_arg, "import", str(customers), "--kind", "bank"]) == 2
    assert "not a bank statement" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("column", "value", "allowed"),
    [
        ("amount_fen", MAX_AMOUNT_FEN, True),
        ("amount_fen", MAX_AMOUNT_FEN + 1, False),
        ("amount_fen", -1, False),
        ("balance_fen", -MAX_AMOUNT_FEN, True),
        ("balance_fen", -MAX_AMOUNT_FEN - 1, False),
    ],
)
def test_the_database_bounds_the_amounts_of_bank_lines(env, column, value, allowed):
    import_statement_file(env["db"], env["finance"], env["path"])
    update = text(
        f"UPDATE bank_lines SET {column} = :v WHERE id = (SELECT min(id) FROM bank_lines)"
    )
    try:
        with env["db"].engine.begin() as conn:
            conn.execute(update, {"v": value})
    except IntegrityError as exc:
        assert not allowed and f"ck_bank_lines_{column}_limit" in str(exc)
    else:
        assert allowed


def test_lines_another_pc_recorded_meanwhile_are_skipped_not_an_error(env, monkeypatch):
    from app.services.bank import bank_line_service

    import_statement_file(env["db"], env["finance"], env["path"])
    # As if the other PC's lines were written after this import looked for them.
    monkeypatch.setattr(bank_line_service, "_known_keys", lambda _session, _keys: set())
    again = import_statement_file(env["db"], env["finance"], env["path"]).value
    assert (again.added, again.already) == (0, 6)
    with env["db"].read() as s:
        assert s.scalar(select(func.count()).select_from(BankLine)) == 6
