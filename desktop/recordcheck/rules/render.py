"""Putting an assessment into words: the ``recordcheck.assessment/1`` object, in Danish or English.

Every text comes from the rule base (rules, obligations, warnings, fact labels) or the engine's
message catalogue; nothing legal is phrased here.
"""

from __future__ import annotations

import re
from typing import Any

from recordcheck.domain.vocabulary import Verdict
from recordcheck.rules.model import Assessment, PurposeResult, Reason
from recordcheck.rules.rulebase import Rulebase
from recordcheck.texts import text

ASSESSMENT_FORMAT = "recordcheck.assessment/1"


def _facts_list(rb: Rulebase, paths: tuple[str, ...], lang: str) -> str:
    return ", ".join(rb.fact_label(path, lang) for path in paths)


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _fill(template: str, rb: Rulebase, result: PurposeResult, facts: Any, lang: str) -> str:
    """Fill ``{fact.path}`` placeholders in a check's text with the facts' value labels."""

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "retention":
            return str(result.retention_days)
        value = facts(key)
        return "?" if value is None else rb.value_label(key, value, lang)

    return _PLACEHOLDER.sub(one, template)


def _reason_text(rb: Rulebase, reason: Reason, result: PurposeResult, facts: Any,
                 lang: str) -> str:
    rule = rb.rules[reason.rule]
    if reason.kind == "undecided":
        return text("engine.undecided", lang, title=rule.title[lang],
                    facts=_facts_list(rb, reason.missing, lang))
    if reason.kind == "missing":
        return text("engine.missing", lang, facts=_facts_list(rb, reason.missing, lang))
    if reason.kind == "check_failed":
        template = rb.checks[reason.check_index].fail[lang]  # type: ignore[index]
        return _fill(template, rb, result, facts, lang)
    if reason.kind == "retention":
        if result.retention_min_days is not None:
            extra = text("engine.retention_range", lang, min=result.retention_min_days,
                         max=reason.max_days)
        else:
            extra = text("engine.retention_max", lang, days=reason.max_days)
        # the deciding rule's text is already shown; do not repeat it
        return extra if reason.rule == result.deciding_rule else f"{rule.text[lang]} {extra}"
    return rule.text[lang]


def _reason(rb: Rulebase, reason: Reason, result: PurposeResult, facts: Any,
            lang: str) -> dict[str, Any]:
    rule = rb.rules[reason.rule]
    out: dict[str, Any] = {
        "rule": reason.rule,
        "title": rule.title[lang],
        "text": _reason_text(rb, reason, result, facts, lang),
        "sources": list(rule.sources),
        "confidence": rule.confidence.value,
        "role": reason.kind,
    }
    if reason.missing:
        out["missing"] = list(reason.missing)
    return out


def _verdict_label(rb: Rulebase, verdict: Verdict | None, lang: str) -> str | None:
    return None if verdict is None else rb.value_label("verdict", verdict.value, lang)


def _purpose(rb: Rulebase, result: PurposeResult, facts: Any, lang: str) -> dict[str, Any]:
    return {
        "purpose": result.purpose.value,
        "purpose_label": rb.value_label("purposes", result.purpose.value, lang),
        "verdict": result.verdict.value,
        "verdict_label": _verdict_label(rb, result.verdict, lang),
        "lean": result.lean.value if result.lean else None,
        "lean_label": _verdict_label(rb, result.lean, lang),
        "setup_compliant": result.setup_compliant,
        "legal_basis": list(result.legal_basis),
        "legal_basis_text": [rb.basis_labels[b][lang] for b in result.legal_basis],
        "retention_max_days": result.retention_max_days,
        "retention_min_days": result.retention_min_days,
        "retention_days": result.retention_days,
        "confidence": result.confidence.value,
        "deciding_rule": result.deciding_rule,
        "missing": list(result.missing),
        "missing_labels": [rb.fact_label(path, lang) for path in result.missing],
        "reasons": [_reason(rb, r, result, facts, lang) for r in result.reasons],
    }


def to_contract(assessment: Assessment, rb: Rulebase, facts: Any, lang: str) -> dict[str, Any]:
    """The assessment as the contract's JSON object; ``facts`` looks up scenario facts."""
    profile = rb.profiles[assessment.profile]
    return {
        "format": ASSESSMENT_FORMAT,
        "rulebase": {
            "id": assessment.rulebase_id,
            "version": assessment.rulebase_version,
            "profile": assessment.profile,
            "profile_label": profile.label[lang],
            "profile_verified": profile.verified,
        },
        "scenario": assessment.scenario_name,
        "lang": lang,
        "blocked_by": [
            {"rule": rid, "title": rb.rules[rid].title[lang], "text": rb.rules[rid].text[lang],
             "sources": list(rb.rules[rid].sources)}
            for rid in assessment.blocked_by
        ],
        "purposes": [_purpose(rb, r, facts, lang) for r in assessment.purposes],
        "obligations": [
            {
                "id": o.id,
                "title": rb.obligations[o.id].title[lang],
                "status": o.status.value,
                "severity": o.severity.value,
                "text": rb.obligations[o.id].text[lang],
                "legal_ref": rb.obligations[o.id].legal_ref,
                "sources": list(rb.obligations[o.id].sources),
                "rules": list(rb.obligations[o.id].rules),
                "purposes": [p.value for p in o.purposes],
            }
            for o in assessment.obligations
        ],
        "warnings": [
            {
                "code": w.code,
                "text": _warning(rb, w.code).text[lang],
                "rules": list(_warning(rb, w.code).rules),
                "severity": _warning(rb, w.code).severity,
            }
            for w in assessment.warnings
        ],
        "dpia_criteria": list(assessment.dpia_criteria),
        "disclaimer": rb.disclaimer[lang],
    }


def _warning(rb: Rulebase, code: str):
    return next(w for w in rb.warnings if w.code == code)
