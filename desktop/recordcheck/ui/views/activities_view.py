"""The Register (Art. 30) section: the processing activities, generated from scenarios and
edited in a form; a review date that has come is highlighted and says so in words.

Regenerating an activity refreshes what follows from its scenario and keeps what only the user
knows (processor agreement, DPIA, security measures, reviews): see ``repo_activities``.
Edits not yet saved are never lost by a slip: choosing another entry, leaving the section or
quitting asks first (:meth:`ActivitiesView.may_leave`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recordcheck.dates import day
from recordcheck.services import documents, records
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.labels import value_label
from recordcheck.services.workspace import Workspace
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.colours import DUE_TINT
from recordcheck.ui.plain_text import plain_box
from recordcheck.ui.views.common import (
    add_row,
    buddy,
    data_label,
    date_edit,
    notify,
    purposes_text,
    read_date,
    record_table,
    show_error,
    today,
    write_date,
)
from recordcheck.ui.views.scenario_names import ScenarioNames
from recordcheck.ui.views.table_models import Column, RecordRole, RecordTableModel

REVIEW_DUE_TINT = DUE_TINT

# (field, kind) of the form, in the order of Art. 30(1) (a)–(g), then the extra columns.
TEXT, LINES, DATE = "text", "lines", "date"
#: the list fields whose entries are codes of the contract (the form shows them in words)
WORDED_LISTS = {
    "data_subject_categories": "participants.categories",
    "data_categories": "data_categories",
}


def review_due(activity: Any, on: date | None = None) -> bool:
    return activity.next_review is not None and activity.next_review <= (on or today())


class ActivitiesView(QSplitter):
    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("section:register")
        self.workspace, self.lang, self.changes = workspace, lang, changes
        self.names = ScenarioNames(workspace)
        self.current_activity: Any = None
        self.addWidget(self._list_side())
        self.addWidget(self._form_side())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([700, 460])
        changes.changed.connect(self._register_changed)
        self._loaded = False
        self._reloading = False
        self._going_back = False
        self._baseline: Any = None

    # -- building ---------------------------------------------------------------------------
    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Register of processing (Art. 30)") + "</h2>"))
        intro = QLabel(
            self.tr(
                "One entry per kind of recording. Generate it from a scenario, then complete what "
                "only you know: security measures, processor agreement, DPIA and reviews."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RecordTableModel(
            [
                Column(self.tr("Activity"), lambda a: a.name),
                Column(self.tr("Purposes"), lambda a: purposes_text(a.purposes, self.lang)),
                Column(self.tr("Owner"), lambda a: a.owner),
                Column(
                    self.tr("Next review"),
                    self._review_text,
                    lambda a: REVIEW_DUE_TINT if review_due(a) else None,
                ),
            ],
            self,
        )
        self.table = record_table(
            self.model, "activityTable", self.tr("Processing activities"), (230, 170, 100)
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.generate_scenario = QComboBox()
        self.generate_scenario.setProperty("i18n_data", True)
        row.addWidget(buddy(self.tr("From s&cenario:"), self.generate_scenario, "generateScenario"))
        row.addWidget(self.generate_scenario, 1)
        self.generate_button = QPushButton(self.tr("&Generate entry"))
        self.generate_button.setObjectName("generateActivityButton")
        self.generate_button.clicked.connect(self.generate)
        row.addWidget(self.generate_button)
        layout.addLayout(row)
        return side

    def _form_side(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setObjectName("activityFormArea")
        inner = QWidget()
        outer = QVBoxLayout(inner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fits narrow
        outer.addLayout(form)
        no_date = self.tr("not set")
        spec = [
            ("name", TEXT, self.tr("&Name:")),
            ("purpose_description", LINES, self.tr("Purpose (b):")),
            ("data_subject_categories", TEXT, self.tr("People recorded (c):")),
            ("data_categories", TEXT, self.tr("Kinds of data (c):")),
            ("recipients", TEXT, self.tr("Recipients (d):")),
            ("third_country_transfers", TEXT, self.tr("Transfers outside the EU (e):")),
            ("erasure_time_limits", TEXT, self.tr("Note on the time limits (f):")),
            ("security_measures", LINES, self.tr("Security measures (g):")),
            ("processor", TEXT, self.tr("Processor (supplier):")),
            ("dpa_date", DATE, self.tr("Processor agreement signed:")),
            ("dpia_reference", TEXT, self.tr("DPIA reference:")),
            ("dpia_date", DATE, self.tr("DPIA date:")),
            ("storage_location", TEXT, self.tr("Where recordings are stored:")),
            ("owner", TEXT, self.tr("&Owner:")),
            ("last_review", DATE, self.tr("Last review:")),
            ("next_review", DATE, self.tr("Next &review:")),
        ]
        self.fields: dict[str, tuple[str, QWidget]] = {}
        for name, kind, label in spec:
            if kind == DATE:
                widget: QWidget = date_edit(no_date)
            elif kind == LINES:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(70)
            else:
                widget = QLineEdit()
            if name == "erasure_time_limits":  # the rules' periods first, read-only
                self.retention_label = data_label()
                self.retention_label.setObjectName("activityRetention")
                add_row(
                    form,
                    self.tr("Time limits for deletion (f):"),
                    self.retention_label,
                    "activity_retention",
                )
            add_row(form, label, widget, f"activity_{name}")
            self.fields[name] = (kind, widget)
        hint = QLabel(
            self.tr("Lists (people, kinds of data, recipients) are separated by semicolons.")
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveActivityButton")
        self.save_button.clicked.connect(self.save)
        row.addStretch(1)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        outer.addStretch(1)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.form_widget = inner
        inner.setEnabled(False)
        return scroll

    def _review_text(self, activity: Any) -> str:
        if activity.next_review is None:
            return ""
        if review_due(activity):
            return self.tr("⚠ %1 – review due").replace("%1", day(activity.next_review))
        return day(activity.next_review)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _register_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.touches(RecordKind.SCENARIO) for c in changes):
            self.names.forget()
        if self._loaded and any(
            c.touches(RecordKind.ACTIVITY, RecordKind.SCENARIO) for c in changes
        ):
            if self.has_unsaved_edits():  # keep the user's typing; the list follows on save
                self.names.fill(self.generate_scenario)
                self.generate_button.setEnabled(self.generate_scenario.count() > 0)
                return
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._loaded = True
        self.names.forget()
        self.names.fill(self.generate_scenario)
        self.generate_button.setEnabled(self.generate_scenario.count() > 0)
        keep = select_id or (self.current_activity.id if self.current_activity else None)
        self._reloading = True
        try:
            self.model.set_records(self.workspace.register().activities())
            rows = [i for i, a in enumerate(self.model.records) if a.id == keep]
            if rows:
                self.table.selectRow(rows[0])
            elif self.model.records:
                self.table.selectRow(0)
            else:
                self._show(None)
        finally:
            self._reloading = False
        current = self.table.currentIndex()
        self._show(current.data(RecordRole) if current.isValid() else None)

    def _current_changed(self, current: Any, previous: Any = None) -> None:
        if self._reloading:
            return
        if self._going_back:
            return
        if previous is not None and previous.isValid() and not self.may_leave():
            self._going_back = True  # stay on the entry being edited
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._going_back = False
            return
        self._show(current.data(RecordRole) if current.isValid() else None)

    # -- unsaved edits ----------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        return self.current_activity is not None and self.edited() != self._baseline

    def may_leave(self) -> bool:
        """True when nothing is lost by leaving the shown entry: nothing was edited, or the
        user chose to save (and it saved) or to discard; False when they chose to stay."""
        if not self.has_unsaved_edits():
            return True
        buttons = QMessageBox.StandardButton
        answer = plain_box(QMessageBox.question)(  # the entry's name as typed
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The Art. 30 entry \u201c%1\u201d has changes that are not saved. Save them?"
            ).replace("%1", self.current_activity.name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self._show(self.current_activity)  # the form shows the stored entry again
            return True
        return False

    def _show(self, activity: Any) -> None:
        self.current_activity = activity
        self.form_widget.setEnabled(activity is not None)
        for name, (kind, widget) in self.fields.items():
            value = getattr(activity, name) if activity is not None else None
            if kind == DATE:
                write_date(widget, value)
            elif kind == LINES:
                widget.setPlainText(value or "")
            else:
                widget.setText(
                    self._list_text(name, value) if isinstance(value, tuple) else value or ""
                )
                widget.setCursorPosition(0)  # show the beginning of a long text
        self.retention_label.setText(
            documents.activity_in_words(self.workspace, activity, self.lang)["erasure"]
            if activity is not None
            else ""
        )
        # what the form says before any typing: an edit is a difference from this (the form
        # writes an empty text where the register may hold none)
        self._baseline = self.edited() if activity is not None else None

    def _list_text(self, name: str, items: tuple[str, ...]) -> str:
        fact = WORDED_LISTS.get(name)
        if fact is None:
            return "; ".join(items)
        return "; ".join(value_label(fact, item, self.lang) or item for item in items)

    # -- actions ----------------------------------------------------------------------------
    def edited(self) -> Any:
        """The shown activity with the form's values."""
        changes: dict[str, Any] = {}
        for name, (kind, widget) in self.fields.items():
            old = getattr(self.current_activity, name)
            if kind == DATE:
                changes[name] = read_date(widget)
            elif kind == LINES:
                changes[name] = widget.toPlainText().strip()
            elif isinstance(old, tuple):
                typed = widget.text().strip()
                # unchanged words keep the stored codes; changed ones are kept as written
                changes[name] = (
                    old
                    if typed == self._list_text(name, old)
                    else tuple(x.strip() for x in typed.split(";") if x.strip())
                )
            else:
                changes[name] = widget.text().strip()
        return dataclasses.replace(self.current_activity, **changes)

    def save(self) -> bool:
        if self.current_activity is None:
            return True
        try:
            saved = records.save_activity(self.workspace, self.edited())
        except Exception as error:
            show_error(self, self.tr("Save the activity"), error, self.lang)
            return False
        self.current_activity = saved
        self.reload(saved.id)
        notify(self, self.tr("The activity is saved."))
        return True

    def generate(self) -> None:
        scenario_id = self.generate_scenario.currentData()
        if scenario_id is None or not self.may_leave():
            return
        try:
            activity = records.generate_activity(self.workspace, scenario_id)
        except Exception as error:
            show_error(self, self.tr("Generate entry"), error, self.lang)
            return
        self.current_activity = None  # the generated entry replaces the shown one
        self.reload(activity.id)
        notify(self, self.tr("The entry is generated from the scenario."))
