"""The register's other use cases: the organisation, the Art. 30 entries, retention rules,
consents and withdrawals, deletions, obligations. Each does one thing in the register and
publishes what changed, so the window and the command line share one meaning and one wording.
"""

from __future__ import annotations

from datetime import date, datetime

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
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.workspace import Workspace


def save_organisation(ws: Workspace, org: Organisation) -> Organisation:
    ws.register().save_organisation(org)
    ws.publish(Change(RecordKind.ORGANISATION))
    return org


def save_activity(ws: Workspace, activity: ProcessingActivity) -> ProcessingActivity:
    """Insert (``id`` 0) or update an Art. 30 entry as the user edited it."""
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
    saved = ws.register().save_retention_rule(rule)
    ws.publish(Change(RecordKind.RETENTION_RULE, saved.id), Change(RecordKind.DELETION))
    return saved


def add_consent(ws: Workspace, consent: ConsentInput) -> ConsentRecord:
    saved = ws.register().add_consent(consent)
    ws.publish(Change(RecordKind.CONSENT, saved.id))
    return saved


def withdraw_consent(ws: Workspace, consent_id: int, *, at: datetime, channel: str,
                     note: str = "") -> DeletionTask:
    """Record the withdrawal; the deletion task it causes is returned (and shown everywhere)."""
    task = ws.register().withdraw_consent(consent_id, at=at, channel=channel, note=note)
    ws.publish(Change(RecordKind.CONSENT, consent_id), Change(RecordKind.DELETION, task.id))
    return task


def expire_consent(ws: Workspace, consent_id: int, *, at: datetime,
                   note: str = "") -> ConsentRecord:
    record = ws.register().expire_consent(consent_id, at=at, note=note)
    ws.publish(Change(RecordKind.CONSENT, consent_id))
    return record


def complete_deletion(ws: Workspace, task_id: int, *, what: str, method: str,
                      deleted_at: datetime | None = None) -> DeletionLogEntry:
    """Log what was deleted and how; a retention task opens its next one."""
    entry = ws.register().complete_deletion(task_id, what=what, method=method,
                                            deleted_at=deleted_at)
    ws.publish(Change(RecordKind.DELETION, task_id))
    return entry


def set_obligation_done(ws: Workspace, scenario_id: int, obligation_id: str, done: bool,
                        note: str = "") -> ObligationCheck:
    check = ws.register().set_obligation_done(scenario_id, obligation_id, done, note)
    ws.publish(Change(RecordKind.OBLIGATION, scenario_id))
    return check


def due_deletions(ws: Workspace, on: date | None = None) -> list[DeletionTask]:
    from recordcheck.dates import local_day, now_local

    return ws.register().due_deletions(on or local_day(now_local()))
