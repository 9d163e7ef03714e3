"""Walking every widget of a window: the texts a user sees, and the inputs a user operates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    text = _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.replace("&", "").split())


def is_data(widget: QWidget) -> bool:
    """Text from the rule base or the register (already in the chosen language) or a name."""
    while widget is not None:
        if widget.property("i18n_data"):
            return True
        widget = widget.parentWidget()
    return False


def widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    yield from root.findChildren(QWidget)


def texts(root: QWidget) -> list[tuple[str, str, bool]]:
    """(where, text, is data) for every user-visible text under ``root``, in a fixed order."""
    out: list[tuple[str, str, bool]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        text = plain(text or "")
        if text:
            out.append(
                (f"{type(widget).__name__}:{widget.objectName()}:{what}", text, is_data(widget))
            )

    for w in widgets(root):
        if w.isWindow() or isinstance(w, QWizardPage):
            add(w, "title", w.windowTitle())
        if isinstance(w, QWizardPage):
            add(w, "page", w.title())
            add(w, "subtitle", w.subTitle())
        if isinstance(w, QLabel):
            add(w, "label", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "button", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "group", w.title())
        elif isinstance(w, QLineEdit) and not isinstance(
            w.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QAbstractSpinBox) and hasattr(w, "specialValueText"):
            add(w, "special", w.specialValueText())
            add(w, "suffix", getattr(w, "suffix", lambda: "")())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            if type(w).__name__ == "QListWidget":
                for r in range(w.count()):
                    add(w, f"row{r}", w.item(r).text())
            else:
                for c in range(model.columnCount(QModelIndex())):
                    add(w, f"header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        add(w, "tooltip", w.toolTip())
        add(w, "accessible", w.accessibleName())
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            add(root, "menu", menu_action.text())
            for action in menu_action.menu().actions():
                if not action.isSeparator() and action.objectName() not in ("lang_da", "lang_en"):
                    add(root, f"action:{action.objectName()}", action.text())
    return out


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QLineEdit | QMenuBar
        ):
            return True
        parent = parent.parentWidget()
    return False


def inputs(root: QWidget) -> Iterator[QWidget]:
    """Widgets a user types into, chooses in, ticks or presses (not Qt's internal parts)."""
    for w in widgets(root):
        if w.window() is not root or isinstance(w, QHeaderView) or _inside_composite(w):
            continue  # a combo box's popup list, a table's headers, a spin box's line edit
        if isinstance(w, (*INPUTS, QAbstractButton, QAbstractItemView)):
            if type(w).__name__ in ("QScrollBar",) or w.objectName().startswith("qt_"):
                continue
            yield w


def all_wizard_pages_shown(wizard: QWizard) -> None:
    """Make every page and every question visible (as a scenario touching all topics would)."""
    for page in wizard.pages:
        for widget in page.widgets.values():
            widget.setVisible(True)
