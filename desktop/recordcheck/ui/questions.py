"""The wizard's questions as data: which facts, on which page, when they matter, how answered.

No Qt here. Every question's wording, "why we ask" and sources come from
``resources/rules/facts.toml`` through the rule base, so legal text lives in one place. This
module only decides *grouping* (one topic per page) and *relevance* (a question is asked only
when the chosen channel and purposes make it matter).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
from functools import cache
from typing import Any

from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import (
    Channel,
    ConsentMechanism,
    Law,
    Purpose,
    StorageLocation,
)
from recordcheck.services.legal import Rulebase, Source

Answers = Mapping[str, Any]  # fact path → value (None = "don't know")
Relevance = Callable[[Answers], bool]

#: Facts the contract requires: the wizard offers no "don't know" for these.
REQUIRED = frozenset({"name", "controller_type", "channel", "purposes"})


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI = "multi"
    NUMBER = "number"
    RETENTION = "retention"


def _purposes(answers: Answers) -> tuple[Purpose, ...]:
    return tuple(answers.get("purposes") or ())


def _has(purpose: Purpose) -> Relevance:
    return lambda a: purpose in _purposes(a)


def _meeting(a: Answers) -> bool:
    return a.get("channel") in (Channel.DIGITAL_MEETING, Channel.PHYSICAL_MEETING)


def _asks_consent(a: Answers) -> bool:
    return a.get("consent.mechanism") not in (None, ConsentMechanism.NONE)


def _outside_eu(a: Answers) -> bool:
    return a.get("platform.storage_location") not in (None, StorageLocation.EU_EEA)


def _always(_a: Answers) -> bool:
    return True


@dataclass(frozen=True)
class Topic:
    """One wizard page: a title (translated in the UI) and its facts with their relevance."""

    key: str
    facts: tuple[tuple[str, Relevance], ...]
    relevant: Relevance = _always


TOPICS: tuple[Topic, ...] = (
    Topic("start", (("name", _always), ("description", _always))),
    Topic(
        "setting",
        (
            ("controller_type", _always),
            ("sector", _always),
            ("channel", _always),
            ("media", _always),
            ("coverage", _always),
            ("organisation_participates", _always),
            ("covert", _always),
        ),
    ),
    Topic("purposes", (("purposes", _always),)),
    Topic(
        "documentation",
        (
            ("documentation.agreements_made_orally", _always),
            ("documentation.significance", _always),
            ("documentation.alternatives_feasible", _always),
            ("documentation.in_data_subjects_interest", _always),
            ("documentation.claim_foreseeable", _always),
        ),
        _has(Purpose.DOCUMENTATION),
    ),
    Topic(
        "threats",
        (
            ("threats.frequency", _always),
            ("threats.police_reports_last_12_months", _always),
        ),
        _has(Purpose.THREAT_PROTECTION),
    ),
    Topic(
        "legal_obligation",
        (
            ("legal_obligation.law", _always),
            ("legal_obligation.reference", lambda a: a.get("legal_obligation.law") == Law.OTHER),
            (
                "legal_obligation.investment_services",
                lambda a: a.get("legal_obligation.law") == Law.MIFID_II,
            ),
        ),
        _has(Purpose.LEGAL_OBLIGATION),
    ),
    Topic(
        "people",
        (
            ("participants.categories", _always),
            ("participants.professional_relation", _meeting),
            ("data_categories", _always),
        ),
    ),
    Topic(
        "consent",
        (
            ("consent.mechanism", _always),
            ("consent.per_purpose", lambda a: _asks_consent(a) and len(_purposes(a)) > 1),
            ("consent.refusal_consequence", _asks_consent),
            ("information.timing", _always),
        ),
    ),
    Topic("retention", (("retention_days", _always),)),
    Topic(
        "platform",
        (
            ("platform.product", _always),
            ("platform.processor_agreement", _always),
            ("platform.vendor_own_purposes", _always),
            ("platform.storage_location", _always),
            ("platform.transfer_tool", _outside_eu),
            ("platform.ai_features", _always),
        ),
    ),
    Topic(
        "employees",
        (
            ("employees.informed_in_writing", _always),
            ("employees.notice_weeks", _always),
            ("employees.consent_in_contract", _always),
            ("dpia_done", _always),
        ),
    ),
)

ALL_FACTS: tuple[str, ...] = tuple(path for topic in TOPICS for path, _ in topic.facts)
_TOP_LEVEL = frozenset(path.split(".")[0] for path in ALL_FACTS)


@cache
def _leaf_hint(path: str) -> Any:
    owner: type = Scenario
    *heads, leaf = path.split(".")
    for head in heads:
        owner = typing.get_type_hints(owner)[head]
    hint = typing.get_type_hints(owner)[leaf]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def kind_of(path: str) -> Kind:
    """How a fact is answered, read from the scenario's own type hints."""
    if path == "description":
        return Kind.LONG_TEXT
    if path == "retention_days":
        return Kind.RETENTION
    hint = _leaf_hint(path)
    if typing.get_origin(hint) is tuple:
        return Kind.MULTI
    if hint is bool:
        return Kind.BOOL
    if hint is int:
        return Kind.NUMBER
    if isinstance(hint, type) and issubclass(hint, Enum):
        return Kind.CHOICE
    return Kind.TEXT


