"""Part 2 of the window: the register (Art. 30), consents, deletions, documents, audit log, and
the File menu's whole-register actions. Each module does one job; :func:`sections` builds the
sections in the order the main window lists them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def sections(register: Any, lang: str, changes: Any) -> list[tuple[str, QWidget]]:
    """(title, widget) for each part-2 section, sharing one change notifier."""
    from PySide6.QtCore import QCoreApplication

    from recordcheck.ui.views.activities_view import ActivitiesView
    from recordcheck.ui.views.audit_view import AuditView
    from recordcheck.ui.views.consents_view import ConsentsView
    from recordcheck.ui.views.deletions_view import DeletionsView
    from recordcheck.ui.views.documents_view import DocumentsView

    translate = QCoreApplication.translate
    return [
        (translate("Sections", "Register (Art. 30)"), ActivitiesView(register, lang, changes)),
        (translate("Sections", "Consents"), ConsentsView(register, lang, changes)),
        (translate("Sections", "Deletions"), DeletionsView(register, lang, changes)),
        (translate("Sections", "Documents"), DocumentsView(register, lang, changes)),
        (translate("Sections", "Audit log"), AuditView(register, lang, changes)),
    ]
