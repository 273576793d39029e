"""Projects from quote to paid: quote lines, stage moves (who and when), payment plans and
report release control (报告发放)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import STAGE_ORDER, InstallmentTrigger, ProjectStage, Role
from app.domain.errors import CreditHoldError, LedgerError, NotFoundError, ValidationError
from app.domain.money import Money, check_amount_limit, div_half_up, split_by_shares
from app.models import (
    Allocation,
    CreditTier,
    Customer,
    Installment,
    Invoice,
    Project,
    ProjectItem,
    ProjectStageEvent,
    User,
)
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer_of
from app.services.core.numbering_service import next_number
from app.services.core.permissions import FINANCE, MANAGERS, SALES, require
from app.services.credit.credit_control_service import enforce
from app.services.ledger.ledger_queries import ISSUED

# Who may move a project into each stage (admins and managers always may).
STAGE_ROLES: dict[ProjectStage, tuple[Role, ...]] = {
    ProjectStage.LEAD: SALES,
    ProjectStage.QUOTED: SALES,
    ProjectStage.CONTRACTED: SALES,
    ProjectStage.SAMPLES_RECEIVED: (Role.TECHNICIAN, Role.SALES, Role.MANAGER),
    ProjectStage.TESTING: (Role.TECHNICIAN, Role.MANAGER),
    ProjectStage.REPORT_ISSUED: (Role.TECHNICIAN, Role.MANAGER),
    ProjectStage.INVOICED: FINANCE,
    ProjectStage.PAID: FINANCE,
    ProjectStage.CANCELLED: SALES,
}
STAGE_DATE_FIELD = {stage: f"{stage.value}_date" for stage in ProjectStage}
TRIGGER_STAGE = {
    InstallmentTrigger.CONTRACT_SIGNED: ProjectStage.CONTRACTED,
    InstallmentTrigger.SAMPLES_RECEIVED: ProjectStage.SAMPLES_RECEIVED,
    InstallmentTrigger.REPORT_ISSUED: ProjectStage.REPORT_ISSUED,
}


@dataclass(frozen=True)
class QuoteLine:
    test_item: str
    quantity_milli: int  # 1000 = 1
    unit_price_fen: int
    discount_fen: int = 0
    standard: str = ""

    @property
    def amount_fen(self) -> int:
        return div_half_up(self.quantity_milli * self.unit_price_fen, 1000) - self.discount_fen


@dataclass(frozen=True)
class ProjectInput:
    customer_id: int
    title: str
    test_category: str = ""
    salesperson_id: int | None = None
    technician_id: int | None = None
    finance_id: int | None = None
    lines: tuple[QuoteLine, ...] = ()
    stage_deadline: date | None = None
    notes: str = ""
    opened_on: date | None = None  # defaults to today; earlier for projects entered late


@dataclass(frozen=True)
class InstallmentSpec:
    """One line of a plan: a share (basis points) of the contract or a fixed amount, due on a
    fixed date or N days after a lab event."""

    share_bp: int | None = None
    amount_fen: int | None = None
    trigger: str = InstallmentTrigger.FIXED.value
    offset_days: int = 0
    due_date: date | None = None
    description: str = ""


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    code: str
    stage: str
    quoted_amount_fen: int
    contract_amount_fen: int
    installments: tuple[tuple[int, date | None], ...] = field(default_factory=tuple)


def _summary(session: Session, project: Project) -> ProjectSummary:
    plan = session.execute(
        select(Installment.amount_fen, Installment.due_date)
        .where(Installment.project_id == project.id)
        .order_by(Installment.seq)
    ).all()
    return ProjectSummary(
        project.id,
        project.code,
        project.stage,
        project.quoted_amount_fen,
        project.contract_amount_fen,
        tuple((a, d) for a, d in plan),
    )


def _load(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id, with_for_update=True)
    if project is None:
        raise NotFoundError(entity="Project", key=project_id)
    return project


def _validate_lines(lines: tuple[QuoteLine, ...]) -> None:
    for n, line in enumerate(lines, start=1):
        if not line.test_item.strip():
            raise ValidationError("items", "Quote line {n}: the test item is missing.", n=n)
        if line.quantity_milli <= 0 or line.unit_price_fen < 0 or line.discount_fen < 0:
            raise ValidationError(
                "items", "Quote line {n}: quantity, price and discount must not be negative.", n=n
            )
        if line.amount_fen < 0:
            raise ValidationError("items", "Quote line {n}: the discount exceeds the amount.", n=n)
        for fen in (line.unit_price_fen, line.discount_fen, line.amount_fen):
            check_amount_limit(
                "items",
                fen,
                "Quote line {n}: price, discount and amount cannot be more than {max}.",
                n=n,
            )
    total = sum(line.amount_fen for line in lines)
    check_amount_limit(
        "items",
        total,
        "The quote adds up to {total}, more than {max}.",
        total=Money(total).format(),
    )


def create_project(db: Database, actor: Actor, data: ProjectInput) -> Changed[ProjectSummary]:
    """A lead, or a quoted project when quote lines are given."""
    require(actor, "create projects", SALES)
    if not data.title.strip():
        raise ValidationError("title", "The project title is required.")
    _validate_lines(data.lines)
    today = data.opened_on or actor.clock.today()
    if today > actor.clock.today():
        raise ValidationError("opened_on", "The project cannot start in the future.")
    with db.write() as session:
        if session.get(Customer, data.customer_id) is None:
            raise NotFoundError(entity="Customer", key=data.customer_id)
        stage = ProjectStage.QUOTED if data.lines else ProjectStage.LEAD
        project = Project(
            code=next_number(session, Project.code, "project", today),
            customer_id=data.customer_id,
            title=data.title.strip(),
            test_category=data.test_category or None,
            salesperson_id=data.salesperson_id,
            technician_id=data.technician_id,
            finance_id=data.finance_id,
            quoted_amount_fen=sum(line.amount_fen for line in data.lines),
            stage=stage.value,
            stage_since=today,
            stage_deadline=data.stage_deadline,
            lead_date=today,
            quoted_date=today if data.lines else None,
            notes=data.notes or None,
        )
        session.add(project)
        session.flush()
        _replace_lines(session, project, data.lines)
        session.add(
            ProjectStageEvent(
                project_id=project.id,
                from_stage=None,
                to_stage=stage.value,
                event_date=today,
                user_id=actor.user_id,
            )
        )
        record_audit(
            session,
            actor,
            "project.create",
            "project",
            project.id,
            None,
            {"code": project.code, "quoted_amount_fen": project.quoted_amount_fen},
        )
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def _replace_lines(session: Session, project: Project, lines: tuple[QuoteLine, ...]) -> None:
    for old in session.scalars(select(ProjectItem).where(ProjectItem.project_id == project.id)):
        session.delete(old)
    for n, line in enumerate(lines, start=1):
        session.add(
            ProjectItem(
                project_id=project.id,
                line_no=n,
                test_item=line.test_item.strip(),
                standard=line.standard or None,
                quantity_milli=line.quantity_milli,
                unit_price_fen=line.unit_price_fen,
                discount_fen=line.discount_fen,
                amount_fen=line.amount_fen,
            )
        )


def quote(
    db: Database, actor: Actor, project_id: int, lines: tuple[QuoteLine, ...]
) -> Changed[ProjectSummary]:
    """Set (or revise) the quote; a lead becomes quoted."""
    require(actor, "quote projects", SALES)
    if not lines:
        raise ValidationError("items", "A quote needs at least one test item.")
    _validate_lines(lines)
    with db.write() as session:
        project = _load(session, project_id)
        if project.stage not in (ProjectStage.LEAD.value, ProjectStage.QUOTED.value):
            raise LedgerError("Project {code} is past the quote stage.", code=project.code)
        before = project.quoted_amount_fen
        _replace_lines(session, project, lines)
        project.quoted_amount_fen = sum(line.amount_fen for line in lines)
        if project.stage == ProjectStage.LEAD.value:
            _move(session, actor, project, ProjectStage.QUOTED, actor.clock.today(), None)
        record_audit(
            session,
            actor,
            "project.quote",
            "project",
            project.id,
            {"quoted_amount_fen": before},
            {"quoted_amount_fen": project.quoted_amount_fen},
        )
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def sign_contract(
    db: Database,
    actor: Actor,
    project_id: int,
    contract_no: str,
    amount_fen: int | None,
    on: date,
    override_reason: str = "",
) -> Changed[ProjectSummary]:
    """Contract signed: the amount defaults to the quote; event-driven installments fall due.
    Credit control applies; a manager may override with a reason."""
    require(actor, "sign contracts", SALES)
    if not contract_no.strip():
        raise ValidationError("contract_no", "The contract number is required.")
    with db.write() as session:
        # The customer before the project, in the order of every money write.
        lock_customer_of(session, select(Project.customer_id).where(Project.id == project_id))
        project = _load(session, project_id)
        amount = project.quoted_amount_fen if amount_fen is None else amount_fen
        if amount <= 0:
            raise ValidationError(
                "contract_amount", "The contract amount must be greater than zero."
            )
        check_amount_limit(
            "contract_amount", amount, "The contract amount cannot be more than {max}."
        )
        enforce(
            session,
            actor,
            project.customer_id,
            amount,
            "contract",
            contract_no.strip(),
            override_reason,
            exclude_project=project.id,
        )
        project.contract_no = contract_no.strip()
        project.contract_amount_fen = amount
        _move(session, actor, project, ProjectStage.CONTRACTED, on, None)
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def advance(
    db: Database, actor: Actor, project_id: int, to_stage: str, on: date, note: str = ""
) -> Changed[ProjectSummary]:
    """Move a project forward (one or more stages) or cancel it."""
    target = ProjectStage(to_stage)
    with db.write() as session:
        project = _load(session, project_id)
        if target is ProjectStage.CONTRACTED and project.contract_amount_fen <= 0:
            raise LedgerError(
                "Sign the contract (number and amount) to move {code} to contracted.",
                code=project.code,
            )
        if target is ProjectStage.CANCELLED and not note.strip():
            raise ValidationError("note", "Say why the project is cancelled.")
        _move(session, actor, project, target, on, note or None)
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def _move(
    session: Session,
    actor: Actor,
    project: Project,
    target: ProjectStage,
    on: date,
    note: str | None,
) -> None:
    require(actor, "move projects to that stage", STAGE_ROLES[target])
    current = ProjectStage(project.stage)
    if current in (ProjectStage.PAID, ProjectStage.CANCELLED):
        raise LedgerError(
            "Project {code} is closed ({stage}).", code=project.code, stage=current.value
        )
    if target is not ProjectStage.CANCELLED and (
        STAGE_ORDER.index(target) <= STAGE_ORDER.index(current)
    ):
        raise LedgerError(
            "Project {code} is already at {stage}; stages only move forward.",
            code=project.code,
            stage=current.value,
        )
    if on < project.stage_since:
        raise ValidationError(
            "date",
            "The date is before the project's current stage began ({since}).",
            since=project.stage_since.isoformat(),
        )
    if target is ProjectStage.CANCELLED and current is not ProjectStage.LEAD:
        invoiced = session.scalar(
            select(func.count())
            .select_from(Invoice)
            .where(
                Invoice.project_id == project.id,
                Invoice.status == ISSUED,
                Invoice.original_invoice_id.is_(None),
                Invoice.amount_fen > 0,
                Invoice.amount_fen > Invoice.settled_fen,
            )
        )
        if invoiced:
            raise LedgerError(
                "Project {code} has open invoices; credit or void them before cancelling.",
                code=project.code,
            )
    # Stages skipped on the way keep their date too, so cycle times stay measurable.
    passed = (
        STAGE_ORDER[STAGE_ORDER.index(current) + 1 : STAGE_ORDER.index(target) + 1]
        if target is not ProjectStage.CANCELLED
        else (target,)
    )
    for stage in passed:
        if getattr(project, STAGE_DATE_FIELD[stage]) is None:
            setattr(project, STAGE_DATE_FIELD[stage], on)
    session.add(
        ProjectStageEvent(
            project_id=project.id,
            from_stage=current.value,
            to_stage=target.value,
            event_date=on,
            user_id=actor.user_id,
            note=note,
        )
    )
    project.stage = target.value
    project.stage_since = on
    record_audit(
        session,
        actor,
        "project.stage",
        "project",
        project.id,
        {"stage": current.value},
        {"stage": target.value, "date": on},
        reason=note,
    )
    _set_event_due_dates(session, project)


def _set_event_due_dates(session: Session, project: Project) -> None:
    for inst in session.scalars(select(Installment).where(Installment.project_id == project.id)):
        trigger = InstallmentTrigger(inst.trigger)
        if trigger is InstallmentTrigger.FIXED or inst.due_date is not None:
            continue
        happened = getattr(project, STAGE_DATE_FIELD[TRIGGER_STAGE[trigger]])
        if happened is not None:
            inst.due_date = happened + timedelta(days=inst.offset_days)


def set_payment_plan(
    db: Database, actor: Actor, project_id: int, specs: tuple[InstallmentSpec, ...]
) -> Changed[ProjectSummary]:
    """Replace the plan. Shares are of the contract (or quoted) amount and must add up to
    100%; amounts must add up to that amount exactly."""
    require(actor, "plan payments", SALES)
    if not specs:
        raise ValidationError("installments", "A payment plan needs at least one line.")
    with db.write() as session:
        project = _load(session, project_id)
        base = project.contract_amount_fen or project.quoted_amount_fen
        amounts = _plan_amounts(specs, base)
        for old in session.scalars(select(Installment).where(Installment.project_id == project.id)):
            session.delete(old)
        session.flush()
        for n, (spec, amount) in enumerate(zip(specs, amounts, strict=True), start=1):
            trigger = InstallmentTrigger(spec.trigger)
            if trigger is InstallmentTrigger.FIXED and spec.due_date is None:
                raise ValidationError(
                    "installments", "Line {n}: a fixed installment needs a due date.", n=n
                )
            session.add(
                Installment(
                    project_id=project.id,
                    seq=n,
                    share_bp=spec.share_bp,
                    amount_fen=amount,
                    trigger=trigger.value,
                    offset_days=spec.offset_days,
                    due_date=spec.due_date if trigger is InstallmentTrigger.FIXED else None,
                    description=spec.description or None,
                )
            )
        session.flush()
        _set_event_due_dates(session, project)
        record_audit(
            session, actor, "project.plan", "project", project.id, None, {"installments": amounts}
        )
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def _plan_amounts(specs: tuple[InstallmentSpec, ...], base: int) -> list[int]:
    if all(s.share_bp is not None and s.amount_fen is None for s in specs):
        shares = [int(s.share_bp or 0) for s in specs]
        if sum(shares) != 10_000 or min(shares) <= 0:
            raise ValidationError("installments", "The shares must be positive and add up to 100%.")
        if base <= 0:
            raise ValidationError(
                "installments", "Quote or sign the contract before planning by shares."
            )
        return [m.fen for m in split_by_shares(Money(base), shares)]
    if all(s.amount_fen is not None and s.share_bp is None for s in specs):
        amounts = [int(s.amount_fen or 0) for s in specs]
        if min(amounts) <= 0:
            raise ValidationError("installments", "Each installment must be greater than zero.")
        check_amount_limit(
            "installments", max(amounts), "An installment cannot be more than {max}."
        )
        if base and sum(amounts) != base:
            raise ValidationError(
                "installments",
                "The installments add up to {total}, the contract is {base}.",
                total=Money(sum(amounts)).format(),
                base=Money(base).format(),
            )
        return amounts
    raise ValidationError("installments", "Use either shares or amounts for every line.")


@dataclass(frozen=True)
class ReleaseCheck:
    required_fen: int
    paid_fen: int

    @property
    def allowed(self) -> bool:
        return self.paid_fen >= self.required_fen


def release_check(session: Session, project_id: int) -> ReleaseCheck:
    """What must be paid before the report may go out, and what has been."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(entity="Project", key=project_id)
    customer = session.get(Customer, project.customer_id)
    assert customer is not None
    tier = session.get(CreditTier, customer.tier_id)
    assert tier is not None
    base = project.contract_amount_fen or project.quoted_amount_fen
    if tier.hold_reports_until_paid:
        required = base
    else:
        required = div_half_up(base * tier.prepayment_share_bp, 10_000)
    paid = (
        session.scalar(
            select(func.coalesce(func.sum(Allocation.amount_fen), 0))
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .where(Invoice.project_id == project_id)
        )
        or 0
    )
    return ReleaseCheck(required, int(paid))


