"""A write transaction that knows who and when, and audits every row it touches.

Every insert and update of a register record goes through :class:`Tx`, so the audit row is
written in the same transaction as the change, one row per changed record, with the record
before and after as JSON. Nothing can change a record without leaving its trace.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from recordcheck.domain.register import AuditAction
from recordcheck.store import schema
from recordcheck.store.errors import NotFoundError
from recordcheck.store.jsoncodec import dumps


def row_snapshot(row: Any) -> dict[str, Any]:
    """A row as a JSON-safe dict (times as UTC ISO text)."""
    out = {}
    for key, value in dict(row._mapping).items():
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[key] = value
    return out


def _key_clause(table: sa.Table, key: dict[str, Any]) -> Any:
    return sa.and_(*(table.c[name] == value for name, value in key.items()))


def record_id(key: dict[str, Any]) -> str:
    return "/".join(str(v) for v in key.values())


class Tx:
    """One write transaction on ``conn`` by ``author`` at ``now``."""

    def __init__(self, conn: Any, author: str, now: datetime) -> None:
        self.conn = conn
        self.author = author
        self.now = now

    def get(self, table: sa.Table, **key: Any) -> Any:
        return self.conn.execute(sa.select(table).where(_key_clause(table, key))).first()

    def require(self, table: sa.Table, what: str, **key: Any) -> Any:
        row = self.get(table, **key)
        if row is None:
            raise NotFoundError("store.not_found", what=what, id=record_id(key))
        return row

    def audit(self, table: str, rid: str, action: AuditAction, before: Any, after: Any) -> None:
        self.conn.execute(
            schema.audit_log.insert().values(
                at=self.now,
                author=self.author,
                table_name=table,
                record_id=rid,
                action=action.value,
                before_json=None if before is None else dumps(before),
                after_json=None if after is None else dumps(after),
            )
        )

    def insert(self, table: sa.Table, **values: Any) -> Any:
        """Insert one row and audit it; returns the stored row."""
        row = self.conn.execute(table.insert().values(**values).returning(*table.c)).one()
        key = {c.name: row._mapping[c.name] for c in table.primary_key.columns}
        self.audit(table.name, record_id(key), AuditAction.INSERT, None, row_snapshot(row))
        return row

    def update(self, table: sa.Table, key: dict[str, Any], what: str, **values: Any) -> Any:
        """Update one row and audit before/after; returns the stored row."""
        before = self.require(table, what, **key)
        row = self.conn.execute(
            table.update().where(_key_clause(table, key)).values(**values).returning(*table.c)
        ).one()
        self.audit(
            table.name, record_id(key), AuditAction.UPDATE, row_snapshot(before), row_snapshot(row)
        )
        return row

    def delete(self, table: sa.Table, key: dict[str, Any], what: str) -> None:
        """Delete one row and audit what it held."""
        before = self.require(table, what, **key)
        self.conn.execute(table.delete().where(_key_clause(table, key)))
        self.audit(table.name, record_id(key), AuditAction.DELETE, row_snapshot(before), None)
