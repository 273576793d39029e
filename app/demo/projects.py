"""Demo projects: those behind the last year's invoices (stage dates worked back from the
invoice dates), those not invoiced yet (leads, quotes, work in the lab, cancellations),
and their rows: quote lines, stage history and payment plans."""

from __future__ import annotations

from bisect import bisect_left

from app.demo import catalogue
from app.demo.state import (
    _CANCELLED,
    _CONTRACTED,
    _I_AMT,
    _I_DAY,
    _I_INSTALLMENT,
    _I_LAST,
    _I_PROJECT,
    _I_SETTLED,
    _I_VOID,
    _INVOICED,
    _LEAD,
    _PAID,
    _QUOTED,
    _REPORT,
    _SAMPLES,
    _STAGES,
    _TESTING,
    YUAN,
    _GeneratorState,
    _Identity,
    _InvoiceRecord,
    _Person,
    _Project,
    _Tier,
)
from app.domain.enums import InstallmentTrigger, ProjectStage
from app.domain.money import Money, split_by_shares

PROJECT_WINDOW_DAYS = 365  # older invoices come from the legacy ledger, without projects

# Payment plans (回款计划): (share_bp, trigger, offset days, description) per installment.
_PLANS: tuple[tuple[tuple[int, InstallmentTrigger, int, str], ...], ...] = (
    ((10_000, InstallmentTrigger.REPORT_ISSUED, 30, "报告出具后30天内付清"),),
    (
        (3_000, InstallmentTrigger.CONTRACT_SIGNED, 0, "合同签订后支付30%"),
        (7_000, InstallmentTrigger.REPORT_ISSUED, 30, "报告出具后30天内支付70%"),
    ),
    (
        (5_000, InstallmentTrigger.SAMPLES_RECEIVED, 0, "收样后支付50%"),
        (5_000, InstallmentTrigger.REPORT_ISSUED, 60, "报告出具后60天内支付50%"),
    ),
)
_PLAN_SINGLE, _PLAN_30_70, _PLAN_50_50 = range(3)
_TRIGGER_STAGE = {
    InstallmentTrigger.CONTRACT_SIGNED: _CONTRACTED,
    InstallmentTrigger.SAMPLES_RECEIVED: _SAMPLES,
    InstallmentTrigger.REPORT_ISSUED: _REPORT,
}
# Stages of projects that have no invoice yet; the last entry stands for cancelled.
_PIPELINE_WEIGHTS = (14, 18, 14, 10, 16, 16, 12)
_CATEGORY_BY_NAME = {c.name: c for c in catalogue.TEST_CATEGORIES}


