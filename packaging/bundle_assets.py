"""Helpers of labledger.spec: the version, the CJK font to bundle, and on Windows the .ico
and the version resource, made at build time from the sources (nothing binary committed)."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

# WenQuanYi Micro Hei (Apache-2.0 or GPL-3 with font exception): TrueType outlines, which
# reportlab embeds; its licence file where the distribution puts it.
FONTS = (
    (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
        "/usr/share/doc/fonts-wqy-microhei/copyright",
    ),
    (
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/licenses/wqy-microhei-fonts/LICENSE_Apache2.txt",
    ),  # Fedora
    (
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/licenses/wqy-microhei/LICENSE_Apache2.txt",
    ),  # Arch
)
FONT_ENV = "LABLEDGER_BUNDLE_FONT"  # path of a font file; its licence as FILE.licence or beside
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def project_version(root: Path) -> str:
    with open(root / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def find_font(build: Path) -> tuple[Path, Path | None] | None:
    """(font file, its licence copied as build/FONT-LICENCE-<font>.txt, or None), or None
    when there is nothing to bundle."""
    found = _find_font()
    if found is None:
        return None
    font, licence = found
    if licence is None:
        return font, None
    build.mkdir(parents=True, exist_ok=True)
    staged = build / f"FONT-LICENCE-{font.stem}.txt"
    staged.write_bytes(licence.read_bytes())
    return font, staged


def _find_font() -> tuple[Path, Path | None] | None:
    chosen = os.environ.get(FONT_ENV, "").strip()
    if chosen:
        font = Path(chosen)
        if not font.is_file():
            raise SystemExit(f"{FONT_ENV}={chosen}: no such file")
        licences = [
            p
            for p in font.parent.glob("*")
            if "licen" in p.name.lower() or "copying" in p.name.lower()
        ]
        return font, (licences[0] if licences else None)
    for font_path, licence_path in FONTS:
        font, licence = Path(font_path), Path(licence_path)
        if font.is_file():
            return font, (licence if licence.is_file() else None)
    return None


def _render_svg(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes (Qt, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def windows_icon(root: Path, build: Path) -> Path:
    """labledger.ico with every usual size, drawn from resources/icons/labledger.svg."""
    import io

    from PIL import Image

    build.mkdir(parents=True, exist_ok=True)
    target = build / "labledger.ico"
    largest = Image.open(
        io.BytesIO(_render_svg(root / "resources" / "icons" / "labledger.svg", 256))
    )
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICON_SIZES])
    return target


def windows_version_file(build: Path, version: str) -> Path:
    """The version resource Explorer shows (Properties > Details), in PyInstaller's format."""
    numbers = [int(p) if p.isdigit() else 0 for p in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'LabLedger'),
      StringStruct('FileDescription', 'LabLedger - receivables for testing laboratories'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'LabLedger'),
      StringStruct('LegalCopyright', 'MIT licence; see resources/licences/NOTICE.txt'),
      StringStruct('OriginalFilename', 'LabLedger.exe'),
      StringStruct('ProductName', 'LabLedger'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""
    build.mkdir(parents=True, exist_ok=True)
    target = build / "version_info.txt"
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":  # python packaging/bundle_assets.py ico OUT_DIR  (a manual check)
    print(windows_icon(Path(__file__).resolve().parents[1], Path(sys.argv[2])))
