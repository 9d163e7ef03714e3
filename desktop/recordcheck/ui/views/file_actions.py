"""The File menu's whole-register actions: restore a backup, export and import the register.

Each asks before anything is replaced and ends with a plain message saying what happened and
where the old register was kept. The work is done by ``services.register_file``: it checks the
new content, copies the current register to ``backups/`` first and re-opens the register
through the workspace, which tells every view to read everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from recordcheck.services.file_names import document_file_name
from recordcheck.services.workspace import Workspace
from recordcheck.ui import file_dialogs
from recordcheck.ui.plain_text import plain_box
from recordcheck.ui.views.common import confirm, show_error

if TYPE_CHECKING:  # the use cases are imported when first used (start-up time)
    from recordcheck.services.register_file import Replaced


class FileActions:
    """Creates the actions; the main window puts them in its File menu."""

    def __init__(self, window: QMainWindow, workspace: Workspace, lang: str) -> None:
        self.window, self.workspace, self.lang = window, workspace, lang
        self.restore = self._action(
            self.tr("&Restore from a backup…"), self.restore_backup, "actRestore"
        )
        self.export = self._action(
            self.tr("Export the register as &JSON…"), self.export_json, "actExportJson"
        )
        self.import_ = self._action(
            self.tr("&Import a register from JSON…"), self.import_json, "actImportJson"
        )
        self.actions = [self.restore, self.export, self.import_]

    def _action(self, text: str, slot: Any, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FileActions", text)

    # -- actions ----------------------------------------------------------------------------
    def restore_backup(self) -> None:
        from recordcheck.services import register_file

        path = file_dialogs.open_path(
            self.window,
            self.tr("Restore from a backup"),
            self.tr("RecordCheck backups (*.sqlite3);;All files (*)"),
        )
        if not path or not confirm(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in the register with the backup %1?\n\nThe register as it "
                "is now is copied to the backups folder first."
            ).replace("%1", path),
        ):
            return
        self._replace(
            lambda: register_file.restore(self.workspace, Path(path)),
            self.tr("Restore from a backup"),
            self.tr("The register was restored from %1.").replace("%1", path),
        )

    def export_json(self) -> None:
        from recordcheck.services import register_file

        path, _ = file_dialogs.save_path(
            self.window,
            self.tr("Export the register"),
            document_file_name("register-export", self.lang, ".json"),
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        try:
            register_file.export_json(self.workspace, Path(path))
        except Exception as error:
            show_error(self.window, self.tr("Export the register"), error, self.lang)
            return
        plain_box(QMessageBox.information)(
            self.window,
            self.tr("Export the register"),
            self.tr("The whole register was exported to:") + f"\n{path}",
        )

    def import_json(self) -> None:
        from recordcheck.services import register_file

        path = file_dialogs.open_path(
            self.window, self.tr("Import a register"), self.tr("JSON files (*.json)")
        )
        if not path:
            return
        title = self.tr("Import a register")
        try:  # checked before anything is asked or replaced; the message names the problem
            data = register_file.read_export(Path(path))
        except Exception as error:
            show_error(self.window, title, error, self.lang)
            return
        if not confirm(
            self.window,
            title,
            self.tr(
                "Replace everything in the register with the contents of %1?\n\nThe register "
                "as it is now is copied to the backups folder first."
            ).replace("%1", path),
        ):
            return
        self._replace(
            lambda: register_file.import_json(self.workspace, Path(path), data),
            title,
            self.tr("The register was replaced by the contents of %1.").replace("%1", path),
        )

    def _replace(self, work: Callable[[], Replaced], title: str, done: str) -> None:
        try:
            replaced = work()
        except Exception as error:
            show_error(self.window, title, error, self.lang)
            return
        kept = (
            self.tr("The register as it was before is kept in:") + f"\n{replaced.safety}"
            if replaced.safety
            else ""
        )
        plain_box(QMessageBox.information)(
            self.window, title, "\n\n".join(x for x in (done, kept) if x)
        )
