"""Reminders and escalations pushed to the team-chat robots whose scope covers the
salesperson: every robot for "all", the salesperson's own robot, and the robot of the team
of their manager (or of the team they manage)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.services.outbound.channel_settings import Scope, TeamRobot, get_team_robots
from app.services.outbound.outbox import Enqueued, OutboundMessage, enqueue


def robots_for(session: Session, salesperson_id: int | None) -> list[TeamRobot]:
    """The robots that receive the messages of ``salesperson_id`` (None: of no one in
    particular, which only the robots for everyone receive)."""
    robots = get_team_robots(session)
    if not robots:
        return []
    manager_id = None
    if salesperson_id is not None:
        manager_id = session.scalar(select(User.manager_id).where(User.id == salesperson_id))
    return [r for r in robots if _covers(r, salesperson_id, manager_id)]


def _covers(robot: TeamRobot, salesperson_id: int | None, manager_id: int | None) -> bool:
    if robot.scope == Scope.ALL:
        return True
    if salesperson_id is None:
        return False
    if robot.scope == Scope.SALESPERSON:
        return robot.scope_user_id == salesperson_id
    # A team is its manager and the staff who report to them.
    return robot.scope == Scope.TEAM and robot.scope_user_id in (salesperson_id, manager_id)


def enqueue_team_message(
    session: Session,
    salesperson_id: int | None,
    title: str,
    markdown: str,
    dedupe_key: str,
    now: datetime,
    *,
    customer_id: int | None = None,
) -> list[Enqueued]:
    """Put one markdown message per robot covering the salesperson in the outbox (in the
    caller's transaction); each robot's copy is deduplicated on ``dedupe_key`` and the
    robot's name. Nothing when no robot covers them."""
    return [
        enqueue(
            session,
            OutboundMessage(
                channel=robot.kind,
                recipient=robot.name,
                subject=title,
                body=markdown,
                dedupe_key=f"{dedupe_key}|{robot.name}"[:200],
                customer_id=customer_id,
            ),
            now,
        )
        for robot in robots_for(session, salesperson_id)
    ]
