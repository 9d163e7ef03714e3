"""The Art. 30 entry is kept as data and worded by each document in its own language, whichever
path made it; entries written by older versions (text such as "documentation: 90 days") are read
back into the same fields without losing what the user wrote."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.exports.conftest import pdf_text
from tests.registerkit import Clock, example, open_test_register, organisation

from recordcheck.domain.vocabulary import Purpose
from recordcheck.exports.from_register import document
from recordcheck.rules import assess, load_rulebase
from recordcheck.store import open_register
from recordcheck.store.activity_compat import parse_retention

FIXTURES = Path(__file__).parent / "fixtures"
#: What an entry made by the command line used to print (the scenario's own description, text
#: the organisation wrote, may say anything and is left out of the comparison).
CODES = (
    "professionals",
    "customers",
    "threat_protection",
    "documentation:",
    "9999 days",
    "ordinary",
    "us_dpf",
    "eu_eea",
)


def _xlsx_cells(data: bytes) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    return [str(c.value) for row in sheet.iter_rows(min_row=2) for c in row if c.value]


def test_a_generated_entry_keeps_retention_per_purpose_and_codes(tmp_path: Path) -> None:
    with open_test_register(tmp_path / "r.sqlite3", Clock()) as reg:
        reg.save_organisation(organisation())
        sc = example("06-debt-collector-threat-button.json")
        record = reg.add_scenario(sc)
        reg.record_assessment(record.id, assess(sc))
        (activity,) = reg.activities()
    assert dict(activity.retention) == {Purpose(p): d for p, d in sc.retention_days.items()}
    assert activity.erasure_time_limits == ""  # the note is the user's
    assert all(c.islower() and " " not in c for c in activity.data_subject_categories)
    assert activity.recipients == () and activity.processor == (sc.platform.product or "")
    known = load_rulebase().basis_labels
    assert all(b in known for bases in activity.legal_basis.values() for b in bases)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_record_document_words_the_entry_in_its_language(tmp_path: Path, lang: str) -> None:
    with open_test_register(tmp_path / "r.sqlite3", Clock()) as reg:
        reg.save_organisation(organisation())
        sc = example("06-debt-collector-threat-button.json")
        record = reg.add_scenario(sc)
        reg.record_assessment(record.id, assess(sc, lang="en" if lang == "da" else "da"))
        days = sc.retention_days[Purpose.THREAT_PROTECTION]
        description = sc.description or ""
        pdf = pdf_text(document(reg, "ropa", ".pdf", lang)).replace(description, "")  # type: ignore[arg-type]
        cells = "\n".join(_xlsx_cells(document(reg, "ropa", ".xlsx", lang)))  # type: ignore[arg-type]
        cells = cells.replace(description, "")
    limit = (
        f"Beskyttelse mod trusler: {days} dage"
        if lang == "da"
        else f"Protection against threats: {days} days"
    )
    for text in (pdf, cells):
        assert limit in text
        assert not [code for code in CODES if code in text.replace(limit, "")]
    basis = "GDPR art. 6, stk. 1, litra f" if lang == "da" else "GDPR Art. 6(1)(f)"
    assert basis in cells


@pytest.mark.parametrize(
    ("written", "days", "note"),
    [
        ("threat_protection: 9999 days", {Purpose.THREAT_PROTECTION: 9999}, ""),
        (
            "documentation: 90 days; training: 30 days",
            {Purpose.DOCUMENTATION: 90, Purpose.TRAINING: 30},
            "",
        ),
        ("Beskyttelse mod trusler: 30 dage", {Purpose.THREAT_PROTECTION: 30}, ""),
        ("Documentation: 1 day", {Purpose.DOCUMENTATION: 1}, ""),
        (
            "Slettes efter 3 måneder, dog ved klage først når sagen er lukket",
            {},
            "Slettes efter 3 måneder, dog ved klage først når sagen er lukket",
        ),
        ("documentation: 90 days, unless disputed", {}, "documentation: 90 days, unless disputed"),
    ],
)
def test_an_older_entry_is_read_back_losslessly(
    tmp_path: Path, written: str, days: dict[Purpose, int], note: str
) -> None:
    path = tmp_path / "r.sqlite3"
    with open_test_register(path, Clock()) as reg:
        sc = example()
        record = reg.add_scenario(sc)
        reg.record_assessment(record.id, assess(sc))
    conn = sqlite3.connect(path)
    body = json.loads(conn.execute("SELECT activity_json FROM activities").fetchone()[0])
    del body["retention"]  # as versions before the structured entry wrote it
    body.update(
        erasure_time_limits=written,
        data_subject_categories=["Kunder", "Naboer"],
        recipients=["Zoom (processor)", "Revisor"],
        processor="Zoom",
        legal_basis={"documentation": ["GDPR art. 6, stk. 1, litra f – legitim interesse"]},
    )
    conn.execute("UPDATE activities SET activity_json = ?", (json.dumps(body),))
    conn.commit()
    conn.close()
    with open_register(path) as reg:
        (old,) = reg.activities()
    assert dict(old.retention) == days and old.erasure_time_limits == note
    assert old.data_subject_categories == ("customers", "Naboer")  # typed text is kept
    assert old.recipients == ("Revisor",) and old.processor == "Zoom"
    assert old.legal_basis[Purpose.DOCUMENTATION] == ("GDPR art. 6(1)(f)",)


def test_only_the_generators_pattern_is_parsed() -> None:
    assert parse_retention("") is None
    assert parse_retention("documentation: 90 days; documentation: 30 days") is None
    assert parse_retention("made_up: 90 days") is None
    assert parse_retention("Uddannelse af medarbejdere: 30 dage") == {Purpose.TRAINING: 30}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_version_one_register_opens_and_exports_in_words(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(FIXTURES / "register-v1.sqlite3", path)
    with open_register(path) as reg:
        (activity,) = reg.activities()
        assert dict(activity.retention) == {Purpose.DOCUMENTATION: 90}
        assert activity.erasure_time_limits == ""
        assert set(activity.legal_basis[Purpose.DOCUMENTATION]) == {"GDPR art. 6(1)(a)"}
        pdf = pdf_text(document(reg, "ropa", ".pdf", lang))  # type: ignore[arg-type]
        cells = "\n".join(_xlsx_cells(document(reg, "ropa", ".xlsx", lang)))  # type: ignore[arg-type]
        bundle = document(reg, "bundle", ".zip", lang)
    limit = "Dokumentation: 90 dage" if lang == "da" else "Documentation: 90 days"
    customers = "Kunder" if lang == "da" else "Customers"
    for text in (pdf, cells):
        assert limit in text and customers in text
        assert not [c for c in ("customers", "ordinary", "documentation:") if c in text]
    assert isinstance(bundle, bytes) and bundle[:2] == b"PK"


def test_categories_saved_in_words_are_kept_as_codes(tmp_path: Path) -> None:
    """The window shows categories in words; saving them back keeps the codes, so an English
    record of a Danish-edited entry still reads in English."""
    import dataclasses

    with open_test_register(tmp_path / "r.sqlite3", Clock()) as reg:
        sc = example()
        record = reg.add_scenario(sc)
        reg.record_assessment(record.id, assess(sc))
        (entry,) = reg.activities()
        saved = reg.save_activity(
            dataclasses.replace(
                entry,
                data_subject_categories=("Kunder", "Naboer"),
                data_categories=("Almindelige personoplysninger (fx navn og kontaktoplysninger)",),
                legal_basis={Purpose.DOCUMENTATION: ("GDPR art. 6, stk. 1, litra a – samtykke",)},
            )
        )
        cells = "\n".join(_xlsx_cells(document(reg, "ropa", ".xlsx", "en")))  # type: ignore[arg-type]
    assert saved.data_subject_categories == ("customers", "Naboer")
    assert saved.data_categories == ("ordinary",)
    assert saved.legal_basis[Purpose.DOCUMENTATION] == ("GDPR art. 6(1)(a)",)
    assert "Customers" in cells and "Ordinary personal data" in cells
