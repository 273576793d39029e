"""Step 4: every row of the chosen sheets checked as the import will write it (a dry run on
the writer: written, then rolled back), with progress and Cancel; every problem listed, and
exportable to a workbook of the rejected rows; the choice to import only the good rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ImportCancelledError, LabLedgerError
from app.importers.engine import ImportResult
from app.importers.error_workbook import write_error_workbook
from app.services.core.permissions import FINANCE
from app.views.importing.import_draft import ImportDraft
from app.views.importing.import_labels import listing, sentences
from app.views.importing.problem_table_model import ProblemColumn, ProblemTableModel
from app.views.importing.run_step import RunStep
from app.views.shell.view_context import ViewContext
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.icons import Icon, icon


class CheckStep(RunStep):
    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(ctx, draft, parent)
        self.exported: Path | None = None  # the last problems workbook written
        # Where the problems are exported; tests replace it.
        self.ask_export_path: Callable[[str], Path | None] = self._ask_export_path

        self.progress.setVisible(False)
        self.cancel_button = QPushButton(icon(Icon.REJECT), self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = QPushButton(icon(Icon.REFRESH), self.tr("Check again"))
        self.again_button.clicked.connect(self.start)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.model = ProblemTableModel()
        self.problems = QTableView()
        self.problems.setModel(self.model)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(False)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(icon(Icon.EXPORT), self.tr("Export problems…"))
        self.export_button.clicked.connect(self.export)
        self.skip_invalid = QCheckBox(
            self.tr("Skip the rows with problems and import the good rows")
        )
        self.skip_invalid.toggled.connect(lambda _on: self.changed.emit())
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the room while there is no problem to list
        layout.addLayout(bottom)
        self.clear()

    def clear(self) -> None:
        """Forget the last check (the file, the sheets, the kind or the mapping changed)."""
        if self.op is not None:
            self.op.cancel()
        self.result = None
        self.model.set_problems([])
        self.status.clear()
        self.skip_invalid.setChecked(False)
        self._show_controls()

    def ready(self) -> bool:
        result = self.result
        return (
            not self.running
            and result is not None
            and (not result.problem_count or self.skip_invalid.isChecked())
        )

    def enter(self) -> None:
        if self.result is None and not self.running:
            self.start()

    def start(self) -> None:
        path = self._draft.path
        if path is None or self.running:
            return
        self.model.set_problems([])
        self._run(
            self._draft.options(dry_run=True, skip_invalid=True),
            self.tr("Checking every row of {name}…").format(name=path.name),
            self._checked,
        )

    def cancel(self) -> None:
        self._stop(self.tr("Stopping the check…"))

    def _failed(self, exc: LabLedgerError) -> None:
        if isinstance(exc, ImportCancelledError):
            self.status.setText(self.tr("The check was cancelled."))
        else:
            self.status.setText("")
            self._ctx.errors.expected(exc)

    def _checked(self, result: ImportResult) -> None:
        self.result = result
        self.model.set_problems(result.problems)
        self.problems.resizeColumnsToContents()
        rejected = result.counts.get("rows_rejected", 0)
        read = result.counts.get("rows_read", 0)
        parts = [
            self.tr("{read} rows checked: {good} can be imported.").format(
                read=f"{read:,}", good=f"{read - rejected:,}"
            )
        ]
        if result.problem_count:
            parts.append(
                self.tr(
                    "{rows} rows have {count} problems, listed below; nothing is imported "
                    "until they are fixed in the file, or you choose to skip those rows."
                ).format(rows=f"{rejected:,}", count=f"{result.problem_count:,}")
            )
            if result.problem_count > len(result.problems):
                parts.append(
                    self.tr("The first {shown} are listed.").format(
                        shown=f"{len(result.problems):,}"
                    )
                )
        if result.skipped_sheets:
            parts.append(
                self.tr("Sheets left out (no usable header): {sheets}.").format(
                    sheets=listing(result.skipped_sheets)
                )
            )
        if result.imported_before:
            parts.append(
                self.tr(
                    "This file was imported before; rows already in LabLedger are not added again."
                )
            )
        text = sentences(*parts)
        self.status.setText(text)

    def _show_controls(self) -> None:
        running = self.running
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.again_button.setVisible(not running and self._draft.path is not None)
        self.again_button.setEnabled(self._ctx.actor.can(*FINANCE))
        has_problems = self.result is not None and bool(self.result.problem_count)
        self.problems.setVisible(has_problems)
        self.export_button.setVisible(has_problems)
        self.skip_invalid.setVisible(has_problems)

    def _ask_export_path(self, name: str) -> Path | None:
        return ask_save_path(
            self,
            self.tr("Export the problems as"),
            FilePurpose.EXPORT,
            self.tr("Excel workbooks (*.xlsx)"),
            file_name=name,
            suffix=".xlsx",
        )

    def export(self) -> None:
        result = self.result
        if result is None or self._draft.path is None:
            return
        name = self.tr("{stem} problems.xlsx").format(stem=self._draft.path.stem)
        target = self.ask_export_path(name)
        if target is None:
            return
        self._ctx.runner.run(
            lambda _op: write_error_workbook(target, result),
            lambda _none: self._exported(target),
            owner=self,
        )

    def _exported(self, target: Path) -> None:
        self.exported = target
        self._ctx.bus.notice(self.tr("Problems exported to {path}.").format(path=str(target)))
