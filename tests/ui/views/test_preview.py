"""The real pages in the Documents section (pdfium, page by page, zoomed) and printing through
Qt's print dialog: printed offscreen to a PDF file, which is read back (pages, paper size)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from recordcheck.services import documents, preview
from ui.views.conftest import section, settle

A4_MM, A5_MM = (210, 297), (148, 210)


def _choose(view, kind: str, lang: str = "da", size: str = "A4") -> None:
    view.kind.setCurrentIndex(view.kind.findData(kind))
    view.language.setCurrentIndex(view.language.findData(lang))
    view.size.setCurrentIndex(view.size.findData(size))
    view._preview_timer.stop()
    settle()


def _shown(view, qtbot, kind: str, **choice) -> None:
    _choose(view, kind, **choice)
    view.update_preview()
    qtbot.waitUntil(lambda: view.pages.shown_page == 0, timeout=20000)


def _made(window, kind: str, size: str = "A4") -> bytes:
    request = documents.DocumentRequest(
        kind, ".pdf", "da", scenario_id=window.scenario_id, size=size
    )
    return documents.make(section(window, "documents").workspace, request)


def _mm(page) -> tuple[int, int]:
    return round(float(page.mediabox.width) * 25.4 / 72), round(
        float(page.mediabox.height) * 25.4 / 72
    )


# -- the pages, Qt-free ---------------------------------------------------------------------


@pytest.mark.parametrize(("size", "mm"), [("A4", A4_MM), ("A5", A5_MM)])
def test_the_sign_renders_as_a_page_of_its_paper_size(window, size, mm):
    data = _made(window, "sign", size)
    sizes = preview.page_sizes(data)
    assert len(sizes) == preview.page_count(data) == 1
    assert tuple(round(v) for v in sizes[0].millimetres()) == mm
    page = preview.render_page(data, 0, 72)
    assert abs(page.width - sizes[0].width) <= 1 and abs(page.height - sizes[0].height) <= 1
    assert not page.is_blank()
    assert abs(preview.render_page(data, 0, 144).width - 2 * sizes[0].width) <= 1


def test_what_is_not_a_pdf_is_refused_by_name():
    with pytest.raises(preview.PreviewError, match="not a PDF"):
        preview.page_sizes(b"Hello")
    with pytest.raises(preview.PreviewError, match="pdfium"):
        preview.page_sizes(b"%PDF-1.4 broken")


# -- the page view --------------------------------------------------------------------------


def test_pages_turn_with_the_buttons_and_page_up_down(window, qtbot):
    view = section(window, "documents")
    _shown(view, qtbot, "notice")
    pages = view.pages
    count = pages.page_count
    assert count >= 2, "the notice is more than one page"
    assert not pages.previous_button.isEnabled() and pages.next_button.isEnabled()
    pages.area.setFocus()
    qtbot.keyClick(pages.area, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: pages.shown_page == 1, timeout=10000)
    assert pages.page_label.text() == f"Page 2 of {count}"
    assert pages.previous_button.isEnabled()
    qtbot.keyClick(pages.area, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: pages.shown_page == 0, timeout=10000)
    for _ in range(count + 2):  # past the last page it stays on the last
        qtbot.mouseClick(
            pages.next_button, Qt.MouseButton.LeftButton
        ) if pages.next_button.isEnabled() else None
    qtbot.waitUntil(lambda: pages.shown_page == count - 1, timeout=10000)
    assert not pages.next_button.isEnabled()
    assert pages.page_label.text() == f"Page {count} of {count}"


def test_zoom_whole_page_fit_width_100_percent_and_steps(window, qtbot):
    window.resize(1200, 800)
    view = section(window, "documents")
    _shown(view, qtbot, "sign")
    pages = view.pages
    qtbot.waitUntil(lambda: not pages._resize_timer.isActive(), timeout=5000)  # laid out
    settle()

    def shown_size() -> tuple[float, float]:
        pixmap = pages.picture.pixmap()
        return (
            pixmap.width() / pixmap.devicePixelRatio(),
            pixmap.height() / pixmap.devicePixelRatio(),
        )

    assert pages.zoom is None and pages.whole_button.isChecked()
    room = pages.area.contentsRect()
    whole = shown_size()  # the whole page in view, no scroll bar needed
    assert whole[0] <= room.width() - 24 + 1 and whole[1] <= room.height() - 24 + 1
    assert abs(whole[1] - (room.height() - 24)) <= 3 or abs(whole[0] - (room.width() - 24)) <= 3
    assert not pages.area.verticalScrollBar().isVisible()

    def size_after(button) -> tuple[float, float]:
        pages.shown_page = None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pages.shown_page == 0, timeout=10000)
        return shown_size()

    fitted = size_after(pages.fit_button)[0]
    assert pages.fit_button.isChecked() and not pages.whole_button.isChecked()
    assert fitted > whole[0]
    assert pages.area.viewport().width() - 24 - fitted >= 0  # no sideways scrolling
    assert not pages.area.horizontalScrollBar().isVisible()
    actual = size_after(pages.actual_button)[0]
    assert pages.zoom_label.text() == "100 %"
    assert abs(actual - 210 / 25.4 * pages.logicalDpiX()) <= 2  # A4's width on screen
    assert size_after(pages.zoom_in_button)[0] > actual
    assert pages.zoom_label.text() == "110 %"
    assert size_after(pages.zoom_out_button)[0] == pytest.approx(actual, abs=1)
    assert size_after(pages.zoom_out_button)[0] < actual
    assert size_after(pages.whole_button) == pytest.approx(whole, abs=2)
    assert pages.zoom is None


def test_a_newer_page_wins_over_a_slower_older_one(window, qtbot):
    view = section(window, "documents")
    _shown(view, qtbot, "notice")
    pages = view.pages
    pages.next_page()
    pages.previous_page()  # asked while page 2 was still being drawn
    settle()
    assert pages.shown_page == 0
    assert pages.page_label.text().startswith("Page 1 of")


# -- printing -------------------------------------------------------------------------------


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """Qt's print dialog answered with OK, printing to a PDF file (at 150 dpi, to be quick)."""
    target = tmp_path / "printed.pdf"
    asked: list[QPrintDialog] = []

    def accept(dialog: QPrintDialog) -> int:
        asked.append(dialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return target, asked


@pytest.mark.parametrize(
    ("kind", "size", "mm"), [("sign", "A4", A4_MM), ("sign", "A5", A5_MM), ("notice", "A4", A4_MM)]
)
def test_print_sends_every_page_on_the_documents_paper(window, qtbot, printed, kind, size, mm):
    target, asked = printed
    view = section(window, "documents")
    _choose(view, kind, size=size)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_printed is not None, timeout=30000)
    assert len(asked) == 1
    expected = preview.page_count(_made(window, kind, size))
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert view.last_printed == len(reader.pages) == expected
    assert {_mm(page) for page in reader.pages} == {mm}
    assert view.state.text() == f"Pages sent to the printer: {expected}"


