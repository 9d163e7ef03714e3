"""Every kind of broken register (``brokenkit.KINDS``) against every command that touches a
register and the window's start (issue 12): each refused with a message that says what is
wrong, in Danish, exit status 2, and the file exactly as it was (no ``-wal``/``-shm`` left).
``register restore BROKEN`` leaves the current register untouched.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import brokenkit
from registerkit import EXAMPLES_DIR, T0, open_test_register, populate

COMMANDS = {
    "info": ("register", "info"),
    "scenarios list": ("scenario", "list"),
    "scenario add": ("scenario", "add", str(EXAMPLES_DIR / "02-car-workshop-booking-line.json")),
    "consent add": (
        "consent",
        "add",
        "--scenario",
        "1",
        "--name",
        "Ib Ærø",
        "--purpose",
        "documentation",
        "--mechanism",
        "opt_in_key",
        "--notice-version",
        "1",
    ),
    "backup": ("register", "backup"),
    "export-json": ("register", "export-json"),
    "deletions": ("deletions", "due"),
    "export sign": ("export", "sign", "--scenario", "1", "-o", "{out}/sign.pdf"),
}
#: What a generic failure says; a refusal must name the problem instead.
GENERIC = ("uventet fejl", "unexpected error", "Traceback")

_GOOD: list[Path] = []


def good_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A populated, checkpointed register made once for this module."""
    if not _GOOD:
        path = tmp_path_factory.mktemp("good") / "register.sqlite3"
        with open_test_register(path) as reg:
            populate(reg)
        brokenkit.checkpoint(path)
        _GOOD.append(path)
    return _GOOD[0]


@pytest.fixture
def broken(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A data folder whose register is broken in the way named by the test's ``kind``."""
    data = tmp_path / "data"
    data.mkdir()
    register = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    brokenkit.KINDS[request.param](register)
    return register


@pytest.fixture
def cli(capsys):
    from recordcheck.cli import main

    def run(*args: str) -> tuple[int, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out + err

    return run


def _sidecars(register: Path) -> list[str]:
    return sorted(
        p.name for p in register.parent.iterdir() if p.name.startswith(register.name + "-")
    )


def _assert_refused(code: int, said: str, register: Path, before: object) -> None:
    assert code == 2, said
    assert said.strip(), "refused without a word"
    assert not any(word in said for word in GENERIC), said
    assert str(register) in said or register.name in said, said  # names the file
    assert brokenkit.snapshot(register) == before
    assert _sidecars(register) == []


@pytest.mark.parametrize("broken", list(brokenkit.KINDS), indirect=True)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_broken_register(
    cli, broken: Path, command: str, tmp_path: Path
) -> None:
    before = brokenkit.snapshot(broken)
    args = [a.replace("{out}", str(tmp_path)) for a in COMMANDS[command]]
    code, said = cli(*args, "--data-dir", str(broken.parent))
    _assert_refused(code, said, broken, before)
    assert not (tmp_path / "sign.pdf").exists()
    backups = broken.parent / "backups"
    assert not backups.exists() or not any(backups.iterdir())


@pytest.mark.parametrize("broken", list(brokenkit.KINDS), indirect=True)
def test_restore_from_a_broken_file_leaves_the_register_untouched(
    cli, broken: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = tmp_path / "current"
    data.mkdir()
    current = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), current)
    kept, source = current.read_bytes(), brokenkit.snapshot(broken)
    code, said = cli("register", "restore", str(broken), "--data-dir", str(data))
    assert code == 2, said
    assert not any(word in said for word in GENERIC), said
    assert str(broken) in said, said  # the message names the backup, not the register
    assert current.read_bytes() == kept and _sidecars(current) == []
    assert brokenkit.snapshot(broken) == source
    assert not (data / "backups").exists()  # refused before anything was copied


@pytest.mark.parametrize("broken", ["damaged_index", "missing_audit_log"], indirect=True)
def test_a_refusal_points_to_the_newest_good_backup(cli, broken: Path, tmp_path_factory) -> None:
    backups = broken.parent / "backups"
    backups.mkdir()
    good = backups / "register-good.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), good)
    damaged = backups / "register-newer-but-damaged.sqlite3"
    damaged.write_bytes(b"not a register at all" * 10)
    code, said = cli("register", "info", "--data-dir", str(broken.parent))
    assert code == 2
    assert f"Den nyeste gode sikkerhedskopi er {good}" in said, said
    assert str(damaged) not in said


def test_the_messages_name_what_is_wrong(cli, tmp_path: Path, tmp_path_factory) -> None:
    """The specific kinds the gate adds (issue 12 items 1 and 2), each in its own words."""
    expected = {
        "unknown_alembic_revision": "9999_from_the_future",
        "no_alembic_revision": "mangler sin Alembic-revision",
        "missing_consents_table": "consents",
        "missing_audit_log": "audit_log",
        "missing_column": "scenarios.owner",
        "missing_append_only_trigger": "consent_events_no_delete",
        "extra_foreign_trigger": "sneaky",
        "damaged_index": "integritetskontrol",
    }
    for kind, words in expected.items():
        data = tmp_path / kind
        data.mkdir()
        register = data / "register.sqlite3"
        shutil.copyfile(good_register(tmp_path_factory), register)
        brokenkit.KINDS[kind](register)
        code, said = cli("register", "info", "--data-dir", str(data))
        assert code == 2 and words in said, (kind, said)


def test_a_restore_is_in_the_audit_log(cli, tmp_path: Path, tmp_path_factory) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(good_register(tmp_path_factory), data / "register.sqlite3")
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), backup)
    code, said = cli("register", "restore", str(backup), "--data-dir", str(data))
    assert code == 0, said
    from recordcheck.store import open_register

    with open_register(data / "register.sqlite3") as reg:
        (entry,) = [
            e
            for e in reg.audit_log(table="register_meta")
            if str(e.record_id).startswith("restored_at:")
        ]
    value = json.loads(entry.after["value"])
    assert value["source"] == str(backup)
    assert value["previous"] and Path(value["previous"]).parent == data / "backups"
    assert entry.author and entry.action.value == "insert"


