"""Putting an assessment into words: the ``recordcheck.assessment/1`` object, in Danish or English.

Every text comes from the rule base (rules, obligations, warnings, fact labels) or the engine's
message catalogue; nothing legal is phrased here.
"""

from __future__ import annotations

import re
from typing import Any

from recordcheck.domain.assessment import (
    Assessment,
    PurposeResult,
    Reason,
    ReasonRole,
    WarningResult,
)
from recordcheck.domain.vocabulary import Verdict
from recordcheck.rules.rulebase import Rulebase, WarningRule
from recordcheck.texts import text

ASSESSMENT_FORMAT = "recordcheck.assessment/1"


def _facts_list(rb: Rulebase, paths: tuple[str, ...], lang: str) -> str:
    return ", ".join(rb.fact_label(path, lang) for path in paths)


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _fill(template: str, rb: Rulebase, result: PurposeResult, reason: Reason, lang: str) -> str:
    """Fill ``{fact.path}`` placeholders in a check's text with the quoted facts' value labels."""

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "retention":
            return str(result.retention_days)
        value = reason.param(key)
        return "?" if value is None else rb.value_label(key, value, lang)

    return _PLACEHOLDER.sub(one, template)


def _reason_text(rb: Rulebase, reason: Reason, result: PurposeResult, lang: str) -> str:
    rule = rb.rules[reason.rule]
    if reason.kind is ReasonRole.UNDECIDED:
        return text(
            "engine.undecided",
            lang,
            title=rule.title[lang],
            facts=_facts_list(rb, reason.missing, lang),
        )
    if reason.kind is ReasonRole.MISSING:
        return text("engine.missing", lang, facts=_facts_list(rb, reason.missing, lang))
    if reason.kind is ReasonRole.CHECK_FAILED:
        if reason.check_index is None:  # read back from a snapshot: its own words
            return reason.stored_text or rule.text[lang]
        return _fill(rb.checks[reason.check_index].fail[lang], rb, result, reason, lang)
    if reason.kind is ReasonRole.RETENTION:
        if result.retention_min_days is not None:
            extra = text(
                "engine.retention_range", lang, min=result.retention_min_days, max=reason.max_days
            )
        else:
            extra = text("engine.retention_max", lang, days=reason.max_days)
        # the deciding rule's text is already shown; do not repeat it
        return extra if reason.rule == result.deciding_rule else f"{rule.text[lang]} {extra}"
    return rule.text[lang]


def _reason(rb: Rulebase, reason: Reason, result: PurposeResult, lang: str) -> dict[str, Any]:
    rule = rb.rules[reason.rule]
    out: dict[str, Any] = {
        "rule": reason.rule,
        "title": rule.title[lang],
        "text": _reason_text(rb, reason, result, lang),
        "sources": list(rule.sources),
        "confidence": rule.confidence.value,
        "role": reason.kind.value,
    }
    if reason.missing:
        out["missing"] = list(reason.missing)
    return out


def _verdict_label(rb: Rulebase, verdict: Verdict | None, lang: str) -> str | None:
    return None if verdict is None else rb.value_label("verdict", verdict.value, lang)


def _purpose(rb: Rulebase, result: PurposeResult, lang: str) -> dict[str, Any]:
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
        "reasons": [_reason(rb, r, result, lang) for r in result.reasons],
    }


def to_contract(assessment: Assessment, rb: Rulebase, lang: str) -> dict[str, Any]:
    """The assessment as the contract's JSON object in ``lang``: the CLI's and the JSON file's
    output, and what the register stores as the assessment's snapshot."""
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
            {
                "rule": rid,
                "title": rb.rules[rid].title[lang],
                "text": rb.rules[rid].text[lang],
                "sources": list(rb.rules[rid].sources),
            }
            for rid in assessment.blocked_by
        ],
        "purposes": [_purpose(rb, r, lang) for r in assessment.purposes],
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
                "text": _warning_text(rb, w, lang),
                "rules": list(_warning(rb, w.code).rules),
                "severity": _warning(rb, w.code).severity,
            }
            for w in assessment.warnings
        ],
        "dpia_criteria": list(assessment.dpia_criteria),
        "disclaimer": rb.disclaimer[lang],
    }


def _warning_text(rb: Rulebase, warning: WarningResult, lang: str) -> str:
    """A warning's text, its placeholders (a purpose, a number of days, a reason) filled in."""
    template = _warning(rb, warning.code).text[lang]
    if not warning.params:
        return template
    values = {
        name: rb.value_label("purposes", value, lang) if name == "purpose" else value
        for name, value in warning.params
    }
    return template.format_map(values)


def _warning(rb: Rulebase, code: str) -> WarningRule:
    return next(w for w in rb.warnings if w.code == code)


def worded(assessment: Assessment, rb: Rulebase, lang: str) -> dict[str, Any]:
    """The assessment in words of ``lang`` for a document.

    A result read back from a snapshot made under another rule base version is shown in the
    snapshot's own words (today's rule base may no longer know its rules); otherwise it is
    worded afresh, so a document in English says the same as one in Danish."""
    source = assessment.source
    if source is not None and (
        assessment.rulebase_version != rb.version or assessment.rulebase_id != rb.id
    ):
        return dict(source)
    return to_contract(assessment, rb, lang)
