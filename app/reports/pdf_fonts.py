"""The Chinese font of the PDF reports: a TrueType font found on this computer, embedded
as a subset so that the text prints the same on any PC and can be copied and searched.

reportlab embeds TrueType outlines only: SimSun (simsun.ttc) and Microsoft YaHei (msyh.ttc)
on Windows, STHeiti or Arial Unicode on macOS, WenQuanYi Micro Hei on Linux work; Noto Sans
CJK and Source Han are CFF (OpenType .otf/.ttc) and are refused. Its built-in CID fonts
(STSong-Light) are not embedded and print blank or as boxes on a PC without them, so they
are never used. Each candidate is opened and must hold every character of PROBE; when none
does, PdfFontError says what to install. The application bundle's own font (resources/fonts,
see packaging/labledger.spec) comes after the system's. ``LABLEDGER_PDF_FONT`` (a path,
optionally ``path#index`` for a .ttc collection) or an explicit path chooses the font.

The font is read once per process (a CJK font file takes a quarter of a second to parse)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.domain.errors import PdfFontError

ENV_VAR = "LABLEDGER_PDF_FONT"
# Characters every statement and letter prints: a font without them would print boxes.
PROBE = "对账单核对相符不差异如下客户盖章壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负零¥（），：□"

# Preferred first: fonts made for Chinese text (TrueType outlines), then wide fallbacks.
WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simsun.ttf", "simhei.ttf", "simkai.ttf")
MAC_FONTS = (
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
)
LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
# Fonts shipped with the application bundle (packaging/labledger.spec puts WenQuanYi Micro
# Hei there): the last resort on any system, so that a PC without a Chinese font prints too.
BUNDLED_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

_lock = threading.Lock()
_found: dict[str, CjkFont] = {}


@dataclass(frozen=True)
class CjkFont:
    """A registered reportlab font: ``name`` is what the reports set on the canvas."""

    name: str
    path: Path
    subfont_index: int
    family: str
    characters: frozenset[int]
    # Advance widths in thousandths of the font size, by code point.
    widths: dict[int, float] = field(compare=False, repr=False, default_factory=dict)
    default_width: float = 1000.0

    def width(self, text: str, size: float) -> float:
        """What reportlab's stringWidth gives, read from the font's table directly (wrapping
        a thousand lines measures every character of them)."""
        get, default = self.widths.get, self.default_width
        return sum(get(ord(c), default) for c in text) * size / 1000

    def missing(self, text: str) -> str:
        """The characters of ``text`` the font has no glyph for (each once, in order)."""
        found = dict.fromkeys(c for c in text if ord(c) not in self.characters and c.isprintable())
        return "".join(found)


def find_cjk_font(path: str | Path | None = None) -> CjkFont:
    """The font to print Chinese with: ``path`` when given, else the one named by
    LABLEDGER_PDF_FONT, else the first usable one of this computer's fonts."""
    chosen = str(path) if path is not None else os.environ.get(ENV_VAR, "").strip()
    with _lock:
        if chosen in _found:
            return _found[chosen]
        font = _explicit(chosen) if chosen else _search()
        _found[chosen] = font
        return font


def _explicit(text: str) -> CjkFont:
    file, _, index = text.partition("#")
    location = Path(file).expanduser()
    if not location.is_file():
        raise PdfFontError("There is no font file at {path}.", path=str(location))
    try:
        subfont = int(index) if index else 0
    except ValueError:
        raise PdfFontError(
            "The font {path} cannot be used: after # comes the number of the font in the "
            "collection, e.g. simsun.ttc#0.",
            path=text,
        ) from None
    font, problem = _load(location, subfont)
    if font is not None:
        return font
    if problem == "outlines":
        raise PdfFontError(
            "The font {path} cannot be embedded in a PDF: it is not a TrueType font. Use a "
            ".ttf or .ttc font with TrueType outlines, such as SimSun, Microsoft YaHei or "
            "WenQuanYi Micro Hei.",
            path=str(location),
        )
    raise PdfFontError(
        "The font {path} lacks Chinese characters. Use a Chinese TrueType font, such as "
        "SimSun, Microsoft YaHei or WenQuanYi Micro Hei.",
        path=str(location),
    )


def _search() -> CjkFont:
    for location in dict.fromkeys(candidates()):
        font, _ = _load(location, 0)
        if font is not None:
            return font
    raise PdfFontError()


def candidates() -> Iterator[Path]:
    """Font files to try, the likeliest first; only those that exist."""
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    local = os.environ.get("LOCALAPPDATA")
    user_windows = Path(local) / "Microsoft" / "Windows" / "Fonts" if local else None
    listed: list[Path] = []
    if sys.platform == "win32":
        for name in WINDOWS_FONTS:
            listed.append(windows / name)
            if user_windows is not None:
                listed.append(user_windows / name)
    elif sys.platform == "darwin":
        listed += [Path(p) for p in MAC_FONTS]
        listed += _user_fonts(Path.home() / "Library" / "Fonts")
    else:
        listed += [Path(p) for p in LINUX_FONTS]
        listed += _fontconfig_fonts()
        for folder in (Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"):
            listed += _user_fonts(folder)
    listed += _user_fonts(BUNDLED_FONTS)
    return (p for p in listed if p.is_file())


def _user_fonts(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc"))


def _fontconfig_fonts() -> list[Path]:
    """The Chinese TrueType fonts fontconfig knows (fonts installed anywhere)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run(
            [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = (line.strip().rstrip(":") for line in out.splitlines())
    return sorted(Path(f) for f in files if f.lower().endswith((".ttf", ".ttc")))


def _load(location: Path, subfont: int) -> tuple[CjkFont | None, str]:
    """The font registered with reportlab, or None and why not ("outlines", "glyphs")."""
    key = f"{location.resolve()}#{subfont}"
    name = "CJK-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    try:
        ttf = TTFont(name, str(location), subfontIndex=subfont)
    except (TTFError, OSError, ValueError, IndexError, KeyError, AssertionError):
        return None, "outlines"
    characters = frozenset(ttf.face.charToGlyph)
    if any(ord(c) not in characters for c in PROBE):
        return None, "glyphs"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(ttf)
    family = ttf.face.familyName
    family_text = family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)
    widths = dict(ttf.face.charWidths)
    return CjkFont(
        name, location, subfont, family_text, characters, widths, ttf.face.defaultWidth
    ), ""
