"""Two processes write the same register at once (and a third reads): WAL, the busy timeout
and ``BEGIN IMMEDIATE`` make them take turns; nothing fails and nothing is lost."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from forkkit import fork_writer
from registerkit import consent, example, open_test_register

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
PER_WRITER = 25


def _writer(reg: Any, report: Any) -> None:
    sid = reg.scenarios()[0].id
    for n in range(PER_WRITER):
        c = reg.add_consent(consent(sid, f"Writer {os.getpid()} person {n}"))
        if n % 5 == 0:
            reg.withdraw_consent(c.id, at=c.given_at, channel="phone")
        report(f"C {c.id}")


def test_two_writers_and_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    with open_test_register(path) as reg:
        reg.add_scenario(example())
    children = [fork_writer(path, _writer, author=f"w{i}") for i in range(2)]
    with open_test_register(path) as reader:
        seen = 0
        while sum(child.pump(0.01) for child in children):  # pump every child, every time
            seen = max(seen, reader.count_consents())  # reads never block on the writers
            assert reader.count_consents() >= seen
    statuses = [child.finish() for child in children]
    assert statuses == [0, 0]
    with open_test_register(path) as reg:
        assert reg.count_consents() == 2 * PER_WRITER
        assert {c.author for c in reg.search_consents(limit=100)} == {"w0", "w1"}
        assert len(reg.deletion_tasks()) == 2 * (PER_WRITER // 5)
        assert reg.info().counts["audit_log"] == 1 + 2 * PER_WRITER * 2 + 2 * 2 * (PER_WRITER // 5)
        assert reg.check()
    ids = sorted(int(line.split()[1]) for child in children for line in child.lines)
    assert ids == list(range(1, 2 * PER_WRITER + 1))


def test_two_processes_creating_the_same_register_agree(tmp_path: Path) -> None:
    path = tmp_path / "new" / "register.sqlite3"

    def first_use(reg: Any, report: Any) -> None:
        report(f"R {reg.add_scenario(example()).id}")

    children = [fork_writer(path, first_use) for _ in range(3)]
    assert [child.finish() for child in children] == [0, 0, 0]
    with open_test_register(path) as reg:
        assert len(reg.scenarios()) == 3
    assert sorted(p.name for p in path.parent.iterdir()) == ["register.sqlite3"]
