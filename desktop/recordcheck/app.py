"""The desktop app's start: options, logging, translators, the register, first run, main window.

``recordcheck`` with no sub-command lands here (see ``__main__``). Qt is imported only now, so
the command line stays lean.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from recordcheck import logsetup, paths
from recordcheck.domain.register import ScenarioSummary
from recordcheck.errors import UserError
from recordcheck.rules import load_rulebase
from recordcheck.store import quicklist
from recordcheck.texts import LANGUAGES, normalise_language
from recordcheck.ui import crash, i18n
from recordcheck.ui.main_window import MainWindow
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.register_port import RegisterPort, open_register
from recordcheck.ui.settings import Settings

log = logging.getLogger(__name__)


def parse_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="recordcheck", add_help=True)
    parser.add_argument("--data-dir", metavar="DIR", help="keep the register and logs in DIR")
    parser.add_argument("--temp-data-dir", action="store_true",
                        help="use a new empty temporary data folder (for trying things out)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window (da, en)")
    return parser.parse_known_args(argv)


class Session:
    """One running app: the data folder, its register and settings, and the current window."""

    def __init__(self, app: QApplication, data_dir: Path, lang: str | None = None,
                 open_now: bool = True) -> None:
        self.app = app
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = logsetup.configure(data_dir)
        self.settings = Settings(data_dir)
        self.lang = normalise_language(lang or self.settings.language() or "da")
        i18n.install(app, self.lang)
        self.rb = load_rulebase()
        self.register_path = paths.database_path(data_dir)
        self.register: RegisterPort | None = None
        self.window: MainWindow | None = None
        self.exit_status = 0
        if open_now:
            self.open()

    def open(self) -> RegisterPort:
        """Open the register (importing the database layer takes a noticeable moment)."""
        if self.register is None:
            self.register = open_register(self.register_path)
        return self.register

    def needs_organisation(self) -> bool:
        return self.open().organisation() is None

    def first_run_dialog(self, parent: MainWindow | None = None) -> OrganisationDialog:
        register = self.open()
        dialog = OrganisationDialog(None, first_run=True, parent=parent)
        dialog.accepted.connect(lambda: register.save_organisation(dialog.organisation()))
        return dialog

    def open_after_first_paint(self) -> None:
        """The window is already on screen: now open the register and fill the window."""
        try:
            register = self.open()
        except UserError as error:
            log.error("cannot open the register: %s", error.message("en"))
            QMessageBox.critical(self.window, "RecordCheck", error.message(self.lang))
            self.exit_status = error.exit_status
            self.app.quit()
            return
        assert self.window is not None
        self.window.attach_register(register, self.register_path)
        if register.organisation() is None:  # the first run was cancelled last time
            self.first_run_dialog(self.window).open()

    def show_main(self, preview: list[ScenarioSummary] | None = None) -> MainWindow:
        """Show the main window; ``preview`` fills the scenario list until the register is
        open (see ``open_after_first_paint``)."""
        window = MainWindow(self.register, self.rb, self.settings, self.lang,
                            self.register_path)
        if preview and self.register is None:
            window.scenarios.model.set_rows(preview)
        window.languageChangeRequested.connect(self.switch_language)
        window.show()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        """Rebuild the window in ``lang``: every text, including the rule base's, changes."""
        self.lang = normalise_language(lang)
        i18n.install(self.app, self.lang)
        old = self.window
        self.show_main()
        if old is not None:
            old.languageChangeRequested.disconnect(self.switch_language)
        if old is not None:
            old.close()
            old.deleteLater()

    def close(self) -> None:
        if self.register is not None:
            self.register.close()


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
    try:
        session = Session(app, data_dir, options.lang, open_now=first_run)
    except UserError as error:  # e.g. a read-only disk
        log.error("cannot open the register: %s", error.message("en"))
        QMessageBox.critical(None, "RecordCheck", error.message(options.lang or "da"))
        return error.exit_status
    except OSError as error:  # the data folder itself: a file in its place, a read-only disk
        log.error("cannot use the data folder %s: %s", data_dir, error)
        i18n.install(app, normalise_language(options.lang))
        QMessageBox.critical(None, "RecordCheck", QCoreApplication.translate(
            "App", "RecordCheck cannot use the data folder {folder}. Check that it is a folder "
            "you may write to, or start the program with --data-dir to choose another."
        ).format(folder=data_dir))
        return 2
    crash.install(session.log_path)
    log.info("RecordCheck started; data in %s", data_dir)
    if first_run:
        dialog = session.first_run_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            session.close()
            return 0
        session.show_main()
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
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()
