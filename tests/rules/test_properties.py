"""Properties that hold for every valid scenario, checked on generated ones."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from recordcheck.contract import schema
from recordcheck.domain.scenario_codec import scenario_from_dict, scenario_to_dict
from recordcheck.rules import assess, load_rulebase
from strategies import scenarios

ASSESSMENT = Draft202012Validator(schema("assessment.schema.json"))
SCENARIO = Draft202012Validator(schema("scenario.schema.json"))
EXAMPLES = int(os.environ.get("RECORDCHECK_PROPERTY_EXAMPLES", "1000"))
NOT_CONSENT = {"none", "announcement_only", "continue_equals_accept", "opt_out_key"}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_valid_scenario_gets_a_valid_cited_assessment(scenario) -> None:
    data = scenario_to_dict(scenario)
    SCENARIO.validate(data)
    assert scenario_from_dict(data) == scenario

    rb = load_rulebase()
    for profile in rb.profiles:
        result = assess(scenario, profile=profile, lang="da")
        ASSESSMENT.validate(result)
        assert [p["purpose"] for p in result["purposes"]] == [p.value for p in scenario.purposes]
        for purpose in result["purposes"]:
            assert purpose["reasons"], purpose
            assert any(s in rb.sources for r in purpose["reasons"] for s in r["sources"])
            if scenario.controller_type == "public_authority":
                assert "GDPR art. 6(1)(f)" not in purpose["legal_basis"]
            if purpose["verdict"] == "consent_required" and purpose["setup_compliant"]:
                assert scenario.consent.mechanism not in NOT_CONSENT
            if purpose["verdict"] == "uncertain" and purpose["missing"]:
                assert purpose["missing_labels"]
        for obligation in result["obligations"]:
            assert all(s in rb.sources for s in obligation["sources"])
