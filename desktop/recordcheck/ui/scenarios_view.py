"""The Scenarios section: the list on the left, the selected scenario's assessment on the right.

Under the list: a new scenario, and the chosen one's life (make active, draft, retire, delete;
also in the list's context menu). The list follows every SCENARIO or REGISTER change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recordcheck.domain.register import ScenarioSummary
from recordcheck.services.changes import Change, RecordKind
from recordcheck.services.workspace import Workspace
from recordcheck.ui.assessment_view import AssessmentView
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.scenario_actions import ScenarioActions
from recordcheck.ui.scenario_model import RecordRole, ScenarioTableModel


class ScenariosView(QSplitter):
    newRequested = Signal()

    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("scenariosView")
        self.workspace = workspace
        self.enabled = False  # True once the register is open (see MainWindow.register_opened)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(8, 8, 4, 8)
        find_label = QLabel(self.tr("&Find scenario:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("scenarioFilter")
        self.filter.setAccessibleName(self.tr("Find scenario"))
        self.filter.setPlaceholderText(self.tr("Type part of the name"))
        self.filter.setClearButtonEnabled(True)
        find_label.setBuddy(self.filter)
        layout.addWidget(find_label)
        layout.addWidget(self.filter)
        self.model = ScenarioTableModel(workspace.rulebase, lang, self)
        self.filter.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setObjectName("scenarioTable")
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(
            ScenarioTableModel.COL_NAME, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ScenarioTableModel.COL_NAME, 200)
        header.resizeSection(ScenarioTableModel.COL_CHANNEL, 130)
        header.resizeSection(ScenarioTableModel.COL_PURPOSES, 170)
        header.resizeSection(ScenarioTableModel.COL_STATUS, 90)
        # the status in words right after the name, so a narrow list still shows it
        header.moveSection(header.visualIndex(ScenarioTableModel.COL_STATUS), 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.life = ScenarioActions(self, workspace, lang, self.current_summary)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.life.actions)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("&New scenario…"))
        self.new_button.setObjectName("newScenarioButton")
        self.new_button.clicked.connect(self.newRequested)
        buttons.addWidget(self.new_button, 0, 0)
        self.life_buttons: dict[str, QPushButton] = {}
        for col, action in enumerate(self.life.actions, start=1):
            button = QPushButton(action.text())
            button.setObjectName(action.objectName().replace("act", "button", 1))
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            row, column = divmod(col, 2)  # two a row: the list stays narrow at 900 px
            buttons.addWidget(button, row, column)
            self.life_buttons[action.objectName()] = button
        layout.addLayout(buttons)
        self.addWidget(left)
        self.assessment = AssessmentView(workspace, lang)
        self.addWidget(self.assessment)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([480, 720])

        changes.changed.connect(self._register_changed)

    def register_opened(self) -> None:
        """The register is open: from now on the list and the assessment read it."""
        self.enabled = True
        self.assessment.enabled = True

    def _register_changed(self, changes: tuple[Change, ...]) -> None:
        if self.enabled and any(c.touches(RecordKind.SCENARIO) for c in changes):
            self.reload()

    def reload(self, select_id: int | None = None, select_first: bool = True) -> None:
        if not self.enabled:
            return
        current = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self.workspace.register().scenario_summaries())
        if current is not None and self.model.row_of(current) >= 0:
            self.select(current)
        else:
            if current is not None:  # it is gone (deleted, or a restore replaced everything)
                self.table.setCurrentIndex(self.model.index(-1, -1))
                self.assessment.clear()
            if select_first:
                self.select_first()
        self.life.update()

    def select_first(self) -> None:
        if self.current_id() is not None:
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.assessment.clear()

    def select(self, scenario_id: int) -> None:
        row = self.model.row_of(scenario_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.assessment.show_scenario(scenario_id)

    def _filter_changed(self, text: str) -> None:
        current = self.current_id()
        self.model.set_filter(text)
        if current is not None and self.model.row_of(current) >= 0:
            self.table.setCurrentIndex(self.model.index(self.model.row_of(current), 0))

    def current_id(self) -> int | None:
        summary = self.current_summary()
        return summary.id if summary is not None else None

    def current_summary(self) -> ScenarioSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        summary: ScenarioSummary = index.data(RecordRole)
        return summary

    def _current_changed(self, current, _previous) -> None:
        self.life.update(self.enabled)
        if current.isValid():
            self.assessment.show_scenario(current.data(RecordRole).id)
