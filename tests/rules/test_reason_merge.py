"""B14: a purpose lists each rule once per role, not once per decision-table row that named it."""

from __future__ import annotations

from collections import Counter

from recordcheck.domain.scenario_codec import scenario_from_dict
from recordcheck.rules import assess, assess_model

MINIMAL_AUTHORITY = {
    "format": "recordcheck.scenario/1",
    "name": "Minimal myndighed",
    "controller_type": "public_authority",
    "channel": "digital_meeting",
    "purposes": ["documentation", "ai_analysis"],
}


def test_each_rule_and_role_is_listed_once_per_purpose() -> None:
    model = assess_model(scenario_from_dict(MINIMAL_AUTHORITY))
    for result in model.purposes:
        counts = Counter((r.rule, r.kind) for r in result.reasons)
        assert [key for key, n in counts.items() if n > 1] == [], result.purpose


def test_merged_reason_keeps_every_missing_fact() -> None:
    model = assess_model(scenario_from_dict(MINIMAL_AUTHORITY))
    documentation = model.purposes[0]
    r13 = [r for r in documentation.reasons if r.rule == "R13"]
    assert len(r13) == 1
    assert {"documentation.alternatives_feasible", "coverage"} <= set(r13[0].missing)
    named = {fact for r in documentation.reasons for fact in r.missing}
    assert named <= set(documentation.missing)


def test_contract_output_has_no_duplicate_reasons() -> None:
    doc = assess(scenario_from_dict(MINIMAL_AUTHORITY), lang="da")
    for purpose in doc["purposes"]:
        rules = [(r["rule"], r.get("text")) for r in purpose["reasons"]]
        assert len(rules) == len(set(rules))
