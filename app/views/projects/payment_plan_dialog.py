"""回款计划: a project's installments, by share of the contract or by amount, each due on a
fixed date or N days after a lab event (contract signed, samples received, report issued);
the service sets event-driven due dates when the event is recorded. Lines are saved in
place: one already invoiced or waiting in an invoice request keeps its amount and due
date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
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
from app.services.core.conflicts import project_facts
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    InstallmentRow,
    InstallmentSpec,
    ProjectDetail,
    Reference,
    project_detail,
    set_payment_plan,
    share_text,
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


@dataclass
class PlanLine:
    share: QLineEdit
    amount: MoneyEdit
    trigger: QComboBox
    days: QSpinBox
    due: QDateEdit
    description: QLineEdit
    installment_id: int | None = None  # the saved line this one revises
    reference: str = ""  # what holds the saved line (a Reference value)
    # An event-driven saved line whose date is set: (trigger, days after, due date).
    saved_due: tuple[str, int, date] | None = None

    @property
    def fixed_by_money(self) -> bool:
        """Invoiced or requested: amount and due date can no longer change."""
        return self.reference in (Reference.INVOICED.value, Reference.REQUESTED.value)


def show_when(line: PlanLine, fixed: bool, today: date) -> None:
    """A fixed installment has a date, an event-driven one a number of days; the field that
    does not apply shows a dash (its lowest value). Invoiced or requested lines stay as
    they are."""
    editable = not line.fixed_by_money
    line.due.setEnabled(fixed and editable)
    line.days.setEnabled(not fixed and editable)
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
        # A project that has a plan starts from it rather than the common 30/70.
        self.detail: ProjectDetail | None = None
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        base = (
            self.tr("Contract amount") if project.contract_amount_fen else self.tr("Quoted amount")
        )
        self.form.addRow(base, QLabel(Money(self.base_fen).format()))
        note = QLabel(
            self.tr(
                "An installment already invoiced, or waiting in an invoice request, keeps "
                "its amount and due date. A due date that follows a lab event is set when "
                "the event is recorded."
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
        self.held_note = QLabel()
        self.held_note.setWordWrap(True)
        self.held_note.setVisible(False)
        self.add_widget(self.held_note)
        self.problem = error_label()
        self.add_widget(self.problem)
        self.attach_errors("installments", self.table, self.problem)
        self.fill_30_70()
        self.resize(820, 460)
        project_id = project.id
        ctx.runner.query(
            lambda session: project_detail(session, project_id), self._detail_loaded, owner=self
        )

    def _detail_loaded(self, detail: ProjectDetail) -> None:
        self.detail = detail
        if not detail.installments:
            self._update()
            return
        by_share = all(row.share_bp is not None for row in detail.installments)
        (self.by_share if by_share else self.by_amount).setChecked(True)
        self.clear_lines()
        for row in detail.installments:
            self._add_saved(row, by_share)
        held = [str(line_no) for line_no, line in enumerate(self.plan, 1) if line.fixed_by_money]
        if held:
            self.held_note.setText(
                self.tr(
                    "Installments already invoiced or requested ({lines}): their amount "
                    "and due date are fixed and they stay in the plan."
                ).format(lines=", ".join(held))
            )
            self.held_note.setVisible(True)
            self.common_30_70.setEnabled(False)
            self.common_all.setEnabled(False)
        self._update()
        # A plan that no longer fits (the contract was signed for another amount) says so.
        specs = self.specs()
        if isinstance(specs, str):
            self.set_field_error("installments", specs)

    def _add_saved(self, row: InstallmentRow, by_share: bool) -> PlanLine:
        line = self.add_line(
            row.share_bp if by_share else None, row.trigger, row.offset_days, row.description
        )
        line.installment_id, line.reference = row.id, row.reference
        line.amount.set_fen(row.amount_fen)
        if row.trigger == InstallmentTrigger.FIXED.value and row.due_date is not None:
            set_date(line.due, row.due_date)
        elif row.due_date is not None:
            line.saved_due = (row.trigger, row.offset_days, row.due_date)
        if line.fixed_by_money:
            tip = (
                self.tr("Invoiced: the amount and due date can no longer change.")
                if row.reference == Reference.INVOICED.value
                else self.tr(
                    "Waiting in an invoice request: the amount and due date cannot change "
                    "until finance issues or rejects it."
                )
            )
            for widget in (line.share, line.amount, line.trigger, line.days, line.due):
                widget.setEnabled(False)
                widget.setToolTip(tip)
        return line

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
        line.days.valueChanged.connect(lambda _days, line=line: self._show_when(line))
        self.plan.append(line)
        self._order_tabs()
        self._update()
        return line

    def _order_tabs(self) -> None:
        """A line's fields are made after the buttons under the table; Tab still goes
        through the lines, in order, before it reaches those buttons."""
        previous: QWidget = self.table
        for line in self.plan:
            for widget in (line.share, line.amount, line.trigger, line.days, line.due):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            QWidget.setTabOrder(previous, line.description)
            previous = line.description
        for button in (self.add_button, self.remove_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0 and self.plan[row].fixed_by_money:
            self.set_field_error(
                "installments",
                self.tr("Installment {n} is invoiced or requested and stays in the plan.").format(
                    n=row + 1
                ),
            )
            return
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
                id=line.installment_id,
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
        project_id, actor, row = self.project.id, self.ctx.actor, self.project
        seen = project_facts(row.stage, row.quoted_amount_fen, row.contract_amount_fen)
        return lambda db, _override: set_payment_plan(db, actor, project_id, specs, seen)

    def _mode_changed(self) -> None:
        shares = self.by_share.isChecked()
        self.table.setColumnHidden(SHARE, not shares)
        self.table.setColumnHidden(AMOUNT, shares)
        self._update()

    def _update(self, *_args: object) -> None:
        for line in self.plan:
            self._show_when(line)
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

    def _show_when(self, line: PlanLine) -> None:
        """An event-driven line shows its due date once its event happened (as saved, or
        as it will be saved when its rule changed), and says how it is set."""
        trigger = line.trigger.currentData()
        fixed = trigger == InstallmentTrigger.FIXED.value
        happened = None if fixed or self.detail is None else self.detail.event_date(trigger)
        show_when(line, fixed, self.ctx.as_of())
        # After show_when: the number of days is only valid for an event-driven line now.
        days = line.days.value()
        if not fixed and line.saved_due is not None and line.saved_due[:2] == (trigger, days):
            set_date(line.due, line.saved_due[2])
        elif happened is not None:
            set_date(line.due, happened + timedelta(days=days))
        if line.fixed_by_money:
            return
        if fixed:
            line.due.setToolTip("")
        elif happened is None:
            line.due.setToolTip(
                self.tr("Set when the event is recorded: {days} days after it.").format(
                    days=line.days.value()
                )
            )
        else:
            line.due.setToolTip(
                self.tr("{days} days after the event on {date}.").format(
                    days=line.days.value(), date=happened.isoformat()
                )
            )
