"""Part 2 of the window: the register (Art. 30), consents, deletions, documents, audit log, and
the File menu's whole-register actions. Each module does one job; :func:`sections` lists the
sections in the order the main window shows them.

A section is built the first time it is shown (:class:`LazySection`), so they add nothing to
the time until the window first appears.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from recordcheck.services.workspace import Workspace
    from recordcheck.ui.changes_bridge import ChangesBridge


class LazySection(QWidget):
    """Stands in the main window's stack for a section and builds it when first shown."""

    def __init__(
        self, key: str, make: Callable[[], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"lazy:{key}")
        self.key = key
        self._make = make
        self.view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.view is None:
            from recordcheck.ui.wheel_guard import install_wheel_guard

            self.view = self._make()
            install_wheel_guard(self.view)  # the wheel scrolls the page, not a filter's value
            self.layout().addWidget(self.view)
            if self.isVisible():
                self.view.show()  # now, not when the event loop next runs
        return self.view

    def showEvent(self, event: Any) -> None:
        self.build()
        super().showEvent(event)


def section_views() -> dict[str, Any]:
    from recordcheck.ui.views.activities_view import ActivitiesView
    from recordcheck.ui.views.audit_view import AuditView
    from recordcheck.ui.views.consents_view import ConsentsView
    from recordcheck.ui.views.deletions_view import DeletionsView
    from recordcheck.ui.views.documents_view import DocumentsView

    return {
        "register": ActivitiesView,
        "consents": ConsentsView,
        "deletions": DeletionsView,
        "documents": DocumentsView,
        "audit": AuditView,
    }


def sections(workspace: Workspace, lang: str, changes: ChangesBridge) -> list[tuple[str, QWidget]]:
    """(title, widget) for each part-2 section, sharing the window's change bridge. A section
    asks the workspace for the register when it acts, so it works whether it is built before
    or after the register was opened."""
    translate = QCoreApplication.translate
    titles = {
        "register": translate("Sections", "Register (Art. 30)"),
        "consents": translate("Sections", "Consents"),
        "deletions": translate("Sections", "Deletions"),
        "documents": translate("Sections", "Documents"),
        "audit": translate("Sections", "Audit log"),
    }

    def maker(key: str) -> Callable[[], QWidget]:
        return lambda: section_views()[key](workspace, lang, changes)

    return [(title, LazySection(key, maker(key))) for key, title in titles.items()]
