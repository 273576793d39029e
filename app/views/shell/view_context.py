"""What every page needs, handed down from the composition root (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db.location import DbLocation
from app.db.session import Database
from app.domain.clock import Clock
from app.services.core.context import Actor
from app.views.ops.change_bus import ChangeBus
from app.views.ops.op_runner import OpRunner
from app.views.ops.serial_writer import SerialWriter
from app.views.shell.error_dialogs import ErrorPresenter


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