def release_report(
    db: Database, actor: Actor, project_id: int, on: date, override_reason: str = ""
) -> Changed[None]:
    """Mark the report released to the customer, unless payment must come first; a
    manager may override with a written reason (audited)."""
    require(actor, "release reports", (Role.TECHNICIAN, Role.SALES, Role.MANAGER))
    with db.write() as session:
        project = _load(session, project_id)
        if project.report_issued_date is None:
            raise LedgerError("The report of {code} has not been issued yet.", code=project.code)
        if project.report_released_date is not None:
            raise LedgerError(
                "The report of {code} was released on {date}.",
                code=project.code,
                date=project.report_released_date.isoformat(),
            )
        check = release_check(session, project_id)
        reason = override_reason.strip()
        if not check.allowed:
            if not reason:
                raise CreditHoldError(
                    "The report of {code} is held until {required} is paid; {paid} has been "
                    "paid. A manager can release it with a written reason.",
                    code=project.code,
                    required=Money(check.required_fen).format(),
                    paid=Money(check.paid_fen).format(),
                )
            require(actor, "override a report hold", MANAGERS)
        project.report_released_date = on
        record_audit(
            session,
            actor,
            "project.release_override" if not check.allowed else "project.release",
            "project",
            project.id,
            {"required_fen": check.required_fen, "paid_fen": check.paid_fen},
            {"released": on},
            reason=reason or None,
        )
    return Changed.of(None, Kind.PROJECTS)


