"""Database rows → the domain's register records (``recordcheck.domain.register``)."""

from __future__ import annotations

import json
from typing import Any

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    AssessmentRecord,
    AuditAction,
    AuditEntry,
    ConsentEvent,
    ConsentEventKind,
    ConsentRecord,
    DeletionLogEntry,
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    ObligationCheck,
    ProcessingActivity,
    RetentionRule,
    ScenarioRecord,
    ScenarioStatus,
    ScenarioSummary,
)
from recordcheck.domain.scenario_codec import scenario_from_dict
from recordcheck.domain.vocabulary import Channel, ConsentMechanism, Purpose
from recordcheck.store.activity_compat import upgrade
from recordcheck.store.jsoncodec import fields_from_dict


def organisation(row: Any) -> Organisation:
    m = row._mapping
    return Organisation(
        name=m["name"],
        cvr=m["cvr"],
        address=m["address"],
        phone=m["phone"],
        email=m["email"],
        website=m["website"],
        dpo_name=m["dpo_name"],
        dpo_contact=m["dpo_contact"],
    )


def scenario(row: Any) -> ScenarioRecord:
    m = row._mapping
    return ScenarioRecord(
        id=m["id"],
        scenario=scenario_from_dict(json.loads(m["scenario_json"])),
        status=ScenarioStatus(m["status"]),
        owner=m["owner"],
        next_review=m["next_review"],
        version=m["version"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        author=m["author"],
        updated_by=m["updated_by"],
    )


def scenario_summary(row: Any) -> ScenarioSummary:
    """Only the list's columns: the JSON is parsed, the scenario is not decoded (10× faster).
    ``row`` is a SQLAlchemy row or a plain mapping (see ``quicklist``)."""
    m = getattr(row, "_mapping", row)
    data = json.loads(m["scenario_json"])
    channels, purposes = _CHANNELS, _PURPOSES  # dict lookups: Enum(value) is slow at 1,000
    return ScenarioSummary(
        id=m["id"],
        name=m["name"],
        status=ScenarioStatus(m["status"]),
        channel=channels.get(data.get("channel")),
        purposes=tuple(purposes[p] for p in data.get("purposes") or () if p in purposes),
        updated_at=m["updated_at"],
    )


_CHANNELS: dict[Any, Channel] = {c.value: c for c in Channel}
_PURPOSES: dict[Any, Purpose] = {p.value: p for p in Purpose}


def assessment(row: Any) -> AssessmentRecord:
    m = row._mapping
    return AssessmentRecord(
        id=m["id"],
        scenario_id=m["scenario_id"],
        scenario_version=m["scenario_version"],
        created_at=m["created_at"],
        author=m["author"],
        rulebase_id=m["rulebase_id"],
        rulebase_version=m["rulebase_version"],
        profile=m["profile"],
        assessment=json.loads(m["assessment_json"]),
    )


def obligation(row: Any) -> ObligationCheck:
    m = row._mapping
    return ObligationCheck(
        scenario_id=m["scenario_id"],
        obligation_id=m["obligation_id"],
        done=bool(m["done"]),
        done_at=m["done_at"],
        author=m["updated_by"],
        note=m["note"],
    )


_STAMPS = ("created_at", "updated_at", "author", "updated_by")


def activity(row: Any) -> ProcessingActivity:
    m = row._mapping
    body = fields_from_dict(ProcessingActivity, upgrade(json.loads(m["activity_json"])))
    body.update(
        id=m["id"], scenario_id=m["scenario_id"], name=m["name"], **{k: m[k] for k in _STAMPS}
    )
    return ProcessingActivity(**body)


def retention_rule(row: Any) -> RetentionRule:
    m = row._mapping
    body = fields_from_dict(RetentionRule, json.loads(m["details_json"]))
    body.update(
        id=m["id"],
        scenario_id=m["scenario_id"],
        purpose=Purpose(m["purpose"]),
        period_days=m["period_days"],
        follow_up_days=m["follow_up_days"],
        last_review=m["last_review"],
        next_review=m["next_review"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        author=m["author"],
    )
    return RetentionRule(**body)


def consent(row: Any) -> ConsentRecord:
    m = row._mapping
    return ConsentRecord(
        id=m["id"],
        person_name=m["person_name"],
        scenario_id=m["scenario_id"],
        purposes=tuple(Purpose(p) for p in json.loads(m["purposes"])),
        mechanism=ConsentMechanism(m["mechanism"]),
        notice_version=m["notice_version"],
        given_at=m["given_at"],
        status=ConsentEventKind(m["status"]),
        status_at=m["status_at"],
        created_at=m["created_at"],
        author=m["author"],
        phone=m["phone"],
        email=m["email"],
        reference=m["reference"],
        evidence_note=m["evidence_note"],
    )


def consent_event(row: Any) -> ConsentEvent:
    m = row._mapping
    return ConsentEvent(
        id=m["id"],
        consent_id=m["consent_id"],
        kind=ConsentEventKind(m["kind"]),
        at=m["at"],
        channel=m["channel"],
        author=m["author"],
        recorded_at=m["recorded_at"],
        note=m["note"],
    )


def deletion_task(row: Any) -> DeletionTask:
    m = row._mapping
    return DeletionTask(
        id=m["id"],
        scenario_id=m["scenario_id"],
        purpose=Purpose(m["purpose"]) if m["purpose"] else None,
        reason=DeletionReason(m["reason"]),
        due=m["due"],
        status=DeletionStatus(m["status"]),
        created_at=m["created_at"],
        author=m["author"],
        consent_id=m["consent_id"],
        person_name=m["person_name"],
        retention_rule_id=m["retention_rule_id"],
        cutoff=m["cutoff"],
        done_at=m["done_at"],
    )


def deletion_log_entry(row: Any) -> DeletionLogEntry:
    m = row._mapping
    return DeletionLogEntry(
        id=m["id"],
        task_id=m["task_id"],
        scenario_id=m["scenario_id"],
        reason=DeletionReason(m["reason"]),
        what=m["what"],
        method=m["method"],
        deleted_at=m["deleted_at"],
        author=m["author"],
        recorded_at=m["recorded_at"],
        purpose=Purpose(m["purpose"]) if m["purpose"] else None,
        consent_id=m["consent_id"],
    )


def audit_entry(row: Any) -> AuditEntry:
    m = row._mapping
    return AuditEntry(
        id=m["id"],
        at=m["at"],
        author=m["author"],
        table=m["table_name"],
        record_id=m["record_id"],
        action=AuditAction(m["action"]),
        before=json.loads(m["before_json"]) if m["before_json"] else None,
        after=json.loads(m["after_json"]) if m["after_json"] else None,
    )
