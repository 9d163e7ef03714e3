"""The shipped rule base is complete, consistent and cited."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from recordcheck.domain.vocabulary import Purpose
from recordcheck.paths import resource
from recordcheck.rules.rulebase import RulebaseError, load_rulebase, load_rulebase_from

RESEARCH = Path(__file__).parents[3] / "shared" / "legal" / "rules.md"


def test_rulebase_loads_with_identity() -> None:
    rb = load_rulebase()
    assert rb.id == "dk-recording"
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", rb.version)
    assert rb.default_profile == "default"
    assert rb.profiles["dt2024-unverified"].verified is False


def test_every_rule_is_cited_with_known_sources_in_both_languages() -> None:
    rb = load_rulebase()
    for rule in rb.rules.values():
        assert rule.sources and all(s in rb.sources for s in rule.sources), rule.id
        for lang in ("da", "en"):
            assert rule.title[lang].strip() and rule.text[lang].strip(), (rule.id, lang)
        assert rule.text["da"] != rule.text["en"], rule.id


def test_every_purpose_has_a_decision_table_under_every_profile() -> None:
    rb = load_rulebase()
    for profile in rb.profiles:
        for purpose in Purpose:
            assert rb.decisions_for(purpose, profile), (profile, purpose)


def test_rules_cover_the_research() -> None:
    """Every rule id of the research that a scenario's facts can reach is in the rule base."""
    if not RESEARCH.is_file():
        pytest.skip("shared/ is not beside this checkout")
    research_ids = set(re.findall(r"^\| (R\d{2,3}) \|", RESEARCH.read_text(), re.MULTILINE))
    missing = research_ids - set(load_rulebase().rules)
    assert not missing


def test_the_unverified_rule_is_tagged_so() -> None:
    rb = load_rulebase()
    assert rb.rules["R21"].confidence.value == "unverified"
    assert rb.sources["S11"].confidence == "unverified"


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(resource("rules"), target)
    return target


def test_a_dangling_source_is_refused(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    rules = folder / "rules.toml"
    rules.write_text(rules.read_text().replace('sources = ["S01", "S31"]', 'sources = ["S99"]'))
    with pytest.raises(RulebaseError, match="S99"):
        load_rulebase_from(folder)


def test_an_unknown_fact_in_a_condition_is_refused(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    gates = folder / "gates.toml"
    gates.write_text(gates.read_text().replace("organisation_participates", "org_participates"))
    with pytest.raises(RulebaseError, match="org_participates"):
        load_rulebase_from(folder)


def test_a_decision_naming_an_unknown_obligation_is_refused(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    decisions = folder / "decisions.toml"
    decisions.write_text(
        decisions.read_text()
        .replace('"OBL-LIA"', '"OBL-NOPE"', 1)
        .replace('"OBL-OPTOUT", "OBL-INFO"', '"OBL-NOPE", "OBL-INFO"', 1)
    )
    with pytest.raises(RulebaseError, match="OBL-NOPE"):
        load_rulebase_from(folder)
