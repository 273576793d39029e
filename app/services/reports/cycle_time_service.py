"""Project cycle times: how many days projects take from one stage to the next, from the
stage history (``project_stage_events``), to find where the chain stalls.

A transition is measured for each project that reached its end stage in the period: from
the first day the project entered the start stage to the first day it entered the end
stage (a project moved back and forward again keeps its first dates). Projects that skipped
the start stage are not counted for that transition. Average and median in days, Decimal
to one place; by test category and for all projects together.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from statistics import median

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from app.domain.enums import ProjectStage
from app.models import Project, ProjectStageEvent
from app.services.reports.periods import Period

DAYS = Decimal("0.1")


class Transition(Enum):
    """(start stage, end stage) of each measured step."""

    QUOTE_TO_CONTRACT = (ProjectStage.QUOTED, ProjectStage.CONTRACTED)
    SAMPLES_TO_REPORT = (ProjectStage.SAMPLES_RECEIVED, ProjectStage.REPORT_ISSUED)
    REPORT_TO_INVOICE = (ProjectStage.REPORT_ISSUED, ProjectStage.INVOICED)
    INVOICE_TO_CASH = (ProjectStage.INVOICED, ProjectStage.PAID)

    @property
    def start(self) -> ProjectStage:
        return self.value[0]

    @property
    def end(self) -> ProjectStage:
        return self.value[1]


@dataclass(frozen=True)
class CycleTime:
    transition: Transition
    category: str | None  # None: the projects without a category, or ALL in ``overall``
    projects: int
    average_days: Decimal
    median_days: Decimal


@dataclass(frozen=True)
class CycleTimeReport:
    period: Period
    overall: tuple[CycleTime, ...]  # one per transition with any project, in Transition order
    by_category: tuple[CycleTime, ...]  # per transition, then category (None last)


def _days(value: Decimal) -> Decimal:
    return value.quantize(DAYS, ROUND_HALF_UP)


def summarize(transition: Transition, category: str | None, days: list[int]) -> CycleTime:
    """Average and median of the days of ``days`` (not empty)."""
    average = Decimal(sum(days)) / len(days)
    middle = Decimal(str(median(days)))  # a whole number or one half: exact
    return CycleTime(transition, category, len(days), _days(average), _days(middle))


def transition_days(
    session: Session, period: Period, transition: Transition
) -> list[tuple[str | None, int]]:
    """(category, days) of each project that entered the transition's end stage in the
    period, having entered its start stage before."""
    end, start = aliased(ProjectStageEvent), aliased(ProjectStageEvent)
    stmt = (
        select(Project.test_category, func.min(start.event_date), func.min(end.event_date))
        .select_from(end)
        .join(
            start,
            and_(start.project_id == end.project_id, start.to_stage == transition.start.value),
        )
        .join(Project, Project.id == end.project_id)
        .where(
            end.to_stage == transition.end.value, end.event_date.between(period.start, period.end)
        )
        .group_by(end.project_id, Project.test_category)
    )
    return [(category, (ended - began).days) for category, began, ended in session.execute(stmt)]


def cycle_times(session: Session, period: Period) -> CycleTimeReport:
    overall: list[CycleTime] = []
    by_category: list[CycleTime] = []
    for transition in Transition:
        found = transition_days(session, period, transition)
        if not found:
            continue
        overall.append(summarize(transition, None, [d for _, d in found]))
        grouped: dict[str | None, list[int]] = defaultdict(list)
        for category, days in found:
            grouped[category].append(days)
        for category in sorted(grouped, key=lambda c: (c is None, c or "")):
            by_category.append(summarize(transition, category, grouped[category]))
    return CycleTimeReport(period, tuple(overall), tuple(by_category))
