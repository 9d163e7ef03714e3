"""Scenario use cases: save (assess, record, refresh what follows), status, delete or retire.

The window's wizard and scenario actions and the command line's ``scenario …`` commands call
these functions and nothing else, so a scenario saved either way gets the same assessment, the
same Art. 30 entry, the same retention rules and the same change notifications.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from recordcheck.domain.assessment import Assessment
from recordcheck.domain.register import (
    AssessmentRecord,
    ScenarioDependents,
    ScenarioRecord,
    ScenarioStatus,
)
from recordcheck.domain.scenario import Scenario
from recordcheck.errors import InputError, UserError
from recordcheck.services import downstream
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.workspace import Workspace

_UNCHANGED: Any = object()


class NeedsConfirmationError(UserError):
    """The action would change or delete records the user should see first; call again with
    the confirmation flag once they agreed. ``plan``/``dependents`` say what would happen."""

    def __init__(
        self,
        key: str,
        /,
        *,
        plan: downstream.DownstreamPlan | None = None,
        dependents: ScenarioDependents | None = None,
        **params: Any,
    ) -> None:
        super().__init__(key, **params)
        self.plan = plan
        self.dependents = dependents


@dataclass(frozen=True)
class SavedScenario:
    """The outcome of :func:`save_scenario`: the stored scenario, its new assessment, and what
    changed below it (empty for a new scenario, whose paperwork is drafted from scratch)."""

    record: ScenarioRecord
    assessment: AssessmentRecord
    downstream: downstream.DownstreamPlan
    created: bool


def assess_typed(ws: Workspace, scenario: Scenario, profile: str | None = None) -> Assessment:
    """The typed assessment of ``scenario`` under the workspace's rule base (nothing is stored).

    An unknown profile is a :class:`~recordcheck.errors.InputError` naming the known ones."""
    from recordcheck.rules import UnknownProfileError, assess_model

    try:
        return assess_model(scenario, profile, ws.rulebase)
    except UnknownProfileError as error:
        raise InputError(
            "engine.unknown_profile", profile=error.profile, known=", ".join(error.known)
        ) from error


def assess(
    ws: Workspace, scenario: Scenario, profile: str | None = None, lang: str | None = None
) -> dict[str, Any]:
    """The ``recordcheck.assessment/1`` object for ``scenario`` in ``lang`` (nothing is
    stored): :func:`assess_typed` put in words."""
    return _worded(ws, assess_typed(ws, scenario, profile), lang or ws.lang)


def _worded(ws: Workspace, typed: Assessment, lang: str) -> dict[str, Any]:
    from recordcheck.rules import to_contract
    from recordcheck.texts import normalise_language

    return to_contract(typed, ws.rulebase, normalise_language(lang))


def stored_assessment(ws: Workspace, scenario_id: int) -> Assessment | None:
    """The scenario's latest stored assessment as a typed result (``None`` before the first):
    what the window shows and the documents are made from."""
    from recordcheck.exports.from_register import typed_assessment

    reg = ws.register()
    latest = reg.latest_assessment(scenario_id)
    if latest is None:
        return None
    record = reg.scenario(scenario_id)
    return typed_assessment(record.scenario, latest, ws.rulebase, scenario_version=record.version)


def plan_edit(ws: Workspace, scenario_id: int, scenario: Scenario) -> downstream.DownstreamPlan:
    """What saving ``scenario`` over the stored one will change below it (nothing is saved)."""
    return downstream.plan(ws.register(), scenario_id, scenario)


def save_scenario(
    ws: Workspace,
    scenario: Scenario,
    scenario_id: int | None = None,
    *,
    profile: str | None = None,
    status: ScenarioStatus | None = None,
    owner: str | None = _UNCHANGED,
    next_review: date | None = _UNCHANGED,
    overwrite_hand_edits: bool | None = None,
) -> SavedScenario:
    """Add (``scenario_id`` None) or edit a scenario, assess it and keep the assessment.

    A new scenario's first assessment drafts its retention rules and Art. 30 entry
    (``Register.record_assessment``). An edit updates what follows from the answers: retention
    rules still at the old answer's period follow the new one (moving open deletion tasks'
    cut-off dates), new purposes get a rule, and the Art. 30 entry is refreshed. Where that
    would overwrite a hand edit, ``overwrite_hand_edits`` decides: ``None`` (the default)
    refuses with :class:`NeedsConfirmationError` carrying the plan, ``False`` keeps the hand
    edits, ``True`` overwrites them."""
    check_scenario_text(scenario, owner)
    # Assessed before anything is written: a bad profile, or a purpose kept longer than the
    # sources support without a reason, stops here with nothing stored.
    if scenario_id is not None:
        profile = _profile(ws, scenario_id, profile)
    typed = assess_typed(ws, scenario, profile)
    _refuse_retention(typed, scenario)
    result = _worded(ws, typed, ws.lang)
    reg = ws.register()
    if scenario_id is None:
        record = reg.add_scenario(
            scenario,
            status=status or ScenarioStatus.DRAFT,
            owner=None if owner is _UNCHANGED else owner,
            next_review=None if next_review is _UNCHANGED else next_review,
        )
        stored = reg.record_assessment(record.id, result)
        ws.publish(
            Change(RecordKind.SCENARIO, record.id),
            Change(RecordKind.ASSESSMENT, stored.id),
            Change(RecordKind.RETENTION_RULE),
            Change(RecordKind.DELETION),
            Change(RecordKind.ACTIVITY),
        )
        return SavedScenario(
            reg.scenario(record.id), stored, downstream.DownstreamPlan(record.id), created=True
        )
    plan = downstream.plan(reg, scenario_id, scenario)
    if plan.needs_confirmation and overwrite_hand_edits is None:
        raise NeedsConfirmationError(
            "services.scenario_edit_needs_confirmation", plan=plan, id=scenario_id
        )
    changes: dict[str, Any] = {}
    if owner is not _UNCHANGED:
        changes["owner"] = owner
    if next_review is not _UNCHANGED:
        changes["next_review"] = next_review
    record = reg.update_scenario(scenario_id, scenario, status=status, **changes)
    stored = reg.record_assessment(record.id, result)
    downstream.apply(reg, scenario_id, plan, overwrite_hand_edits=bool(overwrite_hand_edits))
    ws.publish(
        Change(RecordKind.SCENARIO, record.id),
        Change(RecordKind.ASSESSMENT, stored.id),
        Change(RecordKind.RETENTION_RULE),
        Change(RecordKind.DELETION),
        Change(RecordKind.ACTIVITY),
    )
    return SavedScenario(reg.scenario(record.id), stored, plan, created=False)


def _profile(ws: Workspace, scenario_id: int, profile: str | None) -> str | None:
    """The profile an edit is assessed under: the one given, else the latest assessment's."""
    if profile is not None:
        return profile
    latest = ws.register().latest_assessment(scenario_id)
    return (latest.profile or None) if latest else None


