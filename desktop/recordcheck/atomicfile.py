"""Replacing a file in one step, so a crash or a full disk never leaves half a file under its
real name. One mechanism for every layer that writes files (the store's JSON export, the
documents, the TOML cache); each layer turns a failure into its own message."""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from pathlib import Path


@cache
def _umask() -> int:
    """The process's umask (read once: reading it means setting it for a moment)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """Keep the mode of a file being replaced; a new file gets the usual ``0o666 & ~umask``
    (the temporary file would otherwise leave it readable by its owner only)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def replace_file(path: Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to a temporary file beside ``path``, flush it to disk,
    then rename it over ``path``. Raises the ``OSError``; no temporary file is left behind."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            Path(tmp_name).chmod(_mode_for(target))
        Path(tmp_name).replace(target)  # atomic on POSIX and Windows
        tmp_name = None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
