"""The wizard driven like a user: typed, chosen and ticked, then saved to the register."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWizard

from recordcheck.domain.vocabulary import (
    Channel,
    ConsentMechanism,
    ControllerType,
    InformationTiming,
    Purpose,
    Sector,
)
from recordcheck.ui.fact_widgets import BoolFact, ChoiceFact, MultiFact, RetentionFact
from ui.helpers import choose, click, finish, next_page, press, shown_verdicts, type_into


def test_new_scenario_typed_chosen_ticked_and_saved(qtbot, make_session):
    session = make_session("da")
    window = session.show_main()
    qtbot.addWidget(window)
    window.act_new.trigger()
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()

    type_into(qtbot, wizard.widget("name").edit, "Værkstedets bookinglinje")
    assert next_page(qtbot, wizard) == "setting"
    setting = wizard.currentPage().widgets
    assert isinstance(setting["controller_type"], ChoiceFact)
    choose(qtbot, setting["controller_type"].combo, ControllerType.PRIVATE_COMPANY)
    choose(qtbot, setting["channel"].combo, Channel.PHONE_INBOUND)
    participates = setting["organisation_participates"]
    assert isinstance(participates, BoolFact)
    press(qtbot, participates.buttons[True])
    press(qtbot, setting["covert"].buttons[False])
    choose(qtbot, setting["sector"].combo, Sector.GENERAL)

    assert next_page(qtbot, wizard) == "purposes"
    purposes = wizard.currentPage().widgets["purposes"]
    assert isinstance(purposes, MultiFact)
    press(qtbot, purposes.boxes[Purpose.TRAINING])
    # documentation, threats and legal obligation are not chosen: their pages are skipped
    assert next_page(qtbot, wizard) == "people"
    assert not wizard.widget("participants.professional_relation").isVisibleTo(wizard)
    assert next_page(qtbot, wizard) == "consent"
    consent = wizard.currentPage().widgets
    choose(qtbot, consent["consent.mechanism"].combo, ConsentMechanism.ANNOUNCEMENT_ONLY)
    choose(qtbot, consent["information.timing"].combo, InformationTiming.AT_START)
    assert next_page(qtbot, wizard) == "retention"
    retention = wizard.widget("retention_days")
    assert isinstance(retention, RetentionFact)
    spin = retention.spins[Purpose.TRAINING]
    spin.setFocus()
    spin.selectAll()
    type_into(qtbot, spin, "30")
    qtbot.waitUntil(lambda: "Kræver samtykke" in wizard.preview.body.text(), timeout=2000)
    finish(qtbot, wizard)

    records = session.register.scenarios()
    assert len(records) == 1
    stored = records[0].scenario
    assert stored.name == "Værkstedets bookinglinje"
    assert stored.controller_type is ControllerType.PRIVATE_COMPANY
    assert stored.channel is Channel.PHONE_INBOUND
    assert stored.purposes == (Purpose.TRAINING,)
    assert stored.organisation_participates is True
    assert stored.covert is False
    assert stored.media is None  # left at "Ved ikke"
    assert stored.consent.mechanism is ConsentMechanism.ANNOUNCEMENT_ONLY
    assert dict(stored.retention_days) == {Purpose.TRAINING: 30}
    assert session.register.latest_assessment(records[0].id) is not None
    # The first assessment starts the paperwork: an Art. 30 entry and the retention rule.
    assert [a.scenario_id for a in session.register.activities()] == [records[0].id]
    assert [(r.purpose, r.period_days) for r in session.register.retention_rules()] == [
        (Purpose.TRAINING, 30)
    ]
    assert shown_verdicts(window) == {"training": "!  Kræver samtykke"}


def test_documentation_page_only_when_documentation_is_a_purpose(qtbot, make_session):
    session = make_session("da")
    window = session.show_main()
    qtbot.addWidget(window)
    window.act_new.trigger()
    wizard = window.wizard
    type_into(qtbot, wizard.widget("name").edit, "Møder")
    next_page(qtbot, wizard)
    page = wizard.currentPage().widgets
    choose(qtbot, page["controller_type"].combo, ControllerType.ASSOCIATION)
    choose(qtbot, page["channel"].combo, Channel.DIGITAL_MEETING)
    next_page(qtbot, wizard)
    press(qtbot, wizard.widget("purposes").boxes[Purpose.DOCUMENTATION])
    assert next_page(qtbot, wizard) == "documentation"
    assert next_page(qtbot, wizard) == "people"
    assert wizard.widget("participants.professional_relation").isVisibleTo(wizard)


def test_next_is_disabled_until_the_required_facts_are_given(qtbot, make_session):
    session = make_session("da")
    window = session.show_main()
    qtbot.addWidget(window)
    window.new_scenario()
    wizard = window.wizard
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into(qtbot, wizard.widget("name").edit, "X")
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled, timeout=2000)


def test_editing_uses_the_same_pages_and_updates_the_record(qtbot, make_session):
    from recordcheck.ui.presets import presets

    session = make_session("da")
    clinic = next(p for p in presets() if p.key == "clinic-phone-line")
    record = session.register.add_scenario(clinic.scenario)
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    window.act_edit.trigger()
    wizard = window.wizard
    assert wizard.editing and wizard.preset_combo is None
    assert wizard.scenario() == clinic.scenario
    name = wizard.widget("name").edit
    name.selectAll()
    type_into(qtbot, name, "Klinikken, ny linje")
    finish(qtbot, wizard)
    updated = session.register.scenario(record.id)
    assert updated.scenario.name == "Klinikken, ny linje"
    assert updated.version == record.version + 1
    assert updated.scenario.purposes == clinic.scenario.purposes


# -- closing: nothing is lost by a slip ------------------------------------------------------


def opened_wizard(qtbot, scenario=None):
    from recordcheck.services.legal import load_rulebase
    from recordcheck.ui import i18n
    from recordcheck.ui.wizard import ScenarioWizard

    i18n.install(QApplication.instance(), "da")
    wizard = ScenarioWizard(load_rulebase(), "da", scenario)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def discard_question(qtbot, wizard) -> QMessageBox:
    qtbot.waitUntil(
        lambda: wizard.discard_question is not None and wizard.discard_question.isVisible(),
        timeout=2000,
    )
    return wizard.discard_question


def answer(qtbot, wizard, button: str) -> None:
    box = discard_question(qtbot, wizard)
    click(qtbot, box.findChild(QPushButton, button))
    qtbot.waitUntil(lambda: wizard.discard_question is None, timeout=2000)


@pytest.fixture
def english_afterwards(qapp):
    yield
    from recordcheck.ui import i18n

    i18n.install(qapp, "en")


def test_an_untouched_wizard_closes_at_once(qtbot, english_afterwards):
    wizard = opened_wizard(qtbot)
    finished = []
    wizard.finished.connect(finished.append)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.discard_question is None
    assert finished == [QDialog.DialogCode.Rejected]


def test_escape_with_answers_asks_and_keep_editing_keeps_them(qtbot, english_afterwards):
    wizard = opened_wizard(qtbot)
    accepted = []
    wizard.accepted.connect(lambda: accepted.append(True))
    type_into(qtbot, wizard.widget("name").edit, "Værkstedets bookinglinje")
    qtbot.keyClick(wizard.widget("name").edit, Qt.Key.Key_Escape)
    box = discard_question(qtbot, wizard)
    assert box.text() == "Vil I kassere svarene til »Værkstedets bookinglinje«?"
    assert box.informativeText() == "Det nye scenarie er ikke gemt."
    keep = box.findChild(QPushButton, "keepEditing")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    assert keep.text().replace("&", "") == "Fortsæt med at redigere"
    answer(qtbot, wizard, "keepEditing")
    assert wizard.isVisible()
    assert wizard.answers()["name"] == "Værkstedets bookinglinje"

    wizard.close()  # the window's close button asks the same
    assert wizard.isVisible()
    assert (
        discard_question(qtbot, wizard)
        .findChild(QPushButton, "discardAnswers")
        .text()
        .replace("&", "")
        == "Kassér"
    )
    answer(qtbot, wizard, "discardAnswers")
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    assert accepted == []


def test_editing_closes_at_once_when_nothing_changed_and_asks_when_something_did(
    qtbot, english_afterwards
):
    from recordcheck.ui.presets import presets

    clinic = next(p for p in presets() if p.key == "clinic-phone-line").scenario
    wizard = opened_wizard(qtbot, clinic)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    click(qtbot, cancel)
    assert not wizard.isVisible() and wizard.discard_question is None

    wizard = opened_wizard(qtbot, clinic)
    assert next_page(qtbot, wizard) == "setting"
    assert next_page(qtbot, wizard) == "purposes"
    press(qtbot, wizard.widget("purposes").boxes[Purpose.TRAINING])
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    box = discard_question(qtbot, wizard)
    assert box.text() == f"Vil I kassere ændringerne af »{clinic.name}«?"
    assert box.informativeText() == "Scenariet beholder de svar, det sidst blev gemt med."
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape on the question: keep editing
    qtbot.waitUntil(lambda: wizard.discard_question is None, timeout=2000)
    assert wizard.isVisible()
    press(qtbot, wizard.widget("purposes").boxes[Purpose.TRAINING])  # undone: nothing to lose
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.discard_question is None


def test_a_name_with_markup_is_shown_as_typed(qtbot, english_afterwards):
    wizard = opened_wizard(qtbot)
    type_into(qtbot, wizard.widget("name").edit, "<b>Fed</b> & <i>co</i>")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    box = discard_question(qtbot, wizard)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Vil I kassere svarene til »<b>Fed</b> & <i>co</i>«?"
    answer(qtbot, wizard, "discardAnswers")
    assert not wizard.isVisible()
