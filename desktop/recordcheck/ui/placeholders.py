"""Sections that are not built yet say plainly what is coming – never fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class ComingSection(QWidget):
    def __init__(self, key: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section:{key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        card = QFrame()
        card.setObjectName("comingCard")
        card.setMaximumWidth(720)
        card.setStyleSheet("QFrame#comingCard { background: #ffffff; border: 1px solid #c9ced6;"
                           " border-radius: 6px; }")
        outer.addWidget(card)
        outer.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 18, 24, 20)
        layout.setSpacing(10)
        heading = QLabel(f"<h2 style='margin:0'>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        note = QLabel(self.tr("This part of RecordCheck is coming in a later version. "
                              "Nothing is shown here until it can be shown correctly."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4a5361;")
        for widget in (heading, body, note):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(widget)


def coming_sections() -> list[tuple[str, str, str]]:
    """(key, title, what it will do) for the sections built in part 2."""
    translate = QCoreApplication.translate
    return [
        ("register", translate("ComingSection", "Register (Art. 30)"), translate(
            "ComingSection",
            "The record of processing activities required by GDPR Art. 30, generated from your "
            "scenarios and editable, with review dates highlighted when they are due.")),
        ("consents", translate("ComingSection", "Consents"), translate(
            "ComingSection",
            "The log of consents given, refused and withdrawn, per person and purpose, with "
            "search, filters and a receipt for each consent.")),
        ("deletions", translate("ComingSection", "Deletions"), translate(
            "ComingSection",
            "What must be deleted when: deadlines from your retention rules and from withdrawn "
            "consents, with a log of what was deleted and how.")),
        ("documents", translate("ComingSection", "Documents"), translate(
            "ComingSection",
            "The notices, signs, consent forms, deletion schedule and Art. 30 record to print "
            "or save, in Danish or English.")),
    ]
