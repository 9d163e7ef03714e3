"""Review B0b: ``import-json`` checks every row before inserting any, and a bad file is a
message naming table, row and field; the register stays empty and usable."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from recordcheck.errors import InputError
from registerkit import open_test_register, populate


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("src") / "register.sqlite3"
    with open_test_register(path) as reg:
        populate(reg, consents=3)
        return reg.export_json()


def _spoil(doc: dict[str, Any], table: str, row: int, field: str, value: Any) -> dict[str, Any]:
    bad = copy.deepcopy(doc)
    bad["tables"][table][row][field] = value
    return bad


@pytest.mark.parametrize(("table", "field", "value", "words"), [
    ("consents", "id", "x", "heltal"),
    ("consents", "given_at", "not a date", "tidspunkt"),
    ("consents", "scenario_id", 999, "ikke findes i filen"),
    ("consents", "purposes", '["documentation", "nonsense"]', "formål"),
    ("consents", "mechanism", "telepathy", "Tilladte værdier"),
    ("scenarios", "scenario_json", "{broken", "ikke gyldig JSON"),
    ("scenarios", "scenario_json", '{"name": 5}', "Scenariefilen"),
    ("assessments", "assessment_json", "[1, 2]", "JSON-objekt"),
    ("scenarios", "status", None, "mangler"),
])
def test_a_bad_row_is_named_and_nothing_is_imported(exported, tmp_path: Path, table: str,
                                                    field: str, value: Any,
                                                    words: str) -> None:
    with open_test_register(tmp_path / "new.sqlite3") as reg:
        with pytest.raises(InputError) as caught:
            reg.import_json(_spoil(exported, table, 0, field, value), "ind.json")
        message = caught.value.message("da")
        assert f"»{table}«" in message and "række 1" in message and f"»{field}«" in message
        assert words in message, message
        assert "Intet er importeret" in message
        assert sum(reg.info().counts.values()) == 0
        reg.import_json(exported)  # still empty and usable
        assert reg.scenarios()


def test_a_duplicate_id_is_refused(exported, tmp_path: Path) -> None:
    bad = copy.deepcopy(exported)
    bad["tables"]["consents"].append(dict(bad["tables"]["consents"][0]))
    with open_test_register(tmp_path / "new.sqlite3") as reg, pytest.raises(InputError) as caught:
        reg.import_json(bad)
    assert "mere end én gang" in caught.value.message("da")


def test_cli_import_of_a_broken_scenario_is_status_2(run_cli, exported, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(_spoil(exported, "scenarios", 0, "scenario_json", "{broken")),
                      encoding="utf-8")
    done = run_cli("register", "import-json", str(source))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "scenario_json" in done.stderr
    assert "Intet registreret" in run_cli("register", "scenarios").stdout


def test_shape_problems_are_in_danish(tmp_path: Path) -> None:
    with open_test_register(tmp_path / "new.sqlite3") as reg, pytest.raises(InputError) as caught:
        reg.import_json({"format": "other"})
    assert "Feltet »format« skal være" in caught.value.message("da")
