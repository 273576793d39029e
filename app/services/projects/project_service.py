"""Projects from quote to paid: quote lines, stage moves (who and when), payment plans and
report release control (报告发放)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import (
    STAGE_ORDER,
    InstallmentTrigger,
    InvoiceRequestStatus,
    InvoiceStatus,
    ProjectStage,
    Role,
)
from app.domain.errors import (
    CreditHoldError,
    FieldProblems,
    LedgerError,
    NotFoundError,
    ValidationError,
)
from app.domain.money import Money, check_amount_limit, div_half_up, split_by_shares
from app.models import (
    Allocation,
    CreditTier,
    Customer,
    Installment,
    Invoice,
    InvoiceRequest,
    Project,
    ProjectItem,
    ProjectStageEvent,
    User,
)
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.conflicts import Facts, project_facts, refuse_if_changed
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer_of
from app.services.core.dates import check_entry_date
from app.services.core.field_checks import check_length
from app.services.core.numbering_service import next_number
from app.services.core.permissions import FINANCE, MANAGERS, SALES, require
from app.services.credit.credit_control_service import credit_position, credit_refusal, enforce
from app.services.ledger.ledger_queries import ISSUED, OPEN_INVOICE

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
    fixed date or N days after a lab event. ``id`` names the line of the saved plan it
    revises; a line without one is new."""

    share_bp: int | None = None
    amount_fen: int | None = None
    trigger: str = InstallmentTrigger.FIXED.value
    offset_days: int = 0
    due_date: date | None = None
    description: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    code: str
    stage: str
    quoted_amount_fen: int
    contract_amount_fen: int
    installments: tuple[tuple[int, date | None], ...] = field(default_factory=tuple)

    @property
    def plan_total_fen(self) -> int:
        return sum(amount for amount, _ in self.installments)

    @property
    def plan_fits(self) -> bool:
        """Whether the plan adds up to the contract (there is nothing to fit without both)."""
        if not self.installments or not self.contract_amount_fen:
            return True
        return self.plan_total_fen == self.contract_amount_fen


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
        check_length("items", "Test item", line.test_item.strip(), ProjectItem.test_item)
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
    problems = FieldProblems()
    if not data.title.strip():
        problems.add(ValidationError("title", "The project title is required."))
    with problems.collect():
        check_length("title", "Project title", data.title.strip(), Project.title)
    with problems.collect():
        check_length("test_category", "Test category", data.test_category, Project.test_category)
    with problems.collect():
        _validate_lines(data.lines)
    today = data.opened_on or actor.clock.today()
    if today > actor.clock.today():
        problems.add(ValidationError("opened_on", "The project cannot start in the future."))
    problems.raise_if_any()
    with db.write() as session:
        if session.get(Customer, data.customer_id) is None:
            raise NotFoundError(entity="Customer", key=data.customer_id)
        stage = ProjectStage.QUOTED if data.lines else ProjectStage.LEAD
        project = Project(
            code=next_number(session, "project", today),
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
    db: Database,
    actor: Actor,
    project_id: int,
    lines: tuple[QuoteLine, ...],
    seen: Facts | None = None,
) -> Changed[ProjectSummary]:
    """Set (or revise) the quote; a lead becomes quoted. ``seen``: the project_facts the
    form showed; when another PC changed them since, nothing is written."""
    require(actor, "quote projects", SALES)
    if not lines:
        raise ValidationError("items", "A quote needs at least one test item.")
    _validate_lines(lines)
    with db.write() as session:
        project = _load(session, project_id)
        now = project_facts(project.stage, project.quoted_amount_fen, project.contract_amount_fen)
        refuse_if_changed("Project", project.code, seen, now)
        if project.stage not in (ProjectStage.LEAD.value, ProjectStage.QUOTED.value):
            raise LedgerError("Project {code} is past the quote stage.", code=project.code)
        before = project.quoted_amount_fen
        _replace_lines(session, project, lines)
        project.quoted_amount_fen = sum(line.amount_fen for line in lines)
        _plan_follows_amount(session, actor, project)
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
    """Contract signed: the amount defaults to the quote; a plan by shares follows it and
    event-driven installments fall due (a plan by amounts that no longer adds up shows in
    the summary: ``plan_fits``). Credit control applies; a manager may override with a
    reason."""
    require(actor, "sign contracts", SALES)
    problems = FieldProblems()
    if not contract_no.strip():
        problems.add(ValidationError("contract_no", "The contract number is required."))
    with problems.collect():
        check_length("contract_no", "Contract number", contract_no.strip(), Project.contract_no)
    with db.write() as session:
        # The customer before the project, in the order of every money write.
        lock_customer_of(session, select(Project.customer_id).where(Project.id == project_id))
        project = _load(session, project_id)
        amount = project.quoted_amount_fen if amount_fen is None else amount_fen
        if amount <= 0:
            problems.add(
                ValidationError("contract_amount", "The contract amount must be greater than zero.")
            )
        with problems.collect():
            check_amount_limit(
                "contract_amount", amount, "The contract amount cannot be more than {max}."
            )
        with problems.collect():
            check_entry_date(session, actor, "date", on)
        problems.raise_if_any()
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
        _plan_follows_amount(session, actor, project)
        _move(session, actor, project, ProjectStage.CONTRACTED, on, None)
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def contract_credit_refusal(
    session: Session, project_id: int, contract_no: str, amount_fen: int, as_of: date
) -> CreditHoldError | None:
    """What credit control would say to this contract now (nothing is saved)."""
    project = _load(session, project_id)
    return credit_refusal(
        session,
        project.customer_id,
        amount_fen,
        "contract",
        as_of,
        contract_no.strip(),
        exclude_project=project.id,
    )


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


