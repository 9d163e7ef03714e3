"""I12.3: every export can be made from whatever text the register holds.

The register is filled the ordinary way (``registerkit.populate``), then its text columns are
overwritten with direct SQL, past every input check: control characters, U+FFFE/U+FFFF, a
300-character organisation name (Word's properties hold 255), markup, and 200,000-character
fields. Every document kind in every file type is made from it and read back with the library
that reads that format."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from tests import registerkit
from tests.exports.conftest import pdf_text

from recordcheck.exports.from_register import KINDS, document
from recordcheck.exports.sanitise import FIELD_LIMIT

#: Every character XML 1.0 cannot hold that a str can (lone surrogates cannot be stored:
#: SQLite's driver refuses them, see test_sanitise.py), plus a carriage return and markup.
CONTROL = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
NASTY = f"Ole{CONTROL}\r<b>&amp;</b> & Co"
LONG_ORG = "Tandlægeklinikken " + "Ø" * 282  # 300 characters: over Word's 255


def _overwrite(path: Path, value: Any) -> None:
    """Put ``value(column)`` into the register's text columns, as an old or foreign writer
    could have, bypassing the store's checks."""
    con = sqlite3.connect(path)
    try:
        (raw,) = con.execute("SELECT scenario_json FROM scenarios").fetchone()
        scenario = json.loads(raw)
        scenario["name"], scenario["description"] = value("name"), value("description")
        scenario.setdefault("platform", {})["product"] = value("product")
        con.execute(
            "UPDATE scenarios SET name = ?, scenario_json = ?",
            (scenario["name"], json.dumps(scenario)),
        )
        con.execute(
            "UPDATE organisation SET name = ?, address = ?, dpo_name = ?, website = ?",
            (value("org"), value("address"), value("dpo"), value("website")),
        )
        for table, column in (
            ("consents", "person_name"),
            ("consents", "evidence_note"),
            ("consents", "reference"),
            ("deletion_tasks", "person_name"),
            ("activities", "name"),
            ("obligation_checks", "note"),
        ):
            con.execute(f"UPDATE {table} SET {column} = ?", (value(column),))
        con.commit()
    finally:
        con.close()


def _register(folder: Path, value: Any) -> tuple[Any, dict[str, Any]]:
    path = folder / "register.sqlite3"
    reg = registerkit.open_test_register(path)
    ids = registerkit.populate(reg)
    reg.close()
    _overwrite(path, value)
    return registerkit.open_test_register(path), ids


@pytest.fixture(scope="module")
def nasty(tmp_path_factory: pytest.TempPathFactory):
    def value(column: str) -> str:
        return LONG_ORG + NASTY if column == "org" else f"{column} {NASTY}"

    reg, ids = _register(tmp_path_factory.mktemp("nasty"), value)
    yield reg, ids
    reg.close()


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory):
    reg, ids = _register(tmp_path_factory.mktemp("huge"), lambda column: column + "x" * 200_000)
    yield reg, ids
    reg.close()


KIND_SUFFIXES = [(kind, suffix) for kind, suffixes in KINDS.items() for suffix in suffixes]


def _make(reg_ids: tuple[Any, dict[str, Any]], kind: str, suffix: str, lang: str) -> Any:
    reg, ids = reg_ids
    return document(
        reg, kind, suffix, lang, scenario_id=ids["scenario"], consent_id=ids["consents"][0]
    )


