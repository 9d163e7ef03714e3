"""Each preset is valid contract JSON, and chosen in the wizard it gives its expected verdicts."""

from __future__ import annotations

import json

import pytest

from recordcheck import contract
from recordcheck.domain.scenario_codec import scenario_to_dict
from recordcheck.paths import resource
from recordcheck.ui.presets import presets
from ui.helpers import finish, shown_verdicts

# What each preset should show, per purpose (default profile), as the card reads in Danish.
EXPECTED = {
    "clinic-phone-line": {"documentation": "Kræver samtykke", "training": "Kræver samtykke"},
    "municipal-citizen-service": {
        "documentation": "Kræver samtykke",
        "training": "Kræver samtykke",
    },
    "law-firm-teams": {"documentation": "Tilladt, hvis ingen frabeder sig det"},
    "investment-order-line": {"legal_obligation": "Påbudt ved lov"},
    "sales-outbound-calls": {"training": "Kræver samtykke", "quality_assurance": "Kræver samtykke"},
    "housing-general-assembly": {"documentation": "Kræver samtykke"},
}


def test_every_preset_file_is_valid_against_the_schema():
    files = sorted(resource("presets").glob("*.json"))
    assert {f.stem for f in files} == set(EXPECTED) == {p.key for p in presets()}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert contract.problems(data) == [], path.name


def test_presets_round_trip_through_the_codec():
    for preset in presets():
        data = json.loads(resource("presets", f"{preset.key}.json").read_text("utf-8"))
        assert scenario_to_dict(preset.scenario) == data


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_preset_chosen_in_the_wizard_is_saved_with_its_verdicts(qtbot, make_session, key):
    session = make_session("da")
    window = session.show_main()
    qtbot.addWidget(window)
    window.new_scenario()
    wizard = window.wizard
    combo = wizard.preset_combo
    combo.setFocus()
    index = combo.findData(key)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing with the keyboard or mouse does
    preset = next(p for p in presets() if p.key == key)
    assert wizard.scenario() == preset.scenario
    finish(qtbot, wizard)
    (record,) = session.register.scenarios()
    assert record.scenario == preset.scenario
    shown = shown_verdicts(window)
    assert {p: text.split("  ", 1)[1] for p, text in shown.items()} == EXPECTED[key]
    stored = session.register.latest_assessment(record.id).assessment
    assert {p["purpose"]: p["verdict_label"] for p in stored["purposes"]} == EXPECTED[key]
