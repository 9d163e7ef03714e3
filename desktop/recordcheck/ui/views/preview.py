"""A text preview of a document's first page, without a PDF renderer.

PySide6-Essentials has no QtPdf, and rasterising a PDF needs a native library we do not ship,
so the preview shows what the first page *says*: its text as pypdf extracts it (pure Python),
or the first lines of a text, Word, Excel, CSV, calendar or ZIP file. Open the document for
the real look.
"""

from __future__ import annotations

import io
import zipfile

LINES = 60


# Bullets and other glyphs pypdf reads back as control characters.
_CONTROL = dict.fromkeys([*range(9), *range(11, 32), 127], "•")


def _first_lines(text: str) -> str:
    return "\n".join(text.translate(_CONTROL).splitlines()[:LINES])


def _pdf(data: bytes) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return _first_lines(reader.pages[0].extract_text() or ""), len(reader.pages)


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


def first_page(data: bytes | str, suffix: str) -> tuple[str, int]:
    """(text of the first page or first lines, number of pages; 0 when not paged)."""
    if isinstance(data, str):
        return _first_lines(data.lstrip("\ufeff")), 0
    if suffix == ".pdf":
        return _pdf(data)
    if suffix == ".docx":
        return _docx(data), 0
    if suffix == ".xlsx":
        return _xlsx(data), 0
    if suffix == ".zip":
        return "\n".join(zipfile.ZipFile(io.BytesIO(data)).namelist()[:LINES]), 0
    return _first_lines(data.decode("utf-8", "replace")), 0
