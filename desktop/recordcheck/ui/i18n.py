"""Installing the translators: ours (English source → Danish) and Qt's own for standard buttons.

Source strings in the code are English (``self.tr("Save")``); Danish comes from
``resources/translations/recordcheck_da.qm``, built by ``packaging/build_translations.py``.
Qt's ``qtbase_da.qm`` makes the standard buttons read "Gem", "Annuller", "Ja", "Nej".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recordcheck.paths import resource

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resource("translations"))


def install(app: QCoreApplication, lang: str) -> None:
    """Replace the installed translators with those for ``lang`` ("da" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    if lang == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{lang}", qt_dir),
        (f"recordcheck_{lang}", translations_dir()),
        (f"recordcheck_views_{lang}", translations_dir()),
        (f"recordcheck_dialogs_{lang}", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
