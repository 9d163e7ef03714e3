"""The mouse wheel scrolls the page, not an answer the user never clicked.

Scrolling a long form with the wheel passes drop-downs and spin boxes under the pointer; by
default Qt gives each the wheel (and the focus), so an answer changes without the user noticing.
Guarded inputs take the wheel only while they have the focus (clicked or tabbed to); otherwise
the wheel goes on to the scroll area beneath them.

    install_wheel_guard(view)   # once a view's inputs exist; again after adding more (idempotent)
    guard(widget)               # one input made later
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

#: QDateEdit and QSpinBox are QAbstractSpinBoxes.
GUARDED_TYPES: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox)
_GUARDED = "recordcheck_wheel_guard"


class WheelGuard(QObject):
    """Hands a wheel event to the page's scroll area unless the input it reached has the
    focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(watched, QWidget)
            or not isinstance(event, QWheelEvent)
            or watched.hasFocus()
        ):
            return False
        area = _scroll_area_of(watched)
        if area is None:  # ignored and filtered: QApplication offers it to the parents
            event.ignore()
            return True
        # Relayed explicitly: Qt propagates only wheel events from the window system, and a
        # relayed one scrolls the same way whichever the source.
        viewport = area.viewport()
        relayed = QWheelEvent(
            viewport.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QCoreApplication.sendEvent(viewport, relayed)
        event.setAccepted(relayed.isAccepted())  # at the end of the page: on to the parents
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose page holds ``widget``."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def _shared_guard() -> WheelGuard:
    global _guard
    if _guard is None:
        _guard = WheelGuard(QCoreApplication.instance())  # lives as long as the application
    return _guard


def guard(widget: QWidget) -> None:
    """Guard one input: no focus from the wheel, and no wheel without the focus."""
    if widget.property(_GUARDED):
        return
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # WheelFocus would focus it first
    widget.installEventFilter(_shared_guard())
    widget.setProperty(_GUARDED, True)


def install_wheel_guard(root: QWidget) -> None:
    """Guard every drop-down and spin box (date edits included) beneath ``root``."""
    if isinstance(root, GUARDED_TYPES):
        guard(root)
    for kind in GUARDED_TYPES:
        for widget in root.findChildren(kind):
            guard(widget)
