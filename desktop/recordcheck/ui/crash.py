"""The global exception hook: the detail goes to the log file, the user gets a plain message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("recordcheck.crash")
translate = QCoreApplication.translate


def plain_message(log_path: Path | None) -> str:
    if log_path:
        where = translate("Crash", "The details have been written to this file:")
        where += f"\n{log_path}"
    else:
        where = translate("Crash", "The details could not be written to a log file.")
    return "\n\n".join(
        (
            translate(
                "Crash",
                "Something unexpected went wrong. Your register has not been changed by this.",
            ),
            where,
            translate(
                "Crash",
                "If it happens again, send the file to whoever supports RecordCheck for you.",
            ),
        )
    )


def install(log_path: Path | None) -> None:
    """Route uncaught exceptions to the log and a calm message box (never a traceback)."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("Uncaught exception", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            QMessageBox.critical(
                None, translate("Crash", "RecordCheck – unexpected error"), plain_message(log_path)
            )
        finally:
            showing = False

    sys.excepthook = hook
