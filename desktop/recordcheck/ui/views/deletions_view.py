"""The Deletions section: what must be deleted by when, and proof of what was.

Overdue tasks are tinted *and* say "Overdue" in words; marking a task done asks what was
deleted and how, and the register logs it (the deletion log is the proof an inspector asks for).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recordcheck.dates import day
from recordcheck.domain.register import DeletionReason, DeletionStatus, DeletionTask
from recordcheck.services import documents, records
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.file_names import document_file_name
from recordcheck.services.labels import purpose_label
from recordcheck.services.workspace import Workspace
from recordcheck.ui import file_dialogs
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.colours import DUE_TINT, ERROR_TEXT, OVERDUE_TINT
from recordcheck.ui.views import file_output, worker
from recordcheck.ui.views.common import (
    add_row,
    buddy,
    data_label,
    datetime_edit,
    notify,
    read_datetime,
    record_table,
    show_error,
    today,
)
from recordcheck.ui.views.scenario_names import ScenarioNames
from recordcheck.ui.views.table_models import Column, RecordRole, RecordTableModel
from recordcheck.ui.wheel_guard import install_wheel_guard


class DoneDialog(QDialog):
    """Asks what was deleted and how, for the deletion log."""

    def __init__(self, task: DeletionTask, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletionDoneDialog")
        self.setWindowTitle(self.tr("Mark the deletion as done"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Say what was deleted and how: the register keeps it as proof."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        task_label = data_label(what)
        task_label.setObjectName("doneTask")
        layout.addWidget(task_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.what = add_row(form, self.tr("&What was deleted:"), QLineEdit(), "doneWhat")
        self.what.setPlaceholderText(self.tr("e.g. 14 call recordings and their transcripts"))
        self.method = add_row(form, self.tr("&How:"), QComboBox(), "doneMethod")
        self.method.setEditable(True)
        self.method.addItems(
            [
                self.tr("deleted in the recording system"),
                self.tr("deleted by the supplier on request"),
                self.tr("overwritten automatically"),
            ]
        )
        self.method.lineEdit().setAccessibleName(self.tr("How"))
        self.when = add_row(form, self.tr("&Deleted on:"), datetime_edit(), "doneWhen")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {ERROR_TEXT};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        install_wheel_guard(self)

    def _accept(self) -> None:
        if not self.what.text().strip() or not self.method.currentText().strip():
            self.error.setText(self.tr("Say both what was deleted and how."))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "what": self.what.text().strip(),
            "method": self.method.currentText().strip(),
            "deleted_at": read_datetime(self.when),
        }


class DeletionsView(QWidget):
    SHOW_OPEN, SHOW_OVERDUE, SHOW_DONE, SHOW_ALL = range(4)

    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section:deletions")
        self.workspace, self.lang, self.changes = workspace, lang, changes
        self.names = ScenarioNames(workspace)
        self.log: dict[int, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Deletions") + "</h2>"))
        intro = QLabel(
            self.tr(
                "Recordings must be deleted when their retention period runs out, and within 30 "
                "days when a person withdraws consent."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.show_combo = QComboBox()
        top.addWidget(buddy(self.tr("&Show:"), self.show_combo, "deletionFilter"))
        for text in (
            self.tr("Open (not done yet)"),
            self.tr("Overdue only"),
            self.tr("Done"),
            self.tr("All"),
        ):
            self.show_combo.addItem(text)
        self.show_combo.currentIndexChanged.connect(self.reload)
        top.addWidget(self.show_combo)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("deletionSummary")
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.model = RecordTableModel(self._columns(), self)
        self.table = record_table(
            self.model, "deletionTable", self.tr("Deletion tasks"), (100, 150, 230, 170, 300, 200)
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.mark_done())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        changes.changed.connect(self._register_changed)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Due"), lambda t: day(t.due)),
            Column(self.tr("Status"), self.status_text, self._tint),
            Column(self.tr("Scenario"), lambda t: self.names.name(t.scenario_id)),
            Column(
                self.tr("Purpose"),
                lambda t: (
                    purpose_label(t.purpose, self.lang) if t.purpose else self.tr("all purposes")
                ),
            ),
            Column(self.tr("Reason"), self.reason_text),
            Column(self.tr("Deleted (what, how)"), self._done_text),
        ]

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Mark as done…"))
        self.done_button.setObjectName("markDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Save the schedule:")))
        self.export_buttons: dict[str, QPushButton] = {}
        for suffix, text in (
            (".pdf", self.tr("As &PDF…")),
            (".csv", self.tr("As &CSV…")),
            (".ics", self.tr("As calendar &reminders (.ics)…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"export{suffix[1:].upper()}Button")
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            row.addWidget(button)
            self.export_buttons[suffix] = button
        return row

    # -- texts ------------------------------------------------------------------------------
    def status_text(self, task: DeletionTask) -> str:
        if task.status == DeletionStatus.DONE:
            return self.tr("✔ Done %1").replace("%1", day(task.done_at))
        today_ = today()
        if task.due < today_:
            return self.tr("⚠ Overdue")
        if task.due == today_:
            return self.tr("! Due today")
        days = (task.due - today_).days
        if days == 1:
            return self.tr("Due tomorrow")
        return self.tr("Due in %1 days").replace("%1", str(days))

    def _tint(self, task: DeletionTask) -> str | None:
        if task.status == DeletionStatus.DONE:
            return None
        return OVERDUE_TINT if task.due < today() else DUE_TINT if task.due == today() else None

    def reason_text(self, task: DeletionTask) -> str:
        if task.reason == DeletionReason.WITHDRAWAL:
            return self.tr("Consent withdrawn by %1").replace("%1", task.person_name or "")
        text = self.tr("Retention period ends")
        if task.cutoff:
            text += " " + self.tr("(recordings made before %1)").replace("%1", day(task.cutoff))
        return text

    def _done_text(self, task: DeletionTask) -> str:
        entry = self.log.get(task.id)
        return f"{entry.what} — {entry.method}" if entry else ""

    # -- loading ----------------------------------------------------------------------------
    def _register_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.touches(RecordKind.SCENARIO) for c in changes):
            self.names.forget()
        if self._loaded and any(
            c.touches(
                RecordKind.DELETION,
                RecordKind.RETENTION_RULE,
                RecordKind.CONSENT,
                RecordKind.SCENARIO,
            )
            for c in changes
        ):
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        choice = self.show_combo.currentIndex()
        register = self.workspace.register()
        tasks = register.deletion_tasks()
        self.log = {e.task_id: e for e in register.deletion_log()}
        open_tasks = [t for t in tasks if t.status == DeletionStatus.OPEN]
        overdue = [t for t in open_tasks if t.due < today()]
        shown = {
            self.SHOW_OPEN: open_tasks,
            self.SHOW_OVERDUE: overdue,
            self.SHOW_DONE: [t for t in tasks if t.status == DeletionStatus.DONE],
            self.SHOW_ALL: tasks,
        }[choice]
        self.model.set_records(shown)
        # what was deleted and how only exists for done tasks
        self.table.setColumnHidden(5, choice in (self.SHOW_OPEN, self.SHOW_OVERDUE))
        self.summary.setText(
            self.tr("%1 to do, %2 overdue")
            .replace("%1", str(len(open_tasks)))
            .replace("%2", str(len(overdue)))
        )
        self._current_changed()

    def current(self) -> DeletionTask | None:
        index = self.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _current_changed(self, *_args: Any) -> None:
        task = self.current()
        self.done_button.setEnabled(task is not None and task.status == DeletionStatus.OPEN)

    # -- actions ----------------------------------------------------------------------------
    def mark_done(self) -> None:
        task = self.current()
        if task is None or task.status != DeletionStatus.OPEN:
            return
        what = f"{self.names.name(task.scenario_id)} · {self.reason_text(task)}"
        dialog = DoneDialog(task, what, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            records.complete_deletion(self.workspace, task.id, **dialog.values())
        except Exception as error:
            show_error(self, self.tr("Mark the deletion as done"), error, self.lang)
            return
        notify(self, self.tr("The deletion is logged."))

    def export(self, suffix: str) -> None:
        path, _ = file_dialogs.save_path(
            self,
            self.tr("Save the deletion schedule"),
            document_file_name("deletion-schedule", self.lang, suffix),
            file_output.FILTERS[suffix],
        )
        if not path:
            return
        target = file_output.with_suffix(path, suffix)
        request = documents.DocumentRequest("deletion-schedule", suffix, self.lang)
        for button in self.export_buttons.values():
            button.setEnabled(False)
        notify(self, self.tr("Writing %1 …").replace("%1", str(target)))
        self.job = worker.start(
            self,
            lambda: documents.save(self.workspace, request, target),
            self._exported,
            self._export_failed,
        )

    def _exported(self, path: Any) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.last_saved = path
        notify(self, self.tr("Saved %1").replace("%1", str(path)))

    def _export_failed(self, error: BaseException) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        show_error(self, self.tr("Save the deletion schedule"), error, self.lang)
