"""Where an import's time goes: ``labledger import`` run in this process with a wall-clock
timer around each part of the engine and the writer, printed longest first. Parts nest (the
chunk insert holds the driver's executemany, the numbering, the projects ...), so the
figures overlap; the timers themselves add about a microsecond per call.

    .venv/bin/python -m app --db /tmp/parts.sqlite3 init
    .venv/bin/python bench/import_parts.py --db /tmp/parts.sqlite3 --as-of 2025-01-01 \\
        import bench/out/ledger-100000.xlsx --kind ledger

(the workbook is the one ``bench/import_bench.py`` generates).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy.engine.base

from app.importers import engine, writer

spent: Counter[str] = Counter()


def timed(owner: Any, name: str, label: str | None = None) -> None:
    inner: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label or name] += time.perf_counter() - started

    setattr(owner, name, wrapper)


PARTS = {
    writer.LedgerWriter: (
        "flush_pending",
        "_insert_chunk",
        "_chunk_customers",
        "_chunk_projects",
        "_insert",
        "_core_insert",
        "next_number",
        "finish",
    ),
    engine: ("_import_rows", "parse_row", "skip_row"),
}


def main() -> None:
    for owner, names in PARTS.items():
        for name in names:
            timed(owner, name)
    timed(writer, "record_audit", "record_audit (chunk entries built)")
    timed(writer, "append_recorded", "append_recorded (entries hashed and written)")
    timed(sqlalchemy.engine.base.Connection, "exec_driver_sql", "driver executemany")
    from app.cli import main as cli_main

    started = time.perf_counter()
    try:
        cli_main(sys.argv[1:])
    except SystemExit as exit_:
        if exit_.code:
            raise
    spent["the whole command"] = time.perf_counter() - started
    for label, seconds in spent.most_common():
        print(f"{seconds:7.2f} s  {label}")


if __name__ == "__main__":
    main()