def after_invoicing(session: Session, actor: Actor, project_id: int, on: date) -> bool:
    """An invoice for a project whose report is out moves it to invoiced. Whether it did."""
    project = _load(session, project_id)
    if project.stage != ProjectStage.REPORT_ISSUED.value:
        return False
    _move(session, actor, project, ProjectStage.INVOICED, max(on, project.stage_since), None)
    return True


def after_settlement(session: Session, actor: Actor, project_ids: set[int], on: date) -> bool:
    """An invoiced project whose invoices are settled and cover the contract is paid.
    Whether any project moved."""
    moved = False
    for project_id in sorted(project_ids):
        project = _load(session, project_id)
        if project.stage != ProjectStage.INVOICED.value:
            continue
        if _paid_in_full(session, project):
            _move(session, actor, project, ProjectStage.PAID, max(on, project.stage_since), None)
            moved = True
    return moved


def after_reopening(
    session: Session, actor: Actor, project_ids: set[int], on: date, reason: str
) -> bool:
    """A paid project whose invoices are open again (a payment reversed, an allocation
    taken back, a red-letter credit voided) goes back to invoiced: the stage follows the
    money. The move is a stage event with the reason, like any other. Whether any moved."""
    moved = False
    for project_id in sorted(project_ids):
        project = _load(session, project_id)
        if project.stage != ProjectStage.PAID.value or _paid_in_full(session, project):
            continue
        on = max(on, project.stage_since)
        session.add(
            ProjectStageEvent(
                project_id=project.id,
                from_stage=ProjectStage.PAID.value,
                to_stage=ProjectStage.INVOICED.value,
                event_date=on,
                user_id=actor.user_id,
                note=reason,
            )
        )
        paid_on = getattr(project, STAGE_DATE_FIELD[ProjectStage.PAID])
        project.stage = ProjectStage.INVOICED.value
        project.stage_since = on
        # Paid again later sets the date anew; the history keeps this one.
        setattr(project, STAGE_DATE_FIELD[ProjectStage.PAID], None)
        record_audit(
            session,
            actor,
            "project.reopen",
            "project",
            project.id,
            {"stage": ProjectStage.PAID.value, "paid_date": paid_on.isoformat()},
            {"stage": ProjectStage.INVOICED.value},
            reason=reason,
        )
        moved = True
    return moved


