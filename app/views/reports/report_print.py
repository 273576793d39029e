"""Printing a report through Qt's print preview: the table laid out as HTML in a
QTextDocument (landscape A4) under its title, the period and the as-of date, in a Chinese
font; highlighted cells printed bold on a light background."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.reports.report_table import ReportCell, ReportTable, cell_text, column_format
from app.views.shell.ui_settings import fitted_size

PRINT_POINT_SIZE = 8
# Chinese fonts of Windows, macOS and Linux, the first found printing the page.
CHINESE_FONTS = [
    "Microsoft YaHei",
    "SimSun",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
]


def report_html(
    table: ReportTable, subtitle: str, highlights: frozenset[tuple[int, int]] = frozenset()
) -> str:
    def cells(
        row_index: int, row: tuple[ReportCell, ...], tag: str = "td", bold: bool = False
    ) -> str:
        out = []
        for column, (value, money) in enumerate(zip(row, table.money, strict=True)):
            number_format = column_format(table, column)
            text = value if tag == "th" else cell_text(value, money, number_format)
            align = "right" if money or number_format else "left"
            body = escape(str(text)).replace("\n", "<br>")
            marked = (row_index, column) in highlights
            if bold or marked:
                body = f"<b>{body}</b>"
            style = ' bgcolor="#fde2c8"' if marked else ""
            out.append(f'<{tag} align="{align}"{style}>{body}</{tag}>')
        return "<tr>" + "".join(out) + "</tr>"

    head = cells(-1, table.headers, "th")
    body = "".join(cells(i, r) for i, r in enumerate(table.rows))
    totals = cells(len(table.rows), table.totals, bold=True) if table.totals is not None else ""
    notes = "".join(f"<p>{escape(n)}</p>" for n in table.notes)
    return (
        f"<h3>{escape(table.title)}</h3><p>{escape(subtitle)}</p>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse: collapse; border-color: #888;">'
        f"<thead>{head}</thead><tbody>{body}{totals}</tbody></table>{notes}"
    )


def report_document(
    table: ReportTable, subtitle: str, highlights: frozenset[tuple[int, int]] = frozenset()
) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies([*CHINESE_FONTS, font.family()])
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(report_html(table, subtitle, highlights))
    return document


def page_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(title)
    return printer


def print_to_pdf(document: QTextDocument, title: str, path: Path) -> None:
    """The document printed to a PDF file, as the preview's printer lays it out."""
    printer = page_printer(title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)


class ReportPreview(QPrintPreviewDialog):
    """Qt's print preview of one report; it keeps its printer and document."""

    def __init__(
        self,
        table: ReportTable,
        subtitle: str,
        highlights: frozenset[tuple[int, int]] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        self.page_printer = page_printer(table.title)
        super().__init__(self.page_printer, parent)
        self.setWindowTitle(table.title)
        self.document = report_document(table, subtitle, highlights)
        self.document.setParent(self)
        self.paintRequested.connect(self.document.print_)
        self.resize(fitted_size(self, QSize(1100, 700)))
