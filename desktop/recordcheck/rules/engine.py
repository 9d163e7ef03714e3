"""The assessment engine: how the rules of the rule base combine.

Order (shared/legal/rules.md §2, "evaluation order"): gates that stop everything → a decision per
purpose (the first entry of its table that holds; unknown facts make it uncertain and are named)
→ legal bases → suggested retention → does the set-up comply → obligations → warnings.
*What* each step concludes is data in ``resources/rules``; this module only walks the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from recordcheck.domain.assessment import (
    Assessment,
    ObligationResult,
    ParamValue,
    PurposeResult,
    Reason,
    ReasonRole,
    Route,
    WarningResult,
    route_of,
)
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Confidence, ObligationStatus, Purpose, Verdict
from recordcheck.errors import Detail
from recordcheck.rules.conditions import Outcome
from recordcheck.rules.derived import FactContext, Missing
from recordcheck.rules.rulebase import (
    ComplianceCheck,
    Decision,
    Gate,
    Obligation,
    Rulebase,
    load_rulebase,
)


class UnknownProfileError(ValueError):
    def __init__(self, profile: str, known: Iterable[str]) -> None:
        super().__init__(profile)
        self.profile = profile
        self.known = tuple(known)


@dataclass(frozen=True)
class _Decided:
    verdict: Verdict
    lean: Verdict | None
    rule: str
    confidence: Confidence
    obligations: tuple[str, ...]
    reasons: tuple[Reason, ...]
    missing: frozenset[str]


def _sorted(facts: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(facts)))


def _merged(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """One reason per rule and role, in first-seen order, naming the union of its missing facts.

    Several rows of a decision table (or several gates) can cite the same rule; listing it once
    per row would repeat the same sentence in the report, the contract JSON and the documents.
    """
    merged: dict[tuple[str, ReasonRole, int | None, int | None], Reason] = {}
    for reason in reasons:
        key = (reason.rule, reason.kind, reason.check_index, reason.max_days)
        seen = merged.get(key)
        if seen is None:
            merged[key] = reason
        else:
            merged[key] = replace(seen, missing=_sorted((*seen.missing, *reason.missing)))
    return tuple(merged.values())


def _decide(rb: Rulebase, table: list[Decision], ctx: FactContext) -> _Decided:
    """Walk a purpose's decision table; unknown entries that could have decided otherwise make
    the result uncertain and are named."""
    pending: list[tuple[Decision, Outcome]] = []
    for entry in table:
        outcome = entry.when.evaluate(ctx.lookup)
        if outcome.unknown:
            pending.append((entry, outcome))
            continue
        if not outcome.holds:
            continue
        confidence = entry.confidence or rb.rules[entry.rule].confidence
        rivals = [(e, o) for e, o in pending if (e.verdict, e.lean) != (entry.verdict, entry.lean)]
        if not rivals:
            return _Decided(
                entry.verdict,
                entry.lean,
                entry.rule,
                confidence,
                entry.obligations,
                (Reason(entry.rule, ReasonRole.DECISION),),
                frozenset(),
            )
        missing = frozenset().union(*(o.missing for _, o in rivals))
        lean = entry.verdict if entry.verdict is not Verdict.UNCERTAIN else entry.lean
        rival_reasons = [
            Reason(e.rule, ReasonRole.UNDECIDED, _sorted(o.missing)) for e, o in rivals
        ]
        rival_reasons.append(Reason(entry.rule, ReasonRole.DECISION))
        return _Decided(
            Verdict.UNCERTAIN,
            lean,
            entry.rule,
            confidence,
            entry.obligations,
            tuple(rival_reasons),
            missing,
        )
    if pending:
        missing = frozenset().union(*(o.missing for _, o in pending))
        first = pending[0][0]
        reasons = tuple(
            Reason(e.rule, ReasonRole.UNDECIDED, _sorted(o.missing)) for e, o in pending
        )
        leans = {e.verdict if e.verdict is not Verdict.UNCERTAIN else e.lean for e, _ in pending}
        lean = leans.pop() if len(leans) == 1 else None
        return _Decided(
            Verdict.UNCERTAIN,
            lean,
            first.rule,
            rb.rules[first.rule].confidence,
            first.obligations,
            reasons,
            missing,
        )
    # No entry covers this purpose: say so rather than guess (the tests keep this unreachable).
    return _Decided(
        Verdict.UNCERTAIN,
        None,
        "R01",
        Confidence.INFERENCE,
        (),
        (Reason("R01", ReasonRole.DECISION),),
        frozenset(),
    )


_GateSplit = tuple[list[Gate], list[Gate], list[tuple[Gate, Outcome]]]


def _gates(rb: Rulebase, ctx: FactContext) -> _GateSplit:
    blocking: list[Gate] = []
    uncertain: list[Gate] = []
    unknown: list[tuple[Gate, Outcome]] = []
    for gate in rb.gates:
        outcome = gate.when.evaluate(ctx.lookup)
        if outcome.holds:
            (blocking if gate.effect == "block" else uncertain).append(gate)
        elif outcome.unknown:
            unknown.append((gate, outcome))
    return blocking, uncertain, unknown


def _apply_gates(
    rb: Rulebase,
    decided: _Decided,
    blocking: list[Gate],
    uncertain: list[Gate],
    unknown: list[tuple[Gate, Outcome]],
) -> _Decided:
    if blocking:
        gate = blocking[0]
        reasons = tuple(Reason(g.rule, ReasonRole.GATE) for g in blocking) + decided.reasons
        return _Decided(
            Verdict.NOT_ALLOWED,
            None,
            gate.rule,
            rb.rules[gate.rule].confidence,
            (),
            reasons,
            frozenset(),
        )
    if not (uncertain or unknown) or decided.verdict is Verdict.NOT_ALLOWED:
        return decided
    lean = decided.lean if decided.verdict is Verdict.UNCERTAIN else decided.verdict
    gate_reasons = [Reason(g.rule, ReasonRole.GATE) for g in uncertain]
    gate_reasons += [Reason(r, ReasonRole.GATE) for g in uncertain for r in g.also_rules]
    gate_reasons += [Reason(g.rule, ReasonRole.MISSING, _sorted(o.missing)) for g, o in unknown]
    missing = decided.missing.union(*(o.missing for _, o in unknown))
    confidence = Confidence.weakest(
        decided.confidence, *(rb.rules[g.rule].confidence for g in uncertain)
    )
    return _Decided(
        Verdict.UNCERTAIN,
        lean,
        decided.rule,
        confidence,
        decided.obligations,
        tuple(gate_reasons) + decided.reasons,
        missing,
    )


def _retention(rb: Rulebase, ctx: FactContext) -> tuple[str, int | None, int | None, bool]:
    for entry in rb.retention:
        if entry.when.evaluate(ctx.lookup).holds:
            return entry.rule, entry.max_days, entry.min_days, entry.hard
    return "R90", None, None, False


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _quoted(check: ComplianceCheck, ctx: FactContext) -> tuple[tuple[str, ParamValue], ...]:
    """The scenario facts a failed check's text quotes (``{consent.mechanism}``), as values."""
    names = sorted(
        {
            name
            for fail in check.fail.values()
            for name in _PLACEHOLDER.findall(fail)
            if name != "retention"
        }
    )
    out: list[tuple[str, ParamValue]] = []
    for name in names:
        value = ctx.scenario.fact(name)
        out.append(
            (
                name,
                value.value
                if isinstance(value, Enum)
                else value
                if isinstance(value, str | bool | int | float) or value is None
                else str(value),
            )
        )
    return tuple(out)


