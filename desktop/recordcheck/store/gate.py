"""The one gate every register file passes before it is opened, restored, imported or reported.

:func:`check` asks, over a read-only connection that leaves no ``-wal``/``-shm`` behind
(:func:`~recordcheck.store.sniff.untouched_uri`), everything a file must be before this code
may trust it: ours (application id), not newer (``user_version``), at an Alembic revision this
code knows, with the tables, columns, indexes and append-only triggers the current schema
promises and no trigger of anyone else's, and (``full=True``) whole by SQLite's
``integrity_check``, which unlike ``quick_check`` also checks every index against its table.
A refused file is never written to.

The full check reads the whole file: 0.85 s for 100,000 consents (bench/register.py), so
the window runs it in the background after the first paint and blocks writes until it passes;
the command line, backup, restore, import and ``info`` run it before they start.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from recordcheck.errors import Detail
from recordcheck.store.errors import (
    CorruptRegisterError,
    NewerSchemaError,
    RegisterError,
    translate,
)
from recordcheck.store.identity import REVISIONS, SCHEMA_VERSION
from recordcheck.store.sniff import FileFacts, identify, untouched_uri

#: How many of ``integrity_check``'s findings a message quotes.
_QUOTED_FINDINGS = 3
#: How many backups (newest first) are checked when looking for a good one to point to.
_BACKUPS_TRIED = 5


@dataclass(frozen=True)
class Expected:
    """What the current schema promises: tables with their columns, indexes, triggers."""

    columns: dict[str, tuple[str, ...]]
    indexes: frozenset[str]
    triggers: dict[str, str]  # name -> its SQL, whitespace collapsed


def _trigger_sql(table: str, verb: str) -> str:
    """The append-only trigger exactly as ``migrations.versions.append_only`` creates it."""
    return (
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
    )


def _collapse(sql: str) -> str:
    return re.sub(r"\s+", " ", sql.strip())


_EXPECTED: list[Expected] = []


def expected() -> Expected:
    """The current schema's promises, read from ``schema.metadata`` once."""
    if not _EXPECTED:
        from recordcheck.store import schema

        columns = {
            name: tuple(c.name for c in table.columns)
            for name, table in schema.metadata.tables.items()
        }
        indexes = frozenset(
            str(index.name) for table in schema.metadata.tables.values() for index in table.indexes
        )
        triggers = {
            f"{table}_no_{verb.lower()}": _collapse(_trigger_sql(table, verb))
            for table in schema.APPEND_ONLY
            for verb in ("UPDATE", "DELETE")
        }
        _EXPECTED.append(Expected(columns, indexes, triggers))
    return _EXPECTED[0]


def check(path: Path, *, full: bool = True, shown_as: Path | None = None) -> FileFacts:
    """Return the facts of the register at ``path`` or raise the error that says what is wrong.

    ``full`` adds ``PRAGMA integrity_check``. ``shown_as`` is the file the message names when
    ``path`` is a copy of it (a backup being written is checked on the copy)."""
    where = shown_as or path
    try:
        facts = identify(path)
    except RegisterError as error:
        if shown_as is not None and "path" in error.params:
            error.params["path"] = str(where)
        raise
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True, timeout=10)
    except sqlite3.Error as error:
        raise translate(error, where) or CorruptRegisterError(
            "store.corrupt", path=str(where)
        ) from error
    try:
        _check_revision(conn, facts, where)
        if facts.schema_version == SCHEMA_VERSION:  # an older one is checked after migrating
            _check_structure(conn, where)
        if full:
            _check_integrity(conn, where)
    except sqlite3.DatabaseError as error:
        raise translate(error, where) or CorruptRegisterError(
            "store.corrupt", path=str(where)
        ) from error
    finally:
        conn.close()
    return facts


def _check_revision(conn: sqlite3.Connection, facts: FileFacts, where: Path) -> None:
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if not rows:
        raise CorruptRegisterError("store.gate_no_revision", path=str(where))
    revision = str(rows[0][0])
    known = set(REVISIONS.values())
    if len(rows) > 1 or revision not in known:
        found = ", ".join(str(row[0]) for row in rows)
        raise NewerSchemaError(
            "store.gate_unknown_revision",
            path=str(where),
            revision=found,
            known=", ".join(sorted(known)),
        )
    if REVISIONS.get(facts.schema_version) != revision:
        raise CorruptRegisterError(
            "store.gate_revision_mismatch",
            path=str(where),
            revision=revision,
            version=facts.schema_version,
        )


