"""Three days in an office, each a real start of the app (``app.main``) on the same data folder.

Day 1: the first run asks for the organisation; two scenarios (one through the wizard, one
through the use case with retention 9999 days), a consent; quit. Day 2: the real start on an
existing register (the window paints with the quick list, the register opens after the first
paint); every section and every File action; the scenario's retention goes from 9999 to 30 days
in the wizard, and the retention rule, the open deletion task's cut-off and the Art. 30 entry
follow; a backup; the consent is withdrawn; the backup is restored; quit. Day 3: the restored
register is what the window shows. No warning or error dialog, no ERROR in the log.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recordcheck import app as app_module
from recordcheck.domain.register import ConsentEventKind, DeletionReason, DeletionStatus
from recordcheck.domain.vocabulary import Purpose
from recordcheck.services import scenarios
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.presets import presets
from recordcheck.ui.views import worker
from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
from ui.helpers import finish, type_into
from ui.views.conftest import section

ORG = "Tandlægerne Ødegård I/S"
SECTIONS = ("register", "consents", "deletions", "documents", "audit")


class Days:
    """Runs ``app.main`` once per day; ``QApplication.exec`` is that day's work."""

    def __init__(self, monkeypatch, qtbot, data: Path) -> None:
        self.qtbot, self.data = qtbot, data
        self.sessions: list[app_module.Session] = []
        real_show_main = app_module.Session.show_main

        def show_main(session, preview=None):
            self.sessions.append(session)
            return real_show_main(session, preview)

        monkeypatch.setattr(app_module.Session, "show_main", show_main)
        self.monkeypatch = monkeypatch

    def run(self, work) -> None:
        def day(_app: QApplication) -> int:
            session = self.sessions[-1]
            window = session.window
            # the real start: the register opens after the first paint
            self.qtbot.waitUntil(
                lambda: session.workspace.is_open and window.act_new.isEnabled(), timeout=15000
            )
            work(session, window)
            worker.wait_all()
            QApplication.processEvents()
            return 0

        self.monkeypatch.setattr(QApplication, "exec", day)
        assert app_module.main(["--data-dir", str(self.data), "--lang", "da"]) == 0


def _wizard_preset(qtbot, window, key: str) -> None:
    window.new_scenario()
    wizard = window.wizard
    index = wizard.preset_combo.findData(key)
    wizard.preset_combo.setCurrentIndex(index)
    wizard.preset_combo.activated.emit(index)
    finish(qtbot, wizard)


