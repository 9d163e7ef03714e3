"""Decide, without changing a byte, whether a file is a RecordCheck register we may open.

Runs before SQLAlchemy is involved: the header is read directly, then a read-only SQLite
connection asks for the application id and the schema version. A refused file is left exactly
as it was (no journal mode change, no -wal file from us).
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from recordcheck.store.errors import (
    CorruptRegisterError,
    NewerSchemaError,
    NotARegisterError,
    os_error,
    translate,
)
from recordcheck.store.identity import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileFacts:
    """What the header and the read-only look told us about an existing register."""

    schema_version: int
    page_size: int


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as error:
        raise os_error(error, path) from error


def _check_not_truncated(path: Path, header: bytes) -> int:
    """Refuse a file shorter than its header says (when no WAL may hold the rest)."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    wal = path.with_name(path.name + "-wal")
    wal_has_data = wal.exists() and wal.stat().st_size > 0
    if (
        page_count
        and valid_for == change_counter
        and not wal_has_data
        and path.stat().st_size < page_count * page_size
    ):
        raise CorruptRegisterError("store.corrupt", path=str(path))
    return page_size


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def untouched_uri(path: Path, header: bytes | None = None) -> str:
    """A read-only URI that creates no ``-wal``/``-shm``: a WAL-mode file without a WAL is
    complete in itself and is read as immutable (a read-only open would create both files)."""
    header = _header(path) if header is None else header
    wal_mode = len(header) > 18 and header[18] == 2
    wal_exists = path.with_name(path.name + "-wal").exists()
    return read_only_uri(path, immutable=wal_mode and not wal_exists)


def identify(path: Path) -> FileFacts:
    """Return the facts of the register at ``path`` or raise the error that explains why not."""
    where = str(path)
    if path.is_dir():
        raise NotARegisterError("store.is_directory", path=where)
    header = _header(path)
    if not header:
        raise NotARegisterError("store.empty_file", path=where)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotARegisterError("store.not_a_register", path=where)
    page_size = _check_not_truncated(path, header)
    try:
        conn = sqlite3.connect(untouched_uri(path, header), uri=True, timeout=10)
    except sqlite3.Error as error:
        raise translate(error, path) or CorruptRegisterError("store.corrupt", path=where) from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise translate(error, path) or CorruptRegisterError("store.corrupt", path=where) from error
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise NotARegisterError("store.not_a_register", path=where)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            "store.newer_schema", path=where, found=version, supported=SCHEMA_VERSION
        )
    if version < 1 or "alembic_version" not in tables:
        raise CorruptRegisterError("store.corrupt", path=where)
    return FileFacts(schema_version=version, page_size=page_size)
