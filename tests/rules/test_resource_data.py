"""The rule base's cited data files (sources.toml, facts.toml) are complete and well-formed.

They are hand-transcribed from the legal research notes, read by the engine, the wizard and the
documents; these tests catch a missing field, a typo in a fact path or enum value, a citation of a
source that does not exist, and Danish text left as an untranslated English copy.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from typing import Any

import pytest

from recordcheck.paths import resource

LANGS = ("da", "en")
SOURCE_KINDS = {
    "guidance",
    "decision",
    "news",
    "law",
    "eu_law",
    "eu_guidance",
    "sector",
    "secondary",
    "seed",
}
SOURCE_CONFIDENCE = {"verified", "secondary", "unverified", "historical"}
STRING_FIELDS = ("title", "issuer", "kind", "date", "date_note", "reference", "url", "confidence")
# The source ids the research notes define (rules.md sections 1.1–1.5). S19, S27–S29 and
# S37–S39 do not exist there.
EXPECTED_SOURCE_IDS = (
    {f"S{n:02d}" for n in range(1, 19)}
    | {f"S{n:02d}" for n in range(20, 27)}
    | {f"S{n:02d}" for n in range(30, 37)}
    | {f"S{n:02d}" for n in range(40, 49)}
)
# Facts that are the user's own free text: nothing to cite.
UNCITED_FACTS = {"name", "description"}
# Value groups that label the assessment contract, not a scenario fact.
ASSESSMENT_VALUE_GROUPS = {
    "verdict": ("purposes", "verdict"),
    "confidence": ("purposes", "confidence"),
    "obligation_status": ("obligations", "status"),
    "obligation_severity": ("obligations", "severity"),
}
# Text that is legitimately the same in both languages (proper names, abbreviations).
SAME_IN_BOTH_LANGUAGES: set[str] = set()


def _load(name: str) -> dict[str, Any]:
    with resource("rules", name).open("rb") as handle:
        return tomllib.load(handle)


def _schema(name: str) -> dict[str, Any]:
    return json.loads(resource("schemas", name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sources() -> dict[str, Any]:
    return _load("sources.toml")


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    return _load("facts.toml")


def _scenario_facts() -> dict[str, dict[str, Any]]:
    """Every fact path of the scenario schema (nested objects walked) with its schema node."""
    found: dict[str, dict[str, Any]] = {}

    def walk(properties: dict[str, Any], prefix: str) -> None:
        for name, node in properties.items():
            path = f"{prefix}{name}"
            if "const" in node:  # the format marker, not a fact
                continue
            if "properties" in node:
                walk(node["properties"], f"{path}.")
            else:
                found[path] = node

    walk(_schema("scenario.schema.json")["properties"], "")
    return found


def _enum_values(node: dict[str, Any]) -> list[str] | None:
    """The allowed values of an enum fact or of an array's items (null = unknown, ignored)."""
    enum = node.get("enum") or node.get("items", {}).get("enum")
    return None if enum is None else [value for value in enum if value is not None]


def _enum_facts() -> dict[str, list[str]]:
    return {
        path: values
        for path, node in _scenario_facts().items()
        if (values := _enum_values(node)) is not None
    }


