"""Whole-register use cases: back up, restore a backup, export as JSON, import a JSON export.

Restore and import replace the register's content; both keep a copy of the register as it was
in ``backups/`` first, re-open the register through the workspace and publish
``RecordKind.REGISTER`` so every view reads everything again.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recordcheck import paths
from recordcheck.errors import InputError
from recordcheck.services.workspace import Workspace


@dataclass(frozen=True)
class Replaced:
    """The register was replaced from ``source``; ``safety`` keeps the old one (if any)."""

    source: Path
    safety: Path | None
    records: int | None = None  # records imported (JSON import only)


def backup(ws: Workspace, dest: Path | None = None) -> Path:
    """Write a one-file backup to ``dest`` (a file or a folder; default: ``backups/`` beside
    the register) and return the file written. The copy passes the whole gate before it is
    kept, so a backup is never of a damaged register."""
    reg = ws.register()
    if dest is None:
        dest = paths.backups_dir(ws.data_dir)
        dest.mkdir(parents=True, exist_ok=True)
    return Path(reg.backup(Path(dest)))


def _refuse_when_read_only(ws: Workspace) -> None:
    from recordcheck.store.errors import RegisterWriteError

    if ws.read_only:
        key = "store.register_checking" if ws.checking else "store.register_read_only"
        raise RegisterWriteError(key, path=str(ws.register_path))


def restore(ws: Workspace, source: Path) -> Replaced:
    """Replace the register by the backup ``source`` and open it again (an older backup is
    migrated on opening); the restored register's audit log then says from which file, when
    and by whom (``Register.note_restore``).

    ``source`` passes the whole gate before anything is copied: a refused file leaves the
    register untouched, and a read-only workspace refuses before looking."""
    from recordcheck.store.backup import restore_file

    _refuse_when_read_only(ws)
    source = Path(source).expanduser().absolute()
    had_register = ws.register_path.exists()
    was_open = ws.is_open
    ws.close()
    try:
        safety = restore_file(source, ws.register_path)
    except BaseException:
        if had_register and was_open:  # the old register is untouched: keep working on it
            ws.reopen()
        raise
    ws.reopen().note_restore(source, safety)
    return Replaced(source, safety)


def export_document(ws: Workspace) -> str:
    """The whole register as the text of a ``recordcheck.register`` JSON document."""
    from recordcheck.store.jsonio import dumps_document

    return dumps_document(ws.register().export_json())


def export_json(ws: Workspace, dest: Path) -> Path:
    """Write the whole register as JSON to ``dest`` in one step (never half a file)."""
    from recordcheck.store.filewrite import write_text_atomically

    write_text_atomically(Path(dest), export_document(ws) + "\n")
    return Path(dest)


def read_export(source: Path) -> dict[str, Any]:
    """Read and check a JSON export before anything is replaced (messages name the problem:
    bad UTF-8 with its offset, a duplicate key, nesting too deep, a bad row)."""
    from recordcheck.store.jsonio import read_document

    try:
        raw = Path(source).read_bytes()
    except FileNotFoundError as error:
        raise InputError("contract.not_found", source=source) from error
    except OSError as error:
        raise InputError("store.import_unreadable", source=source) from error
    data: dict[str, Any] = read_document(raw, str(source))
    return data


def import_json(ws: Workspace, source: Path, data: dict[str, Any] | None = None) -> Replaced:
    """Replace the register by the contents of the JSON export ``source``.

    The rows are loaded into a new register in a temporary folder first; only when every row
    went in is that register put in place (as a restore, through the same gate), so a bad file
    changes nothing."""
    from recordcheck.store import open_register
    from recordcheck.store.backup import restore_file

    _refuse_when_read_only(ws)
    data = data if data is not None else read_export(source)
    with tempfile.TemporaryDirectory(prefix="recordcheck-import-") as tmp:
        staged = Path(tmp) / "register.sqlite3"
        with open_register(staged, author=ws.author) as fresh:
            count = fresh.import_json(data, str(source))
        had_register = ws.register_path.exists()
        ws.close()
        try:
            safety = restore_file(staged, ws.register_path)
        except BaseException:
            if had_register:
                ws.reopen()
            raise
        ws.reopen()
    return Replaced(Path(source), safety, count)
