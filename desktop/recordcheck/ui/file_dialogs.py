"""The one place the window asks for a file name: it starts in the folder used last.

Every save and open dialog goes through here, so the folder a user picked for the sign is
offered again for the notice, across starts (kept in :class:`~recordcheck.ui.settings.Settings`).
The dialogs are Qt's own (native on Windows and macOS, Qt's widgets elsewhere, translated by
``qtbase_da.qm``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from recordcheck.ui.settings import Settings

_settings: list[Settings] = []


def remember_in(settings: Settings) -> None:
    """Keep the last folder in ``settings`` (the session's), replacing any earlier choice."""
    _settings[:] = [settings]


def _start(name: str = "") -> str:
    folder = _settings[0].last_folder() if _settings else None
    if folder is None:
        return name
    return str(folder / name) if name else str(folder)


def _remember(path: str) -> None:
    if path and _settings:
        _settings[0].set_last_folder(Path(path).parent)


def save_path(parent: QWidget | None, title: str, name: str, filters: str) -> tuple[str, str]:
    """Ask where to save ``name``; returns (path or "", the chosen filter)."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, _start(name), filters)
    _remember(path)
    return path, chosen


def open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask which file to open; returns its path or ""."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(), filters)
    _remember(path)
    return path
