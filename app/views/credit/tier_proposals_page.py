"""Settings › tier proposals: the tier changes credit scoring proposes, each with the score and
its reasons. A manager accepts or rejects each one; nothing changes a tier silently, and
everyone else sees the proposals without being able to act on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import LabLedgerError
from app.services.core.changes import Kind
from app.services.core.permissions import MANAGERS
from app.services.credit.credit_score_service import (
    ProposalRow,
    decide_proposal,
    pending_proposals,
    propose_tier_changes,
)
from app.services.customers.activity_service import local_date
from app.views.customers.customer_360_view import Customer360View
from app.views.customers.customer_labels import reason_text
from app.views.shell.view_context import ViewContext
from app.views.tables.row_opener import open_rows
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.detail_section import DetailSection, value_label
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.form_errors import MessageBar
from app.views.widgets.icons import Icon
from app.views.widgets.record_windows import RecordWindows
from app.views.widgets.row_table import row_table

COLUMNS = 7


class TierProposalsPage(QWidget):
    loaded = Signal()
    decided = Signal(object)  # the ProposalRow as decided

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.proposals: list[ProposalRow] = []
        self.may_decide = ctx.actor.can(Role.MANAGER)
        intro = QLabel(
            self.tr(
                "LabLedger scores each customer's payment history and proposes moving customers "
                "between credit tiers. Nothing changes until a manager accepts a proposal."
            )
        )
        intro.setWordWrap(True)
        self.read_only_note = QLabel(
            self.tr("Only managers can accept or reject proposals; you can see them here.")
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(not self.may_decide)

        self.actions_bar = ActionBar(ctx.actor)
        self.review_button = self.actions_bar.add(
            self.tr("Review all customers now"),
            self.review,
            MANAGERS,
            "propose credit tier changes",
            icon=Icon.REVIEW,
        )
        self.status = QLabel()
        self.actions_bar.add_stretch()
        self.export_button = export_button(self.export)
        bar_layout = self.actions_bar.layout()
        assert bar_layout is not None
        bar_layout.addWidget(self.export_button)

        self.table = row_table(
            [
                self.tr("Customer"),
                self.tr("Code"),
                self.tr("Current tier"),
                self.tr("Proposed tier"),
                self.tr("Score"),
                self.tr("Main reason"),
                self.tr("Proposed on"),
            ],
            stretch=5,
        )
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.windows = RecordWindows(self)
        open_rows(self.table, lambda _index: self.open_customer())

        self.detail = DetailSection(self.tr("Proposal"))
        self.reasons = value_label("")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the record (optional)"))
        decision = ActionBar(ctx.actor)
        self.accept_button = decision.add(
            self.tr("Accept"),
            lambda: self.decide(True),
            MANAGERS,
            "decide credit tier changes",
            icon=Icon.APPROVE,
        )
        self.reject_button = decision.add(
            self.tr("Reject"),
            lambda: self.decide(False),
            MANAGERS,
            "decide credit tier changes",
            icon=Icon.REJECT,
        )
        self._decision_bar = decision
        detail_panel = QWidget()
        detail_layout = QVBoxLayout(detail_panel)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addWidget(QLabel(self.tr("Why:")))
        detail_layout.addWidget(self.reasons)
        detail_layout.addStretch(1)
        detail_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(decision)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.bar = MessageBar()
        top = QHBoxLayout()
        top.addWidget(self.actions_bar, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(intro)
        layout.addWidget(self.read_only_note)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.bar)
        ctx.bus.changed.connect(self._on_changes)
        self._show_current()
        self.refresh()

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(self._ctx, self, self.table, self.tr("Credit tier proposals"), ())

    def refresh(self) -> None:
        self._ctx.runner.query(pending_proposals, self._show, owner=self)

    def _show(self, proposals: list[ProposalRow]) -> None:
        chosen = self.current_proposal()
        self.proposals = proposals
        self.table.setRowCount(len(proposals))
        for row, p in enumerate(proposals):
            main = reason_text(p.reasons[0]) if p.reasons else ""
            cells = (
                p.customer_name,
                p.customer_code,
                p.from_tier_name,
                p.to_tier_name,
                str(p.score),
                main,
                local_date(p.proposed_at).isoformat(),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if proposals:
            again = next(
                (r for r, p in enumerate(proposals) if chosen is not None and p.id == chosen.id), 0
            )
            self.table.selectRow(again)
        if not proposals:
            self.status.setText(self.tr("No proposals are waiting."))
        self._show_current()
        self.loaded.emit()

    def current_proposal(self) -> ProposalRow | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def open_customer(self) -> Customer360View | None:
        """The customer's 360 view, to see the history behind the proposal."""
        proposal = self.current_proposal()
        if proposal is None:
            return None
        customer_id = proposal.customer_id

        def build() -> Customer360View:
            view = Customer360View(self._ctx, customer_id, self.window())
            view.reload()
            return view

        return self.windows.open(customer_id, build)

    def _show_current(self) -> None:
        p = self.current_proposal()
        self.detail.clear()
        if p is None:
            self.reasons.setText("")
        else:
            self.detail.add(self.tr("Customer"), f"{p.customer_code} {p.customer_name}")
            self.detail.add(
                self.tr("Move"),
                self.tr("from {old} to {new}").format(old=p.from_tier_name, new=p.to_tier_name),
            )
            self.detail.add(
                self.tr("Credit score"), self.tr("{score} of 100").format(score=p.score)
            )
            self.reasons.setText("\n".join(f"• {reason_text(r)}" for r in p.reasons))
        for button in (self.accept_button, self.reject_button):
            self._decision_bar.set_available(button, p is not None)
        self.note.setEnabled(p is not None and self.may_decide)

    def review(self) -> None:
        actor, as_of = self._ctx.actor, self._ctx.as_of()
        self.bar.clear()
        self.status.setText(self.tr("Reviewing every customer's payment history…"))
        self.actions_bar.set_available(self.review_button, False)
        self._ctx.writer.write(
            lambda op: propose_tier_changes(op.database, actor, as_of),
            self._reviewed,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.actions_bar.set_available(self.review_button, True),
        )

    def _reviewed(self, created: list[ProposalRow]) -> None:
        self.status.setText(
            self.tr("{count} new proposals.").format(count=len(created))
            if created
            else self.tr("No new proposals.")
        )

    def decide(self, accept: bool) -> None:
        p = self.current_proposal()
        if p is None or not self.may_decide:
            return
        actor, note = self._ctx.actor, self.note.text()
        self.bar.clear()
        for button in (self.accept_button, self.reject_button):
            self._decision_bar.set_available(button, False)
        self._ctx.writer.write(
            lambda op: decide_proposal(op.database, actor, p.id, accept, note),
            self._decided,
            owner=self,
            on_expected_error=self._failed,
            on_finished=self._show_current,
        )

    def _decided(self, proposal: ProposalRow) -> None:
        self.note.clear()
        self.status.setText(
            self.tr("{customer} moved to {tier}.").format(
                customer=proposal.customer_name, tier=proposal.to_tier_name
            )
            if proposal.status == "accepted"
            else self.tr("{customer} stays in {tier}.").format(
                customer=proposal.customer_name, tier=proposal.from_tier_name
            )
        )
        self.decided.emit(proposal)

    def _failed(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)
        self.refresh()

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & {Kind.TIER_PROPOSALS, Kind.CUSTOMERS, Kind.TIERS}:
            self.refresh()
