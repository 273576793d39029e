"""Settings: the language choice, the database for next time, the lab profile."""

from __future__ import annotations

from app.db.location import resolve, saved_choice
from app.views.settings.database_dialog import DatabaseDialog
from app.views.settings.lab_profile_dialog import LabProfileDialog
from app.views.settings.settings_page import SettingsPage
from app.views.shell.application import create_main_window
from app.views.shell.ui_settings import saved_language
from tests.ui.typing_helpers import type_text


def settings_page(window) -> SettingsPage:
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_choosing_a_language_is_saved_for_the_next_start(window):
    page = settings_page(window)
    assert page.language.currentData() is None  # follows the system
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert saved_language() == "zh_CN"
    assert page.language_note.isVisible()
    page.language.setCurrentIndex(0)
    assert saved_language() is None


def test_changing_the_database_saves_the_choice_for_the_next_start(qtbot, window, tmp_path):
    dialog = settings_page(window).change_database()
    assert isinstance(dialog, DatabaseDialog)
    dialog.file_path.clear()
    type_text(qtbot, dialog.file_path, str(tmp_path / "shared.sqlite3"))
    assert dialog.file_choice.isChecked()
    dialog.save()
    assert saved_choice() == str(tmp_path / "shared.sqlite3")
    assert resolve(None).sqlite_path == tmp_path / "shared.sqlite3"


def test_a_server_address_is_checked_before_it_is_saved(qtbot, window):
    dialog = window.change_database()
    type_text(qtbot, dialog.server_url, "mysql://nope")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert saved_choice() is None
    dialog.server_url.clear()
    type_text(qtbot, dialog.server_url, "postgresql://lab@server/ledger")
    dialog.save()
    assert saved_choice() == "postgresql://lab@server/ledger"


def test_a_database_given_on_the_command_line_is_explained(qtbot, ledger, clock, errors):
    location = resolve(ledger.engine.url.database)
    window = create_main_window(ledger, clock, location=location, errors=errors)
    qtbot.addWidget(window)
    page = settings_page(window)
    assert page.database_label.text() == location.display()
    assert "--db" in page.source_label.text()
    dialog = page.change_database()
    assert "--db" in dialog.note.text()
    dialog.close()
    window.close()


def test_the_lab_profile_opens_with_what_is_stored(qtbot, window):
    page = settings_page(window)
    page.profile_button.click()
    qtbot.waitUntil(lambda: page.findChild(LabProfileDialog) is not None)
    dialog = page.findChild(LabProfileDialog)
    assert dialog.inputs["name"].text() == "测试检测实验室"
    dialog.reject()


def test_the_labs_own_uscc_is_checked_and_shown_at_its_field(qtbot, window, ledger):
    page = settings_page(window)
    page.profile_button.click()
    qtbot.waitUntil(lambda: page.findChild(LabProfileDialog) is not None)
    dialog = page.findChild(LabProfileDialog)
    type_text(qtbot, dialog.inputs["tax_id"], "91350100M000100Y44")
    dialog.save()
    error = dialog.field_errors["tax_id"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == (
        "The unified social credit code 91350100M000100Y44 is wrong at position 18: the check "
        "character should be 3, not 4."
    )
    assert dialog.isVisible()
    dialog.inputs["tax_id"].clear()
    type_text(qtbot, dialog.inputs["tax_id"], "91350100m000100y43")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.saved is not None and dialog.saved.tax_id == "91350100M000100Y43"
