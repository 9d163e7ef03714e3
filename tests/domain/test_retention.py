"""Retention that makes sense (issue 13, item 5), at the one gate every edge passes: a file read
by ``contract`` (``assess``, ``scenario add``, ``import-json``) and a scenario built in the window
(``check_scenario``). 0 days and absurd periods are refused with a reason, never cut; longer than
the sources support needs a written reason, which the assessment then shows as a warning."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from recordcheck import contract
from recordcheck.domain.scenario_codec import scenario_from_dict, scenario_to_dict
from recordcheck.domain.vocabulary import Purpose
from recordcheck.errors import InputError
from recordcheck.rules import assess, assess_model, load_rulebase
from recordcheck.rules.engine import retention_problems
from recordcheck.texts import text

EXAMPLES_DIR = Path(__file__).parents[1] / "contract_examples"
#: Documentation, kept 180 days where the sources support 90 (R91).
ARCHITECTS = EXAMPLES_DIR / "04-architects-teams-coordination.json"


def _data(**changes: object) -> dict:
    data = json.loads(ARCHITECTS.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _refusal(data: dict, lang: str = "da") -> list[str]:
    with pytest.raises(InputError) as caught:
        contract.scenario_from_json_text(json.dumps(data), source="s.json")
    return [d.message(lang) for d in caught.value.details]


@pytest.mark.parametrize("days", [0, -1])
def test_zero_or_negative_days_are_refused_with_why(days: int) -> None:
    (message,) = _refusal(_data(retention_days={"documentation": days}))
    assert "retention_days.documentation" in message
    assert "gemmes i 0 dage, kan ikke tjene sit formål" in message
    assert "lad være med at optage" in message
    (english,) = _refusal(_data(retention_days={"documentation": days}), "en")
    assert "cannot serve its purpose" in english


def test_an_absurd_period_is_refused_not_cut() -> None:
    (message,) = _refusal(_data(retention_days={"documentation": 99999}))
    assert "99999" in message and "100 år" in message and "ikke skåret ned" in message


@pytest.mark.parametrize("days", [1.5, "90", True])
def test_a_period_that_is_not_a_whole_number_is_refused(days: object) -> None:
    (message,) = _refusal(_data(retention_days={"documentation": days}))
    assert "heltal" in message


def test_the_window_gate_refuses_the_same() -> None:
    scenario = contract.scenario_from_json_text(json.dumps(_data()))
    for days in (0, -1, 99999):
        bad = dataclasses.replace(scenario, retention_days={Purpose.DOCUMENTATION: days})
        with pytest.raises(InputError) as caught:
            contract.check_scenario(bad)
        assert caught.value.details[0].key.startswith("contract.retention_days_")


def test_over_the_maximum_without_a_reason_names_the_maximum() -> None:
    scenario = contract.scenario_from_json_text(json.dumps(_data()))
    (problem,) = retention_problems(assess_model(scenario, None, load_rulebase()), scenario)
    message = text(problem.key, "da", **problem.params)
    assert "180 dage" in message and "90 dage" in message and "begrundelse" in message


def test_over_the_maximum_with_a_reason_is_a_visible_warning() -> None:
    reason = "Verserende tvist med bygherren om projekt 17"
    data = _data(retention_reasons={"documentation": reason})
    scenario = contract.scenario_from_json_text(json.dumps(data))
    assert scenario.retention_reasons == {Purpose.DOCUMENTATION: reason}
    assert retention_problems(assess_model(scenario, None, load_rulebase()), scenario) == []
    for lang, words in (("da", "90 dage, kilderne støtter"), ("en", "90 days the sources")):
        result = assess(scenario, lang=lang)
        (warning,) = [w for w in result["warnings"] if w["code"] == "W-RETENTION-REASON"]
        assert reason in warning["text"] and words in warning["text"] and "180" in warning["text"]
        assert warning["rules"]  # cited


def test_a_reason_within_the_maximum_warns_of_nothing() -> None:
    data = _data(
        retention_days={"documentation": 60},
        retention_reasons={"documentation": "For en sikkerheds skyld"},
    )
    result = assess(contract.scenario_from_json_text(json.dumps(data)))
    assert not [w for w in result["warnings"] if w["code"].startswith("W-RETENTION")]


def test_reasons_round_trip_through_the_codec() -> None:
    data = _data(retention_reasons={"documentation": "Tvist"})
    assert scenario_to_dict(scenario_from_dict(data)) == data
    assert "retention_reasons" not in scenario_to_dict(scenario_from_dict(_data()))


def test_a_reason_must_be_text_of_at_most_500_characters() -> None:
    assert _refusal(_data(retention_reasons={"documentation": ""}))
    assert _refusal(_data(retention_reasons={"documentation": "x" * 501}))
    assert _refusal(_data(retention_reasons={"nonsense": "x"}))


def test_every_contract_example_still_loads() -> None:
    for path in sorted(EXAMPLES_DIR.glob("[0-9]*.json")):
        contract.load_scenario(path)
