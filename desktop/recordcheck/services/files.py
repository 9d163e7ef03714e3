"""Writing files the user asked for (a scenario file, a document) in one step, with messages
that name the file and the cause in the user's language."""

from __future__ import annotations

from pathlib import Path

from recordcheck.exports.atomic import write_atomically

__all__ = ["write_file"]


def write_file(path: Path, data: bytes | str) -> None:
    """Replace ``path`` by ``data`` (text as UTF-8); never leaves half a file."""
    write_atomically(Path(path), data)
