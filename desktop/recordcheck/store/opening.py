"""Opening a register: refuse what is not ours, create what is missing, migrate what is old."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recordcheck import paths
from recordcheck.store.errors import RegisterError, os_error, translate
from recordcheck.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from recordcheck.store.register import Register


def default_path() -> Path:
    return paths.database_path(paths.data_dir())


def open_register(path: Path | None = None, *, create: bool = True,
                  author: str | None = None,
                  clock: Callable[[], datetime] | None = None) -> Register:
    """Open (creating or migrating as needed) the register at ``path``; see :class:`Register`.

    ``create=False`` refuses a missing file (``store.no_register``) instead of creating one:
    commands that only read must not leave an empty register behind a mistyped data folder.
    ``author`` overrides the OS user name; ``clock`` (returning aware datetimes) is for tests.
    """
    from recordcheck.store import migrate, sniff
    from recordcheck.store.connection import make_engine
    from recordcheck.store.register import Register

    path = Path(path) if path is not None else default_path()
    path = path.expanduser().absolute()
    if not path.exists() and not create:
        raise RegisterError("store.no_register", path=str(path))
    if not path.exists():
        try:
            migrate.create(path)
        except OSError as error:
            raise os_error(error, path) from error
    facts = sniff.identify(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:  # runs the pragmas; a read-only disk fails here
            conn.exec_driver_sql("SELECT 1")
        if facts.schema_version < SCHEMA_VERSION:
            migrate.migrate(path, engine, facts.schema_version)
    except RegisterError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        known = translate(error, path)
        if known is None:
            raise
        raise known from error
    migrate.restrict_to_owner(path)
    kwargs = {"clock": clock} if clock is not None else {}
    return Register(path, engine, author=author, **kwargs)


def restore_register(src: Path, dest: Path | None = None) -> Path:
    """Replace the register ``dest`` (default: the user's) with the backup ``src``.

    Refuses a ``src`` that is not a RecordCheck register, is newer, or fails
    ``integrity_check``; the old register is copied to ``backups/`` first. Returns ``dest``.
    """
    from recordcheck.store.backup import restore_file

    dest = Path(dest) if dest is not None else default_path()
    restore_file(Path(src), dest.expanduser().absolute())
    return dest
