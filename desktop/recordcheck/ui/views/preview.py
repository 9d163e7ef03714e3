"""The first lines of a document that has no pages to show: a text, Word, Excel, CSV,
calendar or ZIP file (a PDF's pages are drawn by ``page_view``)."""

from __future__ import annotations

import io
import zipfile

LINES = 60


# Control characters (a form feed, a stray escape) shown as bullets rather than as boxes.
_CONTROL = dict.fromkeys([*range(9), *range(11, 32), 127], "•")


def _first_lines(text: str) -> str:
    return "\n".join(text.translate(_CONTROL).splitlines()[:LINES])


def _docx(data: bytes) -> str:
    from docx import Document

    return _first_lines("\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs))


def _xlsx(data: bytes) -> str:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    rows = []
    for row in sheet.iter_rows(max_row=LINES, values_only=True):
        rows.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(rows)


def first_lines(data: bytes | str, suffix: str) -> str:
    """The first lines of the text, or of what a Word, Excel or ZIP file holds."""
    if isinstance(data, str):
        return _first_lines(data.lstrip("\ufeff"))
    if suffix == ".docx":
        return _docx(data)
    if suffix == ".xlsx":
        return _xlsx(data)
    if suffix == ".zip":
        return "\n".join(zipfile.ZipFile(io.BytesIO(data)).namelist()[:LINES])
    return _first_lines(data.decode("utf-8", "replace"))
