"""No document carries more than MAX_AMOUNT_FEN: every write service refuses more with a
ValidationError on the field, the database refuses it with a CHECK, and the lists and the
workbench add up documents at the maximum exactly."""

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.exc import IntegrityError

from app.db.session import Database
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.domain.money import MAX_AMOUNT_FEN
from app.models import Base, SalesTarget
from app.services import workbench_service
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.services.credit import credit_tier_service as tiers
from app.services.customers import activity_service as activities
from app.services.customers import customer_edit_service as customers
from app.services.customers import customer_list_service as customer_list
from app.services.ledger import invoice_list_service as invoice_list
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.ledger.write_off_service import request_write_off
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)
ISSUED = date(2026, 3, 2)
LIMIT_TEXT = "¥10,000,000,000.00"


@pytest.fixture
def env(db):
    with db.write() as s:
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key")
        admin = factories.user(s, "钱经理", role="admin")
        tier = factories.tier(s).id
    actor = Actor(admin.id, admin.login, Role.ADMIN, clock=FixedClock(TODAY))
    invoice = _issue(db, actor, cust.id, 500_00).id
    payment = payments.record_payment(
        db, actor, payments.PaymentInput(cust.id, TODAY, 100_00), "none"
    ).value.payment_id
    project = projects.create_project(
        db,
        actor,
        projects.ProjectInput(
            cust.id,
            "园区水质检测",
            lines=(projects.QuoteLine("COD", 1_000, 300_00),),
            opened_on=ISSUED,
        ),
    ).value.id
    return {
        "db": db,
        "actor": actor,
        "cust": cust.id,
        "tier": tier,
        "invoice": invoice,
        "payment": payment,
        "project": project,
    }


def _issue(db: Database, actor: Actor, customer_id: int, amount: int) -> invoices.InvoiceRow:
    # Far beyond the key accounts' credit limit: a manager's override lets it through.
    data = invoices.InvoiceInput(customer_id, amount, ISSUED, credit_override_reason="集团担保")
    return invoices.issue_invoice(db, actor, data).value