class Reference(StrEnum):
    """What holds an installment: an issued invoice or a request waiting for finance fix
    its amount and due date; only rejected requests or void invoices keep it in the plan."""

    INVOICED = "invoiced"
    REQUESTED = "requested"
    HISTORY = "history"


def _references(session: Session, installment_ids: Iterable[int]) -> dict[int, Reference]:
    """The strongest reference to each installment that has one."""
    ids = list(installment_ids)
    if not ids:
        return {}
    seen: list[tuple[int | None, Reference]] = []
    for inst_id, status, original in session.execute(
        select(Invoice.installment_id, Invoice.status, Invoice.original_invoice_id).where(
            Invoice.installment_id.in_(ids)
        )
    ):
        # A red-letter credit carries its original's installment; the original decides.
        live = status == InvoiceStatus.ISSUED.value and original is None
        seen.append((inst_id, Reference.INVOICED if live else Reference.HISTORY))
    for inst_id, status in session.execute(
        select(InvoiceRequest.installment_id, InvoiceRequest.status).where(
            InvoiceRequest.installment_id.in_(ids)
        )
    ):
        pending = status == InvoiceRequestStatus.PENDING.value
        seen.append((inst_id, Reference.REQUESTED if pending else Reference.HISTORY))
    strength = list(Reference)
    found: dict[int, Reference] = {}
    for inst_id, ref in seen:
        if inst_id is None:
            continue
        if inst_id not in found or strength.index(ref) < strength.index(found[inst_id]):
            found[inst_id] = ref
    return found


FIXED_TEMPLATES = {
    Reference.INVOICED: "Installment {n} ({amount}) has been invoiced: its amount and due "
    "date can no longer change.",
    Reference.REQUESTED: "Installment {n} ({amount}) has an invoice request waiting for "
    "finance: its amount and due date cannot change until the request is issued or rejected.",
}
KEPT_TEMPLATES = {
    Reference.INVOICED: "Installment {n} ({amount}) has been invoiced and cannot be removed "
    "from the plan.",
    Reference.REQUESTED: "Installment {n} ({amount}) has an invoice request waiting for "
    "finance and cannot be removed from the plan.",
    Reference.HISTORY: "Installment {n} ({amount}) is named by earlier invoices or invoice "
    "requests and cannot be removed from the plan; change it instead.",
}


