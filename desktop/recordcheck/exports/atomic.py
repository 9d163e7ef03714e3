"""Writing an export so a crash or a full disk never leaves half a file under the real name."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from recordcheck.atomicfile import replace_file
from recordcheck.errors import UserError

log = logging.getLogger(__name__)
# Without a handler of its own, a warning reaches Python's last-resort handler when no log file
# is configured (the command line): the system's English "[Errno 28] …" would then be printed
# above the Danish message. The log file, when there is one, still gets it through the root.
log.addHandler(logging.NullHandler())

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


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over
    ``path``. Text is written as UTF-8. An unwritable target raises :class:`UserError` naming
    the file and the cause in the user's language; the system's own (English) text is logged,
    not shown, so it never lands in the middle of a Danish sentence."""
    target = Path(path)
    try:
        replace_file(target, data)
    except OSError as error:
        log.warning("Could not write %s: %s", target, error)
        key = _REASONS.get(error.errno or 0, "exports.cannot_write")
        raise UserError(key, path=str(target), folder=str(target.parent)) from error
