"""Every worked example of the contract gets its expected verdicts (contract_examples/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from recordcheck.contract import load_scenario, schema
from recordcheck.rules import assess

EXAMPLES_DIR = Path(__file__).parents[1] / "contract_examples"
EXPECTED = json.loads((EXAMPLES_DIR / "expected.json").read_text(encoding="utf-8"))
ASSESSMENT_SCHEMA = Draft202012Validator(schema("assessment.schema.json"))


def _matches(result_verdict: str, expected: dict) -> bool:
    return result_verdict == expected["verdict"] or result_verdict in expected["accept"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["da", "en"])
def test_example_gets_expected_outcome(name: str, lang: str) -> None:
    expected = EXPECTED[name]
    result = assess(load_scenario(EXAMPLES_DIR / f"{name}.json"), lang=lang)

    ASSESSMENT_SCHEMA.validate(result)
    verdicts = {p["purpose"]: p for p in result["purposes"]}
    assert set(verdicts) == set(expected["purposes"])
    for purpose, wanted in expected["purposes"].items():
        got = verdicts[purpose]
        assert _matches(got["verdict"], wanted), (purpose, got["verdict"], wanted)
        if "setup_compliant" in wanted:
            assert got["setup_compliant"] is wanted["setup_compliant"], purpose
    if expected["warning_required"]:
        assert result["warnings"]
    listed = {o["id"] for o in result["obligations"]}
    assert set(expected["obligations_required"]) <= listed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dt2024_flag_matches_the_unverified_profile(name: str) -> None:
    """Where the example says the verdict would change under the reported 2024 practice, the
    unverified profile changes it; elsewhere it changes nothing."""
    scenario = load_scenario(EXAMPLES_DIR / f"{name}.json")
    default = {p["purpose"]: p["verdict"] for p in assess(scenario)["purposes"]}
    unverified = assess(scenario, profile="dt2024-unverified")
    changed = {
        p["purpose"] for p in unverified["purposes"] if p["verdict"] != default[p["purpose"]]
    }
    assert bool(changed) is EXPECTED[name]["dt2024_sensitive"]
    assert "W-DT2024-PROFILE" in {w["code"] for w in unverified["warnings"]}


def test_examples_in_the_repository_are_the_shared_contract() -> None:
    shared = Path(__file__).parents[3] / "shared" / "contract" / "examples"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside this checkout")
    for path in shared.iterdir():
        assert (EXAMPLES_DIR / path.name).read_bytes() == path.read_bytes(), path.name
