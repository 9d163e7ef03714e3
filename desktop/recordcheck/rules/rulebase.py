"""Loading the rule base: what the law says, as cited data under ``resources/rules/``.

The files are read once, compiled (conditions become :class:`Condition` objects) and checked for
dangling references – a rule citing an unknown source, a decision naming an unknown rule or fact –
so a mistake in the data fails loudly at start-up and in the tests, never silently in a verdict.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from recordcheck.domain.vocabulary import Confidence, Purpose, Severity, Verdict
from recordcheck.paths import resource
from recordcheck.rules.conditions import Condition, compile_condition
from recordcheck.rules.derived import DERIVED_FACTS, is_scenario_fact
from recordcheck.tomlcache import load_toml

Texts = Mapping[str, str]  # language → text


class RulebaseError(ValueError):
    """The shipped rule base is inconsistent (a bug in the data, caught by the tests)."""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    issuer: str
    kind: str
    date: str
    url: str
    confidence: str
    establishes: Texts
    reference: str = ""
    date_note: str = ""
    other_urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    title: Texts
    text: Texts
    sources: tuple[str, ...]
    confidence: Confidence


@dataclass(frozen=True)
class Gate:
    rule: str
    effect: str  # "block" | "uncertain"
    when: Condition
    also_rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    purposes: frozenset[Purpose]
    rule: str
    when: Condition
    verdict: Verdict
    lean: Verdict | None
    confidence: Confidence | None
    profiles: frozenset[str] | None
    obligations: tuple[str, ...]

    def applies_to(self, purpose: Purpose, profile: str) -> bool:
        return purpose in self.purposes and (self.profiles is None or profile in self.profiles)


@dataclass(frozen=True)
class BasisEntry:
    rule: str
    when: Condition
    add: tuple[str, ...]


@dataclass(frozen=True)
class RetentionEntry:
    rule: str
    when: Condition
    max_days: int | None
    min_days: int | None
    hard: bool


@dataclass(frozen=True)
class ComplianceCheck:
    rule: str
    routes: frozenset[str]
    applies: Condition
    ok: Condition
    fail: Texts
    unknown_passes: bool


@dataclass(frozen=True)
class Obligation:
    id: str
    title: Texts
    text: Texts
    legal_ref: str
    sources: tuple[str, ...]
    rules: tuple[str, ...]
    severity: Severity
    trigger: Condition | None
    met_when: Condition | None
    not_met_when: Condition | None


@dataclass(frozen=True)
class WarningRule:
    code: str
    rules: tuple[str, ...]
    severity: str
    when: Condition
    text: Texts


@dataclass(frozen=True)
class DpiaCriterion:
    id: str
    label: Texts
    when: Condition


@dataclass(frozen=True)
class Profile:
    id: str
    label: Texts
    description: Texts
    verified: bool


@dataclass(frozen=True)
class Rulebase:
    id: str
    version: str
    date: str
    title: Texts
    disclaimer: Texts
    default_profile: str
    profiles: Mapping[str, Profile]
    sources: Mapping[str, Source]
    rules: Mapping[str, Rule]
    gates: tuple[Gate, ...]
    decisions: tuple[Decision, ...]
    bases: tuple[BasisEntry, ...]
    basis_labels: Mapping[str, Texts]
    retention: tuple[RetentionEntry, ...]
    checks: tuple[ComplianceCheck, ...]
    obligations: Mapping[str, Obligation]
    warnings: tuple[WarningRule, ...]
    dpia_criteria: tuple[DpiaCriterion, ...]
    facts: Mapping[str, Any] = field(default_factory=dict)

    def decisions_for(self, purpose: Purpose, profile: str) -> list[Decision]:
        return [d for d in self.decisions if d.applies_to(purpose, profile)]

    def fact_label(self, path: str, lang: str) -> str:
        entry = self.facts.get(path, {})
        return entry.get("label", {}).get(lang) or path

    def value_label(self, fact: str, value: Any, lang: str) -> str:
        key = "boolean" if isinstance(value, bool) else fact.rsplit(".", 1)[-1]
        raw = str(value).lower() if isinstance(value, bool) else str(value)
        values = self.facts.get("values", {})
        entry = values.get(fact, {}).get(raw) or values.get(key, {}).get(raw) or {}
        return entry.get(lang) or raw


def _read(name: str, folder: Path | None) -> dict[str, Any]:
    if folder is not None:  # a rule base under test: always parsed
        with (folder / name).open("rb") as handle:
            return tomllib.load(handle)
    return load_toml(resource("rules", name))


def _texts(table: Mapping[str, Any], key: str) -> Texts:
    value = table.get(key) or {}
    if not isinstance(value, Mapping) or not {"da", "en"} <= set(value):
        raise RulebaseError(f"{key!r} needs Danish and English text: {table!r}"[:300])
    return dict(value)


def _optional_condition(table: Mapping[str, Any], key: str) -> Condition | None:
    return compile_condition(table[key]) if key in table else None


def _load(folder: Path | None) -> Rulebase:
    head = _read("rulebase.toml", folder)
    sources = {
        sid: Source(
            id=sid,
            title=s["title"],
            issuer=s.get("issuer", ""),
            kind=s.get("kind", ""),
            date=s.get("date", ""),
            url=s.get("url", ""),
            confidence=s.get("confidence", ""),
            establishes=_texts(s, "establishes"),
            reference=s.get("reference", ""),
            date_note=s.get("date_note", ""),
            other_urls=tuple(s.get("other_urls", ())),
        )
        for sid, s in _read("sources.toml", folder).items()
    }
    rules = {
        rid: Rule(
            id=rid,
            title=_texts(r, "title"),
            text=_texts(r, "text"),
            sources=tuple(r["sources"]),
            confidence=Confidence(r["confidence"]),
        )
        for rid, r in _read("rules.toml", folder).items()
    }
    gates = tuple(
        Gate(
            rule=g["rule"],
            effect=g["effect"],
            when=compile_condition(g["when"]),
            also_rules=tuple(g.get("also_rules", ())),
        )
        for g in _read("gates.toml", folder)["gate"]
    )
    decisions = tuple(
        Decision(
            purposes=frozenset(Purpose(p) for p in d["purposes"]),
            rule=d["rule"],
            when=compile_condition(d["when"]),
            verdict=Verdict(d["verdict"]),
            lean=Verdict(d["lean"]) if "lean" in d else None,
            confidence=Confidence(d["confidence"]) if "confidence" in d else None,
            profiles=frozenset(d["profiles"]) if "profiles" in d else None,
            obligations=tuple(d.get("obligations", ())),
        )
        for d in _read("decisions.toml", folder)["decision"]
    )
    bases_file = _read("bases.toml", folder)
    bases = tuple(
        BasisEntry(rule=b["rule"], when=compile_condition(b["when"]), add=tuple(b["add"]))
        for b in bases_file["basis"]
    )
    retention = tuple(
        RetentionEntry(
            rule=r["rule"],
            when=compile_condition(r["when"]),
            max_days=r.get("max_days"),
            min_days=r.get("min_days"),
            hard=bool(r.get("hard", False)),
        )
        for r in _read("retention.toml", folder)["retention"]
    )
    checks = tuple(
        ComplianceCheck(
            rule=c["rule"],
            routes=frozenset(c["routes"]),
            applies=compile_condition(c.get("applies")),
            ok=compile_condition(c["ok"]),
            fail=_texts(c, "fail"),
            unknown_passes=c.get("unknown") == "pass",
        )
        for c in _read("compliance.toml", folder)["check"]
    )
    obligations = {
        oid: Obligation(
            id=oid,
            title=_texts(o, "title"),
            text=_texts(o, "text"),
            legal_ref=o["legal_ref"],
            sources=tuple(o["sources"]),
            rules=tuple(o.get("rules", ())),
            severity=Severity(o["severity"]),
            trigger=_optional_condition(o, "trigger"),
            met_when=_optional_condition(o, "met_when"),
            not_met_when=_optional_condition(o, "not_met_when"),
        )
        for oid, o in _read("obligations.toml", folder).items()
    }
    warnings = tuple(
        WarningRule(
            code=w["code"],
            rules=tuple(w["rules"]),
            severity=w["severity"],
            when=compile_condition(w["when"]),
            text=_texts(w, "text"),
        )
        for w in _read("warnings.toml", folder)["warning"]
    )
    dpia = tuple(
        DpiaCriterion(id=c["id"], label=_texts(c, "label"), when=compile_condition(c["when"]))
        for c in _read("dpia.toml", folder)["criterion"]
    )
    profiles = {
        pid: Profile(
            id=pid,
            label=_texts(p, "label"),
            description=_texts(p, "description"),
            verified=bool(p.get("verified", False)),
        )
        for pid, p in head["profiles"].items()
    }
    try:
        facts = _read("facts.toml", folder)
    except FileNotFoundError:
        facts = {}
    rulebase = Rulebase(
        id=head["id"],
        version=head["version"],
        date=head["date"],
        title=_texts(head, "title"),
        disclaimer=_texts(head, "disclaimer"),
        default_profile=head["default_profile"],
        profiles=profiles,
        sources=sources,
        rules=rules,
        gates=gates,
        decisions=decisions,
        bases=bases,
        basis_labels=bases_file.get("labels", {}),
        retention=retention,
        checks=checks,
        obligations=obligations,
        warnings=warnings,
        dpia_criteria=dpia,
        facts=facts,
    )
    _check_references(rulebase)
    return rulebase


def _conditions(rb: Rulebase) -> list[tuple[str, Condition]]:
    found: list[tuple[str, Condition]] = []
    found += [(f"gate {g.rule}", g.when) for g in rb.gates]
    found += [(f"decision {d.rule}", d.when) for d in rb.decisions]
    found += [(f"basis {b.rule}", b.when) for b in rb.bases]
    found += [(f"retention {r.rule}", r.when) for r in rb.retention]
    for c in rb.checks:
        found += [(f"check {c.rule}", c.applies), (f"check {c.rule}", c.ok)]
    for o in rb.obligations.values():
        found += [(o.id, cond) for cond in (o.trigger, o.met_when, o.not_met_when) if cond]
    found += [(w.code, w.when) for w in rb.warnings]
    found += [(f"dpia {c.id}", c.when) for c in rb.dpia_criteria]
    return found


def _check_references(rb: Rulebase) -> None:
    problems: list[str] = []
    for rule in rb.rules.values():
        problems += [
            f"{rule.id} cites unknown source {s}" for s in rule.sources if s not in rb.sources
        ]
        if not rule.sources:
            problems.append(f"{rule.id} cites no source")
    rule_refs = [g.rule for g in rb.gates] + [r for g in rb.gates for r in g.also_rules]
    rule_refs += [d.rule for d in rb.decisions] + [b.rule for b in rb.bases]
    rule_refs += [r.rule for r in rb.retention] + [c.rule for c in rb.checks]
    rule_refs += [r for o in rb.obligations.values() for r in o.rules]
    rule_refs += [r for w in rb.warnings for r in w.rules]
    problems += [f"unknown rule {r}" for r in rule_refs if r not in rb.rules]
    for obligation in rb.obligations.values():
        problems += [
            f"{obligation.id} cites unknown source {s}"
            for s in obligation.sources
            if s not in rb.sources
        ]
    named = {o for d in rb.decisions for o in d.obligations}
    problems += [f"decision names unknown obligation {o}" for o in named if o not in rb.obligations]
    for where, condition in _conditions(rb):
        problems += [
            f"{where} reads unknown fact {f!r}"
            for f in condition.facts
            if f not in DERIVED_FACTS and not is_scenario_fact(f)
        ]
    labels = rb.basis_labels
    problems += [f"basis {b} has no label" for e in rb.bases for b in e.add if b not in labels]
    if rb.default_profile not in rb.profiles:
        problems.append(f"default profile {rb.default_profile} is not defined")
    profiles = {p for d in rb.decisions for p in (d.profiles or ())}
    problems += [f"unknown profile {p}" for p in profiles if p not in rb.profiles]
    if problems:
        raise RulebaseError("; ".join(sorted(set(problems))))


@cache
def load_rulebase() -> Rulebase:
    """The shipped rule base (read once per process)."""
    return _load(None)


def load_rulebase_from(folder: Path) -> Rulebase:
    """A rule base from another folder (tests of the loader's own checks)."""
    return _load(folder)
