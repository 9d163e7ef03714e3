"""A scenario's life in the window: make it active, mark it as a draft, retire it, delete it.

The actions live in the Scenario menu, on the buttons under the list and in the list's context
menu (the same :class:`QAction` objects, so each is reachable by keyboard and mouse alike).
Every change goes through ``services.scenarios``. Deleting never loses evidence silently: a
scenario with consents or logged deletions, or one that has been in use, is refused and
*Retire* is offered instead; one with
assessments, retention rules, open tasks or an Art. 30 entry asks first, naming the counts,
with *Cancel* as the default button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from recordcheck.domain.register import ScenarioDependents, ScenarioStatus, ScenarioSummary
from recordcheck.errors import UserError
from recordcheck.services.workspace import Workspace
from recordcheck.ui.views.common import notify, show_error

# Refusals of a delete that keep evidence: the scenario can be retired instead.
RETIRE_INSTEAD = ("store.scenario_keeps_evidence", "store.scenario_was_active")


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` modally and return the button pressed (tests answer it instead)."""
    box.exec()
    return box.clickedButton()


class ScenarioActions(QObject):
    """The four life-cycle actions for the scenario ``current()`` returns."""

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        lang: str,
        current: Callable[[], ScenarioSummary | None],
    ) -> None:
        super().__init__(parent)
        self.widget, self.workspace, self.lang, self.current = parent, workspace, lang, current
        self.make_active = self._action(
            self.tr("Make &active"), "actMakeActive", lambda: self.set_status(ScenarioStatus.ACTIVE)
        )
        self.mark_draft = self._action(
            self.tr("Mark as d&raft"), "actMarkDraft", lambda: self.set_status(ScenarioStatus.DRAFT)
        )
        self.retire = self._action(
            self.tr("Re&tire"), "actRetire", lambda: self.set_status(ScenarioStatus.RETIRED)
        )
        self.delete = self._action(
            self.tr("&Delete scenario…"), "actDeleteScenario", self.delete_current
        )
        self.actions = [self.make_active, self.mark_draft, self.retire, self.delete]
        self.update()

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.widget)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update(self, enabled: bool = True) -> None:
        """Offer only what changes something for the current scenario."""
        summary = self.current() if enabled else None
        status = summary.status if summary is not None else None
        self.make_active.setEnabled(status not in (None, ScenarioStatus.ACTIVE))
        self.mark_draft.setEnabled(status not in (None, ScenarioStatus.DRAFT))
        self.retire.setEnabled(status not in (None, ScenarioStatus.RETIRED))
        self.delete.setEnabled(status is not None)

    def set_status(self, status: ScenarioStatus) -> None:
        from recordcheck.services import scenarios

        summary = self.current()
        if summary is None:
            return
        try:
            scenarios.set_status(self.workspace, summary.id, status)
        except UserError as error:
            show_error(self.widget, self.tr("Scenario status"), error, self.lang)
            return
        words = {
            ScenarioStatus.ACTIVE: self.tr("\u201c%1\u201d is now in use."),
            ScenarioStatus.DRAFT: self.tr("\u201c%1\u201d is now a draft."),
            ScenarioStatus.RETIRED: self.tr("\u201c%1\u201d is retired."),
        }[status]
        notify(self.widget, words.replace("%1", summary.name))

    def delete_current(self) -> None:
        from recordcheck.services import scenarios
        from recordcheck.services.scenarios import NeedsConfirmationError

        summary = self.current()
        if summary is None:
            return
        try:
            scenarios.delete_scenario(self.workspace, summary.id)
        except NeedsConfirmationError as question:
            assert question.dependents is not None
            box = self.delete_box(summary.name, question.dependents)
            if ask(box) is not box.go_ahead:  # anything but "Delete": nothing happens
                return
            try:
                scenarios.delete_scenario(self.workspace, summary.id, with_dependents=True)
            except UserError as error:
                show_error(self.widget, self.tr("Delete scenario"), error, self.lang)
                return
        except UserError as error:
            if error.key not in RETIRE_INSTEAD:
                show_error(self.widget, self.tr("Delete scenario"), error, self.lang)
                return
            box = self.evidence_box(error.message(self.lang))
            if ask(box) is box.go_ahead:
                self.set_status(ScenarioStatus.RETIRED)
            return
        notify(
            self.widget,
            self.tr("The scenario \u201c%1\u201d is deleted.").replace("%1", summary.name),
        )

    # -- the questions ----------------------------------------------------------------------
    def dependents_lines(self, found: ScenarioDependents) -> list[str]:
        """What would be deleted with the scenario, one line per kind that has any."""
        counts = (
            (found.assessments, self.tr("Stored assessments: %1")),
            (found.retention_rules, self.tr("Retention rules: %1")),
            (found.deletion_tasks, self.tr("Open deletion tasks: %1")),
            (found.activities, self.tr("Art. 30 entries: %1")),
            (found.obligation_checks, self.tr("Ticked obligations: %1")),
        )
        return [text.replace("%1", str(n)) for n, text in counts if n]

    def delete_box(self, name: str, found: ScenarioDependents) -> QMessageBox:
        """The question asked before a scenario and the records made from it are deleted."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario \u201c%1\u201d?").replace("%1", name),
            QMessageBox.StandardButton.NoButton,
            self.widget,
        )
        box.setObjectName("deleteScenarioBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is shown as typed
        box.setInformativeText(
            self.tr("These records belong to it and are deleted with it:")
            + "\n"
            + "\n".join(f"• {line}" for line in self.dependents_lines(found))
            + "\n\n"
            + self.tr("The audit log keeps a trace of everything deleted. This cannot be undone.")
        )
        delete = box.addButton(
            self.tr("&Delete scenario and its records"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("confirmDeleteButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.go_ahead = delete  # type: ignore[attr-defined]
        return box

    def evidence_box(self, message: str) -> QMessageBox:
        """The refusal of a delete that would lose evidence, offering to retire instead."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Delete scenario"),
            message,
            QMessageBox.StandardButton.NoButton,
            self.widget,
        )
        box.setObjectName("keepsEvidenceBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message names the scenario
        retire = box.addButton(self.tr("&Retire instead"), QMessageBox.ButtonRole.AcceptRole)
        retire.setObjectName("retireInsteadButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retire)
        box.setEscapeButton(cancel)
        box.go_ahead = retire  # type: ignore[attr-defined]
        return box