def set_payment_plan(
    db: Database,
    actor: Actor,
    project_id: int,
    specs: tuple[InstallmentSpec, ...],
    seen: Facts | None = None,
) -> Changed[ProjectSummary]:
    """Save the plan. Shares are of the contract (or quoted) amount and must add up to
    100%; amounts must add up to that amount exactly. Lines are revised in place (by id):
    a line invoiced or waiting in an invoice request keeps its amount and due date and
    stays in the plan; the rest may change, be added or be removed. An unchanged plan
    changes nothing. ``seen``: the project_facts the form showed (see ``quote``)."""
    require(actor, "plan payments", SALES)
    if not specs:
        raise ValidationError("installments", "A payment plan needs at least one line.")
    for n, spec in enumerate(specs, start=1):
        trigger = InstallmentTrigger(spec.trigger)
        if trigger is InstallmentTrigger.FIXED and spec.due_date is None:
            raise ValidationError(
                "installments", "Line {n}: a fixed installment needs a due date.", n=n
            )
    with db.write() as session:
        project = _load(session, project_id)
        now = project_facts(project.stage, project.quoted_amount_fen, project.contract_amount_fen)
        refuse_if_changed("Project", project.code, seen, now)
        if project.stage in (ProjectStage.PAID.value, ProjectStage.CANCELLED.value):
            raise LedgerError(
                "Project {code} is closed (paid or cancelled): its payment plan stays as it is.",
                code=project.code,
            )
        base = project.contract_amount_fen or project.quoted_amount_fen
        amounts = _plan_amounts(specs, base)
        saved = {
            inst.id: inst
            for inst in session.scalars(
                select(Installment).where(Installment.project_id == project.id)
            )
        }
        kept_ids = [spec.id for spec in specs if spec.id is not None]
        if len(set(kept_ids)) != len(kept_ids) or not set(kept_ids) <= saved.keys():
            raise LedgerError(
                "The payment plan of {code} was changed on another PC; reopen it and make "
                "your change again.",
                code=project.code,
            )
        references = _references(session, saved.keys())
        before = [inst.amount_fen for inst in sorted(saved.values(), key=lambda i: i.seq)]
        for inst in sorted(saved.values(), key=lambda i: i.seq):
            held = references.get(inst.id)
            if inst.id not in kept_ids and held is not None:
                raise LedgerError(
                    KEPT_TEMPLATES[held], n=inst.seq, amount=Money(inst.amount_fen).format()
                )
        changed = False
        for inst_id in saved.keys() - set(kept_ids):
            session.delete(saved[inst_id])
            changed = True
        for n, (spec, amount) in enumerate(zip(specs, amounts, strict=True), start=1):
            trigger = InstallmentTrigger(spec.trigger)
            fixed = trigger is InstallmentTrigger.FIXED
            values: dict[str, object] = {
                "seq": n,
                "share_bp": spec.share_bp,
                "amount_fen": amount,
                "trigger": trigger.value,
                "offset_days": spec.offset_days,
                "description": spec.description or None,
            }
            if spec.id is None:
                session.add(
                    Installment(
                        project_id=project.id,
                        due_date=spec.due_date if fixed else None,
                        **values,
                    )
                )
                changed = True
                continue
            inst = saved[spec.id]
            rule_changed = inst.trigger != trigger.value or (
                not fixed and inst.offset_days != spec.offset_days
            )
            if fixed:
                values["due_date"] = spec.due_date
            elif rule_changed:
                values["due_date"] = None  # set again below from the event, if it happened
            held = references.get(inst.id)
            if held in FIXED_TEMPLATES and (
                amount != inst.amount_fen
                or rule_changed
                or (fixed and spec.due_date != inst.due_date)
            ):
                raise LedgerError(
                    FIXED_TEMPLATES[held], n=inst.seq, amount=Money(inst.amount_fen).format()
                )
            for name, value in values.items():
                if getattr(inst, name) != value:
                    setattr(inst, name, value)
                    changed = True
        if not changed:
            return Changed.of(_summary(session, project))
        session.flush()
        _set_event_due_dates(session, project)
        record_audit(
            session,
            actor,
            "project.plan",
            "project",
            project.id,
            {"installments": before} if before else None,
            {"installments": amounts},
        )
        return Changed.of(_summary(session, project), Kind.PROJECTS)


