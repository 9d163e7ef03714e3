from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from registerkit import Clock, open_test_register


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reg" / "register.sqlite3"


@pytest.fixture
def reg(db_path: Path, clock: Clock):
    register = open_test_register(db_path, clock)
    yield register
    register.close()


@dataclass
class Done:
    """What a command printed and returned."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys):
    """``recordcheck ARGS`` in this process (tests of real processes use ``run_cli``)."""
    from recordcheck.cli import main

    def run(*args: str) -> Done:
        code = main(list(args))
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run
