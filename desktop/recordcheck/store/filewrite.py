"""Writing a file the user asked for (the JSON export) so that a full disk or a crash never
leaves half a file under the real name (``recordcheck.atomicfile``), with the store's messages."""

from __future__ import annotations

from pathlib import Path

from recordcheck.atomicfile import replace_file
from recordcheck.store.errors import os_error


def write_text_atomically(path: Path, data: str) -> None:
    """Replace ``path`` by ``data`` (UTF-8) in one step. Failure raises ``store.file_*`` naming
    ``path``; no temporary file is left."""
    try:
        replace_file(Path(path), data)
    except OSError as error:
        raise os_error(error, Path(path), file=True) from error
