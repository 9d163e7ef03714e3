"""The writers' last line of defence (exports/sanitise.py) and the CSV cells (exports/cells.py)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from types import MappingProxyType

import pytest
from tests.exports.conftest import ORG

from recordcheck.domain.organisation import Organisation
from recordcheck.exports.cells import csv_cell, csv_text
from recordcheck.exports.sanitise import (
    FIELD_LIMIT,
    cleaned,
    json_text,
    printable,
    printable_inputs,
    xml_safe,
)

XML_ILLEGAL = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + [
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udfff",
]


@pytest.mark.parametrize("char", XML_ILLEGAL)
def test_every_xml_illegal_character_is_replaced(char: str) -> None:
    assert xml_safe(f"a{char}b") == "a\ufffdb"


def test_a_run_is_one_mark_and_line_ends_are_newlines() -> None:
    assert xml_safe("a\x00\x01\x02b\r\nc\rd\te") == "a\ufffdb\nc\nd\te"


def test_legal_text_is_untouched() -> None:
    text = "Łukasz Ødegård <b>&amp;</b> 😀 \u0085 \ufffd"
    assert xml_safe(text) == text and printable(text) is text


def test_a_long_field_is_cut_with_an_ellipsis() -> None:
    cut = printable("x" * 200_000)
    assert len(cut) == FIELD_LIMIT and cut.endswith("x…")
    assert printable("x" * FIELD_LIMIT) == "x" * FIELD_LIMIT


def test_lone_surrogates_cannot_even_be_stored() -> None:
    """Why the register tests cannot hold one: SQLite's driver refuses to encode it. The
    writers still replace it (above), for text that never went through the register."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x TEXT)")
    with pytest.raises(UnicodeEncodeError):
        con.execute("INSERT INTO t VALUES (?)", ("a\udc80",))


@dataclass(frozen=True)
class _Inner:
    note: str
    count: int = 0


@dataclass(frozen=True)
class _Outer:
    name: str
    inner: _Inner
    tags: tuple[str, ...]
    by_key: MappingProxyType[str, str]


def test_cleaned_walks_dataclasses_and_keeps_what_is_clean() -> None:
    clean = _Outer("ok", _Inner("fine"), ("a",), MappingProxyType({"k": "v"}))
    assert cleaned(clean) is clean  # nothing copied when nothing needs it
    dirty = _Outer("a\x00", _Inner("b\x1f", 3), ("c\x0b", "d"), MappingProxyType({"e\x01": "f"}))
    safe = cleaned(dirty)
    assert safe == _Outer(
        "a\ufffd", _Inner("b\ufffd", 3), ("c\ufffd", "d"), MappingProxyType({"e\ufffd": "f"})
    )
    assert isinstance(safe.by_key, MappingProxyType) and dirty.name == "a\x00"


def test_a_document_function_never_sees_unsafe_text() -> None:
    seen: list[object] = []

    @printable_inputs()
    def make(org: Organisation, lang: str = "da") -> None:
        seen.extend([org, lang])

    make(Organisation(name="Ole\x00" + "x" * 5_000, address="Gade\r\n1"), lang="en")
    org = seen[0]
    assert isinstance(org, Organisation)
    assert org.name.startswith("Ole\ufffdx") and len(org.name) == FIELD_LIMIT
    assert org.address == "Gade\n1" and seen[1] == "en"


def test_json_text_keeps_a_lone_surrogate_as_its_escape() -> None:
    text = json_text({"name": "a\udc80\\b", "ok": "æ"})
    text.encode("utf-8")  # writable
    assert json.loads(text) == {"name": "a\udc80\\b", "ok": "æ"} and "æ" in text


@pytest.mark.parametrize(
    "value", ["=1+1", " =1+1", "\n=1+1", "\r\n+45", " \t@SUM(A1)", "-2", "\t", "\rfoo", "\u00a0=1"]
)
def test_csv_guards_formulas_behind_spaces_and_line_breaks(value: str) -> None:
    cell = next(csv.reader(io.StringIO(csv_cell(value)), delimiter=";"))[0]
    assert cell.startswith("'")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_csv_quotes_cells_for_either_separator(lang: str) -> None:
    """Danish Excel splits on ``;``, English on ``,``: a cell holding either separator is
    quoted whichever the file uses, and reads back whole with the file's own separator."""
    rows = [["a;=1+1", "b,@SUM(A1)", 'say "hi"', "plain", " edge "]]
    text = csv_text(rows, lang)
    assert text.startswith("\ufeff") and text.endswith("\r\n")
    delimiter = ";" if lang == "da" else ","
    assert next(csv.reader(io.StringIO(text[1:]), delimiter=delimiter)) == rows[0]
    assert (
        text[1:]
        == delimiter.join(['"a;=1+1"', '"b,@SUM(A1)"', '"say ""hi"""', "plain", '" edge "'])
        + "\r\n"
    )


def test_csv_cell_replaces_characters_and_caps_at_a_spreadsheet_cell() -> None:
    assert csv_cell("a\x00b") == "a\ufffdb"
    assert len(csv_cell("x" * 100_000)) == 32_767
    assert csv_cell(None) == "" and csv_cell(42) == "42"


def test_conftest_org_is_left_as_it_is() -> None:
    assert cleaned(ORG) is ORG
