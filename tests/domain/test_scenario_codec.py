"""The scenario contract round-trips losslessly through the domain model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recordcheck.domain.scenario import Scenario
from recordcheck.domain.scenario_codec import scenario_from_dict, scenario_to_dict
from recordcheck.domain.vocabulary import Purpose, Significance

EXAMPLES = sorted((Path(__file__).parents[1] / "contract_examples").glob("[0-9]*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips_exactly(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    scenario = scenario_from_dict(data)
    assert scenario_to_dict(scenario) == data
    assert scenario_from_dict(scenario_to_dict(scenario)) == scenario


def test_unknown_facts_stay_unknown() -> None:
    minimal = {
        "format": "recordcheck.scenario/1",
        "name": "Minimal",
        "controller_type": "private_company",
        "channel": "phone_inbound",
        "purposes": ["documentation"],
        "documentation": {"significance": None, "alternatives_feasible": None},
        "covert": None,
    }
    scenario = scenario_from_dict(minimal)
    assert scenario.covert is None
    assert scenario.data_categories is None
    assert scenario.documentation.alternatives_feasible is None
    assert scenario.fact("documentation.significance") is None
    # nulls and absent keys mean the same thing; both are written as absent
    assert "covert" not in scenario_to_dict(scenario)
    assert "documentation" not in scenario_to_dict(scenario)


def test_scenario_is_immutable() -> None:
    scenario = Scenario(
        name="x",
        controller_type="private_company",
        channel="phone_inbound",
        purposes=(Purpose.TRAINING,),
        retention_days={Purpose.TRAINING: 30},
    )
    with pytest.raises(AttributeError):
        scenario.name = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        scenario.retention_days[Purpose.TRAINING] = 1  # type: ignore[index]


def test_fact_reads_nested_and_retention_paths() -> None:
    data = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    scenario = scenario_from_dict(data)
    assert scenario.fact("documentation.significance") is Significance.HIGH
    assert scenario.fact("retention_days.documentation") == 90
    assert scenario.fact("retention_days.training") is None
