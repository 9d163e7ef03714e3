"""The organisation's details: asked on first run, editable later from the File menu.

Cancelling the first-run dialog does not quit the program: it explains that the details can be
filled in later and, if the user chooses *Later*, sets ``postponed`` so the app goes on to the
main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from recordcheck.domain import text as text_rules
from recordcheck.domain.organisation import Organisation
from recordcheck.ui.wheel_guard import install_wheel_guard


class OrganisationDialog(QDialog):
    """Name, CVR, address, phone, e-mail, website and DPO: what every document must name."""

    def __init__(
        self,
        org: Organisation | None = None,
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.first_run = first_run
        # True when the first-run dialog was closed with "Later": go on without the details.
        self.postponed = False
        self.later_question: QMessageBox | None = None
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Your organisation"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome to RecordCheck. Tell us who you are: the details appear on the notices, "
                "consent forms and records RecordCheck makes. Only the name is required; you can "
                "change everything later under File → Organisation."
            )
            if first_run
            else self.tr(
                "These details appear on the notices, consent forms and records RecordCheck makes."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.fields: dict[str, QLineEdit] = {}
        rows = (
            ("name", self.tr("&Name (required)"), self.tr("e.g. Lægehuset Vestergade ApS")),
            ("cvr", self.tr("&CVR number"), self.tr("8 digits")),
            ("address", self.tr("&Address"), ""),
            ("phone", self.tr("&Phone"), ""),
            ("email", self.tr("&E-mail"), ""),
            ("website", self.tr("&Website"), ""),
            (
                "dpo_name",
                self.tr("&Data protection officer (DPO)"),
                self.tr("Leave empty if you have none"),
            ),
            ("dpo_contact", self.tr("DPO's co&ntact details"), self.tr("E-mail or phone")),
        )
        for key, label_text, placeholder in rows:
            edit = QLineEdit(getattr(org, key, None) or "")
            edit.setObjectName(f"org_{key}")
            # the same limits as the command line and an import; a CVR may be typed spaced
            edit.setMaxLength(20 if key == "cvr" else text_rules.ORGANISATION[key].limit)
            edit.setPlaceholderText(placeholder)
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setAccessibleName(label_text.replace("&", ""))
            form.addRow(label, edit)
            self.fields[key] = edit
        self.error = QLabel()
        self.error.setObjectName("orgError")
        self.error.setStyleSheet("color: #7f1420;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        install_wheel_guard(self)  # none today; guards any drop-down added to the form

    def _accept(self) -> None:
        if not self.fields["name"].text().strip():
            self.error.setText(self.tr("Please give the organisation's name."))
            self.error.show()
            self.fields["name"].setFocus()
            return
        cvr = self.fields["cvr"].text().replace(" ", "")
        if cvr and not (cvr.isdigit() and len(cvr) == 8):
            self.error.setText(self.tr("A CVR number has 8 digits."))
            self.error.show()
            self.fields["cvr"].setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Cancel, Escape and the close button: on the first run, explain *later* first."""
        if not self.first_run or self.postponed:
            super().reject()
            return
        if self.later_question is not None:  # already asking
            self.later_question.raise_()
            return
        self._ask_later()

    def _ask_later(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("Fill in the organisation later?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("laterQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "You can fill in the details at any time under "
                "File\u00a0\u2192\u00a0Organisation\u2026\n\n"
                "Until then, the notices, consent forms and records RecordCheck makes show "
                "\u201c[fill in: the organisation's name]\u201d where the name belongs."
            )
        )
        later_role = QMessageBox.ButtonRole.AcceptRole
        later = box.addButton(self.tr("&Later"), later_role)
        later.setObjectName("fillInLater")
        now = box.addButton(self.tr("Fill in &now"), QMessageBox.ButtonRole.RejectRole)
        now.setObjectName("fillInNow")
        box.setDefaultButton(later)  # Enter confirms the Cancel; Escape goes back to the form
        box.setEscapeButton(now)
        self.later_question = box

        def answered() -> None:
            self.later_question = None
            box.deleteLater()
            clicked = box.clickedButton()
            if clicked is not None and box.buttonRole(clicked) == later_role:
                self.postponed = True
                QDialog.reject(self)
            else:
                self.fields["name"].setFocus()

        box.finished.connect(answered)
        box.open()

    def organisation(self) -> Organisation:
        values = {k: (e.text().strip() or None) for k, e in self.fields.items()}
        if values["cvr"]:
            values["cvr"] = values["cvr"].replace(" ", "")
        return Organisation(**values)  # type: ignore[arg-type]
