"""Printing a document from inside the app, through Qt's print dialog: no PDF viewer needed.

Each PDF page is drawn by pdfium (``services.preview``) at the printer's resolution (at most
:data:`MAX_DPI`) and painted onto a printer page of the document's own paper size and
orientation (an A5 sign prints on A5). If the user picks other paper in the dialog, the page is
scaled to fit it, centred, never cut (the dialog's choice stands; only a page of another size
than the one before it changes the paper). Painting on a ``QPrinter`` may happen in a worker thread
(Qt supports QPainter on QPrinter and QImage outside the GUI thread), so a long schedule prints
without freezing the window. Text documents (the announcement texts) print as text.

This module shows no words of its own: the dialog's title comes from the caller.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from recordcheck.services import preview

#: Enough for crisp text on any office printer; more only costs memory (A4 at 600 dpi is
#: 4,960 × 7,016 pixels, 140 MB while one page is painted).
MAX_DPI = 600.0


def page_layout(size: preview.PageSize) -> QPageLayout:
    """The printer page for a PDF page: the same paper (A4, A5 … when it matches one), the same
    orientation, no margins (the document has its own)."""
    portrait = QSizeF(min(size.width, size.height), max(size.width, size.height))
    paper = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if size.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))


def new_printer(sizes: list[preview.PageSize], name: str) -> QPrinter:
    """A printer set up for the document: its first page's paper and orientation."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    printer.setFullPage(True)  # paint from the paper's corner: the PDF carries its margins
    if sizes:
        printer.setPageLayout(page_layout(sizes[0]))
    return printer


def text_printer(name: str) -> QPrinter:
    """A printer for a text document: A4 with 20 mm margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def ask(parent: QWidget, printer: QPrinter, title: str, pages: int) -> bool:
    """Qt's print dialog for ``printer``; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if pages:
        dialog.setMinMax(1, pages)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The 0-based pages the user asked for (all unless a range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first == 0:
        return range(count)
    return range(max(first, 1) - 1, min(last or count, count))


def paint_pdf(printer: QPrinter, data: bytes, sizes: list[preview.PageSize]) -> int:
    """Paint the chosen pages of the PDF ``data`` onto ``printer``; returns how many.

    Raises OSError when the printer (or the PDF file it writes) cannot be opened."""
    pages = chosen_pages(printer, len(sizes))
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            f"the printer {printer.printerName() or printer.outputFileName()!r} could not be opened"
        )
    try:
        for count, index in enumerate(pages):
            if count:
                if sizes[index] != sizes[pages[count - 1]]:  # a page of another size
                    printer.setPageLayout(page_layout(sizes[index]))  # takes effect at newPage
                printer.newPage()
            dpi = min(float(printer.resolution()), MAX_DPI)
            page = preview.render_page(data, index, dpi)
            image = QImage(
                page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
            )
            painter.drawImage(_fitted(printer, image), image)
    finally:
        painter.end()
    return len(pages)


def _fitted(printer: QPrinter, image: QImage) -> QRectF:
    """The image's place on the paper: as large as fits, centred (exactly the paper when the
    paper is the document's own size)."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )


def paint_text(printer: QPrinter, text: str) -> None:
    """A text document (the announcement texts) on A4, as plain text."""
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)
