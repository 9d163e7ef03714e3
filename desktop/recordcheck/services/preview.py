"""A PDF's pages as pictures, for the window's page preview, printing and ``--self-test``.

pdfium (through ``pypdfium2``, whose wheels carry the library) draws the pages exactly as a PDF
viewer would, so what the window shows and what the printer gets are the pages the file holds.
It stays Qt-free: a page comes back as RGBX pixels with its size, which the window wraps in a
``QImage``. pdfium is not thread-safe, and the window renders in worker threads, so every call
into it holds one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2  # type: ignore[import-untyped]  # no type information shipped

#: PDF units per inch: a page of 595 × 842 units is A4.
POINTS_PER_INCH = 72.0
#: The largest page picture made (pixels on the longer side): a 1200 dpi printer asking for an
#: A4 page would otherwise need half a gigabyte; 7,000 pixels are 600 dpi on A4.
MAX_PIXELS = 7000

_PDFIUM = threading.Lock()


class PreviewError(ValueError):
    """The bytes are not a PDF pdfium can read. The documents are our own, so this is a fault
    to log, not the user's input: the window says there is no preview and goes on."""


@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points (1/72 inch), as it prints (after the page's rotation)."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def millimetres(self) -> tuple[float, float]:
        return self.width * 25.4 / POINTS_PER_INCH, self.height * 25.4 / POINTS_PER_INCH


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``height`` rows of ``stride`` bytes, 4 bytes a pixel (R, G, B, x)."""

    width: int
    height: int
    stride: int
    pixels: bytes
    dpi: float

    def is_blank(self) -> bool:
        """True when every pixel is one colour (a page that drew nothing)."""
        channels = (self.pixels[offset::4] for offset in range(3))  # R, G and B of each pixel
        return all(channel.count(channel[:1]) == len(channel) for channel in channels)


def _open(data: bytes) -> pypdfium2.PdfDocument:
    if not data.startswith(b"%PDF-"):
        raise PreviewError("not a PDF (no %PDF- header)")
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise PreviewError(f"pdfium cannot read the PDF: {error}") from error


def page_sizes(data: bytes) -> list[PageSize]:
    """Every page's size, in order (the page count is its length)."""
    with _PDFIUM:
        pdf = _open(data)
        try:
            sizes = []
            for index in range(len(pdf)):
                page = pdf[index]
                width, height = page.get_size()
                if page.get_rotation() in (90, 270):
                    width, height = height, width
                sizes.append(PageSize(width, height))
                page.close()
            return sizes
        finally:
            pdf.close()


def page_count(data: bytes) -> int:
    return len(page_sizes(data))


def render_page(data: bytes, index: int, dpi: float) -> PageImage:
    """Page ``index`` (0-based) at ``dpi`` dots per inch, on white."""
    with _PDFIUM:
        pdf = _open(data)
        try:
            if not 0 <= index < len(pdf):
                raise IndexError(f"page {index + 1} of {len(pdf)}")
            page = pdf[index]
            try:
                longer = max(page.get_size()) / POINTS_PER_INCH
                dpi = min(dpi, MAX_PIXELS / longer)
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH,
                    rev_byteorder=True,
                    prefer_bgrx=True,
                    fill_color=(255, 255, 255, 255),
                )
                try:
                    pixels = bytes(memoryview(bitmap.buffer).cast("B"))
                    return PageImage(bitmap.width, bitmap.height, bitmap.stride, pixels, dpi)
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            pdf.close()
