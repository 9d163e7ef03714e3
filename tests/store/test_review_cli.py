"""Review findings about the register's command line (B10, B11, …): read-only commands never
create a register, and every failure is a message in the user's language with status 2."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from registerkit import EXAMPLES_DIR

EXAMPLE = EXAMPLES_DIR / "02-car-workshop-booking-line.json"


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys):
    from recordcheck.cli import main

    def run(*args: str) -> Done:
        code = main(list(args))
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run


@pytest.mark.parametrize("command", [
    ("info",), ("scenarios",), ("consents",), ("deletions",), ("export-json",),
    ("backup",), ("scenario-show", "1"), ("consent-withdraw", "1", "--channel", "x")])
def test_read_commands_do_not_create_a_register(cli, tmp_path: Path, command) -> None:
    typo = tmp_path / "mistyped"
    done = cli("register", *command, "--data-dir", str(typo), "--lang", "en")
    assert done.returncode == 2
    assert "There is no register at" in done.stderr and "register init" in done.stderr
    assert not (typo / "register.sqlite3").exists()
    da = cli("register", *command, "--data-dir", str(typo))
    assert "Der er intet register i" in da.stderr
    assert not (typo / "register.sqlite3").exists()


def test_init_on_an_existing_register_says_it_exists(cli, tmp_path: Path) -> None:
    folder = str(tmp_path / "d")
    first = cli("register", "init", "--data-dir", folder, "--lang", "en")
    assert first.stdout.startswith("Created the register")
    again = cli("register", "init", "--data-dir", folder, "--lang", "en")
    assert again.returncode == 0 and "already exists and is in order" in again.stdout
    assert "findes allerede og er i orden" in cli("register", "init", "--data-dir", folder).stdout