def _bilingual_pairs(facts: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every {da, en} pair in facts.toml, named by where it sits."""
    pairs = []
    for path, entry in facts.items():
        if path == "values":
            continue
        pairs += [(f"{path}.{field}", entry[field]) for field in ("label", "question", "why")]
    for group, values in facts["values"].items():
        for value, entry in values.items():
            pairs.append((f"values.{group}.{value}", entry))
            if "description" in entry:
                pairs.append((f"values.{group}.{value}.description", entry["description"]))
    return pairs


def _has_text(entry: Any) -> bool:
    return isinstance(entry, dict) and all(
        isinstance(entry.get(lang), str) and entry[lang].strip() for lang in LANGS
    )


# --- sources.toml ------------------------------------------------------------------------------


def test_source_ids_are_those_of_the_research_notes(sources):
    assert set(sources) == EXPECTED_SOURCE_IDS


@pytest.mark.parametrize("source_id", sorted(EXPECTED_SOURCE_IDS))
def test_source_has_every_field_with_the_right_type(sources, source_id):
    source = sources[source_id]
    expected = {*STRING_FIELDS, "other_urls", "establishes"}
    assert set(source) == expected, f"{source_id}: fields differ from {sorted(expected)}"
    for field in STRING_FIELDS:
        assert isinstance(source[field], str), f"{source_id}.{field} is not a string"
    for field in ("title", "issuer"):
        assert source[field].strip(), f"{source_id}.{field} is empty"
    assert source["kind"] in SOURCE_KINDS, f"{source_id}: unknown kind {source['kind']!r}"
    assert source["confidence"] in SOURCE_CONFIDENCE, f"{source_id}: {source['confidence']!r}"
    assert isinstance(source["other_urls"], list)
    assert all(isinstance(url, str) for url in source["other_urls"])
    assert _has_text(source["establishes"]), f"{source_id}.establishes lacks da or en"
    assert set(source["establishes"]) == set(LANGS)


@pytest.mark.parametrize("source_id", sorted(EXPECTED_SOURCE_IDS))
def test_source_dates_and_addresses_are_well_formed(sources, source_id):
    source = sources[source_id]
    if source["date"]:
        dt.date.fromisoformat(source["date"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["date"])
    urls = [source["url"], *source["other_urls"]] if source["url"] else source["other_urls"]
    for url in urls:
        assert url.startswith(("https://", "http://")), f"{source_id}: {url!r}"
        assert "…" not in url and " " not in url, f"{source_id}: truncated address {url!r}"
    assert len(set(urls)) == len(urls), f"{source_id}: an address is listed twice"
    if source["other_urls"]:
        assert source["url"], f"{source_id}: further addresses but no primary one"


def test_unverified_and_historical_sources_keep_their_tags(sources):
    assert sources["S11"]["confidence"] == "unverified"
    assert "IKKE BEKRÆFTET" in sources["S11"]["establishes"]["da"]
    assert "NOT VERIFIED" in sources["S11"]["establishes"]["en"]
    for source_id in ("S03", "S09", "S40"):
        assert sources[source_id]["confidence"] == "historical", source_id


def test_source_explanations_are_translated(sources):
    for source_id, source in sources.items():
        establishes = source["establishes"]
        assert establishes["da"] != establishes["en"], f"{source_id}: da equals en"


# --- facts.toml: questions -------------------------------------------------------------------


def test_facts_cover_exactly_the_scenario_schema(facts):
    schema_paths = set(_scenario_facts())
    described = set(facts) - {"values"}
    assert not schema_paths - described, f"facts without a question: {schema_paths - described}"
    assert not described - schema_paths, f"questions for unknown facts: {described - schema_paths}"


@pytest.mark.parametrize("path", sorted(_scenario_facts()))
def test_fact_has_label_question_why_and_sources(facts, sources, path):
    entry = facts[path]
    for field in ("label", "question", "why"):
        assert _has_text(entry.get(field)), f"{path}.{field} lacks da or en"
    cited = entry.get("sources")
    assert isinstance(cited, list), f"{path}.sources is not a list"
    if path not in UNCITED_FACTS:
        assert cited, f"{path} cites no source"
    unknown = [source_id for source_id in cited if source_id not in sources]
    assert not unknown, f"{path} cites unknown sources {unknown}"
    assert len(set(cited)) == len(cited), f"{path} cites a source twice"


# --- facts.toml: value labels ----------------------------------------------------------------


@pytest.mark.parametrize(("path", "values"), sorted(_enum_facts().items()))
def test_every_enum_value_has_a_label(facts, path, values):
    labels = facts["values"].get(path)
    assert labels is not None, f"no [values.{path}] labels"
    assert set(labels) == set(values), f"{path}: labels differ from the schema's values"
    for value in values:
        assert _has_text(labels[value]), f"values.{path}.{value} lacks da or en"


def test_value_groups_are_schema_facts_or_assessment_vocabulary(facts):
    known = set(_enum_facts()) | set(ASSESSMENT_VALUE_GROUPS) | {"boolean"}
    assert set(facts["values"]) <= known, set(facts["values"]) - known


def test_every_purpose_has_a_description(facts):
    purposes = _enum_facts()["purposes"]
    for purpose in purposes:
        assert _has_text(facts["values"]["purposes"][purpose].get("description")), purpose


def test_yes_no_unknown_labels(facts):
    assert set(facts["values"]["boolean"]) == {"true", "false", "unknown"}
    assert facts["values"]["boolean"]["true"]["da"] == "Ja"
    assert facts["values"]["boolean"]["false"]["da"] == "Nej"
    assert facts["values"]["boolean"]["unknown"]["da"] == "Ved ikke"
    assert all(_has_text(entry) for entry in facts["values"]["boolean"].values())


@pytest.mark.parametrize("group", sorted(ASSESSMENT_VALUE_GROUPS))
def test_assessment_vocabulary_is_labelled(facts, group):
    section, field = ASSESSMENT_VALUE_GROUPS[group]
    node = _schema("assessment.schema.json")["properties"][section]["items"]["properties"][field]
    values = [value for value in node["enum"] if value is not None]
    labels = facts["values"][group]
    assert set(labels) == set(values), f"{group}: labels differ from the assessment schema"
    assert all(_has_text(entry) for entry in labels.values())


# --- translation -------------------------------------------------------------------------------


def test_no_danish_text_is_a_copy_of_the_english(facts):
    copies = [
        where
        for where, entry in _bilingual_pairs(facts)
        if entry["da"] == entry["en"] and entry["da"] not in SAME_IN_BOTH_LANGUAGES
    ]
    assert not copies, f"Danish identical to English: {copies}"
