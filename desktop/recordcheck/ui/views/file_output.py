"""Writing a produced document to a file the user chose, or to a temporary one to open.

Opening hands the file to the system's viewer (QDesktopServices), where the user prints it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from recordcheck.services.files import write_file

FILTERS = {
    ".pdf": "PDF (*.pdf)",
    ".json": "JSON (*.json)",
    ".txt": "Text (*.txt)",
    ".docx": "Word (*.docx)",
    ".csv": "CSV (*.csv)",
    ".ics": "iCalendar (*.ics)",
    ".xlsx": "Excel (*.xlsx)",
    ".zip": "ZIP (*.zip)",
}


def with_suffix(path: str, suffix: str) -> Path:
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def save(path: Path, data: bytes | str) -> Path:
    write_file(path, data)
    return path


def open_copy(name: str, data: bytes | str) -> Path:
    """Write ``data`` to a fresh temporary file named ``name`` and open it in its viewer."""
    folder = Path(tempfile.mkdtemp(prefix="recordcheck-"))
    path = save(folder / name, data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
