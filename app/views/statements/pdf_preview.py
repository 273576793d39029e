"""A PDF made by the reports (a statement, a dunning letter) in Qt's print preview: the pages
are the PDF's own, rasterised by PDFium (pypdfium2) at the printer's resolution and painted
onto the printer's pages, so the preview and the printout are what "Save as PDF" writes.
Printing goes through the system's printer dialog (the preview's print button); "Save as
PDF" writes the PDF bytes themselves (vector, with the embedded font).

PySide6-Essentials has no QtPdf (it is in the large PySide6-Addons); pypdfium2 is a small wheel
with PDFium inside, already used by pdfplumber in the tests.

The dialog is built apart from being shown, so tests inspect it (``page_count``,
``preview.pageCount()``) without running a modal loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QRect, QSize, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from app.domain.errors import ReportFileError
from app.views.shell.error_dialogs import ErrorPresenter
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.icons import Icon, icon

# Pages are rasterised at the printer's resolution within these bounds: sharp on paper,
# and an A4 page at 300 dpi is 35 MB of pixels, drawn one at a time. The preview keeps
# every page it shows (as a QPicture), so it gets them at screen sharpness: 40 pages of a
# long statement are then under 200 MB rather than 1.4 GB.
MIN_DPI = 150
MAX_DPI = 300
PREVIEW_DPI = 120
PDF_POINTS_PER_INCH = 72
PREFERRED_WIDTH, PREFERRED_HEIGHT = 960, 900


class PdfPages:
    """The pages of a PDF held in memory, rendered as images on demand (GUI thread)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._doc = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._doc)

    def image(self, index: int, dpi: float) -> QImage:
        page = self._doc[index]
        try:
            bitmap = page.render(scale=dpi / PDF_POINTS_PER_INCH, prefer_bgrx=True)
            try:
                # BGRx bytes are QImage's RGB32 on little-endian machines (every PC).
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                )
                return image.copy()  # the bitmap's memory goes with it
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        self._doc.close()


def paint_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Every page of ``pages`` onto ``printer``, one PDF page per sheet, to scale; the
    resolution the pages were rendered at."""
    printer.setFullPage(True)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    printer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    engine = painter.paintEngine()
    previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
    dpi = PREVIEW_DPI if previewing else min(MAX_DPI, max(MIN_DPI, printer.resolution()))
    try:
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.image(index, dpi)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return dpi


class PdfPreviewDialog(QPrintPreviewDialog):
    """Print preview of a PDF, with "Save as PDF…" beside the print button."""

    def __init__(
        self,
        data: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        errors: ErrorPresenter | None = None,
    ) -> None:
        self.print_target = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.print_target, parent)
        self.setWindowTitle(title)
        self.file_name = file_name
        self.errors = errors
        self.saved_path: Path | None = None
        self.painted_dpi = 0  # the resolution pages were last rendered at
        self.pages = PdfPages(data)
        self.print_target.setDocName(title)
        self.paintRequested.connect(self._paint)
        self.preview = self.findChild(QPrintPreviewWidget)
        toolbar = self.findChild(QToolBar)
        self.save_action = QAction(icon(Icon.EXPORT), self.tr("Save as PDF…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.extra_actions: list[QAction] = [self.save_action]
        self.toolbar: QToolBar | None = toolbar
        self._placed: dict[QAction, QAction] = {}
        if toolbar is not None:
            toolbar.addSeparator()
        self._add_labelled(self.save_action)
        self._fit_to_screen()
        # What "Save as PDF…" asks for a path with; tests replace it.
        self.ask_path: Callable[[], Path | None] = self._ask_path

    @property
    def data(self) -> bytes:
        return self.pages.data

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def add_action(self, action: QAction) -> None:
        """An action of the document's own (issue it, record it as sent)."""
        self.extra_actions.append(action)
        self._add_labelled(action)

    def _add_labelled(self, action: QAction) -> None:
        """Our actions show their text beside the icon: the preview's own are icons only,
        which users know from every print preview; ours they do not."""
        if self.toolbar is None:
            return
        button = QToolButton(self.toolbar)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._placed[action] = self.toolbar.addWidget(button)

    def hide_action(self, action: QAction) -> None:
        """Take an action of ours off the toolbar (issuing, once done)."""
        action.setVisible(False)
        placed = self._placed.get(action)
        if placed is not None:
            placed.setVisible(False)

    def _fit_to_screen(self) -> None:
        size = QSize(PREFERRED_WIDTH, PREFERRED_HEIGHT)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size() - QSize(40, 60)
            size = size.boundedTo(room)
        self.resize(size)

    def show_pdf(self, data: bytes, title: str | None = None) -> None:
        """Show another version of the document (the statement once issued)."""
        self.pages.close()
        self.pages = PdfPages(data)
        if title is not None:
            self.setWindowTitle(title)
            self.print_target.setDocName(title)
        if self.preview is not None:
            self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        self.painted_dpi = paint_pages(self.pages, printer)

    def _ask_path(self) -> Path | None:
        return ask_save_path(
            self,
            self.tr("Save as PDF"),
            FilePurpose.EXPORT,
            self.tr("PDF files (*.pdf)"),
            file_name=self.file_name,
            suffix=".pdf",
        )

    def save_as(self) -> Path | None:
        path = self.ask_path()
        if path is None:
            return None
        try:
            path.write_bytes(self.pages.data)
        except OSError as exc:
            error = ReportFileError(path=str(path), reason=exc.strerror or str(exc))
            if self.errors is None:
                raise error from exc
            self.errors.expected(error)
            return None
        self.saved_path = path
        return path
