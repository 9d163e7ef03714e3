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

from recordcheck.ui.plain_text import tooltip

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
        self._texts: dict[int, list[str]] = {}  # row -> its cells' texts, made once

    def beginResetModel(self) -> None:
        self._texts.clear()
        super().beginResetModel()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def texts(self, row: int) -> list[str]:
        """The row's cells as text; a view asks for them many times per paint."""
        texts = self._texts.get(row)
        if texts is None:
            record = self.records[row]
            texts = self._texts[row] = [column.text(record) for column in self.columns]
        return texts

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def record(self, row: int) -> Any:
        return self.records[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # cells are drawn as plain text
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip guesses rich text: escaped
            return tooltip(self.texts(index.row())[index.column()])
        if role == RecordRole:
            return self.record(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and column.tint is not None:
            colour = column.tint(self.record(index.row()))
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
    """The consents matching a :class:`ConsentQuery`, newest first, fetched a page at a time.

    Applying a filter reads only the first page; how many match in all is counted separately
    (:meth:`count`, run by the view in a worker thread), because counting a filter that cannot
    use an index scans every consent."""

    PAGE = 100

    def __init__(self, workspace: Any, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.workspace = workspace  # asked for the register at each page (never kept)
        self.query = ConsentQuery()
        self.total: int | None = None  # set by the view when the count arrives
        self._more = False

    def set_query(self, query: ConsentQuery) -> None:
        """Read the first page of ``query`` (the rest comes as the user scrolls)."""
        self.beginResetModel()
        self.query = query
        self.total = None
        self.records = self._page(0)
        self._more = len(self.records) == self.PAGE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def count(self, query: ConsentQuery | None = None) -> int:
        kwargs = (query or self.query).as_kwargs()
        return self.workspace.register().count_consents(kwargs.pop("name"), **kwargs)

    def _page(self, offset: int) -> list[Any]:
        kwargs = self.query.as_kwargs()
        return self.workspace.register().search_consents(
            kwargs.pop("name"), **kwargs, limit=self.PAGE, offset=offset
        )

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self.records))
        self._more = len(page) == self.PAGE
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records) + len(page) - 1)
        self.records.extend(page)
        self.endInsertRows()

    def row_of(self, consent_id: int) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == consent_id), -1)
