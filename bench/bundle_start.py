"""Start-up of the real application to its main window: the PyInstaller bundle next to the
same code run from source, each in fresh processes, on one database. Prints a table (and
one JSON line with --json).

    python bench/bundle_start.py bench/out/demo-100k.sqlite3 [--bundle dist/LabLedger] [--runs 3]

The time is from starting the process to the log line "main window shown", which the GUI
writes right after ``window.show()`` once the database is open (run_gui): the window is then
painted by the next turn of the event loop. Offscreen, with empty XDG folders per run (a
first start: no saved window, the workbench shown), logged in as the demo administrator
through LABLEDGER_USER and LABLEDGER_PASSWORD (a database made by bench/generate.py or
`labledger demo`). The database is only read (the start-up
jobs may update promises to pay); point it at a copy. The sources are compiled to bytecode
first, as an installed copy is.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "main window shown"
TIMEOUT_S = 120


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far (Linux; 0 elsewhere): on a busy
    machine the wall time waits for the cores, this does not."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_time(command: list[str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to the log saying the main window is shown, and
    the CPU seconds the process used to get there."""
    with tempfile.TemporaryDirectory(prefix="labledger-start-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LABLEDGER_")}
        # A demo database's administrator logs in unattended (README, "Users and logging
        # in"): the time includes checking the password, not typing it.
        env.update(LABLEDGER_USER="admin", LABLEDGER_PASSWORD="demo1234")
        env["QT_QPA_PLATFORM"] = "offscreen"
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(tmp) / name.lower())
        log = Path(env["XDG_STATE_HOME"]) / "LabLedger" / "log" / "labledger.log"
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while time.perf_counter() - started < TIMEOUT_S:
                if log.is_file() and SHOWN in log.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - started, cpu_seconds(process.pid)
                if process.poll() is not None:
                    raise SystemExit(f"{command[0]} exited with {process.returncode}")
                time.sleep(0.005)
            raise SystemExit(f"{command[0]}: no main window in {TIMEOUT_S} s")
        finally:
            process.terminate()
            process.wait(10)


def size_mb(folder: Path) -> float:
    """The files' size, each once (the bundle links some libraries under two names)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "LabLedger")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    database = str(args.database.resolve())
    executable = args.bundle / ("LabLedger.exe" if sys.platform == "win32" else "LabLedger")
    compileall.compile_dir(ROOT / "app", quiet=1)
    commands = {
        "bundle": [str(executable), "--db", database],
        "source": [sys.executable, "-m", "app", "--db", database],
    }
    start_time(commands["bundle"])  # the files into the OS cache once, for both
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved, so that a busy moment hits both alike
        for name, command in commands.items():
            wall, used = start_time(command)
            times[name].append(wall)
            cpu[name].append(used)
    figures = {
        "bundle_start_median_s": statistics.median(times["bundle"]),
        "source_start_median_s": statistics.median(times["source"]),
        "bundle_runs_s": times["bundle"],
        "source_runs_s": times["source"],
        "bundle_cpu_median_s": statistics.median(cpu["bundle"]),
        "source_cpu_median_s": statistics.median(cpu["source"]),
        "bundle_size_mb": size_mb(args.bundle),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }
    for name in commands:
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        median, used = statistics.median(times[name]), statistics.median(cpu[name])
        print(f"{name:<7} start to main window: median {median:.2f} s ({runs}); CPU {used:.2f} s")
    print(f"bundle size: {figures['bundle_size_mb']:.0f} MB in {args.bundle}")
    print(f"load average after: {figures['load_average']}")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
