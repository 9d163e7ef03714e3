"""Opening a register: refuse what is not ours, create what is missing, migrate what is old."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordcheck import paths
from recordcheck.store.errors import NotARegisterError, RegisterError, os_error, translate
from recordcheck.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from recordcheck.store.register import Register


def default_path() -> Path:
    return paths.database_path(paths.data_dir())


def open_register(
    path: Path | None = None,
    *,
    create: bool = True,
    author: str | None = None,
    clock: Callable[[], datetime] | None = None,
    read_only: bool | None = None,
    full_check: bool = True,
) -> Register:
    """Open (creating or migrating as needed) the register at ``path``; see :class:`Register`.

    Every existing file passes :func:`recordcheck.store.gate.check` first (``full_check``:
    including ``integrity_check``; the window runs that later, in the background, on a
    register opened ``read_only`` meanwhile). ``read_only=None`` opens read-only when the file
    or its folder cannot be written (a USB stick, a mounted backup), ``True`` always.
    ``create=False`` refuses a missing file (``store.no_register``) instead of creating one:
    commands that only read must not leave an empty register behind a mistyped data folder.
    ``author`` overrides the OS user name; ``clock`` (returning aware datetimes) is for tests.
    """
    from recordcheck.store import gate, migrate
    from recordcheck.store.connection import make_engine
    from recordcheck.store.register import Register

    path = Path(path) if path is not None else default_path()
    path = path.expanduser().absolute()
    if path.is_dir():
        raise NotARegisterError("store.is_directory", path=str(path))
    if not path.exists() and (not create or read_only):
        raise RegisterError("store.no_register", path=str(path))
    created = False
    if not path.exists():
        gate.remove_stale_temporaries(path)
        try:
            migrate.create(path)
        except OSError as error:
            raise os_error(error, path) from error
        created = True
    facts = gate.check_register(path, full=full_check and not created)
    if read_only is None:
        read_only = not gate.writable(path)
    if read_only:
        if facts.schema_version < SCHEMA_VERSION:  # it cannot be brought up to date here
            raise RegisterError("store.read_only_old", path=str(path), found=facts.schema_version)
        kwargs: dict[str, Any] = {"clock": clock} if clock is not None else {}
        register = Register(
            path, make_engine(path, read_only=True), author=author, read_only=True, **kwargs
        )
        register.checked = full_check
        return register
    gate.remove_stale_temporaries(path)
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
    register = Register(path, engine, author=author, **kwargs)
    register.checked = full_check or created
    return register


def restore_register(src: Path, dest: Path | None = None) -> Path:
    """Replace the register ``dest`` (default: the user's) with the backup ``src``.

    Refuses a ``src`` that is not a RecordCheck register, is newer, or fails
    ``integrity_check``; the old register is copied to ``backups/`` first. Returns ``dest``.
    """
    from recordcheck.store.backup import restore_file

    dest = Path(dest) if dest is not None else default_path()
    restore_file(Path(src), dest.expanduser().absolute())
    return dest
