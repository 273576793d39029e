"""What the lab's PDF documents (statements, dunning letters) share: A4 portrait pages with
"第 x 页 共 y 页" counted per document (several documents may share one file), a running
header on continuation pages, the letterhead, headings, money and date formats, and the
wrapping of Chinese text to a column. Black on white with light grey fills only, so that
they print cleanly on any office printer."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib import textsplit
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as rl_paragraph

from app.reports.pdf_fonts import CjkFont
from app.services.core.settings_service import LabImages, LabProfile

log = logging.getLogger(__name__)

# Page streams compressed and kept binary: ASCII85 text would make them a quarter larger
# and cost a tenth of the time of a long statement.
rl_config.useA85 = 0
# Chinese punctuation that must not start a line (标点禁则): reportlab's list has the
# half-width forms and 。、） but not these, and would put a lone "：" on the next line.
_CANNOT_START: str = rl_paragraph.ALL_CANNOT_START  # type: ignore[attr-defined]
_CANNOT_START += "".join(c for c in "，：；！？”’》" if c not in _CANNOT_START)
# Both line breakers read it: Paragraph's own and textsplit's.
rl_paragraph.ALL_CANNOT_START = _CANNOT_START  # type: ignore[attr-defined]
textsplit.ALL_CANNOT_START = _CANNOT_START  # type: ignore[misc]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN_X

LIGHT = Color(0.9, 0.9, 0.9)
FAINT = Color(0.95, 0.95, 0.95)
RULE = Color(0.45, 0.45, 0.45)


def amount(fen: int) -> str:
    """'12,345.60' or '-12,345.60': the figures of a table headed 金额单位：元."""
    yuan, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{yuan:,}.{cents:02d}"


def long_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def style(
    font: CjkFont, size: float = 9, leading: float | None = None, **kw: Any
) -> ParagraphStyle:
    return ParagraphStyle(
        f"{font.name}-{size}",
        fontName=font.name,
        fontSize=size,
        leading=leading or size * 1.45,
        wordWrap="CJK",
        **kw,
    )


def wrap(text: str, font: CjkFont, size: float, width: float, max_lines: int = 2) -> str:
    """``text`` broken into lines that fit ``width`` (Chinese breaks anywhere; each "\n"
    starts a new line), at most ``max_lines``; what does not fit ends in '…'."""
    limit = width * 1000 / size  # in the font's units
    get, default = font.widths.get, font.default_width
    lines: list[str] = []
    for paragraph in text.split("\n"):
        start, used = 0, 0.0
        for index, char in enumerate(paragraph):
            advance = get(ord(char), default)
            if used + advance > limit and index > start:
                lines.append(paragraph[start:index])
                start, used = index, 0.0
            used += advance
        lines.append(paragraph[start:])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and font.width(last + "…", size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return "\n".join(lines)


def join_fitting(parts: Sequence[str], font: CjkFont, size: float, width: float) -> list[str]:
    """Lines of whole ``parts`` (a part longer than a line is wrapped by itself)."""
    lines: list[str] = []
    current = ""
    for part in (p for p in parts if p):
        joined = f"{current}　{part}" if current else part
        if font.width(joined, size) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        current = part
        if font.width(part, size) > width:
            *whole, current = wrap(part, font, size, width, 10).split("\n")
            lines += whole
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class PageDecor:
    """The page furniture of one document within a file."""

    font: CjkFont
    footer: str  # left of the footer, e.g. "对账单 DZ2026000001"
    footer_right: str
    running_header: str  # on the second and later pages
    watermark: str = ""  # e.g. "预览" on a draft


class DecoratedCanvas(Canvas):
    """Holds each page until the file is saved, then draws each page's header, footer
    and "第 x 页 共 y 页" counted within its document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.decor: PageDecor | None = None

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        decors = [state["decor"] for state in self._held]
        pages: list[int] = []
        for index, decor in enumerate(decors):
            pages.append(pages[-1] + 1 if index and decors[index - 1] is decor else 1)
        totals = [0] * len(pages)
        run = 0
        for index in reversed(range(len(pages))):
            if index == len(pages) - 1 or pages[index + 1] == 1:
                run = pages[index]
            totals[index] = run
        for state, page, total in zip(self._held, pages, totals, strict=True):
            self.__dict__.update(state)
            if self.decor is not None:
                _decorate(self, self.decor, page, total)
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, decor: PageDecor, page: int, total: int) -> None:
    font = decor.font.name
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.setFont(font, 8)
    y = MARGIN_BOTTOM - 9 * mm
    canvas.drawCentredString(PAGE_WIDTH / 2, y, f"第 {page} 页 共 {total} 页")
    canvas.setFont(font, 7.5)
    canvas.drawString(MARGIN_X, y, decor.footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, decor.footer_right)
    if page > 1 and decor.running_header:
        top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.setFont(font, 8)
        canvas.drawString(MARGIN_X, top, decor.running_header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    if decor.watermark:
        canvas.setFillColor(black)
        canvas.setFillAlpha(0.08)
        canvas.setFont(font, 110)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -40, decor.watermark)
    canvas.restoreState()