def test_a_page_range_prints_only_those_pages(window, qtbot, printed, monkeypatch):
    target, _asked = printed
    view = section(window, "documents")
    _choose(view, "notice")
    answered = QPrintDialog.exec

    def page_two(dialog):
        result = answered(dialog)
        dialog.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        dialog.printer().setFromTo(2, 2)
        return result

    monkeypatch.setattr(QPrintDialog, "exec", page_two)
    view.print_document()
    qtbot.waitUntil(lambda: view.last_printed is not None, timeout=30000)
    assert view.last_printed == 1
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 1


def test_cancelling_the_print_dialog_prints_nothing(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    view = section(window, "documents")
    _choose(view, "sign")
    view.print_document()
    settle()
    settle()
    assert view.last_printed is None
    assert view.busy.isHidden()


def test_the_announcement_texts_print_as_text(window, qtbot, printed):
    target, _asked = printed
    view = section(window, "documents")
    _choose(view, "announcements")
    view.print_document()
    qtbot.waitUntil(lambda: view.state.text() == "Sent to the printer.", timeout=20000)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert {_mm(page) for page in reader.pages} == {A4_MM}
    printed_text = "".join(page.extract_text() for page in reader.pages).replace("\t", " ")
    assert "Tekster om optagelse" in printed_text
