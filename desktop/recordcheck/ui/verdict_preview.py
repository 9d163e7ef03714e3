"""The wizard's side panel: the verdict per purpose, updated as the answers change."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from recordcheck.domain.vocabulary import Verdict
from recordcheck.ui.colours import MUTED_TEXT, VERDICT_STYLES


def verdict_chip(verdict: str, label: str) -> str:
    """A verdict as rich text: symbol and words on its colour (colour is never the only cue)."""
    style = VERDICT_STYLES[Verdict(verdict)]
    return (
        f'<span style="background:{style.background}; color:{style.foreground};">'
        f"&nbsp;{style.symbol}&nbsp;{html.escape(label)}&nbsp;</span>"
    )


class VerdictPreview(QFrame):
    """Shows what the engine says about the draft, or what is still needed to say anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        heading = self.tr("Verdict so far")
        title = QLabel(f"<b>{html.escape(heading)}</b>")
        layout.addWidget(title)
        self.body = QLabel()
        self.body.setObjectName("previewBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setProperty("i18n_data", True)
        self.body.setAccessibleName(self.tr("Verdict so far"))
        layout.addWidget(self.body, 1)
        note = QLabel(
            self.tr(
                "The verdict changes as you answer. It is saved with the scenario when you finish."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(note)
        self.show_assessment(None)

    def show_assessment(self, assessment: dict[str, Any] | None) -> None:
        if assessment is None:
            self.body.setText(
                html.escape(
                    self.tr(
                        "Choose the type of organisation, the type of conversation and at least "
                        "one purpose, and the verdict appears here."
                    )
                )
            )
            return
        parts = []
        for blocked in assessment.get("blocked_by", []):
            parts.append(f"<p>{verdict_chip('not_allowed', blocked['title'])}</p>")
        for purpose in assessment["purposes"]:
            parts.append(
                f"<p><b>{html.escape(purpose['purpose_label'])}</b><br>"
                f"{verdict_chip(purpose['verdict'], purpose['verdict_label'])}"
            )
            if purpose.get("missing_labels"):
                missing = ", ".join(purpose["missing_labels"])
                parts.append(
                    "<br><small>"
                    + html.escape(self.tr("Still needs an answer:"))
                    + " "
                    + html.escape(missing)
                    + "</small>"
                )
            parts.append("</p>")
        self.body.setText("".join(parts))
