"""Backups, restores, location warnings, owner-only files and append-only history."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from recordcheck.domain.register import RegisterWarning
from recordcheck.store import open_register, restore_register
from recordcheck.store.backup import integrity_ok
from recordcheck.store.errors import CorruptRegisterError, NotARegisterError
from recordcheck.store.location import location_warnings, network_filesystem, sync_service
from registerkit import consent, example, open_test_register, populate

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_backup_is_one_checked_owner_only_file(reg, tmp_path: Path) -> None:
    populate(reg)
    (tmp_path / "backups").mkdir()
    copy = reg.backup(tmp_path / "backups")
    assert copy.parent == tmp_path / "backups" and copy.suffix == ".sqlite3"
    assert integrity_ok(copy)
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no -wal beside it
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM consents").fetchone()[0] == 3
    conn.close()
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert reg.backup(tmp_path / "chosen-without-suffix").is_file()


def test_restore_replaces_the_live_register_and_keeps_a_safety_copy(reg, tmp_path) -> None:
    populate(reg)
    copy = reg.backup(tmp_path / "b.sqlite3")
    sid = reg.scenarios()[0].id
    reg.add_consent(consent(sid, "Added after the backup"))
    assert reg.count_consents() == 4
    restore_register(copy, reg.path)
    assert reg.count_consents() == 3  # the open register sees the restored content
    assert reg.count_consents("after the backup") == 0
    safety = list((reg.path.parent / "backups").glob("*before-restore*"))
    assert len(safety) == 1 and integrity_ok(safety[0])
    reg.close()
    with open_register(reg.path) as again:
        assert again.count_consents() == 3 and again.check()


def test_restore_into_a_missing_file_creates_it(reg, tmp_path) -> None:
    populate(reg)
    copy = reg.backup(tmp_path / "b.sqlite3")
    target = tmp_path / "new" / "register.sqlite3"
    assert restore_register(copy, target) == target
    with open_register(target) as restored:
        assert restored.count_consents() == 3


def test_restore_refuses_a_damaged_or_foreign_backup(reg, tmp_path) -> None:
    populate(reg)
    copy = reg.backup(tmp_path / "b.sqlite3")
    data = bytearray(copy.read_bytes())
    data[len(data) - 4096 + 100 : len(data) - 100] = os.urandom(3896)  # damage the last page
    copy.write_bytes(bytes(data))
    before = reg.path.read_bytes()
    with pytest.raises(CorruptRegisterError):
        restore_register(copy, reg.path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(NotARegisterError):
        restore_register(junk, reg.path)
    assert reg.path.read_bytes() == before and reg.count_consents() == 3


@posix_only
def test_register_files_are_readable_by_the_owner_only(reg) -> None:
    reg.add_scenario(example())
    assert stat.S_IMODE(reg.path.stat().st_mode) == 0o600
    reg.path.chmod(0o644)
    assert RegisterWarning("store.warn_permissions", {"path": str(reg.path)}) in reg.warnings()
    reg.close()
    with open_register(reg.path) as again:  # opening tightens it again
        assert stat.S_IMODE(again.path.stat().st_mode) == 0o600
        assert again.warnings() == []


@pytest.mark.parametrize(
    "folder, service",
    [
        ("OneDrive - Værkstedet ApS", "OneDrive"),
        ("Dropbox", "Dropbox"),
        ("iCloud Drive", "iCloud"),
        ("Mobile Documents", "iCloud"),
        ("Documents", None),
    ],
)
def test_sync_folders_are_recognised(tmp_path: Path, folder: str, service: str | None) -> None:
    path = tmp_path / folder / "RecordCheck" / "register.sqlite3"
    assert sync_service(path) == service


def test_a_register_in_a_sync_folder_warns(tmp_path: Path) -> None:
    with open_test_register(tmp_path / "Dropbox" / "register.sqlite3") as reg:
        assert [w.code for w in reg.warnings()] == ["store.warn_sync_folder"]
        assert reg.info().warnings == tuple(reg.warnings())


def test_local_temporary_folders_are_not_network_shares(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path) is None
    assert location_warnings(tmp_path / "x.sqlite3") == []


@pytest.mark.parametrize("table", ["consent_events", "audit_log", "deletion_log", "assessments"])
def test_history_tables_refuse_update_and_delete(reg, table: str) -> None:
    ids = populate(reg)
    reg.complete_deletion(ids["task"], what="all recordings", method="erased")
    conn = sqlite3.connect(reg.path)
    try:
        for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    finally:
        conn.close()


def test_a_crashed_creation_leaves_no_half_made_register(tmp_path: Path, monkeypatch) -> None:
    from recordcheck.store import migrate

    def boom(engine):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "upgrade", boom)
    target = tmp_path / "reg" / "register.sqlite3"
    with pytest.raises(Exception):  # noqa: B017 - any error; the point is what is left behind
        open_register(target)
    assert list(target.parent.iterdir()) == []


def test_a_register_on_a_network_share_warns(tmp_path: Path, monkeypatch) -> None:
    import sys

    from recordcheck.store import location

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(location, "_linux_fstype", lambda path: "cifs")
    assert [w.code for w in location_warnings(tmp_path / "register.sqlite3")] == [
        "store.warn_network"
    ]
    monkeypatch.setattr(location, "_linux_fstype", lambda path: "ext4")
    assert location_warnings(tmp_path / "register.sqlite3") == []
