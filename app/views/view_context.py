"""What every page needs, handed down from the composition root (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db.location import DbLocation
from app.domain.clock import Clock
from app.services.context import Actor
from app.services.unit_of_work import Database
from app.views.change_bus import ChangeBus
from app.views.error_dialogs import ErrorPresenter
from app.views.op_runner import OpRunner
from app.views.serial_writer import SerialWriter


@dataclass(frozen=True)
class ViewContext:
    db: Database
    clock: Clock
    actor: Actor
    runner: OpRunner
    writer: SerialWriter
    bus: ChangeBus
    errors: ErrorPresenter
    location: DbLocation | None = None

    def as_of(self) -> date:
        return self.clock.today()
