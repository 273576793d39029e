"""Where the files the GUI reads (icons, compiled translations) live: ``resources/`` beside
the ``app`` package, in a source checkout and in an installed wheel alike (see pyproject)."""

from __future__ import annotations

from pathlib import Path

import app


def resources_dir() -> Path:
    return Path(app.__file__).resolve().parents[1] / "resources"
