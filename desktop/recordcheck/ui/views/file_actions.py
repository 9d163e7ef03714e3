"""The File menu's whole-register actions: restore a backup, export and import the register.

Each asks before anything is replaced and ends with a plain message saying what happened and
where the old register was kept. Restore and import both go through the store's restore, which
checks the new content and copies the current register to ``backups/`` first.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from recordcheck.ui.views.common import Changes, confirm, show_error


class FileActions:
    """Creates the actions; the main window puts them in its File menu."""

    def __init__(self, window: QMainWindow, register: Any, lang: str, changes: Changes) -> None:
        self.window, self.register, self.lang, self.changes = window, register, lang, changes
        self.restore = self._action(self.tr("&Restore from a backup…"), self.restore_backup,
                                    "actRestore")
        self.export = self._action(self.tr("Export the register as &JSON…"), self.export_json,
                                   "actExportJson")
        self.import_ = self._action(self.tr("&Import a register from JSON…"), self.import_json,
                                    "actImportJson")
        self.actions = [self.restore, self.export, self.import_]

    def _action(self, text: str, slot: Any, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FileActions", text)

    # -- actions ----------------------------------------------------------------------------
    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), "",
            self.tr("RecordCheck backups (*.sqlite3);;All files (*)"))
        if not path or not confirm(self.window, self.tr("Restore from a backup"), self.tr(
                "Replace everything in the register with the backup %1?\n\nThe register as it "
                "is now is copied to the backups folder first.").replace("%1", path)):
            return
        self._replace_with(Path(path), self.tr("Restore from a backup"), self.tr(
            "The register was restored from %1.").replace("%1", path))

    def export_json(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the register"), "recordcheck-register.json",
            self.tr("JSON files (*.json)"))
        if not path:
            return
        from recordcheck.exports.atomic import write_atomically
        from recordcheck.store.jsonio import dumps_document

        try:
            write_atomically(Path(path), dumps_document(self.register.export_json()))
        except Exception as error:
            show_error(self.window, self.tr("Export the register"), error, self.lang)
            return
        QMessageBox.information(self.window, self.tr("Export the register"),
                                self.tr("The whole register was exported to:") + f"\n{path}")

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a register"), "", self.tr("JSON files (*.json)"))
        if not path:
            return
        title = self.tr("Import a register")
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            from recordcheck.store.jsonio import validate_document

            validate_document(data, path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.window, title, self.tr(
                "%1 is not a register exported by RecordCheck.").replace("%1", path)
                + f"\n\n{error}")
            return
        except Exception as error:
            show_error(self.window, title, error, self.lang)
            return
        if not confirm(self.window, title, self.tr(
                "Replace everything in the register with the contents of %1?\n\nThe register "
                "as it is now is copied to the backups folder first.").replace("%1", path)):
            return
        from recordcheck.store import open_register

        with tempfile.TemporaryDirectory(prefix="recordcheck-import-") as tmp:
            staged = Path(tmp) / "register.sqlite3"
            try:
                with open_register(staged) as fresh:
                    fresh.import_json(data)
            except Exception as error:
                show_error(self.window, title, error, self.lang)
                return
            self._replace_with(staged, title, self.tr(
                "The register was replaced by the contents of %1.").replace("%1", path))

    def _replace_with(self, source: Path, title: str, done: str) -> None:
        from recordcheck.store.backup import restore_file

        try:
            safety = restore_file(source, Path(self.register.path))
        except Exception as error:
            show_error(self.window, title, error, self.lang)
            return
        self.changes.changed.emit("all")
        scenarios = getattr(self.window, "scenarios", None)
        if scenarios is not None:
            scenarios.reload()
        kept = self.tr("The register as it was before is kept in:") + f"\n{safety}" \
            if safety else ""
        QMessageBox.information(self.window, title, "\n\n".join(x for x in (done, kept) if x))
