"""Retention on the command line (issue 13, item 5): the same refusals as in the window, in
Danish, with a status that is not 0, no traceback, and nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "kan ikke tjene sit formål"),
        (-1, "kan ikke tjene sit formål"),
        (99999, "ikke skåret ned"),
    ],
)
def test_scenario_add_refuses_a_period_that_makes_no_sense(
    cli, scenario_file, register, days: int, words: str
) -> None:
    path = scenario_file(retention_days={"documentation": days, "training": 30})
    before = path.read_bytes()
    done = cli("scenario", "add", str(path))
    assert done.returncode != 0
    assert words in done.stderr and "retention_days.documentation" in done.stderr
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == before
    done = cli("assess", str(path))
    assert done.returncode != 0 and words in done.stderr and "Traceback" not in done.stderr


def test_scenario_add_wants_a_reason_beyond_the_maximum(cli, scenario_file, register) -> None:
    assert cli("register", "init").returncode == 0
    path = scenario_file(retention_days={"documentation": 400, "training": 30})
    done = cli("scenario", "add", str(path))
    assert done.returncode != 0
    assert "400 dage er længere end de 90 dage" in done.stderr
    assert "begrundelse" in done.stderr and "Traceback" not in done.stderr
    with register() as reg:
        assert reg.scenarios() == []


def test_scenario_add_with_a_reason_saves_and_warns(cli, scenario_file, register) -> None:
    path = scenario_file(
        retention_days={"documentation": 400, "training": 30},
        retention_reasons={"documentation": "Verserende tvist om en reparation"},
    )
    done = cli("scenario", "add", str(path))
    assert done.returncode == 0, done.stderr
    with register() as reg:
        latest = reg.latest_assessment(1)
        assert latest is not None
        texts = [w["text"] for w in latest.assessment["warnings"]]
        assert any("Verserende tvist om en reparation" in t and "90 dage" in t for t in texts)
        assert reg.scenario(1).scenario.retention_reasons


def test_import_json_refuses_a_scenario_kept_zero_days(
    cli, scenario_file, register, tmp_path: Path
) -> None:
    """An export edited by hand is read as strictly as a scenario file: the same message."""
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    export = tmp_path / "export.json"
    assert cli("register", "export-json", str(export)).returncode == 0
    data = json.loads(export.read_text("utf-8"))
    row = data["tables"]["scenarios"][0]
    scenario = json.loads(row["scenario_json"])
    scenario["retention_days"]["documentation"] = 0
    row["scenario_json"] = json.dumps(scenario)
    export.write_text(json.dumps(data), encoding="utf-8")
    done = cli("register", "import-json", str(export), "--replace")
    assert done.returncode == 2
    assert "kan ikke tjene sit formål" in done.stderr and "Traceback" not in done.stderr
    with register() as reg:
        (record,) = reg.scenarios()
        assert record.scenario.retention_days  # the register is untouched
