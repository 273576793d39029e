"""The 导入 section: a wizard in five steps (file, columns, preview, check, import) over the
import engine (app/importers), which the command line's ``labledger import`` uses too.
Reading the file runs on the runner; the check (a dry run) and the import run on the writer,
with progress and Cancel. Importing is for finance and managers, as the engine enforces; other
roles may look at a file but are told they cannot import it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermissionDeniedError
from app.services.core.permissions import FINANCE
from app.views.importing.check_step import CheckStep
from app.views.importing.file_step import FileStep
from app.views.importing.import_draft import ImportDraft
from app.views.importing.import_step import ImportStep
from app.views.importing.mapping_step import MappingStep
from app.views.importing.preview_step import PreviewStep
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import MessageBar

FILE, MAPPING, PREVIEW, CHECK, IMPORT = range(5)
READING_BAR_HEIGHT = 6


class ImportPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = ImportDraft()
        self.file_step = FileStep(ctx, self.draft)
        self.mapping_step = MappingStep(ctx, self.draft)
        self.preview_step = PreviewStep(ctx, self.draft)
        self.check_step = CheckStep(ctx, self.draft)
        self.import_step = ImportStep(ctx, self.draft)
        self.stack = QStackedWidget()
        steps = (
            self.file_step,
            self.mapping_step,
            self.preview_step,
            self.check_step,
            self.import_step,
        )
        for step in steps:
            self.stack.addWidget(step)
        self.file_step.changed.connect(self._file_changed)
        self.mapping_step.changed.connect(self._mapping_changed)
        self.preview_step.changed.connect(self._update)
        self.check_step.changed.connect(self._update)
        self.import_step.changed.connect(self._update)
        self.import_step.anotherFile.connect(self.start_over)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_steps_row())
        layout.addWidget(self._build_reading_bar())
        layout.addWidget(self._build_refusal())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_buttons())
        self._update()

    def _build_steps_row(self) -> QHBoxLayout:
        self.step_labels = [
            QLabel(text)
            for text in (
                self.tr("1 File"),
                self.tr("2 Columns"),
                self.tr("3 Preview"),
                self.tr("4 Check"),
                self.tr("5 Import"),
            )
        ]
        steps_row = QHBoxLayout()
        for i, label in enumerate(self.step_labels):
            if i:
                steps_row.addWidget(QLabel("›"))
            steps_row.addWidget(label)
        steps_row.addStretch(1)
        return steps_row

    def _build_reading_bar(self) -> QProgressBar:
        """Reading a large workbook takes seconds (off the GUI thread): a bar shows it."""
        self.reading = QProgressBar()
        self.reading.setRange(0, 0)
        self.reading.setTextVisible(False)
        self.reading.setMaximumHeight(READING_BAR_HEIGHT)
        policy = self.reading.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the page does not jump when it shows
        self.reading.setSizePolicy(policy)
        return self.reading

    def _build_refusal(self) -> MessageBar:
        self.refusal = MessageBar()
        actor = self._ctx.actor
        if not actor.can(*FINANCE):
            refused = PermissionDeniedError(role=actor.role.value, action="import records")
            self.refusal.show_message(
                translated_message(refused)
                + " "
                + self.tr("You can look at a file here, but not check or import it.")
            )
        return self.refusal

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        return buttons

    # The section page's keys (app/views/shell/section_page.py)

    def new_record(self) -> QWidget | None:
        return None

    def focus_search(self) -> bool:
        return False

    def refresh(self) -> None:
        """Nothing shown here comes from the database."""

    # Steps

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _ready(self) -> bool:
        step = self.step
        if step == FILE:
            return self.file_step.ready()
        if step == MAPPING:
            return self.mapping_step.ready()
        if step == PREVIEW:
            return self.preview_step.ready()
        if step == CHECK:
            return self.check_step.ready() and self._ctx.actor.can(*FINANCE)
        return False

    def next(self) -> None:
        if not self._ready():
            return
        self.go_to(self.step + 1)

    def back(self) -> None:
        if self.step > FILE and not self._busy():
            self.go_to(self.step - 1)

    def go_to(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        if step == MAPPING:
            self.mapping_step.enter()
        elif step == PREVIEW:
            self.preview_step.enter()
        elif step == CHECK:
            self.check_step.enter()
        elif step == IMPORT:
            self.import_step.clear()
            self.import_step.enter(self.check_step.skip_invalid.isChecked())
        self._update()

    def start_over(self) -> None:
        self.draft.reset()
        self.check_step.clear()
        self.import_step.clear()
        self.file_step.path_edit.clear()
        self.file_step.sheet_list.clear()
        self.file_step.status.clear()
        self.file_step.show_kind()
        self.go_to(FILE)

    def _busy(self) -> bool:
        return self.check_step.running or self.import_step.running

    def _file_changed(self) -> None:
        self.check_step.clear()
        self.mapping_step.kind_changed()
        self._update()

    def _mapping_changed(self) -> None:
        self.check_step.clear()
        self.file_step.show_kind()
        self._update()

    def _update(self) -> None:
        step = self.step
        for i, label in enumerate(self.step_labels):
            label.setStyleSheet("font-weight: bold;" if i == step else "color: palette(mid);")
        busy = self._busy()
        self.reading.setVisible(
            self.file_step.loading or self.mapping_step.loading or self.preview_step.loading
        )
        self.back_button.setEnabled(step > FILE and not busy)
        self.next_button.setVisible(step < IMPORT)
        self.next_button.setText(
            self.tr("Continue to import >") if step == CHECK else self.tr("Next >")
        )
        self.next_button.setEnabled(self._ready())