class StartDocument(Flowable):
    """Placed first in each document of a file: its pages get this decor."""

    def __init__(self, decor: PageDecor) -> None:
        super().__init__()
        self.decor = decor

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.decor = self.decor  # type: ignore[attr-defined]


def bold_text(
    canvas: Canvas, font: CjkFont, size: float, x: float, y: float, text: str, align: str = "left"
) -> None:
    """Text drawn filled and stroked: the CJK fonts have no bold face."""
    width = stringWidth(text, font.name, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    canvas.saveState()
    canvas.setLineWidth(size * 0.035)
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    obj = canvas.beginText(x, y)
    obj.setTextRenderMode(2)
    obj.setFont(font.name, size)
    obj.textOut(text)
    canvas.drawText(obj)
    canvas.restoreState()


class Heading(Flowable):
    """A centred title such as 对 账 单, letter-spaced, in faux bold."""

    def __init__(self, font: CjkFont, text: str, size: float = 18, space: float = 4) -> None:
        super().__init__()
        self.font, self.text, self.size, self.space = font, text, size, space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.2 + self.space * 2

    def draw(self) -> None:
        spaced = "\u2002".join(self.text)
        bold_text(self.canv, self.font, self.size, self.width / 2, self.space + 2, spaced, "center")


class Letterhead(Flowable):
    """The lab's name (and logo, if set), its address, phone and tax id, a double rule."""

    def __init__(self, font: CjkFont, lab: LabProfile, images: LabImages) -> None:
        super().__init__()
        self.font, self.lab = font, lab
        self.logo = _image(images.logo)
        self.details = [
            f"地址：{lab.address}" if lab.address else "",
            f"电话：{lab.phone}" if lab.phone else "",
            f"统一社会信用代码：{lab.tax_id}" if lab.tax_id else "",
        ]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        # Clear of the logo on the left, and as far from the right edge.
        self.lines = join_fitting(self.details, self.font, 8.5, avail_width - 64 * mm)[:3]
        self.height = 12 * mm + 4.2 * mm * len(self.lines)
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        if self.logo is not None:
            w, h = self.logo.getSize()
            scale = min(30 * mm / w, (self.height - 4 * mm) / h)
            c.drawImage(
                self.logo,
                0,
                top - h * scale - 1 * mm,
                w * scale,
                h * scale,
                mask="auto",
                preserveAspectRatio=True,
            )
        name = self.lab.name or "（请在设置中填写检测机构名称）"
        bold_text(c, self.font, 16, self.width / 2, top - 7 * mm, name, "center")
        c.setFont(self.font.name, 8.5)
        y = top - 12 * mm
        for line in self.lines:
            c.drawCentredString(self.width / 2, y, line)
            y -= 4.2 * mm
        c.setStrokeColor(black)
        c.setLineWidth(1.2)
        c.line(0, 1.4, self.width, 1.4)
        c.setLineWidth(0.4)
        c.line(0, 0, self.width, 0)


class CutLine(Flowable):
    """A dashed line across the page with a note in its middle."""

    def __init__(self, font: CjkFont, text: str) -> None:
        super().__init__()
        self.font, self.text = font, text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 8 * mm

    def draw(self) -> None:
        c = self.canv
        size = 7.5
        text_width = stringWidth(self.text, self.font.name, size) + 6 * mm
        y = 4 * mm
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        left = (self.width - text_width) / 2
        c.line(0, y, left, y)
        c.line(left + text_width, y, self.width, y)
        c.setFillColor(black)
        c.setFont(self.font.name, size)
        c.drawCentredString(self.width / 2, y - size / 3, self.text)
        c.restoreState()


class Sealed(Flowable):
    """The issuer's name and date, right-aligned, with the seal image stamped over them
    (as a seal is pressed on the signature) when one is set."""

    SEAL = 36 * mm  # a round 公章 is 38-42 mm across; its image has a margin

    def __init__(self, font: CjkFont, lines: Sequence[str], seal: bytes | None) -> None:
        super().__init__()
        self.font, self.lines = font, list(lines)
        self.seal = _image(seal)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text = len(self.lines) * 6 * mm + 2 * mm
        self.height = max(text, self.SEAL) if self.seal is not None else max(text, 16 * mm)
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        right = self.width - 6 * mm
        widths = [self.font.width(line, 10) for line in self.lines]
        centre = right - max(widths) / 2
        middle = self.height / 2
        c.setFont(self.font.name, 10)
        y = middle + (len(self.lines) * 6 * mm) / 2 - 4.5 * mm
        for line in self.lines:
            c.drawCentredString(centre, y, line)
            y -= 6 * mm
        if self.seal is not None:
            w, h = self.seal.getSize()
            scale = self.SEAL / max(w, h)
            c.drawImage(
                self.seal,
                centre - w * scale / 2,
                middle - h * scale / 2,
                w * scale,
                h * scale,
                mask="auto",
            )


def _image(data: bytes | None) -> ImageReader | None:
    """The stored logo or seal, or None when there is none or it cannot be read (the
    settings accept only PNG or JPEG, but a damaged file can still slip through): the
    document is printed without it and the log says why."""
    if not data:
        return None
    try:
        reader = ImageReader(BytesIO(data))
        reader.getSize()
    except (OSError, ValueError) as exc:  # PIL's UnidentifiedImageError is an OSError
        log.warning("lab image left out of the PDF: %s", exc)
        return None
    return reader


def page_template_args() -> dict[str, Any]:
    return {
        "pagesize": A4,
        "leftMargin": MARGIN_X,
        "rightMargin": MARGIN_X,
        "topMargin": MARGIN_TOP,
        "bottomMargin": MARGIN_BOTTOM,
    }


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]  # plain text; "\n" breaks a cell's lines
    shaded: bool = False
    rule_above: bool = False  # a heavier rule above the row (a totals row)