def _paid_in_full(session: Session, project: Project) -> bool:
    # Gross invoiced: a red-letter credit settles an invoice, it does not un-bill it.
    invoiced, still_open = session.execute(
        select(
            func.coalesce(func.sum(Invoice.amount_fen), 0),
            func.coalesce(func.sum(Invoice.amount_fen - Invoice.settled_fen), 0),
        ).where(
            Invoice.project_id == project.id,
            Invoice.status == ISSUED,
            Invoice.original_invoice_id.is_(None),
        )
    ).one()
    return bool(still_open == 0 and invoiced >= project.contract_amount_fen)


@dataclass(frozen=True)
class InstallmentRow:
    id: int
    seq: int
    share_bp: int | None
    amount_fen: int
    trigger: str
    offset_days: int
    due_date: date | None
    description: str


@dataclass(frozen=True)
class StageEventRow:
    from_stage: str | None
    to_stage: str
    event_date: date
    user: str
    note: str


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    code: str
    title: str
    customer_id: int
    stage: str
    contract_no: str
    quoted_amount_fen: int
    contract_amount_fen: int
    salesperson_id: int | None
    technician_id: int | None
    finance_id: int | None
    report_issued_date: date | None
    report_released_date: date | None
    lines: tuple[QuoteLine, ...]
    installments: tuple[InstallmentRow, ...]
    history: tuple[StageEventRow, ...]


