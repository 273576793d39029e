"""文件 › 备份与恢复: where the daily backups of a SQLite database go and how many are
kept, the backups there, a backup now, and restoring one (after a confirmation that says
what the file holds). A PostgreSQL database is backed up by its server."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.backup.backup_service import (
    MAX_KEEP,
    BackupFile,
    BackupInfo,
    BackupResult,
    BackupSettings,
    RestoreResult,
    back_up,
    default_folder,
    describe_backup,
    get_backup_settings,
    list_backups,
    restore_backup,
    save_backup_settings,
)
from app.services.core.changes import Changed
from app.services.core.permissions import MANAGERS
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.detail_section import readonly_table
from app.views.widgets.file_dialogs import FilePurpose, ask_open_path
from app.views.widgets.icons import Icon
from app.views.widgets.messages import show_information

MB = 1024 * 1024


def local_text(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Backup and restore"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        location = ctx.location
        self.database = location.sqlite_path if location is not None else None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if self.database is None:
            self.intro.setText(
                self.tr(
                    "This database is on a PostgreSQL server. Back it up on the server "
                    "(pg_dump, or the server's scheduled backups) and restore it there "
                    "(pg_restore): LabLedger makes no copies of a server database."
                )
            )
            layout.addWidget(buttons)
            return
        self.intro.setText(
            self.tr(
                "LabLedger copies the database {path} into the backups folder once a day "
                "while it runs, and keeps the newest ones. Restoring puts a backup in place "
                "of the database; the database open now is kept beside it."
            ).format(path=str(self.database))
        )
        self._build_settings(layout)
        self.backups = readonly_table([self.tr("Taken"), self.tr("Size"), self.tr("File")], 2, 180)
        self.backups.setSelectionBehavior(self.backups.SelectionBehavior.SelectRows)
        self.backups.itemSelectionChanged.connect(self._update_actions)
        layout.addWidget(self.backups, 1)
        self.actions_bar = ActionBar(ctx.actor)
        self.backup_button = self.actions_bar.add(
            self.tr("Back up now"),
            self.back_up_now,
            MANAGERS,
            "back up the database",
            icon=Icon.DATABASE,
        )
        self.restore_button = self.actions_bar.add(
            self.tr("Restore selected…"),
            self.restore_selected,
            MANAGERS,
            "restore a backup",
            icon=Icon.UNDO,
        )
        self.restore_file_button = self.actions_bar.add(
            self.tr("Restore from file…"),
            self.restore_from_file,
            MANAGERS,
            "restore a backup",
            icon=Icon.OPEN,
        )
        self.actions_bar.add_stretch()
        layout.addWidget(self.actions_bar)
        layout.addWidget(buttons)
        self.files: list[BackupFile] = []
        self.settings = BackupSettings()
        self.confirmation: QMessageBox | None = None
        ctx.runner.query(get_backup_settings, self._show_settings, owner=self)
        self._update_actions()

    def _build_settings(self, layout: QVBoxLayout) -> None:
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(default_folder()))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setSuffix(self.tr(" daily backups"))
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save_settings)
        allowed = self._ctx.actor.can(*MANAGERS)
        for widget in (self.folder, self.browse_button, self.keep, self.save_button):
            widget.setEnabled(allowed)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Backups folder"), folder_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_button)
        form.addRow(self.tr("Keep the newest"), keep_row)
        layout.addLayout(form)

    # --- settings and the list of backups ------------------------------------------------

    def _show_settings(self, settings: BackupSettings) -> None:
        self.settings = settings
        self.folder.setText(settings.folder)
        self.keep.setValue(settings.keep)
        self.refresh()

    def refresh(self) -> None:
        database, folder = self.database, self.settings.path()
        assert database is not None
        self._ctx.runner.run(
            lambda _op: list_backups(database, folder), self._show_backups, owner=self
        )

    def _show_backups(self, files: list[BackupFile]) -> None:
        self.files = files
        self.backups.setRowCount(len(files))
        for row, backup in enumerate(files):
            try:
                size = backup.path.stat().st_size
            except OSError:
                size = 0
            size_item = QTableWidgetItem(f"{size / MB:,.1f} MB")
            size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backups.setItem(row, 0, QTableWidgetItem(local_text(backup.taken)))
            self.backups.setItem(row, 1, size_item)
            self.backups.setItem(row, 2, QTableWidgetItem(backup.path.name))
        for column in (0, 1):
            self.backups.resizeColumnToContents(column)
        self._update_actions()

    def _update_actions(self) -> None:
        self.actions_bar.set_available(self.restore_button, self._selected() is not None)

    def _selected(self) -> BackupFile | None:
        rows = {index.row() for index in self.backups.selectionModel().selectedRows()}
        return self.files[min(rows)] if rows and min(rows) < len(self.files) else None

    def _browse(self) -> None:
        start = self.folder.text().strip() or str(default_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backups folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def save_settings(self) -> None:
        ctx, wanted = self._ctx, BackupSettings(self.folder.text(), self.keep.value())
        ctx.writer.write(
            lambda op: save_backup_settings(op.database, ctx.actor, wanted),
            self._settings_saved,
            owner=self,
        )

    def _settings_saved(self, settings: BackupSettings) -> None:
        self.settings = settings
        self._ctx.bus.notice(self.tr("Backup settings saved."))
        self.refresh()

    def back_up_now(self) -> None:
        database, settings, clock = self.database, self.settings, self._ctx.clock
        assert database is not None
        self.backup_button.setEnabled(False)
        self._ctx.runner.run(
            lambda _op: back_up(database, settings, clock.now_utc()),
            self._backed_up,
            owner=self,
            on_finished=lambda: self.actions_bar.set_available(self.backup_button, True),
        )

    def _backed_up(self, result: BackupResult) -> None:
        self._ctx.bus.notice(self.tr("Backup saved: {path}").format(path=result.path))
        self.refresh()

    # --- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.restore(selected.path)

    def restore_from_file(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Restore from a backup"),
            FilePurpose.DATABASE,
            self.tr("LabLedger database (*.sqlite3 *.db);;All files (*)"),
        )
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Read what the file holds (refusing what is not a LabLedger database), then ask."""
        self._ctx.runner.run(lambda _op: describe_backup(path), self.confirm, owner=self)

    def confirm(self, info: BackupInfo) -> None:
        """The question, naming the file's date and what it holds (kept as ``confirmation``)."""
        counts = info.counts
        text = self.tr(
            "Restore the backup {file}?\n\n"
            "It was written on {written}; its newest change is from {last}. It holds "
            "{customers} customers, {invoices} invoices, {payments} payments and {entries} "
            "audit entries.\n\n"
            "The database open now is replaced by it and kept as a copy beside it. Anyone "
            "else using this database should close LabLedger first."
        ).format(
            file=info.path.name,
            written=local_text(info.modified),
            last=local_text(info.last_entry) if info.last_entry else self.tr("unknown"),
            customers=f"{counts.get('customers', 0):,}",
            invoices=f"{counts.get('invoices', 0):,}",
            payments=f"{counts.get('payments', 0):,}",
            entries=f"{counts.get('audit_entries', 0):,}",
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        restore.clicked.connect(lambda: self._restore(info.path))
        self.confirmation = box
        box.open()

    def _restore(self, path: Path) -> None:
        ctx, location = self._ctx, self._ctx.location
        assert location is not None

        def job(op: Op) -> Changed[RestoreResult]:
            return restore_backup(op.database, ctx.actor, location, path)

        ctx.writer.write(job, self._restored, owner=self)

    def _restored(self, result: RestoreResult) -> None:
        self.restored = result
        kept = str(result.kept) if result.kept else self.tr("(there was none)")
        show_information(
            self,
            self.tr("Restore from a backup"),
            self.tr("Restored {file}. The database it replaced is kept as {kept}.").format(
                file=result.source.name, kept=kept
            ),
        )
        self.refresh()
