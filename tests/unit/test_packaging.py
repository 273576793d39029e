"""An installed wheel carries what the GUI reads at run time: the icons with their licence and
the compiled translations (the .ts sources stay in the source tree)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_every_icon_and_compiled_translation():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    assert "resources*" in setuptools["packages"]["find"]["include"]
    package_data = setuptools["package-data"]
    shipped = [
        path for path in (ROOT / "resources").rglob("*") if path.is_file() and path.suffix != ".ts"
    ]
    assert any(path.name == "LICENSE" for path in shipped)
    for path in shipped:
        package = ".".join(path.parent.relative_to(ROOT).parts)
        patterns = package_data.get(package, [])
        assert any(fnmatch(path.name, pattern) for pattern in patterns), path
