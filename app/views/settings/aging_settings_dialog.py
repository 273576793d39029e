"""Edit the aging buckets (upper bounds in days between "not yet due" and the open-ended last
bucket) and the bad-debt provision rate of each accounting age band."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.aging import PROVISION_BUCKETS, make_buckets
from app.domain.errors import LabLedgerError, ValidationError
from app.services.core.settings_service import (
    AgingSettings,
    default_aging_settings,
    get_aging_settings,
    save_aging_settings,
)
from app.views.credit.tier_dialog import percent_to_bp
from app.views.receivables.aging_labels import band_label, bucket_name
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.form_errors import INVALID_STYLE, FieldErrors, MessageBar, with_error

BOUNDS_TEMPLATE = QT_TRANSLATE_NOOP(
    "errors",
    "Aging buckets: write the bounds as whole numbers of days separated by commas, "
    "e.g. 30, 60, 90, 180, 365.",
)


def bounds_text(bounds: tuple[int, ...]) -> str:
    return ", ".join(str(b) for b in bounds)


def parse_bounds(text: str) -> tuple[int, ...]:
    """'30, 60，90 180' -> (30, 60, 90, 180); full-width commas as people type them."""
    parts = [p for p in re.split(r"[,，、;；\s]+", text.replace("－", "-")) if p]
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        raise ValidationError("aging_bounds", BOUNDS_TEMPLATE) from None


class AgingSettingsDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, settings: AgingSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: AgingSettings | None = None
        self.setWindowTitle(self.tr("Aging buckets and provision rates"))
        self.setMinimumWidth(560)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)

        self.bounds = QLineEdit()
        self.bounds.setPlaceholderText(self.tr("e.g. 30, 60, 90, 180, 365"))
        self.bounds.textChanged.connect(self._preview)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setEnabled(False)
        bounds_cell, bounds_error = with_error(self.bounds)
        self.errors.add("aging_bounds", self.bounds, bounds_error)
        buckets_box = QGroupBox(self.tr("Aging buckets"))
        buckets_form = QFormLayout(buckets_box)
        buckets_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buckets_form.addRow(self.tr("Bounds (days overdue)"), bounds_cell)
        buckets_form.addRow("", self.preview)
        edges = QLabel(
            self.tr(
                "Each bound ends a bucket: 30 makes 1–30 days, the next starts at 31. An invoice "
                "due on the report's date is not yet due; one 30 days past due is in 1–30 days."
            )
        )
        edges.setWordWrap(True)
        buckets_form.addRow(edges)

        self.rates: list[QDoubleSpinBox] = []
        rates_box = QGroupBox(self.tr("Bad-debt provision rates"))
        rates_layout = QVBoxLayout(rates_box)
        rates_fields = QWidget()
        rates_form = QFormLayout(rates_fields)
        rates_form.setContentsMargins(0, 0, 0, 0)
        for band in PROVISION_BUCKETS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setSuffix(" %")
            self.rates.append(spin)
            rates_form.addRow(band_label(band.key), spin)
        rates_cell, rates_error = with_error(rates_fields)
        self.errors.add("provision_rates", rates_fields, rates_error)
        rates_layout.addWidget(rates_cell)
        bands_note = QLabel(
            self.tr(
                "Accounting age bands count whole years of 365 days from the due date; amounts "
                "not yet due are within 1 year."
            )
        )
        bands_note.setWordWrap(True)
        rates_layout.addWidget(bands_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(default_aging_settings())
        )

        layout = QVBoxLayout(self)
        layout.addWidget(buckets_box)
        layout.addWidget(rates_box)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.show_settings(settings)

    def show_settings(self, settings: AgingSettings) -> None:
        self.bounds.setText(bounds_text(settings.bounds))
        for spin, rate in zip(self.rates, settings.provision_rates_bp, strict=True):
            spin.setValue(rate / 100)

    def settings(self) -> AgingSettings:
        """What the form says; raises ValidationError for text it cannot read."""
        return AgingSettings(
            parse_bounds(self.bounds.text()),
            tuple(percent_to_bp(spin.value()) for spin in self.rates),
        )

    def _preview(self) -> None:
        try:
            buckets = make_buckets(parse_bounds(self.bounds.text()))
        except (ValidationError, ValueError):
            self.preview.clear()
            return
        self.preview.setText(" · ".join(bucket_name(b.key) for b in buckets))

    def save(self) -> None:
        self.errors.clear()
        try:
            settings = self.settings()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        ctx = self._ctx
        self.buttons.setEnabled(False)
        ctx.writer.write(
            lambda op: save_aging_settings(op.database, ctx.actor, settings),
            self._saved,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self, settings: AgingSettings) -> None:
        self.saved = settings
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)


def open_aging_settings_dialog(ctx: ViewContext, parent: QWidget) -> None:
    """Read the stored settings off the GUI thread, then open the dialog on them."""

    def show(settings: AgingSettings) -> None:
        dialog = AgingSettingsDialog(ctx, settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.runner.query(get_aging_settings, show, owner=parent)
