"""The scenario list as a Qt table model (name, conversation, purposes, status, last change).

Sorting and filtering happen here on plain Python lists, not in a QSortFilterProxyModel: a proxy
compares rows by calling ``data()`` n·log n times across the Python/C++ border, which made the
first paint on a register of 1,000 scenarios noticeably slower."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recordcheck.dates import day
from recordcheck.domain.register import ScenarioStatus, ScenarioSummary
from recordcheck.services.legal import Rulebase
from recordcheck.ui.plain_text import tooltip

RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ScenarioTableModel(QAbstractTableModel):
    COL_NAME, COL_CHANNEL, COL_PURPOSES, COL_STATUS, COL_UPDATED = range(5)

    def __init__(self, rb: Rulebase, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.rb, self.lang = rb, lang
        self._all: list[ScenarioSummary] = []
        self._rows: list[ScenarioSummary] = []
        self._filter = ""
        self._sort = (self.COL_NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Name"),
            self.tr("Conversation"),
            self.tr("Purposes"),
            self.tr("Status"),
            self.tr("Changed"),
        )
        self._status = {
            ScenarioStatus.DRAFT: self.tr("Draft"),
            ScenarioStatus.ACTIVE: self.tr("In use"),
            ScenarioStatus.RETIRED: self.tr("Retired"),
        }

    def set_rows(self, rows: list[ScenarioSummary]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.casefold().strip()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        rows = (
            [r for r in self._all if self._filter in r.name.casefold()]
            if self._filter
            else list(self._all)
        )
        column, order = self._sort
        key = (
            (lambda r: r.updated_at)
            if column == self.COL_UPDATED
            else (lambda r: str(self._text(r, column)).casefold())
        )
        rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    def row_of(self, scenario_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == scenario_id), -1)

    def record(self, row: int) -> ScenarioSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        if role == RecordRole:
            return rec
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip guesses rich text: escaped
            return tooltip(self._text(rec, index.column()))
        if role != Qt.ItemDataRole.DisplayRole:  # cells are drawn as plain text
            return None
        return self._text(rec, index.column())

    def _text(self, rec: ScenarioSummary, col: int) -> str:
        if col == self.COL_NAME:
            return rec.name
        if col == self.COL_CHANNEL:
            return (
                self.rb.value_label("channel", rec.channel.value, self.lang) if rec.channel else ""
            )
        if col == self.COL_PURPOSES:
            return ", ".join(
                self.rb.value_label("purposes", p.value, self.lang) for p in rec.purposes
            )
        if col == self.COL_STATUS:
            return self._status.get(rec.status, str(rec.status))
        return day(rec.updated_at)
