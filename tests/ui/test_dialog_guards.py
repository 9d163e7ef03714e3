"""Slips that must not cost an answer: the wheel over an unclicked input, and Annuller on the
first run (which explains *later* instead of quitting)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)

from recordcheck.domain.vocabulary import ControllerType, Purpose
from recordcheck.services.legal import load_rulebase
from recordcheck.ui import i18n
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.wizard import ScenarioWizard
from ui.helpers import choose, click, next_page, press, type_into


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of a real mouse wheel over ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def new_wizard(qtbot, lang: str = "da") -> ScenarioWizard:
    wizard = ScenarioWizard(load_rulebase(), lang)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return wizard


def test_the_wheel_over_an_unclicked_drop_down_keeps_the_answer(qtbot, danish):
    wizard = new_wizard(qtbot)
    type_into(qtbot, wizard.widget("name").edit, "Kundeservice")
    assert next_page(qtbot, wizard) == "setting"
    page = wizard.currentPage().widgets
    controller = page["controller_type"].combo
    choose(qtbot, controller, ControllerType.ASSOCIATION)
    sector = page["sector"].combo
    assert sector.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert controller.hasFocus() and not sector.hasFocus()
    before = sector.currentIndex()

    wheel(sector)
    wheel(sector)
    assert sector.currentIndex() == before
    assert not sector.hasFocus()  # the wheel does not take the focus either
    assert wizard.answers()["sector"] is None

    wheel(controller)  # the drop-down the user is working in still takes the wheel
    assert controller.currentData() != ControllerType.ASSOCIATION

    qtbot.mouseClick(sector, Qt.MouseButton.LeftButton)  # clicked: now it is the user's
    sector.hidePopup()
    assert sector.hasFocus()
    wheel(sector)
    assert sector.currentIndex() == before + 1
    assert wizard.answers()["sector"] is not None


def test_the_wheel_scrolls_the_page_instead(qtbot, danish):
    wizard = new_wizard(qtbot)
    wizard.resize(1040, 420)  # short enough that the questions need scrolling
    type_into(qtbot, wizard.widget("name").edit, "Kundeservice")
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    scroll = page.findChild(QWidget, "qt_scrollarea_viewport").parent()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    combo = next(c for c in page.findChildren(QComboBox) if c.isVisible() and not c.hasFocus())
    index = combo.currentIndex()
    wheel(combo)
    assert bar.value() > 0 and combo.currentIndex() == index


def test_retention_spin_boxes_made_later_are_guarded_too(qtbot, danish):
    wizard = new_wizard(qtbot)
    type_into(qtbot, wizard.widget("name").edit, "Møder")
    next_page(qtbot, wizard)
    next_page_ready = wizard.currentPage().widgets
    choose(qtbot, next_page_ready["controller_type"].combo, ControllerType.ASSOCIATION)
    choose(qtbot, next_page_ready["channel"].combo, next_page_ready["channel"].combo.itemData(1))
    next_page(qtbot, wizard)
    press(qtbot, wizard.widget("purposes").boxes[Purpose.TRAINING])
    qtbot.waitUntil(lambda: Purpose.TRAINING in wizard.widget("retention_days").spins, timeout=2000)
    spin = wizard.widget("retention_days").spins[Purpose.TRAINING]
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(spin, steps=1)
    assert spin.value() == -1 and wizard.answers()["retention_days"] == {}


def later_question(dialog: OrganisationDialog, qtbot) -> QMessageBox:
    qtbot.waitUntil(
        lambda: dialog.later_question is not None and dialog.later_question.isVisible(),
        timeout=2000,
    )
    assert dialog.later_question is not None
    return dialog.later_question


def test_cancelling_the_first_run_explains_later_and_can_go_back(qtbot, danish):
    dialog = OrganisationDialog(None, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    click(qtbot, cancel)
    box = later_question(dialog, qtbot)
    assert dialog.isVisible()
    assert box.text() == "Vil I udfylde organisationens oplysninger senere?"
    assert "Filer\u00a0→\u00a0Organisation\u00a0…" in box.informativeText()  # kept on one line
    assert "[udfyld: organisationens navn]" in box.informativeText()
    click(qtbot, box.findChild(QPushButton, "fillInNow"))
    qtbot.waitUntil(lambda: dialog.later_question is None, timeout=2000)
    assert dialog.isVisible() and not dialog.postponed

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape asks the same
    box = later_question(dialog, qtbot)
    later = box.findChild(QPushButton, "fillInLater")
    assert later.text().replace("&", "") == "Senere" and box.defaultButton() is later
    click(qtbot, later)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.postponed and dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_on_the_file_menu_s_dialog_closes_at_once(qtbot, danish):
    dialog = OrganisationDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not dialog.isVisible() and dialog.later_question is None and not dialog.postponed