def test_restoring_a_missing_file_names_it(cli, tmp_path: Path, tmp_path_factory) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(good_register(tmp_path_factory), data / "register.sqlite3")
    missing = tmp_path / "MISSING.sqlite3"
    code, said = cli("register", "restore", str(missing), "--data-dir", str(data))
    assert code == 2
    assert f"Sikkerhedskopien {missing} findes ikke" in said, said


def test_a_good_backup_restores_over_a_damaged_register(
    cli, tmp_path: Path, tmp_path_factory
) -> None:
    """The remedy the refusals point to works: the damaged file is kept byte for byte."""
    data = tmp_path / "data"
    data.mkdir()
    register = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    brokenkit.damaged_index(register)
    damaged = register.read_bytes()
    code, said = cli(
        "register", "restore", str(good_register(tmp_path_factory)), "--data-dir", str(data)
    )
    assert code == 0, said
    (kept,) = (data / "backups").glob("*before-restore*.sqlite3")
    assert kept.read_bytes() == damaged
    assert cli("register", "info", "--data-dir", str(data))[0] == 0


# -- the window's start ------------------------------------------------------------------------
@pytest.fixture
def start_window(qapp, monkeypatch):
    """``app.main`` on a data folder; ``QApplication.exec`` waits for the register's
    background check (or the refusal) instead of running the app. Returns (status, said)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from recordcheck import app as app_module
    from recordcheck.ui.views import worker

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, message: said.append(message))
    )

    def exec_(_app) -> int:
        for _ in range(200):
            QApplication.processEvents()
            worker.wait_all()
            QApplication.processEvents()
            if said or not any(s.workspace.checking for s in sessions):
                break
        return 0

    sessions: list = []
    real_show_main = app_module.Session.show_main

    def show_main(session, preview=None):
        sessions.append(session)
        return real_show_main(session, preview)

    monkeypatch.setattr(app_module.Session, "show_main", show_main)
    monkeypatch.setattr(QApplication, "exec", exec_)

    def run(data: Path) -> tuple[int, str, list]:
        status = app_module.main(["--data-dir", str(data), "--lang", "da"])
        return status, "\n".join(said), sessions

    return run


@pytest.mark.parametrize("broken", list(brokenkit.KINDS), indirect=True)
def test_the_window_refuses_a_broken_register(start_window, broken: Path) -> None:
    before = brokenkit.snapshot(broken)
    status, said, _ = start_window(broken.parent)
    _assert_refused(status, said, broken, before)


def test_the_window_blocks_writes_until_the_check_passed(
    start_window, tmp_path: Path, tmp_path_factory
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(good_register(tmp_path_factory), data / "register.sqlite3")
    seen = {}
    from recordcheck import app as app_module

    real = app_module.Session.check_register

    def check_register(session) -> None:  # the moment the window is filled, before the check
        window = session.window
        seen["checking"] = session.workspace.read_only and not window.act_new.isEnabled()
        seen["status"] = window.findChild(type(window.status_label), "readOnlyStatus").text()
        seen["export"] = window.file_actions.export.isEnabled()
        real(session)

    mp = pytest.MonkeyPatch()
    mp.setattr(app_module.Session, "check_register", check_register)
    try:
        status, said, sessions = start_window(data)
    finally:
        mp.undo()
    assert status == 0 and not said
    assert seen == {
        "checking": True,
        "status": "Kontrollerer registret … I kan ændre i det, når kontrollen er færdig",
        "export": True,
    }
    ws = sessions[-1].workspace
    assert not ws.checking  # passed; the window let writes in (checked before it closed)


# -- read-only registers --------------------------------------------------------------------
def test_a_read_only_register_can_be_read_and_exported_not_changed(
    cli, monkeypatch, tmp_path: Path, tmp_path_factory
) -> None:
    """Root ignores file permissions, so the read-only medium is simulated at the one probe
    the register asks (``gate.writable``); the read-only open itself is real SQLite."""
    from recordcheck.store import gate

    data = tmp_path / "stick"
    data.mkdir()
    register = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    before = register.read_bytes()
    monkeypatch.setattr(gate, "writable", lambda _path: False)
    for args in (
        ("register", "info"),
        ("scenario", "list"),
        ("consent", "list"),
        ("deletions", "due", "--all"),
        ("register", "export-json", str(tmp_path / "x.json")),
    ):
        code, said = cli(*args, "--data-dir", str(data))
        assert code == 0, (args, said)
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["tables"]["consents"]
    for args in (
        COMMANDS["consent add"],
        COMMANDS["scenario add"],
        ("register", "restore", str(good_register(tmp_path_factory))),
    ):
        code, said = cli(*args, "--data-dir", str(data))
        assert code == 2, (args, said)
        assert "er kun åbnet til læsning" in said, said
    assert register.read_bytes() == before and _sidecars(register) == []


def test_a_second_copy_may_open_the_register_read_only(
    start_window, monkeypatch, tmp_path: Path, tmp_path_factory
) -> None:
    from recordcheck import app as app_module
    from recordcheck.ui.instance_lock import InstanceLock

    data = tmp_path / "data"
    data.mkdir()
    register = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    brokenkit.checkpoint(register)
    monkeypatch.setattr(InstanceLock, "acquire", lambda self: False)  # another copy holds it
    monkeypatch.setattr(app_module, "already_open", lambda *a, **k: True)  # "Open read-only"
    before = register.read_bytes()
    status, said, sessions = start_window(data)
    assert status == 0 and not said
    ws = sessions[-1].workspace
    assert ws.read_only and ws.read_only_for_good
    assert register.read_bytes() == before and _sidecars(register) == []
    monkeypatch.setattr(app_module, "already_open", lambda *a, **k: False)  # "Quit"
    assert start_window(data)[0] == 3


def test_workspace_read_only_refuses_writes_with_a_plain_message(
    tmp_path: Path, tmp_path_factory
) -> None:
    from recordcheck.errors import UserError
    from recordcheck.services import records
    from recordcheck.services.workspace import Workspace

    register = tmp_path / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    before = register.read_bytes()
    with Workspace(register, read_only=True) as ws:
        assert ws.read_only and ws.register().scenarios()
        with pytest.raises(UserError) as refused:
            records.withdraw_consent(ws, 2, at=T0, channel="phone")
        assert refused.value.key == "store.register_read_only"
    assert register.read_bytes() == before


def test_a_killed_init_leaves_no_stale_temporaries(tmp_path: Path) -> None:
    import os
    import time

    from recordcheck.store import open_register

    folder = tmp_path / "data"
    folder.mkdir()
    stale = folder / ".register.sqlite3.999999.deadbeef.new"
    fresh = folder / ".register.sqlite3.999998.cafe0001.new"
    ours = folder / f".register.sqlite3.{os.getpid()}.0badf00d.new"
    for leftover in (stale, fresh, ours):
        leftover.write_bytes(b"half a register")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(ours, (old, old))
    open_register(folder / "register.sqlite3").close()
    assert not stale.exists() and fresh.exists() and ours.exists()
