"""Backup, restore, export and import through the workspace: the register is re-opened, views
are told, and a refused file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordcheck.errors import UserError
from recordcheck.services import Change, RecordKind, Workspace, register_file, scenarios
from registerkit import example


def test_restore_brings_back_the_backup_and_reopens(
    ws: Workspace, published: list[Change], tmp_path: Path
) -> None:
    sid = scenarios.save_scenario(ws, example()).record.id
    copy = register_file.backup(ws, tmp_path / "monday.sqlite3")
    scenarios.set_status(ws, sid, "active")
    scenarios.save_scenario(ws, example("01-grain-trader-oral-contracts.json"))
    old = ws.register()
    published.clear()

    result = register_file.restore(ws, copy)

    assert ws.register() is not old
    assert [s.status.value for s in ws.register().scenarios()] == ["draft"]
    assert result.safety is not None and result.safety.exists()
    assert Change(RecordKind.REGISTER) in published


def test_a_refused_restore_leaves_the_register_as_it_was(ws: Workspace, tmp_path: Path) -> None:
    scenarios.save_scenario(ws, example())
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\0" * 4096)
    with pytest.raises(UserError):
        register_file.restore(ws, junk)
    assert len(ws.register().scenarios()) == 1


def test_export_then_import_round_trips(ws: Workspace, tmp_path: Path) -> None:
    scenarios.save_scenario(ws, example())
    out = register_file.export_json(ws, tmp_path / "all.json")
    scenarios.save_scenario(ws, example("01-grain-trader-oral-contracts.json"))
    result = register_file.import_json(ws, out)
    assert result.records and result.records > 0
    assert [s.scenario.name for s in ws.register().scenarios()] == [example().name]


def test_a_broken_export_is_refused_before_anything_is_replaced(
    ws: Workspace, tmp_path: Path
) -> None:
    scenarios.save_scenario(ws, example())
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "recordcheck.register/1", "tables": {', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        register_file.import_json(ws, bad)
    assert "bad.json" in caught.value.message("da")
    assert len(ws.register().scenarios()) == 1


def test_backup_defaults_to_the_backups_folder(ws: Workspace) -> None:
    scenarios.save_scenario(ws, example())
    written = register_file.backup(ws)
    assert written.parent == ws.data_dir / "backups"
