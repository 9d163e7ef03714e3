"""The main window: sections on the left, menus with shortcuts, a status line, remembered size.

The window and every section receive the session's :class:`Workspace` and ask it for the
register when they act; the window subscribes one :class:`ChangesBridge` to the workspace's
changes, so every section refreshes on what it shows. It paints before the register is open
(``register_opened`` fills it in), and it fits the screen it opens on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from recordcheck.domain.scenario_codec import scenario_to_dict
from recordcheck.errors import UserError
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.file_names import document_file_name
from recordcheck.services.workspace import Workspace
from recordcheck.texts import text
from recordcheck.ui import file_dialogs, views
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.colours import WARNING_TEXT
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.scenario_actions import ask
from recordcheck.ui.scenarios_view import ScenariosView
from recordcheck.ui.settings import Settings
from recordcheck.ui.views.common import show_error
from recordcheck.ui.views.file_actions import FileActions
from recordcheck.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:  # imported when first used (start-up time)
    from recordcheck.services.scenarios import NeedsConfirmationError
    from recordcheck.ui.wizard import ScenarioWizard

#: The size of a first start, made smaller where the screen is (a 1366×768 laptop).
FIRST_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(900, 600)


def fit_into(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved (and shrunk where needed) to lie within ``available``."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() - width + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


class MainWindow(QMainWindow):
    """Built on a workspace whose register may not be open yet: the window then paints at
    once and says it is opening the register; :meth:`register_opened` fills it in."""

    languageChangeRequested = Signal(str)
    firstPainted = Signal()

    def __init__(
        self, workspace: Workspace, settings: Settings, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.settings, self.lang = workspace, settings, lang
        file_dialogs.remember_in(settings)
        self.rb = workspace.rulebase
        self._painted = False
        self.wizard: ScenarioWizard | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("RecordCheck – can we record this call?"))
        self.setMinimumSize(MINIMUM_SIZE)
        self.changes = ChangesBridge(workspace, self)
        self._org_reminder: QPushButton | None = None
        self._read_only_label: QLabel | None = None
        self.changes.changed.connect(self._organisation_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(230)
        self.nav.setStyleSheet(
            "QListWidget#sectionList { padding-top: 6px; }"
            " QListWidget#sectionList::item { padding: 4px 12px; }"
        )
        self.nav.setMinimumWidth(170)
        self.stack = QStackedWidget()
        self.scenarios = ScenariosView(workspace, lang, self.changes)
        install_wheel_guard(self.scenarios)  # the profile drop-down beside the assessment
        self.scenarios.newRequested.connect(self.new_scenario)
        self.scenarios.assessment.editRequested.connect(self.edit_scenario)
        self._add_section(self.tr("Scenarios"), self.scenarios)
        for title, widget in views.sections(workspace, lang, self.changes):
            self._add_section(title, widget)
        self.nav.currentRowChanged.connect(self._section_chosen)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is the user's text
        self.status_label.setProperty("i18n_data", True)  # holds a file path
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_label, 1)
        self._warnings: list[QLabel] = []
        self.nav.setCurrentRow(0)
        self._restore()
        if workspace.is_open:
            self.register_opened()
        else:
            self.status_label.setText(self.tr("Opening the register …"))
            self._enable_register_actions(False)

    def register_opened(self) -> None:
        """Show the register's content; the first scenario's assessment follows a moment
        later, so a large register does not hold up the list."""
        self.scenarios.register_opened()
        self._build_status()
        self.update_write_state()
        self.scenarios.reload(select_first=False)
        QTimer.singleShot(0, self.scenarios.select_first)

    def remind_organisation(self) -> None:
        """The organisation was left for later: say so in the status line, with a button that
        opens the form, until it is filled in (documents show a placeholder meanwhile)."""
        if self._org_reminder is not None:
            return
        button = QPushButton(self.tr("The organisation is not filled in yet – fill it in …"))
        button.setObjectName("organisationReminder")
        button.setFlat(True)
        button.setStyleSheet(f"color: {WARNING_TEXT};")
        button.clicked.connect(self.edit_organisation)
        self.statusBar().addPermanentWidget(button)
        self._org_reminder = button

    def _organisation_changed(self, changes: tuple[Change, ...]) -> None:
        if self._org_reminder is None or not any(
            c.touches(RecordKind.ORGANISATION) for c in changes
        ):
            return
        try:
            filled = self.workspace.register().organisation() is not None
        except UserError:
            return
        if filled:
            self.statusBar().removeWidget(self._org_reminder)
            self._org_reminder.deleteLater()
            self._org_reminder = None

    def _enable_register_actions(self, on: bool, *, writes: bool | None = None) -> None:
        """``on``: the register is there to read; ``writes`` (default: ``on``): it may be
        changed. Reading actions (back up, export) stay on for a read-only register."""
        writes = on if writes is None else writes
        for action in (self.act_export, self.act_backup, self.file_actions.export):
            action.setEnabled(on)
        for action in (
            self.act_new,
            self.act_edit,
            self.act_assess,
            self.act_org,
            self.file_actions.restore,
            self.file_actions.import_,
        ):
            action.setEnabled(writes)
        self.scenarios.new_button.setEnabled(writes)
        self.scenarios.life.update(writes)

    def update_write_state(self) -> None:
        """Follow the workspace: every edit action off while it is read-only (a read-only
        medium, a second copy, or the integrity check still running), with a word in the
        status line saying why. Views refuse writes themselves too (the register does)."""
        ws = self.workspace
        self._enable_register_actions(True, writes=not ws.read_only)
        if self._read_only_label is not None:
            self.statusBar().removeWidget(self._read_only_label)
            self._read_only_label.deleteLater()
            self._read_only_label = None
        if not ws.read_only:
            return
        if ws.read_only_for_good:
            words = self.tr("Read-only: this register can be viewed and exported, not changed")
        else:
            words = self.tr("Checking the register … changes can be made when it is done")
        label = QLabel(words)
        label.setObjectName("readOnlyStatus")
        label.setStyleSheet(f"color: {WARNING_TEXT};")
        self.statusBar().addPermanentWidget(label)
        self._read_only_label = label

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted)

    def _add_section(self, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 34))
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    # -- menus ---------------------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(
            self.tr("&New scenario…"), self.new_scenario, QKeySequence.StandardKey.New, "actNew"
        )
        self.act_edit = self._action(
            self.tr("&Edit scenario…"), self._edit_current, "Ctrl+E", "actEdit"
        )
        self.act_assess = self._action(
            self.tr("&Assess again"), self.scenarios.assessment.reassess, "Ctrl+R", "actAssess"
        )
        self.act_export = self._action(
            self.tr("E&xport scenario as file…"), self.export_scenario, "Ctrl+Shift+E", "actExport"
        )
        self.act_backup = self._action(
            self.tr("&Back up the register…"), self.backup, "Ctrl+B", "actBackup"
        )
        self.file_actions = FileActions(self, self.workspace, self.lang)
        self.act_org = self._action(
            self.tr("&Organisation…"), self.edit_organisation, name="actOrganisation"
        )
        self.act_quit = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actQuit"
        )
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        for action in (
            self.act_new,
            None,
            self.act_backup,
            *self.file_actions.actions,
            None,
            self.act_org,
            None,
            self.act_quit,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        scenario_menu = bar.addMenu(self.tr("&Scenario"))
        scenario_menu.setObjectName("scenarioMenu")
        for action in (
            self.act_edit,
            self.act_assess,
            None,
            *self.scenarios.life.actions,
            None,
            self.act_export,
        ):
            if action is None:
                scenario_menu.addSeparator()
            else:
                scenario_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for row in range(self.nav.count()):
            action = self._action(
                self.nav.item(row).text(),
                lambda _c=False, r=row: self.nav.setCurrentRow(r),
                f"Ctrl+{row + 1}",
            )
            view_menu.addAction(action)
        lang_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.setObjectName(f"lang_{code}")
            action.triggered.connect(lambda _c=False, c=code: self._choose_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
        self.language_actions = group
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About RecordCheck"), self.about))

    def _build_status(self) -> None:
        self.status_label.setText(
            self.tr("Register: %1  ·  Rule base: %2 %3")
            .replace("%1", str(self.workspace.register_path))
            .replace("%2", self.rb.id)
            .replace("%3", self.rb.version)
        )
        for label in self._warnings:
            self.statusBar().removeWidget(label)
            label.deleteLater()
        self._warnings = []
        for warning in self.workspace.register().warnings():
            label = QLabel("⚠ " + text(warning.code, self.lang, **warning.params))
            label.setObjectName("registerWarning")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {WARNING_TEXT};")
            self.statusBar().addPermanentWidget(label, 1)
            self._warnings.append(label)

    # -- sections and unsaved edits ----------------------------------------------------------
    def section_view(self, key: str) -> QWidget | None:
        """The section ``key``'s view if it was built (sections are built when first shown)."""
        for row in range(self.stack.count()):
            widget = self.stack.widget(row)
            if widget.objectName() == f"lazy:{key}":
                return getattr(widget, "view", None)
        return None

    def may_leave_edits(self) -> bool:
        """Ask about unsaved Art. 30 edits (Save / Discard / Cancel); False: stay."""
        activities = self.section_view("register")
        return activities is None or activities.may_leave()  # type: ignore[attr-defined]

    def _section_chosen(self, row: int) -> None:
        shown = self.stack.currentIndex()
        if (
            row != shown
            and shown >= 0
            and self.stack.widget(shown).objectName() == "lazy:register"
            and not self.may_leave_edits()
        ):
            self.nav.blockSignals(True)  # stay in the Art. 30 section
            self.nav.setCurrentRow(shown)
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    # -- geometry --------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(FIRST_SIZE)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter()
        if splitter is not None:
            self.scenarios.restoreState(splitter)
        self.fit_to_screen(centre=geometry is None)

    def fit_to_screen(self, centre: bool = False) -> None:
        """Keep the whole window on the screen's available area (a size remembered on a
        larger screen is shrunk); a first start is centred."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        # the frame (title bar, borders) is only known once shown: allow for a usual one
        extra = QSize(
            max(self.frameGeometry().width() - self.width(), 0),
            max(self.frameGeometry().height() - self.height(), 0) or 30,
        )
        room = QSize(available.width() - extra.width(), available.height() - extra.height())
        size = self.size().boundedTo(room).expandedTo(self.minimumSize().boundedTo(room))
        if self.isMaximized():
            return
        if size != self.size():
            self.resize(size)
        frame = QRect(self.pos(), size + extra)
        if centre:
            frame.moveCenter(available.center())
        placed = fit_into(frame, available)
        if placed.topLeft() != self.pos():
            self.move(placed.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_edits():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.scenarios.saveState())
        self.changes.detach()
        super().closeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def _open_wizard(self, wizard: ScenarioWizard, scenario_id: int | None) -> None:
        self.wizard = wizard
        wizard.accepted.connect(lambda: self._wizard_done(wizard, scenario_id))
        wizard.rejected.connect(lambda: self._wizard_closed(wizard))
        wizard.open()

    def _wizard_closed(self, wizard: ScenarioWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def new_scenario(self) -> None:
        self.nav.setCurrentRow(0)
        if self.nav.currentRow() != 0:  # the user stayed with unsaved Art. 30 edits
            return
        from recordcheck.ui.wizard import ScenarioWizard

        self._open_wizard(ScenarioWizard(self.rb, self.lang, parent=self), None)

    def _edit_current(self) -> None:
        current = self.scenarios.current_id()
        if current is not None:
            self.edit_scenario(current)

    def edit_scenario(self, scenario_id: int) -> None:
        try:
            record = self.workspace.register().scenario(scenario_id)
        except UserError as error:
            show_error(self, self.tr("Edit scenario"), error, self.lang)
            return
        profile = self.scenarios.assessment.current_profile()
        from recordcheck.ui.wizard import ScenarioWizard

        self._open_wizard(
            ScenarioWizard(self.rb, self.lang, record.scenario, profile, parent=self), scenario_id
        )

    def _wizard_done(self, wizard: ScenarioWizard, scenario_id: int | None) -> None:
        """Save the wizard's answers through the use case; where the edit would overwrite
        Art. 30 or retention edits made by hand, show what changes and ask. *Cancel* saves
        nothing and opens the wizard again with its answers."""
        from recordcheck.services import scenarios
        from recordcheck.services.scenarios import NeedsConfirmationError

        scenario = wizard.scenario()
        profile = wizard.profile if scenario_id is not None else None
        try:
            try:
                saved = scenarios.save_scenario(
                    self.workspace, scenario, scenario_id, profile=profile
                )
            except NeedsConfirmationError as question:
                choice = self._ask_overwrite(question)
                if choice is None:
                    wizard.open()  # nothing saved; the answers are still there
                    return
                saved = scenarios.save_scenario(
                    self.workspace,
                    scenario,
                    scenario_id,
                    profile=profile,
                    overwrite_hand_edits=choice,
                )
        except UserError as error:
            show_error(self, self.tr("Save the scenario"), error, self.lang)
            wizard.open()
            return
        self.scenarios.reload(saved.record.id)
        self._wizard_closed(wizard)

    def _ask_overwrite(self, question: NeedsConfirmationError) -> bool | None:
        """True: overwrite the hand edits; False: keep them; None: cancel."""
        lines = question.plan.describe(self.lang) if question.plan is not None else []
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save the changed scenario"),
            self.tr(
                "The new answers change records that were edited by hand. This is what will change:"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("overwriteHandEditsBox")
        box.setInformativeText("\n".join(f"• {line}" for line in lines))
        overwrite = box.addButton(
            self.tr("&Overwrite the hand edits"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("&Keep the hand edits"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        pressed = ask(box)
        if pressed is overwrite:
            return True
        if pressed is keep:
            return False
        return None

    def export_scenario(self) -> None:
        from recordcheck.services.files import write_file
        from recordcheck.services.window import file_slug

        current = self.scenarios.current_id()
        if current is None:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Choose a scenario in the list first.")
            )
            return
        try:
            record = self.workspace.register().scenario(current)
        except UserError as error:
            show_error(self, self.tr("Export scenario"), error, self.lang)
            return
        path, _ = file_dialogs.save_path(
            self,
            self.tr("Export scenario"),
            f"{file_slug(record.scenario.name)}.json",
            self.tr("Scenario files (*.json)"),
        )
        if not path:
            return
        data = json.dumps(scenario_to_dict(record.scenario), ensure_ascii=False, indent=2)
        try:
            write_file(Path(path), data + "\n")
        except UserError as error:
            show_error(self, self.tr("Export scenario"), error, self.lang)
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    def backup(self) -> None:
        path, _ = file_dialogs.save_path(
            self,
            self.tr("Back up the register"),
            document_file_name("register-backup", self.lang, ".sqlite3"),
            self.tr("RecordCheck backups (*.sqlite3)"),
        )
        if not path:
            return
        from recordcheck.services import register_file

        try:
            written = register_file.backup(self.workspace, Path(path))
        except UserError as error:  # a read-only or full target: say so, the register is fine
            show_error(self, self.tr("Backup"), error, self.lang)
            return
        QMessageBox.information(
            self, self.tr("Backup"), self.tr("The register was backed up to:") + f"\n{written}"
        )

    def edit_organisation(self) -> None:
        try:
            current = self.workspace.register().organisation()
        except UserError as error:
            show_error(self, self.tr("Organisation"), error, self.lang)
            return
        dialog = OrganisationDialog(current, parent=self)
        dialog.accepted.connect(lambda: self._save_organisation(dialog))
        dialog.open()

    def _save_organisation(self, dialog: OrganisationDialog) -> None:
        from recordcheck.services import records

        try:
            records.save_organisation(self.workspace, dialog.organisation())
        except UserError as error:
            show_error(self, self.tr("Organisation"), error, self.lang)

    def _choose_language(self, code: str) -> None:
        if code == self.lang:
            return
        if not self.may_leave_edits():  # the window is rebuilt: unsaved edits would be lost
            self.findChild(QAction, f"lang_{self.lang}").setChecked(True)
            return
        self.settings.set_language(code)
        self.languageChangeRequested.emit(code)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RecordCheck"),
            self.tr(
                "RecordCheck helps small Danish organisations decide whether and how they may "
                "record calls and meetings, and keeps the records that follow.\n\n"
                "It is not legal advice: every verdict names the rules and sources it rests on."
            )
            + f"\n\n{self.rb.title[self.lang]} {self.rb.version}",
        )
