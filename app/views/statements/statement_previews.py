"""Statements and dunning letters in the print preview, from the statements section and the
customer 360 view alike: a draft (nothing recorded, "预览，未登记" on it) that can be issued
from the preview, an issued statement reprinted with the figures it was issued with, and a
customer's dunning letter (催款函), recorded in its follow-ups once sent.

Reading and PDF making run off the GUI thread; the dialog opens when the PDF is ready and is
handed to ``on_open`` (the opener keeps it, and tests inspect it)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.session import Database
from app.domain.errors import LabLedgerError
from app.reports.dunning_pdf import dunning_letter_pdf
from app.reports.statement_files import file_name
from app.reports.statement_pdf import statement_pdf
from app.services.core.permissions import SALES
from app.services.core.settings_service import get_lab_images
from app.services.statements.dunning_service import (
    DunningLetter,
    build_dunning_letter,
    record_dunning_letter,
)
from app.services.statements.statement_content import StatementContent
from app.services.statements.statement_service import (
    IssuedStatement,
    draft_statement,
    issue_statement,
    signed_scan,
    statement_content,
)
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.statements.pdf_preview import PdfPreviewDialog
from app.views.widgets.icons import Icon, icon

OnOpen = Callable[[PdfPreviewDialog], None]


@dataclass(frozen=True)
class RenderedStatement:
    content: StatementContent
    pdf: bytes


@dataclass(frozen=True)
class RenderedLetter:
    letter: DunningLetter
    pdf: bytes


def render_statement(db: Database, content: StatementContent) -> RenderedStatement:
    with db.read() as session:
        images = get_lab_images(session)
    return RenderedStatement(content, statement_pdf(content, images=images))


def _draft(op: Op, customer_id: int, start: date, end: date, today: date) -> RenderedStatement:
    with op.database.read() as session:
        content = draft_statement(session, customer_id, start, end, today)
    return render_statement(op.database, content)


def _issued(op: Op, statement_id: int) -> RenderedStatement:
    with op.database.read() as session:
        content = statement_content(session, statement_id)
    return render_statement(op.database, content)


def _letter(op: Op, customer_id: int, as_of: date) -> RenderedLetter:
    with op.database.read() as session:
        letter = build_dunning_letter(session, customer_id, as_of)
        images = get_lab_images(session)
    return RenderedLetter(letter, dunning_letter_pdf(letter, images=images))


class StatementPreviewDialog(PdfPreviewDialog):
    """A statement in the preview; a draft has "Issue", which records it (with a number)
    and shows the statement as issued."""

    issued = Signal(object)  # IssuedStatement

    def __init__(
        self, ctx: ViewContext, rendered: RenderedStatement, parent: QWidget | None = None
    ) -> None:
        self.ctx = ctx
        self.content = rendered.content
        super().__init__(
            rendered.pdf,
            self._title(rendered.content),
            file_name(rendered.content),
            parent,
            ctx.errors,
        )
        self.issue_action: QAction | None = None
        if self.content.is_draft:
            self.issue_action = QAction(icon(Icon.APPROVE), self.tr("Issue statement"), self)
            self.issue_action.setToolTip(
                self.tr(
                    "Record the statement with a number and today's date; it then prints "
                    "with its number and can be reprinted with the same figures."
                )
            )
            self.issue_action.setEnabled(ctx.actor.can(*SALES))
            self.issue_action.triggered.connect(self.issue)
            self.add_action(self.issue_action)

    def _title(self, content: StatementContent) -> str:
        period = f"{content.period_from.isoformat()} – {content.period_to.isoformat()}"
        if content.is_draft:
            return self.tr("Statement (draft) – {customer}, {period}").format(
                customer=content.customer.name, period=period
            )
        return self.tr("Statement {number} – {customer}, {period}").format(
            number=content.number, customer=content.customer.name, period=period
        )

    def issue(self) -> None:
        if self.issue_action is None or not self.content.is_draft:
            return
        self.issue_action.setEnabled(False)
        content, actor = self.content, self.ctx.actor
        self.ctx.writer.write(
            lambda op: issue_statement(
                op.database, actor, content.customer.id, content.period_from, content.period_to
            ),
            self._recorded,
            owner=self,
            on_expected_error=self._refused,
        )

    def _refused(self, exc: LabLedgerError) -> None:
        if self.issue_action is not None:
            self.issue_action.setEnabled(True)
        self.ctx.runner.report_exception(exc)

    def _recorded(self, issued: IssuedStatement) -> None:
        self.ctx.bus.notice(
            self.tr("Statement {number} issued to {customer}.").format(
                number=issued.number, customer=issued.content.customer.name
            )
        )
        db = self.ctx.db
        self.ctx.runner.run(
            lambda _op: render_statement(db, issued.content),
            lambda rendered: self._show_issued(rendered, issued),
            owner=self,
        )

    def _show_issued(self, rendered: RenderedStatement, issued: IssuedStatement) -> None:
        self.content = rendered.content
        self.file_name = file_name(rendered.content)
        if self.issue_action is not None:
            self.hide_action(self.issue_action)
        self.show_pdf(rendered.pdf, self._title(rendered.content))
        self.issued.emit(issued)


class DunningPreviewDialog(PdfPreviewDialog):
    """A dunning letter in the preview, with "Record as sent" (a follow-up is logged)."""

    def __init__(
        self, ctx: ViewContext, rendered: RenderedLetter, parent: QWidget | None = None
    ) -> None:
        self.ctx = ctx
        self.letter = rendered.letter
        customer = rendered.letter.customer
        title = self.tr("Dunning letter – {customer}").format(customer=customer.name)
        name = self.tr("Dunning letter")
        super().__init__(
            rendered.pdf,
            title,
            f"{customer.code}_{name}_{rendered.letter.as_of.isoformat()}.pdf",
            parent,
            ctx.errors,
        )
        self.record_action = QAction(icon(Icon.FOLLOW_UP), self.tr("Record as sent"), self)
        self.record_action.setToolTip(self.tr("Log the letter in the customer's follow-ups."))
        self.record_action.setEnabled(ctx.actor.can(*SALES))
        self.record_action.triggered.connect(self.record)
        self.add_action(self.record_action)

    def record(self) -> None:
        self.record_action.setEnabled(False)
        letter, actor = self.letter, self.ctx.actor
        self.ctx.writer.write(
            lambda op: record_dunning_letter(op.database, actor, letter),
            lambda _id: self.ctx.bus.notice(
                self.tr("The dunning letter to {customer} is logged in its follow-ups.").format(
                    customer=letter.customer.name
                )
            ),
            owner=self,
        )


def _opened(dialog: PdfPreviewDialog, on_open: OnOpen | None) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if on_open is not None:
        on_open(dialog)


def open_draft_preview(
    ctx: ViewContext,
    parent: QWidget,
    customer_id: int,
    start: date,
    end: date,
    on_open: OnOpen | None = None,
    on_error: Callable[[LabLedgerError], None] | None = None,
) -> None:
    """What the customer's statement for the period would say, in the preview."""
    today = ctx.as_of()
    ctx.runner.run(
        lambda op: _draft(op, customer_id, start, end, today),
        lambda rendered: _opened(StatementPreviewDialog(ctx, rendered, parent), on_open),
        owner=parent,
        on_expected_error=on_error,
    )


