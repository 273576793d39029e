"""回款计划: a project's installments, by share of the contract or by amount, each due on a
fixed date or N days after a lab event (contract signed, samples received, report issued);
the service sets event-driven due dates when the event is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from app.domain.enums import InstallmentTrigger
from app.domain.money import Money, split_by_shares
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    InstallmentSpec,
    ProjectDetail,
    project_detail,
    set_payment_plan,
)
from app.views.ledger_labels import TRIGGERS, trigger_label
from app.views.projects.project_table_model import project_amount
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation, error_label
from app.views.widgets.form_fields import date_edit, date_of, set_date
from app.views.widgets.money_edit import MoneyEdit

SHARE, AMOUNT, WHEN, DAYS, DUE, DESCRIPTION = range(6)
MAX_OFFSET_DAYS = 730


def parse_share(text: str) -> int:
    """'30', '30%', '33.33 %' -> basis points; ValueError unless 0 < share <= 100 with at
    most two decimals."""
    try:
        value = Decimal(text.strip().removesuffix("%").strip())
    except InvalidOperation:
        raise ValueError(text) from None
    bp = value * 100
    if not value.is_finite() or not 0 < value <= 100 or bp != bp.to_integral_value():
        raise ValueError(text)
    return int(bp)


def share_text(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


@dataclass
class PlanLine:
    share: QLineEdit
    amount: MoneyEdit
    trigger: QComboBox
    days: QSpinBox
    due: QDateEdit
    description: QLineEdit


def show_when(line: PlanLine, fixed: bool, today: date) -> None:
    """A fixed installment has a date, an event-driven one a number of days; the field that
    does not apply shows a dash (its lowest value)."""
    line.due.setEnabled(fixed)
    line.days.setEnabled(not fixed)
    if fixed:
        line.days.setSpecialValueText("—")
        line.days.setMinimum(-1)
        line.days.setValue(-1)
        if line.due.date() == line.due.minimumDate():
            set_date(line.due, today)
    else:
        line.days.setSpecialValueText("")
        line.days.setMinimum(0)
        line.due.setDate(line.due.minimumDate())


class PaymentPlanDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Payment plan for {code}").format(code=project.code))
        self.setMinimumWidth(760)
        self.project = project
        self.base_fen = project_amount(project)
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        base = (
            self.tr("Contract amount") if project.contract_amount_fen else self.tr("Quoted amount")
        )
        self.form.addRow(base, QLabel(Money(self.base_fen).format()))
        note = QLabel(
            self.tr(
                "Saving replaces the project's current plan. A due date that "
                "follows a lab event is set when the event is recorded."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)

        self.by_share = QRadioButton(self.tr("By share of the contract"))
        self.by_amount = QRadioButton(self.tr("By amount"))
        self.by_share.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_share)
        group.addButton(self.by_amount)
        group.buttonToggled.connect(self._mode_changed)
        mode = QHBoxLayout()
        mode.addWidget(self.by_share)
        mode.addWidget(self.by_amount)
        mode.addStretch(1)
        self.common_30_70 = QPushButton(self.tr("30% on contract, 70% after report"))
        self.common_30_70.clicked.connect(self.fill_30_70)
        self.common_all = QPushButton(self.tr("All 30 days after report"))
        self.common_all.clicked.connect(self.fill_all_after_report)
        mode.addWidget(self.common_30_70)
        mode.addWidget(self.common_all)
        mode_row = QWidget()
        mode_row.setLayout(mode)
        self.add_widget(mode_row)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Share"),
                self.tr("Amount"),
                self.tr("Due"),
                self.tr("Days after"),
                self.tr("Due date"),
                self.tr("Description"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.plan: list[PlanLine] = []
        self.add_widget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add installment"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove installment"))
        self.remove_button.clicked.connect(self.remove_current)
        self.total_label = QLabel()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        buttons_row = QWidget()
        buttons_row.setLayout(buttons)
        self.add_widget(buttons_row)
        self.problem = error_label()
        self.add_widget(self.problem)
        self.attach_errors("installments", self.table, self.problem)
        self.fill_30_70()
        self.resize(820, 460)
        # A project that has a plan starts from it rather than the common 30/70.
        self.detail: ProjectDetail | None = None
        project_id = project.id
        ctx.runner.query(
            lambda session: project_detail(session, project_id), self._detail_loaded, owner=self
        )

    def _detail_loaded(self, detail: ProjectDetail) -> None:
        self.detail = detail
        if not detail.installments:
            return
        by_share = all(row.share_bp is not None for row in detail.installments)
        (self.by_share if by_share else self.by_amount).setChecked(True)
        self.clear_lines()
        for row in detail.installments:
            line = self.add_line(
                row.share_bp if by_share else None, row.trigger, row.offset_days, row.description
            )
            if not by_share:
                line.amount.set_fen(row.amount_fen)
            if row.trigger == InstallmentTrigger.FIXED.value and row.due_date is not None:
                set_date(line.due, row.due_date)
        self._update()

    # --- lines ---------------------------------------------------------------------------

    def add_line(
        self,
        share_bp: int | None = None,
        trigger: str = InstallmentTrigger.FIXED,
        days: int = 0,
        description: str = "",
    ) -> PlanLine:
        row = self.table.rowCount()
        self.table.insertRow(row)
        line = PlanLine(
            QLineEdit(),
            MoneyEdit(),
            QComboBox(),
            QSpinBox(),
            date_edit(self.ctx.as_of()),
            QLineEdit(),
        )
        line.share.setPlaceholderText("30%")
        if share_bp is not None:
            line.share.setText(share_text(share_bp))
        for value in TRIGGERS:
            line.trigger.addItem(trigger_label(value), value.value)
        line.trigger.setCurrentIndex(max(0, line.trigger.findData(str(trigger))))
        line.days.setRange(0, MAX_OFFSET_DAYS)
        line.days.setValue(days)
        line.days.setSuffix(self.tr(" days"))
        line.due.setSpecialValueText("—")
        line.description.setText(description)
        for column, widget in (
            (SHARE, line.share),
            (AMOUNT, line.amount),
            (WHEN, line.trigger),
            (DAYS, line.days),
            (DUE, line.due),
            (DESCRIPTION, line.description),
        ):
            self.table.setCellWidget(row, column, widget)
        line.share.textChanged.connect(self._update)
        line.amount.amountChanged.connect(self._update)
        line.trigger.currentIndexChanged.connect(self._update)
        self.plan.append(line)
        self._update()
        return line

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self.plan[row]
            self._update()

    def clear_lines(self) -> None:
        self.table.setRowCount(0)
        self.plan.clear()

    def fill_30_70(self) -> None:
        self.by_share.setChecked(True)
        self.clear_lines()
        self.add_line(
            3000, InstallmentTrigger.CONTRACT_SIGNED, 0, self.tr("30% when the contract is signed")
        )
        self.add_line(
            7000, InstallmentTrigger.REPORT_ISSUED, 30, self.tr("70% within 30 days of the report")
        )

    def fill_all_after_report(self) -> None:
        self.by_share.setChecked(True)
        self.clear_lines()
        self.add_line(
            10_000,
            InstallmentTrigger.REPORT_ISSUED,
            30,
            self.tr("In full within 30 days of the report"),
        )

    # --- checking and saving -------------------------------------------------------------

    def specs(self) -> tuple[InstallmentSpec, ...] | str:
        """The installments, or what is wrong with them."""
        shares = self.by_share.isChecked()
        specs = []
        for n, line in enumerate(self.plan, start=1):
            trigger = line.trigger.currentData()
            fixed = trigger == InstallmentTrigger.FIXED.value
            common = dict(
                trigger=trigger,
                offset_days=0 if fixed else line.days.value(),
                due_date=date_of(line.due) if fixed else None,
                description=line.description.text().strip(),
            )
            if shares:
                try:
                    bp = parse_share(line.share.text())
                except ValueError:
                    return self.tr(
                        "Installment {n}: the share must be a percentage above 0 "
                        "and at most 100, like 30%."
                    ).format(n=n)
                specs.append(InstallmentSpec(share_bp=bp, **common))
            else:
                problem = line.amount.required_problem()
                if problem:
                    return self.tr("Installment {n}: {problem}").format(n=n, problem=problem)
                specs.append(InstallmentSpec(amount_fen=line.amount.fen(), **common))
        if not specs:
            return self.tr("A payment plan needs at least one installment.")
        if shares and sum(s.share_bp or 0 for s in specs) != 10_000:
            return self.tr("The shares add up to {total}, not 100%.").format(
                total=share_text(sum(s.share_bp or 0 for s in specs))
            )
        if not shares and self.base_fen and sum(s.amount_fen or 0 for s in specs) != self.base_fen:
            return self.tr("The installments add up to {total}, the contract is {base}.").format(
                total=Money(sum(s.amount_fen or 0 for s in specs)).format(),
                base=Money(self.base_fen).format(),
            )
        return tuple(specs)

    def problems(self) -> dict[str, str]:
        specs = self.specs()
        return {"installments": specs} if isinstance(specs, str) else {}

    def operation(self) -> Operation:
        specs = self.specs()
        assert not isinstance(specs, str)
        project_id, actor = self.project.id, self.ctx.actor
        return lambda db, _override: set_payment_plan(db, actor, project_id, specs)

    def _mode_changed(self) -> None:
        shares = self.by_share.isChecked()
        self.table.setColumnHidden(SHARE, not shares)
        self.table.setColumnHidden(AMOUNT, shares)
        self._update()

    def _update(self, *_args: object) -> None:
        for line in self.plan:
            show_when(
                line, line.trigger.currentData() == InstallmentTrigger.FIXED.value, self.ctx.as_of()
            )
        self.table.setColumnHidden(SHARE, not self.by_share.isChecked())
        self.table.setColumnHidden(AMOUNT, self.by_share.isChecked())
        specs = self.specs()
        if isinstance(specs, str):
            self.total_label.setText("")
            return
        if self.by_share.isChecked() and self.base_fen:
            parts = split_by_shares(Money(self.base_fen), [s.share_bp or 0 for s in specs])
            self.total_label.setText(" + ".join(part.format() for part in parts))
        else:
            self.total_label.setText(
                self.tr("Total: {amount}").format(
                    amount=Money(sum(s.amount_fen or 0 for s in specs)).format()
                )
            )
