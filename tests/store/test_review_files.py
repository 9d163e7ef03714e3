"""Review findings about files the register writes (B1, B2, B3, B12, B16): each failure is the
store's own message naming the file the user must act on, never raw English OS text."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from recordcheck.store import backup as backup_module
from recordcheck.store import open_register
from recordcheck.store.errors import CorruptRegisterError, RegisterError, translate
from recordcheck.store.filewrite import write_text_atomically
from registerkit import open_test_register, populate

ENGLISH_OS_TEXT = (
    "Read-only file system",
    "No space left",
    "Not a directory",
    "No such file",
    "unable to open",
    "Errno",
)


def _clean(error: RegisterError) -> str:
    message = error.message("da")
    assert not any(raw in message for raw in ENGLISH_OS_TEXT), message
    return message


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "reg" / "register.sqlite3"
    with open_test_register(path) as reg:
        populate(reg, consents=300)
    return path


def test_backup_cleanup_does_not_hide_the_real_error(
    made: Path, tmp_path: Path, monkeypatch
) -> None:
    real_connect = sqlite3.connect

    def connect(target: str, *args, **kwargs):
        if str(target).endswith(".part"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    def unlink(self, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    dest = tmp_path / "ro" / "copy.sqlite3"
    dest.parent.mkdir()
    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr("recordcheck.store.errors.os.access", lambda *a: False)
    with open_register(made) as reg, pytest.raises(RegisterError) as caught:
        reg.backup(dest)
    assert caught.value.key == "store.file_read_only"
    assert str(dest) in _clean(caught.value)


class _FullSource:
    """A source connection whose backup runs into a full target disk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def backup(self, target: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        self._conn.close()


def test_a_full_backup_disk_names_the_backup_not_the_register(
    made: Path, tmp_path: Path, monkeypatch
) -> None:
    real_connect = sqlite3.connect

    def connect(target: str, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        return conn if str(target).endswith(".part") else _FullSource(conn)

    dest = tmp_path / "full.sqlite3"
    with open_register(made) as reg, pytest.raises(RegisterError) as caught:
        monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
        reg.backup(dest)
    assert caught.value.key == "store.file_disk_full"
    message = _clean(caught.value)
    assert str(dest) in message and str(made) not in message
    assert list(tmp_path.glob("*.part")) == []


def test_a_backup_into_a_missing_folder_below_a_file_is_a_message(
    made: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with open_register(made) as reg, pytest.raises(RegisterError) as caught:
        reg.backup(blocker / "sub" / "copy.sqlite3")
    assert caught.value.key == "store.file_not_a_folder"
    _clean(caught.value)


def test_export_is_atomic_and_a_failure_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("recordcheck.atomicfile.os.fsync", no_room)
    with pytest.raises(RegisterError) as caught:
        write_text_atomically(out, "new")
    assert caught.value.key == "store.file_disk_full"
    _clean(caught.value)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]


def test_export_json_to_a_missing_folder_is_status_2(run_cli, tmp_path: Path) -> None:
    assert run_cli("register", "init").returncode == 0
    target = tmp_path / "nowhere" / "x.json"
    done = run_cli("register", "export-json", str(target))
    assert done.returncode == 2, done.stderr
    assert str(target) in done.stderr and "mappen ikke findes" in done.stderr
    assert "Traceback" not in done.stderr and "No such file" not in done.stderr


def test_os_errors_map_to_what_the_user_can_do() -> None:
    cases = {
        errno.EROFS: "store.read_only",
        errno.EACCES: "store.read_only",
        errno.ENOSPC: "store.disk_full",
        errno.ENOTDIR: "store.not_a_folder",
        errno.ENOENT: "store.not_a_folder",
        errno.EIO: "store.io_error",
    }
    for number, key in cases.items():
        error = translate(OSError(number, os.strerror(number)), "/x/register.sqlite3")
        assert error is not None and error.key == key
        _clean(error)
    io = translate(sqlite3.OperationalError("disk I/O error"), "/x/r.sqlite3")
    assert io is not None and "disk i/o" not in _clean(io).lower()


def test_a_register_below_a_file_is_not_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(RegisterError) as caught:
        open_register(blocker / "data" / "register.sqlite3")
    assert caught.value.key == "store.not_a_folder"
    _clean(caught.value)


def test_info_reports_a_damaged_table(made: Path) -> None:
    conn = sqlite3.connect(made)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'consents'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(made.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    made.write_bytes(bytes(data))
    with pytest.raises(CorruptRegisterError, match="integrity check"):
        open_register(made)  # the gate at open runs the full integrity_check
    with open_register(made, full_check=False) as reg, pytest.raises(CorruptRegisterError):
        reg.info()  # opened without it (the window, before its background check): info runs it
