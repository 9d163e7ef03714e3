"""The SQLAlchemy engine for one register file, with the pragmas that keep it safe.

WAL lets the window read while a CLI writes; ``synchronous=FULL`` makes a reported commit
survive a power cut; ``foreign_keys`` is off by default in SQLite; the busy timeout lets two
processes take turns instead of failing. Write transactions start with ``BEGIN IMMEDIATE`` so
two writers queue on the lock rather than deadlock on an upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 15_000
_WRITE_FLAG = "recordcheck_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(path: Path, *, read_only: bool = False) -> Any:
    """An engine on ``path`` (which must already be a register or a new file of ours).

    ``read_only`` connects through :func:`~recordcheck.store.sniff.untouched_uri` and leaves
    the journal mode alone: nothing is written, no ``-wal``/``-shm`` is made (a register on
    a read-only medium, a second copy of the app, a register still being checked)."""
    import sqlalchemy as sa

    if read_only:
        import sqlite3

        from recordcheck.store.sniff import untouched_uri

        uri = untouched_uri(path)
        engine = sa.create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
            poolclass=sa.pool.QueuePool,
            pool_size=2,
            max_overflow=4,
        )
    else:
        engine = sa.create_engine(
            sqlite_url(path),
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            pool_size=2,
            max_overflow=4,
        )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN ourselves (see _on_begin)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.close()
            return
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.info.pop(_WRITE_FLAG, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Any) -> Iterator[Any]:
    """A connection in a write transaction: committed on success, rolled back on error."""
    with engine.connect() as conn:
        conn.info[_WRITE_FLAG] = True
        with conn.begin():
            yield conn


@contextmanager
def read_transaction(engine: Any) -> Iterator[Any]:
    """A connection reading one consistent snapshot."""
    with engine.connect() as conn, conn.begin():
        yield conn