class LedgerTable(Flowable):
    """A long table of plain text cells, drawn straight onto the canvas, split between rows
    with the header repeated on every page. reportlab's Table styles and measures each cell
    on its own (a thousand rows cost it most of a second); this draws a page of rows as one
    text object and one set of rules, and finds where to split by bisection."""

    def __init__(
        self,
        font: CjkFont,
        size: float,
        widths: Sequence[float],
        aligns: Sequence[str],  # "left", "right" or "center" per column
        header: Sequence[str],
        rows: Sequence[Row],
        *,
        pad: float = 3,
        _parts: tuple[list[float], int, int] | None = None,
    ) -> None:
        super().__init__()
        self.font, self.size = font, size
        self.widths, self.aligns = list(widths), list(aligns)
        self.header, self.rows = tuple(header), rows
        self.pad = pad
        self.leading = size * 1.3
        self.header_height = self._height(Row(self.header))
        if _parts is None:
            tops = [0.0]
            for row in rows:
                tops.append(tops[-1] + self._height(row))
            self._tops, self.start, self.end = tops, 0, len(rows)
        else:
            self._tops, self.start, self.end = _parts

    def _height(self, row: Row) -> float:
        lines = max(cell.count("\n") for cell in row.cells) + 1 if row.cells else 1
        return lines * self.leading + 4.5

    def _body(self, start: int, end: int) -> float:
        return self._tops[end] - self._tops[start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + self._body(self.start, self.end)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        # The last row that still fits: tops are increasing.
        fits = bisect.bisect_right(self._tops, self._tops[self.start] + room, self.start) - 1
        if fits <= self.start or self.end - self.start < 2:
            return []
        return [self._part(self.start, fits), self._part(fits, self.end)]

    def _part(self, start: int, end: int) -> LedgerTable:
        return LedgerTable(
            self.font,
            self.size,
            self.widths,
            self.aligns,
            self.header,
            self.rows,
            pad=self.pad,
            _parts=(self._tops, start, end),
        )

    def draw(self) -> None:
        c = self.canv
        rows = [Row(self.header, shaded=True), *self.rows[self.start : self.end]]
        heights = [self.header_height] + [
            self._tops[i + 1] - self._tops[i] for i in range(self.start, self.end)
        ]
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        c.saveState()
        y = self.height
        tops = []
        for row, height in zip(rows, heights, strict=True):
            tops.append(y)
            if row.shaded:
                c.setFillColor(LIGHT if row is rows[0] else FAINT)
                c.rect(0, y - height, self.width, height, stroke=0, fill=1)
            y -= height
        tops.append(0.0)
        c.setFillColor(black)
        text = c.beginText()
        text.setFont(self.font.name, self.size, self.leading)
        for index, (row, top) in enumerate(zip(rows, tops, strict=False)):
            align = ["center"] * len(self.widths) if index == 0 else self.aligns
            baseline = top - 2 - self.size
            for cell, left, right, how in zip(row.cells, edges[:-1], edges[1:], align, strict=True):
                line_y = baseline
                for line in cell.split("\n"):
                    if line:
                        if how == "right":
                            x = right - self.pad - self.font.width(line, self.size)
                        elif how == "center":
                            x = (left + right - self.font.width(line, self.size)) / 2
                        else:
                            x = left + self.pad
                        text.setTextOrigin(x, line_y)
                        text.textOut(line)
                    line_y -= self.leading
        c.drawText(text)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.lines(
            [(0, t, self.width, t) for t in tops[2:-1]]
            + [(x, 0, x, self.height) for x in edges[1:-1]]
        )
        c.setStrokeColor(black)
        c.setLineWidth(0.8)
        heavy = [(0, tops[1], self.width, tops[1])]
        heavy += [
            (0, top, self.width, top)
            for row, top in zip(rows, tops, strict=False)
            if row.rule_above
        ]
        c.lines(heavy)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.restoreState()