def _compliance(
    rb: Rulebase, ctx: FactContext, decided: _Decided, route: Route
) -> tuple[bool | None, list[Reason], set[str]]:
    if decided.verdict is Verdict.NOT_ALLOWED:
        return False, [], set()
    if decided.verdict is Verdict.UNCERTAIN:
        return None, [], set()
    failed: list[Reason] = []
    missing: set[str] = set()
    for index, check in enumerate(rb.checks):
        if route not in check.routes or not check.applies.evaluate(ctx.lookup).holds:
            continue
        outcome = check.ok.evaluate(ctx.lookup)
        if outcome.holds or (outcome.unknown and check.unknown_passes):
            continue
        if outcome.unknown:
            missing |= outcome.missing
        else:
            failed.append(
                Reason(
                    check.rule,
                    ReasonRole.CHECK_FAILED,
                    check_index=index,
                    params=_quoted(check, ctx),
                )
            )
    if failed:  # a definite failure: what else is unknown no longer matters
        return False, failed, set()
    return (None if missing else True), [], missing


def _assess_purpose(rb: Rulebase, ctx: FactContext, decided: _Decided) -> PurposeResult:
    purpose: Purpose = ctx.lookup("purpose")[0]
    route = route_of(decided.verdict, decided.lean)
    retention_days = ctx.scenario.retention_days.get(purpose)
    pctx = ctx.with_results(
        route=route,
        retention=retention_days
        if retention_days is not None
        else Missing(f"retention_days.{purpose.value}"),
    )
    bases: list[str] = []
    basis_rules: list[str] = []
    if route is not Route.NONE:
        for entry in rb.bases:
            if entry.when.evaluate(pctx.lookup).holds:
                bases += [b for b in entry.add if b not in bases]
                if entry.rule not in basis_rules:
                    basis_rules.append(entry.rule)
    retention_rule, max_days, min_days, hard = _retention(rb, pctx)
    compliant, failures, check_missing = _compliance(rb, pctx, decided, route)
    reasons = list(decided.reasons)
    reasons += [Reason(r, ReasonRole.BASIS) for r in basis_rules if r != decided.rule]
    reasons += failures
    if check_missing:
        reasons.append(Reason("R01", ReasonRole.MISSING, _sorted(check_missing)))
    if route is not Route.NONE and max_days is not None:
        reasons.append(Reason(retention_rule, ReasonRole.RETENTION, max_days=max_days))
    return PurposeResult(
        purpose=purpose,
        verdict=decided.verdict,
        lean=decided.lean,
        route=route,
        setup_compliant=compliant,
        legal_basis=tuple(bases),
        retention_max_days=max_days if route is not Route.NONE else None,
        retention_min_days=min_days if route is not Route.NONE else None,
        retention_hard=hard,
        retention_days=retention_days,
        confidence=decided.confidence,
        deciding_rule=decided.rule,
        reasons=_merged(reasons),
        missing=_sorted(decided.missing | check_missing),
    )


