"""Registering a consent and withdrawing one: the two dialogs of the Consents section.

Each purpose is its own unticked box (a consent is given per purpose, never bundled; Art. 7(2)
and recital 43), and only mechanisms that can carry a valid consent are offered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recordcheck.domain.register import (
    VALID_CONSENT_MECHANISMS,
    ConsentEventKind,
    ConsentInput,
    ConsentRecord,
)
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.services.labels import purpose_label
from recordcheck.ui.colours import ERROR_TEXT
from recordcheck.ui.views.common import (
    add_row,
    data_label,
    datetime_edit,
    mechanism_text,
    read_datetime,
)
from recordcheck.ui.wheel_guard import install_wheel_guard


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("dialogError")
    label.setStyleSheet(f"color: {ERROR_TEXT};")
    label.setWordWrap(True)
    label.hide()
    return label


class AddConsentDialog(QDialog):
    """Who consented (or refused), to which purposes of which scenario, how, and the proof."""

    def __init__(
        self,
        scenarios: list[Any],
        lang: str,
        parent: QWidget | None = None,
        scenario_id: int | None = None,
    ) -> None:
        """``scenarios``: the register's scenario summaries (id, name, purposes)."""
        super().__init__(parent)
        self.setObjectName("addConsentDialog")
        self.setWindowTitle(self.tr("Register a consent"))
        self.setMinimumWidth(560)
        self.lang = lang
        self.scenarios = {r.id: r for r in scenarios}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.name = add_row(form, self.tr("&Person's name:"), QLineEdit(), "consentName")
        self.phone = add_row(form, self.tr("P&hone:"), QLineEdit(), "consentPhone")
        self.email = add_row(form, self.tr("E-&mail:"), QLineEdit(), "consentEmail")
        self.reference = add_row(form, self.tr("Your &reference:"), QLineEdit(), "consentReference")
        self.reference.setPlaceholderText(self.tr("e.g. patient or case number (optional)"))
        self.scenario = add_row(form, self.tr("&Scenario:"), QComboBox(), "consentScenario")
        self.scenario.setProperty("i18n_data", True)
        for record in sorted(scenarios, key=lambda r: r.name.casefold()):
            self.scenario.addItem(record.name, record.id)
        if scenario_id is not None:
            self.scenario.setCurrentIndex(max(self.scenario.findData(scenario_id), 0))
        self.purpose_box = QGroupBox(self.tr("Purposes agreed to (tick each one separately)"))
        self.purpose_layout = QVBoxLayout(self.purpose_box)
        self.purpose_checks: dict[Purpose, QCheckBox] = {}
        form.addRow(self.purpose_box)
        self.outcome = add_row(form, self.tr("&Answer:"), QComboBox(), "consentOutcome")
        self.outcome.addItem(self.tr("Yes – consent given"), ConsentEventKind.GIVEN.value)
        self.outcome.addItem(self.tr("No – consent refused"), ConsentEventKind.REFUSED.value)
        self.mechanism = add_row(
            form, self.tr("&How it was given:"), QComboBox(), "consentMechanism"
        )
        for mechanism in ConsentMechanism:
            if mechanism in VALID_CONSENT_MECHANISMS:
                self.mechanism.addItem(mechanism_text(mechanism, lang), mechanism.value)
        self.notice = add_row(form, self.tr("&Notice version shown:"), QLineEdit(), "consentNotice")
        self.notice.setPlaceholderText(self.tr("e.g. 2026-01"))
        self.given_at = add_row(form, self.tr("&Given on:"), datetime_edit(), "consentGivenAt")
        self.evidence = add_row(
            form, self.tr("&Evidence note:"), QPlainTextEdit(), "consentEvidence"
        )
        self.evidence.setPlaceholderText(
            self.tr("Where the proof is kept, e.g. call log entry or signed form")
        )
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(80)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.scenario.currentIndexChanged.connect(self._show_purposes)
        self._show_purposes()
        install_wheel_guard(self)

    def _show_purposes(self) -> None:
        for box in self.purpose_checks.values():
            box.deleteLater()
        self.purpose_checks.clear()
        record = self.scenarios.get(self.scenario.currentData())
        for purpose in record.purposes if record else ():
            box = QCheckBox(purpose_label(purpose, self.lang))
            box.setObjectName(f"purpose_{purpose.value}")
            box.setProperty("i18n_data", True)
            box.setChecked(False)
            self.purpose_layout.addWidget(box)
            self.purpose_checks[Purpose(purpose)] = box

    def _fail(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()

    def _accept(self) -> None:
        if not self.name.text().strip():
            self._fail(self.tr("Please give the person's name."), self.name)
        elif not self.chosen_purposes():
            self._fail(self.tr("Tick at least one purpose."), self.purpose_box)
        elif not self.notice.text().strip():
            self._fail(
                self.tr("Please give the version of the notice the person saw."), self.notice
            )
        else:
            self.accept()

    def chosen_purposes(self) -> tuple[Purpose, ...]:
        return tuple(p for p, box in self.purpose_checks.items() if box.isChecked())

    def consent(self) -> ConsentInput:
        def optional(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return ConsentInput(
            person_name=self.name.text().strip(),
            scenario_id=int(self.scenario.currentData()),
            purposes=self.chosen_purposes(),
            mechanism=ConsentMechanism(self.mechanism.currentData()),
            notice_version=self.notice.text().strip(),
            given_at=read_datetime(self.given_at),
            phone=optional(self.phone),
            email=optional(self.email),
            reference=optional(self.reference),
            evidence_note=self.evidence.toPlainText().strip(),
            outcome=ConsentEventKind(self.outcome.currentData()),
        )


class WithdrawDialog(QDialog):
    """When and how the person withdrew; the deletion task follows from it."""

    def __init__(self, consent: ConsentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw a consent"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The withdrawal is recorded, and a task to delete the person's recordings within "
                "30 days is created under Deletions."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        who = data_label(consent.person_name)
        who.setObjectName("withdrawWho")
        bold = who.font()
        bold.setBold(True)
        who.setFont(bold)
        layout.addWidget(who)
        form = QFormLayout()
        layout.addLayout(form)
        self.channel = add_row(
            form, self.tr("&How it was withdrawn:"), QComboBox(), "withdrawChannel"
        )
        self.channel.setEditable(True)
        self.channel.addItems(
            [
                self.tr("by phone"),
                self.tr("by e-mail"),
                self.tr("by letter"),
                self.tr("in person"),
                self.tr("through a web form"),
            ]
        )
        self.channel.lineEdit().setAccessibleName(self.tr("How it was withdrawn"))
        self.at = add_row(form, self.tr("Withdrawn &on:"), datetime_edit(), "withdrawAt")
        self.note = add_row(form, self.tr("&Note:"), QLineEdit(), "withdrawNote")
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw consent"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        install_wheel_guard(self)

    def _accept(self) -> None:
        if not self.channel.currentText().strip():
            self.error.setText(self.tr("Say how the person withdrew."))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "at": read_datetime(self.at),
            "channel": self.channel.currentText().strip(),
            "note": self.note.text().strip(),
        }
