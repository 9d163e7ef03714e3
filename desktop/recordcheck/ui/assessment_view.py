"""The assessment of one scenario: profile, banner, purpose cards, warnings, obligations, history.

What is shown is the engine's answer under the rule base in force, in the user's language. The
register keeps immutable snapshots; a banner says when the rule base (or the scenario) changed
since the last stored one, and "Assess again" stores a new snapshot.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recordcheck.dates import day_and_time
from recordcheck.domain.register import AssessmentRecord, ScenarioRecord
from recordcheck.services.errors import NotFoundError
from recordcheck.services.workspace import Workspace
from recordcheck.ui.colours import (
    BANNER_BACKGROUND,
    BANNER_BORDER,
    BANNER_TEXT,
    ERROR_TEXT,
    MUTED_TEXT,
    WARNING_BACKGROUND,
    WARNING_TEXT,
)
from recordcheck.ui.obligations_list import ObligationsList
from recordcheck.ui.purpose_card import PurposeCard, rich_label
from recordcheck.ui.views.common import show_error


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class AssessmentView(QScrollArea):
    """Shows and (re)assesses one scenario; emits ``assessed`` after storing a snapshot."""

    assessed = Signal(int)
    editRequested = Signal(int)

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.rb, self.lang = workspace, workspace.rulebase, lang
        self.enabled = False  # the register is opened after the first paint (see app.Session)
        self.record: ScenarioRecord | None = None
        self.assessment: dict[str, Any] | None = None
        self.setObjectName("assessmentView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # at the minimum window size the profile row may not fit: scroll rather than clip
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget()
        body.setObjectName("assessmentBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(10)
        self.title = rich_label("", "assessmentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the scenario's name as typed
        heading = self.title.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.5)  # as large as an <h2>
        self.title.setFont(heading)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        outer.addLayout(title_row)
        outer.addLayout(self._profile_row(title_row))
        self.profile_note = rich_label("", "profileNote")
        outer.addWidget(self.profile_note)
        self.banner = self._banner()
        outer.addWidget(self.banner)
        self.content = QVBoxLayout()
        self.content.setSpacing(10)
        outer.addLayout(self.content)
        self.obligations_box = QGroupBox(self.tr("What you must do"))
        self.obligations_layout = QVBoxLayout(self.obligations_box)
        outer.addWidget(self.obligations_box)
        outer.addWidget(self._history_box())
        self.disclaimer = rich_label("", "disclaimer")
        self.disclaimer.setStyleSheet(f"color: {MUTED_TEXT};")
        outer.addWidget(self.disclaimer)
        outer.addStretch(1)
        self.empty = QLabel(
            self.tr(
                "Choose a scenario in the list, or create one with File → New scenario (Ctrl+N)."
            )
        )
        self.empty.setObjectName("assessmentEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.insertWidget(0, self.empty)
        self._set_visible(False)

    # -- building blocks ------------------------------------------------------------------
    def _profile_row(self, title_row: QHBoxLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Assessment &profile:"))
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Assessment profile"))
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_combo.setMinimumContentsLength(24)
        for pid, profile in self.rb.profiles.items():
            self.profile_combo.addItem(profile.label[self.lang], pid)
        label.setBuddy(self.profile_combo)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.edit_button = QPushButton(self.tr("&Edit answers…"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.clicked.connect(
            lambda: self.record and self.editRequested.emit(self.record.id)
        )
        self.reassess_button = QPushButton(self.tr("&Assess again"))
        self.reassess_button.setObjectName("reassessButton")
        self.reassess_button.clicked.connect(self.reassess)
        row.addWidget(label)
        row.addWidget(self.profile_combo, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.reassess_button, 0, Qt.AlignmentFlag.AlignTop)
        self._profile_widgets = (label, self.profile_combo, self.edit_button, self.reassess_button)
        return row

    def _banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("rulebaseBanner")
        frame.setStyleSheet(
            f"QFrame#rulebaseBanner {{ background: {BANNER_BACKGROUND};"
            f" border: 1px solid {BANNER_BORDER}; border-radius: 4px; }}"
        )
        row = QHBoxLayout(frame)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(f"color: {BANNER_TEXT};")
        button = QPushButton(self.tr("Assess &now"))
        button.setObjectName("bannerButton")
        button.clicked.connect(self.reassess)
        row.addWidget(self.banner_text, 1)
        row.addWidget(button)
        frame.hide()
        return frame

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Earlier assessments"))
        self.history_box = box
        layout = QVBoxLayout(box)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("Earlier assessments"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Assessed"), self.tr("Rule base"), self.tr("Profile"), self.tr("Result")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(False)
        layout.addWidget(self.history)
        return box

    def _set_visible(self, on: bool) -> None:
        self.empty.setVisible(not on)
        for widget in (
            self.title,
            self.profile_note,
            self.obligations_box,
            self.history_box,
            self.disclaimer,
            *self._profile_widgets,
        ):
            widget.setVisible(on)
        if not on:
            self.banner.hide()

    # -- behaviour ------------------------------------------------------------------------
    def clear(self) -> None:
        self.record = None
        self.assessment = None
        _clear(self.content)
        self._set_visible(False)

    def show_scenario(self, scenario_id: int) -> None:
        if not self.enabled:
            return
        register = self.workspace.register()
        try:
            record = register.scenario(scenario_id)
        except NotFoundError:
            record = None
        if record is None:
            self.clear()
            return
        self.record = record
        latest = register.latest_assessment(record.id)
        profile = (
            latest.profile
            if latest and latest.profile in self.rb.profiles
            else self.rb.default_profile
        )
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(profile), 0))
        from recordcheck.services import scenarios  # imported when first used (start-up time)

        self.assessment = scenarios.assess(self.workspace, record.scenario, profile, self.lang)
        self._render(latest)

    def current_profile(self) -> str:
        return self.profile_combo.currentData() or self.rb.default_profile

    def reassess(self) -> None:
        """Assess under the rules in force and the chosen profile, and store the snapshot."""
        if self.record is None or not self.enabled:
            return
        from recordcheck.services import scenarios

        scenario_id = self.record.id
        try:
            scenarios.reassess(self.workspace, scenario_id, self.current_profile())
        except Exception as error:
            show_error(self, self.tr("Assess again"), error, self.lang)
            return
        self.show_scenario(scenario_id)
        self.assessed.emit(scenario_id)

    def _profile_chosen(self, _index: int) -> None:
        if self.record is not None:
            self.reassess()

    def _render(self, latest: AssessmentRecord | None) -> None:
        assert self.record is not None and self.assessment is not None
        a = self.assessment
        self._set_visible(True)
        self.title.setText(self.record.scenario.name)
        profile = self.rb.profiles[self.current_profile()]
        about = self.tr("About this profile:")
        note = (
            f"<span style='color:{MUTED_TEXT};'>{html.escape(about)} "
            f"{html.escape(profile.description[self.lang])}</span>"
        )
        if not profile.verified:
            note = (
                f'<span style="color:{WARNING_TEXT}; background:{WARNING_BACKGROUND};'
                f' font-weight:600;">⚠ '
                + html.escape(
                    self.tr(
                        "This profile is not verified against Datatilsynet's "
                        "own text. Choose it only deliberately."
                    )
                )
                + "</span><br>"
                + note
            )
        self.profile_note.setText(note)
        self._render_banner(latest)
        _clear(self.content)
        nothing = self.tr("Nothing may be recorded:")
        for blocked in a.get("blocked_by", []):
            label = rich_label(
                f'<span style="color:{ERROR_TEXT}; font-weight:600;">✘ '
                f"{html.escape(nothing)} "
                f"{html.escape(blocked['title'])}</span><br>{html.escape(blocked['text'])}",
                "blockedBy",
            )
            self.content.addWidget(label)
        for purpose in a["purposes"]:
            self.content.addWidget(PurposeCard(self.rb, self.lang, purpose))
        if a["warnings"]:
            box = QGroupBox(self.tr("Warnings"))
            box.setObjectName("warningsBox")
            inner = QVBoxLayout(box)
            for warning in a["warnings"]:
                label = rich_label(f"⚠ {html.escape(warning['text'])}", "warningText")
                label.setStyleSheet(f"color: {WARNING_TEXT};")
                inner.addWidget(label)
            self.content.addWidget(box)
        _clear(self.obligations_layout)
        self.obligations = ObligationsList(
            self.rb,
            self.lang,
            a["obligations"],
            self.workspace.register().obligation_checks(self.record.id),
            self._obligation_toggled,
        )
        self.obligations_layout.addWidget(self.obligations)
        self._render_history()
        self.disclaimer.setText(f"<small>{html.escape(a.get('disclaimer', ''))}</small>")

    def _render_banner(self, latest: AssessmentRecord | None) -> None:
        assert self.record is not None
        text = ""
        if latest is None:
            text = self.tr("This scenario has not been assessed and stored yet.")
        elif (latest.rulebase_id, latest.rulebase_version) != (self.rb.id, self.rb.version):
            text = (
                self.tr(
                    "The rule base has changed since the last stored assessment "
                    "(version %1, now %2). Assess again to store an assessment under "
                    "the rules in force."
                )
                .replace("%1", latest.rulebase_version)
                .replace("%2", self.rb.version)
            )
        elif latest.scenario_version != self.record.version:
            text = self.tr("The answers have changed since the last stored assessment.")
        self.banner_text.setText(text)
        self.banner.setVisible(bool(text))

    def _render_history(self) -> None:
        assert self.record is not None
        stored = self.workspace.register().assessments(self.record.id)
        self.history.setRowCount(len(stored))
        rows_height = sum(self.history.rowHeight(r) for r in range(min(len(stored), 5)))
        self.history.setFixedHeight(
            self.history.horizontalHeader().height()
            + 6
            + max(rows_height, self.history.verticalHeader().defaultSectionSize())
        )
        for row, rec in enumerate(stored):
            summary = "; ".join(
                f"{p.get('purpose_label', p['purpose'])}: {p.get('verdict_label') or p['verdict']}"
                for p in rec.assessment.get("purposes", [])
            )
            cells = (
                day_and_time(rec.created_at),
                rec.rulebase_version,
                self._short_profile(rec.profile),
                summary,
            )
            for col, value in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(value))

    def _short_profile(self, profile_id: str) -> str:
        profile = self.rb.profiles.get(profile_id)
        if profile is None:
            return profile_id
        if profile_id == self.rb.default_profile:
            return self.tr("Standard")
        return (
            self.tr("%1 (not verified)").replace("%1", profile_id)
            if not profile.verified
            else profile_id
        )

    def _obligation_toggled(self, obligation_id: str, done: bool) -> None:
        if self.record is not None and self.enabled:
            from recordcheck.services import records

            try:
                records.set_obligation_done(self.workspace, self.record.id, obligation_id, done)
            except Exception as error:
                show_error(self, self.tr("What you must do"), error, self.lang)
