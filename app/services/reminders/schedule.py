"""A credit tier's reminder schedule: levels, each a number of days relative to the due date
(negative before it), who is told and what happens.

Stored as JSON on the tier (``CreditTier.reminder_schedule``) so that settings can edit it;
read and written only through ``parse_schedule``/``ReminderSchedule.to_json``, which
validate it. A tier without one uses the schedule derived from its ``reminder_days`` and
escalation (``derived_schedule``).

Recipients: ``salesperson`` (the customer's owner), ``manager`` (the salesperson's manager,
else every manager) and ``role:<role>`` (every active user with that role; a task goes to
the first of them). Actions: ``notify`` (in-app notification to each recipient), ``task``
(raise or escalate the customer's collection task to this level, assigned to the first
recipient; only after the due date) and ``email`` (queue a reminder to the customer's
billing contact, see ``EmailOutbox``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.enums import Role
from app.domain.errors import ValidationError, ValidationErrors

SALESPERSON = "salesperson"
MANAGER = "manager"
ROLE_PREFIX = "role:"
NOTIFY, TASK, EMAIL = "notify", "task", "email"
ACTIONS = (NOTIFY, TASK, EMAIL)
MIN_DAYS, MAX_DAYS = -90, 3650
MAX_LEVELS = 12


@dataclass(frozen=True)
class ReminderLevel:
    days: int  # relative to the due date: -3 three days before, 0 on it, 30 a month after
    recipients: tuple[str, ...]
    actions: tuple[str, ...]

    @property
    def notifies(self) -> bool:
        return NOTIFY in self.actions

    @property
    def raises_task(self) -> bool:
        return TASK in self.actions

    @property
    def emails(self) -> bool:
        return EMAIL in self.actions


@dataclass(frozen=True)
class ReminderSchedule:
    levels: tuple[ReminderLevel, ...]  # by days, ascending

    def to_json(self) -> list[dict[str, object]]:
        return [
            {"days": lv.days, "recipients": list(lv.recipients), "actions": list(lv.actions)}
            for lv in self.levels
        ]

    def level_on(self, days: int, *, after_due: bool) -> ReminderLevel | None:
        """The level in force ``days`` after the due date: the last one reached. Only levels
        after the due date (``after_due``) or only those on or before it."""
        found = None
        for level in self.levels:
            if (level.days > 0) != after_due:
                continue
            if level.days <= days:
                found = level
        return found

    def next_task_level(self, days: int) -> ReminderLevel | None:
        """The first level after ``days`` that raises a task: where a broken promise goes."""
        return next((lv for lv in self.levels if lv.days > days and lv.raises_task), None)

    @property
    def first_after_due(self) -> int | None:
        return next((lv.days for lv in self.levels if lv.days > 0), None)


def _recipient_ok(name: str) -> bool:
    if name in (SALESPERSON, MANAGER):
        return True
    return name.startswith(ROLE_PREFIX) and name[len(ROLE_PREFIX) :] in {r.value for r in Role}


def parse_schedule(raw: Any) -> ReminderSchedule:
    """The schedule ``raw`` (JSON as stored or as settings hand it over), checked: every
    problem is reported at once as ValidationErrors."""
    errors: list[ValidationError] = []
    if not isinstance(raw, list) or not raw:
        raise ValidationError("reminder_schedule", "A reminder schedule needs at least one level.")
    if len(raw) > MAX_LEVELS:
        raise ValidationError(
            "reminder_schedule", "A reminder schedule has at most {max} levels.", max=MAX_LEVELS
        )
    levels: list[ReminderLevel] = []
    for item in raw:
        days = item.get("days") if isinstance(item, dict) else None
        if not isinstance(days, int) or isinstance(days, bool) or not MIN_DAYS <= days <= MAX_DAYS:
            errors.append(
                ValidationError(
                    "reminder_schedule",
                    "A reminder level's day must be a whole number from {min} to {max}.",
                    min=MIN_DAYS,
                    max=MAX_DAYS,
                )
            )
            continue
        assert isinstance(item, dict)
        recipients = tuple(str(r) for r in item.get("recipients") or ())
        actions = tuple(a for a in ACTIONS if a in (item.get("actions") or ()))
        unknown = [str(r) for r in recipients if not _recipient_ok(str(r))]
        unknown += [str(a) for a in item.get("actions") or () if a not in ACTIONS]
        if unknown:
            errors.append(
                ValidationError(
                    "reminder_schedule",
                    "Reminder level {days}: unknown recipient or action {name}.",
                    days=days,
                    name=unknown[0],
                )
            )
        elif not actions or (not recipients and actions != (EMAIL,)):
            errors.append(
                ValidationError(
                    "reminder_schedule",
                    "Reminder level {days}: say who is told and what happens.",
                    days=days,
                )
            )
        elif TASK in actions and days <= 0:
            errors.append(
                ValidationError(
                    "reminder_schedule",
                    "Reminder level {days}: a collection task starts only after the due date.",
                    days=days,
                )
            )
        levels.append(ReminderLevel(days, recipients, actions))
    seen = [lv.days for lv in levels]
    if len(set(seen)) != len(seen):
        errors.append(
            ValidationError("reminder_schedule", "Two reminder levels fall on the same day.")
        )
    if errors:
        raise ValidationErrors(errors) if len(errors) > 1 else errors[0]
    return ReminderSchedule(tuple(sorted(levels, key=lambda lv: lv.days)))


def derived_schedule(
    reminder_days: Sequence[int], escalate_to_role: str | None, escalate_after_days: int | None
) -> ReminderSchedule:
    """The schedule of a tier that has none of its own: a notification to the salesperson on
    each reminder day, a task from the first day after the due date, and the task escalated
    to ``escalate_to_role`` (``manager``: the salesperson's manager) from the escalation day."""
    days = sorted({int(d) for d in reminder_days if MIN_DAYS <= int(d) <= MAX_DAYS})
    if escalate_after_days is not None and escalate_to_role and escalate_after_days > 0:
        days = sorted(set(days) | {escalate_after_days})
    levels = []
    for day in days:
        if escalate_to_role and escalate_after_days is not None and day >= escalate_after_days:
            who = MANAGER if escalate_to_role == Role.MANAGER else ROLE_PREFIX + escalate_to_role
            levels.append(ReminderLevel(day, (who,), (NOTIFY, TASK)))
        elif day > 0:
            levels.append(ReminderLevel(day, (SALESPERSON,), (NOTIFY, TASK)))
        else:
            levels.append(ReminderLevel(day, (SALESPERSON,), (NOTIFY,)))
    return ReminderSchedule(tuple(levels))


def _level(days: int, *recipients: str, actions: tuple[str, ...] = (NOTIFY,)) -> dict[str, object]:
    return {"days": days, "recipients": list(recipients), "actions": list(actions)}


_TASK = (NOTIFY, TASK)
_TASK_EMAIL = (NOTIFY, TASK, EMAIL)
FINANCE = ROLE_PREFIX + Role.FINANCE.value
# The schedules of the four default tiers (bootstrap and migration 0016 store them).
DEFAULT_SCHEDULES: dict[str, list[dict[str, object]]] = {
    "key": [
        _level(-7, SALESPERSON),
        _level(0, SALESPERSON),
        _level(15, SALESPERSON, actions=_TASK),
        _level(45, MANAGER, SALESPERSON, actions=_TASK),
        _level(90, FINANCE, MANAGER, actions=_TASK),
    ],
    "premium": [
        _level(-3, SALESPERSON),
        _level(0, SALESPERSON),
        _level(7, SALESPERSON, actions=_TASK),
        _level(30, MANAGER, SALESPERSON, actions=_TASK),
        _level(60, FINANCE, MANAGER, actions=_TASK),
    ],
    "regular": [
        _level(-3, SALESPERSON),
        _level(0, SALESPERSON),
        _level(7, SALESPERSON, actions=_TASK_EMAIL),
        _level(30, MANAGER, SALESPERSON, actions=_TASK),
        _level(60, FINANCE, MANAGER, actions=_TASK),
    ],
    "high_risk": [
        _level(-3, SALESPERSON, actions=(NOTIFY, EMAIL)),
        _level(0, SALESPERSON),
        _level(3, SALESPERSON, actions=_TASK_EMAIL),
        _level(15, MANAGER, SALESPERSON, actions=_TASK),
        _level(30, FINANCE, MANAGER, actions=_TASK),
    ],
}


def tier_schedule(
    stored: Any,
    reminder_days: Sequence[int],
    escalate_to_role: str | None,
    escalate_after_days: int | None,
) -> ReminderSchedule:
    """The schedule a tier runs on: its own when it has one, else the derived one."""
    if stored:
        return parse_schedule(stored)
    return derived_schedule(reminder_days, escalate_to_role, escalate_after_days)