def project_detail(session: Session, project_id: int) -> ProjectDetail:
    """Everything the project dialogs start from: quote lines, the plan, the stage history."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(entity="Project", key=project_id)
    lines = tuple(
        QuoteLine(i.test_item, i.quantity_milli, i.unit_price_fen, i.discount_fen, i.standard or "")
        for i in session.scalars(
            select(ProjectItem)
            .where(ProjectItem.project_id == project_id)
            .order_by(ProjectItem.line_no)
        )
    )
    plan = tuple(
        InstallmentRow(
            i.id,
            i.seq,
            i.share_bp,
            i.amount_fen,
            i.trigger,
            i.offset_days,
            i.due_date,
            i.description or "",
        )
        for i in session.scalars(
            select(Installment)
            .where(Installment.project_id == project_id)
            .order_by(Installment.seq)
        )
    )
    history = tuple(
        StageEventRow(e.from_stage, e.to_stage, e.event_date, name or "", e.note or "")
        for e, name in session.execute(
            select(ProjectStageEvent, User.display_name)
            .outerjoin(User, User.id == ProjectStageEvent.user_id)
            .where(ProjectStageEvent.project_id == project_id)
            .order_by(ProjectStageEvent.id)
        )
    )
    return ProjectDetail(
        project.id,
        project.code,
        project.title,
        project.customer_id,
        project.stage,
        project.contract_no or "",
        project.quoted_amount_fen,
        project.contract_amount_fen,
        project.salesperson_id,
        project.technician_id,
        project.finance_id,
        project.report_issued_date,
        project.report_released_date,
        lines,
        plan,
        history,
    )
