"""The register's other use cases: the organisation, the Art. 30 entries, retention rules,
consents and withdrawals, deletions, obligations. Each does one thing in the register and
publishes what changed, so the window and the command line share one meaning and one wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from recordcheck.domain import text as text_rules
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    ConsentInput,
    ConsentRecord,
    DeletionLogEntry,
    DeletionTask,
    ObligationCheck,
    ProcessingActivity,
    RetentionRule,
)
from recordcheck.errors import Detail, InputError
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.workspace import Workspace


def require_clean_text(values: Iterable[tuple[str, Any, text_rules.Rule]]) -> None:
    """The input gate for text (``domain.text``) at the use cases every edge passes: the
    window, the command line and a changed copy alike. Refused, not cleaned: a name that is
    stored differently from what was typed would surprise later."""
    found = text_rules.problems(values)
    if found:
        raise InputError("services.invalid_text", details=[_labelled(d) for d in found])


def _labelled(detail: Detail) -> Detail:
    """The field named in the user's words where a label exists (``person_name`` → »navn«)."""
    from recordcheck.texts import catalogue

    field = str(detail.params.get("field", ""))
    base, bracket, rest = field.partition("[")
    if f"field_{base}" not in catalogue("services", "da"):
        return detail
    label: Detail | str = Detail(f"services.field_{base}")
    if bracket:
        label = Detail("services.field_item", {"field": label, "number": rest.rstrip("]")})
    return Detail(detail.key, {**detail.params, "field": label})


def save_organisation(ws: Workspace, org: Organisation) -> Organisation:
    require_clean_text(text_rules.fields_of(org, text_rules.ORGANISATION))
    ws.register().save_organisation(org)
    ws.publish(Change(RecordKind.ORGANISATION))
    return org


def save_activity(ws: Workspace, activity: ProcessingActivity) -> ProcessingActivity:
    """Insert (``id`` 0) or update an Art. 30 entry as the user edited it."""
    require_clean_text(
        (f.name, getattr(activity, f.name), text_rules.activity_rule(f.name))
        for f in fields(activity)
        if text_rules.is_text(getattr(activity, f.name)) and f.name not in ("author", "updated_by")
    )
    saved = ws.register().save_activity(activity)
    ws.publish(Change(RecordKind.ACTIVITY, saved.id))
    return saved


def generate_activity(ws: Workspace, scenario_id: int) -> ProcessingActivity:
    """Create or refresh the scenario's Art. 30 entry from the scenario and its assessment
    (fields only the user can know are kept)."""
    saved = ws.register().generate_activity(scenario_id)
    ws.publish(Change(RecordKind.ACTIVITY, saved.id))
    return saved


def save_retention_rule(ws: Workspace, rule: RetentionRule) -> RetentionRule:
    require_clean_text(
        (name, value, r)
        for name, value, r in text_rules.fields_of(rule, {}, text_rules.RETENTION_RULE_DEFAULT)
        if name != "author"
    )
    saved = ws.register().save_retention_rule(rule)
    ws.publish(Change(RecordKind.RETENTION_RULE, saved.id), Change(RecordKind.DELETION))
    return saved


def add_consent(ws: Workspace, consent: ConsentInput) -> ConsentRecord:
    require_clean_text(text_rules.fields_of(consent, text_rules.CONSENT))
    saved = ws.register().add_consent(consent)
    ws.publish(Change(RecordKind.CONSENT, saved.id))
    return saved


def withdraw_consent(
    ws: Workspace, consent_id: int, *, at: datetime, channel: str, note: str = ""
) -> DeletionTask:
    """Record the withdrawal; the deletion task it causes is returned (and shown everywhere)."""
    require_clean_text(
        [
            ("channel", channel, text_rules.CONSENT["channel"]),
            ("note", note, text_rules.CONSENT["note"]),
        ]
    )
    task = ws.register().withdraw_consent(consent_id, at=at, channel=channel, note=note)
    ws.publish(Change(RecordKind.CONSENT, consent_id), Change(RecordKind.DELETION, task.id))
    return task


def expire_consent(
    ws: Workspace, consent_id: int, *, at: datetime, note: str = ""
) -> ConsentRecord:
    require_clean_text([("note", note, text_rules.CONSENT["note"])])
    record = ws.register().expire_consent(consent_id, at=at, note=note)
    ws.publish(Change(RecordKind.CONSENT, consent_id))
    return record


def complete_deletion(
    ws: Workspace, task_id: int, *, what: str, method: str, deleted_at: datetime | None = None
) -> DeletionLogEntry:
    """Log what was deleted and how; a retention task opens its next one."""
    require_clean_text(
        [
            ("what", what, text_rules.DELETION["what"]),
            ("method", method, text_rules.DELETION["method"]),
        ]
    )
    entry = ws.register().complete_deletion(
        task_id, what=what, method=method, deleted_at=deleted_at
    )
    ws.publish(Change(RecordKind.DELETION, task_id))
    return entry


def set_obligation_done(
    ws: Workspace, scenario_id: int, obligation_id: str, done: bool, note: str = ""
) -> ObligationCheck:
    require_clean_text([("note", note, text_rules.OBLIGATION["note"])])
    check = ws.register().set_obligation_done(scenario_id, obligation_id, done, note)
    ws.publish(Change(RecordKind.OBLIGATION, scenario_id))
    return check


def due_deletions(ws: Workspace, on: date | None = None) -> list[DeletionTask]:
    from recordcheck.dates import local_day, now_local

    return ws.register().due_deletions(on or local_day(now_local()))