def _scenario_results(results: list[PurposeResult], dpia_count: int) -> dict[str, object]:
    lawful = [r for r in results if r.route is not Route.NONE]
    retained = [r.retention_days for r in results if r.retention_days is not None]
    over = over_max(lawful)
    return {
        "lawful_any": bool(lawful),
        "bases_used": tuple(b for r in results for b in r.legal_basis),
        "consent_route": any(r.route is Route.CONSENT for r in results),
        "uncertain_any": any(r.verdict is Verdict.UNCERTAIN for r in results),
        "weak_decision": any(
            r.confidence in (Confidence.INFERENCE, Confidence.UNVERIFIED) for r in results
        ),
        "not_allowed_any": any(r.verdict is Verdict.NOT_ALLOWED for r in results),
        "retention_any": bool(retained),
        "retention_complete": all(r.retention_days is not None for r in lawful),
        "retention_over_max": bool(over),
        "retention_over_hard_max": any(r.retention_hard for r in over),
        "retention_longest": max(retained) if retained else Missing("retention_days"),
        "dpia_criteria": dpia_count,
    }


#: The warning shown for each purpose kept longer than the sources support, with its reason.
RETENTION_REASON_WARNING = "W-RETENTION-REASON"


def over_max(results: Iterable[PurposeResult]) -> list[PurposeResult]:
    """The lawful purposes planned to be kept longer than the sources support."""
    return [
        r
        for r in results
        if r.route is not Route.NONE
        and r.retention_max_days is not None
        and r.retention_days is not None
        and r.retention_days > r.retention_max_days
    ]


