"""Python's garbage collector runs on whichever thread happens to allocate when a threshold
is reached: often a worker of the op runner. A Qt object that only a reference cycle kept
alive is then destroyed on that worker, and Qt warns "QBasicTimer::stop: Failed. Possibly
trying to stop from a different thread" and may crash later on a timer or a posted event.
So the automatic collector is switched off while the GUI runs, and cycles are collected on
the GUI thread instead (Anki's aqt does the same). Reference counting still frees everything
else at once, on the thread that drops the last reference."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

TICK_MS = 1_000  # the youngest generation, when it has grown, once a second
FULL_EVERY = 30  # every generation every 30 seconds


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect()
        elif gc.get_count()[0] >= gc.get_threshold()[0]:
            gc.collect(0)
