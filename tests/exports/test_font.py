"""Issue 13 item 8: the embedded font's digits cannot be misread. Atkinson Hyperlegible's
slashed zero printed "8ØØØ Aarhus"; Noto Sans has a plain oval zero, a glyph of its own that
looks neither like Ø nor like O, and it covers Danish and the Latin Extended-A of names."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from recordcheck.exports.pdfbase import FONT, register_fonts
from recordcheck.paths import resource

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
NAMES = "æøåÆØÅ ŁŠŽčćę"


def _font(style: str) -> TTFont:
    return TTFont(f"TestNotoSans-{style}", str(resource("fonts", f"NotoSans-{style}.ttf")))


@pytest.mark.parametrize("style", STYLES)
def test_every_character_of_names_is_covered(style: str) -> None:
    glyphs = _font(style).face.charToGlyph
    assert [c for c in NAMES if c != " " and ord(c) not in glyphs] == []


@pytest.mark.parametrize("style", STYLES)
def test_zero_is_its_own_glyph(style: str) -> None:
    glyphs = _font(style).face.charToGlyph
    zero = glyphs[ord("0")]
    assert zero not in (glyphs[ord("Ø")], glyphs[ord("O")], glyphs[ord("o")], glyphs[ord("ø")])


def _bitmap(text: str) -> tuple[bytes, int, int]:
    """``text`` in the registered font, rendered by pdfium, as a greyscale bitmap."""
    from io import BytesIO

    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    out = BytesIO()
    canvas = Canvas(out, pagesize=(60, 60))
    canvas.setFont(FONT, 40)
    canvas.drawString(10, 14, text)
    canvas.save()
    page = pdfium.PdfDocument(out.getvalue())[0]
    image = page.render(scale=2, grayscale=True).to_pil()
    return image.tobytes(), image.width, image.height


def _ink(bitmap: bytes) -> int:
    return sum(1 for value in bitmap if value < 128)


def test_zero_prints_without_a_slash() -> None:
    """Rendered, the zero differs from Ø and O, and has clearly less ink than Ø (no stroke)."""
    zero, slashed, letter = _bitmap("0")[0], _bitmap("Ø")[0], _bitmap("O")[0]
    assert zero != slashed and zero != letter
    # A slashed zero carries the Ø's diagonal stroke: its ink would come close to Ø's.
    assert _ink(zero) < 0.85 * _ink(slashed)


def test_the_pdfs_embed_noto_sans() -> None:
    assert register_fonts() == "NotoSans"
    assert (
        resource("fonts", "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") == 1
    )
