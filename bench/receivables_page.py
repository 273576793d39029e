"""The 应收 page on a given database: how long the aging query takes alone, how long from
opening the section until the table is filled, and how long the GUI thread spends turning
the result into the table (the part that can freeze the window). Prints one JSON line.

    QT_QPA_PLATFORM=offscreen python bench/receivables_page.py bench/out/demo-1m.sqlite3 \
        2026-06-30 [customer|salesperson|tier|category|project]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402
from app.services.ledger.aging_service import AgingBy, aging_report  # noqa: E402
from app.views.receivables.receivables_page import ReceivablesPage  # noqa: E402
from app.views.shell.application import create_application, create_main_window  # noqa: E402


def main() -> int:
    path, today = sys.argv[1], date.fromisoformat(sys.argv[2])
    by = AgingBy(sys.argv[3]) if len(sys.argv) > 3 else AgingBy.CUSTOMER
    application = create_application([])
    location = resolve(path)
    db, _ = open_database(location)

    query_times = []
    for _ in range(3):
        started = time.perf_counter()
        with db.read() as session:
            rows = len(aging_report(session, today, by).rows)
        query_times.append(time.perf_counter() - started)

    window = create_main_window(db, FixedClock(today), location=location)
    window.resize(1366, 768)
    window.show()
    # The start-up jobs (promises to pay) run first, so that they do not share the time.
    while window.ctx.writer.busy:
        application.processEvents()
        time.sleep(0.01)
    page = window.pages["receivables"]
    assert isinstance(page, ReceivablesPage)
    figures: dict[str, float] = {
        "query_first_s": query_times[0],
        "query_s": statistics.median(query_times),
        "rows": rows,
    }
    shown_in: list[float] = []
    original = page._show

    def timed_show(report):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        original(report)
        shown_in.append(time.perf_counter() - started)

    page._show = timed_show  # type: ignore[method-assign]
    opened = time.perf_counter()
    page.grouping.setCurrentIndex(page.grouping.findData(by))
    window.show_section("receivables")

    def poll() -> None:
        if page.report is not None and not page.loading and shown_in:
            figures["page_filled_s"] = time.perf_counter() - opened
            figures["gui_thread_s"] = shown_in[-1]
            application.quit()
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    QTimer.singleShot(60_000, application.quit)
    application.exec()
    print(json.dumps(figures))
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
