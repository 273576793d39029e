"""Reminder schedules: the levels in force on each day, what a broken promise escalates to,
the schedule derived from a tier's reminder days, and the checks on a schedule as settings
hand it over."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from app.services.reminders.schedule import (
    DEFAULT_SCHEDULES,
    derived_schedule,
    parse_schedule,
)

REGULAR = parse_schedule(DEFAULT_SCHEDULES["regular"])


@pytest.mark.parametrize(
    ("days", "before", "after"),
    [(-4, None, None), (-3, -3, None), (-1, -3, None), (0, 0, None), (6, 0, None), (7, 0, 7)],
)
def test_the_level_in_force_is_the_last_one_reached(days, before, after):
    level_before = REGULAR.level_on(days, after_due=False)
    level_after = REGULAR.level_on(days, after_due=True)
    assert (level_before.days if level_before else None) == before
    assert (level_after.days if level_after else None) == after


def test_a_broken_promise_goes_to_the_next_level_that_raises_a_task():
    assert REGULAR.next_task_level(7).days == 30
    assert REGULAR.next_task_level(30).recipients == ("role:finance", "manager")
    assert REGULAR.next_task_level(60) is None


def test_every_default_schedule_is_valid_and_round_trips():
    for raw in DEFAULT_SCHEDULES.values():
        assert parse_schedule(parse_schedule(raw).to_json()) == parse_schedule(raw)


def test_a_tier_without_a_schedule_runs_on_its_reminder_days():
    derived = derived_schedule([-7, 0, 15, 30], "manager", 30)
    assert [(lv.days, lv.recipients, lv.actions) for lv in derived.levels] == [
        (-7, ("salesperson",), ("notify",)),
        (0, ("salesperson",), ("notify",)),
        (15, ("salesperson",), ("notify", "task")),
        (30, ("manager",), ("notify", "task")),
    ]
    assert derived_schedule([7], "finance", 60).levels[-1].recipients == ("role:finance",)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "at least one level"),
        ([{"days": "7", "recipients": ["salesperson"], "actions": ["notify"]}], "whole number"),
        ([{"days": 9999, "recipients": ["salesperson"], "actions": ["notify"]}], "whole number"),
        ([{"days": 7, "recipients": ["boss"], "actions": ["notify"]}], "unknown recipient"),
        ([{"days": 7, "recipients": ["role:cfo"], "actions": ["notify"]}], "unknown recipient"),
        ([{"days": 7, "recipients": ["salesperson"], "actions": ["fax"]}], "unknown recipient"),
        ([{"days": 7, "recipients": [], "actions": ["notify"]}], "who is told"),
        ([{"days": 0, "recipients": ["salesperson"], "actions": ["task"]}], "after the due date"),
    ],
)
def test_a_wrong_schedule_is_refused_with_the_reason(raw, message):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_schedule(raw)
    assert caught.value.field == "reminder_schedule"


def test_every_problem_is_reported_at_once():
    level = {"days": 3, "recipients": ["salesperson"], "actions": ["notify"]}
    with pytest.raises(ValidationErrors) as caught:
        parse_schedule([level, dict(level), {"days": 5, "recipients": ["x"], "actions": []}])
    assert len(caught.value.errors) == 2
    assert "same day" in caught.value.message
