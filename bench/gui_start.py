"""Child process for run_bench.py: time from interpreter start to the main window shown,
and to the invoice list filled, on a given database. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen python bench/gui_start.py bench/out/demo-1m.sqlite3 2026-12-01

The floors, in the same kind of fresh process: ``--floor qt`` times importing Qt and
showing an empty QMainWindow; ``--floor db`` adds importing SQLAlchemy and the models and
one query on the database. What the real start takes above them is LabLedger's own.

    QT_QPA_PLATFORM=offscreen python bench/gui_start.py --floor qt
    QT_QPA_PLATFORM=offscreen python bench/gui_start.py --floor db bench/out/demo-1m.sqlite3
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def floor(kind: str, path: str | None) -> int:
    """The bare floor: Qt and an empty main window (and, for "db", SQLAlchemy, the models
    and one query), no LabLedger code of its own."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    if kind == "db":
        from sqlalchemy import create_engine, text

        import app.models  # noqa: F401

        engine = create_engine(f"sqlite:///{path}")
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM credit_tiers")).scalar()
    application = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    application.processEvents()
    shown = time.perf_counter()
    print(json.dumps({"window_shown_s": shown - STARTED}))
    return 0


def main() -> int:
    if sys.argv[1] == "--floor":
        return floor(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    from PySide6.QtCore import QTimer

    from app.db.location import resolve
    from app.domain.clock import FixedClock
    from app.services.core.startup import open_database
    from app.views.shell.application import create_application, create_main_window

    path, today = sys.argv[1], date.fromisoformat(sys.argv[2])
    application = create_application([])
    location = resolve(path)
    db, _ = open_database(location)
    window = create_main_window(db, FixedClock(today), location=location)
    window.show()
    application.processEvents()
    shown, shown_cpu = time.perf_counter(), time.process_time()
    invoices = window.show_section("invoices")
    model = invoices.model
    opened, opened_cpu = time.perf_counter(), time.process_time()
    figures: dict[str, float] = {}

    def done() -> None:
        figures["window_shown_s"] = shown - STARTED
        figures["invoice_list_filled_s"] = time.perf_counter() - opened
        # CPU time of the process (all its threads): what an unshared machine would wait.
        figures["window_shown_cpu_s"] = shown_cpu
        figures["invoice_list_filled_cpu_s"] = time.process_time() - opened_cpu
        figures["rows"] = model.rowCount()
        figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        application.quit()

    if model.rowCount() and not model.is_loading:
        QTimer.singleShot(0, done)
    else:
        model.loaded.connect(done)
    QTimer.singleShot(30_000, application.quit)
    application.exec()
    print(json.dumps(figures))
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
