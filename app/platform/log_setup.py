"""Log file in the user's log folder; unexpected errors land there with their traceback."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.db.location import log_dir

LOG_NAME = "labledger.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Idempotent: a second call returns the same file without adding handlers."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
