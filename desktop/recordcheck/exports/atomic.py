"""Writing an export so a crash or a full disk never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

from recordcheck.errors import UserError

log = logging.getLogger(__name__)

#: errno -> the message that explains it; anything else gets the general ``cannot_write``.
_REASONS = {
    errno.EROFS: "exports.cannot_write_read_only",
    errno.EACCES: "exports.cannot_write_read_only",
    errno.EPERM: "exports.cannot_write_read_only",
    errno.ENOSPC: "exports.cannot_write_disk_full",
    errno.EDQUOT: "exports.cannot_write_disk_full",
    errno.ENOENT: "exports.cannot_write_no_folder",
    errno.ENOTDIR: "exports.cannot_write_no_folder",
}


@cache
def _umask() -> int:
    """The process's umask (read once: reading it means setting it for a moment)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """Keep the mode of a file being replaced; a new file gets the usual ``0o666 & ~umask``
    (a temporary file would otherwise leave the export readable by its owner only)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over
    ``path``. Text is written as UTF-8. An unwritable target raises :class:`UserError` naming
    the file and the cause in the user's language; the system's own (English) text is logged,
    not shown, so it never lands in the middle of a Danish sentence."""
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
        Path(tmp_name).replace(target)
        tmp_name = None
    except OSError as error:
        log.warning("Could not write %s: %s", target, error)
        key = _REASONS.get(error.errno or 0, "exports.cannot_write")
        raise UserError(key, path=str(target), folder=str(target.parent)) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
