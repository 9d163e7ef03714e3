"""The typed assessment survives being put into words and read back (the stored snapshot)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from recordcheck.contract import load_scenario
from recordcheck.domain.assessment import Assessment, Reason, ReasonRole, Route
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.rules import assess_model, load_rulebase, to_contract

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "contract_examples").glob("[0-9]*.json"))


def _comparable(typed: Assessment) -> Assessment:
    """What a snapshot keeps: everything but the quoted fact values, the check index and the
    engine-internal "hard maximum" flag."""

    def reason(r: Reason) -> Reason:
        return dataclasses.replace(r, check_index=None, params=())

    purposes = tuple(
        dataclasses.replace(p, retention_hard=False, reasons=tuple(reason(r) for r in p.reasons))
        for p in typed.purposes
    )
    return dataclasses.replace(typed, purposes=purposes)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_reading_a_worded_assessment_back_gives_the_same_result(path: Path, lang: str) -> None:
    typed = assess_model(load_scenario(path))
    worded = json.loads(json.dumps(to_contract(typed, load_rulebase(), lang)))
    back = from_contract(worded)
    assert _comparable(back) == _comparable(typed)
    assert back.source == worded


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_snapshot_read_back_is_worded_as_it_was_in_its_own_language(path: Path) -> None:
    rb = load_rulebase()
    worded = to_contract(assess_model(load_scenario(path)), rb, "da")
    assert to_contract(from_contract(worded), rb, "da") == worded


def test_a_failed_check_keeps_the_facts_it_quotes_so_it_can_be_worded_in_any_language() -> None:
    path = next(p for p in EXAMPLES if p.stem.startswith("02-"))
    typed = assess_model(load_scenario(path))
    failed = [r for p in typed.purposes for r in p.reasons if r.kind is ReasonRole.CHECK_FAILED]
    assert failed and all(r.check_index is not None for r in failed)
    quoted = [r for r in failed if r.params]
    assert quoted, "example 02 fails a check that quotes the consent mechanism"
    rb = load_rulebase()
    for lang in ("da", "en"):
        texts = [
            r["text"]
            for p in to_contract(typed, rb, lang)["purposes"]
            for r in p["reasons"]
            if r["role"] == "check_failed"
        ]
        assert texts and not any("?" in t or "{" in t for t in texts)


def test_routes_come_from_the_verdicts_as_enums() -> None:
    typed = assess_model(load_scenario(EXAMPLES[0]))
    assert all(isinstance(p.route, Route) for p in typed.purposes)
    assert {p.purpose for p in typed.lawful_purposes} == {
        p.purpose for p in typed.purposes if p.route is not Route.NONE
    }


def test_an_unknown_verdict_is_refused_by_name() -> None:
    worded = to_contract(assess_model(load_scenario(EXAMPLES[0])), load_rulebase(), "da")
    worded["purposes"][0]["verdict"] = "maybe"
    with pytest.raises(ValueError, match="maybe"):
        from_contract(worded)
