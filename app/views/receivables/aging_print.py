"""Printing the 应收 table as shown, through Qt's print preview: the table is laid out as an
HTML table in a QTextDocument (landscape A4), with the title, the totals row and the notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.money import Money
from app.reports.report_table import ReportCell, ReportTable
from app.views.shell.ui_settings import fitted_size

PRINT_POINT_SIZE = 8


def report_html(table: ReportTable) -> str:
    def cells(row: tuple[ReportCell, ...], tag: str = "td", bold: bool = False) -> str:
        out = []
        for value, money in zip(row, table.money, strict=True):
            text = Money(value).format() if money and isinstance(value, int) else str(value)
            align = "right" if money else "left"
            body = escape(text).replace("\n", "<br>")
            if bold:
                body = f"<b>{body}</b>"
            out.append(f'<{tag} align="{align}">{body}</{tag}>')
        return "<tr>" + "".join(out) + "</tr>"

    head = cells(table.headers, "th")
    body = "".join(cells(r) for r in table.rows)
    totals = cells(table.totals, bold=True) if table.totals is not None else ""
    notes = "".join(f"<p>{escape(n)}</p>" for n in table.notes)
    return (
        f"<h3>{escape(table.title)}</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse: collapse; border-color: #888;">'
        f"<thead>{head}</thead><tbody>{body}{totals}</tbody></table>{notes}"
    )


def report_document(table: ReportTable) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(report_html(table))
    return document


class ReportPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of one report table; it keeps its printer and document."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        self.page_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.page_printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.page_printer.setDocName(table.title)
        super().__init__(self.page_printer, parent)
        self.setWindowTitle(table.title)
        self.document = report_document(table)
        self.document.setParent(self)
        self.paintRequested.connect(self.document.print_)
        self.resize(fitted_size(self, QSize(1100, 760)))