def check_retention(ws: Workspace, scenario: Scenario, profile: str | None = None) -> None:
    """Refuse a purpose kept longer than the sources support without a written reason, naming
    the maximum (``rules.engine.retention_problems``); the window asks for the reason, the
    command line and files give it as ``retention_reasons``."""
    _refuse_retention(assess_typed(ws, scenario, profile), scenario)


def _refuse_retention(typed: Assessment, scenario: Scenario) -> None:
    from recordcheck.rules.engine import retention_problems

    found = retention_problems(typed, scenario)
    if found:
        raise InputError("services.invalid_scenario", details=found)


def check_scenario_text(scenario: Scenario, owner: str | None = None) -> None:
    """Refuse a scenario (and its owner) that the same gate would refuse in a file: wrong
    characters, too long a name, an empty name (``domain.text``, the contract's schema)."""
    from recordcheck.contract import check_scenario
    from recordcheck.domain import text as text_rules
    from recordcheck.services.records import require_clean_text

    if isinstance(owner, str):
        require_clean_text([("owner", owner, text_rules.SCENARIO["owner"])])
    check_scenario(scenario, header="services.invalid_scenario")


def reassess(ws: Workspace, scenario_id: int, profile: str | None = None) -> AssessmentRecord:
    """Assess the stored scenario again under today's rule base and keep the result."""
    reg = ws.register()
    record = reg.scenario(scenario_id)
    stored = reg.record_assessment(scenario_id, assess(ws, record.scenario, profile))
    ws.publish(
        Change(RecordKind.ASSESSMENT, stored.id),
        Change(RecordKind.ACTIVITY),
        Change(RecordKind.RETENTION_RULE),
        Change(RecordKind.DELETION),
    )
    return stored


def set_status(ws: Workspace, scenario_id: int, status: ScenarioStatus | str) -> ScenarioRecord:
    """Make a scenario a draft, active, or retired (its content and version are unchanged)."""
    record = ws.register().set_scenario_status(scenario_id, ScenarioStatus(status))
    ws.publish(Change(RecordKind.SCENARIO, scenario_id))
    return record


def retire(ws: Workspace, scenario_id: int) -> ScenarioRecord:
    return set_status(ws, scenario_id, ScenarioStatus.RETIRED)


def dependents(ws: Workspace, scenario_id: int) -> ScenarioDependents:
    return ws.register().scenario_dependents(scenario_id)


def delete_scenario(
    ws: Workspace, scenario_id: int, *, with_dependents: bool = False
) -> ScenarioDependents:
    """Delete a scenario. Refuses (``store.scenario_keeps_evidence`` or
    ``store.scenario_was_active``) when consents or logged deletions refer to it or it has been
    in use: retire it instead. When assessments, rules, open tasks or an Art. 30 entry belong
    to it, refuses with :class:`NeedsConfirmationError` (and their counts) unless
    ``with_dependents``; then deletes them with it, all in one audited transaction."""
    from recordcheck.store.repo_scenarios import refuse_if_evidence

    reg = ws.register()
    found = reg.scenario_dependents(scenario_id)
    refuse_if_evidence(scenario_id, found)
    if found.deleted_along and not with_dependents:
        raise NeedsConfirmationError(
            "services.scenario_needs_confirmation",
            dependents=found,
            id=scenario_id,
            count=found.deleted_along,
        )
    deleted = reg.delete_scenario(scenario_id)
    ws.publish(
        Change(RecordKind.SCENARIO, scenario_id),
        Change(RecordKind.ASSESSMENT),
        Change(RecordKind.ACTIVITY),
        Change(RecordKind.RETENTION_RULE),
        Change(RecordKind.DELETION),
        Change(RecordKind.OBLIGATION),
    )
    return deleted
