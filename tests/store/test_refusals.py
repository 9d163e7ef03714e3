"""Files that are not a usable register are refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tomllib
from pathlib import Path

import pytest

from recordcheck.paths import resource
from recordcheck.store import open_register
from recordcheck.store.errors import (
    CorruptRegisterError,
    NewerSchemaError,
    NotARegisterError,
    RegisterError,
    RegisterWriteError,
    translate,
)
from registerkit import open_test_register, populate


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, error: type[RegisterError]) -> RegisterError:
    before = _digest(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(error) as caught:
        open_register(path)
    assert _digest(path) == before
    assert set(path.parent.iterdir()) == siblings  # no -wal, -shm or backup left behind
    message = caught.value.message("da")
    assert str(path) in message or caught.value.key == "store.is_directory"
    assert "Traceback" not in message
    return caught.value


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    with open_test_register(path) as reg:
        populate(reg, consents=40)
    return path


def test_a_newer_schema_is_refused(made: Path) -> None:
    conn = sqlite3.connect(made)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    error = _refused(made, NewerSchemaError)
    assert error.params["found"] == 99


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    _refused(path, NotARegisterError)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite3"
    path.write_bytes(os.urandom(8192))
    _refused(path, NotARegisterError)


def test_a_zero_byte_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert _refused(path, NotARegisterError).key == "store.empty_file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(NotARegisterError):
        open_register(tmp_path / "dir.sqlite3")


def test_a_truncated_file_is_refused(made: Path) -> None:
    data = made.read_bytes()
    assert len(data) > 4096 * 4
    made.write_bytes(data[: len(data) // 2])
    _refused(made, CorruptRegisterError)


def test_a_damaged_schema_page_is_refused(made: Path) -> None:
    data = bytearray(made.read_bytes())
    data[100:4096] = os.urandom(3996)
    made.write_bytes(bytes(data))
    _refused(made, CorruptRegisterError)


def test_damage_found_while_reading_is_a_user_error(made: Path) -> None:
    data = bytearray(made.read_bytes())
    for page in range(2, len(data) // 4096):  # every page but the schema's
        data[page * 4096 + 8 : page * 4096 + 4096] = b"\xff" * 4088
    made.write_bytes(bytes(data))
    with pytest.raises(CorruptRegisterError), open_register(made) as reg:
        reg.search_consents("x")
        reg.deletion_tasks()
        reg.audit_log()


def test_database_errors_become_user_errors() -> None:
    cases = {
        "attempt to write a readonly database": RegisterWriteError,
        "database or disk is full": RegisterWriteError,
        "database is locked": RegisterWriteError,
        "database disk image is malformed": CorruptRegisterError,
        "file is not a database": NotARegisterError,
    }
    for message, kind in cases.items():
        assert isinstance(translate(sqlite3.OperationalError(message), "x"), kind)
    assert translate(ValueError("something else"), "x") is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_register_refuses_writes_politely(made: Path) -> None:
    made.chmod(0o400)
    made.parent.chmod(0o500)
    try:
        with pytest.raises(RegisterWriteError), open_register(made) as reg:
            reg.save_organisation(reg.organisation())
    finally:
        made.parent.chmod(0o700)
        made.chmod(0o600)


def test_every_store_message_exists_in_danish_and_english() -> None:
    da = tomllib.loads(resource("i18n", "store.da.toml").read_text(encoding="utf-8"))
    en = tomllib.loads(resource("i18n", "store.en.toml").read_text(encoding="utf-8"))
    assert set(da) == set(en)
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (Path(__file__).parents[2] / "desktop/recordcheck").rglob("*.py")
    )
    import re

    used = set(re.findall(r'"store\.([a-z_]+)"', source))
    assert used <= set(en), sorted(used - set(en))


def test_a_full_disk_is_a_message_and_loses_nothing(made: Path) -> None:
    import sqlalchemy as sa

    from registerkit import consent

    with open_register(made) as reg:
        reg._engine.dispose()  # new connections get the limit below

        @sa.event.listens_for(reg._engine, "connect")
        def _no_room(dbapi_conn, _record) -> None:  # SQLite's own "disk is full"
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        before = reg.count_consents()
        sid = reg.scenarios()[0].id
        with pytest.raises(RegisterWriteError) as caught:
            reg.add_consent(consent(sid, evidence_note="x" * 200_000))
        assert caught.value.key == "store.disk_full"
        assert "disk is full" in caught.value.message("en")
        assert reg.count_consents() == before and reg.check()


def test_a_read_only_database_is_a_message(made: Path) -> None:
    import sqlalchemy as sa

    from registerkit import example

    with open_register(made) as reg:
        reg._engine.dispose()

        @sa.event.listens_for(reg._engine, "connect")
        def _read_only(dbapi_conn, _record) -> None:  # as SQLite reports a read-only file
            dbapi_conn.execute("PRAGMA query_only = 1")

        with pytest.raises(RegisterWriteError) as caught:
            reg.add_scenario(example())
        assert caught.value.key == "store.read_only"
        assert len(reg.scenarios()) == 1
