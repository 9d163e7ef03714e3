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


@pytest.mark.parametrize(
    ("table", "field", "value", "words"),
    [
        ("consents", "id", "x", "heltal"),
        ("consents", "given_at", "not a date", "tidspunkt"),
        ("consents", "scenario_id", 999, "ikke findes i filen"),
        ("consents", "purposes", '["documentation", "nonsense"]', "formål"),
        ("consents", "mechanism", "telepathy", "Tilladte værdier"),
        ("scenarios", "scenario_json", "{broken", "ikke gyldig JSON"),
        ("scenarios", "scenario_json", '{"name": 5}', "Scenariefilen"),
        ("assessments", "assessment_json", "[1, 2]", "JSON-objekt"),
        ("scenarios", "status", None, "mangler"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(
    exported, tmp_path: Path, table: str, field: str, value: Any, words: str
) -> None:
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
    source.write_text(
        json.dumps(_spoil(exported, "scenarios", 0, "scenario_json", "{broken")), encoding="utf-8"
    )
    done = run_cli("register", "import-json", str(source))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "scenario_json" in done.stderr
    assert "Intet registreret" in run_cli("register", "scenarios").stdout


def test_shape_problems_are_in_danish(tmp_path: Path) -> None:
    with open_test_register(tmp_path / "new.sqlite3") as reg, pytest.raises(InputError) as caught:
        reg.import_json({"format": "other"})
    assert "Feltet »format« skal være" in caught.value.message("da")


# -- issue 12: import lets in nothing that later breaks -------------------------------------


def _inner(doc: dict[str, Any], table: str, field: str, change: Any) -> dict[str, Any]:
    """``doc`` with the JSON text in ``table``'s first ``field`` changed by ``change``."""
    bad = copy.deepcopy(doc)
    row = bad["tables"][table][0]
    inner = json.loads(row[field])
    change(inner)
    row[field] = json.dumps(inner)
    return bad


@pytest.mark.parametrize(
    ("table", "field", "value", "words"),
    [
        ("organisation", "name", "x" * 200_000, "har 200000 tegn; der må højst være 200"),
        ("scenarios", "name", "x" * 201, "højst være 200"),
        ("consents", "person_name", "Søren\x00", "U+0000"),
        ("consents", "given_at", "0001-01-01T00:00:00", "uden for årene 1900–2999"),
        ("deletion_tasks", "due", "9999-12-31", "uden for årene"),
        ("retention_rules", "period_days", 2**63, "for stort til registret"),
        ("audit_log", "after_json", '{"a": 1, "a": 2}', "feltet »a« to gange"),
        ("audit_log", "after_json", '{"a": "\\ud800"}', "U+D800"),
    ],
)
def test_a_value_that_would_break_later_is_named(
    exported, tmp_path: Path, table: str, field: str, value: Any, words: str
) -> None:
    with open_test_register(tmp_path / "new.sqlite3") as reg:
        with pytest.raises(InputError) as caught:
            reg.import_json(_spoil(exported, table, 0, field, value), "ind.json")
        message = caught.value.message("da")
        assert f"»{table}«" in message and f"»{field}«" in message
        assert words in message, message
        message.encode("utf-8")
        assert sum(reg.info().counts.values()) == 0


@pytest.mark.parametrize(
    ("table", "field", "change", "words"),
    [
        ("activities", "activity_json", lambda a: a.update(recipients=5), "»recipients« skal være"),
        ("activities", "activity_json", lambda a: a.update(name=["x"]), "»name« skal være tekst"),
        ("activities", "activity_json", lambda a: a.update(dpa_date="0001-01-01"), "dpa_date"),
        (
            "activities",
            "activity_json",
            lambda a: a.update(retention={"nonsense": 3}),
            "»retention«",
        ),
        ("retention_rules", "details_json", lambda d: d.update(start_event=[1]), "start_event"),
        ("retention_rules", "details_json", lambda d: d.update(justification="a\x01"), "U+0001"),
        ("assessments", "assessment_json", lambda a: a.update(purposes="many"), "purposes"),
        ("assessments", "assessment_json", lambda a: a.pop("obligations"), "obligations"),
    ],
)
def test_json_columns_are_read_as_the_register_reads_them(
    exported, tmp_path: Path, table: str, field: str, change: Any, words: str
) -> None:
    with open_test_register(tmp_path / "new.sqlite3") as reg:
        with pytest.raises(InputError) as caught:
            reg.import_json(_inner(exported, table, field, change), "ind.json")
        message = caught.value.message("da")
        assert f"»{field}«" in message and words in message, message


def test_a_left_out_nullable_column_imports_as_empty(exported, tmp_path: Path) -> None:
    bad = copy.deepcopy(exported)
    bad["tables"]["consents"][0].pop("phone")
    with open_test_register(tmp_path / "new.sqlite3") as reg:
        reg.import_json(bad, "ind.json")
        assert reg.consent(bad["tables"]["consents"][0]["id"]).phone is None


def test_read_document_refuses_duplicate_keys_and_names_bad_bytes() -> None:
    from recordcheck.store.jsonio import read_document

    with pytest.raises(InputError) as caught:
        read_document(b'{"format": 1, "format": 2}', "ind.json")
    assert "»format« to gange" in caught.value.message("da")
    with pytest.raises(InputError) as caught:
        read_document(b'{"format": "\xff"}', "ind.json")
    assert "byte nr. 12" in caught.value.message("da")
