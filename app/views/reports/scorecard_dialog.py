"""The scorecard's weights and DSO aim (stored in the settings): managers change them,
everyone else sees them with the reason they cannot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.services.core.changes import Changed
from app.services.core.permissions import MANAGERS
from app.services.reports.performance_service import (
    PARTS,
    ScorecardSettings,
    save_scorecard_settings,
    scorecard_settings,
)
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.form_errors import MessageBar

WEIGHT_LABELS = {
    "target": QT_TRANSLATE_NOOP("ScorecardDialog", "Collected against target"),
    "on_time": QT_TRANSLATE_NOOP("ScorecardDialog", "Paid on time"),
    "overdue": QT_TRANSLATE_NOOP("ScorecardDialog", "Little overdue"),
    "dso": QT_TRANSLATE_NOOP("ScorecardDialog", "DSO"),
}


class ScorecardDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.may_edit = ctx.actor.can(*MANAGERS)
        self.setWindowTitle(self.tr("Scorecard weights"))
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for part in PARTS:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setReadOnly(not self.may_edit)
            self.spins[part] = spin
            form.addRow(QCoreApplication.translate("ScorecardDialog", WEIGHT_LABELS[part]), spin)
        self.aim = QSpinBox()
        self.aim.setRange(1, 365)
        self.aim.setSuffix(self.tr(" days"))
        self.aim.setReadOnly(not self.may_edit)
        form.addRow(self.tr("DSO that scores full marks"), self.aim)
        note = QLabel(
            self.tr(
                "The score is the average of the part scores weighted by these numbers; a "
                "part that cannot be scored is left out."
            )
        )
        note.setWordWrap(True)
        self.bar = MessageBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.refusal = self.tr(
            "Only managers change the scorecard: you can see the weights, not change them."
        )
        if not self.may_edit:
            self.save_button.setEnabled(False)
            self.bar.show_message(self.refusal)
        self.save_button.setEnabled(False)
        ctx.runner.query(scorecard_settings, self._show, owner=self)

    def _show(self, settings: ScorecardSettings) -> None:
        for part, spin in self.spins.items():
            spin.setValue(settings.weight(part))
        self.aim.setValue(settings.dso_aim_days)
        self.save_button.setEnabled(self.may_edit)

    def chosen(self) -> ScorecardSettings:
        return ScorecardSettings(
            **{part: spin.value() for part, spin in self.spins.items()},
            dso_aim_days=self.aim.value(),
        )

    def save(self) -> None:
        self.bar.clear()
        settings, actor = self.chosen(), self._ctx.actor
        self.save_button.setEnabled(False)

        def write(op: Op) -> Changed[ScorecardSettings]:
            return save_scorecard_settings(op.database, actor, settings)

        self._ctx.writer.write(
            write,
            lambda _settings: self.accept(),
            owner=self,
            on_expected_error=self._refused,
            on_finished=lambda: self.save_button.setEnabled(self.may_edit),
        )

    def _refused(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)
