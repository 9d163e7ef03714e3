"""Broken registers, one kind per function: what a tester (or a failing disk, another program,
a newer RecordCheck) leaves where the register should be.

Each maker takes the path of a good, populated register (checkpointed: the whole database is in
the main file) and damages it in place. ``KINDS`` lists them by name, for parametrised tests
that run every command and the window's start on each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _page_of(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    return page_size, root


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file and leave no -wal/-shm behind."""
    _sql(path, "PRAGMA wal_checkpoint(TRUNCATE)")


def not_a_database(path: Path) -> None:
    path.write_text("Kære kunde, tak for din henvendelse.\n" * 200, encoding="utf-8")


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def another_programs_database(path: Path) -> None:
    path.unlink()
    _sql(
        path,
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO customers (name) VALUES ('Jensen')",
    )


def newer_schema_version(path: Path) -> None:
    _sql(path, "PRAGMA user_version = 99")


def unknown_alembic_revision(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")


def no_alembic_revision(path: Path) -> None:
    _sql(path, "DELETE FROM alembic_version")


def wrong_application_id(path: Path) -> None:
    _sql(path, "PRAGMA application_id = 1234")


def missing_consents_table(path: Path) -> None:
    _sql(path, "PRAGMA foreign_keys = OFF", "DROP TABLE consent_events", "DROP TABLE consents")


def missing_audit_log(path: Path) -> None:
    _sql(path, "DROP TABLE audit_log")


def missing_column(path: Path) -> None:
    _sql(path, "PRAGMA foreign_keys = OFF", "ALTER TABLE scenarios DROP COLUMN owner")


def missing_append_only_trigger(path: Path) -> None:
    _sql(path, "DROP TRIGGER consent_events_no_delete")


def extra_foreign_trigger(path: Path) -> None:
    """Someone's own trigger that would change records behind the register's back."""
    _sql(
        path,
        "CREATE TRIGGER sneaky AFTER INSERT ON consents "
        "BEGIN UPDATE consents SET person_name = 'x' WHERE id = NEW.id; END",
    )


def damaged_index(path: Path) -> None:
    """A table row changed on disk under its index: ``quick_check`` says ok, the full
    ``integrity_check`` reports a row missing from the index (review 12.1)."""
    conn = sqlite3.connect(path)
    key = conn.execute("SELECT name_key FROM consents ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    page_size, root = _page_of(path, "consents")
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(key.encode(), start, start + page_size)
    assert at >= 0, "the consent's name key is not on the table's root page"
    data[at] = ord("q") if data[at] != ord("q") else ord("z")
    path.write_bytes(bytes(data))


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def damaged_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"SQLite format 2\x00"
    path.write_bytes(bytes(data))


def damaged_schema_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\xff" * (page_size - 100)
    path.write_bytes(bytes(data))


def a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("not a register", encoding="utf-8")


#: name -> maker; at least 15 kinds (issue 12).
KINDS: dict[str, Callable[[Path], None]] = {
    maker.__name__: maker
    for maker in (
        not_a_database,
        empty_file,
        another_programs_database,
        newer_schema_version,
        unknown_alembic_revision,
        no_alembic_revision,
        wrong_application_id,
        missing_consents_table,
        missing_audit_log,
        missing_column,
        missing_append_only_trigger,
        extra_foreign_trigger,
        damaged_index,
        truncated,
        damaged_header,
        damaged_schema_page,
        a_folder,
    )
}


def snapshot(path: Path) -> bytes | list[str]:
    """What must not change: the file's bytes (a folder: its listing)."""
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes()