class _ProjectMixin(_GeneratorState):
    def _new_project(
        self,
        tier: _Tier,
        owner: _Person,
        ident: _Identity,
        stage: int,
        days: list[int | None],
        plan: int | None,
        contract_fen: int,
        invoices: list[int],
    ) -> _Project:
        rng = self.rng
        category = rng.choice(ident["tests"])
        spec = _CATEGORY_BY_NAME[category]
        prefix = ident["short"] or ""
        title = prefix + rng.choice(spec.titles)
        # The quote is in whole yuan, at or above the contract price (discounts are agreed).
        quoted = (
            -(-contract_fen // YUAN) + contract_fen * rng.choice((0, 0, 3, 5, 8)) // 10_000
        ) * YUAN
        pid = self._ids("projects")
        installment_ids: list[int] = []
        amounts: list[int] = []
        if plan is not None:
            shares = [share for share, *_ in _PLANS[plan]]
            amounts = [m.fen for m in split_by_shares(Money(contract_fen), shares)]
            first = self._ids("installments", len(shares))
            installment_ids = list(range(first, first + len(shares)))
        return _Project(
            pid,
            category,
            title,
            owner.id,
            rng.choice(self.technicians).id,
            rng.choice(self.finance).id,
            quoted,
            contract_fen,
            stage,
            days,
            plan,
            installment_ids,
            amounts,
            invoices,
        )

    def _invoiced_projects(
        self, invs: list[_InvoiceRecord], tier: _Tier, owner: _Person, ident: _Identity
    ) -> list[_Project]:
        """Group the invoices of the last year into projects, one invoice per installment,
        and work the stage dates back from the invoice dates."""
        rng, T = self.rng, self.T
        r = rng.randint
        projects = []
        j = bisect_left(invs, [T - PROJECT_WINDOW_DAYS])
        n = len(invs)
        while j < n:
            inv = invs[j]
            if inv[_I_VOID]:
                j += 1
                continue
            x = rng.random()
            plan = _PLAN_SINGLE if x < 0.5 else (_PLAN_30_70 if x < 0.85 else _PLAN_50_50)
            day1 = inv[_I_DAY]
            days: list[int | None] = [None] * 8
            members = [j]
            if plan != _PLAN_SINGLE:
                nxt = invs[j + 1] if j + 1 < n else None
                if nxt is not None and not nxt[_I_VOID] and 7 <= nxt[_I_DAY] - day1 <= 150:
                    members.append(j + 1)
                elif T - day1 > 60:
                    plan = _PLAN_SINGLE
            total = sum(invs[m][_I_AMT] for m in members)
            share1 = _PLANS[plan][0][0]
            if plan != _PLAN_SINGLE and len(members) == 1:
                total = total * 10_000 // share1 // YUAN * YUAN  # the rest is not invoiced yet
            if plan == _PLAN_SINGLE:
                report = day1 - r(0, 5)
                testing = report - r(2, 14)
                samples = testing - r(0, 3)
                contracted = samples - r(1, 10)
                days[_INVOICED] = day1
                stage = _INVOICED
            else:
                trigger_day = day1
                if plan == _PLAN_30_70:
                    contracted = trigger_day
                    samples = contracted + r(1, 7)
                else:
                    samples = trigger_day
                    contracted = samples - r(1, 10)
                if len(members) == 2:
                    day2 = invs[j + 1][_I_DAY]
                    gap = day2 - day1
                    report = max(day2 - min(r(0, 5), gap // 4), samples)
                    samples = min(samples, report)
                    testing = samples + min(r(0, 3), report - samples)
                    days[_INVOICED] = day2
                    stage = _INVOICED
                else:
                    # In progress: only the first installment is invoiced so far.
                    testing = samples + r(1, 6)
                    report = testing + r(3, 14)
                    stage = _SAMPLES if plan == _PLAN_50_50 else _CONTRACTED
                    for candidate, day in (
                        (_SAMPLES, samples),
                        (_TESTING, testing),
                        (_REPORT, report),
                    ):
                        if day <= T and rng.random() < 0.7:
                            stage = max(stage, candidate)
                        else:
                            break
                    if stage < _SAMPLES:
                        samples = testing = report = None
                    elif stage < _TESTING:
                        testing = report = None
                    elif stage < _REPORT:
                        report = None
            quoted = contracted - r(1, 15)
            days[_LEAD] = quoted - r(0, 10)
            days[_QUOTED] = quoted
            days[_CONTRACTED] = contracted
            days[_SAMPLES] = samples
            days[_TESTING] = testing
            days[_REPORT] = report
            project = self._new_project(tier, owner, ident, stage, days, plan, total, members)
            for seq, m in enumerate(members):
                invs[m][_I_AMT] = project.installment_amounts[seq]
                invs[m][_I_PROJECT] = project.id
                invs[m][_I_INSTALLMENT] = project.installment_ids[seq]
            projects.append(project)
            j += len(members)
        return projects

    def _pipeline_projects(
        self,
        tier: _Tier,
        owner: _Person,
        ident: _Identity,
        median: float,
        active: bool,
        invoiced: int,
    ) -> list[_Project]:
        """Projects without invoices: leads, quotes, work in the lab, cancellations."""
        rng, T = self.rng, self.T
        r = rng.randint
        if not active:
            return []
        count = int(invoiced * 0.25 + rng.random()) + (rng.random() < 0.08)
        projects = []
        for _ in range(count):
            choice = rng.choices(range(len(_PIPELINE_WEIGHTS)), _PIPELINE_WEIGHTS)[0]
            cancelled = choice == len(_PIPELINE_WEIGHTS) - 1
            stage = r(_LEAD, _TESTING) if cancelled else choice
            # Most projects moved recently; some are stalled.
            since = T - (
                r(0, 300) if cancelled else r(30, 120) if rng.random() < 0.15 else r(0, 30)
            )
            days: list[int | None] = [None] * 8
            day = since
            for s in range(stage, _LEAD - 1, -1):
                days[s] = day
                day -= r(1, 10)
            yuan = int(median * rng.lognormvariate(0, 0.7))
            amount = max(yuan // 10 * 10, 300) * YUAN
            contracted = stage >= _CONTRACTED
            project = self._new_project(
                tier,
                owner,
                ident,
                stage,
                days,
                _PLAN_SINGLE if contracted else None,
                amount if contracted else 0,
                [],
            )
            if stage == _LEAD:
                project.quoted_fen = 0
            elif not contracted:
                project.quoted_fen = amount
            if cancelled:
                project.stage = _CANCELLED
                project.cancelled_day = min(T, since + r(1, 30))
            projects.append(project)
        return projects

    def _project_rows(self, cid: int, p: _Project, invs: list[_InvoiceRecord], tier: _Tier) -> None:
        rng, d, T = self.rng, self.d, self.T
        days = p.days
        if p.invoices and p.stage == _INVOICED:
            settled = all(invs[m][_I_SETTLED] == invs[m][_I_AMT] for m in p.invoices)
            if settled:
                days[_PAID] = max(invs[m][_I_LAST] for m in p.invoices)
                p.stage = _PAID
        report = days[_REPORT]
        if report is not None:
            if tier.hold_reports:
                p.released_day = days[_PAID]  # released only once paid
            else:
                p.released_day = min(T, report + rng.randint(0, 2))
        reached = [(s, day) for s, day in enumerate(days) if day is not None]
        stage_since = p.cancelled_day if p.stage == _CANCELLED else reached[-1][1]
        assert stage_since is not None, "a cancelled project has its cancelled day"
        stage_name = ProjectStage.CANCELLED if p.stage == _CANCELLED else _STAGES[p.stage]
        deadline = None
        if p.stage in (_LEAD, _QUOTED, _CONTRACTED, _SAMPLES, _TESTING, _REPORT):
            deadline = d.date[stage_since + tier.stall_days]
        contracted = days[_CONTRACTED]
        contract_no = f"HT{d.year[contracted]}-{p.id:05d}" if contracted is not None else None
        created = d.morning[p.lead_day]
        dv = d.date

        def opt(day: int | None) -> object:
            return None if day is None else dv[day]

        self.b_project.append(
            (
                p.id,
                self.numbers.stand_in(),
                cid,
                p.title,
                p.category,
                p.salesperson,
                p.technician,
                p.finance,
                contract_no,
                p.quoted_fen,
                p.contract_fen,
                str(stage_name),
                dv[stage_since],
                deadline,
                opt(days[_LEAD]),
                opt(days[_QUOTED]),
                opt(days[_CONTRACTED]),
                opt(days[_SAMPLES]),
                opt(days[_TESTING]),
                opt(report),
                opt(p.released_day),
                opt(days[_INVOICED]),
                opt(days[_PAID]),
                opt(p.cancelled_day),
                None,
                None,
                1,
                created,
                d.morning[stage_since],
            )
        )
        self.counts["projects"] += 1
        # Quote lines add up to the quoted amount.
        if p.quoted_fen:
            spec = _CATEGORY_BY_NAME[p.category]
            items = rng.sample(spec.items, min(len(spec.items), rng.randint(1, 4)))
            raw = [rng.randint(1, 10) for _ in items]
            total = sum(raw)
            shares = [w * 10_000 // total for w in raw]
            shares[0] += 10_000 - sum(shares)
            # Quotes are in whole yuan: split the yuan, then price each line in whole yuan
            # with a discount that brings it back to its share.
            parts = split_by_shares(Money(p.quoted_fen // YUAN), shares)
            first = self._ids("project_items", len(items))
            for k, (item, part) in enumerate(zip(items, parts, strict=True)):
                quantity = rng.randint(1, 12)
                amount = part.fen * YUAN
                price = -(-amount // (quantity * YUAN)) * YUAN
                self.b_item.append(
                    (
                        first + k,
                        p.id,
                        k + 1,
                        item.name,
                        item.standard,
                        quantity * 1000,
                        price,
                        quantity * price - amount,
                        amount,
                    )
                )
        # Stage history: who moved the project, and when.
        previous = None
        for s, day in reached:
            user = (
                p.salesperson if s <= _CONTRACTED else p.technician if s <= _REPORT else p.finance
            )
            self.b_event.append(
                (
                    self._ids("project_stage_events"),
                    p.id,
                    None if previous is None else str(previous),
                    str(_STAGES[s]),
                    dv[day],
                    user,
                    d.morning[day],
                    None,
                )
            )
            previous = _STAGES[s]
        if p.cancelled_day is not None:
            self.b_event.append(
                (
                    self._ids("project_stage_events"),
                    p.id,
                    str(previous),
                    str(ProjectStage.CANCELLED),
                    dv[p.cancelled_day],
                    p.salesperson,
                    d.morning[p.cancelled_day],
                    "客户取消委托",
                )
            )
        # Payment plan; a due date is set once its triggering event has happened.
        if p.plan is not None:
            for seq, (share, trigger, offset, text) in enumerate(_PLANS[p.plan]):
                event_day = days[_TRIGGER_STAGE[trigger]]
                self.b_installment.append(
                    (
                        p.installment_ids[seq],
                        p.id,
                        seq + 1,
                        share,
                        p.installment_amounts[seq],
                        str(trigger),
                        offset,
                        None if event_day is None else dv[event_day + offset],
                        text,
                        1,
                    )
                )
