"""Read-only table models: a plain one over a list of records, and the consents' lazy one.

Column values come from small functions, so a view states its columns in one place. The
consent model pages through the register with SQL (``search_consents``/``count_consents``):
the filters run in SQLite and only the rows scrolled into view are ever read, so 100,000
consents open as fast as 100.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

# The record behind a row (any column).
RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """A column's header and how a record becomes its text (and, optionally, a warning tint)."""

    title: str
    text: Callable[[Any], str]
    tint: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are records (dataclasses); columns are :class:`Column`."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def record(self, row: int) -> Any:
        return self.records[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.record(index.row())
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.BackgroundRole and column.tint is not None:
            colour = column.tint(record)
            return QBrush(QColor(colour)) if colour else None
        return None


@dataclass(frozen=True)
class ConsentQuery:
    """The consent filters, passed as they are to the register's search."""

    name: str = ""
    scenario_id: int | None = None
    purpose: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class ConsentTableModel(RecordTableModel):
    """The consents matching a :class:`ConsentQuery`, newest first, fetched a page at a time."""

    PAGE = 200

    def __init__(self, register: Any, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.register = register
        self.query = ConsentQuery()
        self.total = 0

    def set_query(self, query: ConsentQuery) -> None:
        """Count the matches and read the first page (the rest comes as the user scrolls)."""
        self.beginResetModel()
        self.query = query
        kwargs = query.as_kwargs()
        self.total = self.register.count_consents(kwargs.pop("name"), **kwargs)
        self.records = self._page(0) if self.total else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def _page(self, offset: int) -> list[Any]:
        kwargs = self.query.as_kwargs()
        return self.register.search_consents(kwargs.pop("name"), **kwargs, limit=self.PAGE,
                                             offset=offset)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self.records) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        page = self._page(len(self.records))
        if not page:
            self.total = len(self.records)
            return
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records) + len(page) - 1)
        self.records.extend(page)
        self.endInsertRows()

    def row_of(self, consent_id: int) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == consent_id), -1)
