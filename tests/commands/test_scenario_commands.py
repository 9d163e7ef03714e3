"""``recordcheck scenario …`` on a real register: the same use cases as the window's wizard, so a
scenario saved or edited here gets its assessment, Art. 30 entry and retention rules, and an
edit carries through to the open deletion tasks — or asks first where something was edited by
hand."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

from recordcheck.domain.register import AuditAction, RetentionRule, ScenarioStatus
from recordcheck.domain.vocabulary import Purpose

DAYS_9999 = {"documentation": 9999, "training": 30}
#: 9999 days of documentation is beyond the 90 the sources support, so it needs a reason.
REASONS = {"documentation": "Verserende tvist med en kunde"}
DAYS_30 = {"documentation": 30, "training": 30}


def _rule(reg, purpose: Purpose):
    return next(r for r in reg.retention_rules(1) if r.purpose == purpose)


def _task(reg, rule_id: int):
    return next(t for t in reg.deletion_tasks() if t.retention_rule_id == rule_id)


def test_add_assesses_and_drafts_the_paperwork(cli, scenario_file, register) -> None:
    done = cli(
        "scenario",
        "add",
        str(scenario_file(retention_days=DAYS_9999, retention_reasons=REASONS)),
        "--owner",
        "Kontoret",
        "--next-review",
        "2027-01-31",
        "--status",
        "active",
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Scenarie nr. 1 er tilføjet: Car workshop")
    assert "  Dokumentation: Kræver samtykke" in lines
    assert "Vurdering nr. 1 er gemt for scenarie nr. 1 (version 1)." in lines
    assert "Fortegnelsen (art. 30): post nr. 1. Opbevaringsregler: nr. 1, 2." in lines
    with register() as reg:
        record = reg.scenario(1)
        assert (record.status, record.owner, str(record.next_review)) == (
            ScenarioStatus.ACTIVE,
            "Kontoret",
            "2027-01-31",
        )
        latest = reg.latest_assessment(1)
        assert latest is not None and latest.assessment["format"] == "recordcheck.assessment/1"
        (activity,) = reg.activities()
        assert activity.scenario_id == 1 and activity.source_assessment_id == latest.id
        assert {r.purpose: r.period_days for r in reg.retention_rules(1)} == {
            Purpose.DOCUMENTATION: 9999,
            Purpose.TRAINING: 30,
        }
        assert len(reg.deletion_tasks()) == 2  # one recurring task per rule


def test_add_in_english_and_a_bad_date_is_named(cli, scenario_file) -> None:
    english = cli("scenario", "add", str(scenario_file()), "--lang", "en")
    assert english.stdout.startswith("Scenario 1 added:")
    assert "  Documentation: Consent required" in english.stdout.splitlines()
    bad = cli("scenario", "add", str(scenario_file()), "--next-review", "31-01-2027")
    assert bad.returncode == 2 and "»31-01-2027« er ikke en dato" in bad.stderr


def _add_kept_long(cli, scenario_file) -> None:
    """Scenario 1, keeping documentation 9999 days with the reason that length needs."""
    long_kept = scenario_file(retention_days=DAYS_9999, retention_reasons=REASONS)
    assert cli("scenario", "add", str(long_kept)).returncode == 0


def test_update_moves_the_rule_the_task_and_the_record(cli, scenario_file, register) -> None:
    _add_kept_long(cli, scenario_file)
    with register() as reg:
        rule = _rule(reg, Purpose.DOCUMENTATION)
        before = _task(reg, rule.id)
        assert reg.activities()[0].retention[Purpose.DOCUMENTATION] == 9999
    done = cli("scenario", "update", "1", str(scenario_file("new.json", retention_days=DAYS_30)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Scenarie nr. 1 er gemt som version 2:")
    assert (
        "  – Opbevaringsreglen for Dokumentation ændres fra 9999 til 30 dage (åbne "
        "sletteopgaver får ny skæringsdato)."
    ) in done.stdout
    assert "  – Fortegnelsen: »Slettefrister« ændres." in done.stdout
    assert "Vurdering nr. 2 er gemt for scenarie nr. 1 (version 2)." in done.stdout
    with register() as reg:
        assert reg.scenario(1).version == 2
        assert reg.scenario(1).scenario.retention_days[Purpose.DOCUMENTATION] == 30
        assert _rule(reg, Purpose.DOCUMENTATION).period_days == 30
        after = _task(reg, rule.id)
        assert after.status == before.status and after.due == before.due
        assert after.cutoff == after.due - timedelta(days=30) != before.cutoff
        assert reg.activities()[0].retention[Purpose.DOCUMENTATION] == 30
        assert reg.latest_assessment(1).id == 2


def test_an_edit_without_downstream_changes_says_so(cli, scenario_file, register) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    done = cli("scenario", "update", "1", str(scenario_file("same.json")), "--owner", "Ib")
    assert done.returncode == 0, done.stderr
    assert "De nye svar ændrer hverken opbevaringsreglerne eller fortegnelsen." in done.stdout
    with register() as reg:
        assert (reg.scenario(1).owner, reg.scenario(1).status) == ("Ib", ScenarioStatus.DRAFT)


def _hand_edit_the_record(register) -> str:
    with register() as reg:
        activity = reg.activities()[0]
        reg.save_activity(dataclasses.replace(activity, name="Bookinglinjen (vores titel)"))
    return "Bookinglinjen (vores titel)"


def test_a_hand_edited_record_is_shown_and_kept_or_replaced(cli, scenario_file, register) -> None:
    _add_kept_long(cli, scenario_file)
    hand = _hand_edit_the_record(register)
    new = str(scenario_file("new.json", retention_days=DAYS_30, name="Bookinglinjen 2027"))

    asked = cli("scenario", "update", "1", new)
    assert asked.returncode == 2 and asked.stdout == ""
    assert "vil overskrive noget, der er rettet i hånden" in asked.stderr
    assert "  – Fortegnelsen: »Navn« er rettet i hånden og ville blive overskrevet." in asked.stderr
    assert "--overwrite-hand-edits" in asked.stderr and "--keep-hand-edits" in asked.stderr
    assert "Traceback" not in asked.stderr
    with register() as reg:  # nothing was saved
        assert (
            reg.scenario(1).version == 1 and _rule(reg, Purpose.DOCUMENTATION).period_days == 9999
        )
        assert reg.activities()[0].name == hand

    kept = cli("scenario", "update", "1", new, "--keep-hand-edits")
    assert kept.returncode == 0, kept.stderr
    assert "Det, der var rettet i hånden, er bevaret." in kept.stdout
    with register() as reg:
        assert reg.scenario(1).version == 2
        assert _rule(reg, Purpose.DOCUMENTATION).period_days == 30  # the rule was not edited
        assert reg.activities()[0].name == hand
        assert reg.activities()[0].retention[Purpose.DOCUMENTATION] == 30

    again = str(
        scenario_file(
            "again.json",
            retention_days={"documentation": 60, "training": 30},
            name="Bookinglinjen 2028",
        )
    )
    replaced = cli("scenario", "update", "1", again, "--overwrite-hand-edits")
    assert replaced.returncode == 0, replaced.stderr
    assert "overskrevet med de nye svar" in replaced.stdout
    with register() as reg:
        assert reg.activities()[0].name == "Bookinglinjen 2028"
        assert reg.activities()[0].retention[Purpose.DOCUMENTATION] == 60
        assert _rule(reg, Purpose.DOCUMENTATION).period_days == 60


def test_the_two_hand_edit_options_exclude_each_other(cli, scenario_file) -> None:
    done = cli(
        "scenario",
        "update",
        "1",
        str(scenario_file()),
        "--keep-hand-edits",
        "--overwrite-hand-edits",
    )
    assert done.returncode == 2
    assert "kan ikke bruges sammen med --keep-hand-edits" in done.stderr


def test_update_of_a_missing_scenario_is_named(cli, scenario_file) -> None:
    assert cli("register", "init").returncode == 0
    done = cli("scenario", "update", "7", str(scenario_file()))
    assert done.returncode == 2 and "Scenarie nr. 7 findes ikke i registret." in done.stderr


def test_assess_again_keeps_the_result_and_json_is_the_contract(
    cli, scenario_file, register
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    as_json = cli("scenario", "assess", "1", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    result = json.loads(as_json.stdout)
    assert result["format"] == "recordcheck.assessment/1" and result["lang"] == "da"
    text = cli("register", "scenario-assess", "1", "--lang", "en")
    assert "Assessment:" in text.stdout and "Assessment 3 saved for scenario 1" in text.stdout
    with register() as reg:
        assert reg.latest_assessment(1).id == 3
    unknown = cli("scenario", "assess", "1", "--profile", "lenient")
    assert unknown.returncode == 2 and "lenient" in unknown.stderr


def test_status_retire_and_their_labels(cli, scenario_file, register) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    active = cli("scenario", "status", "1", "active")
    assert active.stdout.strip() == "Scenarie nr. 1 har nu status aktiv."
    retired = cli("scenario", "retire", "1", "--lang", "en")
    assert retired.stdout.strip() == "Scenario 1 now has the status retired."
    assert "\tudfaset\t" in cli("scenario", "list").stdout
    with register() as reg:
        assert reg.scenario(1).status == ScenarioStatus.RETIRED


def test_delete_asks_with_the_counts_then_deletes_audited(cli, scenario_file, register) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    asked = cli("scenario", "delete", "1")
    assert asked.returncode == 2
    assert "Hvis scenarie nr. 1 slettes" in asked.stderr
    assert (
        "Det drejer sig om vurderinger: 1, opbevaringsregler: 2, åbne sletteopgaver: 2, "
        "fortegnelsesposter: 1, afkrydsede forpligtelser: 0."
    ) in asked.stderr
    assert "scenario delete 1 --with-dependents" in asked.stderr
    with register() as reg:
        assert reg.scenario(1).id == 1
    done = cli("scenario", "delete", "1", "--with-dependents")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Scenarie nr. 1 er slettet.") and ": 6." in done.stdout
    with register() as reg:
        assert reg.scenarios() == [] and reg.activities() == []
        assert reg.retention_rules() == [] and reg.deletion_tasks() == []
        deleted = {e.table for e in reg.audit_log() if e.action is AuditAction.DELETE}
        assert {
            "scenarios",
            "assessments",
            "retention_rules",
            "deletion_tasks",
            "activities",
        } <= deleted


def test_delete_a_scenario_without_assessments(cli, register) -> None:
    """Scenarios stored without an assessment (an import) are deleted the same way."""
    from registerkit import example

    assert cli("register", "init").returncode == 0
    with register() as reg:
        bare = reg.add_scenario(example())
        ruled = reg.add_scenario(example())
        reg.save_retention_rule(
            RetentionRule(id=0, scenario_id=ruled.id, purpose=Purpose.DOCUMENTATION, period_days=30)
        )
    plain = cli("scenario", "delete", str(bare.id), "--lang", "en")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.startswith(f"Scenario {bare.id} was deleted")
    asked = cli("scenario", "delete", str(ruled.id))
    assert asked.returncode == 2
    assert "vurderinger: 0, opbevaringsregler: 1, åbne sletteopgaver: 1" in asked.stderr
    assert f"scenario delete {ruled.id} --with-dependents" in asked.stderr
    done = cli("scenario", "delete", str(ruled.id), "--with-dependents")
    assert done.returncode == 0, done.stderr
    with register() as reg:
        assert reg.scenarios() == [] and reg.retention_rules() == []
        deleted = {
            (e.table, e.record_id) for e in reg.audit_log() if e.action is AuditAction.DELETE
        }
        assert {
            ("scenarios", str(bare.id)),
            ("scenarios", str(ruled.id)),
            ("retention_rules", "1"),
        } <= deleted


def test_delete_refuses_a_scenario_with_evidence_and_offers_retire(
    cli, scenario_file, register
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    assert (
        cli(
            "consent",
            "add",
            "--scenario",
            "1",
            "--name",
            "Ib",
            "--purpose",
            "documentation",
            "--mechanism",
            "opt_in_key",
            "--notice-version",
            "1",
            "--at",
            "2026-03-02T10:00",
        ).returncode
        == 0
    )
    for extra in ((), ("--with-dependents",)):
        refused = cli("scenario", "delete", "1", *extra)
        assert refused.returncode == 2
        assert "Scenarie nr. 1 kan ikke slettes" in refused.stderr
        assert "samtykker: 1" in refused.stderr
        assert "recordcheck scenario retire 1" in refused.stderr
    with register() as reg:
        assert reg.scenario(1).id == 1 and len(reg.search_consents()) == 1
        assert not [e for e in reg.audit_log() if e.action is AuditAction.DELETE]
    missing = cli("scenario", "delete", "9")
    assert missing.returncode == 2 and "Scenarie nr. 9 findes ikke" in missing.stderr


def test_activity_and_retention_commands(cli, scenario_file, register) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    generated = cli("register", "activity-generate", "1")
    assert generated.returncode == 0 and generated.stdout.startswith("Behandlingsaktivitet nr. 1")
    saved = cli(
        "register",
        "retention-set",
        "1",
        "--purpose",
        "training",
        "--days",
        "45",
        "--method",
        "slettes i systemet",
    )
    assert saved.returncode == 0, saved.stderr
    assert "Uddannelse af medarbejdere" in saved.stdout and "45 dage" in saved.stdout
    with register() as reg:
        rule = _rule(reg, Purpose.TRAINING)
        assert (rule.period_days, rule.deletion_method) == (45, "slettes i systemet")
    foreign = cli("register", "retention-set", "1", "--purpose", "threat_protection", "--days", "5")
    assert foreign.returncode == 2 and "documentation, training" in foreign.stderr
