"""One widget per question: the question, the way to answer it, and why we ask.

Every input gets an accessible name and a label buddy. Facts the contract allows to be unknown
offer "Don't know" (``None``), never a guessed default.
"""

from __future__ import annotations

import html
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recordcheck.domain import text as text_rules
from recordcheck.domain.scenario import MAX_RETENTION_DAYS
from recordcheck.domain.vocabulary import Purpose
from recordcheck.services.legal import Rulebase
from recordcheck.ui.questions import (
    Kind,
    Question,
    RetentionAnswer,
    enum_of,
    purpose_description,
    value_label,
)
from recordcheck.ui.source_links import sources_html
from recordcheck.ui.wheel_guard import guard

WHY_STYLE = "color: #4a5361;"
WHY_MARGIN = "margin-top: 2px;"


class FactWidget(QWidget):
    """A question with its answer widget. ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, rb: Rulebase, q: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rb, self.q, self.lang = rb, q, lang
        self.setObjectName(f"fact:{q.path}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 10)
        self._layout.setSpacing(4)
        self.label = QLabel(f"<b>{html.escape(q.question)}</b>")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.label)
        self.build()
        if q.why:
            why = QLabel(
                "<i>"
                + html.escape(self.tr("Why we ask: "))
                + "</i>"
                + html.escape(q.why)
                + ("<br>" + sources_html(q.sources) if q.sources else "")
            )
            why.setObjectName(f"why:{q.path}")
            why.setWordWrap(True)
            why.setTextFormat(Qt.TextFormat.RichText)
            why.setOpenExternalLinks(True)
            why.setStyleSheet(WHY_STYLE + WHY_MARGIN)
            why.setProperty("i18n_data", True)
            self._layout.addWidget(why)
        self.label.setProperty("i18n_data", True)

    # -- to be provided by each kind -------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _name(self, widget: QWidget, suffix: str = "") -> None:
        widget.setAccessibleName(self.q.label + (f": {suffix}" if suffix else ""))
        widget.setAccessibleDescription(self.q.question)
        widget.setObjectName(f"input:{self.q.path}" + (f":{suffix}" if suffix else ""))

    def unknown_text(self) -> str:
        return self.tr("Don't know")


class TextFact(FactWidget):
    def build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setMaxLength(
            text_rules.SCENARIO.get(self.q.path, text_rules.Rule(text_rules.NAME)).limit
        )
        self._name(self.edit)
        self.label.setBuddy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")


class LongTextFact(FactWidget):
    def build(self) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self._name(self.edit)
        self.label.setBuddy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        limit = text_rules.SCENARIO.get(self.q.path, text_rules.SCENARIO["description"]).limit
        return self.edit.toPlainText().strip()[:limit] or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class BoolFact(FactWidget):
    def build(self) -> None:
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value in (True, False, None):
            text = (
                self.unknown_text()
                if value is None
                else self.rb.value_label("boolean", value, self.lang)
            )
            button = QRadioButton(text)
            self._name(button, text)
            button.setProperty("i18n_data", value is not None)
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.label.setBuddy(self.buttons[True])
        self.buttons[None].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self._layout.addLayout(row)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # one change per choice, not one per radio button switched off
            self.changed.emit()

    def value(self) -> bool | None:
        return next(v for v, b in self.buttons.items() if b.isChecked())

    def set_value(self, value: Any) -> None:
        self.buttons[value if value in (True, False) else None].setChecked(True)


class ChoiceFact(FactWidget):
    def build(self) -> None:
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem(self.tr("Choose …") if not self.q.optional else self._null_text(), None)
        for member in enum_of(self.q.path):
            self.combo.addItem(value_label(self.rb, self.q.path, member, self.lang), member)
        self._name(self.combo)
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.combo)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _null_text(self) -> str:
        has_own_unknown = any(m.value == "unknown" for m in enum_of(self.q.path))
        return self.tr("Not answered") if has_own_unknown else self.unknown_text()

    def value(self) -> Enum | None:
        data = self.combo.currentData()  # Qt hands back the enum's plain string
        return None if data is None else enum_of(self.q.path)(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class MultiFact(FactWidget):
    """Tick every option that applies; "Don't know" clears and locks the others."""

    def build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.boxes: dict[Enum, QCheckBox] = {}
        self._order: list[Enum] = []  # ticked items in the order given, so edits keep order
        purposes = self.q.path == "purposes"
        members = list(enum_of(self.q.path))
        texts = [value_label(self.rb, self.q.path, m, self.lang) for m in members]
        columns = 2 if max(map(len, texts)) <= 42 else 1  # a check box does not wrap its text
        for i, member in enumerate(members):
            box = QCheckBox(value_label(self.rb, self.q.path, member, self.lang))
            box.setProperty("i18n_data", True)
            self._name(box, box.text())
            box.toggled.connect(lambda on, m=member: self._ticked(m, on))
            self.boxes[member] = box
            if purposes:
                desc = purpose_description(self.rb, member, self.lang)  # type: ignore[arg-type]
                box.setToolTip(desc)
                box.setAccessibleDescription(desc)
                note = QLabel(desc)
                note.setTextFormat(Qt.TextFormat.PlainText)
                note.setWordWrap(True)
                note.setStyleSheet(WHY_STYLE + "margin-left: 22px;")
                note.setProperty("i18n_data", True)
                grid.addWidget(box, 2 * i, 0)
                grid.addWidget(note, 2 * i + 1, 0)
            else:
                grid.addWidget(box, i // columns, i % columns)
        self.unknown: QCheckBox | None = None
        if self.q.optional:
            self.unknown = QCheckBox(self.unknown_text())
            self._name(self.unknown, self.unknown.text())
            self.unknown.setChecked(True)
            self.unknown.toggled.connect(self._unknown_toggled)
            rows = 2 * len(members) if purposes else (len(members) + columns - 1) // columns
            grid.addWidget(self.unknown, rows, 0)
        self.label.setBuddy(next(iter(self.boxes.values())))
        self._layout.addLayout(grid)

    def _ticked(self, member: Enum, on: bool) -> None:
        if member in self._order:
            self._order.remove(member)
        if on:
            self._order.append(member)
        if on and self.unknown is not None and self.unknown.isChecked():
            self.unknown.blockSignals(True)
            self.unknown.setChecked(False)
            self.unknown.blockSignals(False)
        self.changed.emit()

    def _unknown_toggled(self, on: bool) -> None:
        if on:
            self._order.clear()
            for box in self.boxes.values():
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self.changed.emit()

    def value(self) -> tuple[Enum, ...] | None:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        ticked = [m for m, b in self.boxes.items() if b.isChecked()]
        return tuple(
            sorted(
                ticked, key=lambda m: self._order.index(m) if m in self._order else len(self._order)
            )
        )

    def set_value(self, value: Any) -> None:
        kind = enum_of(self.q.path)
        self._order = [kind(v) for v in value or ()]
        chosen = set(self._order)
        for member, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(member in chosen)
            box.blockSignals(False)
        if self.unknown is not None:
            self.unknown.blockSignals(True)
            self.unknown.setChecked(value is None)
            self.unknown.blockSignals(False)
        self.changed.emit()


def _unknown_spin(maximum: int, unknown: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(unknown)
    spin.setSuffix(suffix)
    spin.setValue(-1)
    spin.setMinimumWidth(140)
    spin.setMaximumWidth(200)
    return spin


class NumberFact(FactWidget):
    def build(self) -> None:
        self.spin = _unknown_spin(1000, self.unknown_text())
        self._name(self.spin)
        self.label.setBuddy(self.spin)
        self.spin.valueChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addStretch(1)
        self._layout.addLayout(row)

    def value(self) -> int | None:
        return None if self.spin.value() < 0 else self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(-1 if value is None else int(value))


#: What the retention spin boxes let one type: well beyond the 100 years a scenario may state,
#: so a slip such as 99999 is kept as typed and refused with a reason (``contract``), never cut
#: to 9999 by the spin box's own limit.
RETENTION_TYPED_MAX = 9_999_999


class RetentionFact(FactWidget):
    """Days to keep the recordings, one spin box per chosen purpose. Under each: the longest
    period the sources support (from the wizard's draft assessment) and, when the days exceed
    it, a required field for the reason (``Scenario.retention_reasons``)."""

    def build(self) -> None:
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.spins: dict[Purpose, QSpinBox] = {}
        self.hints: dict[Purpose, QLabel] = {}
        self.reasons: dict[Purpose, QLineEdit] = {}
        self._values: dict[Purpose, int] = {}
        self._reasons: dict[Purpose, str] = {}
        self.maxima: dict[Purpose, int] = {}
        self._draft_source: Any = None

    def set_purposes(self, purposes: tuple[Purpose, ...]) -> None:
        self._values.update(self._current())
        self._reasons.update(self._current_reasons())
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins.clear()
        self.hints.clear()
        self.reasons.clear()
        for purpose in purposes:
            text = value_label(self.rb, "purposes", purpose, self.lang)
            spin = _unknown_spin(RETENTION_TYPED_MAX, self.unknown_text(), " " + self.tr("days"))
            self._name(spin, text)
            if purpose in self._values:
                spin.setValue(self._values[purpose])
            spin.valueChanged.connect(self.changed)
            spin.valueChanged.connect(self._update_hints)
            guard(spin)  # made after the page's guard was installed
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            label.setProperty("i18n_data", True)
            hint = QLabel()
            hint.setObjectName(f"hint:{self.q.path}:{purpose.value}")
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setWordWrap(True)
            hint.setStyleSheet(WHY_STYLE)
            reason = QLineEdit(self._reasons.get(purpose, ""))
            reason.setObjectName(f"reason:{self.q.path}:{purpose.value}")
            reason.setAccessibleName(self.tr("Reason for keeping longer: %1").replace("%1", text))
            reason.setPlaceholderText(
                self.tr("Required: why you keep the recordings longer (e.g. a pending dispute)")
            )
            reason.setMaxLength(500)
            reason.textChanged.connect(self.changed)
            hint.setBuddy(reason)  # "… needs a reason:" labels the field under it
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(spin)
            column.addWidget(hint)
            column.addWidget(reason)
            self.form.addRow(label, column)
            self.spins[purpose] = spin
            self.hints[purpose] = hint
            self.reasons[purpose] = reason
        if self.spins:
            self.label.setBuddy(next(iter(self.spins.values())))
        self._follow_draft()
        self._update_hints()

    # -- the sources' maximum, from the wizard's draft assessment ---------------------------------
    def _follow_draft(self) -> None:
        """Listen to the wizard's ``draftChanged`` (duck-typed: any window with a
        ``draft_assessment()`` and that signal), so the maxima follow the answers."""
        wizard = self.window()
        if wizard is self._draft_source or not hasattr(wizard, "draft_assessment"):
            return
        signal = getattr(wizard, "draftChanged", None)
        if signal is None:
            return
        self._draft_source = wizard
        signal.connect(lambda: self.set_maxima(wizard.draft_assessment()))

    def set_maxima(self, assessment: dict[str, Any] | None) -> None:
        """Take each purpose's supported maximum from an assessment object (or none)."""
        self.maxima = {
            Purpose(p["purpose"]): int(p["retention_max_days"])
            for p in (assessment or {}).get("purposes", ())
            if p.get("retention_max_days") is not None
        }
        self._update_hints()

    def over_maximum(self, purpose: Purpose) -> bool:
        spin, most = self.spins.get(purpose), self.maxima.get(purpose)
        return spin is not None and most is not None and spin.value() > most

    def _update_hints(self) -> None:
        for purpose, spin in self.spins.items():
            hint, reason = self.hints[purpose], self.reasons[purpose]
            most = self.maxima.get(purpose)
            days = spin.value()
            if days == 0:
                shown = self.tr(
                    "0 days cannot be used: a recording kept 0 days cannot serve its purpose. "
                    "If nothing should be kept, do not record for this purpose."
                )
            elif days > MAX_RETENTION_DAYS:
                shown = self.tr("More than 100 years (%1 days) cannot be a real period.").replace(
                    "%1", str(MAX_RETENTION_DAYS)
                )
            elif most is not None and days > most:
                shown = self.tr(
                    "The sources support at most %1 days. Keeping longer needs a reason:"
                ).replace("%1", str(most))
            elif most is not None:
                shown = self.tr("The sources support at most %1 days.").replace("%1", str(most))
            else:
                shown = ""
            hint.setText(shown)
            hint.setVisible(bool(shown))
            reason.setVisible(self.over_maximum(purpose) and days <= MAX_RETENTION_DAYS)

    def _current(self) -> dict[Purpose, int]:
        return {p: s.value() for p, s in self.spins.items() if s.value() >= 0}

    def _current_reasons(self) -> dict[Purpose, str]:
        return {p: r.text() for p, r in self.reasons.items() if r.text().strip()}

    def value(self) -> RetentionAnswer:
        days = {**{p: v for p, v in self._values.items() if p not in self.spins}, **self._current()}
        reasons = {
            **{p: r for p, r in self._reasons.items() if p not in self.reasons},
            **{
                p: r
                for p, r in self._current_reasons().items()
                if self.over_maximum(p) or p not in self.maxima  # maximum not known yet
            },
        }
        return RetentionAnswer(days, {p: r for p, r in reasons.items() if p in days})

    def set_value(self, value: Any) -> None:
        self._values = dict(value or {})
        self._reasons = dict(getattr(value, "reasons", None) or {})
        for purpose, spin in self.spins.items():
            spin.setValue(self._values.get(purpose, -1))
            self.reasons[purpose].setText(self._reasons.get(purpose, ""))
        self._update_hints()


_KINDS: dict[Kind, type[FactWidget]] = {
    Kind.TEXT: TextFact,
    Kind.LONG_TEXT: LongTextFact,
    Kind.BOOL: BoolFact,
    Kind.CHOICE: ChoiceFact,
    Kind.MULTI: MultiFact,
    Kind.NUMBER: NumberFact,
    Kind.RETENTION: RetentionFact,
}


def fact_widget(rb: Rulebase, q: Question, lang: str, parent: QWidget | None = None) -> FactWidget:
    return _KINDS[q.kind](rb, q, lang, parent)
