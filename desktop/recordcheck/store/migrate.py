"""Create a register, or bring an older one up to ``SCHEMA_VERSION`` with Alembic.

Alembic is imported only here, and this runs only for a new file or one whose schema is
behind, so opening an up-to-date register stays fast. A new register is built in a temporary
file and linked into place, so a crash never leaves a half-made register; an old one is copied
aside (SQLite backup API) before it is changed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Any

from recordcheck import dates
from recordcheck.store.connection import make_engine, write_transaction
from recordcheck.store.errors import RegisterError, translate
from recordcheck.store.schema import REVISIONS, SCHEMA_VERSION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def upgrade(engine: Any) -> None:
    """Run every migration the database behind ``engine`` lacks, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with write_transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, REVISIONS[SCHEMA_VERSION])


def _stamp_meta(engine: Any) -> None:
    from recordcheck import version
    from recordcheck.store.schema import register_meta

    now = dates.iso_precise(dates.now_utc())
    with write_transaction(engine) as conn:
        conn.execute(
            register_meta.insert(),
            [
                {"key": "register_id", "value": uuid.uuid4().hex},
                {"key": "created_at", "value": now},
                {"key": "created_by_app", "value": version()},
            ],
        )


def restrict_to_owner(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX; Windows keeps ACLs)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o600)


def create(path: Path) -> None:
    """Create a new, empty register at ``path``; if another process won the race, keep theirs."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":  # a folder we make for personal data is ours alone
            with contextlib.suppress(OSError):
                path.parent.chmod(0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.new")
    temp.touch(mode=0o600)
    restrict_to_owner(temp)
    engine = make_engine(temp)
    try:
        upgrade(engine)
        _stamp_meta(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as error:
        engine.dispose()
        _remove_with_sidecars(temp)
        raise (translate(error, path) or error) from error
    engine.dispose()
    try:
        os.link(temp, path)
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links: fall back to a no-clobber rename
        if not path.exists():
            temp.replace(path)
    _remove_with_sidecars(temp)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def migrate(path: Path, engine: Any, found: int) -> Path:
    """Copy the register aside, then upgrade it from version ``found``; return the copy."""
    from recordcheck.store.backup import backup_file

    stamp = dates.stamp(dates.now_utc())
    name = f"{path.stem}-before-v{SCHEMA_VERSION}-from-v{found}-{stamp}.sqlite3"
    copy = path.parent / "backups" / name
    backup_file(path, copy)
    try:
        upgrade(engine)
    except Exception as error:
        known = translate(error, path)
        if known is not None and known.key != "store.corrupt":
            raise known from error
        raise RegisterError("store.migration_failed", path=str(path), backup=str(copy)) from error
    return copy
