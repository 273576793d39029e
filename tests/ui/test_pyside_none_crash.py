"""Regression guard for the PySide6 6.12 + Python 3.11 abort (PLATFORM.md): thousands of Qt
calls returning None must not kill the process. Run in a child so a crash is a failure,
not the end of the test run."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
m = QStandardItemModel(10, 1)
ix = m.index(0, 0)
for _ in range(20000):
    m.data(ix, Qt.UserRole)
print("survived")
"""


def test_many_none_returning_qt_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout
