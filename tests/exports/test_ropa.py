"""The Art. 30 record as PDF and XLSX."""

from __future__ import annotations

import io
import zipfile

import pytest
from tests.exports.conftest import ORG, pdf_text
from tests.exports.sample_register import activities

from recordcheck.exports.ropa import COLUMNS, ropa_pdf, ropa_xlsx


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_lists_every_activity_with_the_seven_items(lang: str) -> None:
    text = pdf_text(ropa_pdf(ORG, activities(), lang))
    assert "<b>Møder</b> & Teams" in text and "Optagelse af bookinglinjen" in text
    assert "Łukasz Ødegård" in text and "Łukasz Ödön Ærø" in text
    assert ("Tidsfrister for sletning" if lang == "da" else "Time limits for erasure") in text
    assert (
        "[udfyld: kategorier af registrerede]"
        if lang == "da"
        else "[fill in: categories of data subjects]"
    ) in text
    assert ("GDPR art. 6, stk. 1, litra a" if lang == "da" else "GDPR Art. 6(1)(a)") in text


def test_xlsx_has_danish_titles_frozen_header_filters_and_no_formulas() -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(ropa_xlsx(ORG, activities(), "da")))
    sheet = book["Fortegnelse"]
    titles = [cell.value for cell in sheet[1]]
    assert len(titles) == len(COLUMNS)
    assert titles[:3] == [
        "Behandlingsaktivitet",
        "Navn og kontaktoplysninger på den dataansvarlige, fælles "
        "dataansvarlige, repræsentant og databeskyttelsesrådgiver",
        "Formålene med behandlingen",
    ]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:S3"
    values = [c.value for r in sheet.iter_rows() for c in r if isinstance(c.value, str)]
    values += [
        c.value for r in book["Dataansvarlig"].iter_rows() for c in r if isinstance(c.value, str)
    ]
    # text typed as text: shown as written, never a formula, no apostrophe added to the value
    assert "@Telia" in values and not [v for v in values if v.startswith("'")]
    assert any("=cmd|" in v for v in values)
    assert all(c.data_type == "s" for r in sheet.iter_rows() for c in r if isinstance(c.value, str))
    with zipfile.ZipFile(io.BytesIO(ropa_xlsx(ORG, activities(), "da"))) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not [x for x in sheets if b"<f>" in x or b"<f " in x]


def test_the_spreadsheet_does_not_load_the_pdf_library() -> None:
    """L2: ``export ropa -o x.xlsx`` has no use for reportlab's ~70 modules."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from recordcheck.domain.organisation import Organisation\n"
        "from recordcheck.exports import ropa_xlsx\n"
        "assert ropa_xlsx(Organisation(name='x'), [], 'da')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
