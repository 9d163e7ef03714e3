"""The deletion policy: retention rules, the deletion tasks they and withdrawals cause, and the
log proving each deletion was done.

A retention rule keeps exactly one open recurring task: it is created with the rule and, when
confirmed, the next one is opened ``follow_up_days`` later. ``cutoff`` tells the person doing
the deletion which recordings are past their period (made before that date).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from recordcheck.dates import as_utc
from recordcheck.domain.register import (
    DeletionLogEntry,
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    RetentionRule,
    StartEvent,
)
from recordcheck.domain.vocabulary import Purpose
from recordcheck.errors import InputError
from recordcheck.store import rows, schema
from recordcheck.store.base import RegisterBase
from recordcheck.store.errors import InvalidChangeError, NotFoundError
from recordcheck.store.jsoncodec import dumps, fields_to_dict
from recordcheck.store.tx import Tx

#: Kept in columns (or set by the store); the rest of a rule goes into ``details_json``.
_RULE_COLUMNS = frozenset(
    {
        "id",
        "scenario_id",
        "purpose",
        "period_days",
        "follow_up_days",
        "last_review",
        "next_review",
        "created_at",
        "updated_at",
        "author",
    }
)


#: About a hundred years: anything longer is a typo, not a deletion policy.
MAX_PERIOD_DAYS = 36_500


def _open_retention_task(tx: Tx, rule: Any, due: date) -> Any:
    return tx.insert(
        schema.deletion_tasks,
        scenario_id=rule.scenario_id,
        purpose=rule.purpose,
        reason=DeletionReason.RETENTION.value,
        due=due,
        status=DeletionStatus.OPEN.value,
        retention_rule_id=rule.id,
        cutoff=due - timedelta(days=rule.period_days),
        created_at=tx.now,
        updated_at=tx.now,
        author=tx.author,
        updated_by=tx.author,
    )


class DeletionRepo(RegisterBase):
    # -- retention rules ------------------------------------------------------------------
    def retention_rules(self, scenario_id: int | None = None) -> list[RetentionRule]:
        t = schema.retention_rules
        query = sa.select(t).order_by(t.c.scenario_id, t.c.purpose, t.c.id)
        if scenario_id is not None:
            query = query.where(t.c.scenario_id == scenario_id)
        with self._read() as conn:
            return [rows.retention_rule(r) for r in conn.execute(query)]

    def save_retention_rule(self, rule: RetentionRule) -> RetentionRule:
        """Insert (``id`` 0) or update a rule. A new rule opens its first recurring deletion
        task; a changed period moves the open task's cutoff."""
        if int(rule.period_days) < 1:
            raise InputError("store.period_required")
        if int(rule.period_days) > MAX_PERIOD_DAYS:
            raise InputError(
                "store.period_too_long", days=int(rule.period_days), most=MAX_PERIOD_DAYS
            )
        values = {
            "scenario_id": rule.scenario_id,
            "purpose": Purpose(rule.purpose).value,
            "period_days": int(rule.period_days),
            "start_event": StartEvent(rule.start_event).value,
            "follow_up_days": max(1, int(rule.follow_up_days)),
            "last_review": rule.last_review,
            "next_review": rule.next_review,
            "details_json": dumps(fields_to_dict(rule, _RULE_COLUMNS)),
        }
        with self._write() as tx:
            tx.require(schema.scenarios, "scenario", id=rule.scenario_id)
            if not rule.id:
                row = tx.insert(
                    schema.retention_rules,
                    **values,
                    created_at=tx.now,
                    updated_at=tx.now,
                    author=tx.author,
                    updated_by=tx.author,
                )
                _open_retention_task(tx, row, tx.now.date() + timedelta(days=row.follow_up_days))
            else:
                row = tx.update(
                    schema.retention_rules,
                    {"id": rule.id},
                    "retention rule",
                    **values,
                    updated_at=tx.now,
                    updated_by=tx.author,
                )
                self._move_open_cutoff(tx, row)
        return rows.retention_rule(row)

    @staticmethod
    def _move_open_cutoff(tx: Tx, rule: Any) -> None:
        t = schema.deletion_tasks
        for task in tx.conn.execute(
            sa.select(t).where(
                t.c.retention_rule_id == rule.id, t.c.status == DeletionStatus.OPEN.value
            )
        ):
            cutoff = task.due - timedelta(days=rule.period_days)
            if cutoff != task.cutoff or task.purpose != rule.purpose:
                tx.update(
                    t,
                    {"id": task.id},
                    "deletion task",
                    cutoff=cutoff,
                    purpose=rule.purpose,
                    updated_at=tx.now,
                    updated_by=tx.author,
                )

    # -- tasks ----------------------------------------------------------------------------
    def deletion_tasks(self, status: DeletionStatus | str | None = None) -> list[DeletionTask]:
        t = schema.deletion_tasks
        query = sa.select(t).order_by(t.c.due, t.c.id)
        if status is not None:
            query = query.where(t.c.status == DeletionStatus(status).value)
        with self._read() as conn:
            return [rows.deletion_task(r) for r in conn.execute(query)]

    def deletion_task(self, task_id: int) -> DeletionTask:
        t = schema.deletion_tasks
        with self._read() as conn:
            row = conn.execute(sa.select(t).where(t.c.id == task_id)).first()
        if row is None:
            raise NotFoundError("store.not_found", what="deletion task", id=task_id)
        return rows.deletion_task(row)

    def due_deletions(self, on: date) -> list[DeletionTask]:
        """Open tasks due on or before ``on`` (overdue ones first)."""
        t = schema.deletion_tasks
        query = (
            sa.select(t)
            .where(t.c.status == DeletionStatus.OPEN.value, t.c.due <= on)
            .order_by(t.c.due, t.c.id)
        )
        with self._read() as conn:
            return [rows.deletion_task(r) for r in conn.execute(query)]

    def complete_deletion(
        self, task_id: int, *, what: str, method: str, deleted_at: datetime | None = None
    ) -> DeletionLogEntry:
        """Confirm a task: close it, log what was deleted and how, and for a retention task
        open the next one."""
        if not what.strip() or not method.strip():
            raise InputError("store.deletion_proof_required")
        with self._write() as tx:
            task = tx.require(schema.deletion_tasks, "deletion task", id=task_id)
            if task.status != DeletionStatus.OPEN.value:
                raise InvalidChangeError("store.task_done", id=task_id)
            when = as_utc(deleted_at) if deleted_at else tx.now
            tx.update(
                schema.deletion_tasks,
                {"id": task_id},
                "deletion task",
                status=DeletionStatus.DONE.value,
                done_at=when,
                updated_at=tx.now,
                updated_by=tx.author,
            )
            entry = tx.insert(
                schema.deletion_log,
                task_id=task_id,
                scenario_id=task.scenario_id,
                reason=task.reason,
                purpose=task.purpose,
                consent_id=task.consent_id,
                what=what,
                method=method,
                deleted_at=when,
                author=tx.author,
                recorded_at=tx.now,
            )
            if task.reason == DeletionReason.RETENTION.value and task.retention_rule_id:
                rule = tx.get(schema.retention_rules, id=task.retention_rule_id)
                if rule is not None:
                    start = max(task.due, when.date())
                    _open_retention_task(tx, rule, start + timedelta(days=rule.follow_up_days))
        return rows.deletion_log_entry(entry)

    def deletion_log(self) -> list[DeletionLogEntry]:
        t = schema.deletion_log
        with self._read() as conn:
            return [
                rows.deletion_log_entry(r)
                for r in conn.execute(sa.select(t).order_by(t.c.deleted_at, t.c.id))
            ]
