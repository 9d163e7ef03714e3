"""An assessment as data: what the engine concluded for one scenario, before it is put into words.

Everything here is language-neutral (rule ids, fact paths, enum values). The engine
(``recordcheck.rules``) makes it; ``rules.render.to_contract`` turns it into the
``recordcheck.assessment/1`` object in Danish or English at the JSON/CLI/snapshot edges, and
``domain.assessment_codec.from_contract`` reads such an object (a stored snapshot) back. The
documents and the Art. 30 generator read this typed object, never the worded one, so a route, a
legal basis or a missing fact is never re-derived from a verdict string.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from recordcheck.domain.vocabulary import (
    Confidence,
    ObligationStatus,
    Purpose,
    Severity,
    Verdict,
)


class Route(StrEnum):
    """How a purpose may be recorded, derived from its verdict (or an uncertain verdict's lean)."""

    WITHOUT_CONSENT = "without_consent"
    OPT_OUT = "opt_out"
    CONSENT = "consent"
    LAW = "law"
    NONE = "none"


#: The route each verdict opens; ``uncertain`` follows its lean, ``not_allowed`` opens none.
ROUTE_OF_VERDICT: Mapping[Verdict, Route] = {
    Verdict.ALLOWED_WITHOUT_CONSENT: Route.WITHOUT_CONSENT,
    Verdict.ALLOWED_WITH_OPT_OUT: Route.OPT_OUT,
    Verdict.CONSENT_REQUIRED: Route.CONSENT,
    Verdict.REQUIRED_BY_LAW: Route.LAW,
    Verdict.NOT_ALLOWED: Route.NONE,
}


def route_of(verdict: Verdict, lean: Verdict | None) -> Route:
    if verdict is Verdict.UNCERTAIN:
        return ROUTE_OF_VERDICT.get(lean, Route.NONE) if lean else Route.NONE
    return ROUTE_OF_VERDICT[verdict]


class ReasonRole(StrEnum):
    """The part a rule played in a purpose's result."""

    GATE = "gate"
    DECISION = "decision"
    UNDECIDED = "undecided"
    BASIS = "basis"
    CHECK_FAILED = "check_failed"
    RETENTION = "retention"
    MISSING = "missing"


#: A fact's value as a check's text quotes it: the enum's wire value, a bool, a number, or None.
ParamValue = str | bool | int | float | None


@dataclass(frozen=True)
class Reason:
    """Why: a rule, what role it played, and which facts were missing or failed.

    ``params`` are the fact values a failed check's text quotes (``{consent.mechanism}``), so
    the reason can be worded again in any language without the scenario. ``stored_text`` is the
    wording of a reason read back from a snapshot whose check is no longer known by index."""

    rule: str
    kind: ReasonRole
    missing: tuple[str, ...] = ()
    check_index: int | None = None  # the compliance check that failed
    max_days: int | None = None
    params: tuple[tuple[str, ParamValue], ...] = ()
    stored_text: str | None = field(default=None, compare=False)

    def param(self, name: str) -> ParamValue:
        return dict(self.params).get(name)


@dataclass(frozen=True)
class PurposeResult:
    purpose: Purpose
    verdict: Verdict
    lean: Verdict | None
    route: Route
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

    @property
    def uncertain(self) -> bool:
        return self.verdict is Verdict.UNCERTAIN

    @property
    def lawful(self) -> bool:
        """True when the purpose may be recorded one way or another (it has a route)."""
        return self.route is not Route.NONE


@dataclass(frozen=True)
class ObligationResult:
    id: str
    status: ObligationStatus
    severity: Severity
    purposes: tuple[Purpose, ...]


@dataclass(frozen=True)
class WarningResult:
    code: str
    #: Values for the warning's text, e.g. a purpose's retention, its maximum and the reason given.
    params: tuple[tuple[str, str | int], ...] = ()


@dataclass(frozen=True)
class Assessment:
    """The whole result for one scenario under one rule base and profile.

    ``source`` is the worded ``recordcheck.assessment/1`` object this was read back from (a
    stored snapshot), kept so a snapshot made under an older rule base can still be shown in
    its own words; it is ``None`` for a fresh result of the engine."""

    rulebase_id: str
    rulebase_version: str
    profile: str
    scenario_name: str
    blocked_by: tuple[str, ...]
    purposes: tuple[PurposeResult, ...]
    obligations: tuple[ObligationResult, ...]
    warnings: tuple[WarningResult, ...]
    dpia_criteria: tuple[str, ...] = ()
    source: Mapping[str, Any] | None = field(default=None, compare=False, hash=False, repr=False)

    def purpose(self, purpose: Purpose) -> PurposeResult | None:
        return next((p for p in self.purposes if p.purpose is purpose), None)

    @property
    def legal_bases(self) -> dict[Purpose, tuple[str, ...]]:
        """Each purpose's legal bases (codes such as ``GDPR art. 6(1)(f)``), in purpose order."""
        return {p.purpose: p.legal_basis for p in self.purposes}

    @property
    def lawful_purposes(self) -> tuple[PurposeResult, ...]:
        return tuple(p for p in self.purposes if p.lawful)
