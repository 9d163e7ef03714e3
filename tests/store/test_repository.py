"""The register's records round-trip through a real SQLite file, with the rules they follow."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from recordcheck.domain.register import (
    ConsentEventKind,
    DeletionReason,
    DeletionStatus,
    ScenarioStatus,
    withdrawal_due_date,
)
from recordcheck.domain.vocabulary import Purpose
from recordcheck.rules import assess
from recordcheck.store import open_register
from recordcheck.store.errors import InvalidChangeError, NotFoundError
from registerkit import T0, consent, example, organisation, retention_rule, scenario


def test_a_new_register_is_created_where_the_data_folder_is(data_dir) -> None:
    with open_register() as reg:
        assert reg.path.parent == data_dir
        assert reg.path.is_file()
        assert reg.info().schema_version == 1
        assert reg.info().journal_mode == "wal"


def test_organisation_is_saved_and_replaced(reg) -> None:
    assert reg.organisation() is None
    reg.save_organisation(organisation())
    assert reg.organisation() == organisation()
    reg.save_organisation(organisation().__class__(name="Nyt Navn ApS"))
    assert reg.organisation().name == "Nyt Navn ApS"
    assert reg.organisation().cvr is None


def test_scenario_versions_grow_and_keep_metadata(reg, clock) -> None:
    sc = example()
    record = reg.add_scenario(sc, owner="Office", next_review=date(2027, 1, 1))
    assert (record.version, record.status, record.scenario) == (1, ScenarioStatus.DRAFT, sc)
    assert record.author == "tester" and record.created_at == T0
    clock.advance(hours=1)
    changed = reg.update_scenario(record.id, scenario("Renamed"), status=ScenarioStatus.ACTIVE)
    assert changed.version == 2 and changed.owner == "Office"
    assert changed.scenario.name == "Renamed" and changed.updated_at == T0 + timedelta(hours=1)
    assert changed.created_at == T0
    assert reg.scenarios(status=ScenarioStatus.ACTIVE) == [changed]
    assert reg.scenarios(status=ScenarioStatus.DRAFT) == []
    cleared = reg.update_scenario(record.id, scenario("Renamed"), owner=None)
    assert cleared.owner is None and cleared.next_review == date(2027, 1, 1)
    assert reg.scenario_names() == {record.id: "Renamed"}


def test_unknown_ids_are_user_errors(reg) -> None:
    with pytest.raises(NotFoundError):
        reg.scenario(99)
    with pytest.raises(NotFoundError):
        reg.add_assessment(99, {})
    with pytest.raises(NotFoundError):
        reg.add_consent(consent(99))
    with pytest.raises(NotFoundError):
        reg.consent(5)


def test_assessments_are_snapshots_newest_first(reg) -> None:
    sc = example()
    record = reg.add_scenario(sc)
    first = reg.add_assessment(record.id, assess(sc))
    reg.update_scenario(record.id, sc)
    second = reg.add_assessment(record.id, assess(sc, profile="dt2024-unverified", lang="en"))
    assert [a.id for a in reg.assessments(record.id)] == [second.id, first.id]
    assert reg.latest_assessment(record.id) == second
    assert (first.scenario_version, second.scenario_version) == (1, 2)
    assert second.profile == "dt2024-unverified" and second.rulebase_id == "dk-recording"
    assert second.assessment == assess(sc, profile="dt2024-unverified", lang="en")
    assert reg.latest_assessment(reg.add_scenario(sc).id) is None


def test_obligations_are_marked_and_unmarked(reg) -> None:
    sid = reg.add_scenario(example()).id
    done = reg.set_obligation_done(sid, "OBL-BASIS", True, "see memo")
    assert done.done and done.done_at == T0 and done.note == "see memo"
    reg.set_obligation_done(sid, "OBL-INFO", True)
    undone = reg.set_obligation_done(sid, "OBL-BASIS", False)
    assert not undone.done and undone.done_at is None
    assert set(reg.obligation_checks(sid)) == {"OBL-BASIS", "OBL-INFO"}


def test_consent_withdrawal_appends_an_event_and_creates_a_deletion_task(reg, clock) -> None:
    sid = reg.add_scenario(example()).id
    given = reg.add_consent(consent(sid, phone="+45 12345678"))
    assert given.status is ConsentEventKind.GIVEN and given.phone == "+45 12345678"
    withdrawn_at = T0 + timedelta(days=3)
    task = reg.withdraw_consent(given.id, at=withdrawn_at, channel="e-mail", note="by mail")
    assert task.reason is DeletionReason.WITHDRAWAL and task.consent_id == given.id
    assert task.due == withdrawal_due_date(withdrawn_at) and task.person_name == "Søren Ærø"
    assert reg.consent(given.id).status is ConsentEventKind.WITHDRAWN
    kinds = [e.kind for e in reg.consent_events(given.id)]
    assert kinds == [ConsentEventKind.GIVEN, ConsentEventKind.WITHDRAWN]
    tables = [e.table for e in reg.audit_log(limit=2)]
    assert sorted(tables) == ["consent_events", "deletion_tasks"]
    with pytest.raises(InvalidChangeError):
        reg.withdraw_consent(given.id, at=withdrawn_at, channel="phone")


def test_a_refusal_is_recorded_and_cannot_be_withdrawn(reg) -> None:
    sid = reg.add_scenario(example()).id
    refused = reg.add_consent(consent(sid, outcome=ConsentEventKind.REFUSED))
    assert refused.status is ConsentEventKind.REFUSED
    with pytest.raises(InvalidChangeError):
        reg.withdraw_consent(refused.id, at=T0, channel="phone")


def test_consent_search_ignores_case_and_filters(reg, clock) -> None:
    clock.advance(days=3)  # the consents below lie up to two days after T0
    a = reg.add_scenario(example()).id
    b = reg.add_scenario(scenario("Other", purposes=(Purpose.TRAINING,))).id
    reg.add_consent(consent(a, "Søren Ærø", at=T0))
    reg.add_consent(consent(a, "Anna 100%_Hansen", at=T0 + timedelta(days=1)))
    reg.add_consent(
        consent(b, "SØREN Berg", at=T0 + timedelta(days=2), purposes=(Purpose.TRAINING,))
    )
    assert [c.person_name for c in reg.search_consents("søren")] == ["SØREN Berg", "Søren Ærø"]
    assert reg.count_consents("SØREN") == 2
    assert reg.count_consents("%") == 1 and reg.count_consents("_") == 1
    assert reg.count_consents(scenario_id=b) == 1
    assert reg.count_consents(purpose=Purpose.TRAINING) == 1
    assert reg.count_consents(since=T0 + timedelta(hours=1)) == 2
    assert reg.count_consents(until=date(2026, 3, 3)) == 1
    assert reg.count_consents(status=ConsentEventKind.WITHDRAWN) == 0
    assert len(reg.search_consents(limit=2)) == 2
    assert [c.person_name for c in reg.search_consents(limit=2, offset=2)] == ["Søren Ærø"]


def test_retention_rule_opens_recurring_tasks(reg, clock) -> None:
    sid = reg.add_scenario(example()).id
    rule = reg.save_retention_rule(retention_rule(sid, period_days=90, follow_up_days=30))
    assert rule.id and rule.data_category == "call recordings"
    (task,) = reg.deletion_tasks(DeletionStatus.OPEN)
    assert task.reason is DeletionReason.RETENTION and task.due == T0.date() + timedelta(30)
    assert task.cutoff == task.due - timedelta(days=90)
    assert reg.due_deletions(T0.date()) == []
    assert reg.due_deletions(task.due) == [task]
    entry = reg.complete_deletion(
        task.id,
        what="calls before cutoff",
        method="erased",
        deleted_at=datetime.combine(task.due, datetime.min.time(), UTC),
    )
    assert entry.task_id == task.id and entry.purpose is Purpose.DOCUMENTATION
    (nxt,) = reg.deletion_tasks(DeletionStatus.OPEN)
    assert nxt.due == task.due + timedelta(days=30)
    with pytest.raises(InvalidChangeError):
        reg.complete_deletion(task.id, what="x", method="y")
    changed = reg.save_retention_rule(
        reg.retention_rules(sid)[0].__class__(**{**rule.__dict__, "period_days": 60})
    )
    assert changed.period_days == 60
    assert reg.deletion_task(nxt.id).cutoff == nxt.due - timedelta(days=60)
    assert reg.deletion_log() == [entry]


def test_generated_activity_follows_the_scenario_and_keeps_user_edits(reg) -> None:
    import dataclasses

    reg.save_organisation(organisation())
    sc = example()
    sid = reg.add_scenario(sc, owner="Office").id
    assessment = reg.add_assessment(sid, assess(sc))
    act = reg.generate_activity(sid)
    assert act.id and act.name == sc.name and act.purposes == sc.purposes
    assert act.controller.startswith("Værkstedet ApS") and "Dorte DPO" in act.dpo
    assert act.source_assessment_id == assessment.id
    assert set(act.legal_basis) == set(sc.purposes)
    edited = reg.save_activity(
        dataclasses.replace(act, dpia_reference="DPIA-7", security_measures="encrypted")
    )
    again = reg.generate_activity(sid)
    assert again.id == act.id and again.dpia_reference == "DPIA-7"
    assert again.security_measures == "encrypted" and again.created_at == edited.created_at
    assert reg.activities() == [again] and reg.activity(act.id) == again


def test_json_export_imports_losslessly(reg, tmp_path) -> None:
    from registerkit import open_test_register, populate

    populate(reg)
    doc = reg.export_json()
    with open_test_register(tmp_path / "copy.sqlite3") as other:
        assert other.import_json(doc) > 0
        again = other.export_json()
        with pytest.raises(InvalidChangeError):
            other.import_json(doc)
    for name, rows in doc["tables"].items():
        if name == "audit_log":
            assert again["tables"][name][:-1] == rows
            assert again["tables"][name][-1]["record_id"] == "import"
        else:
            assert again["tables"][name] == rows, name


def test_input_that_cannot_be_a_valid_record_is_refused(reg) -> None:
    import dataclasses

    from recordcheck.domain.vocabulary import ConsentMechanism
    from recordcheck.errors import InputError

    sid = reg.add_scenario(example()).id
    good = consent(sid)
    for bad in (
        dataclasses.replace(good, person_name="  "),
        dataclasses.replace(good, purposes=()),
        dataclasses.replace(good, mechanism=ConsentMechanism.OPT_OUT_KEY),
    ):
        with pytest.raises(InputError):
            reg.add_consent(bad)
    refused = dataclasses.replace(
        good, mechanism=ConsentMechanism.ANNOUNCEMENT_ONLY, outcome=ConsentEventKind.REFUSED
    )
    assert reg.add_consent(refused).status is ConsentEventKind.REFUSED
    given = reg.add_consent(good)
    with pytest.raises(InvalidChangeError):
        reg.withdraw_consent(given.id, at=T0 - timedelta(days=1), channel="phone")
    with pytest.raises(InputError):
        reg.save_retention_rule(retention_rule(sid, period_days=0))
    task = reg.withdraw_consent(given.id, at=T0, channel="phone")
    with pytest.raises(InputError):
        reg.complete_deletion(task.id, what="", method="erased")
    assert reg.info().counts["deletion_log"] == 0


def test_not_found_names_the_record_in_the_users_language(reg) -> None:
    with pytest.raises(NotFoundError) as caught:
        reg.deletion_task(42)
    assert caught.value.message("da") == "Sletteopgave nr. 42 findes ikke i registret."
    assert "Deletion task number 42 is not in the register" in caught.value.message("en")


def test_every_field_of_an_activity_and_a_rule_survives_storage(reg) -> None:
    import dataclasses

    from recordcheck.domain.register import ProcessingActivity, RetentionRule, StartEvent
    from recordcheck.domain.vocabulary import Channel

    sid = reg.add_scenario(example()).id
    rule = RetentionRule(
        id=0,
        scenario_id=sid,
        purpose=Purpose.TRAINING,
        period_days=30,
        start_event=StartEvent.COMPLAINT_CLOSED,
        data_category="transcripts",
        justification="j",
        legal_basis="6(1)(f)",
        statutory_source="s",
        exceptions="hold 1 y",
        system_location="Teams",
        deletion_method="m",
        backup_handling="b",
        responsible="r",
        follow_up="f",
        follow_up_days=7,
        last_review=date(2026, 1, 1),
        next_review=date(2027, 1, 1),
    )
    stored_rule = reg.save_retention_rule(rule)
    skip = {"id", "created_at", "updated_at", "author"}
    assert {k: v for k, v in stored_rule.__dict__.items() if k not in skip} == {
        k: v for k, v in rule.__dict__.items() if k not in skip
    }
    act = ProcessingActivity(
        id=0,
        name="Optagelse",
        scenario_id=sid,
        controller="c",
        joint_controllers="jc",
        representative="rep",
        dpo="d",
        purposes=(Purpose.TRAINING, Purpose.DOCUMENTATION),
        purpose_description="pd",
        data_subject_categories=("customers",),
        data_categories=("ordinary", "cpr"),
        recipients=("Microsoft (processor)",),
        third_country_transfers="US; dpf",
        erasure_time_limits="30 days",
        security_measures="sm",
        channel=Channel.DIGITAL_MEETING,
        legal_basis={Purpose.TRAINING: ("GDPR art. 6(1)(a)",)},
        consent_register_reference="ref",
        processor="Microsoft",
        dpa_date=date(2025, 5, 1),
        dpia_reference="DPIA-1",
        dpia_date=date(2025, 6, 1),
        storage_location="EU",
        retention_rule_ids=(stored_rule.id,),
        source_assessment_id=None,
        owner="o",
        last_review=date(2026, 2, 1),
        next_review=date(2027, 2, 1),
    )
    stored = reg.save_activity(act)
    skip |= {"updated_by"}
    assert {k: v for k, v in stored.__dict__.items() if k not in skip} == {
        k: v for k, v in dataclasses.replace(act, id=stored.id).__dict__.items() if k not in skip
    }


def test_scenario_summaries_list_what_the_records_hold(tmp_path):
    """The light list rows agree with the fully decoded records, filter included."""
    with open_register(tmp_path / "r.sqlite3") as reg:
        reg.add_scenario(scenario("Første"), status=ScenarioStatus.ACTIVE)
        reg.add_scenario(scenario("Anden"))
        summaries = reg.scenario_summaries()
        records = reg.scenarios()
        assert [
            (s.id, s.name, s.channel, s.purposes, s.status, s.updated_at) for s in summaries
        ] == [
            (r.id, r.scenario.name, r.scenario.channel, r.scenario.purposes, r.status, r.updated_at)
            for r in records
        ]
        assert [s.name for s in reg.scenario_summaries(ScenarioStatus.ACTIVE)] == ["Første"]
