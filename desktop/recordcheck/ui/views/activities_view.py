"""The Register (Art. 30) section: the processing activities, generated from scenarios and
edited in a form; a review date that has come is highlighted and says so in words.

Regenerating an activity refreshes what follows from its scenario and keeps what only the user
knows (processor agreement, DPIA, security measures, reviews): see ``repo_activities``.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recordcheck.ui.views.common import (
    Changes,
    add_row,
    buddy,
    date_edit,
    day,
    notify,
    purposes_text,
    read_date,
    record_table,
    show_error,
    write_date,
)
from recordcheck.ui.views.scenario_names import ScenarioNames
from recordcheck.ui.views.table_models import Column, RecordRole, RecordTableModel

REVIEW_DUE_TINT = "#fdf0dc"

# (field, kind) of the form, in the order of Art. 30(1) (a)–(g), then the extra columns.
TEXT, LINES, DATE = "text", "lines", "date"


def review_due(activity: Any, on: date | None = None) -> bool:
    return activity.next_review is not None and activity.next_review <= (on or date.today())


class ActivitiesView(QSplitter):
    def __init__(self, register: Any, lang: str, changes: Changes,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("section:register")
        self.register, self.lang, self.changes = register, lang, changes
        self.names = ScenarioNames(register)
        self.current_activity: Any = None
        self.addWidget(self._list_side())
        self.addWidget(self._form_side())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([700, 460])
        changes.changed.connect(self._register_changed)
        self._loaded = False

    # -- building ---------------------------------------------------------------------------
    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Register of processing (Art. 30)") + "</h2>"))
        intro = QLabel(self.tr(
            "One entry per kind of recording. Generate it from a scenario, then complete what "
            "only you know: security measures, processor agreement, DPIA and reviews."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RecordTableModel([
            Column(self.tr("Activity"), lambda a: a.name),
            Column(self.tr("Purposes"), lambda a: purposes_text(a.purposes, self.lang)),
            Column(self.tr("Owner"), lambda a: a.owner),
            Column(self.tr("Next review"), self._review_text,
                   lambda a: REVIEW_DUE_TINT if review_due(a) else None),
        ], self)
        self.table = record_table(self.model, "activityTable", self.tr("Processing activities"),
                                  (230, 170, 100))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.generate_scenario = QComboBox()
        self.generate_scenario.setProperty("i18n_data", True)
        row.addWidget(buddy(self.tr("From s&cenario:"), self.generate_scenario,
                            "generateScenario"))
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
            ("erasure_time_limits", TEXT, self.tr("Time limits for deletion (f):")),
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
            add_row(form, label, widget, f"activity_{name}")
            self.fields[name] = (kind, widget)
        hint = QLabel(self.tr("Lists (people, kinds of data, recipients) are separated by "
                              "semicolons."))
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

    def _register_changed(self, what: str) -> None:
        if self._loaded and what in ("activities", "scenarios", "all"):
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._loaded = True
        self.names.forget()
        self.names.fill(self.generate_scenario)
        self.generate_button.setEnabled(self.generate_scenario.count() > 0)
        keep = select_id or (self.current_activity.id if self.current_activity else None)
        self.model.set_records(self.register.activities())
        rows = [i for i, a in enumerate(self.model.records) if a.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        elif self.model.records:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _current_changed(self, current: Any, _previous: Any = None) -> None:
        self._show(current.data(RecordRole) if current.isValid() else None)

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
                widget.setText("; ".join(value) if isinstance(value, tuple) else value or "")
                widget.setCursorPosition(0)  # show the beginning of a long text

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
                changes[name] = tuple(x.strip() for x in widget.text().split(";") if x.strip())
            else:
                changes[name] = widget.text().strip()
        return dataclasses.replace(self.current_activity, **changes)

    def save(self) -> None:
        if self.current_activity is None:
            return
        try:
            saved = self.register.save_activity(self.edited())
        except Exception as error:
            show_error(self, self.tr("Save the activity"), error, self.lang)
            return
        self.reload(saved.id)
        self.changes.changed.emit("activities")
        notify(self, self.tr("The activity is saved."))

    def generate(self) -> None:
        scenario_id = self.generate_scenario.currentData()
        if scenario_id is None:
            return
        from recordcheck.exports.from_register import worded_activity

        try:
            generated = self.register.generate_activity(scenario_id)
            worded = worded_activity(generated, self.lang)
            activity = self.register.save_activity(worded) if worded != generated \
                else generated
        except Exception as error:
            show_error(self, self.tr("Generate entry"), error, self.lang)
            return
        self.reload(activity.id)
        self.changes.changed.emit("activities")
        notify(self, self.tr("The entry is generated from the scenario."))
