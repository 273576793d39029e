"""The application's name (QSettings finds the user's preferences under it) and the
translators of the language the user chose, shared by the GUI and the command line's
``labledger export`` (whose headers and texts are the screen's)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.views.resources import resources_dir

log = logging.getLogger(__name__)

APP_NAME = "LabLedger"


def install_translators(application: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, file, print and colour dialogs) and ours, in
    ``language``. Qt asks the translator installed last first, so our supplement to Qt's
    file fills its gaps."""
    QLocale.setDefault(QLocale(language))
    ours = str(resources_dir() / "translations")
    installed = []
    for name, folder in (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"qtbase_extra_{language}", ours),
        (f"labledger_{language}", ours),
    ):
        translator = QTranslator(application)
        if translator.load(name, folder):
            application.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("labledger") or language != "en":
            # English needs none of Qt's files: Qt's strings are English.
            log.warning("no translation file %s in %s", name, folder)
    return installed
