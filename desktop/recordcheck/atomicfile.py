"""Replacing a file in one step, so a crash or a full disk never leaves half a file under its
real name. One mechanism for every layer that writes files (the store's JSON export, the
documents, the TOML cache); each layer turns a failure into its own message."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _kept_mode(target: Path) -> int | None:
    """The mode of a file being replaced (the owner may have shared it on purpose); ``None``
    for a new file, which keeps the temporary file's owner-only mode (0600): exports hold
    personal data, as the register and its backups (0600) do."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return None


def replace_file(path: Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to a temporary file beside ``path``, flush it to disk,
    then rename it over ``path``. A new file is readable by its owner only (``mkstemp``'s
    0600 on POSIX). Raises the ``OSError``; no temporary file is left behind."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        mode = _kept_mode(target)
        if os.name == "posix" and mode is not None:
            Path(tmp_name).chmod(mode)
        Path(tmp_name).replace(target)  # atomic on POSIX and Windows
        tmp_name = None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
