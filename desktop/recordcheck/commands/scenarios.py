"""``recordcheck scenario add|update|list|show|assess|status|retire|delete``, and the paperwork
that follows a scenario (``activity-generate``, ``retention-set``).

Every change goes through ``services.scenarios`` / ``services.records``, the use cases the
window's wizard and scenario actions call, so a scenario saved here gets the same assessment,
the same Art. 30 entry, the same retention rules and the same wording as in the window.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from recordcheck import dates
from recordcheck.commands.common import (
    day_option,
    dump,
    enum_option,
    label,
    say,
    tell,
    workspace,
)
from recordcheck.contract import load_scenario
from recordcheck.domain.register import (
    AssessmentRecord,
    RetentionRule,
    ScenarioDependents,
    ScenarioStatus,
    StartEvent,
)
from recordcheck.domain.scenario_codec import scenario_to_dict
from recordcheck.domain.vocabulary import Purpose
from recordcheck.errors import InputError
from recordcheck.services import cli_support, records, scenarios
from recordcheck.services.labels import purpose_label
from recordcheck.services.scenarios import NeedsConfirmationError, SavedScenario
from recordcheck.services.workspace import Workspace
from recordcheck.texts import text

STATUSES = tuple(s.value for s in ScenarioStatus)


# -- arguments ----------------------------------------------------------------------------------
def _record_options(p: argparse.ArgumentParser, *, default_status: str | None) -> None:
    p.add_argument("--status", choices=STATUSES, default=default_status)
    p.add_argument("--owner", help="who is responsible for the scenario")
    p.add_argument("--next-review", metavar="YYYY-MM-DD", help="when to look at it again")
    p.add_argument(
        "--profile", default=None, help="rule-base profile: default or dt2024-unverified"
    )


def add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", metavar="SCENARIO.json")
    _record_options(p, default_status=ScenarioStatus.DRAFT.value)


def update_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="SCENARIO_ID")
    p.add_argument("scenario", metavar="SCENARIO.json", help="the scenario's new answers")
    _record_options(p, default_status=None)
    hand = p.add_mutually_exclusive_group()
    hand.add_argument(
        "--overwrite-hand-edits",
        dest="hand_edits",
        action="store_const",
        const=True,
        help="let the new answers replace what was edited by hand",
    )
    hand.add_argument(
        "--keep-hand-edits",
        dest="hand_edits",
        action="store_const",
        const=False,
        help="keep what was edited by hand; refresh the rest",
    )


def id_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="SCENARIO_ID")


def assess_args(p: argparse.ArgumentParser) -> None:
    id_args(p)
    p.add_argument("--profile", default=None)
    p.add_argument("--format", choices=("text", "json"), default="text")


def status_args(p: argparse.ArgumentParser) -> None:
    id_args(p)
    p.add_argument("status", choices=STATUSES)


def delete_args(p: argparse.ArgumentParser) -> None:
    id_args(p)
    p.add_argument(
        "--with-dependents",
        action="store_true",
        help="also delete its assessments, retention rules, open deletion tasks and Art. 30 entry",
    )


def retention_args(p: argparse.ArgumentParser) -> None:
    id_args(p)
    p.add_argument("--purpose", required=True, help="e.g. documentation")
    p.add_argument("--days", type=int, required=True, help="retention period in days")
    p.add_argument(
        "--start-event",
        default=StartEvent.RECORDING_DATE.value,
        help="recording_date, end_of_relationship, complaint_closed, police_decision or other",
    )
    p.add_argument("--method", default="", help="how recordings are deleted")
    p.add_argument("--responsible", default="", help="who carries out the deletion")


# -- saying what happened -------------------------------------------------------------------------
def _verdicts(assessment: dict[str, Any], options: argparse.Namespace) -> None:
    """The assessment's verdict per purpose, one line each (as the wizard's summary)."""
    for gate in assessment.get("blocked_by", []):
        print("  " + text("report.blocked", options.lang, rule=gate["rule"], title=gate["title"]))
    for purpose in assessment["purposes"]:
        print(f"  {purpose['purpose_label']}: {purpose['verdict_label']}")


def _assessment_saved(stored: AssessmentRecord, options: argparse.Namespace) -> None:
    say(
        "assessment_saved",
        options,
        id=stored.id,
        scenario=stored.scenario_id,
        version=stored.scenario_version,
    )


def _paperwork(ws: Workspace, scenario_id: int, options: argparse.Namespace) -> None:
    """The Art. 30 entry and retention rules the scenario has now (their numbers)."""
    reg = ws.register()
    activity = next((a for a in reg.activities() if a.scenario_id == scenario_id), None)
    rules = ", ".join(str(r.id) for r in reg.retention_rules(scenario_id)) or "-"
    say("cli.paperwork", options, activity=activity.id if activity else "-", rules=rules)


def _record_changes(options: argparse.Namespace) -> dict[str, Any]:
    """The record fields given on the command line (the others stay as they are)."""
    changes: dict[str, Any] = {}
    if options.status is not None:
        changes["status"] = ScenarioStatus(options.status)
    if options.owner is not None:
        changes["owner"] = options.owner
    if options.next_review is not None:
        changes["next_review"] = day_option(options.next_review)
    return changes


# -- handlers -------------------------------------------------------------------------------------
def run_add(options: argparse.Namespace) -> int:
    scenario = load_scenario(options.scenario)
    with workspace(options, create=True) as ws:
        saved = scenarios.save_scenario(
            ws, scenario, profile=options.profile, **_record_changes(options)
        )
        say("scenario_added", options, id=saved.record.id, name=saved.record.scenario.name)
        _verdicts(saved.assessment.assessment, options)
        _assessment_saved(saved.assessment, options)
        _paperwork(ws, saved.record.id, options)
    return 0


def run_update(options: argparse.Namespace) -> int:
    scenario = load_scenario(options.scenario)
    with workspace(options) as ws:
        try:
            saved = scenarios.save_scenario(
                ws,
                scenario,
                options.id,
                profile=options.profile,
                overwrite_hand_edits=options.hand_edits,
                **_record_changes(options),
            )
        except NeedsConfirmationError as error:
            tell(error.key, options, **error.params)
            for line in error.plan.describe(options.lang) if error.plan else []:
                print(f"  – {line}", file=sys.stderr)
            tell("cli.confirm_hand_edits", options)
            return 2
        _updated(ws, saved, options)
    return 0


def _updated(ws: Workspace, saved: SavedScenario, options: argparse.Namespace) -> None:
    record = saved.record
    say(
        "cli.scenario_updated",
        options,
        id=record.id,
        version=record.version,
        name=record.scenario.name,
    )
    _verdicts(saved.assessment.assessment, options)
    _assessment_saved(saved.assessment, options)
    if saved.downstream.is_empty:
        say("cli.nothing_downstream", options)
        return
    say("cli.downstream", options)
    for line in saved.downstream.describe(options.lang):
        print(f"  – {line}")
    if saved.downstream.hand_edits:
        say("cli.hand_edits_overwritten" if options.hand_edits else "cli.hand_edits_kept", options)
    _paperwork(ws, record.id, options)


def run_list(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        found = ws.register().scenarios()
    if not found:
        say("no_records", options)
    for r in found:
        review = dates.day(r.next_review) if r.next_review else "-"
        print(
            f"{r.id}\t{label('scenario', r.status, options)}\tv{r.version}\t{review}\t"
            f"{r.owner or '-'}\t{r.scenario.name}"
        )
    return 0


def run_show(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        dump(scenario_to_dict(ws.register().scenario(options.id).scenario))
    return 0


def run_assess(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        stored = scenarios.reassess(ws, options.id, options.profile)
        if options.format == "json":
            dump(stored.assessment)
        else:
            sys.stdout.write(cli_support.report_text(stored.assessment, ws.rulebase, options.lang))
            _assessment_saved(stored, options)
    return 0


def run_status(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        record = scenarios.set_status(ws, options.id, ScenarioStatus(options.status))
        say(
            "scenario_status_set",
            options,
            id=record.id,
            status=label("scenario", record.status, options),
        )
    return 0


def run_retire(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        record = scenarios.retire(ws, options.id)
        say(
            "scenario_status_set",
            options,
            id=record.id,
            status=label("scenario", record.status, options),
        )
    return 0


def run_delete(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        try:
            deleted = scenarios.delete_scenario(
                ws, options.id, with_dependents=options.with_dependents
            )
        except NeedsConfirmationError as error:
            tell(error.key, options, **error.params)
            if error.dependents is not None:
                tell("cli.dependents", options, **_counts(error.dependents))
            tell("cli.confirm_delete", options, id=options.id)
            return 2
        except InputError as error:
            if error.key != "store.scenario_keeps_evidence":
                raise
            tell(error.key, options, **error.params)
            tell("cli.retire_instead", options, id=options.id)
            return 2
        say("scenario_deleted", options, id=options.id, count=deleted.deleted_along)
    return 0


def _counts(found: ScenarioDependents) -> dict[str, int]:
    return dataclasses.asdict(found)


def run_activity_generate(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        activity = records.generate_activity(ws, options.id)
        say("activity_generated", options, id=activity.id, scenario=options.id, name=activity.name)
    return 0


def run_retention_set(options: argparse.Namespace) -> int:
    """Insert the scenario's rule for the purpose, or change the one it has."""
    purpose = enum_option(Purpose, options.purpose, "--purpose")
    start = enum_option(StartEvent, options.start_event, "--start-event")
    with workspace(options) as ws:
        reg = ws.register()
        purposes = reg.scenario(options.id).scenario.purposes
        if purpose not in purposes:
            raise InputError(
                "store.purpose_not_in_scenario",
                purpose=purpose.value,
                scenario=options.id,
                allowed=", ".join(p.value for p in purposes),
            )
        old = next((r for r in reg.retention_rules(options.id) if r.purpose == purpose), None)
        rule = old or RetentionRule(
            id=0, scenario_id=options.id, purpose=purpose, period_days=options.days
        )
        changes: dict[str, Any] = {"period_days": options.days, "start_event": start}
        if options.method:
            changes["deletion_method"] = options.method
        if options.responsible:
            changes["responsible"] = options.responsible
        saved = records.save_retention_rule(ws, dataclasses.replace(rule, **changes))
        say(
            "retention_saved",
            options,
            id=saved.id,
            scenario=options.id,
            purpose=purpose_label(purpose, options.lang),
            days=saved.period_days,
        )
    return 0
