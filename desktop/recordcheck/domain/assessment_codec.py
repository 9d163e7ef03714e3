"""Reading a worded ``recordcheck.assessment/1`` object (a stored snapshot, a JSON file) back into
the typed :class:`~recordcheck.domain.assessment.Assessment`.

The object carries every conclusion as a code (verdicts, legal bases, fact paths, rule ids), so
nothing is lost but the fact values a failed check quoted: such a reason keeps its stored words
(``Reason.stored_text``). The snapshot itself travels along as ``Assessment.source``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from recordcheck.domain.assessment import (
    Assessment,
    ObligationResult,
    PurposeResult,
    Reason,
    ReasonRole,
    WarningResult,
    route_of,
)
from recordcheck.domain.vocabulary import (
    Confidence,
    ObligationStatus,
    Purpose,
    Severity,
    Verdict,
)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def _days(value: Any) -> int | None:
    return None if value is None else int(value)


def _reason(data: Mapping[str, Any], max_days: int | None) -> Reason:
    role = ReasonRole(data["role"])
    return Reason(
        rule=str(data["rule"]),
        kind=role,
        missing=_strings(data.get("missing")),
        max_days=max_days if role is ReasonRole.RETENTION else None,
        stored_text=data.get("text"),
    )


def _purpose(data: Mapping[str, Any]) -> PurposeResult:
    verdict = Verdict(data["verdict"])
    lean = Verdict(data["lean"]) if data.get("lean") else None
    max_days = _days(data.get("retention_max_days"))
    return PurposeResult(
        purpose=Purpose(data["purpose"]),
        verdict=verdict,
        lean=lean,
        route=route_of(verdict, lean),
        setup_compliant=data.get("setup_compliant"),
        legal_basis=_strings(data.get("legal_basis")),
        retention_max_days=max_days,
        retention_min_days=_days(data.get("retention_min_days")),
        retention_hard=False,
        retention_days=_days(data.get("retention_days")),
        confidence=Confidence(data.get("confidence") or Confidence.INFERENCE),
        deciding_rule=str(data.get("deciding_rule") or ""),
        reasons=tuple(_reason(r, max_days) for r in data.get("reasons") or ()),
        missing=_strings(data.get("missing")),
    )


def _obligation(data: Mapping[str, Any]) -> ObligationResult:
    return ObligationResult(
        id=str(data["id"]),
        status=ObligationStatus(data["status"]),
        severity=Severity(data["severity"]),
        purposes=tuple(Purpose(p) for p in data.get("purposes") or ()),
    )


def _rules(blocks: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(b["rule"]) if isinstance(b, Mapping) else str(b) for b in blocks)


def from_contract(data: Mapping[str, Any]) -> Assessment:
    """The typed assessment of a ``recordcheck.assessment/1`` object.

    Raises :class:`ValueError` (naming the value) when the object holds a verdict, purpose or
    status this version does not know, and :class:`KeyError` when a required field is absent."""
    rulebase = data.get("rulebase") or {}
    return Assessment(
        rulebase_id=str(rulebase.get("id", "")),
        rulebase_version=str(rulebase.get("version", "")),
        profile=str(rulebase.get("profile", "")),
        scenario_name=str(data.get("scenario", "")),
        blocked_by=_rules(data.get("blocked_by") or ()),
        purposes=tuple(_purpose(p) for p in data.get("purposes") or ()),
        obligations=tuple(_obligation(o) for o in data.get("obligations") or ()),
        warnings=tuple(WarningResult(str(w["code"])) for w in data.get("warnings") or ()),
        dpia_criteria=_strings(data.get("dpia_criteria")),
        source=data,
    )
