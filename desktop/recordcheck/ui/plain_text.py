"""Text is text: the register's own words (a scenario, a person, an organisation, a file path)
shown exactly as typed.

Qt guesses rich text: a label, message box or tooltip whose text has something tag-like
(``<b>Jensen</b>``) is drawn as HTML, so ``<b>Jensen</b>`` would show as a bold "Jensen" and
``&`` could vanish. Labels get ``Qt.TextFormat.PlainText`` (:func:`plain_label`); message boxes
are switched to plain text as they show (:func:`plain_box`); a tooltip cannot be told its
format, so it is given as escaped HTML (:func:`tooltip`), which shows the characters typed.
Tables draw their cells as plain text already. No words of its own here (no translations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox

_Shown = TypeVar("_Shown")


def plain_label(text: str = "") -> QLabel:
    """A label that shows ``text`` as typed."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it: escaped, so tags and ``&`` appear as typed."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


class _PlainTextBoxes(QObject):
    """Turns every message box shown while it is installed to plain text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def plain_box(show: Callable[..., _Shown]) -> Callable[..., _Shown]:
    """``QMessageBox.information`` & co. with the text shown as plain text:
    ``plain_box(QMessageBox.warning)(parent, title, text)``. The static functions stay what
    is called (tests answer them); the box they build is switched to plain text as it shows."""

    def call(*args: Any, **kwargs: Any) -> _Shown:
        app = QCoreApplication.instance()
        guard = _PlainTextBoxes()
        if app is not None:
            app.installEventFilter(guard)
        try:
            return show(*args, **kwargs)
        finally:
            if app is not None:
                app.removeEventFilter(guard)

    return call
