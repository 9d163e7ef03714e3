"""Every mutating register function leaves exactly one audit row per record it changed, written
in the same transaction, with who, when and the record before and after."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from recordcheck.domain.register import AuditAction
from recordcheck.rules import assess
from registerkit import T0, consent, example, organisation, populate, retention_rule

Op = Callable[[Any, dict[str, Any]], Any]

INS, UPD = AuditAction.INSERT, AuditAction.UPDATE

CASES: dict[str, tuple[Op, list[tuple[str, AuditAction]]]] = {
    "save_organisation (update)": (
        lambda reg, ids: reg.save_organisation(organisation()),
        [("organisation", UPD)],
    ),
    "add_scenario": (lambda reg, ids: reg.add_scenario(example()), [("scenarios", INS)]),
    "update_scenario": (
        lambda reg, ids: reg.update_scenario(ids["scenario"], example()),
        [("scenarios", UPD)],
    ),
    "add_assessment": (
        lambda reg, ids: reg.add_assessment(ids["scenario"], assess(example())),
        [("assessments", INS)],
    ),
    "set_obligation_done (new)": (
        lambda reg, ids: reg.set_obligation_done(ids["scenario"], "OBL-INFO", True),
        [("obligation_checks", INS)],
    ),
    "set_obligation_done (again)": (
        lambda reg, ids: reg.set_obligation_done(ids["scenario"], "OBL-BASIS", False),
        [("obligation_checks", UPD)],
    ),
    "add_consent": (
        lambda reg, ids: reg.add_consent(consent(ids["scenario"])),
        [("consents", INS), ("consent_events", INS)],
    ),
    "withdraw_consent": (
        lambda reg, ids: reg.withdraw_consent(ids["consents"][1], at=T0, channel="phone"),
        [("consent_events", INS), ("deletion_tasks", INS)],
    ),
    "expire_consent": (
        lambda reg, ids: reg.expire_consent(ids["consents"][2], at=T0),
        [("consent_events", INS)],
    ),
    "save_retention_rule (new)": (
        lambda reg, ids: reg.save_retention_rule(retention_rule(ids["scenario"])),
        [("retention_rules", INS), ("deletion_tasks", INS)],
    ),
    "save_retention_rule (period changed)": (
        lambda reg, ids: reg.save_retention_rule(
            dataclasses.replace(reg.retention_rules()[0], period_days=30)
        ),
        [("retention_rules", UPD), ("deletion_tasks", UPD)],
    ),
    "complete_deletion (withdrawal)": (
        lambda reg, ids: reg.complete_deletion(ids["task"], what="x", method="y"),
        [("deletion_tasks", UPD), ("deletion_log", INS)],
    ),
    "complete_deletion (retention)": (
        lambda reg, ids: reg.complete_deletion(
            next(t.id for t in reg.deletion_tasks() if t.retention_rule_id), what="x", method="y"
        ),
        [("deletion_tasks", UPD), ("deletion_log", INS), ("deletion_tasks", INS)],
    ),
    "save_activity": (
        lambda reg, ids: reg.save_activity(
            dataclasses.replace(reg.activity(ids["activity"]), owner="New owner")
        ),
        [("activities", UPD)],
    ),
    "generate_activity (refresh)": (
        lambda reg, ids: reg.generate_activity(ids["scenario"]),
        [("activities", UPD)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_one_audit_row_per_changed_record(reg, clock, name: str) -> None:
    operation, expected = CASES[name]
    ids = populate(reg)
    last = reg.audit_log(limit=1)[0].id
    clock.advance(minutes=5)
    operation(reg, ids)
    new = [e for e in reg.audit_log(limit=100) if e.id > last]
    assert sorted((e.table, e.action) for e in new) == sorted(expected)
    for entry in new:
        assert entry.author == "tester" and entry.at == T0 + timedelta(minutes=5)
        assert entry.after is not None
        assert (entry.before is None) == (entry.action is AuditAction.INSERT)
        assert str(entry.after.get("id", entry.record_id.split("/")[0])) in entry.record_id


def test_before_and_after_show_what_changed(reg) -> None:
    sid = reg.add_scenario(example(), owner="A").id
    reg.update_scenario(sid, example(), owner="B")
    (entry,) = reg.audit_log(table="scenarios", limit=1)
    assert entry.before["owner"] == "A" and entry.after["owner"] == "B"
    assert (entry.before["version"], entry.after["version"]) == (1, 2)


def test_a_failed_change_leaves_no_audit_row(reg) -> None:
    ids = populate(reg)
    count = reg.info().counts["audit_log"]
    with pytest.raises(Exception):  # noqa: B017
        reg.withdraw_consent(ids["consents"][0], at=T0, channel="phone")  # already withdrawn
    assert reg.info().counts["audit_log"] == count


def test_audit_log_filters(reg, clock) -> None:
    populate(reg)
    clock.advance(days=1)
    reg.add_scenario(example())
    assert [e.table for e in reg.audit_log(since=T0 + timedelta(hours=1))] == ["scenarios"]
    assert {e.table for e in reg.audit_log(table="consents")} == {"consents"}
    assert len(reg.audit_log(limit=2)) == 2
