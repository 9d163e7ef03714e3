"""Spreadsheet safety: a cell a user typed must never become a formula in Excel or LibreOffice,
whichever separator the program splits a CSV file on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from recordcheck.exports.sanitise import CELL_LIMIT, printable

#: What makes a spreadsheet read a cell as a formula (the full-width forms too: East Asian
#: input methods type them, and some spreadsheets accept them).
_FORMULA_STARTS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")
#: Leading characters that spreadsheets skip before looking for a formula.
_SKIPPED = ("\t", "\r", "\n")
#: A CSV cell holding any of these is quoted: both separators (Danish Excel splits on ``;``,
#: English on ``,``: a file may be opened with either), the quote and line breaks.
_QUOTE_WHEN = frozenset(',;"\r\n\t')


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula: it starts with ``=``, ``+``,
    ``-`` or ``@`` (after any spaces or line breaks, which Excel skips), or with a tab or CR."""
    return text.startswith(_SKIPPED) or text.lstrip().startswith(_FORMULA_STARTS)


def neutralise(value: Any) -> Any:
    """Prefix text that a spreadsheet would read as a formula with an apostrophe (OWASP's advice
    against CSV injection); other values pass unchanged. For CSV only: an XLSX cell is typed
    as text instead (:func:`recordcheck.exports.ropa.ropa_xlsx`)."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def csv_cell(value: object) -> str:
    """One CSV field: XML-safe, at most a spreadsheet cell long, neutralised, and quoted when
    it holds a separator of either kind, a quote, a line break or spaces at its edges."""
    text = printable("" if value is None else str(value), CELL_LIMIT)
    text = "'" + text if is_formula_like(text) else text
    if _QUOTE_WHEN.intersection(text) or text != text.strip(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(rows: Iterable[Iterable[object]], lang: str) -> str:
    """Rows as CSV for a spreadsheet: a byte-order mark, ``;`` between cells in Danish (Danish
    Excel's separator) and ``,`` in English, CRLF line ends (RFC 4180)."""
    delimiter = ";" if lang == "da" else ","
    lines = [delimiter.join(csv_cell(cell) for cell in row) for row in rows]
    return "\ufeff" + "".join(line + "\r\n" for line in lines)
