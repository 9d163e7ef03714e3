"""The shared PDF machinery: the embedded accessible font, the styles, safe paragraphs and a
deterministic build.

Every PDF embeds Noto Sans (SIL OFL, shipped in ``resources/fonts``): a plain, open zero that
cannot be misread as the Danish Ø (Atkinson Hyperlegible's slashed zero printed "8ØØØ Aarhus"),
and it covers æøå and names such as Łukasz, Šimon or Ödön. Documents are built with
reportlab's ``invariant`` mode, so the same register gives the same bytes.
User text is data, never markup: it is always escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from recordcheck.exports.sanitise import REPLACEMENT, printable
from recordcheck.exports.sanitise import xml_safe as _xml_safe
from recordcheck.paths import resource

FONT = "NotoSans"
FONT_BOLD = f"{FONT}-Bold"
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b7c4d3")
HIGHLIGHT = "#ffe08a"

#: The visible placeholders of the templates, e.g. ``[udfyld: …]`` / ``[fill in: …]``.
_PLACEHOLDER = re.compile(r"\[(?:udfyld|afklar|fill in|check): [^\]]*\]")


def xml_safe(text: str) -> str:
    """:func:`recordcheck.exports.sanitise.xml_safe` with U+FFFD as "?": the embedded font has
    no glyph for it (a PDF would print an empty box and read back as a NUL)."""
    return _xml_safe(text).replace(REPLACEMENT, "?")


@cache
def register_fonts() -> str:
    """Register the Noto Sans family with reportlab once; return its name."""
    files = resource("fonts")
    faces = {
        FONT: "Regular",
        FONT_BOLD: "Bold",
        f"{FONT}-Italic": "Italic",
        f"{FONT}-BoldItalic": "BoldItalic",
    }
    for name, face in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(files / f"NotoSans-{face}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic"
    )
    rl_config.useA85 = 0  # binary streams: smaller files and faster writing than ASCII85
    return FONT


def safe(text: str) -> str:
    """Escape ``text`` for a reportlab paragraph and highlight the template placeholders, so a
    name like ``<b>Ole & Co</b>`` prints verbatim and an unknown fact stands out. Characters
    XML cannot hold (reportlab parses paragraphs as XML) become U+FFFD."""
    escaped = escape(xml_safe(text)).replace("\n", "<br/>")
    return _PLACEHOLDER.sub(lambda m: f'<font backColor="{HIGHLIGHT}">{m.group(0)}</font>', escaped)


@cache
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The paragraph styles, scaled (the reception sign uses large print)."""
    register_fonts()

    def style(
        name: str,
        size: float,
        *,
        bold: bool = False,
        color: Any = INK,
        before: float = 0,
        after: float = 4,
        leading: float = 1.3,
        **extra: Any,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size * scale,
            leading=size * scale * leading,
            textColor=color,
            spaceBefore=before * scale,
            spaceAfter=after * scale,
            alignment=TA_LEFT,
            **extra,
        )

    return {
        "title": style("title", 20, bold=True, color=ACCENT, after=6, leading=1.2),
        "subtitle": style("subtitle", 12, color=MUTED, after=10),
        "h2": style("h2", 13, bold=True, color=ACCENT, before=10, after=3, keepWithNext=1),
        "h3": style("h3", 11, bold=True, before=5, after=2, keepWithNext=1),
        "body": style("body", 10.5),
        "bullet": style("bullet", 10.5, leftIndent=14, bulletIndent=3, after=2),
        "small": style("small", 8.5, color=MUTED),
        "cell": style("cell", 8.5, after=0, leading=1.25),
        "cellhead": style("cellhead", 8.5, bold=True, after=0, leading=1.25, color=colors.white),
        "sign_title": style("sign_title", 34, bold=True, color=ACCENT, after=8, leading=1.15),
        "sign_lead": style("sign_lead", 17, after=10),
        "sign_h": style("sign_h", 16, bold=True, color=ACCENT, before=8, after=3, keepWithNext=1),
        "sign_body": style("sign_body", 15, after=5),
        "sign_bullet": style("sign_bullet", 15, after=5, leftIndent=22, bulletIndent=4),
        "sign_small": style("sign_small", 11, color=MUTED),
    }


def para(text: str, style: str = "body", scale: float = 1.0) -> Paragraph:
    """A paragraph of plain text (escaped; placeholders highlighted)."""
    return Paragraph(safe(text), styles(scale)[style])


def bold_lead(lead: str, text: str, style: str = "body", scale: float = 1.0) -> Paragraph:
    """A paragraph that starts with a bold label, e.g. ``Formål: …`` (both parts escaped)."""
    return Paragraph(f"<b>{safe(lead)}</b> {safe(text)}", styles(scale)[style])


def bullets(items: Iterable[str], style: str = "bullet", scale: float = 1.0) -> list[Paragraph]:
    return [Paragraph(safe(item), styles(scale)[style], bulletText="•") for item in items]


def heading(text: str, scale: float = 1.0) -> Paragraph:
    return para(text, "h2", scale)


