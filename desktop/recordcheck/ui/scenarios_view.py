"""The Scenarios section: the list on the left, the selected scenario's assessment on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recordcheck.rules.rulebase import Rulebase
from recordcheck.ui.assessment_view import AssessmentView
from recordcheck.ui.register_port import RegisterPort
from recordcheck.ui.scenario_model import RecordRole, ScenarioTableModel


class ScenariosView(QSplitter):
    newRequested = Signal()

    def __init__(self, register: RegisterPort | None, rb: Rulebase, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("scenariosView")
        self.register = register
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
        self.model = ScenarioTableModel(rb, lang, self)
        self.filter.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setObjectName("scenarioTable")
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(ScenarioTableModel.COL_NAME,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ScenarioTableModel.COL_NAME, 240)
        header.resizeSection(ScenarioTableModel.COL_CHANNEL, 150)
        header.resizeSection(ScenarioTableModel.COL_PURPOSES, 200)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("&New scenario…"))
        self.new_button.setObjectName("newScenarioButton")
        self.new_button.clicked.connect(self.newRequested)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.addWidget(left)
        self.assessment = AssessmentView(register, rb, lang)
        self.addWidget(self.assessment)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([480, 720])

    def attach_register(self, register: RegisterPort) -> None:
        self.register = register
        self.assessment.register = register

    def reload(self, select_id: int | None = None, select_first: bool = True) -> None:
        if self.register is None:
            return
        current = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self.register.scenario_summaries())
        if current is not None:
            self.select(current)
        elif select_first:
            self.select_first()

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
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(RecordRole).id

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.assessment.show_scenario(current.data(RecordRole).id)
