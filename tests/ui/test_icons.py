"""One icon set for the sidebar, the action bars and the application: every icon ships under
its licence, loads, and draws sharp at 100%, 125% and 150% in the palette's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QPushButton

from app.views.shell.application import create_application
from app.views.widgets import icons
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.icons import APP_ICON_FILE, Icon, icon, icons_dir


def drawn_colours(image: QImage, opacity: int = 255) -> set[str]:
    """The colours of the pixels an icon covers at least ``opacity`` (of 255)."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() >= opacity
    }


def visible(image: QImage) -> bool:
    """Something is drawn that the eye sees: thin strokes at small sizes cover few pixels
    fully, so half-covered pixels count."""
    return bool(drawn_colours(image, opacity=128))


@pytest.mark.parametrize("which", list(Icon), ids=lambda which: which.name)
def test_every_icon_loads_and_draws_at_20_and_30_pixels(qapp, which):
    made = icon(which)
    assert not made.isNull()
    for size in (20, 30):
        image = made.pixmap(size, size).toImage()
        assert image.size() == QSize(size, size)
        assert visible(image), f"{which.name} draws nothing at {size}px"


@pytest.mark.parametrize("scale", [1.25, 1.5, 2.0])
def test_icons_are_drawn_for_the_screens_scaling_not_enlarged(qapp, scale):
    # A 20px icon on a 150% screen is drawn on 30 device pixels from the SVG.
    pixmap = icon(Icon.CUSTOMERS).pixmap(QSize(20, 20), scale)
    assert pixmap.devicePixelRatio() == scale
    assert pixmap.size() == QSize(round(20 * scale), round(20 * scale))
    assert visible(pixmap.toImage())


def test_icons_take_the_palettes_text_colours(qapp):
    palette = qapp.palette()
    made = icon(Icon.PAYMENTS)

    def colours(mode: QIcon.Mode) -> set[str]:
        return drawn_colours(made.pixmap(QSize(48, 48), 1.0, mode).toImage())

    assert colours(QIcon.Mode.Normal) == {palette.color(QPalette.ColorRole.Text).name()}
    # Selected in the sidebar: as light as the selected text, not darkened into the highlight.
    assert colours(QIcon.Mode.Selected) == {
        palette.color(QPalette.ColorRole.HighlightedText).name()
    }
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert colours(QIcon.Mode.Disabled) == {disabled.name()}


def test_an_unwritable_cache_still_gives_every_icon(qapp, tmp_path, monkeypatch, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(icons, "_cache", {})
    made = icon(Icon.SETTINGS)
    assert "drawing it as shipped" in caplog.text
    assert visible(made.pixmap(20, 20).toImage())


def test_the_icon_files_ship_with_their_licence_and_source():
    folder = icons_dir()
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Lucide" in readme and "1.33.0" in readme
    shipped = {path.stem for path in folder.glob("*.svg")} - {APP_ICON_FILE[: -len(".svg")]}
    # Every file is used, and every icon has its file.
    assert shipped == {which.value for which in Icon}


def test_the_application_has_its_icon(qapp):
    application = create_application([])
    window_icon = application.windowIcon()
    assert not window_icon.isNull()
    for size in (16, 32, 256):
        assert visible(window_icon.pixmap(size, size).toImage())


def test_every_section_and_action_button_has_an_icon(window):
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
        assert visible(item.icon().pixmap(20, 20).toImage()), item.text()
    pages = {key: window.show_section(key) for key in window.section_keys()}
    bars = window.findChildren(ActionBar)
    assert len(bars) >= 5
    for bar in bars:
        for button in bar.findChildren(QPushButton):
            assert not button.icon().isNull(), button.text()
    receivables = pages["receivables"]
    for button in (
        receivables.aging_button,
        receivables.provision_button,
        receivables.export_button,
        receivables.print_button,
    ):
        assert not button.icon().isNull(), button.text()
    customers = pages["customers"]
    assert customers.search.actions(), "the search box shows a magnifier"
