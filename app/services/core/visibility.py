"""Which customers someone may see, as a SQL condition the services put where they choose a
set of customers (lists, search, the 360 view, statements, aging and other reports,
exports, the command line).

- Salespeople see the customers they own, and with the team grant (``users.team_visible``,
  given by a manager) also those owned by the people they manage; documents follow their
  customer.
- Administrators, managers, finance, technicians and viewers see every customer (what they
  may change is permissions.py's business: viewers change nothing).
- The system (no viewer: start-up jobs, the command line without --user) sees everything.

The viewer travels with the session (``Database.as_viewer`` puts them in
``session.info["viewer"]``), so a service that reads through ``db.read()`` applies it without
a parameter of its own; ``for_actor`` gives the same condition for an explicit actor."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.domain.enums import Role
from app.domain.errors import NotFoundError
from app.models import Customer, User
from app.services.core.context import Actor

# Roles that see every customer.
SEE_ALL = frozenset({Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.TECHNICIAN, Role.VIEWER})


def viewer_of(session: Session) -> Actor | None:
    viewer = session.info.get("viewer")
    return viewer if isinstance(viewer, Actor) else None


def sees_everyone(actor: Actor | None) -> bool:
    return actor is None or actor.role in SEE_ALL


def owner_condition(actor: Actor | None, owner: Any = Customer.owner_id) -> ColumnElement[bool]:
    """True for the owners whose customers ``actor`` sees (``owner``: a column holding a
    customer's owner id)."""
    if sees_everyone(actor):
        return true()
    assert actor is not None
    if actor.user_id is None:
        return false()  # nobody's: a salesperson without a record
    me = aliased(User)
    team = select(User.id).where(
        User.manager_id == actor.user_id,
        exists().where(me.id == actor.user_id, me.team_visible.is_(True)),
    )
    condition: ColumnElement[bool] = or_(owner == actor.user_id, owner.in_(team))
    return condition


def for_actor(actor: Actor | None, customer_id: Any = Customer.id) -> ColumnElement[bool]:
    """True for the rows whose ``customer_id`` column names a customer ``actor`` sees."""
    if sees_everyone(actor):
        return true()
    condition: ColumnElement[bool] = customer_id.in_(visible_customer_ids(actor))
    return condition


def visible_customer_ids(actor: Actor | None) -> Select[Any]:
    return select(Customer.id).where(owner_condition(actor))


def customer_scope(session: Session, customer_id: Any = Customer.id) -> ColumnElement[bool]:
    """The condition for the session's viewer (see the module's docstring)."""
    return for_actor(viewer_of(session), customer_id)


def scope_conditions(session: Session, customer_id: Any = Customer.id) -> list[ColumnElement[bool]]:
    """``customer_scope`` as a list: empty when the viewer sees everyone, so that queries of
    those users stay exactly as they were."""
    viewer = viewer_of(session)
    return [] if sees_everyone(viewer) else [for_actor(viewer, customer_id)]


def owner_scope(session: Session, owner: Any = Customer.owner_id) -> list[ColumnElement[bool]]:
    """Like ``scope_conditions`` for a query that already joins customers (one condition on
    their owner, no subquery over customers)."""
    viewer = viewer_of(session)
    return [] if sees_everyone(viewer) else [owner_condition(viewer, owner)]


def can_see_customer(session: Session, actor: Actor | None, customer_id: int) -> bool:
    if sees_everyone(actor):
        return True
    stmt = select(Customer.id).where(and_(Customer.id == customer_id, owner_condition(actor)))
    return session.scalar(stmt) is not None


def require_customer_visible(session: Session, customer_id: int) -> None:
    """Refuse a customer the session's viewer may not see, as if it did not exist (a
    salesperson learns nothing of another's customers)."""
    if not can_see_customer(session, viewer_of(session), customer_id):
        raise NotFoundError(entity="Customer", key=customer_id)


def scoped_salesperson(session: Session, salesperson_id: int | None) -> int | None:
    """For reports that already narrow to one salesperson's customers: a salesperson viewer
    is narrowed to their own (their team's figures are in the lists and the aging report)."""
    viewer = viewer_of(session)
    if sees_everyone(viewer) or viewer is None:
        return salesperson_id
    if salesperson_id is not None and salesperson_id != viewer.user_id:
        return -1  # nobody's: another salesperson's figures are not theirs to see
    return viewer.user_id if viewer.user_id is not None else -1
