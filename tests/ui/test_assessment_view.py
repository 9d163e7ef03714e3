"""The assessment view: cards in words and colour, obligations ticked and stored, history,
the rule-base banner and the explicit profile choice."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QLabel

from recordcheck.rules import assess
from recordcheck.ui.presets import presets
from recordcheck.ui.purpose_card import PurposeCard
from ui.helpers import choose, click, press, shown_verdicts


def _open(qtbot, make_session, key="sales-outbound-calls", lang="da"):
    session = make_session(lang)
    preset = next(p for p in presets() if p.key == key)
    record = session.register.add_scenario(preset.scenario)
    session.register.add_assessment(record.id, assess(preset.scenario, lang=lang))
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    return session, window, record


def test_cards_say_the_verdict_in_words_basis_compliance_and_sources(qtbot, make_session):
    _session, window, _record = _open(qtbot, make_session, "municipal-citizen-service")
    view = window.scenarios.assessment
    assert shown_verdicts(window) == {
        "documentation": "!  Kræver samtykke",
        "training": "!  Kræver samtykke",
    }
    card = view.findChildren(PurposeCard)[0]
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Retsgrundlag:" in texts
    assert "lever ikke op til dette, fordi" in texts  # announcement only is not consent
    assert not card.reasons.isVisibleTo(card)
    press(qtbot, card.toggle)
    assert card.reasons.isVisibleTo(card)
    assert 'href="https://www.datatilsynet.dk' in card.reasons.text()
    assert card.reasons.openExternalLinks()  # links open in the browser (QDesktopServices)


def test_obligation_ticks_are_stored_in_the_register(qtbot, make_session):
    session, window, record = _open(qtbot, make_session)
    obligations = window.scenarios.assessment.obligations
    first_id, box = next(iter(obligations.boxes.items()))
    assert not box.isChecked()
    press(qtbot, box)
    assert session.register.obligation_checks(record.id)[first_id].done is True
    window.scenarios.assessment.reassess()  # ticks survive a new assessment
    assert window.scenarios.assessment.obligations.boxes[first_id].isChecked()
    press(qtbot, window.scenarios.assessment.obligations.boxes[first_id])
    assert session.register.obligation_checks(record.id)[first_id].done is False


def test_profile_choice_is_explicit_and_stored_with_the_assessment(qtbot, make_session):
    session, window, record = _open(qtbot, make_session)
    view = window.scenarios.assessment
    combo = view.profile_combo
    assert "IKKE BEKRÆFTET" in combo.itemText(combo.findData("dt2024-unverified"))
    choose(qtbot, combo, "dt2024-unverified")  # arrow keys on a closed combo box activate
    latest = session.register.latest_assessment(record.id)
    assert latest.profile == "dt2024-unverified"
    assert "ikke bekræftet" in view.profile_note.text()
    assert shown_verdicts(window)["training"] == "✔  Tilladt, hvis ingen frabeder sig det"
    assert view.history.rowCount() == 2


def test_banner_when_the_rule_base_changed_since_the_last_assessment(qtbot, make_session):
    session = make_session("da")
    preset = presets()[0]
    record = session.register.add_scenario(preset.scenario)
    old = copy.deepcopy(assess(preset.scenario))
    old["rulebase"]["version"] = "2025.1.0"
    session.register.add_assessment(record.id, old)
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    view = window.scenarios.assessment
    assert view.banner.isVisibleTo(window)
    assert "2025.1.0" in view.banner_text.text() and session.rb.version in view.banner_text.text()
    assert view.history.item(0, 1).text().endswith("2025.1.0")
    click(qtbot, view.findChild(type(view.reassess_button), "bannerButton"))
    assert session.register.latest_assessment(record.id).rulebase_version == session.rb.version
    assert not view.banner.isVisibleTo(window)
    assert view.history.rowCount() == 2


def test_verdict_colours_meet_wcag_contrast():
    from recordcheck.ui import colours

    for style in colours.VERDICT_STYLES.values():
        assert colours.contrast_ratio(style.foreground, style.background) >= 4.5
        assert colours.contrast_ratio(style.foreground, "#ffffff") >= 4.5
        assert style.symbol  # never colour alone
    for fg, bg in (
        (colours.COMPLIES, "#ffffff"),
        (colours.DOES_NOT_COMPLY, "#ffffff"),
        (colours.UNKNOWN, "#ffffff"),
        (colours.WARNING_TEXT, "#ffffff"),
        (colours.WARNING_TEXT, colours.WARNING_BACKGROUND),
        (colours.BANNER_TEXT, colours.BANNER_BACKGROUND),
    ):
        assert colours.contrast_ratio(fg, bg) >= 4.5
    assert round(colours.contrast_ratio("#000000", "#ffffff"), 1) == 21.0


def test_a_set_up_that_fails_without_a_stated_reason_has_no_dangling_because(qtbot):
    from recordcheck.services.legal import load_rulebase

    preset = next(p for p in presets() if p.key == "municipal-citizen-service")
    purpose = copy.deepcopy(assess(preset.scenario, lang="da")["purposes"][0])
    purpose["setup_compliant"] = False
    purpose["reasons"] = [r for r in purpose["reasons"] if r.get("role") != "check_failed"]
    card = PurposeCard(load_rulebase(), "da", purpose)
    qtbot.addWidget(card)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "does not comply." in texts  # no translator installed here: the source text
    assert "because:" not in texts
