"""The obligations checklist: what the assessment says must be done, and what is ticked as done.

The engine's own status (met / not met / unknown) is shown next to the user's tick; the tick is
stored in the register (``set_obligation_done``) so it survives re-assessment.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from recordcheck.domain.register import ObligationCheck
from recordcheck.services.legal import Rulebase
from recordcheck.ui.colours import DETAIL_TEXT
from recordcheck.ui.purpose_card import rich_label


class ObligationsList(QWidget):
    def __init__(
        self,
        rb: Rulebase,
        lang: str,
        obligations: list[dict[str, Any]],
        checks: dict[str, ObligationCheck],
        on_toggle: Callable[[str, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("obligationsList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for ob in obligations:
            row = QFrame()
            row.setObjectName("obligationRow")
            inner = QVBoxLayout(row)
            inner.setContentsMargins(0, 4, 0, 6)
            inner.setSpacing(2)
            box = QCheckBox(ob["title"])
            box.setObjectName(f"obligation:{ob['id']}")
            box.setProperty("i18n_data", True)
            box.setAccessibleName(self.tr("Done: %1").replace("%1", ob["title"]))
            box.setAccessibleDescription(ob["text"])
            check = checks.get(ob["id"])
            box.setChecked(bool(check and check.done))
            box.toggled.connect(lambda on, oid=ob["id"]: on_toggle(oid, on))
            inner.addWidget(box)
            status = rb.value_label("obligation_status", ob["status"], lang)
            severity = rb.value_label("obligation_severity", ob.get("severity", ""), lang)
            assessed_as, priority = self.tr("Assessed as:"), self.tr("Priority:")
            meta = (
                f"<small><b>{html.escape(assessed_as)}</b> "
                f"{html.escape(status)} · <b>{html.escape(priority)}</b> "
                f"{html.escape(severity)} · {html.escape(ob.get('legal_ref', ''))}</small>"
            )
            detail = rich_label(f"{html.escape(ob['text'])}<br>{meta}", "obligationText")
            detail.setStyleSheet(f"margin-left: 24px; color: {DETAIL_TEXT};")
            inner.addWidget(detail)
            layout.addWidget(row)
            self.boxes[ob["id"]] = box