def _texts(kind_suffix: str, data: Any, *, json_too: bool = True) -> list[str]:
    """The text a file holds, read back with the library for its format (which fails on a
    broken file); ``json_too=False`` leaves out a bundle's JSON (which keeps every value)."""
    if isinstance(data, str):
        data = data.encode("utf-8")  # what write_atomically does; fails on a lone surrogate
    if kind_suffix.endswith(".pdf"):
        return [pdf_text(data)]
    if kind_suffix.endswith(".xlsx"):
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data))
        return [
            str(c.value)
            for sheet in book
            for row in sheet.iter_rows()
            for c in row
            if c.value is not None
        ]
    if kind_suffix.endswith(".docx"):
        from docx import Document

        doc = Document(io.BytesIO(data))
        return [p.text for p in doc.paragraphs] + [
            doc.core_properties.title,
            doc.core_properties.author,
        ]
    if kind_suffix.endswith(".ics"):
        import icalendar

        calendar = icalendar.Calendar.from_ical(data)
        return [str(v) for component in calendar.walk() for v in component.values()]
    if kind_suffix.endswith(".csv"):
        text = data.decode("utf-8").lstrip("\ufeff")
        return [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    if kind_suffix.endswith(".json"):
        return [json.dumps(json.loads(data), ensure_ascii=False)]
    if kind_suffix.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            for name in archive.namelist():
                if json_too or not name.endswith(".json"):
                    out += _texts(name, archive.read(name))
        return out
    return [data.decode("utf-8")]


@pytest.mark.parametrize(("kind", "suffix"), KIND_SUFFIXES)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_control_characters_never_stop_an_export(nasty, kind: str, suffix: str, lang: str) -> None:
    texts = _texts(suffix, _make(nasty, kind, suffix, lang), json_too=False)
    joined = "\n".join(texts)
    if suffix not in (".json",):  # JSON escapes them and keeps the stored value exactly
        assert not set(CONTROL) & set(joined)
    if suffix in (".txt", ".docx"):
        assert "\ufffd" in joined and "<b>&amp;</b> & Co" in joined  # verbatim, marked


def test_pdf_prints_markup_verbatim_and_marks_what_it_replaced(nasty) -> None:
    text = _texts(".pdf", _make(nasty, "notice", ".pdf", "da"))[0]
    assert "Ole? <b>&amp;</b> & Co" in text  # the font has no U+FFFD: "?" marks the place


def test_the_json_export_keeps_the_stored_value_exactly(nasty) -> None:
    data = json.loads(_make(nasty, "consent-receipt", ".json", "da"))
    assert f"person_name {NASTY}" in _strings(data)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_word_properties_are_cut_and_the_body_keeps_the_full_name(nasty) -> None:
    from docx import Document

    doc = Document(io.BytesIO(_make(nasty, "announcements", ".docx", "da")))
    assert len(doc.core_properties.author) <= 255
    assert doc.core_properties.author.startswith(LONG_ORG[:200])
    assert doc.core_properties.author.endswith("…")
    body = "\n".join(p.text for p in doc.paragraphs)
    assert LONG_ORG in body  # the IVR welcome names the organisation in full


def test_the_spreadsheet_marks_replaced_characters(nasty) -> None:
    cells = _texts(".xlsx", _make(nasty, "ropa", ".xlsx", "da"))
    assert any(c.startswith("name Ole\ufffd") for c in cells)


@pytest.mark.parametrize(("kind", "suffix"), KIND_SUFFIXES)
def test_a_200000_character_field_is_printed_cut(huge, kind: str, suffix: str) -> None:
    """The writers print at most FIELD_LIMIT characters of a field (documents) or a
    spreadsheet cell's 32,767; the JSON export keeps everything."""
    texts = _texts(suffix, _make(huge, kind, suffix, "da"))
    joined = "\n".join(texts)
    if suffix == ".json":
        assert "x" * 200_000 in joined
    elif suffix in (".csv", ".xlsx"):
        assert "x" * 200_000 not in joined and "x" * 30_000 in joined
    elif suffix != ".zip":
        assert "x" * FIELD_LIMIT not in joined.replace(" ", "")
        assert "xxx…" in joined.replace(" ", "") or kind == "deletion-schedule"


def test_a_bundle_of_huge_fields_holds_every_part(huge) -> None:
    with zipfile.ZipFile(io.BytesIO(_make(huge, "bundle", ".zip", "da"))) as archive:
        names = archive.namelist()
        data = json.loads(next(archive.read(n) for n in names if n.endswith(".json")))
    assert any(n.endswith(".xlsx") for n in names) and len(names) >= 6
    assert "x" * 200_000 in json.dumps(data)  # the JSON export is the register, uncut
