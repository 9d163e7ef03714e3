"""``recordcheck assess`` and ``recordcheck rules`` as real processes, including bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from recordcheck.contract import schema

EXAMPLES_DIR = Path(__file__).parents[1] / "contract_examples"
EXAMPLE = EXAMPLES_DIR / "01-grain-trader-oral-contracts.json"


def test_json_output_is_the_contract(run_cli) -> None:
    done = run_cli("assess", str(EXAMPLE), "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    Draft202012Validator(schema("assessment.schema.json")).validate(result)
    assert result["purposes"][0]["verdict"] == "allowed_without_consent"


def test_text_output_is_danish_by_default_and_english_on_request(run_cli) -> None:
    danish = run_cli("assess", str(EXAMPLE))
    assert danish.returncode == 0
    assert "Vurdering:" in danish.stdout and "TILLADT UDEN SAMTYKKE" in danish.stdout
    english = run_cli("assess", str(EXAMPLE), "--lang", "en")
    assert "Assessment:" in english.stdout and "ALLOWED WITHOUT CONSENT" in english.stdout


def test_profile_is_chosen_explicitly(run_cli) -> None:
    example = EXAMPLES_DIR / "03-district-heating-training-keypress.json"
    done = run_cli("assess", str(example), "--format", "json", "--profile", "dt2024-unverified")
    result = json.loads(done.stdout)
    assert result["rulebase"]["profile"] == "dt2024-unverified"
    assert result["purposes"][0]["verdict"] == "allowed_with_opt_out"
    unknown = run_cli("assess", str(example), "--profile", "lenient")
    assert unknown.returncode == 2
    assert "lenient" in unknown.stderr and "Traceback" not in unknown.stderr


def _bad(tmp_path: Path, content: bytes | str, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


def _valid() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{ not json", "ikke gyldig JSON"),
        ("[1, 2]", "ét JSON-objekt"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (json.dumps({**_valid(), "controller_type": "pirate"}), "controller_type"),
        (json.dumps({**_valid(), "covert": "yes"}), "covert"),
        (json.dumps({k: v for k, v in _valid().items() if k != "channel"}), "channel"),
        (json.dumps({**_valid(), "purposes": []}), "purposes"),
        (json.dumps({**_valid(), "retention_days": {"documentation": 99999}}), "36500"),
        (json.dumps({**_valid(), "name": "<&>=cmd", "extra": 1}), "extra"),
    ],
)
def test_bad_input_names_the_problem_in_danish_with_status_2(
    run_cli, tmp_path: Path, content: bytes | str, expected: str
) -> None:
    done = run_cli("assess", str(_bad(tmp_path, content)))
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_bad_input_message_follows_the_language(run_cli, tmp_path: Path) -> None:
    done = run_cli("assess", str(_bad(tmp_path, "{")), "--lang", "en")
    assert done.returncode == 2 and "not valid JSON" in done.stderr


def test_a_huge_file_is_refused_unread(run_cli, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    done = run_cli("assess", str(huge))
    assert done.returncode == 2
    assert "højst" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("target", ["missing.json", "."])
def test_missing_file_or_folder(run_cli, tmp_path: Path, target: str) -> None:
    done = run_cli("assess", str(tmp_path / target))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_a_name_with_markup_is_printed_verbatim(run_cli, tmp_path: Path) -> None:
    path = _bad(tmp_path, json.dumps({**_valid(), "name": "<b>Ole & Co</b> =cmd"}))
    done = run_cli("assess", str(path), "--format", "json")
    assert json.loads(done.stdout)["scenario"] == "<b>Ole & Co</b> =cmd"


def test_rules_lists_every_rule_with_sources(run_cli) -> None:
    done = run_cli("rules", "--lang", "en")
    assert done.returncode == 0
    assert "R21" in done.stdout and "S05" in done.stdout and "https://" in done.stdout
    as_json = json.loads(run_cli("rules", "--format", "json").stdout)
    assert as_json["rules"]["R02"]["sources"] == ["S01", "S31"]


_IMPORT_PROBE = """
import contextlib, io, sys
import recordcheck.__main__ as entry
with contextlib.redirect_stdout(io.StringIO()):
    entry.main(["assess", sys.argv[1], "--format", "json"])
heavy = ("PySide6", "reportlab", "sqlalchemy")
print(sorted(name for name in sys.modules if name.startswith(heavy)))
"""


def test_the_cli_path_imports_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    import subprocess
    import sys

    probe = tmp_path / "probe.py"
    probe.write_text(_IMPORT_PROBE)
    env = {"PYTHONPATH": str(Path(__file__).parents[2] / "desktop"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, str(probe), str(EXAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_help_and_version(run_cli) -> None:
    assert run_cli("--version").returncode == 0
    assert "assess" in run_cli("--help").stdout