def open_statement_preview(
    ctx: ViewContext, parent: QWidget, statement_id: int, on_open: OnOpen | None = None
) -> None:
    """An issued statement again, with the figures it was issued with."""
    ctx.runner.run(
        lambda op: _issued(op, statement_id),
        lambda rendered: _opened(StatementPreviewDialog(ctx, rendered, parent), on_open),
        owner=parent,
    )


def open_dunning_preview(
    ctx: ViewContext, parent: QWidget, customer_id: int, on_open: OnOpen | None = None
) -> None:
    """The customer's overdue invoices as of today, in a dunning letter."""
    as_of = ctx.as_of()
    ctx.runner.run(
        lambda op: _letter(op, customer_id, as_of),
        lambda rendered: _opened(DunningPreviewDialog(ctx, rendered, parent), on_open),
        owner=parent,
    )


def scan_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "labledger-scans"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_scan(
    ctx: ViewContext,
    parent: QWidget,
    statement_id: int,
    opener: Callable[[Path], None] | None = None,
) -> None:
    """The scan of the signed slip, in the program the PC opens such files with."""

    def shown(found: tuple[str, bytes] | None) -> None:
        if found is None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("StatementPreviews", "Signed slip"),
                QCoreApplication.translate(
                    "StatementPreviews", "No scan of the signed slip is attached to this statement."
                ),
            )
            return
        name, data = found
        path = scan_folder() / f"{statement_id}_{Path(name).name}"
        path.write_bytes(data)
        if opener is not None:
            opener(path)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    ctx.runner.query(lambda session: signed_scan(session, statement_id), shown, owner=parent)
