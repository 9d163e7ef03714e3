"""The self-test's window checks (``recordcheck --self-test``): the Qt half of them lives here,
so that nothing outside ``ui/`` and ``app.py`` imports QtWidgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from recordcheck import app as app_module
from recordcheck.domain.organisation import Organisation


@dataclass(frozen=True)
class WindowSeen:
    title: str
    shown: bool
    platform: str


def show_and_close_main_window(data_dir: Path, organisation: str) -> WindowSeen:
    """Start a session the way the app does (translators, register), show the main window,
    close it, and report what was seen."""
    QCoreApplication.setOrganizationName("RecordCheck-selftest")
    QCoreApplication.setApplicationName("RecordCheck-selftest")
    app = QApplication.instance() or QApplication(["recordcheck", "--self-test"])
    session = app_module.Session(app, data_dir, "da")
    try:
        session.open().save_organisation(Organisation(name=organisation))
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

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    import sys

    app = QApplication.instance() or QApplication([sys.argv[0]])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return app_module.main(["--data-dir", data_dir, "--lang", "da"])
