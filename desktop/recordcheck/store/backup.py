"""One-file backups and restores through SQLite's online backup API.

The backup API copies a consistent snapshot even while another process writes, and writing a
restore *into* the live database through it takes SQLite's locks, so nobody reads half a file
and no stale ``-wal`` is ever paired with the wrong database. Nothing is restored that fails
``PRAGMA integrity_check``.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from pathlib import Path

from recordcheck import dates
from recordcheck.store import gate
from recordcheck.store.errors import (
    CorruptRegisterError,
    RegisterError,
    RegisterWriteError,
    os_error,
    translate,
)
from recordcheck.store.migrate import restrict_to_owner
from recordcheck.store.sniff import untouched_uri


def integrity_ok(path: Path) -> bool:
    """True when SQLite's full ``integrity_check`` finds nothing wrong with ``path``."""
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def default_backup_name(path: Path) -> str:
    stamp = dates.stamp(dates.now_utc(), micro=True)
    return f"{path.stem}-{stamp}.sqlite3"


def backup_file(src: Path, dest: Path) -> Path:
    """Copy the register ``src`` into the single file ``dest`` (rollback journal, owner-only).

    ``dest`` may be an existing folder; the copy is then named after ``src`` and the time.
    Any other ``dest`` is the file to write (a file chosen in a dialog may lack a suffix).
    Trouble writing the copy (read-only, full disk, missing folder) names ``dest``, not the
    register: that is where the user must act."""
    if dest.is_dir():
        dest = dest / default_backup_name(src)
    temp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(str(src), timeout=15)
        target = sqlite3.connect(str(temp))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            target.close()
            source.close()
        # The copy is a faithful snapshot: checking it checks the register, without a second
        # pass over the live file.
        gate.check(temp, shown_as=src)
        restrict_to_owner(temp)
        temp.replace(dest)
    except sqlite3.Error as error:
        raise _backup_error(error, src, dest) from error
    except OSError as error:
        raise os_error(error, dest, file=True) from error
    finally:
        # On a read-only or vanished target this unlink fails too; it must not hide the
        # real error above (review B2).
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return dest


def _backup_error(error: sqlite3.Error, src: Path, dest: Path) -> RegisterError:
    """Writing trouble is the target's (the register is only read); the rest is the source's."""
    known = translate(error, src)
    if known is not None and known.key in _WRITE_KEYS:
        return translate(error, dest, file=True) or known
    return known or CorruptRegisterError("store.corrupt", path=str(src))


_WRITE_KEYS = frozenset(
    {"store.read_only", "store.disk_full", "store.io_error", "store.not_a_folder"}
)


def restore_file(src: Path, dest: Path) -> Path | None:
    """Replace the register ``dest`` by the backup ``src``; return the safety copy of the old one.

    ``src`` must pass the whole gate (:func:`recordcheck.store.gate.check`) before anything is
    copied; a refused ``src`` leaves ``dest`` untouched. The old ``dest`` is first copied to
    ``backups/`` beside it (a damaged one byte for byte: it is what the user had). Migrating an
    older backup is left to the next open.
    """
    if not src.exists():
        raise RegisterError("store.restore_source_missing", path=str(src))
    try:
        gate.check(src)
    except RegisterError as error:
        if error.key == "store.corrupt":
            raise CorruptRegisterError("store.restore_failed_check", path=str(src)) from error
        raise
    safety, sound = None, True
    if dest.is_file() and dest.stat().st_size > 0:
        safety, sound = _safety_copy(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not dest.exists() or not sound:  # a damaged register is replaced, not written into
        temp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.part")
        shutil.copyfile(src, temp)
        restrict_to_owner(temp)
        for suffix in ("-wal", "-shm", "-journal"):
            dest.with_name(dest.name + suffix).unlink(missing_ok=True)
        temp.replace(dest)
        return safety
    try:
        source = sqlite3.connect(untouched_uri(src), uri=True)
        target = sqlite3.connect(str(dest), timeout=15)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
            ok = target.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            target.close()
            source.close()
    except sqlite3.Error as error:
        raise translate(error, dest) or CorruptRegisterError(
            "store.corrupt", path=str(dest)
        ) from error
    if not ok:
        raise CorruptRegisterError("store.corrupt", path=str(dest))
    restrict_to_owner(dest)
    return safety


def _safety_copy(dest: Path) -> tuple[Path, bool]:
    """Keep the register about to be replaced in ``backups/``: through the backup API when it
    is sound (``True``), else byte for byte (``False``: restoring over a damaged register is
    how it is repaired)."""
    copy = (
        dest.parent
        / "backups"
        / (f"{dest.stem}-before-restore-{dates.stamp(dates.now_utc(), micro=True)}.sqlite3")
    )
    try:
        return backup_file(dest, copy), True
    except CorruptRegisterError:
        pass
    except RegisterWriteError:  # the copy cannot be written: say so
        raise
    except RegisterError:  # refused by the gate (newer, foreign): keep its bytes
        pass
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            side = dest.with_name(dest.name + suffix)
            if side.exists():
                shutil.copyfile(side, copy.with_name(copy.name + suffix))
                restrict_to_owner(copy.with_name(copy.name + suffix))
    except OSError as error:
        raise os_error(error, copy, file=True) from error
    return copy, False
