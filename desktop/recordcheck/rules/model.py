"""The engine's result, before it is put into words.

Everything here is language-neutral (rule ids, fact paths, enum values); ``render`` turns it into
the ``recordcheck.assessment/1`` object in Danish or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recordcheck.domain.vocabulary import (
    Confidence,
    ObligationStatus,
    Purpose,
    Severity,
    Verdict,
)

#: How a purpose may be recorded, derived from its verdict (or an uncertain verdict's lean).
ROUTE_OF_VERDICT = {
    Verdict.ALLOWED_WITHOUT_CONSENT: "without_consent",
    Verdict.ALLOWED_WITH_OPT_OUT: "opt_out",
    Verdict.CONSENT_REQUIRED: "consent",
    Verdict.REQUIRED_BY_LAW: "law",
    Verdict.NOT_ALLOWED: "none",
}


def route_of(verdict: Verdict, lean: Verdict | None) -> str:
    if verdict is Verdict.UNCERTAIN:
        return ROUTE_OF_VERDICT.get(lean, "none") if lean else "none"
    return ROUTE_OF_VERDICT[verdict]


@dataclass(frozen=True)
class Reason:
    """Why: a rule, what role it played, and which facts were missing or failed."""

    rule: str
    kind: str  # gate | decision | undecided | basis | check_failed | retention | missing
    missing: tuple[str, ...] = ()
    check_index: int | None = None  # the compliance check that failed
    max_days: int | None = None


@dataclass(frozen=True)
class PurposeResult:
    purpose: Purpose
    verdict: Verdict
    lean: Verdict | None
    route: str
    setup_compliant: bool | None
    legal_basis: tuple[str, ...]
    retention_max_days: int | None
    retention_min_days: int | None
    retention_hard: bool
    retention_days: int | None
    confidence: Confidence
    deciding_rule: str
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ObligationResult:
    id: str
    status: ObligationStatus
    severity: Severity
    purposes: tuple[Purpose, ...]


@dataclass(frozen=True)
class WarningResult:
    code: str


@dataclass(frozen=True)
class Assessment:
    rulebase_id: str
    rulebase_version: str
    profile: str
    scenario_name: str
    blocked_by: tuple[str, ...]
    purposes: tuple[PurposeResult, ...]
    obligations: tuple[ObligationResult, ...]
    warnings: tuple[WarningResult, ...]
    dpia_criteria: tuple[str, ...] = field(default=())
