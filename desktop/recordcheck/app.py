"""The desktop app's start: options, logging, translators, the workspace, first run, window.

``recordcheck`` with no sub-command lands here (see ``__main__``). Qt is imported only now, so
the command line stays lean. :class:`Session` owns the one :class:`Workspace` of the running
app; the window and its sections get that workspace, never a register.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from recordcheck import logsetup, paths
from recordcheck.domain.register import ScenarioSummary
from recordcheck.errors import UserError
from recordcheck.services import quicklist, records
from recordcheck.services.legal import Rulebase
from recordcheck.services.workspace import Workspace
from recordcheck.texts import LANGUAGES, normalise_language
from recordcheck.ui import crash, i18n
from recordcheck.ui.instance_lock import InstanceLock
from recordcheck.ui.main_window import MainWindow
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.settings import Settings

log = logging.getLogger(__name__)


def parse_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="recordcheck", add_help=True)
    parser.add_argument("--data-dir", metavar="DIR", help="keep the register and logs in DIR")
    parser.add_argument(
        "--temp-data-dir",
        action="store_true",
        help="use a new empty temporary data folder (for trying things out)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window (da, en)")
    return parser.parse_known_args(argv)


class Session:
    """One running app: the data folder, its workspace and settings, and the current window."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        lang: str | None = None,
        open_now: bool = True,
        read_only: bool = False,
    ) -> None:
        self.app = app
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = logsetup.configure(data_dir)
        self.settings = Settings(data_dir)
        self.lang = normalise_language(lang or self.settings.language() or "da")
        i18n.install(app, self.lang)
        # An existing register is opened after the first paint without the slow integrity
        # check, read-only until that check has passed in the background (check_register).
        self.workspace = Workspace(
            paths.database_path(data_dir),
            lang=self.lang,
            read_only=read_only,
            check_later=not open_now,
        )
        self.window: MainWindow | None = None
        self.check_job: Any = None
        self.exit_status = 0
        if open_now:
            self.workspace.register()

    @property
    def register_path(self) -> Path:
        return self.workspace.register_path

    @property
    def register(self) -> Any:
        """The workspace's register, opened if need be (for scripts and tests: the window and
        its sections ask the workspace themselves)."""
        return self.workspace.register()

    @property
    def rb(self) -> Rulebase:
        return self.workspace.rulebase

    def needs_organisation(self) -> bool:
        return self.workspace.register().organisation() is None

    def first_run_dialog(self, parent: MainWindow | None = None) -> OrganisationDialog:
        self.workspace.register()
        dialog = OrganisationDialog(None, first_run=True, parent=parent)
        dialog.accepted.connect(
            lambda: records.save_organisation(self.workspace, dialog.organisation())
        )
        return dialog

    def open_after_first_paint(self) -> None:
        """The window is already on screen: now open the register and fill the window."""
        try:
            register = self.workspace.register()
        except UserError as error:
            log.error("cannot open the register: %s", error.message("en"))
            QMessageBox.critical(self.window, "RecordCheck", error.message(self.lang))
            self.exit_status = error.exit_status
            self.app.quit()
            return
        assert self.window is not None
        self.window.register_opened()
        if register.organisation() is None:  # filling it in was postponed: a reminder only
            self.window.remind_organisation()
        if self.workspace.checking:
            self.check_register()

    def check_register(self) -> None:
        """Run the register's full integrity check in the background (0.85 s at 100,000
        consents); writes stay blocked until it passes. A damaged register is refused like
        one the quick checks caught: a message naming the problem, and the app quits."""
        from recordcheck.ui.views import worker

        assert self.window is not None
        self.check_job = worker.start(
            self.app,
            self.workspace.verify,
            lambda _none: self._register_checked(),
            self._register_refused,
        )

    def _register_checked(self) -> None:
        self.workspace.checked()
        log.info("register passed its integrity check: %s", self.register_path)
        if self.window is not None:
            self.window.update_write_state()

    def _register_refused(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            log.error("the register's integrity check failed", exc_info=error)
            error = UserError("cli.unexpected", log=self.log_path)
        log.error("the register was refused: %s", error.message("en"))
        self.workspace.close()
        QMessageBox.critical(self.window, "RecordCheck", error.message(self.lang))
        self.exit_status = error.exit_status
        self.app.quit()

    def show_main(self, preview: list[ScenarioSummary] | None = None) -> MainWindow:
        """Show the main window; ``preview`` fills the scenario list until the register is
        open (see ``open_after_first_paint``)."""
        window = MainWindow(self.workspace, self.settings, self.lang)
        if preview and not self.workspace.is_open:
            window.scenarios.model.set_rows(preview)
        window.languageChangeRequested.connect(self.switch_language)
        window.show()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        """Rebuild the window in ``lang``: every text, including the rule base's, changes."""
        self.lang = normalise_language(lang)
        self.workspace.lang = self.lang
        i18n.install(self.app, self.lang)
        old = self.window
        self.show_main()
        if old is not None:
            old.languageChangeRequested.disconnect(self.switch_language)
            old.close()
            old.deleteLater()

    def close(self) -> None:
        self.workspace.close()


def already_open(data_dir: Path, lock: InstanceLock, lang: str, *, can_view: bool = True) -> bool:
    """Tell a second copy plainly that the register is in use; True when the user chose to
    open it read-only (view, search and export, nothing written), False to quit."""
    translate = QCoreApplication.translate
    i18n.install(QApplication.instance(), lang)  # type: ignore[arg-type]
    pid = lock.holder_pid()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "RecordCheck",
        translate("App", "RecordCheck is already open on this register."),
        QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("alreadyOpenBox")
    box.setInformativeText(
        translate(
            "App",
            "The register in {folder} is in use by another RecordCheck window{process}. "
            "Use that window, or close it and start RecordCheck again. Two windows on one register "
            "could overwrite each other's changes.",
        ).format(
            folder=data_dir,
            process=translate("App", " (process {pid})").format(pid=pid) if pid else "",
        )
        + (
            "\n\n"
            + translate(
                "App",
                "You can also open it read-only here: view, search and export, but not change it.",
            )
            if can_view
            else ""
        )
    )
    view = None
    if can_view:
        view = box.addButton(translate("App", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        view.setObjectName("openReadOnly")
    quit_button = box.addButton(translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    return view is not None and box.clickedButton() is view


def main(argv: list[str]) -> int:
    options, qt_args = parse_options(argv)
    if options.temp_data_dir:
        data_dir = Path(tempfile.mkdtemp(prefix="recordcheck-"))
    else:
        data_dir = paths.data_dir(options.data_dir)
    try:
        return _run(data_dir, options, qt_args)
    finally:
        if options.temp_data_dir:  # a trial run leaves nothing behind
            _forget_log_files(data_dir)
            shutil.rmtree(data_dir, ignore_errors=True)


def _forget_log_files(folder: Path) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()


def _run(data_dir: Path, options: argparse.Namespace, qt_args: list[str]) -> int:
    QCoreApplication.setOrganizationName("RecordCheck")
    QCoreApplication.setApplicationName("RecordCheck")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    first_run = not paths.database_path(data_dir).exists()
    with contextlib.suppress(OSError):  # a folder that cannot be made: the session says so
        data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(data_dir) if data_dir.is_dir() else None
    read_only = False
    if lock is not None and not lock.acquire():
        log.warning("the register in %s is already open in another copy", data_dir)
        if not already_open(
            data_dir,
            lock,
            normalise_language(options.lang or Settings(data_dir).language()),
            can_view=not first_run,
        ):
            return 3
        log.info("opening the register read-only beside the other copy")
        lock, read_only = None, True
    try:
        return _run_session(app, data_dir, options, first_run, read_only)
    finally:
        if lock is not None:
            lock.release()


def _run_session(
    app: QApplication,
    data_dir: Path,
    options: argparse.Namespace,
    first_run: bool,
    read_only: bool = False,
) -> int:
    try:
        session = Session(app, data_dir, options.lang, open_now=first_run, read_only=read_only)
    except UserError as error:  # e.g. a read-only disk
        log.error("cannot open the register: %s", error.message("en"))
        QMessageBox.critical(None, "RecordCheck", error.message(options.lang or "da"))
        return error.exit_status
    except OSError as error:  # the data folder itself: a file in its place, a read-only disk
        log.error("cannot use the data folder %s: %s", data_dir, error)
        i18n.install(app, normalise_language(options.lang))
        QMessageBox.critical(
            None,
            "RecordCheck",
            QCoreApplication.translate(
                "App",
                "RecordCheck cannot use the data folder {folder}. Check that it is a folder "
                "you may write to, or start the program with --data-dir to choose another.",
            ).format(folder=data_dir),
        )
        return 2
    crash.install(session.log_path)
    log.info("RecordCheck started; data in %s", data_dir)
    if first_run:
        dialog = session.first_run_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted and not dialog.postponed:
            session.close()
            return 0
        window = session.show_main()
        if dialog.postponed:
            window.remind_organisation()
    else:
        # An existing register: paint the window first, then open the register (importing
        # the database layer is the slowest part of the start) and fill the window.
        # The scenario list is read straight from the file (standard library only), so the
        # first paint already shows it.
        window = session.show_main(quicklist.scenario_summaries(session.register_path))
        window.firstPainted.connect(session.open_after_first_paint)
    try:
        status = app.exec()
        return session.exit_status or status
    finally:
        from recordcheck.ui.views import worker

        worker.wait_all()  # a background check still running must end before its thread dies
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()


# -- the self-test's window checks (``recordcheck --self-test``; see ``selftest``) -------------
@dataclass(frozen=True)
class WindowSeen:
    title: str
    shown: bool
    platform: str


def show_and_close_main_window(data_dir: Path, organisation: str) -> WindowSeen:
    """Start a session the way the app does (translators, workspace), show the main window,
    close it, and report what was seen."""
    from recordcheck.domain.organisation import Organisation

    QCoreApplication.setOrganizationName("RecordCheck-selftest")
    QCoreApplication.setApplicationName("RecordCheck-selftest")
    app = QApplication.instance() or QApplication(["recordcheck", "--self-test"])
    session = Session(app, data_dir, "da")  # type: ignore[arg-type]
    try:
        records.save_organisation(session.workspace, Organisation(name=organisation))
        window = session.show_main()
        app.processEvents()
        seen = WindowSeen(window.windowTitle(), window.isVisible(), app.platformName())
        window.close()
        app.processEvents()
    finally:
        session.close()
    return seen


def start_until_first_paint(data_dir: str) -> int:
    """Start the real app on ``data_dir`` and quit as soon as its main window has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    app = QApplication.instance() or QApplication([sys.argv[0]])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return main(["--data-dir", data_dir, "--lang", "da"])