def _check_structure(conn: sqlite3.Connection, where: Path) -> None:
    want = expected()
    found = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables = {name for kind, name, _, _ in found if kind == "table"}
    indexes = {name for kind, name, _, _ in found if kind == "index"}
    triggers = {name: _collapse(sql or "") for kind, name, _, sql in found if kind == "trigger"}
    missing: list[str] = []
    for table, columns in want.columns.items():
        if table not in tables:
            missing.append(table)
            continue
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        missing.extend(f"{table}.{column}" for column in columns if column not in have)
    missing.extend(sorted(name for name in want.indexes if name not in indexes))
    missing.extend(sorted(name for name, sql in want.triggers.items() if triggers.get(name) != sql))
    if missing:
        raise CorruptRegisterError(
            "store.gate_missing", path=str(where), missing=", ".join(missing)
        )
    foreign = sorted(name for name in triggers if name not in want.triggers)
    if foreign:
        raise CorruptRegisterError(
            "store.gate_foreign_trigger", path=str(where), triggers=", ".join(foreign)
        )


def _check_integrity(conn: sqlite3.Connection, where: Path) -> None:
    findings = [
        line
        for row in conn.execute(f"PRAGMA integrity_check({_QUOTED_FINDINGS})")
        for line in str(row[0]).splitlines()
        if line and not line.startswith("***")
    ]
    if findings != ["ok"]:
        raise CorruptRegisterError(
            "store.gate_integrity", path=str(where), findings="; ".join(findings)
        )


def is_good(path: Path) -> bool:
    """True when ``path`` passes the whole gate (for choosing a backup to point to)."""
    try:
        check(path)
    except (RegisterError, OSError):
        return False
    return True


def newest_good_backup(register: Path) -> Path | None:
    """The newest file in ``backups/`` beside ``register`` that passes the gate, if any."""
    folder = register.parent / "backups"
    try:
        candidates = sorted(
            (p for p in folder.glob("*.sqlite3") if p.is_file()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return None
    return next((p for p in candidates[:_BACKUPS_TRIED] if is_good(p)), None)


def with_backup_hint(error: RegisterError, register: Path) -> RegisterError:
    """``error`` with a line naming the newest good backup to restore (when there is one)."""
    if any(d.key == "store.gate_newest_backup" for d in error.details):
        return error
    backup = newest_good_backup(register)
    if backup is not None:
        error.details.append(Detail("store.gate_newest_backup", {"backup": str(backup)}))
    return error


def check_register(path: Path, *, full: bool = True) -> FileFacts:
    """:func:`check` for the register in use: a refusal also points to its newest good backup."""
    try:
        return check(path, full=full)
    except RegisterError as error:
        if path.is_file():
            raise with_backup_hint(error, path) from None
        raise


# -- writability and left-overs ------------------------------------------------------------------
def writable(path: Path) -> bool:
    """Whether the register at ``path`` (and its folder, where SQLite puts its ``-wal``) may be
    written. ``os.access`` sees permissions and read-only mounts (for root only the latter)."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


#: A ``.register.sqlite3.<pid>.<hex>.new`` older than this is left by a killed ``init``.
STALE_AFTER_S = 300


def remove_stale_temporaries(path: Path, now: float | None = None) -> list[Path]:
    """Remove the half-made registers a killed ``init`` left beside ``path`` (older than
    :data:`STALE_AFTER_S`, made by another process); returns what was removed."""
    import time

    now = time.time() if now is None else now
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.[0-9a-f]+\.new(-wal|-shm|-journal)?$")
    removed = []
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            match = pattern.match(candidate.name)
            if match is None or int(match.group(1)) == os.getpid():
                continue
            with contextlib.suppress(OSError):
                if now - candidate.stat().st_mtime > STALE_AFTER_S:
                    candidate.unlink()
                    removed.append(candidate)
    return removed