def enum_of(path: str) -> type[Enum]:
    """The vocabulary of a choice or multi-choice fact."""
    hint = _leaf_hint(path)
    if typing.get_origin(hint) is tuple:
        hint = typing.get_args(hint)[0]
    assert isinstance(hint, type) and issubclass(hint, Enum), path
    return hint


def topic_relevant(topic: Topic, answers: Answers, extra: frozenset[str] = frozenset()) -> bool:
    return topic.relevant(answers) or any(path in extra for path, _ in topic.facts)


def fact_relevant(
    topic: Topic, path: str, answers: Answers, extra: frozenset[str] = frozenset()
) -> bool:
    if path in extra:
        return True
    rel = dict(topic.facts)[path]
    return topic.relevant(answers) and rel(answers)


def relevant_facts(answers: Answers, extra: frozenset[str] = frozenset()) -> list[str]:
    """The facts worth asking, given the answers so far (channel, purposes, …).

    ``extra`` adds facts asked for another reason: the engine said it needs them, or the
    scenario being edited already states them."""
    return [
        path
        for topic in TOPICS
        for path, _ in topic.facts
        if fact_relevant(topic, path, answers, extra)
    ]


def needed_by_engine(assessment: Mapping[str, Any] | None) -> frozenset[str]:
    """Scenario facts the engine reported missing (per purpose and per reason)."""
    if not assessment:
        return frozenset()
    found: set[str] = set()
    for purpose in assessment.get("purposes", []):
        found.update(purpose.get("missing", []))
        for reason in purpose.get("reasons", []):
            found.update(reason.get("missing", []))
    return frozenset(
        p.split(".")[0] if p.startswith("retention_days") else p
        for p in found
        if p.split(".")[0] in _TOP_LEVEL
    )


# --- Scenario ⇄ answers ---------------------------------------------------------------------


class RetentionAnswer(dict[Purpose, int]):
    """The retention answer: days per purpose (as a plain mapping), and in ``reasons`` why a
    purpose is kept longer than the sources support (``Scenario.retention_reasons``)."""

    def __init__(
        self,
        days: Mapping[Purpose, int] | None = None,
        reasons: Mapping[Purpose, str] | None = None,
    ) -> None:
        super().__init__(days or {})
        self.reasons: dict[Purpose, str] = dict(reasons or {})


def answers_from_scenario(scenario: Scenario) -> dict[str, Any]:
    return {
        path: scenario.fact(path)
        if path != "retention_days"
        else RetentionAnswer(scenario.retention_days, scenario.retention_reasons)
        for path in ALL_FACTS
    }


def stated_facts(scenario: Scenario) -> frozenset[str]:
    """The facts a scenario states (not unknown)."""
    answers = answers_from_scenario(scenario)
    return frozenset(p for p, v in answers.items() if v not in (None, {}))


def scenario_from_answers(answers: Answers, extra: frozenset[str] = frozenset()) -> Scenario:
    """Build a scenario from the *relevant* answers; irrelevant ones are dropped as unknown."""
    keep = set(relevant_facts(answers, extra))
    top: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    for path in keep:
        value = answers.get(path)
        if value is None or value == "":
            continue
        head, _, leaf = path.partition(".")
        if leaf:
            sections.setdefault(head, {})[leaf] = value
        elif path == "retention_days":
            purposes = _purposes(answers)
            top[path] = {p: d for p, d in dict(value).items() if p in purposes and d is not None}
            reasons = getattr(value, "reasons", {})
            top["retention_reasons"] = {
                p: r.strip() for p, r in reasons.items() if p in top[path] and r.strip()
            }
        else:
            top[path] = value
    hints = typing.get_type_hints(Scenario)
    for head, values in sections.items():
        section_type = hints[head]
        assert is_dataclass(section_type) and isinstance(section_type, type)
        names = {f.name for f in fields(section_type)}
        top[head] = section_type(**{k: v for k, v in values.items() if k in names})
    top.setdefault("name", "")
    return Scenario(**top)


def draft_is_complete(answers: Answers) -> bool:
    """Can the engine assess these answers (the contract's required facts are all given)?"""
    return all(answers.get(path) not in (None, "", ()) for path in REQUIRED - {"name"})


# --- Wording from facts.toml -------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    path: str
    kind: Kind
    label: str
    question: str
    why: str
    sources: tuple[Source, ...]
    optional: bool


def question(rb: Rulebase, path: str, lang: str) -> Question:
    entry = rb.facts.get(path, {})
    return Question(
        path=path,
        kind=kind_of(path),
        label=entry.get("label", {}).get(lang, path),
        question=entry.get("question", {}).get(lang, path),
        why=entry.get("why", {}).get(lang, ""),
        sources=tuple(rb.sources[s] for s in entry.get("sources", ()) if s in rb.sources),
        optional=path not in REQUIRED,
    )


def value_label(rb: Rulebase, path: str, value: Any, lang: str) -> str:
    return rb.value_label(path, value.value if isinstance(value, Enum) else value, lang)


def purpose_description(rb: Rulebase, purpose: Purpose, lang: str) -> str:
    entry = rb.facts.get("values", {}).get("purposes", {}).get(purpose.value, {})
    return str(entry.get("description", {}).get(lang, ""))
