"""The user's preferences (language, window geometry, chosen profile), in one place.

Kept as an INI file in the data folder rather than the OS registry, so a portable
``--data-dir`` carries them along and tests never touch the real user's settings. Organisation
data belongs in the register, never here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from recordcheck.texts import LANGUAGES, normalise_language

_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_LAST_FOLDER = "files/last_folder"


class Settings:
    """Typed access to the few preferences RecordCheck remembers."""

    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        value = self._qs.value(_LANGUAGE)
        return normalise_language(str(value)) if value in LANGUAGES else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue(_LANGUAGE, normalise_language(lang))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    def splitter(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    def save_window(
        self, geometry: QByteArray, state: QByteArray, splitter: QByteArray | None = None
    ) -> None:
        self._qs.setValue(_GEOMETRY, geometry)
        self._qs.setValue(_STATE, state)
        if splitter is not None:
            self._qs.setValue(_SPLITTER, splitter)
        self._qs.sync()

    def last_folder(self) -> Path | None:
        """The folder a file was last saved to or opened from, if it still exists."""
        value = self._qs.value(_LAST_FOLDER)
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self._qs.setValue(_LAST_FOLDER, str(folder))
        self._qs.sync()
