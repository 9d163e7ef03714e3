"""Every kind of broken register (``brokenkit.KINDS``) against every command that touches a
register and the window's start (issue 12): each refused with a message that says what is
wrong, in Danish, exit status 2, and the file exactly as it was (no ``-wal``/``-shm`` left).
``register restore BROKEN`` leaves the current register untouched.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import brokenkit
from registerkit import EXAMPLES_DIR, open_test_register, populate

COMMANDS = {
    "info": ("register", "info"),
    "scenarios list": ("scenario", "list"),
    "scenario add": ("scenario", "add", str(EXAMPLES_DIR / "02-car-workshop-booking-line.json")),
    "consent add": ("consent", "add", "--scenario", "1", "--name", "Ib Ærø", "--purpose",
                    "documentation", "--mechanism", "opt_in_key", "--notice-version", "1"),
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
def broken(request: pytest.FixtureRequest, tmp_path: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Path:
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
    return sorted(p.name for p in register.parent.iterdir()
                  if p.name.startswith(register.name + "-"))


def _assert_refused(code: int, said: str, register: Path, before: object) -> None:
    assert code == 2, said
    assert said.strip(), "refused without a word"
    assert not any(word in said for word in GENERIC), said
    assert str(register) in said or register.name in said, said  # names the file
    assert brokenkit.snapshot(register) == before
    assert _sidecars(register) == []


@pytest.mark.parametrize("broken", list(brokenkit.KINDS), indirect=True)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_broken_register(cli, broken: Path, command: str,
                                                 tmp_path: Path) -> None:
    before = brokenkit.snapshot(broken)
    args = [a.replace("{out}", str(tmp_path)) for a in COMMANDS[command]]
    code, said = cli(*args, "--data-dir", str(broken.parent))
    _assert_refused(code, said, broken, before)
    assert not (tmp_path / "sign.pdf").exists()
    backups = broken.parent / "backups"
    assert not backups.exists() or not any(backups.iterdir())


@pytest.mark.parametrize("broken", list(brokenkit.KINDS), indirect=True)
def test_restore_from_a_broken_file_leaves_the_register_untouched(
        cli, broken: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
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
def test_a_refusal_points_to_the_newest_good_backup(cli, broken: Path,
                                                    tmp_path_factory) -> None:
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
        (entry,) = [e for e in reg.audit_log(table="register_meta")
                    if str(e.record_id).startswith("restored_at:")]
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


def test_a_good_backup_restores_over_a_damaged_register(cli, tmp_path: Path,
                                                        tmp_path_factory) -> None:
    """The remedy the refusals point to works: the damaged file is kept byte for byte."""
    data = tmp_path / "data"
    data.mkdir()
    register = data / "register.sqlite3"
    shutil.copyfile(good_register(tmp_path_factory), register)
    brokenkit.damaged_index(register)
    damaged = register.read_bytes()
    code, said = cli("register", "restore", str(good_register(tmp_path_factory)),
                     "--data-dir", str(data))
    assert code == 0, said
    (kept,) = (data / "backups").glob("*before-restore*.sqlite3")
    assert kept.read_bytes() == damaged
    assert cli("register", "info", "--data-dir", str(data))[0] == 0