Write = Callable[[dict, int], object]
WRITES: dict[str, tuple[str, Write]] = {
    "invoice": ("amount", lambda e, fen: _issue(e["db"], e["actor"], e["cust"], fen)),
    "payment": (
        "amount",
        lambda e, fen: payments.record_payment(
            e["db"], e["actor"], payments.PaymentInput(e["cust"], TODAY, fen)
        ),
    ),
    "manual allocation": (
        "amount",
        lambda e, fen: payments.allocate_payment(
            e["db"], e["actor"], e["payment"], [(e["invoice"], fen)]
        ),
    ),
    "red-letter invoice": (
        "amount",
        lambda e, fen: invoices.issue_red_letter(
            e["db"], e["actor"], e["invoice"], fen, TODAY, "开错金额"
        ),
    ),
    "write-off": (
        "amount",
        lambda e, fen: request_write_off(e["db"], e["actor"], e["invoice"], fen, TODAY, "破产清算"),
    ),
    "quote line price": (
        "items",
        lambda e, fen: projects.quote(
            e["db"], e["actor"], e["project"], (projects.QuoteLine("COD", 1_000, fen),)
        ),
    ),
    "quote line discount": (
        "items",
        lambda e, fen: projects.quote(
            e["db"],
            e["actor"],
            e["project"],
            # Enough units at the highest price that the line's amount stays within limits.
            (
                projects.QuoteLine(
                    "COD", -(-fen // MAX_AMOUNT_FEN) * 1_000, MAX_AMOUNT_FEN, discount_fen=fen
                ),
            ),
        ),
    ),
    "contract": (
        "contract_amount",
        lambda e, fen: projects.sign_contract(
            e["db"], e["actor"], e["project"], "HT-1", fen, TODAY, "集团担保"
        ),
    ),
    "installment": (
        "installments",
        lambda e, fen: projects.set_payment_plan(
            e["db"],
            e["actor"],
            e["project"],
            (projects.InstallmentSpec(amount_fen=fen, due_date=TODAY),),
        ),
    ),
    "invoice request": (
        "amount",
        lambda e, fen: requests.request_invoice(e["db"], e["actor"], e["project"], fen),
    ),
    "customer credit limit": (
        "credit_limit",
        lambda e, fen: customers.create_customer(
            e["db"],
            e["actor"],
            customers.CustomerInput(
                name="温州鞋业有限公司", tier_id=e["tier"], credit_limit_override_fen=fen
            ),
        ),
    ),
    "tier credit limit": (
        "credit_limit",
        lambda e, fen: tiers.create_tier(
            e["db"], e["actor"], tiers.TierInput(code="group", name="集团", credit_limit_fen=fen)
        ),
    ),
    "promise to pay": (
        "promise_amount",
        lambda e, fen: activities.log_activity(
            e["db"],
            e["actor"],
            activities.ActivityInput(
                e["cust"], "call", "答应月底付款", TODAY, promise_amount_fen=fen, promise_date=TODAY
            ),
        ),
    ),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_refuses_more_than_one_document_carries(env, write):
    field, call = WRITES[write]
    # Just past the limit, and 10^22 fen, which used to fail with a raw OverflowError.
    for fen in (MAX_AMOUNT_FEN + 1, 10**22):
        with pytest.raises(ValidationError) as excinfo:
            call(env, fen)
        assert excinfo.value.field == field
        assert f"more than {LIMIT_TEXT}" in excinfo.value.message


def test_a_quote_line_or_a_quote_may_not_add_up_to_more_than_the_maximum(env):
    db, actor, project = env["db"], env["actor"], env["project"]
    # Each price is allowed; two of them make a line, or two lines a quote, too big.
    twice = projects.QuoteLine("全项分析", 2_000, MAX_AMOUNT_FEN)
    with pytest.raises(ValidationError, match=r"Quote line 1: .* more than ¥10,000,000,000\.00"):
        projects.quote(db, actor, project, (twice,))
    once = projects.QuoteLine("全项分析", 1_000, MAX_AMOUNT_FEN)
    with pytest.raises(ValidationError, match=r"adds up to ¥20,000,000,000\.00, more than"):
        projects.quote(db, actor, project, (once, once))
    quoted = projects.quote(db, actor, project, (once,)).value
    assert quoted.quoted_amount_fen == MAX_AMOUNT_FEN


def test_lists_and_workbench_add_up_documents_at_the_maximum(env):
    db, actor = env["db"], env["actor"]
    with db.write() as s:
        other = factories.customer(s, "温州鞋业有限公司", tier_code="key").id
    for _ in range(5):
        _issue(db, actor, env["cust"], MAX_AMOUNT_FEN)
    for _ in range(3):
        _issue(db, actor, other, MAX_AMOUNT_FEN)
    # One payment at the maximum settles the oldest invoices; another stays unallocated.
    payments.record_payment(db, actor, payments.PaymentInput(env["cust"], TODAY, MAX_AMOUNT_FEN))
    payments.record_payment(db, actor, payments.PaymentInput(other, TODAY, MAX_AMOUNT_FEN), "none")
    # What the issue reported: two such invoices were accepted, then every list failed.
    for _ in range(2):
        with pytest.raises(ValidationError, match="more than"):
            _issue(db, actor, env["cust"], 5 * 10**18)

    # The fixture's ¥500.00 invoice was due first, so the payment at the maximum settled it and
    # all but ¥500.00 of the first big invoice; the fixture's ¥100.00 payment is unallocated.
    open_cust = 4 * MAX_AMOUNT_FEN + 500_00
    with db.read() as s:
        rows = {r.id: r for r in customer_list.fetch_customers(s, ListRequest(), 0, 50, TODAY)}
        by_balance = customer_list.fetch_customers(
            s, ListRequest(sort_key="balance", descending=True), 0, 50, TODAY
        )
        listed = invoice_list.fetch_invoices(
            s, ListRequest(sort_key="amount", descending=True), 0, 50, TODAY
        )
        summary = workbench_service.workbench_summary(s, TODAY)
        n_invoices = invoice_list.count_invoices(s, ListRequest(), TODAY)
    assert (rows[env["cust"]].open_fen, rows[env["cust"]].unallocated_fen) == (open_cust, 100_00)
    assert rows[env["cust"]].overdue_fen == open_cust  # due 60 days after 2 March
    assert (rows[other].open_fen, rows[other].unallocated_fen) == (
        3 * MAX_AMOUNT_FEN,
        MAX_AMOUNT_FEN,
    )
    assert [r.id for r in by_balance] == [env["cust"], other]
    assert n_invoices == 9
    assert [r.amount_fen for r in listed] == [MAX_AMOUNT_FEN] * 8 + [500_00]
    assert summary.open_invoices == 8
    assert summary.open_fen == summary.overdue_fen == open_cust + 3 * MAX_AMOUNT_FEN
    assert summary.unallocated_fen == MAX_AMOUNT_FEN + 100_00
    assert summary.receivables_fen == 6 * MAX_AMOUNT_FEN + 500_00 - 100_00


# Every bounded money column, whether it may be negative, and a value it always refuses.
TASK_AMOUNTS = ("overdue_fen", "promise_amount_fen")
COLUMNS = [
    ("credit_tiers", "credit_limit_fen", False),
    ("customers", "credit_limit_override_fen", False),
    ("activities", "promise_amount_fen", False),
    ("projects", "quoted_amount_fen", False),
    ("projects", "contract_amount_fen", False),
    ("project_items", "unit_price_fen", False),
    ("project_items", "discount_fen", False),
    ("project_items", "amount_fen", False),
    ("installments", "amount_fen", False),
    ("invoice_requests", "amount_fen", False),
    ("invoices", "amount_fen", True),
    ("invoices", "tax_fen", True),
    ("invoices", "settled_fen", True),
    ("payments", "amount_fen", False),
    ("payments", "allocated_fen", False),
    # Negative: a reversing row takes an allocation back (with reverses_id set).
    ("allocations", "amount_fen", True),
    ("write_offs", "amount_fen", False),
    ("write_off_requests", "amount_fen", False),
    ("sales_targets", "amount_fen", False),
]


def test_the_database_refuses_amounts_beyond_the_limits(db):
    """Whatever writes the row (an import, a script, a later bug), not only the services."""
    generate_demo(db, customers=30, invoices=300, seed=3, today=TODAY)
    with db.write() as s:  # the demo sets no collection targets: one to try the limit on
        seller = factories.user(s)
        s.add(SalesTarget(salesperson_id=seller.id, month=TODAY.replace(day=1), amount_fen=1))
    for table, column, signed in COLUMNS:
        lowest = -MAX_AMOUNT_FEN if signed else 0
        first = f"(SELECT min(id) FROM {table})"
        for value, allowed in (
            (MAX_AMOUNT_FEN, True),
            (lowest, True),
            (MAX_AMOUNT_FEN + 1, False),
            (lowest - 1, False),
            (-(2**63), False),
        ):
            # A reversing allocation names the one it takes back (ck_allocations_direction).
            also = (
                f", reverses_id = {'id' if value < 0 else 'NULL'}" if table == "allocations" else ""
            )
            update = text(f"UPDATE {table} SET {column} = :v{also} WHERE id = {first}")
            try:
                with db.engine.begin() as conn:
                    assert conn.execute(update, {"v": value}).rowcount == 1, table
            except IntegrityError as exc:
                assert not allowed, f"{table}.{column} = {value} was refused"
                assert f"ck_{table}_{column}_limit" in str(exc)
            else:
                assert allowed, f"{table}.{column} = {value} was stored"


def test_the_models_carry_the_checks_the_migration_made(db):
    inspector = inspect(db.engine)
    in_database = {
        (table, check["name"])
        for table in inspector.get_table_names()
        for check in inspector.get_check_constraints(table)
    }
    in_models = {
        (table.name, check.name)
        for table in Base.metadata.sorted_tables
        for check in table.constraints
        if isinstance(check, CheckConstraint)
    }
    expected = {(table, f"ck_{table}_{column}_limit") for table, column, _ in COLUMNS}
    expected.add(("allocations", "ck_allocations_direction"))
    # Collection tasks: empty in a demo ledger, their limits are tried in test_reminders.py.
    expected |= {("collection_tasks", f"ck_collection_tasks_{c}_limit") for c in TASK_AMOUNTS}
    # Bank lines: none in a demo ledger either; tried in test_bank_statements.py.
    expected |= {("bank_lines", f"ck_bank_lines_{c}_limit") for c in ("amount_fen", "balance_fen")}
    assert in_database == in_models
    # The lengths of names have their own checks (tests/db/test_name_lengths.py).
    assert {c for c in in_models if not c[1].endswith("_length")} == expected
