"""The Documents section: pick a document, scenario and language; see its pages, save or print it.

The document's language is chosen here, independently of the window's. Making a document runs
in a worker thread (a 10,000-task schedule takes a second or two) with a busy bar, so the window
stays responsive; a newer request makes an older, unfinished one's result be ignored.

The preview shows the real pages (``page_view``, drawn by pdfium). A format without pages of
its own (Excel, CSV, calendar) shows the pages of the same document as PDF; a text has its text
shown, and a Word or ZIP file its first lines. *Print…* prints through Qt's print dialog on the
document's own paper (``ui.printing``); *Open in another program* hands the file to the
system, for a Word or Excel copy to edit.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recordcheck.errors import UserError
from recordcheck.services import documents
from recordcheck.services import preview as pages
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.documents import KINDS, SCENARIO_KINDS
from recordcheck.services.file_names import document_file_name
from recordcheck.services.workspace import Workspace
from recordcheck.ui import file_dialogs, printing
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.views import file_output, preview, worker
from recordcheck.ui.views.common import add_grid, message_box, notify, show_error
from recordcheck.ui.views.page_view import PageView
from recordcheck.ui.views.scenario_names import ScenarioNames

log = logging.getLogger(__name__)


def document_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "sign": translate("DocumentsView", "Reception sign"),
        "notice": translate("DocumentsView", "Full notice (information to the people recorded)"),
        "consent-form": translate("DocumentsView", "Consent form"),
        "announcements": translate(
            "DocumentsView", "Announcement texts (phone menu, meeting invite)"
        ),
        "assessment": translate("DocumentsView", "Assessment report"),
        "deletion-schedule": translate("DocumentsView", "Deletion schedule"),
        "ropa": translate("DocumentsView", "Record of processing activities (Art. 30)"),
        "bundle": translate("DocumentsView", "Inspection bundle (everything, as a ZIP file)"),
    }


class DocumentsView(QWidget):
    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section:documents")
        self.workspace, self.lang, self.changes = workspace, lang, changes
        self.names = ScenarioNames(workspace)
        self._generation = 0
        self._busy = 0
        self.format_names = {
            ".pdf": self.tr("PDF document (.pdf)"),
            ".txt": self.tr("Plain text (.txt)"),
            ".docx": self.tr("Word document (.docx)"),
            ".json": self.tr("JSON data (.json)"),
            ".csv": self.tr("Spreadsheet table (.csv)"),
            ".ics": self.tr("Calendar reminders (.ics)"),
            ".xlsx": self.tr("Excel workbook (.xlsx)"),
            ".zip": self.tr("ZIP archive (.zip)"),
        }
        self.last_saved: Any = None
        self.last_printed: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Documents") + "</h2>"))
        grid = QGridLayout()
        layout.addLayout(grid)
        self.kind = add_grid(grid, 0, 0, self.tr("&Document:"), QComboBox(), "documentKind")
        for kind, title in document_titles().items():
            self.kind.addItem(title, kind)
        self.scenario = add_grid(grid, 1, 0, self.tr("&Scenario:"), QComboBox(), "documentScenario")
        self.scenario.setProperty("i18n_data", True)
        self.fmt = add_grid(grid, 0, 2, self.tr("&Format:"), QComboBox(), "documentFormat")
        self.language = add_grid(
            grid, 1, 2, self.tr("&Language of the document:"), QComboBox(), "documentLanguage"
        )
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "da" else 1)
        self.size = add_grid(grid, 2, 2, self.tr("Sign si&ze:"), QComboBox(), "documentSize")
        self.size.addItem(self.tr("A4 (wall)"), "A4")
        self.size.addItem(self.tr("A5 (counter)"), "A5")
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        self.preview_label = QLabel(self.tr("Preview:"))
        self.preview_label.setObjectName("documentPreviewNote")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.pages = PageView()
        self.preview = QPlainTextEdit()  # a text, or a Word or ZIP file's first lines
        self.preview.setReadOnly(True)
        self.preview.setProperty("i18n_data", True)
        self.preview.setObjectName("documentPreview")
        self.preview.setAccessibleName(self.tr("Preview of the document's text"))
        self.preview_label.setBuddy(self.preview)
        self.preview.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 60)
        text_page = QWidget()  # about a page's width, so the lines break as on paper
        text_row = QHBoxLayout(text_page)
        text_row.setContentsMargins(0, 0, 0, 0)
        text_row.addWidget(self.preview, 1)
        text_row.addStretch(0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pages)
        self.stack.addWidget(text_page)
        layout.addWidget(self.stack, 1)
        self.busy = QProgressBar()
        self.busy.setObjectName("documentBusy")
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.state = QLabel()
        self.state.setObjectName("documentState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # it names files as they are called
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()  # the buttons, then what is being done (room for the page)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setObjectName("saveDocumentButton")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printDocumentButton")
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(self.tr("&Open in another program"))
        self.open_button.setObjectName("openDocumentButton")
        self.open_button.setToolTip(
            self.tr(
                "Opens the file in the program your computer uses for its type, for example "
                "to edit a Word or Excel copy."
            )
        )
        self.open_button.clicked.connect(self.open_in_program)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(self.open_button)
        row.addSpacing(12)
        row.addWidget(self.busy)
        row.addWidget(self.state, 1)
        layout.addLayout(row)
        self._preview_timer = QTimer(self, singleShot=True, interval=300)
        self._preview_timer.timeout.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.scenario, self.fmt, self.language, self.size):
            combo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        changes.changed.connect(self._register_changed)
        self._loaded = False
        self._kind_changed()

    # -- choices ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded = True
        self.names.forget()
        self.names.fill(self.scenario)
        self._preview_timer.start()

    def _register_changed(self, changes: tuple[Change, ...]) -> None:
        """Documents are made from everything: a new scenario is offered at once, and the
        preview follows any change."""
        if any(c.touches(RecordKind.SCENARIO) for c in changes):
            self.names.forget()
        if self._loaded:
            self.reload()

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.kind.currentData()
        self.fmt.blockSignals(True)
        self.fmt.clear()
        for suffix in KINDS[kind]:
            self.fmt.addItem(self.format_names[suffix], suffix)
        self.fmt.blockSignals(False)
        self.scenario.setEnabled(kind in SCENARIO_KINDS)
        self.size.setEnabled(kind == "sign")
        self.print_button.setEnabled(self.printable(kind) is not None)
        self._preview_timer.start()

    def choice(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        return {
            "kind": kind,
            "suffix": self.fmt.currentData(),
            "lang": self.language.currentData(),
            "scenario_id": self.scenario.currentData() if kind in SCENARIO_KINDS else None,
            "size": self.size.currentData(),
        }

    @staticmethod
    def printable(kind: str) -> str | None:
        """The format a kind is printed (and its pages previewed) from: its PDF, else its
        text; None for the ZIP bundle."""
        return next((suffix for suffix in (".pdf", ".txt") if suffix in KINDS[kind]), None)

    def file_name(self, choice: dict[str, Any]) -> str:
        scenario = choice["scenario_id"]
        name = self.names.name(scenario) if scenario is not None else None
        return document_file_name(choice["kind"], choice["lang"], choice["suffix"], name)

    # -- making the document ----------------------------------------------------------------
    def _make(self, choice: dict[str, Any]) -> bytes | str:
        return documents.make(
            self.workspace,
            documents.DocumentRequest(
                choice["kind"],
                choice["suffix"],
                choice["lang"],
                scenario_id=choice["scenario_id"],
                size=choice["size"],
            ),
        )

    def _run(self, what: str, work: Any, on_done: Any, preview_job: bool = False) -> None:
        """Run ``work`` in a thread. Only the newest preview counts; every save/open does."""
        if preview_job:
            self._generation += 1
        generation = self._generation
        self._busy += 1
        self.busy.show()
        self.state.setText(what)

        def finish() -> bool:
            self._busy -= 1
            self.busy.setVisible(self._busy > 0)
            current = not preview_job or generation == self._generation
            if current:
                self.state.setText("")
            return current

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(error: BaseException) -> None:
            if not finish():
                return
            if preview_job and not isinstance(error, UserError):
                # a preview that cannot be read is no reason to stop: the file may still be
                # saved and opened; the detail goes to the log
                log.warning("no preview: %r", error)
                self._show_text(self.tr("No preview of this document."), "")
                return
            if preview_job:
                self._show_text("", "")
            if isinstance(error, OSError):  # a printer or folder that cannot be written to
                message_box(self, self.tr("Documents"), str(error))
                return
            show_error(self, self.tr("Documents"), error, self.lang)

        self.job = worker.start(self, work, done, failed)

    def update_preview(self) -> None:
        if not self._loaded:  # the scenarios are read when the section is first shown
            return
        choice = self.choice()
        if choice["kind"] in SCENARIO_KINDS and choice["scenario_id"] is None:
            self._show_text("", "")
            self.state.setText(self.tr("Create a scenario first."))
            return
        paged = ".pdf" in KINDS[choice["kind"]]
        shown = {**choice, "suffix": ".pdf"} if paged else choice

        def work() -> tuple[str, Any, Any]:
            data = self._make(shown)
            if paged and isinstance(data, bytes):
                return "pages", data, pages.page_sizes(data)
            return "text", preview.first_lines(data, shown["suffix"]), isinstance(data, str)

        self._run(
            self.tr("Making the preview …"),
            work,
            lambda result: self._show_preview(choice, result),
            True,
        )

    def _show_preview(self, choice: dict[str, Any], result: tuple[str, Any, Any]) -> None:
        what, data, extra = result
        format_name = self.format_names[choice["suffix"]]
        if what == "pages":
            note = (
                self.tr("Preview: the pages as they will print.")
                if choice["suffix"] == ".pdf"
                else self.tr(
                    "No page preview for %1: these are the pages of the same document as PDF."
                ).replace("%1", format_name)
            )
            self.preview_label.setText(note)
            self.stack.setCurrentWidget(self.pages)
            self.pages.show_pdf(data, extra)
            return
        self._show_text(
            data,
            self.tr("Preview of the text:")
            if extra
            else self.tr("No page preview for %1: its first lines.").replace("%1", format_name),
        )

    def _show_text(self, text: str, note: str) -> None:
        self.pages.clear()
        self.preview.setPlainText(text)
        self.preview_label.setText(note)
        self.stack.setCurrentIndex(1)

    def _ask_path(self, choice: dict[str, Any]) -> Any:
        path, _ = file_dialogs.save_path(
            self,
            self.tr("Save the document"),
            self.file_name(choice),
            file_output.FILTERS[choice["suffix"]],
        )
        return file_output.with_suffix(path, choice["suffix"]) if path else None

    def save(self) -> None:
        choice = self.choice()
        target = self._ask_path(choice)
        if target is None:
            return
        self._run(
            self.tr("Writing %1 …").replace("%1", str(target)),
            lambda: file_output.save(target, self._make(choice)),
            self._saved,
        )

    def _saved(self, path: Any) -> None:
        self.last_saved = path
        self.state.setText(self.tr("Saved %1").replace("%1", str(path)))
        notify(self, self.tr("Saved %1").replace("%1", str(path)))

    def open_in_program(self) -> None:
        choice = self.choice()
        name = self.file_name(choice)
        self._run(
            self.tr("Making the document …"),
            lambda: self._make(choice),
            lambda data: setattr(self, "last_opened", file_output.open_copy(name, data)),
        )

    # -- printing ---------------------------------------------------------------------------
    def print_document(self) -> None:
        """Make the document's PDF (or text), ask Qt's print dialog, then print in a thread."""
        choice = self.choice()
        suffix = self.printable(choice["kind"])
        if suffix is None:
            return
        if choice["kind"] in SCENARIO_KINDS and choice["scenario_id"] is None:
            self.state.setText(self.tr("Create a scenario first."))
            return
        printed = {**choice, "suffix": suffix}

        def work() -> tuple[Any, list[pages.PageSize]]:
            data = self._make(printed)
            return data, pages.page_sizes(data) if isinstance(data, bytes) else []

        self._run(
            self.tr("Making the document …"), work, lambda result: self._print(printed, *result)
        )

    def _print(self, choice: dict[str, Any], data: Any, sizes: list[pages.PageSize]) -> None:
        name = self.file_name(choice).rsplit(".", 1)[0]
        title = self.tr("Print %1").replace("%1", document_titles()[choice["kind"]])
        if choice["suffix"] != ".pdf":
            printer = printing.text_printer(name)
            if printing.ask(self, printer, title, 0):
                printing.paint_text(printer, data)
                self._printed(None)
            return
        printer = printing.new_printer(sizes, name)
        if not printing.ask(self, printer, title, len(sizes)):
            return
        self._printer = printer  # kept alive while the thread paints on it
        self._run(
            self.tr("Printing …"), lambda: printing.paint_pdf(printer, data, sizes), self._printed
        )

    def _printed(self, count: int | None) -> None:
        self.last_printed = count
        message = (
            self.tr("Sent to the printer.")
            if count is None
            else self.tr("Pages sent to the printer: %1").replace("%1", str(count))
        )
        self.state.setText(message)
        notify(self, message)
