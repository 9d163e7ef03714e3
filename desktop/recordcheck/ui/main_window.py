"""The main window: sections on the left, menus with shortcuts, a status line, remembered size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from recordcheck.domain.scenario_codec import scenario_to_dict
from recordcheck.errors import UserError
from recordcheck.exports.atomic import write_atomically
from recordcheck.rules import assess
from recordcheck.rules.rulebase import Rulebase
from recordcheck.texts import text
from recordcheck.ui import views
from recordcheck.ui.colours import WARNING_TEXT
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.register_port import RegisterPort
from recordcheck.ui.scenarios_view import ScenariosView
from recordcheck.ui.settings import Settings
from recordcheck.ui.views.common import Changes, show_error
from recordcheck.ui.views.file_actions import FileActions

if TYPE_CHECKING:  # the wizard is imported when first opened (start-up time)
    from recordcheck.ui.wizard import ScenarioWizard

class MainWindow(QMainWindow):
    """``register`` may be ``None`` at first: the window then paints at once and says it is
    opening the register, and :meth:`attach_register` fills it in (see ``app.main``)."""

    languageChangeRequested = Signal(str)
    firstPainted = Signal()

    def __init__(self, register: RegisterPort | None, rb: Rulebase, settings: Settings,
                 lang: str, register_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register, self.rb, self.settings, self.lang = register, rb, settings, lang
        self._painted = False
        self.wizard: ScenarioWizard | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("RecordCheck – can we record this call?"))
        self.setMinimumSize(QSize(900, 600))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(230)
        self.nav.setStyleSheet("QListWidget#sectionList { padding-top: 6px; }"
                               " QListWidget#sectionList::item { padding: 4px 12px; }")
        self.nav.setMinimumWidth(170)
        self.stack = QStackedWidget()
        self.scenarios = ScenariosView(register, rb, lang)
        self.scenarios.newRequested.connect(self.new_scenario)
        self.scenarios.assessment.editRequested.connect(self.edit_scenario)
        self._add_section(self.tr("Scenarios"), self.scenarios)
        self.changes = Changes(self)  # part 2: register, consents, deletions, documents, audit
        for title, widget in views.sections(register, lang, self.changes):
            self._add_section(title, widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setProperty("i18n_data", True)  # holds a file path
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_label, 1)
        self.nav.setCurrentRow(0)
        self._restore()
        if register is not None:
            self.attach_register(register, register_path)
        else:
            self.status_label.setText(self.tr("Opening the register …"))
            self._enable_register_actions(False)

    def attach_register(self, register: RegisterPort, register_path: Path | None) -> None:
        """Show the register's content; the first scenario's assessment follows a moment
        later, so a large register does not hold up the list."""
        self.register = register
        self.scenarios.attach_register(register)
        self._build_status(register_path)
        self._enable_register_actions(True)
        self.scenarios.reload(select_first=False)
        QTimer.singleShot(0, self.scenarios.select_first)

    def _enable_register_actions(self, on: bool) -> None:
        for action in (self.act_new, self.act_edit, self.act_assess, self.act_export,
                       self.act_backup, self.act_org):
            action.setEnabled(on)
        self.scenarios.new_button.setEnabled(on)

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
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
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
        self.act_new = self._action(self.tr("&New scenario…"), self.new_scenario,
                                    QKeySequence.StandardKey.New, "actNew")
        self.act_edit = self._action(self.tr("&Edit scenario…"), self._edit_current, "Ctrl+E",
                                     "actEdit")
        self.act_assess = self._action(self.tr("&Assess again"),
                                       self.scenarios.assessment.reassess, "Ctrl+R", "actAssess")
        self.act_export = self._action(self.tr("E&xport scenario as file…"),
                                       self.export_scenario, "Ctrl+Shift+E", "actExport")
        self.act_backup = self._action(self.tr("&Back up the register…"), self.backup,
                                       "Ctrl+B", "actBackup")
        self.file_actions = FileActions(self, self.register, self.lang, self.changes)
        self.act_org = self._action(self.tr("&Organisation…"), self.edit_organisation,
                                    name="actOrganisation")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                     "actQuit")
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        for action in (self.act_new, self.act_edit, self.act_assess, None, self.act_export,
                       self.act_backup, *self.file_actions.actions, None, self.act_org, None,
                       self.act_quit):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for row in range(self.nav.count()):
            action = self._action(self.nav.item(row).text(),
                                  lambda _c=False, r=row: self.nav.setCurrentRow(r),
                                  f"Ctrl+{row + 1}")
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
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About RecordCheck"), self.about))

    def _build_status(self, register_path: Path | None) -> None:
        where = str(register_path) if register_path else self.tr("unknown location")
        self.status_label.setText(
            self.tr("Register: %1  ·  Rule base: %2 %3")
            .replace("%1", where).replace("%2", self.rb.id).replace("%3", self.rb.version))
        assert self.register is not None
        for warning in self.register.warnings():
            label = QLabel("⚠ " + text(warning.code, self.lang, **warning.params))
            label.setObjectName("registerWarning")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {WARNING_TEXT};")
            self.statusBar().addPermanentWidget(label, 1)

    # -- geometry --------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter()
        if splitter is not None:
            self.scenarios.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(),
                                  self.scenarios.saveState())
        super().closeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def _open_wizard(self, wizard: ScenarioWizard, scenario_id: int | None) -> None:
        self.wizard = wizard
        wizard.accepted.connect(lambda: self._wizard_done(wizard, scenario_id))
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()

    def new_scenario(self) -> None:
        self.nav.setCurrentRow(0)
        from recordcheck.ui.wizard import ScenarioWizard

        self._open_wizard(ScenarioWizard(self.rb, self.lang, parent=self), None)

    def _edit_current(self) -> None:
        current = self.scenarios.current_id()
        if current is not None:
            self.edit_scenario(current)

    def edit_scenario(self, scenario_id: int) -> None:
        record = self.register.scenario(scenario_id)
        if record is None:
            return
        profile = self.scenarios.assessment.current_profile()
        from recordcheck.ui.wizard import ScenarioWizard

        self._open_wizard(ScenarioWizard(self.rb, self.lang, record.scenario, profile,
                                         parent=self), scenario_id)

    def _wizard_done(self, wizard: ScenarioWizard, scenario_id: int | None) -> None:
        scenario = wizard.scenario()
        if scenario_id is None:
            record = self.register.add_scenario(scenario)
            profile = self.rb.default_profile
        else:
            record = self.register.update_scenario(scenario_id, scenario)
            profile = wizard.profile or self.rb.default_profile
        # record_assessment also starts the scenario's Art. 30 entry and retention rules.
        self.register.record_assessment(record.id, assess(scenario, profile, self.lang, self.rb))
        self.scenarios.reload(record.id)
        self.wizard = None

    def export_scenario(self) -> None:
        current = self.scenarios.current_id()
        record = self.register.scenario(current) if current is not None else None
        if record is None:
            QMessageBox.information(self, self.tr("Export"),
                                    self.tr("Choose a scenario in the list first."))
            return
        from recordcheck.exports.bundle import slug

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export scenario"), f"{slug(record.scenario.name)}.json",
            self.tr("Scenario files (*.json)"))
        if not path:
            return
        data = json.dumps(scenario_to_dict(record.scenario), ensure_ascii=False, indent=2)
        try:
            write_atomically(Path(path), data + "\n")
        except UserError as error:
            show_error(self, self.tr("Export scenario"), error, self.lang)
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the register"), "recordcheck-backup.sqlite3",
            self.tr("RecordCheck backups (*.sqlite3)"))
        if not path:
            return
        try:
            self.register.backup(Path(path))
        except UserError as error:  # a read-only or full target: say so, the register is fine
            show_error(self, self.tr("Backup"), error, self.lang)
            return
        QMessageBox.information(self, self.tr("Backup"),
                                self.tr("The register was backed up to:") + f"\n{path}")

    def edit_organisation(self) -> None:
        dialog = OrganisationDialog(self.register.organisation(), parent=self)
        dialog.accepted.connect(lambda: self.register.save_organisation(dialog.organisation()))
        dialog.open()

    def _choose_language(self, code: str) -> None:
        if code != self.lang:
            self.settings.set_language(code)
            self.languageChangeRequested.emit(code)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About RecordCheck"), self.tr(
            "RecordCheck helps small Danish organisations decide whether and how they may "
            "record calls and meetings, and keeps the records that follow.\n\n"
            "It is not legal advice: every verdict names the rules and sources it rests on.")
            + f"\n\n{self.rb.title[self.lang]} {self.rb.version}")
