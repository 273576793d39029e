"""Choose which database LabLedger opens next time: the default local file, a SQLite file
(local or on a shared folder) or a PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import ArgumentError

from app.db.location import DbLocation, default_db_path, resolve, save_choice
from app.domain.errors import LabLedgerError
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.messages import show_information


class DatabaseDialog(QDialog):
    def __init__(self, current: DbLocation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Change database"))
        self.setMinimumWidth(620)

        intro = QLabel(
            self.tr(
                "Several PCs can share one database: a SQLite file on a shared folder for a few "
                "users, or a PostgreSQL server for more. The change applies the next time "
                "LabLedger starts."
            )
        )
        intro.setWordWrap(True)
        self.default_choice = QRadioButton(
            self.tr("Default local file ({path})").format(path=str(default_db_path()))
        )
        self.file_choice = QRadioButton(self.tr("SQLite file (local or on a shared folder)"))
        self.server_choice = QRadioButton(self.tr("PostgreSQL server"))
        self.group = QButtonGroup(self)
        for button in (self.default_choice, self.file_choice, self.server_choice):
            self.group.addButton(button)
        self.file_path = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("postgresql://user@server/labledger")
        self.file_path.textEdited.connect(lambda: self.file_choice.setChecked(True))
        self.server_url.textEdited.connect(lambda: self.server_choice.setChecked(True))

        if current is not None and current.source != "default":
            if current.is_sqlite:
                self.file_choice.setChecked(True)
                self.file_path.setText(current.display())
            else:
                self.server_choice.setChecked(True)
                self.server_url.setText(current.url.render_as_string(hide_password=True))
        else:
            self.default_choice.setChecked(True)

        grid = QGridLayout()
        grid.addWidget(self.default_choice, 0, 0, 1, 3)
        grid.addWidget(self.file_choice, 1, 0, 1, 3)
        grid.addWidget(self.file_path, 2, 1)
        grid.addWidget(self.browse_button, 2, 2)
        grid.addWidget(self.server_choice, 3, 0, 1, 3)
        grid.addWidget(self.server_url, 4, 1, 1, 2)
        grid.setColumnMinimumWidth(0, 20)

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if current is not None and current.source in ("argument", "environment"):
            self.note.setText(
                self.tr(
                    "This session was started with --db or the LABLEDGER_DB environment "
                    "variable; those take precedence over the choice saved here."
                )
            )
        self.note.setVisible(bool(self.note.text()))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = ask_save_path(
            self,
            self.tr("SQLite database file"),
            FilePurpose.DATABASE,
            self.tr("LabLedger database (*.sqlite3 *.db);;All files (*)"),
            near=self.file_path.text().strip(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path is not None:
            self.file_path.setText(str(path))
            self.file_choice.setChecked(True)

    def choice(self) -> str | None:
        """What to save: None for the default file, else a path or URL."""
        if self.file_choice.isChecked():
            return self.file_path.text().strip()
        if self.server_choice.isChecked():
            return self.server_url.text().strip()
        return None

    def _problem(self, choice: str | None) -> str | None:
        if choice is None:
            return None
        if not choice:
            return (
                self.tr("Enter the path of the database file.")
                if self.file_choice.isChecked()
                else self.tr("Enter the server's address.")
            )
        if self.server_choice.isChecked() and not choice.startswith("postgresql"):
            return self.tr("A server address starts with postgresql://")
        try:
            resolve(choice)
        except (ArgumentError, ValueError, LabLedgerError):
            return self.tr("This is not a valid database address.")
        return None

    def save(self) -> None:
        choice = self.choice()
        problem = self._problem(choice)
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        save_choice(choice)
        self.chosen = choice
        self.accept()
        shown = resolve(choice).display() if choice else str(default_db_path())
        show_information(
            self.parentWidget(),
            self.tr("Change database"),
            self.tr("LabLedger will open {location} the next time it starts.").format(
                location=shown
            ),
        )
