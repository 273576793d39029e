from datetime import date

from sqlalchemy import update

from app.cli import main
from app.models import Allocation, Invoice, Payment
from app.services.core.check_service import check_database
from tests import factories


def _ledger(db):
    with db.write() as s:
        c = factories.customer(s, "苏州市吴中区疾病预防控制中心")
        inv1 = factories.invoice(s, c, 100_000, date(2026, 1, 5))
        inv2 = factories.invoice(s, c, 50_050, date(2026, 2, 5))
        factories.invoice(s, c, -20_000, date(2026, 2, 9), original=inv2, settled_fen=-20_000)
        inv2.settled_fen += 20_000
        factories.payment(s, c, 120_000, date(2026, 3, 1), [(inv1, 100_000), (inv2, 10_000)])
        return inv1.id, inv2.id


def test_clean_ledger_has_no_problems(db):
    _ledger(db)
    with db.read() as s:
        assert check_database(s) == []


def test_wrong_cached_settlement_is_reported_with_the_invoice_number(db):
    inv1, _ = _ledger(db)
    with db.write() as s:
        s.execute(update(Invoice).where(Invoice.id == inv1).values(settled_fen=99_999))
        number = s.get(Invoice, inv1).number
    with db.read() as s:
        problems = check_database(s)
    # The as-of figures start from the cache, so they are wrong too, and say so.
    assert [p.check for p in problems] == ["invoice settled amount", "as-of figures"]
    assert number in problems[0].detail and "99999" in problems[0].detail


def test_over_allocated_payment_and_negative_open_balance_are_reported(db):
    inv1, _ = _ledger(db)
    with db.write() as s:
        pay = s.query(Payment).one()
        s.execute(
            update(Allocation).where(Allocation.invoice_id == inv1).values(amount_fen=130_000)
        )
        s.execute(update(Payment).values(allocated_fen=140_000))
        s.execute(update(Invoice).where(Invoice.id == inv1).values(settled_fen=130_000))
        number = pay.number
    with db.read() as s:
        checks = {p.check: p.detail for p in check_database(s)}
    assert number in checks["payment allocation"]
    assert "invoice open balance" in checks


def test_red_letter_for_another_customer_is_reported(db):
    _, inv2 = _ledger(db)
    with db.write() as s:
        other = factories.customer(s, "另一家公司")
        s.execute(
            update(Invoice).where(Invoice.original_invoice_id == inv2).values(customer_id=other.id)
        )
    with db.read() as s:
        assert "red-letter invoice" in {p.check for p in check_database(s)}


def test_cli_check_exit_codes(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite3")
    assert main(["--db", path, "init"]) == 0
    assert main(["--db", path, "check"]) == 0
    assert "OK" in capsys.readouterr().out
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO users (login, display_name, role, active, version, created_at, "
        "updated_at) VALUES ('a', 'a', 'sales', 1, 1, '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO customers (code, name, name_key, category, tier_id, archived, "
        "version, created_at, updated_at) VALUES ('C1', '甲', '甲', 'enterprise', 1, 0, "
        "1, '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO invoices (number, kind, customer_id, issue_date, due_date, "
        "amount_fen, tax_rate_bp, tax_fen, settled_fen, currency, status, version, "
        "created_at, updated_at) VALUES ('FP1', 'receipt', 1, '2026-01-01', "
        "'2026-02-01', 1000, 0, 0, 5, 'CNY', 'issued', 1, '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    assert main(["--db", path, "check"]) == 1
    assert "FP1" in capsys.readouterr().out
