"""Load demo data: ask how much, then generate it on the writer thread with progress and
Cancel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Changed
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.messages import show_information

if TYPE_CHECKING:
    # The generator (and its name lists) is imported when demo data is asked for, not at
    # start: the workbench shows this dialog's button.
    from app.demo.generator import DemoSummary

DEFAULT_CUSTOMERS = 300
DEFAULT_INVOICES = 5000
DEFAULT_SEED = 1


@dataclass(frozen=True)
class DemoRequest:
    customers: int
    invoices: int
    seed: int


class DemoDataDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load demo data"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Invented customers, projects, invoices, payments and write-offs, with Chinese "
                "company names. The same seed always gives the same data. Large amounts take a "
                "while; you can cancel."
            )
        )
        intro.setWordWrap(True)
        self.customers = QSpinBox()
        self.customers.setRange(1, 200_000)
        self.customers.setGroupSeparatorShown(True)
        self.customers.setValue(DEFAULT_CUSTOMERS)
        self.invoices = QSpinBox()
        self.invoices.setRange(1, 5_000_000)
        self.invoices.setGroupSeparatorShown(True)
        self.invoices.setSingleStep(1000)
        self.invoices.setValue(DEFAULT_INVOICES)
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setValue(DEFAULT_SEED)
        form = QFormLayout()
        form.addRow(self.tr("Customers"), self.customers)
        form.addRow(self.tr("Invoices"), self.invoices)
        form.addRow(self.tr("Seed"), self.seed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Generate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def request(self) -> DemoRequest:
        return DemoRequest(self.customers.value(), self.invoices.value(), self.seed.value())


class DemoGeneration(QProgressDialog):
    """Runs the generation through the serial writer and shows its progress."""

    def __init__(
        self, ctx: ViewContext, request: DemoRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._request = request
        self.setWindowTitle(self.tr("Load demo data"))
        self.setLabelText(self.tr("Generating demo data…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.op: Op | None = None
        self.summary: DemoSummary | None = None

    def start(self) -> None:
        request = self._request
        today = self._ctx.as_of()

        def generate(op: Op) -> Changed[DemoSummary]:
            from app.demo.generator import generate_demo

            return generate_demo(
                op.database,
                customers=request.customers,
                invoices=request.invoices,
                seed=request.seed,
                today=today,
                progress=op.report,
                is_cancelled=op.is_cancelled,
            )

        self.op = self._ctx.writer.write(
            generate,
            self._done,
            owner=self,
            on_finished=self._finished,
            on_progress=self._progress,
        )
        self.canceled.connect(self._cancel)
        self.show()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            # QProgressDialog counts in int; scale so that millions of rows fit.
            self.setRange(0, 1000)
            self.setValue(min(1000, done * 1000 // total))

    def _cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
        self.setLabelText(self.tr("Cancelling…"))

    def _done(self, summary: DemoSummary) -> None:
        self.summary = summary
        if summary.cancelled:
            text = self.tr("Cancelled. Nothing was written to the database.")
        else:
            text = self.tr(
                "Demo data loaded: {customers} customers, {invoices} invoices and "
                "{payments} payments."
            ).format(
                customers=f"{summary.customers:,}",
                invoices=f"{summary.invoices:,}",
                payments=f"{summary.payments:,}",
            )
        show_information(self.parentWidget(), self.tr("Demo data"), text)

    def _finished(self) -> None:
        self.close()
        self.deleteLater()
