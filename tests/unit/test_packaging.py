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


def test_a_pc_without_a_chinese_font_prints_with_the_bundled_one(monkeypatch, tmp_path):
    """The application bundle puts a font in resources/fonts; found after the system's."""
    from app.reports import pdf_fonts

    system = next(pdf_fonts.candidates(), None)
    assert system is not None, "the test machine needs a Chinese TrueType font"
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    (bundled / system.name).symlink_to(system)
    monkeypatch.setattr(pdf_fonts, "LINUX_FONTS", ())
    monkeypatch.setattr(pdf_fonts, "_fontconfig_fonts", list)
    monkeypatch.setattr(pdf_fonts.Path, "home", lambda: tmp_path / "home")
    monkeypatch.setattr(pdf_fonts, "BUNDLED_FONTS", bundled)
    monkeypatch.setattr(pdf_fonts, "_found", {})
    monkeypatch.delenv(pdf_fonts.ENV_VAR, raising=False)
    assert list(pdf_fonts.candidates()) == [bundled / system.name]
    assert pdf_fonts.find_cjk_font().path == bundled / system.name
