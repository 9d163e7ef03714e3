"""Starting the app: options, first run, the crash hook, translators, main window basics."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from recordcheck import app as app_module
from recordcheck import contract
from recordcheck.domain.organisation import Organisation
from recordcheck.ui import crash
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.settings import Settings
from ui.helpers import type_into


def test_options():
    options, rest = app_module.parse_options(
        ["--data-dir", "/x", "--lang", "en", "-style", "fusion"]
    )
    assert options.data_dir == "/x" and options.lang == "en" and rest == ["-style", "fusion"]
    assert app_module.parse_options(["--temp-data-dir"])[0].temp_data_dir


def test_first_run_asks_for_the_organisation_and_creates_the_register(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []

    def fill_in(dialog: OrganisationDialog) -> int:
        shown.append(dialog)
        dialog.fields["name"].setText("Boligforeningen Lærkebo")
        dialog.fields["cvr"].setText("1234 5678")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", fill_in)
    windows = []
    monkeypatch.setattr(app_module.Session, "show_main", lambda self: windows.append(self) or None)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    data = tmp_path / "portable"
    assert app_module.main(["--data-dir", str(data), "--lang", "da"]) == 0
    assert shown and windows
    from recordcheck.store import open_register

    register = open_register(data / "register.sqlite3")
    try:
        assert register.organisation() == Organisation("Boligforeningen Lærkebo", cvr="12345678")
    finally:
        register.close()
    assert (data / "logs" / "recordcheck.log").exists()


def test_first_run_cancelled_opens_no_window(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(OrganisationDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(app_module.Session, "show_main", lambda self: pytest_fail())
    assert app_module.main(["--data-dir", str(tmp_path / "d")]) == 0


def test_first_run_postponed_goes_on_to_the_window_and_reminds_next_time(
    qapp, qtbot, tmp_path, monkeypatch
):
    """*Later* on the first run: the window opens with a reminder in the status line; the next
    start shows no dialog, only the reminder again (the register has no organisation)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def later(dialog):
        dialog.postponed = True
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(OrganisationDialog, "exec", later)
    monkeypatch.setattr(OrganisationDialog, "open", lambda self: pytest_fail())
    windows = []

    def one_day(_app):
        from recordcheck.ui.main_window import MainWindow

        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(lambda: window.workspace.is_open and window.act_new.isEnabled())
        QApplication.processEvents()
        windows.append(window._org_reminder is not None)
        return 0

    monkeypatch.setattr(QApplication, "exec", one_day)
    data = tmp_path / "d"
    assert app_module.main(["--data-dir", str(data)]) == 0
    assert (data / "register.sqlite3").exists()
    assert app_module.main(["--data-dir", str(data)]) == 0
    assert windows == [True, True]


def pytest_fail() -> None:
    raise AssertionError("the main window must not open")


def test_organisation_dialog_requires_a_name_and_a_valid_cvr(qtbot, make_session):
    make_session("da")
    dialog = OrganisationDialog(None, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == "Gem"  # Qt's own Danish translation
    assert (
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == "Annuller"
    )
    save.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and "navn" in dialog.error.text()
    type_into(qtbot, dialog.fields["name"], "Klinik")
    type_into(qtbot, dialog.fields["cvr"], "123")
    save.click()
    assert "8 cifre" in dialog.error.text()


def test_crash_hook_logs_the_detail_and_shows_a_plain_message(
    make_session, monkeypatch, modals, data_dir
):
    session = make_session("da")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(session.log_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    ((kind, _title, text),) = modals.messages
    assert kind == "critical"
    assert str(session.log_path) in text and "Traceback" not in text and "boom" not in text
    assert "uventet fejl" in text
    log = session.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log


def test_main_window_status_menus_and_remembered_geometry(qtbot, make_session):
    session = make_session("da")
    window = session.show_main()
    qtbot.addWidget(window)
    status = window.status_label.text()
    assert str(session.register_path) in status
    assert session.rb.id in status and session.rb.version in status
    assert window.act_new.shortcut() == QKeySequence("Ctrl+N")
    assert window.act_assess.shortcut() == QKeySequence("Ctrl+R")
    assert window.act_export.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.act_backup.shortcut() == QKeySequence("Ctrl+B")
    assert window.act_quit.shortcut() == QKeySequence("Ctrl+Q")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Scenarier",
        "Fortegnelse (art. 30)",
        "Samtykker",
        "Sletninger",
        "Dokumenter",
        "Ændringslog",
    ]
    window.resize(window.width() - 37, window.height() - 11)
    expected = window.saveGeometry()
    window.close()
    geometry = session.settings.geometry()
    assert isinstance(geometry, QByteArray) and geometry == expected
    reopened = Settings(session.data_dir)  # read back from the INI file
    assert reopened.geometry() == expected


def test_language_switch_rebuilds_the_window_in_english(qtbot, make_session):
    session = make_session("da")
    window = session.show_main()
    window.findChild(type(window.act_new), "lang_en").trigger()
    assert session.window is not window and session.lang == "en"
    qtbot.addWidget(session.window)
    assert session.window.nav.item(0).text() == "Scenarios"
    assert session.settings.language() == "en"


def test_export_and_backup_write_files(qtbot, make_session, modals, tmp_path):
    from recordcheck.ui.presets import presets

    session = make_session("da")
    record = session.register.add_scenario(presets()[0].scenario)
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    modals.save_path = str(tmp_path / "scenario.json")
    window.act_export.trigger()
    data = json.loads((tmp_path / "scenario.json").read_text(encoding="utf-8"))
    assert contract.problems(data) == [] and data["name"] == presets()[0].scenario.name
    modals.save_path = str(tmp_path / "backup.sqlite3")
    window.act_backup.trigger()
    assert (tmp_path / "backup.sqlite3").stat().st_size > 0
    assert modals.messages[-1][0] == "information"


def test_a_register_that_cannot_be_opened_gives_a_plain_message(
    qapp, tmp_path, monkeypatch, modals
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "d"
    data.mkdir()
    (data / "register.sqlite3").write_text("this is not a register", encoding="utf-8")
    quit_called = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quit_called.append(True)))

    def run_until_quit(self: QApplication) -> int:  # the window paints, then the open fails
        deadline = time.monotonic() + 10
        while not quit_called and time.monotonic() < deadline:
            self.processEvents()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_quit)
    status = app_module.main(["--data-dir", str(data), "--lang", "da"])
    assert quit_called and status != 0
    ((kind, _title, text),) = modals.messages
    assert kind == "critical" and "register.sqlite3" in text and "Traceback" not in text


