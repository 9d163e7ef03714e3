"""Small pieces every part-2 view shares: labelled inputs, date fields, labels, messages.

Days and times are written with :mod:`recordcheck.dates` (``day``, ``day_and_time``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from recordcheck.dates import local, local_day, now_local
from recordcheck.services.labels import purpose_label, value_label
from recordcheck.ui.plain_text import plain_box

# The first date of a QDateEdit, shown as its "special value" (no date / no bound).
NO_DATE = QDate(2000, 1, 1)


def buddy(label_text: str, widget: QWidget, name: str) -> QLabel:
    """A label whose buddy is ``widget``; the widget gets the label's words as accessible name."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    widget.setObjectName(name)
    widget.setAccessibleName(label_text.replace("&", "").rstrip(":").strip())
    return label


def add_row(form: QFormLayout, label_text: str, widget: QWidget, name: str) -> QWidget:
    form.addRow(buddy(label_text, widget, name), widget)
    return widget


def add_grid(
    grid: QGridLayout, row: int, col: int, label_text: str, widget: QWidget, name: str
) -> QWidget:
    grid.addWidget(buddy(label_text, widget, name), row, col)
    grid.addWidget(widget, row, col + 1)
    return widget


def data_label(text: str = "") -> QLabel:
    """A label showing the register's own words (names, notes): not a string to translate,
    and shown as typed (plain text: a name may be ``<b>Jensen</b>``)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setProperty("i18n_data", True)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def date_edit(special: str, optional: bool = True) -> QDateEdit:
    """A date field with a calendar; when ``optional`` its first date reads ``special``."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(special)
        edit.setDate(NO_DATE)
    else:
        edit.setDate(QDate.currentDate())
    return edit


def read_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def write_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else NO_DATE)


def datetime_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMaximumDateTime(QDateTime(QDate.currentDate().addDays(1), QTime(0, 0)))
    return edit


def read_datetime(edit: QDateTimeEdit) -> datetime:
    """The local wall-clock time entered, as an aware datetime."""
    return local(edit.dateTime().toPython())


def today() -> date:
    """The local calendar day (what "due", "overdue" and "review due" are measured against)."""
    return local_day(now_local())


def purposes_text(purposes: Any, lang: str) -> str:
    return ", ".join(purpose_label(p, lang) for p in purposes)


def mechanism_text(mechanism: Any, lang: str) -> str:
    return value_label("consent.mechanism", mechanism, lang)


def message_box(parent: QWidget, title: str, text: str) -> None:
    """A warning whose text is shown as plain text."""
    plain_box(QMessageBox.warning)(parent, title, text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before anything is replaced; only an explicit Yes goes ahead."""
    answer = plain_box(QMessageBox.question)(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, error: BaseException, lang: str) -> None:
    """A plain message for a known problem; anything else goes to the crash hook."""
    from recordcheck.errors import UserError

    if isinstance(error, UserError):
        message_box(parent, title, error.message(lang))
        return
    raise error


def notify(widget: QWidget, text: str) -> None:
    """A short result message in the main window's status line (when there is one)."""
    from PySide6.QtWidgets import QMainWindow

    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def record_table(
    model: Any,
    name: str,
    accessible_name: str,
    widths: tuple[int, ...],
    fixed_row_height: int | None = None,
) -> QTableView:
    """The read-only, one-row-at-a-time table every section lists its records in."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if fixed_row_height is not None:  # uniform rows: no per-row measuring at 100,000 rows
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(fixed_row_height)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    return table