def test_three_days_in_the_office(
    qapp, qtbot, tmp_path, monkeypatch, modals, answer, open_path, say_yes
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    data = tmp_path / "office"
    days = Days(monkeypatch, qtbot, data)
    ids: dict[str, int] = {}

    def first_run(dialog: OrganisationDialog) -> int:
        dialog.fields["name"].setText(ORG)
        dialog.fields["cvr"].setText("12345678")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", first_run)

    # -- day 1 ----------------------------------------------------------------------------
    def day1(session, window) -> None:
        ws = session.workspace
        assert ws.register().organisation().name == ORG
        _wizard_preset(qtbot, window, "clinic-phone-line")
        sales = next(p for p in presets() if p.key == "sales-outbound-calls").scenario
        long_kept = dataclasses.replace(
            sales,
            name="Salgsopkald",
            retention_days={Purpose.TRAINING: 9999, Purpose.QUALITY_ASSURANCE: 30},
        )
        saved = scenarios.save_scenario(ws, long_kept)
        ids["sales"] = saved.record.id
        assert window.scenarios.model.rowCount() == 2  # the list followed the use case
        consents = section(window, "consents")
        assert consents.scenario.findData(saved.record.id) >= 0  # and the filter too

        def fill(dialog: AddConsentDialog) -> None:
            dialog.scenario.setCurrentIndex(dialog.scenario.findData(saved.record.id))
            dialog.name.setText("Karen Ødegaard")
            dialog.purpose_checks[Purpose.TRAINING].setChecked(True)
            dialog.notice.setText("2026-01")

        answer(AddConsentDialog, fill)
        consents.add_button.click()
        assert consents.current().person_name == "Karen Ødegaard"
        ids["consent"] = consents.current().id

    days.run(day1)
    assert (data / "register.sqlite3").exists()

    # -- day 2 ----------------------------------------------------------------------------
    backup = tmp_path / "dag2.sqlite3"
    exported = tmp_path / "register.json"

    def day2(session, window) -> None:
        ws = session.workspace
        reg = ws.register()
        for key in SECTIONS:  # every section shows the register's records
            view = section(window, key)
            worker.wait_all()
            QApplication.processEvents()
            assert view.isVisible(), key
        assert section(window, "register").model.rowCount() == 2
        assert section(window, "consents").model.rowCount() == 1
        assert section(window, "deletions").model.rowCount() >= 3  # the retention tasks
        documents = section(window, "documents")
        assert documents.scenario.count() == 2
        assert section(window, "audit").model.rowCount() > 0
        # every File action
        modals.save_path = str(exported)
        window.file_actions.export.trigger()
        assert json.loads(exported.read_text(encoding="utf-8"))["format"]
        open_path(str(exported))
        window.file_actions.import_.trigger()
        assert len(ws.register().scenario_names()) == 2
        window.scenarios.select(ids["sales"])
        modals.save_path = str(tmp_path / "salg.json")
        window.act_export.trigger()
        assert (
            json.loads((tmp_path / "salg.json").read_text(encoding="utf-8"))["name"]
            == "Salgsopkald"
        )
        # the edit: 9999 → 30 days, in the wizard
        reg = ws.register()
        (rule,) = [r for r in reg.retention_rules(ids["sales"]) if r.purpose == Purpose.TRAINING]
        (task,) = [
            t
            for t in reg.deletion_tasks()
            if t.retention_rule_id == rule.id and t.status == DeletionStatus.OPEN
        ]
        assert rule.period_days == 9999 and task.cutoff == task.due - timedelta(days=9999)
        (entry,) = [a for a in reg.activities() if a.scenario_id == ids["sales"]]
        assert entry.retention[Purpose.TRAINING] == 9999
        window.scenarios.select(ids["sales"])
        window.act_edit.trigger()
        wizard = window.wizard
        spin = wizard.widget("retention_days").spins[Purpose.TRAINING]
        spin.setFocus()
        spin.selectAll()
        type_into(qtbot, spin, "30")
        finish(qtbot, wizard)
        reg = ws.register()
        assert (
            next(r for r in reg.retention_rules(ids["sales"]) if r.id == rule.id).period_days == 30
        )
        moved = next(t for t in reg.deletion_tasks() if t.id == task.id)
        assert moved.cutoff == moved.due - timedelta(days=30)
        (entry,) = [a for a in reg.activities() if a.scenario_id == ids["sales"]]
        assert entry.retention[Purpose.TRAINING] == 30
        # the Art. 30 form shows the new period in words
        register_view = section(window, "register")
        register_view.reload(entry.id)
        assert "30 dage" in register_view.retention_label.text()
        assert "9999" not in register_view.retention_label.text()
        # a backup with the edit, then the withdrawal
        modals.save_path = str(backup)
        window.act_backup.trigger()
        assert backup.stat().st_size > 0
        consents = section(window, "consents")
        consents.select(ids["consent"])
        answer(WithdrawDialog, lambda d: d.channel.setCurrentIndex(0))
        consents.withdraw_button.click()
        assert ws.register().consent(ids["consent"]).status == ConsentEventKind.WITHDRAWN
        deletions = section(window, "deletions")
        assert any(t.reason == DeletionReason.WITHDRAWAL for t in deletions.model.records)
        # and the backup is restored: the withdrawal is gone again, in every view
        open_path(str(backup))
        window.file_actions.restore.trigger()
        assert ws.register().consent(ids["consent"]).status == ConsentEventKind.GIVEN
        assert not any(t.reason == DeletionReason.WITHDRAWAL for t in deletions.model.records)

    days.run(day2)

    # -- day 3 ----------------------------------------------------------------------------
    def day3(session, window) -> None:
        reg = session.workspace.register()
        assert window.scenarios.model.rowCount() == 2
        consents = section(window, "consents")
        assert [c.status for c in consents.model.records] == [ConsentEventKind.GIVEN]
        training = [r for r in reg.retention_rules(ids["sales"]) if r.purpose == Purpose.TRAINING]
        assert [r.period_days for r in training] == [30]
        (entry,) = [
            a for a in section(window, "register").model.records if a.scenario_id == ids["sales"]
        ]
        assert entry.retention[Purpose.TRAINING] == 30
        deletions = section(window, "deletions")
        assert not any(t.reason == DeletionReason.WITHDRAWAL for t in deletions.model.records)

    days.run(day3)

    shown = [
        (kind, text) for kind, _title, text in modals.messages if kind in ("warning", "critical")
    ]
    assert shown == []
    log = (data / "logs" / "recordcheck.log").read_text(encoding="utf-8")
    assert " ERROR " not in log and "Traceback" not in log
    assert len(days.sessions) == 3
