"""The command line in this process on a real register in the test's own data folder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from recordcheck import paths
from recordcheck.store import open_register
from recordcheck.store.register import Register
from registerkit import EXAMPLES_DIR

EXAMPLE = EXAMPLES_DIR / "02-car-workshop-booking-line.json"


@dataclass
class Done:
    """What a command printed and returned."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Done]:
    """``recordcheck ARGS`` through the real ``cli.main`` (the data folder is the test's)."""
    from recordcheck.cli import main

    def run(*args: str) -> Done:
        code = main(list(args))
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run


@pytest.fixture
def scenario_file(tmp_path: Path) -> Callable[..., Path]:
    """The car workshop's scenario file with some answers changed (written to tmp)."""

    def write(file_name: str = "scenario.json", **changes: Any) -> Path:
        data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data.update(changes)
        path = tmp_path / file_name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def register(data_dir: Path) -> Callable[[], Any]:
    """Open the test's register to look at what a command stored."""

    @contextmanager
    def opened() -> Iterator[Register]:
        with open_register(paths.database_path(data_dir), create=False) as reg:
            yield reg

    return opened
