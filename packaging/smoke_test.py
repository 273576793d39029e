"""Smoke test of the one-folder bundle (CI on Linux and on Windows):

    python packaging/smoke_test.py dist/LabLedger

On a fresh database in a temporary folder: the bundled GUI starts offscreen, shows its main
window (the log says so), stays up a few seconds without a traceback and is terminated;
then, from the bundle, ``init``, ``demo``, ``check`` and ``statement --all`` (PDFs written,
with the bundled CJK font when the bundle has one). Exits non-zero at the first failure.
Needs only the standard library; the user's own data, settings and logs are not touched
(XDG folders in the temporary folder on Linux; on Windows a CI runner is throwaway)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

WINDOWS = sys.platform == "win32"
GUI_TIMEOUT_S = 90  # to the main window, on a loaded CI machine
STAY_UP_S = 4  # after the window shows, it must still be running this much later
FROM, TO, AS_OF = "2026-01-01", "2026-06-30", "2026-07-15"
LAB = {
    "name": "冒烟测试检测中心",
    "address": "上海市浦东新区测试路1号",
    "phone": "021-12345678",
    "tax_id": "",
    "bank_name": "测试银行",
    "bank_account": "6222000000000000",
    "contact": "",
}


def fail(message: str) -> None:
    print(f"SMOKE FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def executables(bundle: Path) -> tuple[Path, Path]:
    """(the GUI, the command line): on Windows the windowed LabLedger.exe has no console, so
    the command line is labledger-cli.exe; on Linux LabLedger is both."""
    if WINDOWS:
        return bundle / "LabLedger.exe", bundle / "labledger-cli.exe"
    return bundle / "LabLedger", bundle / "LabLedger"


def log_file(env: dict[str, str]) -> Path:
    if WINDOWS:
        base = Path(env.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "LabLedger" / "Logs" / "labledger.log"
    return Path(env["XDG_STATE_HOME"]) / "LabLedger" / "log" / "labledger.log"


def run(cli: Path, db: Path, env: dict[str, str], *args: str) -> str:
    command = [str(cli), "--db", str(db), "--as-of", AS_OF, *args]
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, encoding="utf-8", errors="replace", env=env, timeout=600
    )
    took = time.perf_counter() - started
    print(f"$ {' '.join(command[1:])}  ({took:.1f} s, exit {done.returncode})")
    output = done.stdout + done.stderr
    if done.stdout.strip():
        print("  " + done.stdout.strip().replace("\n", "\n  "))
    if done.returncode != 0 or "Traceback" in output:
        fail(f"{args[0]} failed:\n{output}")
    return done.stdout


def gui(exe: Path, db: Path, env: dict[str, str]) -> None:
    log = log_file(env)
    before = log.stat().st_size if log.is_file() else 0
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(exe), "--db", str(db)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        encoding="utf-8",
        errors="replace",
    )
    try:
        shown = None
        while time.perf_counter() - started < GUI_TIMEOUT_S:
            if process.poll() is not None:
                break
            text = (
                log.read_text(encoding="utf-8", errors="replace")[before:] if log.is_file() else ""
            )
            if "main window shown" in text:
                shown = time.perf_counter() - started
                break
            time.sleep(0.1)
        if shown is None:
            process.kill()
            output = process.communicate()[0]
            fail(f"the GUI showed no main window (exit {process.returncode}):\n{output}")
        time.sleep(STAY_UP_S)
        if process.poll() is not None:
            fail(f"the GUI quit by itself (exit {process.returncode}):\n{process.communicate()[0]}")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
    output = process.communicate()[0] or ""
    logged = log.read_text(encoding="utf-8", errors="replace")[before:]
    if "Traceback" in output or "Traceback" in logged or " ERROR " in logged:
        fail(f"the GUI reported an error:\n{output}\n{logged}")
    print(f"GUI: main window shown after {shown:.1f} s, still up {STAY_UP_S} s later, terminated")


def fill_lab_profile(db: Path) -> None:
    """Statements print the lab's letterhead; the settings dialog would save it (the demo
    leaves it empty), so the test writes it as that dialog stores it."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value, version, created_at, updated_at) "
            "VALUES ('lab_profile', ?, 1, ?, ?)",
            (json.dumps(LAB, ensure_ascii=False), now, now),
        )
    conn.close()


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/LabLedger").resolve()
    exe, cli = executables(bundle)
    for needed in (exe, cli):
        if not needed.is_file():
            fail(f"no {needed}")
    with tempfile.TemporaryDirectory(prefix="labledger-smoke-") as tmp:
        root = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LABLEDGER_")}
        if not WINDOWS:
            for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                env[name] = str(root / name.lower())
        # The GUI opens on a log-in: a demo database's administrator logs in unattended.
        run(cli, root / "gui.sqlite3", env, "demo", "--customers", "5", "--invoices", "20")
        login = {"LABLEDGER_USER": "admin", "LABLEDGER_PASSWORD": "demo1234"}
        gui(exe, root / "gui.sqlite3", {**env, **login})
        db = root / "smoke.sqlite3"
        run(cli, db, env, "init")
        run(cli, db, env, "demo", "--customers", "20", "--invoices", "200", "--seed", "3")
        run(cli, db, env, "check")
        fill_lab_profile(db)
        fonts = sorted((bundle / "_internal" / "resources" / "fonts").glob("*.tt[cf]"))
        if fonts:  # the PDFs with the bundle's own font, whatever the machine has
            env["LABLEDGER_PDF_FONT"] = str(fonts[0])
        out = root / "statements"
        run(cli, db, env, "statement", "--all", "--from", FROM, "--to", TO, "--out-dir", str(out))
        pdfs = sorted(out.glob("*.pdf"))
        if not pdfs or any(p.stat().st_size < 1000 for p in pdfs):
            fail(f"statement wrote no usable PDF in {out}: {pdfs}")
        if fonts and not any(b"WenQuanYi" in p.read_bytes() for p in pdfs[:1]):
            fail("the statement PDF does not embed the bundled font")
        print(f"statements: {len(pdfs)} PDF files")
    print("SMOKE OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
