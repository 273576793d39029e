"""Step 5: the import itself on the writer, with progress and Cancel (a cancelled import
writes nothing: the engine writes in one transaction), then what was created or matched."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ImportCancelledError, ImportValidationError, LabLedgerError
from app.importers.engine import ImportResult
from app.services.core.permissions import FINANCE
from app.views.importing.import_draft import ImportDraft
from app.views.importing.import_labels import (
    COUNT_LABELS,
    count_label,
    kind_label,
    listing,
    sentences,
)
from app.views.importing.run_step import RunStep
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import Icon, icon
from app.views.widgets.row_table import row_table

SUMMARY_WIDTH = 460
# The summary's lines even at zero; the others only when something was counted.
ALWAYS_SHOWN = frozenset(
    {
        "customers_created",
        "customers_matched",
        "projects_created",
        "invoices_created",
        "payments_created",
        "rows_read",
        "rows_rejected",
    }
)


class ImportStep(RunStep):
    anotherFile = Signal()

    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(ctx, draft, parent)
        self.skip_invalid = False
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.start_button = QPushButton(icon(Icon.IMPORT), self.tr("Import"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(icon(Icon.REJECT), self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary: QTableWidget = row_table([self.tr("Records"), self.tr("Count")], 0)
        self.summary.setMaximumWidth(SUMMARY_WIDTH)
        self.another_button = QPushButton(self.tr("Import another file"))
        self.another_button.clicked.connect(self.anotherFile)
        again = QHBoxLayout()
        again.addStretch(1)
        again.addWidget(self.another_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(again)
        self.clear()

    def clear(self) -> None:
        self.result = None
        self.status.clear()
        self.summary.setRowCount(0)
        self._show_controls()

    def enter(self, skip_invalid: bool) -> None:
        self.skip_invalid = skip_invalid
        draft = self._draft
        name = draft.path.name if draft.path is not None else ""
        text = self.tr("Import {kind} from {name}, sheets {sheets}.").format(
            kind=kind_label(draft.effective_kind()), name=name, sheets=listing(draft.chosen)
        )
        if skip_invalid:
            rule = self.tr("Rows with problems are skipped.")
        else:
            rule = self.tr("If any row has a problem, nothing is imported.")
        self.about.setText(sentences(text, rule))
        self._show_controls()

    def start(self) -> None:
        path = self._draft.path
        if path is None or self.running:
            return
        self.summary.setRowCount(0)
        self._run(
            self._draft.options(dry_run=False, skip_invalid=self.skip_invalid),
            self.tr("Importing {name}…").format(name=path.name),
            self._imported,
        )

    def cancel(self) -> None:
        self._stop(self.tr("Stopping; nothing will be written…"))

    def _failed(self, exc: LabLedgerError) -> None:
        if isinstance(exc, ImportCancelledError | ImportValidationError):
            self.status.setText(translated_message(exc))
        else:
            self.status.clear()
            self._ctx.errors.expected(exc)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        counts = result.counts
        if result.written:
            text = self.tr("{name} imported.").format(name=result.file)
        else:
            text = self.tr("Nothing new to import from {name}.").format(name=result.file)
            if result.imported_before:
                text = sentences(text, self.tr("The file was imported before."))
        self.status.setText(text)
        keys = [k for k in COUNT_LABELS if k in ALWAYS_SHOWN or counts.get(k)]
        self.summary.setRowCount(len(keys))
        for r, key in enumerate(keys):
            self.summary.setItem(r, 0, QTableWidgetItem(count_label(key)))
            value = QTableWidgetItem(f"{counts.get(key, 0):,}")
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.setItem(r, 1, value)
        self._ctx.bus.notice(text)

    def _show_controls(self) -> None:
        running = self.running
        done = self.result is not None
        self.start_button.setEnabled(not running and not done and self._ctx.actor.can(*FINANCE))
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.another_button.setVisible(done)
