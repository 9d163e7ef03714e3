"""The Consents section: find a consent, register one, withdraw one, print its receipt.

Filtering is done by SQLite (see :class:`ConsentTableModel`); typing in the name field waits a
moment before searching, so a fast typist does not start a search per letter.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recordcheck.dates import day
from recordcheck.dates import day_and_time as moment
from recordcheck.domain.register import ConsentEventKind
from recordcheck.domain.vocabulary import Purpose
from recordcheck.services import documents, records
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.labels import purpose_label
from recordcheck.services.workspace import Workspace
from recordcheck.ui import file_dialogs
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.colours import DUE_TINT, INACTIVE_TINT
from recordcheck.ui.views import file_output, worker
from recordcheck.ui.views.common import (
    add_grid,
    data_label,
    date_edit,
    mechanism_text,
    notify,
    purposes_text,
    read_date,
    record_table,
    show_error,
)
from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
from recordcheck.ui.views.scenario_names import ScenarioNames
from recordcheck.ui.views.table_models import Column, ConsentQuery, ConsentTableModel, RecordRole

STATUS_TINT = {
    ConsentEventKind.WITHDRAWN: DUE_TINT,
    ConsentEventKind.REFUSED: INACTIVE_TINT,
    ConsentEventKind.EXPIRED: INACTIVE_TINT,
}


class ConsentsView(QWidget):
    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section:consents")
        self.workspace, self.lang, self.changes = workspace, lang, changes
        self.names = ScenarioNames(workspace)
        self.status_words = {
            ConsentEventKind.GIVEN: self.tr("✔ Given"),
            ConsentEventKind.REFUSED: self.tr("✘ Refused"),
            ConsentEventKind.WITHDRAWN: self.tr("↩ Withdrawn"),
            ConsentEventKind.EXPIRED: self.tr("⌛ Expired"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Consents") + "</h2>"))
        layout.addLayout(self._filters())
        self.count_label = QLabel()
        self.count_label.setObjectName("consentCount")
        layout.addWidget(self.count_label)
        self.model = ConsentTableModel(workspace, self._columns(), self)
        self.table = record_table(
            self.model,
            "consentTable",
            self.tr("Consents"),
            (160, 200, 190, 150, 105, 130),
            fixed_row_height=self.fontMetrics().height() + 10,
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.details = data_label()
        self.details.setObjectName("consentDetails")
        layout.addWidget(self.details)
        layout.addLayout(self._buttons())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        changes.changed.connect(self._register_changed)
        self._loaded = False

    # -- building ---------------------------------------------------------------------------
    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.search = add_grid(grid, 0, 0, self.tr("&Find person:"), QLineEdit(), "consentSearch")
        self.search.setPlaceholderText(self.tr("Part of the name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.scenario = add_grid(
            grid, 0, 2, self.tr("S&cenario:"), QComboBox(), "consentScenarioFilter"
        )
        self.scenario.addItem(self.tr("All scenarios"), None)
        self.purpose = add_grid(
            grid, 0, 4, self.tr("&Purpose:"), QComboBox(), "consentPurposeFilter"
        )
        self.purpose.addItem(self.tr("All purposes"), None)
        for purpose in Purpose:
            self.purpose.addItem(purpose_label(purpose, self.lang), purpose.value)
        self.status = add_grid(grid, 1, 0, self.tr("&Status:"), QComboBox(), "consentStatusFilter")
        self.status.addItem(self.tr("Any status"), None)
        for kind, words in self._status_items():
            self.status.addItem(words, kind.value)
        self.since = add_grid(
            grid, 1, 2, self.tr("Given &from:"), date_edit(self.tr("any date")), "consentSince"
        )
        self.until = add_grid(
            grid, 1, 4, self.tr("Given &until:"), date_edit(self.tr("any date")), "consentUntil"
        )
        for combo in (self.scenario, self.purpose, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        return grid

    def _status_items(self) -> list[tuple[ConsentEventKind, str]]:
        return [(kind, words.split(" ", 1)[1]) for kind, words in self.status_words.items()]

    def _columns(self) -> list[Column]:
        lang = self.lang
        return [
            Column(self.tr("Person"), lambda c: c.person_name),
            Column(self.tr("Scenario"), lambda c: self.names.name(c.scenario_id)),
            Column(self.tr("Purposes"), lambda c: purposes_text(c.purposes, lang)),
            Column(self.tr("How"), lambda c: mechanism_text(c.mechanism, lang)),
            Column(self.tr("Notice version"), lambda c: c.notice_version),
            Column(self.tr("Given"), lambda c: moment(c.given_at)),
            Column(
                self.tr("Status"),
                self._status_text,
                lambda c: STATUS_TINT.get(ConsentEventKind(c.status)),
            ),
        ]

    def _status_text(self, consent: Any) -> str:
        words = self.status_words[ConsentEventKind(consent.status)]
        if consent.status != ConsentEventKind.GIVEN:
            return f"{words} {day(consent.status_at)}"
        return words

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Register consent…"))
        self.add_button.setObjectName("addConsentButton")
        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button = QPushButton(self.tr("Save recei&pt…"))
        self.receipt_button.setObjectName("saveReceiptButton")
        self.receipt_button.clicked.connect(self.save_receipt)
        self.print_button = QPushButton(self.tr("&Open receipt to print"))
        self.print_button.setObjectName("printReceiptButton")
        self.print_button.clicked.connect(self.open_receipt)
        for button in (
            self.add_button,
            self.withdraw_button,
            self.receipt_button,
            self.print_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self._current_changed()
        return row

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded = True
        self.names.forget()
        self.names.fill(self.scenario, self.tr("All scenarios"))
        self.apply_filters()

    def _register_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.touches(RecordKind.SCENARIO) for c in changes):
            self.names.forget()
        if self._loaded and any(
            c.touches(RecordKind.CONSENT, RecordKind.SCENARIO) for c in changes
        ):
            self.reload()

    def current_query(self) -> ConsentQuery:
        until = read_date(self.until)
        return ConsentQuery(
            name=self.search.text(),
            scenario_id=self.scenario.currentData(),
            purpose=self.purpose.currentData(),
            status=self.status.currentData(),
            since=read_date(self.since),
            until=until + timedelta(days=1) if until else None,
        )

    def apply_filters(self) -> None:
        """Show the first page at once; the number found follows from a worker thread."""
        self._search_timer.stop()
        query = self.current_query()
        self.model.set_query(query)
        self.count_label.setText(self.tr("Counting …"))
        self._current_changed()
        worker.start(
            self,
            lambda: self.model.count(query),
            lambda n: self._counted(query, n),
            self._count_failed,
        )

    def _counted(self, query: ConsentQuery, total: int) -> None:
        if query == self.model.query:
            self.model.total = total
            self.count_label.setText(self.tr("Consents found: %1").replace("%1", f"{total:,}"))

    def _count_failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        show_error(self, self.tr("Consents"), error, self.lang)

    # -- the selected consent ---------------------------------------------------------------
    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select(self, consent_id: int) -> None:
        row = self.model.row_of(consent_id)
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self, *_args: Any) -> None:
        consent = self.current()
        has = consent is not None
        for button in (self.receipt_button, self.print_button):
            button.setEnabled(has)
        self.withdraw_button.setEnabled(has and consent.status == ConsentEventKind.GIVEN)
        if not has:
            self.details.setText("")
            return
        lines = [f"{consent.person_name} · {self.names.name(consent.scenario_id)}"]
        for event in self.workspace.register().consent_events(consent.id):
            kind = self.status_words[ConsentEventKind(event.kind)]
            extra = ", ".join(x for x in (event.channel, event.note) if x)
            lines.append(f"{moment(event.at)} — {kind}" + (f" ({extra})" if extra else ""))
        if consent.evidence_note:
            lines.append(self.tr("Evidence: %1").replace("%1", consent.evidence_note))
        self.details.setText("\n".join(lines))  # a plain-text label: names as typed

    # -- actions ----------------------------------------------------------------------------
    def add_consent(self) -> None:
        scenarios = self.workspace.register().scenario_summaries()
        if not scenarios:
            QMessageBox.information(
                self,
                self.tr("Register a consent"),
                self.tr(
                    "Create a scenario first: a consent is always given to the recordings of "
                    "one scenario."
                ),
            )
            return
        dialog = AddConsentDialog(scenarios, self.lang, self, self.scenario.currentData())
        if dialog.exec() != AddConsentDialog.DialogCode.Accepted:
            return
        try:
            record = records.add_consent(self.workspace, dialog.consent())
        except Exception as error:
            show_error(self, self.tr("Register a consent"), error, self.lang)
            return
        self.select(record.id)

    def withdraw(self) -> None:
        consent = self.current()
        if consent is None:
            return
        dialog = WithdrawDialog(consent, self)
        if dialog.exec() != WithdrawDialog.DialogCode.Accepted:
            return
        try:
            task = records.withdraw_consent(self.workspace, consent.id, **dialog.values())
        except Exception as error:
            show_error(self, self.tr("Withdraw a consent"), error, self.lang)
            return
        self.select(consent.id)
        QMessageBox.information(
            self,
            self.tr("Consent withdrawn"),
            self.tr(
                "The withdrawal is recorded. The recordings must be deleted by %1; the task is "
                "listed under Deletions."
            ).replace("%1", day(task.due)),
        )

    def _receipt(self, suffix: str) -> bytes | str:
        return documents.make(
            self.workspace,
            documents.DocumentRequest(
                "consent-receipt", suffix, self.lang, consent_id=self.current().id
            ),
        )

    def save_receipt(self) -> None:
        consent = self.current()
        if consent is None:
            return
        name = self.tr("consent-receipt-%1").replace("%1", str(consent.id))
        path, chosen = file_dialogs.save_path(
            self,
            self.tr("Save the consent receipt"),
            name + ".pdf",
            ";;".join((file_output.FILTERS[".pdf"], file_output.FILTERS[".json"])),
        )
        if not path:
            return
        suffix = ".json" if path.lower().endswith(".json") or "json" in chosen.lower() else ".pdf"
        target = file_output.with_suffix(path, suffix)
        try:
            file_output.save(target, self._receipt(suffix))
        except Exception as error:
            show_error(self, self.tr("Save the consent receipt"), error, self.lang)
            return
        notify(self, self.tr("Saved %1").replace("%1", str(target)))
        self.last_saved = Path(target)

    def open_receipt(self) -> None:
        consent = self.current()
        if consent is None:
            return
        try:
            self.last_opened = file_output.open_copy(
                f"receipt-{consent.id}.pdf", self._receipt(".pdf")
            )
        except Exception as error:
            show_error(self, self.tr("Open the consent receipt"), error, self.lang)
