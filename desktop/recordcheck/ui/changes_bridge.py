"""The workspace's typed change notifications, delivered to widgets as a Qt signal.

Use cases publish :class:`~recordcheck.services.changes.Change` batches on the workspace's bus
(plain Python); this bridge re-emits each batch as ``changed(tuple[Change, ...])`` so views
connect to it like to any signal, and stop hearing it when the window that owns it goes away.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from recordcheck.services.changes import Change
from recordcheck.services.workspace import Workspace

log = logging.getLogger(__name__)


class ChangesBridge(QObject):
    """``changed`` carries the tuple of changes one use case published."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = workspace.changes.subscribe(self._deliver)

    def _deliver(self, changes: tuple[Change, ...]) -> None:
        try:
            self.changed.emit(tuple(changes))
        except RuntimeError:  # the Qt object is gone but the bus still knew us
            self.detach()

    def detach(self) -> None:
        """Stop listening (the window closes; a new one subscribes its own bridge)."""
        self._unsubscribe()
