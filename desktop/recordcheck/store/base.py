"""What every part of the register shares: the engine, the author, the clock, and the two kinds
of transaction (reads see one snapshot; writes are audited and turn disk trouble into a
:class:`~recordcheck.store.errors.RegisterError`)."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from recordcheck.dates import as_utc, now_utc
from recordcheck.store.connection import read_transaction, write_transaction
from recordcheck.store.errors import RegisterWriteError, translate
from recordcheck.store.tx import Tx


def os_user() -> str:
    """The OS user name: the register's "author" of every change."""
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no USER/LOGNAME and no passwd entry (containers, odd Windows set-ups)
        return "unknown"


#: The register's default clock (tests pass their own).
utc_now = now_utc

__all__ = ["RegisterBase", "as_utc", "os_user", "utc_now"]


class RegisterBase:
    """The register's plumbing; the record kinds are mixed in from the ``repo_*`` modules."""

    def __init__(
        self,
        path: Path,
        engine: Any,
        *,
        author: str | None = None,
        clock: Callable[[], datetime] = utc_now,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self._engine = engine
        #: Opened without write access (read-only medium, second copy, not yet checked):
        #: every write is refused with ``store.register_read_only`` before SQLite is asked.
        self.read_only = read_only
        self.author = author or os_user()
        self._clock = clock

    # -- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint the WAL into the main file (so backups by copy see it) and let go."""
        if self._engine is None:
            return
        if self.read_only:
            self._engine.dispose()
            self._engine = None
            return
        try:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except sa.exc.DBAPIError:
            pass  # another process holds the WAL; it will checkpoint later
        self._engine.dispose()
        self._engine = None

    def __enter__(self) -> RegisterBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------
    def now(self) -> datetime:
        return as_utc(self._clock())

    @contextmanager
    def _write(self) -> Iterator[Tx]:
        if self.read_only:
            raise RegisterWriteError("store.register_read_only", path=str(self.path))
        try:
            with write_transaction(self._engine) as conn:
                yield Tx(conn, self.author, self.now())
        except sa.exc.DBAPIError as error:
            known = translate(error, self.path)
            if known is None:
                raise
            raise known from error

    @contextmanager
    def _read(self) -> Iterator[Any]:
        try:
            with read_transaction(self._engine) as conn:
                yield conn
        except sa.exc.DBAPIError as error:
            known = translate(error, self.path)
            if known is None:
                raise
            raise known from error
