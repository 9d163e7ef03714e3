from __future__ import annotations

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
