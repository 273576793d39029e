"""The audit viewer (工具 › 审计日志): the audit log newest first, paged, filtered by user,
kind of record, action and date range, searched by record id or reason; the selected
entry's values before and after under the list; the entries shown exported to Excel.

For managers and admins: the service refuses anyone else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QVBoxLayout, QWidget

from app.reports.audit_export import write_audit_xlsx
from app.services.audit.audit_log_service import (
    SYSTEM_USER,
    AuditFilterChoices,
    AuditRow,
    audit_filter_choices,
)
from app.services.core.changes import ALL_KINDS
from app.services.core.permissions import MANAGERS
from app.views.audit.audit_entry_panel import AuditEntryPanel
from app.views.audit.audit_labels import action_label, kind_label, side_by_side, system_label
from app.views.audit.audit_table_model import (
    audit_table_model,
    local_time,
    record_text,
    user_text,
)
from app.views.ops.op_runner import Op
from app.views.shell.ui_settings import restore_geometry, save_geometry
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_list_page import PagedListPage
from app.views.tables.paged_table_model import PagedTableModel
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.icons import Icon
from app.views.widgets.messages import show_information

# A date box at its minimum means "any day" (it shows the special text instead).
NO_DATE = QDate(2000, 1, 1)
GEOMETRY_KEY = "audit_log/geometry"
PREFERRED_SIZE = QSize(1200, 760)


class AuditLogPage(PagedListPage):
    model: PagedTableModel[AuditRow]
    detail: AuditEntryPanel

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            audit_table_model(ctx.db, ctx.actor, ctx.runner, ctx.clock),
            AuditEntryPanel(),
            ALL_KINDS,  # every write may add entries
            parent,
        )
        # Before and after side by side need the width: the entry goes under the list.
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.totals_bar.hide()  # a log has nothing to add up; the count is above the list
        self.search.setPlaceholderText(self.tr("Search record id or reason"))
        self.search.setMinimumWidth(200)
        self._build_filters()
        self.actions_bar = ActionBar(ctx.actor)
        # The log exports each entry's before and after too, which the list's columns (what
        # every list's own export writes) leave out: its own button replaces that one.
        self.export_button.hide()
        self.export_button = self.actions_bar.add(
            self.tr("Export to Excel…"),
            self.export_entries,
            MANAGERS,
            "view the audit log",
            icon=Icon.EXPORT,
        )
        self.actions_bar.add_stretch()
        self.body.insertWidget(1, self.actions_bar)
        self.table.currentIdChanged.connect(self._current_changed)
        self.remember_splitter("audit_log/splitter")
        ctx.runner.query(
            lambda s: audit_filter_choices(s, ctx.actor), self._fill_choices, owner=self
        )
        self.start()

    def _build_filters(self) -> None:
        self.user = QComboBox()
        self.user.addItem(self.tr("All users"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All records"), None)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), None)
        self.action.setMinimumContentsLength(12)
        for combo, name in (
            (self.user, "user_id"),
            (self.kind, "entity_type"),
            (self.action, "action"),
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=name: self.model.set_filter(n, c.currentData())
            )
            self.add_filter(combo)
        self.date_from = self._date_box(self.tr("From any day"), "date_from")
        self.date_to = self._date_box(self.tr("To any day"), "date_to")

    def _date_box(self, any_day: str, name: str) -> QDateEdit:
        box = QDateEdit()
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(any_day)
        box.setDate(NO_DATE)
        box.dateChanged.connect(lambda _d: self.model.set_filter(name, self._day(box)))
        self.add_filter(box)
        return box

    @staticmethod
    def _day(box: QDateEdit) -> date | None:
        chosen = box.date()
        return None if chosen == box.minimumDate() else chosen.toPython()  # type: ignore[return-value]

    def set_dates(self, start: date | None, end: date | None) -> None:
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))

    def _fill_choices(self, choices: AuditFilterChoices) -> None:
        if choices.has_system:
            self.user.addItem(system_label(), SYSTEM_USER)
        for user_id, name in choices.users:
            self.user.addItem(name, user_id)
        for kind in sorted(choices.entity_types, key=kind_label):
            self.kind.addItem(kind_label(kind), kind)
        for action in sorted(choices.actions, key=action_label):
            self.action.addItem(action_label(action), action)

    def count_text(self, total: int) -> str:
        return self.tr("%Ln entry(s)", "", total)

    def clear_filters(self) -> None:
        super().clear_filters()
        self.set_dates(None, None)

    def _current_changed(self, entry_id: int | None) -> None:
        row = self.model.row_of_id(entry_id) if entry_id is not None else None
        self.detail.show_entry(self.model.row_at(row) if row is not None else None)

    # --- export --------------------------------------------------------------------------

    def export_entries(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Export the audit log"),
            FilePurpose.EXPORT,
            self.tr("Excel workbook (*.xlsx)"),
            file_name=self.tr("audit-log") + ".xlsx",
            suffix=".xlsx",
        )
        if path is not None:
            self.export_to(path)
        return path

    def export_to(self, path: Path) -> None:
        """Write the entries the filters show, in the list's order, off the GUI thread."""
        ctx, req = self._ctx, self.model.request
        headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Reason"),
            self.tr("Before"),
            self.tr("After"),
        ]

        def cells(row: AuditRow) -> list[str]:
            values = side_by_side(row.before, row.after)
            before = "\n".join(f"{f}: {b}" if f else b for f, b, _a, _c in values)
            after = "\n".join(f"{f}: {a}" if f else a for f, _b, a, _c in values)
            return [
                local_time(row.at),
                user_text(row),
                action_label(row.action),
                record_text(row),
                row.reason,
                before,
                after,
            ]

        def job(op: Op) -> int:
            with op.database.read() as session:
                return write_audit_xlsx(
                    session, ctx.actor, req, path, headers, cells, op.is_cancelled
                )

        ctx.runner.run(job, lambda n: self._exported(path, n), owner=self)

    def _exported(self, path: Path, count: int) -> None:
        self.exported = (path, count)
        show_information(
            self.window(),
            self.tr("Export the audit log"),
            self.tr("%n entry(s) written to {path}.", "", count).format(path=str(path)),
        )


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else NO_DATE


class AuditLogWindow(QDialog):
    """The viewer in a window of its own, beside the section the user works in."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.page = AuditLogPage(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        restore_geometry(self, GEOMETRY_KEY, PREFERRED_SIZE)

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_KEY)
        super().done(result)
