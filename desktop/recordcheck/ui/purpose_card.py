"""One purpose's verdict as a card: words and colour, legal basis, compliance, reasons, sources."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from recordcheck.domain.vocabulary import Verdict
from recordcheck.services.legal import Rulebase
from recordcheck.ui.colours import (
    CARD_BACKGROUND,
    CARD_BORDER,
    COMPLIES,
    DOES_NOT_COMPLY,
    UNKNOWN,
    VERDICT_STYLES,
)
from recordcheck.ui.source_links import source_line


def rich_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setProperty("i18n_data", True)
    if name:
        label.setObjectName(name)
    return label


class PurposeCard(QFrame):
    """The verdict for one purpose. The verdict is always written out, never colour alone."""

    def __init__(
        self, rb: Rulebase, lang: str, purpose: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        style = VERDICT_STYLES[Verdict(purpose["verdict"])]
        self.setObjectName("purposeCard")
        self.setStyleSheet(
            f"QFrame#purposeCard {{ background: {CARD_BACKGROUND}; border: 1px solid {CARD_BORDER};"
            f" border-left: 6px solid {style.border}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = rich_label(
            f'<span style="font-size: 12pt; font-weight: 600;">'
            f"{html.escape(purpose['purpose_label'])}</span>",
            "cardTitle",
        )
        layout.addWidget(head)
        self.verdict_label = QLabel(f"{style.symbol}  {purpose['verdict_label']}")
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setProperty("i18n_data", True)
        self.verdict_label.setStyleSheet(
            f"background: {style.background}; color: {style.foreground}; font-weight: 600;"
            f" padding: 4px 8px; border-radius: 3px;"
        )
        self.verdict_label.setAccessibleName(
            self.tr("Verdict for %1: %2")
            .replace("%1", purpose["purpose_label"])
            .replace("%2", purpose["verdict_label"])
        )
        layout.addWidget(self.verdict_label, 0, Qt.AlignmentFlag.AlignLeft)
        lines = []
        if purpose.get("lean_label"):
            lines.append(self._line(self.tr("Leans towards:"), purpose["lean_label"]))
        if purpose.get("legal_basis_text"):
            lines.append(
                self._line(self.tr("Legal basis:"), "; ".join(purpose["legal_basis_text"]))
            )
        retention = self._retention(purpose)
        if retention:
            lines.append(self._line(self.tr("Retention:"), retention))
        if lines:
            layout.addWidget(rich_label("<br>".join(lines), "cardFacts"))
        layout.addWidget(rich_label(self._compliance(purpose), "cardCompliance"))
        self.toggle = QToolButton()
        self.toggle.setObjectName("reasonsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Show the reasons and their sources"))
        self.toggle.setAccessibleName(self.toggle.text())
        self.reasons = rich_label(self._reasons_html(rb, lang, purpose), "cardReasons")
        self.reasons.setVisible(False)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reasons)

    def _toggled(self, on: bool) -> None:
        self.reasons.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.toggle.setText(
            self.tr("Hide the reasons") if on else self.tr("Show the reasons and their sources")
        )

    @staticmethod
    def _line(label: str, value: str) -> str:
        return f"<b>{html.escape(label)}</b> {html.escape(value)}"

    def _retention(self, p: dict[str, Any]) -> str:
        planned, most = p.get("retention_days"), p.get("retention_max_days")
        least = p.get("retention_min_days")
        bits = []
        if planned is not None:
            bits.append(self.tr("you plan %1 days").replace("%1", str(planned)))
        if most is not None:
            bits.append(self.tr("at most %1 days recommended").replace("%1", str(most)))
        if least is not None:
            bits.append(self.tr("at least %1 days required").replace("%1", str(least)))
        return "; ".join(bits)

    def _compliance(self, p: dict[str, Any]) -> str:
        failed = [r["text"] for r in p["reasons"] if r.get("role") == "check_failed"]
        if p["setup_compliant"] is True:
            return (
                f'<span style="color:{COMPLIES}; font-weight:600;">✔ '
                + html.escape(self.tr("Your set-up as described complies with this."))
                + "</span>"
            )
        if p["setup_compliant"] is False and not failed:  # no reason given: no dangling "because:"
            return (
                f'<span style="color:{DOES_NOT_COMPLY}; font-weight:600;">✘ '
                + html.escape(self.tr("Your set-up as described does not comply."))
                + "</span>"
            )
        if p["setup_compliant"] is False:
            items = "".join(f"<li>{html.escape(t)}</li>" for t in failed)
            return (
                f'<span style="color:{DOES_NOT_COMPLY}; font-weight:600;">✘ '
                + html.escape(self.tr("Your set-up as described does not comply, because:"))
                + f"</span><ul style='margin-top:2px'>{items}</ul>"
            )
        missing = ", ".join(p.get("missing_labels") or [])
        text = self.tr("Whether your set-up complies cannot be decided yet.")
        if missing:
            text += " " + self.tr("Answer these questions to decide it:") + " " + missing
        return f'<span style="color:{UNKNOWN}; font-weight:600;">? {html.escape(text)}</span>'

    def _reasons_html(self, rb: Rulebase, lang: str, p: dict[str, Any]) -> str:
        out = []
        for reason in p["reasons"]:
            confidence = rb.value_label("confidence", reason.get("confidence", ""), lang)
            out.append(
                f"<p><b>{html.escape(reason.get('title', reason['rule']))}</b> "
                f"<small>({html.escape(reason['rule'])} · {html.escape(confidence)})"
                f"</small><br>{html.escape(reason['text'])}</p>"
            )
            sources = [rb.sources[s] for s in reason["sources"] if s in rb.sources]
            if sources:
                items = "".join(
                    f"<li>{source_line(s)}<br><small>{html.escape(s.establishes[lang])}</small>"
                    "</li>"
                    for s in sources
                )
                out.append(f"<ul style='margin-top:0'>{items}</ul>")
        return "".join(out)