def _plan_follows_amount(session: Session, actor: Actor, project: Project) -> None:
    """A plan by shares follows the contract (or quote) amount when it is set, to the fen
    (split_by_shares: the lines add up to the amount exactly). It stays as it is when that
    would change a line already invoiced or requested; the plan then shows as not fitting."""
    plan = list(
        session.scalars(
            select(Installment)
            .where(Installment.project_id == project.id)
            .order_by(Installment.seq)
        )
    )
    base = project.contract_amount_fen or project.quoted_amount_fen
    shares = [inst.share_bp for inst in plan]
    if not plan or base <= 0 or None in shares:
        return
    amounts = [m.fen for m in split_by_shares(Money(base), [int(s or 0) for s in shares])]
    before = [inst.amount_fen for inst in plan]
    if amounts == before:
        return
    references = _references(session, (inst.id for inst in plan))
    for inst, amount in zip(plan, amounts, strict=True):
        if references.get(inst.id) in FIXED_TEMPLATES and amount != inst.amount_fen:
            return
    for inst, amount in zip(plan, amounts, strict=True):
        inst.amount_fen = amount
    record_audit(
        session,
        actor,
        "project.plan_follows",
        "project",
        project.id,
        {"installments": before},
        {"installments": amounts, "base_fen": base},
    )


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


class ReleaseHold(StrEnum):
    """Why payment must come before a report goes out."""

    NONE = ""
    TIER_SHARE = "tier_share"  # the tier asks for a share of the contract first
    TIER_FULL = "tier_full"  # the tier asks for the whole contract first
    CREDIT_HOLD = "credit_hold"  # the customer has something overdue past the threshold


@dataclass(frozen=True)
class ReleaseCheck:
    """What must be paid before the report may go out, and what counts as paid: payments
    allocated to the project's invoices, plus the customer's credit (unallocated payments
    less what it owes on its other open invoices, which those payments would settle
    first)."""

    required_fen: int
    paid_fen: int
    credit_fen: int = 0
    hold: ReleaseHold = ReleaseHold.NONE
    share_bp: int = 0
    overdue_fen: int = 0
    overdue_days: int | None = None

    @property
    def covered_fen(self) -> int:
        return self.paid_fen + self.credit_fen

    @property
    def allowed(self) -> bool:
        return self.covered_fen >= self.required_fen


