"""Composition root of the GUI: the QApplication, translations, error handling, opening the
database off the GUI thread, and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.db.location import DbLocation
from app.db.session import Database
from app.domain.clock import Clock
from app.domain.errors import DatabaseUnavailableError, LabLedgerError
from app.platform.log_setup import setup_logging
from app.services.core.context import Actor, system_actor
from app.services.core.startup import open_database, run_startup_jobs
from app.views.auth.login_dialogs import ask_for_login
from app.views.backup.backup_scheduler import BackupScheduler
from app.views.ops.change_bus import ChangeBus
from app.views.ops.op_runner import OpRunner
from app.views.ops.serial_writer import SerialWriter
from app.views.resources import resources_dir as resources_dir  # also for the tests
from app.views.shell.error_dialogs import ErrorPresenter, expected_error_box
from app.views.shell.gui_gc import GuiThreadCollector
from app.views.shell.main_window import MainWindow
from app.views.shell.translations import APP_NAME, install_translators
from app.views.shell.ui_settings import ui_language
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import app_icon

log = logging.getLogger(__name__)

EXIT_CANNOT_OPEN = 1


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    application = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv)
    )
    application.setApplicationName(APP_NAME)
    application.setOrganizationName(APP_NAME)
    application.setWindowIcon(app_icon())
    return application


def create_main_window(
    db: Database,
    clock: Clock,
    *,
    location: DbLocation | None = None,
    errors: ErrorPresenter | None = None,
    actor: Actor | None = None,
) -> MainWindow:
    """The main window on an open database, with its runner, writer and change bus, and the
    start-up jobs queued on the writer. Tests build the window through this without
    ``run_gui``."""
    errors = errors or ErrorPresenter()
    if actor is not None and actor.user_id is not None:
        # Everything the window reads is seen by the user logged in (visibility.py).
        db = db.as_viewer(actor)
    bus = ChangeBus()
    ctx = ViewContext(
        db=db,
        clock=clock,
        actor=actor or system_actor(clock),
        runner=OpRunner(db, errors),
        writer=SerialWriter(db, errors, bus),
        bus=bus,
        errors=errors,
        location=location,
    )
    window = MainWindow(ctx)
    # The window owns the helpers so they live exactly as long as it does.
    for helper in (bus, errors, ctx.runner, ctx.writer):
        if helper.parent() is None:
            helper.setParent(window)
    # Jobs that write (judging promises to pay) run once here, off the GUI thread, so that
    # no screen has to write when it opens; what they change is announced like any write.
    ctx.writer.write(lambda _op: run_startup_jobs(db, clock))
    return window


def _open(location: DbLocation) -> Database:
    try:
        db, migration = open_database(location)
    except LabLedgerError:
        raise
    except Exception as exc:
        # Whatever stops the database from opening (a missing driver, a bad URL...) is a
        # reason to show, not a crash; the traceback still goes to the log.
        log.exception("cannot open %s", location.display())
        raise DatabaseUnavailableError(location=location.display(), reason=str(exc)) from exc
    if migration is not None and migration.backup is not None:
        log.info("database upgraded; previous file kept at %s", migration.backup)
    return db


def run_gui(location: DbLocation, clock: Clock) -> int:
    """Open the GUI on ``location``; returns the exit code."""
    log_path = setup_logging()
    log.info("starting GUI on %s", location.display())
    application = create_application()
    install_translators(application, ui_language())
    errors = ErrorPresenter(log_path, application)
    errors.install_excepthook()
    collector = GuiThreadCollector(application)
    collector.start()

    opening = QProgressDialog(
        QCoreApplication.translate("Application", "Opening the database {location}…").format(
            location=location.display()
        ),
        "",
        0,
        0,
    )
    opening.setWindowTitle(APP_NAME)
    opening.setCancelButton(None)
    opening.setWindowModality(Qt.WindowModality.ApplicationModal)
    opening.setMinimumDuration(400)

    state: dict[str, object] = {}

    def opened(db: Database) -> None:
        state["db"] = db
        opening.reset()
        log_in_and_show(db)

    def log_in_and_show(db: Database) -> None:
        # The first administrator of a new database, else a log-in; giving up quits.
        actor = ask_for_login(db, clock)
        if actor is None:
            application.exit(0)
            return
        log.info("logged in as %s (%s)", actor.login, actor.role.value)
        window = create_main_window(db, clock, location=location, errors=errors, actor=actor)
        state["window"] = window
        window.logoutRequested.connect(lambda: switch_user(db, window))
        window.show()
        log.info("main window shown")
        window.notifications.start_reminders()
        BackupScheduler(window.ctx, window).start()

    def switch_user(db: Database, window: MainWindow) -> None:
        # The log-in shows before the last window closes, or closing it would quit.
        application.setQuitOnLastWindowClosed(False)
        try:
            window.close()
            window.deleteLater()
            state.pop("window", None)
            log_in_and_show(db)
        finally:
            application.setQuitOnLastWindowClosed(True)

    def failed(exc: LabLedgerError) -> None:
        log.error("cannot open the database: %s", exc.message)
        expected_error_box(None, exc).exec()
        application.exit(EXIT_CANNOT_OPEN)

    opener = OpRunner(None, errors, parent=application)
    opener.run(
        lambda _op: _open(location), opened, on_expected_error=failed, on_finished=opening.reset
    )
    code = application.exec()
    collector.stop()
    db = state.get("db")
    if isinstance(db, Database):
        db.dispose()
    log.info("GUI closed with exit code %s", code)
    return code
