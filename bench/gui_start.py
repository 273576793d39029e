"""Child process for run_bench.py: time from interpreter start to the main window shown,
and to the invoice list filled, on a given database. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen python bench/gui_start.py bench/out/demo-1m.sqlite3
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

from PySide6.QtCore import QTimer  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402
from app.views.shell.application import create_application, create_main_window  # noqa: E402


def main() -> int:
    path, today = sys.argv[1], date.fromisoformat(sys.argv[2])
    application = create_application([])
    location = resolve(path)
    db, _ = open_database(location)
    window = create_main_window(db, FixedClock(today), location=location)
    window.show()
    application.processEvents()
    shown = time.perf_counter()
    invoices = window.show_section("invoices")
    model = invoices.model
    opened = time.perf_counter()
    figures: dict[str, float] = {}

    def done() -> None:
        figures["window_shown_s"] = shown - STARTED
        figures["invoice_list_filled_s"] = time.perf_counter() - opened
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
