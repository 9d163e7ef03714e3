"""Saving a scenario assesses it, keeps the assessment and keeps its paperwork in step."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from recordcheck.domain.register import ScenarioStatus
from recordcheck.domain.vocabulary import Purpose
from recordcheck.errors import InputError
from recordcheck.services import Change, RecordKind, Workspace, records, scenarios
from recordcheck.services.downstream import RetentionAction
from registerkit import consent, example

THREATS = "07-parking-company-threats-all-calls.json"


def _with_days(scenario, days):
    days_by_purpose = dict.fromkeys(scenario.retention_days, days)
    return dataclasses.replace(scenario, retention_days=days_by_purpose)


def test_a_new_scenario_gets_its_assessment_rules_and_art30_entry(
    ws: Workspace, published: list[Change]
) -> None:
    saved = scenarios.save_scenario(ws, example())
    reg = ws.register()
    assert saved.created
    assert reg.latest_assessment(saved.record.id).id == saved.assessment.id
    rules = reg.retention_rules(saved.record.id)
    assert {r.purpose for r in rules} == set(example().retention_days)
    assert [a.scenario_id for a in reg.activities()] == [saved.record.id]
    kinds = {c.kind for c in published}
    assert {
        RecordKind.SCENARIO,
        RecordKind.ASSESSMENT,
        RecordKind.ACTIVITY,
        RecordKind.RETENTION_RULE,
    } <= kinds


def test_an_edited_retention_flows_to_the_rule_the_open_task_and_the_art30_entry(
    ws: Workspace,
) -> None:
    first = scenarios.save_scenario(ws, _with_days(example(THREATS), 9999))
    sid = first.record.id
    reg = ws.register()
    [task] = [t for t in reg.deletion_tasks() if t.scenario_id == sid]
    before_cutoff = task.cutoff
    edited = _with_days(example(THREATS), 30)
    plan = scenarios.plan_edit(ws, sid, edited)
    assert [c.action for c in plan.retention] == [RetentionAction.UPDATE]
    assert not plan.needs_confirmation
    assert any("9999" in line and "30" in line for line in plan.describe("da"))

    saved = scenarios.save_scenario(ws, edited, sid)

    assert [r.period_days for r in reg.retention_rules(sid)] == [30]
    [task] = [t for t in reg.deletion_tasks() if t.scenario_id == sid]
    assert task.cutoff == task.due - timedelta(days=30)
    assert task.cutoff != before_cutoff
    [activity] = reg.activities()
    assert "9999" not in repr(activity)
    assert "30" in repr(activity)
    assert saved.record.version == 2
    assert len(reg.assessments(sid)) == 2


def test_a_new_purpose_gets_a_rule_and_a_dropped_one_keeps_its_rule(ws: Workspace) -> None:
    base = example()
    sid = scenarios.save_scenario(ws, base).record.id
    extra = next(
        p
        for p in (Purpose.TRAINING, Purpose.QUALITY_ASSURANCE, Purpose.DOCUMENTATION)
        if p not in base.purposes
    )
    grown = dataclasses.replace(base, purposes=(extra,), retention_days={extra: 45})
    plan = scenarios.plan_edit(ws, sid, grown)
    actions = {c.purpose: c.action for c in plan.retention}
    assert actions[extra] is RetentionAction.ADD
    assert all(actions[p] is RetentionAction.ORPHANED for p in base.purposes)
    scenarios.save_scenario(ws, grown, sid)
    periods = {r.purpose: r.period_days for r in ws.register().retention_rules(sid)}
    assert periods[extra] == 45
    assert set(base.purposes) <= set(periods)


def test_a_hand_edited_art30_entry_is_not_overwritten_without_asking(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    reg = ws.register()
    [activity] = reg.activities()
    records.save_activity(ws, dataclasses.replace(activity, name="Vores egen titel"))
    renamed = dataclasses.replace(example(), name="Bookinglinjen 2027")

    with pytest.raises(scenarios.NeedsConfirmationError) as caught:
        scenarios.save_scenario(ws, renamed, sid)
    assert caught.value.plan is not None
    assert [c.field for c in caught.value.plan.hand_edits] == ["name"]
    assert reg.scenario(sid).version == 1  # nothing was saved

    scenarios.save_scenario(ws, renamed, sid, overwrite_hand_edits=False)
    assert reg.activities()[0].name == "Vores egen titel"
    assert reg.scenario(sid).scenario.name == "Bookinglinjen 2027"

    again = dataclasses.replace(renamed, name="Bookinglinjen 2028")
    scenarios.save_scenario(ws, again, sid, overwrite_hand_edits=True)
    assert reg.activities()[0].name == "Bookinglinjen 2028"


def test_a_hand_edited_retention_rule_is_kept_unless_confirmed(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, _with_days(example(THREATS), 60)).record.id
    reg = ws.register()
    [rule] = reg.retention_rules(sid)
    records.save_retention_rule(ws, dataclasses.replace(rule, period_days=14))
    edited = _with_days(example(THREATS), 30)
    with pytest.raises(scenarios.NeedsConfirmationError):
        scenarios.save_scenario(ws, edited, sid)
    scenarios.save_scenario(ws, edited, sid, overwrite_hand_edits=False)
    assert [r.period_days for r in reg.retention_rules(sid)] == [14]


def test_a_bad_profile_saves_nothing(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    with pytest.raises(InputError):
        scenarios.save_scenario(
            ws, dataclasses.replace(example(), name="X"), sid, profile="no-such-profile"
        )
    assert ws.register().scenario(sid).version == 1


def test_status_changes_are_published(ws: Workspace, published: list[Change]) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    published.clear()
    assert scenarios.set_status(ws, sid, "active").status is ScenarioStatus.ACTIVE
    assert scenarios.retire(ws, sid).status is ScenarioStatus.RETIRED
    assert published == [Change(RecordKind.SCENARIO, sid)] * 2


def test_deleting_asks_with_the_counts_then_deletes_everything_it_owned(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    with pytest.raises(scenarios.NeedsConfirmationError) as caught:
        scenarios.delete_scenario(ws, sid)
    found = caught.value.dependents
    assert found is not None and found.assessments == 1 and found.activities == 1
    assert "i alt" in caught.value.message("da")
    scenarios.delete_scenario(ws, sid, with_dependents=True)
    reg = ws.register()
    assert reg.scenarios() == [] and reg.activities() == [] and reg.retention_rules() == []
    assert reg.deletion_tasks() == []
    deleted = {e.table for e in reg.audit_log() if e.action.value == "delete"}
    assert {
        "scenarios",
        "assessments",
        "activities",
        "retention_rules",
        "deletion_tasks",
    } <= deleted


def test_a_scenario_with_consents_is_never_deleted_only_retired(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    records.add_consent(ws, consent(sid))
    with pytest.raises(InputError) as caught:
        scenarios.delete_scenario(ws, sid, with_dependents=True)
    assert caught.value.key == "store.scenario_keeps_evidence"
    assert "Udfas" in caught.value.message("da")
    assert ws.register().scenario(sid) is not None
    assert ws.register().count_consents() == 1


def test_a_scenario_that_was_in_use_is_only_retired(ws: Workspace) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    scenarios.set_status(ws, sid, "active")
    scenarios.set_status(ws, sid, "draft")
    with pytest.raises(InputError) as caught:
        scenarios.delete_scenario(ws, sid, with_dependents=True)
    assert caught.value.key == "store.scenario_was_active"
    assert len(ws.register().assessments(sid)) == 1


def test_the_assessments_stay_append_only_after_a_deletion(ws: Workspace) -> None:
    import sqlalchemy as sa

    gone = scenarios.save_scenario(ws, example()).record.id
    kept = scenarios.save_scenario(ws, example("01-grain-trader-oral-contracts.json")).record.id
    scenarios.delete_scenario(ws, gone, with_dependents=True)
    engine = sa.create_engine(f"sqlite:///{ws.register_path}")
    with pytest.raises(sa.exc.IntegrityError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM assessments WHERE scenario_id = {kept}")
    engine.dispose()
    deleted = [
        e for e in ws.register().audit_log(table="assessments") if e.action.value == "delete"
    ]
    assert deleted and deleted[0].before is not None
    assert deleted[0].before["scenario_id"] == gone
