"""The office manager's whole journey, end to end through the real start path:

first run → organisation → a scenario from a preset in the wizard → the verdicts → the reception
sign and the full notice saved and read back → a consent registered → withdrawn → the deletion
task appears → marked done → the audit log shows each step. Modal dialogs are answered by the
test; the journey runs inside the app's event loop (``QApplication.exec`` is the journey).
"""

from __future__ import annotations

import io
import sys

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recordcheck import app as app_module
from recordcheck.exports.facts import derive
from recordcheck.services.labels import purpose_label
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.views import worker
from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
from recordcheck.ui.views.deletions_view import DoneDialog
from ui.helpers import finish, shown_verdicts
from ui.views.conftest import section

ORG = "Lægehuset Vestergade ApS"
PRESET = "clinic-phone-line"


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())


def _save_document(qtbot, window, modals, tmp_path, kind: str) -> str:
    view = section(window, "documents")
    view.kind.setCurrentIndex(view.kind.findData(kind))
    view.language.setCurrentIndex(view.language.findData("da"))
    view.last_saved = None
    modals.save_path = str(tmp_path / f"{kind}.pdf")
    view.save()
    qtbot.waitUntil(lambda: view.last_saved is not None, timeout=30000)
    assert view.last_saved.exists()
    return _pdf_text(view.last_saved)


def _choose_preset(qtbot, window) -> None:
    window.new_scenario()
    wizard = window.wizard
    index = wizard.preset_combo.findData(PRESET)
    wizard.preset_combo.setCurrentIndex(index)
    wizard.preset_combo.activated.emit(index)
    finish(qtbot, wizard)


def test_the_office_managers_journey(qapp, qtbot, tmp_path, monkeypatch, modals, answer):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own

    def first_run(dialog: OrganisationDialog) -> int:
        dialog.fields["name"].setText(ORG)
        dialog.fields["cvr"].setText("12345678")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", first_run)
    sessions: list[app_module.Session] = []
    real_show_main = app_module.Session.show_main

    def show_main(self: app_module.Session):
        sessions.append(self)
        return real_show_main(self)

    monkeypatch.setattr(app_module.Session, "show_main", show_main)
    steps: list[str] = []

    def journey(_app: QApplication) -> int:
        session = sessions[0]
        window = session.window
        qtbot.addWidget(window)
        register = session.register
        assert register.organisation().name == ORG
        steps.append("organisation")

        _choose_preset(qtbot, window)
        (record,) = register.scenarios()
        verdicts = {p: t.split("  ", 1)[1] for p, t in shown_verdicts(window).items()}
        assert verdicts == {"documentation": "Kræver samtykke", "training": "Kræver samtykke"}
        steps.append("scenario")

        assessment = register.latest_assessment(record.id).assessment
        for kind in ("sign", "notice"):
            text = _save_document(qtbot, window, modals, tmp_path, kind).casefold()
            assert ORG.casefold() in text, kind
            # each purpose, as the document words it: its name, or why we record (the sign)
            for p in derive(
                register.organisation(), record.scenario, assessment, "da", kind
            ).purposes:
                wordings = (p.label, p.why, purpose_label(p.purpose, "da"))
                assert any(" ".join(w.split()).casefold() in text for w in wordings), (kind, p)
        steps.append("documents")

        consents = section(window, "consents")

        def fill(dialog: AddConsentDialog) -> None:
            dialog.name.setText("Karen Ødegaard")
            dialog.purpose_checks[record.scenario.purposes[0]].setChecked(True)
            dialog.notice.setText("2026-01")
            dialog.evidence.setPlainText("Tastede 1; opkaldslog 4711")

        answer(AddConsentDialog, fill)
        consents.add_button.click()
        assert len(consents.model.records) == 1
        assert consents.current().person_name == "Karen Ødegaard"
        answer(WithdrawDialog, lambda d: d.channel.setCurrentIndex(0))
        consents.withdraw_button.click()
        assert consents.current().status == "withdrawn"
        steps.append("consent")

        deletions = section(window, "deletions")
        # The withdrawal's one-off task, beside the recurring ones of the retention rules the
        # first assessment set up.
        names = [t.person_name for t in deletions.model.records]
        assert "Karen Ødegaard" in names
        assert all(t.reason == "retention" for t in deletions.model.records if not t.person_name)
        deletions.table.selectRow(names.index("Karen Ødegaard"))
        answer(DoneDialog, lambda d: d.what.setText("1 optagelse og udskriften af den"))
        deletions.done_button.click()
        assert "Karen Ødegaard" not in [t.person_name for t in deletions.model.records]
        (entry,) = register.deletion_log()
        assert entry.what == "1 optagelse og udskriften af den"
        steps.append("deletion")

        audit = section(window, "audit")
        tables = [e.table for e in reversed(audit.model.records)]  # oldest first
        expected = [
            "organisation",
            "scenarios",
            "assessments",
            "consents",
            "consent_events",
            "deletion_tasks",
            "deletion_log",
        ]
        position = 0
        for table in expected:  # each step's record, in the order the steps were taken
            assert table in tables[position:], (table, tables)
            position = tables.index(table, position)
        assert all(e.author for e in audit.model.records)
        steps.append("audit")
        worker.wait_all()
        return 0

    monkeypatch.setattr(QApplication, "exec", journey)
    data = tmp_path / "portable"
    assert app_module.main(["--data-dir", str(data), "--lang", "da"]) == 0
    assert steps == ["organisation", "scenario", "documents", "consent", "deletion", "audit"]
