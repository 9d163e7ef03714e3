"""The scenario list as a Qt table model (name, conversation, purposes, status, last change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recordcheck.domain.register import ScenarioRecord, ScenarioStatus
from recordcheck.rules.rulebase import Rulebase

RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ScenarioTableModel(QAbstractTableModel):
    COL_NAME, COL_CHANNEL, COL_PURPOSES, COL_STATUS, COL_UPDATED = range(5)

    def __init__(self, rb: Rulebase, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.rb, self.lang = rb, lang
        self._rows: list[ScenarioRecord] = []
        self._headers = (self.tr("Name"), self.tr("Conversation"), self.tr("Purposes"),
                         self.tr("Status"), self.tr("Changed"))
        self._status = {ScenarioStatus.DRAFT: self.tr("Draft"),
                        ScenarioStatus.ACTIVE: self.tr("In use"),
                        ScenarioStatus.RETIRED: self.tr("Retired")}

    def set_rows(self, rows: list[ScenarioRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, scenario_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == scenario_id), -1)

    def record(self, row: int) -> ScenarioRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        if role == RecordRole:
            return rec
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col, s = index.column(), rec.scenario
        if col == self.COL_NAME:
            return s.name
        if col == self.COL_CHANNEL:
            return self.rb.value_label("channel", s.channel.value, self.lang)
        if col == self.COL_PURPOSES:
            return ", ".join(self.rb.value_label("purposes", p.value, self.lang)
                             for p in s.purposes)
        if col == self.COL_STATUS:
            return self._status.get(rec.status, str(rec.status))
        return rec.updated_at.astimezone().strftime("%Y-%m-%d")
