"""`labledger migrate-to URL`: a SQLite ledger copied into an empty PostgreSQL database and
verified there; a target that holds records is refused."""

from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text

from app.cli import main
from app.db.location import resolve
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.models import AuditEntry, Customer, Invoice
from app.services.core.audit_service import record_audit, verify_chain
from app.services.core.context import system_actor
from app.services.core.startup import open_database
from tests import factories
from tests.db.conftest import BACKENDS, database_location

SERVERS = [b for b in BACKENDS if b != "sqlite"]
TODAY = date(2026, 6, 30)


@pytest.fixture
def ledger(tmp_path):
    """A small demo ledger in a SQLite file, with an audited manager's decision."""
    path = tmp_path / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    generate_demo(db, customers=12, invoices=80, seed=3, today=TODAY)
    actor = system_actor(FixedClock(TODAY))
    with db.write() as s:
        record_audit(
            s,
            actor,
            "credit.override",
            "customer",
            1,
            {"refusals": ["限额"]},
            {"kind": "invoice", "reference": "FP-1", "added_fen": 123_456},
            "老客户",
        )
    db.dispose()
    return path


@pytest.fixture
def server(request, tmp_path):
    """An empty server database whose sessions run on Beijing time, as a lab's server
    would: timestamps come back in +08:00 and must still prove the audit chain."""
    with database_location(request.param, tmp_path / "server") as location:
        admin = create_engine(location.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(
                text(f"ALTER DATABASE \"{location.url.database}\" SET timezone = 'Asia/Shanghai'")
            )
        admin.dispose()
        yield location


def _url(location) -> str:
    return location.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("server", SERVERS, indirect=True)
def test_a_ledger_is_copied_and_verified(ledger, server, capsys):
    assert main(["--db", str(ledger), "migrate-to", _url(server)]) == 0
    out = capsys.readouterr().out
    assert "Verified:" in out and "customers:" in out
    source, _ = open_database(resolve(str(ledger)))
    copy, _ = open_database(server)
    try:
        with source.read() as s, copy.read() as c:
            for model in (Customer, Invoice, AuditEntry):
                assert c.scalar(select(func.count()).select_from(model)) == s.scalar(
                    select(func.count()).select_from(model)
                )
            assert verify_chain(c) == []
            copied_max = c.scalar(select(func.max(Customer.id)))
        # The server goes on after the copied ids, and its chain after the copied entries.
        with copy.write() as c:
            assert factories.customer(c, "新客户").id == copied_max + 1
            record_audit(c, system_actor(), "customer.create", "customer", copied_max + 1)
        with copy.read() as c:
            assert verify_chain(c) == []
    finally:
        source.dispose()
        copy.dispose()
    assert (
        main(
            [
                "--db",
                _url(server),
                "check",
            ]
        )
        == 0
    )


@pytest.mark.parametrize("server", SERVERS, indirect=True)
def test_a_target_holding_records_is_refused(ledger, server, capsys):
    target, _ = open_database(server)
    with target.write() as s:
        factories.customer(s, "已有客户")
    target.dispose()
    assert main(["--db", str(ledger), "migrate-to", _url(server)]) == 1
    err = capsys.readouterr().err
    assert "is not empty (customers holds 1 rows)" in err
    target, _ = open_database(server)
    with target.read() as s:
        assert s.scalar(text("SELECT count(*) FROM customers")) == 1
    target.dispose()


def test_a_sqlite_target_is_refused(ledger, tmp_path, capsys):
    assert main(["--db", str(ledger), "migrate-to", str(tmp_path / "other.sqlite3")]) == 1
    assert "copies into a PostgreSQL database" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite3").exists()
