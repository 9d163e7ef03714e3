"""One module per schema version; helpers the revisions share (kept stable once released)."""

from __future__ import annotations

from alembic import op


def is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def set_user_version(version: int) -> None:
    """Record the schema version in the SQLite header (read on open without Alembic)."""
    if is_sqlite():
        op.execute(f"PRAGMA user_version = {int(version)}")


def append_only(table: str) -> None:
    """Refuse UPDATE and DELETE on ``table`` in the database itself (SQLite)."""
    if not is_sqlite():
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )
