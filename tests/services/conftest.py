"""A workspace on a fresh register in the test's own data folder, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recordcheck.services import Change, Workspace
from registerkit import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ws(data_dir: Path, clock: Clock) -> Iterator[Workspace]:
    with Workspace(
        data_dir / "register.sqlite3", lang="da", author="tester", clock=clock
    ) as workspace:
        yield workspace


@pytest.fixture
def published(ws: Workspace) -> list[Change]:
    """Every change the workspace publishes, flattened, in order."""
    seen: list[Change] = []
    ws.changes.subscribe(seen.extend)
    return seen
