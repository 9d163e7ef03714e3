"""Driving widgets the way a keyboard user does: type, arrow through choices, space to tick."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget, QWizard

from recordcheck.ui.purpose_card import PurposeCard


def choose(qtbot: Any, combo: QComboBox, data: Any) -> None:
    """Select the item carrying ``data`` with the arrow keys."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def press(qtbot: Any, button: QAbstractButton) -> None:
    """Toggle or press a button with the space bar, as a keyboard user would."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: Any, wizard: QWizard) -> str:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=2000)
    click(qtbot, button)
    return wizard.currentPage().topic.key


def finish(qtbot: Any, wizard: QWizard) -> None:
    button = wizard.save_button
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=2000)
    click(qtbot, button)


def shown_verdicts(window: Any) -> dict[str, str]:
    """Purpose → the verdict text on its card (after Qt has shown the new cards)."""
    QApplication.processEvents()
    cards = window.scenarios.assessment.findChildren(PurposeCard)
    return {c.purpose["purpose"]: c.verdict_label.text() for c in cards if c.isVisibleTo(window)}
