"""Day two in the window: a scenario's life (active, draft, retired, deleted), the inspection
bundle of the active scenarios, nothing lost by a slip (unsaved Art. 30 edits, a second copy of
the app), the window on a small screen, a register written by version 0.1.0, and sections
built before the register was opened."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QMessageBox

from recordcheck import app as app_module
from recordcheck.dates import now_local
from recordcheck.domain.register import ConsentInput, ScenarioStatus
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.services import quicklist
from recordcheck.ui import scenario_actions
from recordcheck.ui.main_window import fit_into
from recordcheck.ui.views import worker
from ui.views.conftest import section

ALL_SECTIONS = ("register", "consents", "deletions", "documents", "audit")
V1_REGISTER = Path(__file__).resolve().parents[2] / "store" / "fixtures" / "register-v1.sqlite3"


@pytest.fixture
def press(monkeypatch):
    """``press(name)``: the next question box is answered with its button ``name``
    ("go_ahead" or "cancel"); returns the boxes shown (title, text, informative text)."""
    shown: list[tuple[str, str, str, str]] = []
    choice = {"button": "cancel"}

    def ask(box: QMessageBox):
        shown.append((box.objectName(), box.windowTitle(), box.text(), box.informativeText()))
        if choice["button"] == "go_ahead":
            return box.go_ahead
        return box.button(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(scenario_actions, "ask", ask)

    def set_choice(name: str) -> list[tuple[str, str, str, str]]:
        choice["button"] = name
        return shown

    return set_choice


def _status(window) -> ScenarioStatus:
    return window.workspace.register().scenario(window.scenario_id).status


def test_status_actions_change_the_scenario_and_the_list_says_it_in_words(window):
    view = window.scenarios
    view.select(window.scenario_id)
    life = view.life
    assert life.make_active.isEnabled() and not life.mark_draft.isEnabled()
    view.life_buttons["actMakeActive"].click()
    assert _status(window) == ScenarioStatus.ACTIVE
    row = view.model.row_of(window.scenario_id)
    assert view.model.data(view.model.index(row, view.model.COL_STATUS)) == "In use"
    assert not life.make_active.isEnabled() and life.retire.isEnabled()
    window.findChild(type(life.retire), "actRetire").trigger()  # from the Scenario menu
    assert _status(window) == ScenarioStatus.RETIRED
    assert view.model.data(view.model.index(row, view.model.COL_STATUS)) == "Retired"
    life.mark_draft.trigger()
    assert _status(window) == ScenarioStatus.DRAFT
    assert set(life.actions) <= set(view.table.actions())  # the list's context menu


def test_delete_asks_with_the_counts_and_cancel_keeps_everything(window, press):
    window.scenarios.select(window.scenario_id)
    shown = press("cancel")
    window.scenarios.life.delete.trigger()
    ((name, _title, text, details),) = shown
    assert name == "deleteScenarioBox"
    assert window.workspace.register().scenario(window.scenario_id).scenario.name in text
    assert "Stored assessments: 1" in details  # the fixture stored one assessment, no rules
    assert window.workspace.register().scenario_names() != {}
    press("go_ahead")
    window.scenarios.life.delete.trigger()
    assert window.workspace.register().scenario_names() == {}
    assert window.scenarios.model.rowCount() == 0
    documents = section(window, "documents")
    assert documents.scenario.count() == 0


def test_delete_with_evidence_refuses_and_offers_retire(window, press):
    reg = window.workspace.register()
    reg.add_consent(
        ConsentInput(
            person_name="Ole",
            scenario_id=window.scenario_id,
            purposes=(Purpose.TRAINING,),
            mechanism=ConsentMechanism.VERBAL_YES_LOGGED,
            notice_version="1",
            given_at=now_local(),
        )
    )
    window.scenarios.select(window.scenario_id)
    shown = press("go_ahead")
    window.scenarios.life.delete.trigger()
    ((name, _title, text, _details),) = shown
    assert name == "keepsEvidenceBox" and "consents: 1" in text
    assert _status(window) == ScenarioStatus.RETIRED  # retired instead, nothing deleted
    assert window.workspace.register().scenario(window.scenario_id) is not None


def test_a_scenario_that_was_in_use_is_retired_not_deleted(window, press):
    window.scenarios.select(window.scenario_id)
    window.scenarios.life.make_active.trigger()
    window.scenarios.life.mark_draft.trigger()
    shown = press("cancel")
    window.scenarios.life.delete.trigger()
    ((name, _title, _text, _details),) = shown
    assert name == "keepsEvidenceBox"
    assert _status(window) == ScenarioStatus.DRAFT  # Cancel: nothing changes


def test_the_inspection_bundle_holds_the_scenario_made_active_in_the_window(
    window, qtbot, modals, tmp_path
):
    window.scenarios.select(window.scenario_id)
    window.scenarios.life.make_active.trigger()
    documents = section(window, "documents")
    documents.kind.setCurrentIndex(documents.kind.findData("bundle"))
    modals.save_path = str(tmp_path / "tilsyn.zip")
    documents.last_saved = None
    documents.save()
    qtbot.waitUntil(lambda: documents.last_saved is not None, timeout=60000)
    names = zipfile.ZipFile(io.BytesIO(Path(documents.last_saved).read_bytes())).namelist()
    about_scenario = [n for n in names if "sales" in n.lower() or "salg" in n.lower()]
    assert about_scenario, names  # its assessment and notices are in the bundle


def test_leaving_the_art30_section_with_unsaved_edits_asks_first(window, monkeypatch):
    view = section(window, "register")
    view.generate_button.click()
    _kind, measures = view.fields["security_measures"]
    asked: list[str] = []
    answers = iter(
        [
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        ]
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a, **k: asked.append(text) or next(answers)),
    )
    window.nav.setCurrentRow(0)  # nothing typed: no question
    assert asked == [] and window.stack.currentIndex() == 0
    section(window, "register")
    measures.setPlainText("Krypteret lager")
    window.nav.setCurrentRow(0)  # Cancel: stay, the text is kept
    assert window.stack.currentWidget().objectName() == "lazy:register"
    assert measures.toPlainText() == "Krypteret lager" and len(asked) == 1
    window.nav.setCurrentRow(0)  # Discard: leave, the stored entry is shown again
    assert window.stack.currentIndex() == 0 and measures.toPlainText() != "Krypteret lager"
    section(window, "register")
    measures.setPlainText("Krypteret lager")
    window.close()  # quitting: Save
    assert len(asked) == 3
    (activity,) = window.workspace.register().activities()
    assert activity.security_measures == "Krypteret lager"


def test_the_window_fits_a_small_screen():
    available = QRect(0, 0, 1366, 728)  # 1366×768 less a task bar
    placed = fit_into(QRect(-200, 50, 1900, 1100), available)
    assert available.contains(placed) and placed.size() == QSize(1366, 728)
    assert fit_into(QRect(100, 100, 900, 600), available) == QRect(100, 100, 900, 600)


def test_a_remembered_size_larger_than_the_screen_is_shrunk(make_session, qtbot):
    session = make_session("en")
    first = session.show_main()
    qtbot.addWidget(first)
    first.resize(4000, 3000)
    first.close()
    again = session.show_main()
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    # within the screen, or at the window's minimum size where the screen is smaller still
    assert again.width() <= max(available.width(), again.minimumWidth())
    assert again.height() <= max(available.height(), again.minimumHeight())
    assert (again.width(), again.height()) != (4000, 3000)


def test_sections_built_before_the_register_opened_work_after(make_session, qtbot):
    session = make_session("en")
    session.register.add_scenario(next(iter(_presets())).scenario)
    session.workspace.close()
    window = session.show_main(quicklist.scenario_summaries(session.register_path))
    qtbot.addWidget(window)
    views = {key: section(window, key) for key in ALL_SECTIONS}  # before firstPainted
    session.open_after_first_paint()
    assert window.act_new.isEnabled()
    assert views["register"].generate_scenario.count() == 1
    views["register"].generate_button.click()
    assert views["register"].model.rowCount() == 1
    assert views["documents"].scenario.count() == 1
    worker.wait_all()


def _presets():
    from recordcheck.ui.presets import presets

    return presets()


def test_a_register_made_by_version_0_1_0_opens_and_every_section_shows_it(
    qapp, qtbot, tmp_path, monkeypatch, modals
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "old"
    data.mkdir()
    shutil.copy(V1_REGISTER, data / "register.sqlite3")
    seen: dict[str, int] = {}
    windows = []
    show_main = app_module.Session.show_main
    monkeypatch.setattr(
        app_module.Session,
        "show_main",
        lambda self, preview=None: windows.append(show_main(self, preview)) or windows[-1],
    )

    def run(_app: QApplication) -> int:
        (window,) = windows
        qtbot.waitUntil(lambda: window.act_new.isEnabled(), timeout=15000)
        seen["scenarios"] = window.scenarios.model.rowCount()
        for key in ALL_SECTIONS:
            view = section(window, key)
            worker.wait_all()
            QApplication.processEvents()
            model = view.model if key != "documents" else None
            seen[key] = model.rowCount() if model is not None else view.scenario.count()
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    assert app_module.main(["--data-dir", str(data), "--lang", "en"]) == 0
    assert all(count > 0 for count in seen.values()), seen
    assert [kind for kind, _t, _m in modals.messages if kind in ("warning", "critical")] == []


def test_a_second_copy_on_the_same_data_folder_is_told_and_quits(qapp, tmp_path, monkeypatch):
    from recordcheck.ui.instance_lock import InstanceLock

    data = tmp_path / "shared"
    data.mkdir()
    holder = subprocess.Popen(  # another running copy holds the lock
        [
            sys.executable,
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            f"lock = QLockFile({str(data / 'recordcheck.lock')!r}); assert lock.tryLock(0); "
            "print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        told: list[tuple[str, str]] = []
        monkeypatch.setattr(
            QMessageBox, "exec", lambda box: told.append((box.text(), box.informativeText())) or 0
        )
        assert app_module.main(["--data-dir", str(data), "--lang", "da"]) == 3
        ((text, details),) = told
        assert "allerede åbent" in text and str(data) in details
        assert f"proces {holder.pid}" in details
        assert not (data / "register.sqlite3").exists()  # nothing was opened
    finally:
        holder.kill()
        holder.wait()
    lock = InstanceLock(data)  # the holder is gone: its stale lock is taken over
    assert lock.acquire()
    lock.release()
