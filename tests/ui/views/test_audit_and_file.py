"""The audit log viewer (read-only, filterable) and the File menu's restore / export / import,
each confirmed before anything is replaced."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtWidgets import QAbstractItemView

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import ConsentInput
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from ui.views.conftest import section


def test_audit_log_is_read_only_and_filters_by_kind(window):
    view = section(window, "audit")
    assert view.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    kinds = {e.table for e in view.model.records}
    assert {"scenarios", "assessments", "organisation"} <= kinds
    view.kind.setCurrentIndex(view.kind.findData("scenarios"))
    assert {e.table for e in view.model.records} == {"scenarios"}
    view.table.selectRow(0)
    detail = view.detail.toPlainText()
    assert detail.startswith("Name: ") and "{" not in detail  # in words, not raw JSON
    record = window.workspace.register().add_consent(
        ConsentInput(
            person_name="Åse Lund",
            scenario_id=window.scenario_id,
            purposes=(Purpose.TRAINING,),
            mechanism=ConsentMechanism.WRITTEN,
            notice_version="1",
            given_at=datetime.now(UTC),
        )
    )
    window.workspace.register().withdraw_consent(record.id, at=datetime.now(UTC), channel="letter")
    view.kind.setCurrentIndex(0)
    details = [view.model.data(view.model.index(r, 4)) for r in range(4)]
    assert set(details) == {"Åse Lund", "consent withdrawn", "consent given"}


def test_export_then_import_replaces_the_register_after_asking(
    window, modals, open_path, say_yes, tmp_path
):
    out = tmp_path / "register.json"
    modals.save_path = str(out)
    window.file_actions.export.trigger()
    assert json.loads(out.read_text())["format"]
    window.workspace.register().save_organisation(Organisation("Changed After Export"))
    open_path(str(out))
    window.file_actions.import_.trigger()
    assert say_yes and "Replace everything" in say_yes[0]
    assert window.workspace.register().organisation().name == "Lægehuset Vestergade ApS"
    assert "kept in" in modals.messages[-1][2]


def test_restore_asks_first_and_does_nothing_when_cancelled(
    window, modals, open_path, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    backup = window.workspace.register().backup(tmp_path / "b.sqlite3")
    window.workspace.register().save_organisation(Organisation("After Backup"))
    open_path(str(backup))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    window.file_actions.restore.trigger()
    assert window.workspace.register().organisation().name == "After Backup"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.file_actions.restore.trigger()
    assert window.workspace.register().organisation().name == "Lægehuset Vestergade ApS"
    assert "restored" in modals.messages[-1][2]


def test_importing_something_else_is_refused_plainly(window, modals, open_path, say_yes, tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    open_path(str(bad))
    window.file_actions.import_.trigger()
    assert not say_yes
    assert modals.messages[-1][0] == "warning"
