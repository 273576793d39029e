"""The period-end batch: the statement of every customer with a balance or entries in the
period, one PDF per customer into a folder or all in one PDF, issued or as drafts. It runs
on the writer (issuing records statements) with progress and Cancel; statement_files
writes each file whole, the combined file only once every statement is in it, and issues
nothing after a cancel (the chunk already recorded keeps its numbers; running the batch
again reprints them under the same numbers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.reports.statement_files import StatementBatch, write_statement_files
from app.services.core.changes import Changed
from app.services.core.context import Actor
from app.services.core.permissions import SALES
from app.services.statements.statement_builder import check_period, statement_customers
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.statements.period_chooser import StatementPeriodChooser
from app.views.widgets.file_dialogs import FilePurpose, ask_folder, ask_save_path
from app.views.widgets.form_errors import MessageBar


def run_batch(
    op: Op,
    actor: Actor,
    start: date,
    end: date,
    target: Path,
    combined: bool,
    draft: bool,
) -> Changed[StatementBatch]:
    """Find the period's customers and write their statements (on the writer's thread)."""
    check_period(start, end, actor.clock.today())
    with op.database.read() as session:
        ids = statement_customers(session, start, end)
    op.report(0, len(ids))
    return write_statement_files(
        op.database,
        actor,
        ids,
        start,
        end,
        out_dir=None if combined else target,
        combined=target if combined else None,
        draft=draft,
        progress=lambda done, total: op.report(done, total),
        cancelled=op.is_cancelled,
    )


class BatchDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.op: Op | None = None
        self.batch: StatementBatch | None = None
        self.target: Path | None = None
        self.setWindowTitle(self.tr("Statements for every customer"))
        self.setMinimumWidth(560)
        self.period = StatementPeriodChooser(ctx.as_of())
        self.per_customer = QRadioButton(self.tr("One PDF per customer, into a folder"))
        self.combined = QRadioButton(self.tr("All in one PDF file"))
        self.per_customer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_customer)
        group.addButton(self.combined)
        self.draft = QCheckBox(self.tr("Drafts only (nothing is recorded, no numbers)"))
        may_issue = ctx.actor.can(*SALES)
        self.draft.setChecked(not may_issue)
        self.draft.setEnabled(may_issue)
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Files"), self.per_customer)
        form.addRow("", self.combined)
        form.addRow("", self.draft)
        note = QLabel(
            self.tr(
                "Every customer with a balance at the end of the period or entries in it "
                "gets a statement. Issued statements are recorded with a number; running "
                "the batch again for the same period reprints them under the same numbers."
            )
        )
        note.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setVisible(False)
        self.bar = MessageBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(
            self.tr("Write statements…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.progress = QProgressDialog(self)
        self.progress.setWindowTitle(self.tr("Writing statements"))
        self.progress.setLabelText(self.tr("Finding the customers…"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        # Where the files go; tests replace it.
        self.ask_target: Callable[[bool, str], Path | None] = self._ask_target

    def _ask_target(self, combined: bool, name: str) -> Path | None:
        if combined:
            return ask_save_path(
                self,
                self.tr("Save the statements as"),
                FilePurpose.STATEMENTS,
                self.tr("PDF files (*.pdf)"),
                file_name=name,
                suffix=".pdf",
            )
        return ask_folder(self, self.tr("Folder for the statements"), FilePurpose.STATEMENTS)

    def start(self) -> None:
        self.bar.clear()
        start, end = self.period.dates()
        combined = self.combined.isChecked()
        draft = self.draft.isChecked()
        name = self.tr("Statements_{start}_{end}.pdf").format(
            start=start.isoformat(), end=end.isoformat()
        )
        target = self.ask_target(combined, name)
        if target is None:
            return
        self.target = target
        self.batch = None
        self.start_button.setEnabled(False)
        self.summary.setVisible(False)
        self.progress.setLabelText(self.tr("Finding the customers…"))
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        actor = self._ctx.actor
        self.op = self._ctx.writer.write(
            lambda op: run_batch(op, actor, start, end, target, combined, draft),
            self._done,
            owner=self,
            on_expected_error=self._failed,
            on_progress=self._progressed,
            on_finished=self._finished,
        )

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.progress.setLabelText(self.tr("Stopping after the statement being written…"))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("{done} of {total} statements written").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )

    def _failed(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)

    def _finished(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.start_button.setEnabled(True)
        self.op = None

    def _done(self, batch: StatementBatch) -> None:
        self.batch = batch
        where = str(self.target) if self.target is not None else ""
        written = len(batch.files)
        reprinted = sum(1 for f in batch.files if f.reused)
        if batch.cancelled:
            text = self.tr(
                "Cancelled: {written} of {total} statements written to {where}; nothing "
                "further was issued."
            ).format(written=f"{written:,}", total=f"{batch.total:,}", where=where)
            if self.combined.isChecked():
                text = self.tr(
                    "Cancelled: the combined file was not written; nothing further was issued."
                )
        elif not batch.total:
            text = self.tr("No customer has a balance or entries in this period.")
        else:
            text = self.tr("{written} statements written to {where}.").format(
                written=f"{written:,}", where=where
            )
            if reprinted:
                text += " " + self.tr(
                    "{count} of them were issued before with the same figures and keep "
                    "their numbers."
                ).format(count=f"{reprinted:,}")
        self.summary.setText(text)
        self.summary.setVisible(True)
        self._ctx.bus.notice(text)


def open_batch_dialog(ctx: ViewContext, parent: QWidget) -> BatchDialog:
    dialog = BatchDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