def test_temp_data_dir_starts_empty_and_leaves_nothing_behind(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module.tempfile, "mkdtemp", lambda prefix: str(tmp_path / "trial"))
    (tmp_path / "trial").mkdir()
    seen = []
    monkeypatch.setattr(
        OrganisationDialog, "exec", lambda self: seen.append(self) or QDialog.DialogCode.Rejected
    )
    assert app_module.main(["--temp-data-dir"]) == 0
    assert seen  # a fresh folder: the first-run dialog is asked
    assert not (tmp_path / "trial").exists()


def test_existing_register_window_paints_first_then_fills_in(qapp, tmp_path, monkeypatch):
    from recordcheck.store import open_register
    from recordcheck.ui.presets import presets

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "d"
    register = open_register(data / "register.sqlite3")
    register.save_organisation(Organisation("Klinik"))
    register.add_scenario(presets()[0].scenario)
    register.close()
    seen = {}
    windows = []
    show_main = app_module.Session.show_main
    monkeypatch.setattr(
        app_module.Session,
        "show_main",
        lambda self, preview=None: windows.append(show_main(self, preview)) or windows[-1],
    )

    def run(self: QApplication) -> int:
        (window,) = windows
        seen["before"] = (
            window.workspace.is_open,
            window.act_new.isEnabled(),
            window.status_label.text(),
            window.scenarios.model.rowCount(),
        )
        deadline = time.monotonic() + 10
        while not window.act_new.isEnabled() and time.monotonic() < deadline:
            self.processEvents()
        seen["after"] = (
            window.scenarios.model.rowCount(),
            window.act_new.isEnabled(),
            window.status_label.text(),
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    assert app_module.main(["--data-dir", str(data), "--lang", "da"]) == 0
    # The list is read from the file before the first paint; the register opens after it.
    assert seen["before"] == (False, False, "Åbner registret …", 1)
    rows, enabled, status = seen["after"]
    assert rows == 1 and enabled and "register.sqlite3" in status


def test_an_unusable_data_folder_gives_a_plain_message(qapp, tmp_path, modals):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    assert app_module.main(["--data-dir", str(blocker), "--lang", "da"]) == 2
    ((kind, _title, text),) = modals.messages
    assert kind == "critical" and str(blocker) in text and "datamappen" in text


def test_export_and_backup_to_an_unusable_place_give_a_plain_message(
    qtbot, make_session, modals, tmp_path, monkeypatch
):
    """A file where the folder should be (root may write anywhere, so not a read-only folder):
    a warning naming the problem, nothing written, no crash dialog; the suggested file name is
    safe even for a scenario named like markup or a formula."""
    from dataclasses import replace

    from recordcheck.ui.presets import presets

    session = make_session("da")
    hostile = replace(presets()[0].scenario, name="<b>Ole & Co</b> =cmd|' /C calc'!A0")
    record = session.register.add_scenario(hostile)
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    suggested = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(
            lambda _parent, _title, name, *_a: suggested.append(name) or (modals.save_path, "")
        ),
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    modals.save_path = str(blocker / "scenario.json")
    window.act_export.trigger()
    modals.save_path = str(blocker / "backup.sqlite3")
    window.act_backup.trigger()
    assert [kind for kind, _t, _m in modals.messages] == ["warning", "warning"]
    assert all(str(blocker) in message for _k, _t, message in modals.messages)
    assert not any(c in suggested[0] for c in "<>&|:/\\'!= ")
