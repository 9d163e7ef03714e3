"""The Documents section: the chosen document in the chosen language, its pages shown, saved
through the file dialog and opened in another program – made in a worker thread. (The page
view and printing: test_preview.py.)"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from ui.views.conftest import section, settle


def _choose(view, kind: str, lang: str) -> None:
    view.kind.setCurrentIndex(view.kind.findData(kind))
    view.language.setCurrentIndex(view.language.findData(lang))
    view._preview_timer.stop()  # the test asks for the preview itself
    settle()


def test_preview_shows_the_pages_of_the_document_in_its_language(window, qtbot):
    view = section(window, "documents")
    _choose(view, "notice", "da")  # the window is English; the document is Danish
    view.update_preview()
    qtbot.waitUntil(lambda: view.pages.shown_page == 0, timeout=20000)
    assert view.stack.currentWidget() is view.pages
    assert view.busy.isHidden()
    assert view.pages.page_count >= 1
    assert view.pages.page_label.text() == f"Page 1 of {view.pages.page_count}"
    assert view.preview_label.text() == "Preview: the pages as they will print."
    assert not view.pages.picture.pixmap().isNull()


def test_a_text_document_shows_its_text(window, qtbot):
    view = section(window, "documents")
    _choose(view, "announcements", "da")
    view.update_preview()
    qtbot.waitUntil(lambda: bool(view.preview.toPlainText()), timeout=20000)
    assert view.stack.currentIndex() == 1
    assert view.pages.page_count == 0
    assert view.preview_label.text() == "Preview of the text:"
    view.fmt.setCurrentIndex(view.fmt.findData(".docx"))
    view._preview_timer.stop()
    view.update_preview()
    qtbot.waitUntil(lambda: "Word" in view.preview_label.text(), timeout=20000)
    assert view.preview_label.text() == (
        "No page preview for Word document (.docx): its first lines."
    )
    assert view.preview.toPlainText()


def test_save_writes_the_file_and_open_hands_it_to_another_program(
    window, qtbot, modals, tmp_path, monkeypatch
):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    view = section(window, "documents")
    _choose(view, "sign", "en")
    modals.save_path = str(tmp_path / "sign.pdf")
    view.save()
    assert not view.busy.isHidden()  # the work runs in a thread; the window goes on
    qtbot.waitUntil(lambda: view.last_saved is not None, timeout=20000)
    text = PdfReader(io.BytesIO(view.last_saved.read_bytes())).pages[0].extract_text()
    assert "Lægehuset Vestergade" in text
    view.open_in_program()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    name = Path(opened[0].toLocalFile()).name
    assert name.startswith("sign-") and name.endswith(".pdf")  # named in the document's language


def test_register_wide_documents_need_no_scenario(window, qtbot):
    """The Excel register has no pages of its own: the same register's PDF pages are shown."""
    view = section(window, "documents")
    _choose(view, "ropa", "da")
    assert not view.scenario.isEnabled()
    assert [view.fmt.itemData(i) for i in range(view.fmt.count())] == [".pdf", ".xlsx"]
    view.fmt.setCurrentIndex(1)
    view._preview_timer.stop()
    view.update_preview()
    qtbot.waitUntil(lambda: view.pages.shown_page == 0, timeout=20000)
    assert view.preview_label.text() == (
        "No page preview for Excel workbook (.xlsx): these "
        "are the pages of the same document as PDF."
    )


def test_the_bundle_cannot_be_printed_but_lists_its_files(window, qtbot):
    view = section(window, "documents")
    _choose(view, "bundle", "da")
    assert not view.print_button.isEnabled()
    view.update_preview()
    qtbot.waitUntil(lambda: ".pdf" in view.preview.toPlainText(), timeout=30000)
    assert view.preview_label.text() == "No page preview for ZIP archive (.zip): its first lines."


def test_the_window_keeps_answering_while_a_long_document_is_made(
    window, qtbot, modals, tmp_path, monkeypatch
):
    import time

    from PySide6.QtCore import QTimer

    from recordcheck.exports import from_register

    def slow_document(*_a, **_k) -> bytes:
        time.sleep(0.8)  # stands for a 10,000-task schedule
        return b"%PDF-1.4 slow"

    monkeypatch.setattr(from_register, "document", slow_document)
    view = section(window, "documents")
    _choose(view, "deletion-schedule", "da")
    ticks = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    modals.save_path = str(tmp_path / "plan.pdf")
    view.save()
    assert not view.busy.isHidden()
    qtbot.waitUntil(lambda: view.last_saved is not None, timeout=10000)
    timer.stop()
    assert len(ticks) >= 8  # the event loop ran all along (50 ms ticks over 0.8 s)
    qtbot.waitUntil(view.busy.isHidden, timeout=5000)
