"""The scenario wizard: one topic per page, only the questions that matter, a live verdict.

The same pages create a scenario (optionally from a preset) and edit an existing one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recordcheck.domain.scenario import Scenario
from recordcheck.services.legal import Rulebase, preview
from recordcheck.ui.fact_widgets import FactWidget, RetentionFact, fact_widget
from recordcheck.ui.presets import presets
from recordcheck.ui.questions import (
    TOPICS,
    Topic,
    answers_from_scenario,
    draft_is_complete,
    fact_relevant,
    needed_by_engine,
    question,
    scenario_from_answers,
    stated_facts,
    topic_relevant,
)
from recordcheck.ui.verdict_preview import VerdictPreview
from recordcheck.ui.wheel_guard import install_wheel_guard


class TopicPage(QWizardPage):
    """One topic's questions in a scroll area; irrelevant questions are hidden."""

    def __init__(
        self,
        wizard: ScenarioWizard,
        topic: Topic,
        title: str,
        subtitle: str,
        header: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.topic = topic
        self.setObjectName(f"page:{topic.key}")
        self.setTitle(title)
        self.setSubTitle(subtitle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if header is not None:  # first in the layout, so first in the Tab order too
            outer.addWidget(header)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 0, 12, 0)
        self.widgets: dict[str, FactWidget] = {}
        for path, _rel in topic.facts:
            widget = fact_widget(wizard.rb, question(wizard.rb, path, wizard.lang), wizard.lang)
            widget.changed.connect(wizard.answers_changed)
            self.widgets[path] = widget
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def refresh(self, answers: dict[str, Any], extra: frozenset[str]) -> None:
        for path, _relevant in self.topic.facts:
            self.widgets[path].setVisible(fact_relevant(self.topic, path, answers, extra))

    def isComplete(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, ScenarioWizard):
            return True
        answers = wizard.answers()
        needed = {
            "start": ("name",),
            "setting": ("controller_type", "channel"),
            "purposes": ("purposes",),
        }.get(self.topic.key, ())
        return all(answers.get(p) not in (None, "", ()) for p in needed)


class ScenarioWizard(QWizard):
    """Asks the scenario's facts. ``scenario()`` gives the result after ``accepted``.

    Cancel, Escape and closing the window ask before answers the user gave are thrown away
    (``discard_question``); with nothing given or changed the wizard closes at once."""

    draftChanged = Signal()

    def __init__(
        self,
        rb: Rulebase,
        lang: str,
        scenario: Scenario | None = None,
        profile: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rb, self.lang, self.profile = rb, lang, profile
        self.editing = scenario is not None
        self.setObjectName("scenarioWizard")
        self.setWindowTitle(self.tr("Edit scenario") if self.editing else self.tr("New scenario"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Saving is possible from any page once the required facts are given, so the wizard
        # uses its own Save button instead of Finish (which Qt enables on the last page only).
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Save scenario"))
        self.setButtonLayout(
            [
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.save_button = self.button(QWizard.WizardButton.CustomButton1)
        self.save_button.setObjectName("saveScenarioButton")
        self.customButtonClicked.connect(lambda _which: self.accept())
        self.resize(1040, 720)
        self.preview = VerdictPreview()
        self.setSideWidget(self.preview)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._refresh)
        self._loading = True
        self.asked: frozenset[str] = frozenset()  # asked beyond the static relevance rules
        self.pages: list[TopicPage] = []
        titles = self._titles()
        self.preset_combo: QComboBox | None = None
        for topic in TOPICS:
            title, subtitle = titles[topic.key]
            header = self._preset_chooser() if topic.key == "start" and not self.editing else None
            page = TopicPage(self, topic, title, subtitle, header)
            self.pages.append(page)
            self.addPage(page)
        if scenario is not None:
            self.load(scenario)
        self._loading = False
        self._refresh()
        self._given = self.answers()  # what closing without asking may lose: nothing
        self.discard_question: QMessageBox | None = None
        install_wheel_guard(self)

    def _titles(self) -> dict[str, tuple[str, str]]:
        return {
            "start": (
                self.tr("The recording"),
                self.tr(
                    "Give the recording a name you will recognise. You can start from an example "
                    "that resembles yours and adjust the answers."
                ),
            ),
            "setting": (
                self.tr("Who records, and what"),
                self.tr("Your organisation, the conversations and how they are recorded."),
            ),
            "purposes": (
                self.tr("Why you record"),
                self.tr("Each purpose is assessed on its own and needs its own legal basis."),
            ),
            "documentation": (
                self.tr("Documentation"),
                self.tr(
                    "Recording to document what was said is allowed without consent only when "
                    "it is necessary."
                ),
            ),
            "threats": (
                self.tr("Threats against staff"),
                self.tr("Recording to protect staff against threats."),
            ),
            "legal_obligation": (
                self.tr("Recording required by law"),
                self.tr("Which law requires you to record."),
            ),
            "people": (
                self.tr("Who is recorded, and what is said"),
                self.tr("The people in the conversations and the information that can come up."),
            ),
            "consent": (
                self.tr("Consent and information"),
                self.tr("How people are told about the recording, and how they can say yes or no."),
            ),
            "retention": (
                self.tr("How long you keep the recordings"),
                self.tr("A deletion deadline for each purpose."),
            ),
            "platform": (
                self.tr("System and supplier"),
                self.tr(
                    "The phone system or meeting platform that makes and keeps the recordings."
                ),
            ),
            "employees": (
                self.tr("Your employees"),
                self.tr(
                    "Staff are recorded too. Answer \u201cDon't know\u201d where you are unsure."
                ),
            ),
        }

    def _preset_chooser(self) -> QWidget:
        box = QWidget()
        box.setObjectName("presetChooser")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 8)
        label = QLabel(self.tr("Start &from:"))
        combo = QComboBox()
        combo.setObjectName("presetCombo")
        combo.setAccessibleName(self.tr("Start from"))
        combo.addItem(self.tr("An empty scenario"), None)
        for preset in presets():
            combo.addItem(f"{preset.title[self.lang]} – {preset.blurb[self.lang]}", preset.key)
        label.setBuddy(combo)
        combo.activated.connect(self._preset_chosen)
        row.addWidget(label)
        row.addWidget(combo, 1)
        self.preset_combo = combo
        return box

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index) if self.preset_combo else None
        chosen = next((p for p in presets() if p.key == key), None)
        if chosen is not None:
            self.load(chosen.scenario)

    # -- answers ---------------------------------------------------------------------------
    def widgets(self) -> dict[str, FactWidget]:
        return {path: w for page in self.pages for path, w in page.widgets.items()}

    def widget(self, path: str) -> FactWidget:
        return self.widgets()[path]

    def answers(self) -> dict[str, Any]:
        return {path: w.value() for path, w in self.widgets().items()}

    def load(self, scenario: Scenario) -> None:
        self._loading = True
        self.asked = stated_facts(scenario)
        answers = answers_from_scenario(scenario)
        retention = self.widget("retention_days")
        for path, widget in self.widgets().items():
            if widget is not retention:
                widget.set_value(answers.get(path))
        assert isinstance(retention, RetentionFact)
        retention.set_purposes(tuple(answers.get("purposes") or ()))
        retention.set_value(answers.get("retention_days"))
        self._loading = False
        self._refresh()

    def answers_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def _refresh(self) -> None:
        answers = self.answers()
        retention = self.widget("retention_days")
        assert isinstance(retention, RetentionFact)
        purposes = tuple(answers.get("purposes") or ())
        if tuple(retention.spins) != purposes:
            retention.set_purposes(purposes)
        draft = self.draft_assessment()
        self.asked = self.asked | needed_by_engine(draft)
        for page in self.pages:
            page.refresh(answers, self.asked)
            page.completeChanged.emit()
        self.preview.show_assessment(draft)
        self.save_button.setEnabled(draft is not None and bool(answers.get("name")))
        self.draftChanged.emit()

    def draft_assessment(self) -> dict[str, Any] | None:
        answers = self.answers()
        if not draft_is_complete(answers):
            return None
        return preview(scenario_from_answers(answers, self.asked), self.profile, self.lang, self.rb)

    def scenario(self) -> Scenario:
        return scenario_from_answers(self.answers(), self.asked)

    # -- navigation: skip topics that do not matter ------------------------------------------
    def nextId(self) -> int:
        answers = self.answers()
        for index in range(self.currentId() + 1, len(self.pages)):
            if topic_relevant(self.pages[index].topic, answers, self.asked):
                return index
        return -1

    def accept(self) -> None:
        answers = self.answers()
        if not answers.get("name") or not draft_is_complete(answers):
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "Please give the recording a name, choose the type of organisation and of "
                    "conversation, and at least one purpose before saving."
                ),
            )
            return
        self._timer.stop()
        super().accept()

    # -- closing: nothing is lost by a slip ----------------------------------------------------
    def has_unsaved_answers(self) -> bool:
        """True once the answers differ from those the wizard opened with."""
        return self.answers() != self._given

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all end here."""
        if not self.has_unsaved_answers():
            self._timer.stop()
            super().reject()
            return
        if self.discard_question is not None:  # already asking
            self.discard_question.raise_()
            return
        self._ask_discard()

    def _ask_discard(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self._discard_text(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is shown as typed
        box.setInformativeText(
            self.tr("The scenario keeps the answers it was last saved with.")
            if self.editing
            else self.tr("The new scenario has not been saved.")
        )
        discard_role = QMessageBox.ButtonRole.DestructiveRole
        discard = box.addButton(self.tr("&Discard"), discard_role)
        discard.setObjectName("discardAnswers")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_question = box

        def answered() -> None:
            self.discard_question = None
            box.deleteLater()
            clicked = box.clickedButton()
            if clicked is not None and box.buttonRole(clicked) == discard_role:
                self._timer.stop()
                QWizard.reject(self)

        box.finished.connect(answered)
        box.open()

    def _discard_text(self) -> str:
        if self.editing:  # the scenario's saved name, the one in the list
            name = self._given.get("name")
            return (
                self.tr("Discard the changes to \u201c{name}\u201d?").format(name=name)
                if name
                else self.tr("Discard the changes?")
            )
        name = self.answers().get("name")
        return (
            self.tr("Discard the answers for \u201c{name}\u201d?").format(name=name)
            if name
            else self.tr("Discard the answers?")
        )
