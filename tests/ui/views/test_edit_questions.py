"""Editing a scenario whose Art. 30 entry was edited by hand: the window shows what will change
and asks; *Keep* keeps the hand edit, *Overwrite* replaces it, *Cancel* saves nothing and
reopens the wizard with the answers. And an organisation left for later is a reminder in the
status line, not a dialog at every start, until it is filled in."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from recordcheck.domain.organisation import Organisation
from recordcheck.services import records
from recordcheck.ui import main_window as main_window_module
from ui.helpers import finish, type_into
from ui.views.conftest import section

HAND = "Our own title for the sales calls"


@pytest.fixture
def answer_overwrite(monkeypatch):
    """``choose("keep" | "overwrite" | "cancel")`` answers the next overwrite question;
    returns the questions shown (their informative text)."""
    shown: list[str] = []
    choice = {"button": "cancel"}

    def ask(box: QMessageBox):
        shown.append(box.informativeText())
        wanted = {"keep": "&Keep the hand edits", "overwrite": "&Overwrite the hand edits"}
        for button in box.buttons():
            if button.text() == wanted.get(choice["button"]):
                return button
        return box.button(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(main_window_module, "ask", ask)

    def choose(name: str) -> list[str]:
        choice["button"] = name
        return shown

    return choose


def _hand_edited(window) -> int:
    ws = window.workspace
    activity = records.generate_activity(ws, window.scenario_id)
    records.save_activity(ws, dataclasses.replace(activity, name=HAND))
    return activity.id


def _rename_in_wizard(qtbot, window, name: str):
    window.scenarios.select(window.scenario_id)
    window.act_edit.trigger()
    wizard = window.wizard
    field = wizard.widget("name").edit
    field.selectAll()
    type_into(qtbot, field, name)
    finish(qtbot, wizard)
    QApplication.processEvents()
    return wizard


def test_keep_overwrite_and_cancel(qtbot, window, answer_overwrite) -> None:
    activity_id = _hand_edited(window)
    reg = window.workspace.register

    shown = answer_overwrite("keep")
    _rename_in_wizard(qtbot, window, "Outbound sales 2027")
    assert len(shown) == 1 and "Name" in shown[0] and "edited by hand" in shown[0]
    assert reg().scenario(window.scenario_id).scenario.name == "Outbound sales 2027"
    assert reg().activity(activity_id).name == HAND

    answer_overwrite("cancel")
    wizard = _rename_in_wizard(qtbot, window, "Outbound sales 2028")
    assert reg().scenario(window.scenario_id).scenario.name == "Outbound sales 2027"
    assert window.wizard is wizard and wizard.isVisible()  # the answers are still there
    assert wizard.widget("name").edit.text() == "Outbound sales 2028"
    wizard.done(0)

    answer_overwrite("overwrite")
    _rename_in_wizard(qtbot, window, "Outbound sales 2029")
    assert reg().activity(activity_id).name == "Outbound sales 2029"
    assert len(shown) == 3


def test_a_postponed_organisation_is_a_reminder_until_filled_in(qtbot, window) -> None:
    window.remind_organisation()
    window.remind_organisation()  # once is enough
    reminders = window.findChildren(QPushButton, "organisationReminder")
    assert len(reminders) == 1 and reminders[0].isVisibleTo(window)
    records.save_organisation(window.workspace, Organisation(name="Klinikken <b>&</b> Co"))
    QApplication.processEvents()
    assert not reminders[0].isVisibleTo(window)
    assert window._org_reminder is None
    section(window, "documents")  # the documents section still builds