def retention_problems(assessment: Assessment, scenario: Scenario) -> list[Detail]:
    """Why ``scenario`` may not be kept as it stands: each purpose planned longer than the
    sources support without a written reason (``retention_reasons``), naming the maximum.
    Saving (window and command line) refuses these; an assessment shows them as a warning."""
    return [
        Detail(
            "engine.retention_reason_needed",
            {
                "field": f"retention_days.{r.purpose.value}",
                "days": r.retention_days or 0,
                "max": r.retention_max_days or 0,
            },
        )
        for r in over_max(assessment.purposes)
        if not (scenario.retention_reasons.get(r.purpose) or "").strip()
    ]


def _retention_reasons(
    scenario: Scenario, results: list[PurposeResult]
) -> tuple[WarningResult, ...]:
    """One visible warning per purpose kept beyond the sources' maximum for a reason given."""
    out = []
    for r in over_max(results):
        reason = scenario.retention_reasons.get(r.purpose)
        if reason:
            params: tuple[tuple[str, str | int], ...] = (
                ("purpose", r.purpose.value),
                ("days", r.retention_days or 0),
                ("max", r.retention_max_days or 0),
                ("reason", reason),
            )
            out.append(WarningResult(RETENTION_REASON_WARNING, params))
    return tuple(out)


def _obligation_status(obligation: Obligation, ctx: FactContext) -> ObligationStatus:
    if obligation.not_met_when and obligation.not_met_when.evaluate(ctx.lookup).holds:
        return ObligationStatus.NOT_MET
    if obligation.met_when and obligation.met_when.evaluate(ctx.lookup).holds:
        return ObligationStatus.MET
    return ObligationStatus.UNKNOWN


def assess_model(
    scenario: Scenario, profile: str | None = None, rulebase: Rulebase | None = None
) -> Assessment:
    """Assess ``scenario`` and return the language-neutral result."""
    rb = rulebase or load_rulebase()
    profile = profile or rb.default_profile
    if profile not in rb.profiles:
        raise UnknownProfileError(profile, rb.profiles)
    ctx = FactContext(scenario, profile)
    blocking, uncertain, unknown = _gates(rb, ctx)

    decided: dict[Purpose, _Decided] = {}
    for purpose in scenario.purposes:
        pctx = ctx.with_results(purpose=purpose)
        raw = _decide(rb, rb.decisions_for(purpose, profile), pctx)
        decided[purpose] = _apply_gates(rb, raw, blocking, uncertain, unknown)
    consent_count = sum(route_of(d.verdict, d.lean) is Route.CONSENT for d in decided.values())
    base = ctx.with_results(consent_purpose_count=consent_count)
    results = [_assess_purpose(rb, base.with_results(purpose=p), d) for p, d in decided.items()]

    dpia_hits = tuple(c.id for c in rb.dpia_criteria if c.when.evaluate(base.lookup).holds)
    final = base.with_results(**_scenario_results(results, len(dpia_hits)))

    named: dict[str, list[Purpose]] = {}
    for result in results:
        for oid in decided[result.purpose].obligations:
            named.setdefault(oid, []).append(result.purpose)
    obligations = []
    for oid, obligation in rb.obligations.items():
        triggered = (
            obligation.trigger is not None and obligation.trigger.evaluate(final.lookup).holds
        )
        if oid not in named and not triggered:
            continue
        obligations.append(
            ObligationResult(
                id=oid,
                status=_obligation_status(obligation, final),
                severity=obligation.severity,
                purposes=tuple(named.get(oid, ())),
            )
        )
    warnings = tuple(
        WarningResult(w.code)
        for w in rb.warnings
        if w.code != RETENTION_REASON_WARNING and w.when.evaluate(final.lookup).holds
    ) + _retention_reasons(scenario, results)
    return Assessment(
        rulebase_id=rb.id,
        rulebase_version=rb.version,
        profile=profile,
        scenario_name=scenario.name,
        blocked_by=tuple(g.rule for g in blocking),
        purposes=tuple(results),
        obligations=tuple(obligations),
        warnings=warnings,
        dpia_criteria=dpia_hits,
    )
