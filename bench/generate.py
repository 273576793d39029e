"""Generate a demo database for benchmarks and print how long it took and the peak memory.

    python bench/generate.py --invoices 100000 --customers 2000 \
        --out bench/out/demo-100k.sqlite3 --seed 3

Prints one human-readable line, or with --json one JSON object (bench/run_bench.py reads it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from app.db.location import resolve  # noqa: E402
from app.demo.generator import generate_demo  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process so far (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--customers", type=int, help="default: one per 50 invoices")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=date.today(),
        help="last day of the generated history (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--out", default="bench/out/demo.sqlite3", help="SQLite file, or a database URL"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    customers = args.customers or max(1, args.invoices // 50)

    location = resolve(args.out)
    path = location.sqlite_path
    if path is not None and path.exists():
        if not args.force:
            parser.error(f"{path} exists; use --force to replace it")
        path.unlink()

    started = time.perf_counter()
    db, _ = open_database(location)
    opened = time.perf_counter()
    last_shown = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // total
        if not args.json and sys.stderr.isatty() and percent // 10 != last_shown[0]:
            last_shown[0] = percent // 10
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(
            db,
            customers=customers,
            invoices=args.invoices,
            seed=args.seed,
            today=args.today,
            progress=show,
        ).value
    finally:
        db.dispose()
    finished = time.perf_counter()

    result = {
        "invoices": summary.invoices,
        "customers": summary.customers,
        "payments": summary.payments,
        "allocations": summary.allocations,
        "projects": summary.projects,
        "seed": args.seed,
        "today": args.today.isoformat(),
        "create_schema_s": round(opened - started, 3),
        "generate_s": round(finished - opened, 3),
        "peak_rss_mb": None if (rss := peak_rss_mb()) is None else round(rss, 1),
        "file_mb": round(path.stat().st_size / 2**20, 1) if path is not None else None,
        "out": location.display(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        if sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)
        print(
            f"{summary.invoices:,} invoices, {summary.customers:,} customers, "
            f"{summary.payments:,} payments, {summary.projects:,} projects: "
            f"generated in {result['generate_s']:.1f} s "
            f"(schema {result['create_schema_s']:.1f} s), "
            f"peak RSS {result['peak_rss_mb']} MB, file {result['file_mb']} MB "
            f"-> {result['out']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
