from datetime import date

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.services.ledger import payment_list_service as payment_list
from app.services.ledger import payment_service as payments
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_list_service as project_list
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


def test_project_detail_payment_detail_and_requests_carry_what_the_dialogs_need(db):
    with db.write() as s:
        boss = factories.user(s, "吴经理", role="manager")
        cid = factories.customer(s, "绍兴印染有限公司", tier_code="key").id
    a = Actor(boss.id, boss.login, Role.MANAGER, clock=FixedClock(TODAY))
    lines = (projects.QuoteLine("废水 COD", 2_000, 150_00, 10_00, "HJ 828-2017"),)
    p = projects.create_project(
        db, a, projects.ProjectInput(cid, "废水监测", lines=lines, opened_on=date(2026, 6, 1))
    ).value
    projects.sign_contract(db, a, p.id, "HT-9", None, date(2026, 6, 2))
    projects.set_payment_plan(
        db,
        a,
        p.id,
        (projects.InstallmentSpec(share_bp=10_000, trigger="report_issued", offset_days=15),),
    )
    projects.advance(db, a, p.id, "report_issued", date(2026, 6, 10), "报告已盖章")
    rid = requests.request_invoice(db, a, p.id, note="请开专票").value
    with db.read() as s:
        detail = projects.project_detail(s, p.id)
        pending = requests.pending_requests(s)
    assert detail.lines == lines and detail.contract_no == "HT-9"
    assert [(i.amount_fen, i.due_date) for i in detail.installments] == [
        (290_00, date(2026, 6, 25))
    ]
    assert [(h.to_stage, h.user, h.note) for h in detail.history][-1] == (
        "report_issued",
        "吴经理",
        "报告已盖章",
    )
    assert [(r.id, r.project_code, r.customer_name, r.requested_by) for r in pending] == [
        (rid, p.code, "绍兴印染有限公司", "吴经理")
    ]

    inv = requests.issue_request(db, a, rid, TODAY).value
    paid = payments.record_payment(db, a, payments.PaymentInput(cid, TODAY, 300_00)).value
    with db.read() as s:
        detail = payments.payment_detail(s, paid.payment_id)
        assert (
            payment_list.fetch_payments(s, ListRequest(filters=(("id", paid.payment_id),)), 0, 5)[
                0
            ].number
            == paid.number
        )
        assert project_list.count_projects(s, ListRequest(filters=(("id", p.id),)), TODAY) == 1
    assert [(x.invoice_number, x.amount_fen) for x in detail.allocations] == [(inv.number, 290_00)]
    assert detail.unallocated_fen == 10_00
