"""A real export of a populated register, and strategies that spoil it or vary it."""

from __future__ import annotations

import copy
import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from fuzz.mutations import REFUSED, json_values, spoiled_bytes, spoiled_object
from recordcheck.domain import text as text_rules
from registerkit import open_test_register, populate

JSON_CELLS = {
    ("scenarios", "scenario_json"),
    ("assessments", "assessment_json"),
    ("activities", "activity_json"),
    ("retention_rules", "details_json"),
    ("consents", "purposes"),
    ("audit_log", "before_json"),
    ("audit_log", "after_json"),
}
#: Free-text cells a user types, and their limits (the ones every edge keeps).
TEXT_CELLS = {
    ("organisation", "name"): text_rules.NAME,
    ("organisation", "address"): text_rules.LINE,
    ("organisation", "dpo_name"): text_rules.NAME,
    ("scenarios", "name"): text_rules.NAME,
    ("scenarios", "owner"): text_rules.NAME,
    ("activities", "name"): text_rules.NAME,
    ("consents", "person_name"): text_rules.NAME,
    ("consents", "reference"): text_rules.LINE,
    ("consents", "evidence_note"): text_rules.TEXT,
    ("consent_events", "note"): text_rules.TEXT,
    ("obligation_checks", "note"): text_rules.TEXT,
}


@cache
def exported() -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="recordcheck-fuzz-register-"))
    with open_test_register(folder / "register.sqlite3") as reg:
        populate(reg, consents=3)
        return reg.export_json()  # type: ignore[no-any-return]


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass")


def _cells(doc: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [
        (table, number, column)
        for table, rows in doc["tables"].items()
        for number, row in enumerate(rows)
        for column in row
    ]


@st.composite
def spoiled_export(draw: st.DrawFn, *, document_bytes: bool = True) -> bytes:
    """A register export with one thing wrong: a cell (wrong type, refused character, huge
    text, year 1, a number past 64 bits, left out, an unknown column), something inside a
    JSON cell, the document's shape, or its bytes (``document_bytes``)."""
    doc = copy.deepcopy(exported())
    how = draw(
        st.sampled_from(
            ["cell", "cell", "cell", "json_cell", "json_cell", "shape"]
            + (["bytes"] if document_bytes else [])
        )
    )
    if how == "bytes":
        return draw(spoiled_bytes(dumps(doc)))
    if how == "shape":
        return dumps(
            draw(spoiled_object({k: v for k, v in doc.items() if k != "tables"} | {"tables": {}}))
        )
    cells = _cells(doc)
    if how == "json_cell":
        cells = [
            c for c in cells if c[::2] in JSON_CELLS and doc["tables"][c[0]][c[1]][c[2]] is not None
        ]
    # a table first, then one of its cells: the long audit log would otherwise be most picks
    table = draw(st.sampled_from(sorted({c[0] for c in cells})))
    table, number, column = draw(st.sampled_from([c for c in cells if c[0] == table]))
    row = doc["tables"][table][number]
    if how == "json_cell":
        inner = json.loads(row[column])
        spoiled = draw(spoiled_object(inner) if isinstance(inner, dict | list) else json_values)
        row[column] = draw(
            st.sampled_from([json.dumps(spoiled, ensure_ascii=False), json.dumps(spoiled)])
        )
        return dumps(doc)
    value = draw(st.sampled_from(["type", "char", "huge", "year", "int", "drop", "extra"]))
    if value == "type":
        row[column] = draw(json_values)
    elif value == "char":
        old = row[column] if isinstance(row[column], str) else "x"
        row[column] = old + draw(st.sampled_from(REFUSED))
    elif value == "huge":
        row[column] = "x" * draw(st.sampled_from([201, 501, 5001, 300_000]))
    elif value == "year":
        row[column] = draw(
            st.sampled_from(
                ["0001-01-01T00:00:00", "0001-01-01", "9999-12-31T23:59:59+00:00", "1899-12-31"]
            )
        )
    elif value == "int":
        row[column] = draw(st.sampled_from([2**63, -(2**63) - 1, 2**64 + 1, 10**19]))
    elif value == "drop":
        row.pop(column)
    else:
        row[draw(st.text(max_size=8) | st.sampled_from(REFUSED))] = draw(json_values)
    return dumps(doc)


#: Text a user may well type: letters of any script, marks, emoji, tabs, line feeds, but no
#: character the gate refuses.
good_text_chars = st.characters(
    blacklist_categories=("Cs", "Co", "Cn"),
    blacklist_characters="".join(REFUSED)
    + "\r"
    + "".join(chr(c) for c in range(0x20) if c not in (9, 10))
    + "".join(chr(c) for c in range(0x7F, 0xA0)),
)


@st.composite
def varied_export(draw: st.DrawFn) -> bytes:
    """A register export a careful user could have made, with unusual but allowed text in
    up to four cells (up to each field's limit) and in the scenario's name and description."""
    doc = copy.deepcopy(exported())
    for table, column in draw(
        st.lists(st.sampled_from(sorted(TEXT_CELLS)), min_size=1, max_size=4, unique=True)
    ):
        limit = TEXT_CELLS[(table, column)]
        size = draw(st.sampled_from([1, 40, limit]))
        for row in doc["tables"][table]:
            value = draw(st.text(good_text_chars, min_size=1, max_size=size))
            row[column] = value if value.strip() else "x" + value
            if (table, column) == ("consents", "person_name"):
                row["name_key"] = row[column].casefold()
    for row in doc["tables"]["scenarios"]:
        inner = json.loads(row["scenario_json"])
        inner["description"] = draw(st.text(good_text_chars, max_size=300))
        row["scenario_json"] = json.dumps(inner, ensure_ascii=False)
    return dumps(doc)