def release_check(session: Session, project_id: int, as_of: date) -> ReleaseCheck:
    """The tier's prepayment share (or all of it) must be paid before release; while the
    customer is on credit hold (anything overdue past the tier's threshold on ``as_of``)
    the whole project must be."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(entity="Project", key=project_id)
    customer = session.get(Customer, project.customer_id)
    assert customer is not None
    tier = session.get(CreditTier, customer.tier_id)
    assert tier is not None
    base = project.contract_amount_fen or project.quoted_amount_fen
    position = credit_position(session, customer.id, as_of)
    hold, share = ReleaseHold.NONE, tier.prepayment_share_bp
    if position.overdue_past_threshold_fen > 0:
        hold, required = ReleaseHold.CREDIT_HOLD, base
    elif tier.hold_reports_until_paid:
        hold, required = ReleaseHold.TIER_FULL, base
    else:
        required = div_half_up(base * share, 10_000)
        if required:
            hold = ReleaseHold.TIER_SHARE
    paid = (
        session.scalar(
            select(func.coalesce(func.sum(Allocation.amount_fen), 0))
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .where(Invoice.project_id == project_id)
        )
        or 0
    )
    owed_elsewhere = (
        session.scalar(
            select(func.coalesce(func.sum(Invoice.amount_fen - Invoice.settled_fen), 0)).where(
                Invoice.customer_id == customer.id,
                OPEN_INVOICE,
                or_(Invoice.project_id.is_(None), Invoice.project_id != project_id),
            )
        )
        or 0
    )
    return ReleaseCheck(
        required,
        int(paid),
        max(position.unallocated_fen - int(owed_elsewhere), 0),
        hold,
        share,
        position.overdue_past_threshold_fen,
        position.overdue_hold_days,
    )


HOLD_TEMPLATES = {
    ReleaseHold.TIER_SHARE: "{customer}'s credit tier asks for {share} of the contract before "
    "the report of {code} is released: {required} is required, {paid} has been paid or "
    "prepaid. A manager can release it with a written reason.",
    ReleaseHold.TIER_FULL: "{customer}'s credit tier asks for payment in full before the "
    "report of {code} is released: {required} is required, {paid} has been paid or prepaid. "
    "A manager can release it with a written reason.",
    ReleaseHold.CREDIT_HOLD: "{customer} is on credit hold ({overdue} overdue more than {days} "
    "days): the report of {code} is held until the project's {required} is paid; {paid} has "
    "been paid or prepaid. A manager can release it with a written reason.",
}


def share_text(bp: int) -> str:
    """3000 -> '30%', 3333 -> '33.33%'."""
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


def release_report(
    db: Database, actor: Actor, project_id: int, on: date, override_reason: str = ""
) -> Changed[None]:
    """Mark the report released to the customer, unless payment must come first (the
    tier's share, or everything while the customer is on credit hold today); a manager may
    override with a written reason (audited)."""
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
        check = release_check(session, project_id, actor.clock.today())
        reason = override_reason.strip()
        if not check.allowed:
            if not reason:
                customer = session.get(Customer, project.customer_id)
                assert customer is not None
                raise CreditHoldError(
                    HOLD_TEMPLATES[check.hold],
                    customer=customer.name,
                    code=project.code,
                    share=share_text(check.share_bp),
                    required=Money(check.required_fen).format(),
                    paid=Money(check.covered_fen).format(),
                    overdue=Money(check.overdue_fen).format(),
                    days=check.overdue_days,
                )
            require(actor, "override a report hold", MANAGERS)
        project.report_released_date = on
        record_audit(
            session,
            actor,
            "project.release_override" if not check.allowed else "project.release",
            "project",
            project.id,
            {
                "required_fen": check.required_fen,
                "paid_fen": check.paid_fen,
                "credit_fen": check.credit_fen,
                "hold": check.hold.value,
            },
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
    reference: str = ""  # a Reference value: what holds the line in the plan, if anything


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
    # When the lab events that event-driven installments follow happened, by trigger.
    event_dates: tuple[tuple[str, date], ...] = ()

    def event_date(self, trigger: str) -> date | None:
        return dict(self.event_dates).get(trigger)


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
    installments = list(
        session.scalars(
            select(Installment)
            .where(Installment.project_id == project_id)
            .order_by(Installment.seq)
        )
    )
    references = _references(session, (i.id for i in installments))
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
            references[i.id].value if i.id in references else "",
        )
        for i in installments
    )
    happened = (
        (trigger.value, getattr(project, STAGE_DATE_FIELD[stage]))
        for trigger, stage in TRIGGER_STAGE.items()
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
        tuple((trigger, on) for trigger, on in happened if on is not None),
    )