def table(
    rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = True, repeat: int = 1
) -> Table:
    """A grid of escaped text; the first row is a header repeated on every page."""
    st = styles()
    data = [
        [
            Paragraph(safe(str(cell)), st["cellhead" if header and i == 0 else "cell"])
            for cell in row
        ]
        for i, row in enumerate(rows)
    ]
    # splitInRow: a row taller than a page (a long stored text) continues on the next page
    grid = Table(data, colWidths=list(widths), repeatRows=repeat if header else 0, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    grid.setStyle(TableStyle(commands))
    return grid


class Checkbox(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """An empty square to tick by hand (the font has no ballot-box glyph)."""

    def __init__(self, size: float = 5 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1)
        self.canv.rect(0, 0, self.size, self.size)


class Line(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A blank line to write on, with a small caption under it (signature, date)."""

    def __init__(self, width: float, caption: str) -> None:
        super().__init__()
        self.width, self.height, self.caption = width, 12 * mm, caption

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 4 * mm, self.width, 4 * mm)
        self.canv.setFont(FONT, 8.5)
        self.canv.setFillColor(MUTED)
        self.canv.drawString(0, 0.5 * mm, self.caption)


@lru_cache(maxsize=4096)
def _fit(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points (binary search, cached: long
    tables repeat the same names thousands of times). One line: line breaks become spaces."""
    text = " ".join(xml_safe(text).split("\n"))
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _footer_canvas(footer: str, page_label: str) -> type[Canvas]:
    """A canvas class that prints ``footer`` and "page X of Y" once the page count is known."""

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            margin = min(15 * mm, width * 0.07)
            label = page_label.format(page=number, pages=total)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            room = width - 2 * margin - pdfmetrics.stringWidth(label, FONT, 7.5) - 6 * mm
            self.drawString(margin, 9 * mm, _fit(footer, room, 7.5))
            self.drawRightString(width - margin, 9 * mm, label)

    return FooterCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    lang: str,
    footer: str = "",
    page_label: str = "{page}/{pages}",
    pagesize: tuple[float, float] = A4,
    margin: float = 18 * mm,
    author: str = "",
) -> bytes:
    """Lay ``story`` out on pages and return the PDF bytes (byte-stable for the same input)."""
    register_fonts()
    buffer = BytesIO()
    title, author = xml_safe(printable(title)), xml_safe(printable(author))
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * mm,
        title=title,
        author=author,
        creator="RecordCheck",
        producer="RecordCheck",
        subject=title,
        lang=lang,
        invariant=1,
        initialFontName=FONT,
    )
    doc.build(story, canvasmaker=_footer_canvas(footer, page_label))
    return buffer.getvalue()


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


class Rows(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A long single-line grid (thousands of rows) drawn straight onto the page: one text
    object per page, strings cut to fit their column, the header repeated on every page. About
    five times faster than a reportlab ``Table`` of the same size, which matters for a deletion
    schedule with 10,000 tasks."""

    size = 7.5
    row_height = 10.0

    def __init__(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        super().__init__()
        register_fonts()
        self.widths = list(widths)
        self.header = [
            _fit(str(c), w - 6, self.size, FONT_BOLD) for c, w in zip(header, widths, strict=True)
        ]
        self.rows = [
            [_fit(str(c), w - 6, self.size) for c, w in zip(row, widths, strict=True)]
            for row in rows
        ]
        self.width = sum(self.widths)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.row_height * (len(self.rows) + 1)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.row_height) - 1
        if fits < 1:
            return []
        if fits >= len(self.rows):
            return [self]
        first = Rows.__new__(Rows)
        rest = Rows.__new__(Rows)
        for part, rows in ((first, self.rows[:fits]), (rest, self.rows[fits:])):
            Flowable.__init__(part)
            part.widths, part.header, part.rows, part.width = (
                self.widths,
                self.header,
                rows,
                self.width,
            )
        return [first, rest]

    def draw(self) -> None:
        canvas, h = self.canv, self.row_height
        top = h * (len(self.rows) + 1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, top - h, self.width, h, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#eef2f7"))
        for index in range(1, len(self.rows), 2):
            canvas.rect(0, top - h * (index + 2), self.width, h, stroke=0, fill=1)
        text = canvas.beginText()
        starts = [3.0 + sum(self.widths[:i]) for i in range(len(self.widths))]
        for index, row in enumerate([self.header, *self.rows]):
            if index <= 1:  # header, then body: font and colour change once each
                text.setFont(FONT_BOLD if index == 0 else FONT, self.size)
                text.setFillColor(colors.white if index == 0 else INK)
                encoded: dict[str, str] = {}
            y = top - h * (index + 1) + 2.8
            for cell, x in zip(row, starts, strict=True):
                _place(text, encoded, cell, x, y)
        text._curSubset = -1
        canvas.drawText(text)


def _place(text: Any, encoded: dict[str, str], cell: str, x: float, y: float) -> None:
    """Put ``cell`` at (x, y) in ``text``. reportlab's ``textOut`` re-encodes every string and
    measures it (pure Python without its optional accelerator): about 0.2 ms a cell. Long
    tables repeat the same few strings, so each is encoded once, with its font selection
    included (``_curSubset = -1`` forces it), and placed with an absolute text matrix."""
    if not cell:
        return
    operators = encoded.get(cell)
    if operators is None:
        text._curSubset = -1
        operators = encoded[cell] = text._formatText(cell)
    text._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {operators}")


def fast_table(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> list[Flowable]:
    """A long single-line grid; the first row is the header (see :class:`Rows`)."""
    return [Rows(rows[0], rows[1:], widths)]
