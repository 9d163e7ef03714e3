"""The register's user errors: each names what is wrong with the file and what to do next.

Database exceptions never reach the user: :func:`translate` turns the ones that mean "the
disk or the file is the problem" into one of these, with a message in ``store.<lang>.toml``.
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from recordcheck.errors import InputError, UserError
from recordcheck.texts import text

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the system's text goes to the log file, not stderr


class RegisterError(UserError):
    """The register file cannot be used as it is; the file is left untouched."""


class NotARegisterError(RegisterError):
    """The file is not a RecordCheck register (another program's database, or not a database)."""


class NewerSchemaError(RegisterError):
    """The register was written by a newer RecordCheck; opening it here could damage it."""


class CorruptRegisterError(RegisterError):
    """The file is a RecordCheck register, but damaged."""


class RegisterWriteError(RegisterError):
    """The register could not be written: read-only, disk full, locked or an I/O error."""


class NotFoundError(InputError):
    """A record the caller named by id does not exist. ``what`` names its kind in English
    ("deletion task"); the message shows it in the user's language (``store.kind_…``)."""

    def message(self, lang: str | None = None) -> str:
        kind = str(self.params.get("what", "")).replace(" ", "_")
        try:
            what = text(f"store.kind_{kind}", lang)
        except KeyError:
            what = self.params.get("what", "")
        what = str(what)
        # the kind opens the sentence ("Scenarie nr. 99 findes ikke"): no noun gender to match
        return text(self.key, lang, **{**self.params, "what": what[:1].upper() + what[1:]})


class InvalidChangeError(InputError):
    """The change makes no sense for the record as it is (e.g. withdrawing twice)."""


#: errno → the message key's last part: what the user can do something about.
_ERRNO_KEYS = {
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
    errno.ENOTDIR: "not_a_folder",
    errno.ENOENT: "not_a_folder",
    errno.EEXIST: "not_a_folder",
}  # mkdir where a file has the name


def os_error(error: OSError, path: Path | str, *, file: bool = False) -> RegisterWriteError:
    """The user error for an ``OSError`` on ``path``: the register itself, or (``file=True``) a
    file the user chose (backup, export). The system's English text goes to the log only, so
    a Danish message never carries "Read-only file system" in brackets."""
    log.warning("%s: %s", path, error)
    key = _ERRNO_KEYS.get(error.errno or 0, "io_error")
    prefix = "file_" if file else ""
    return RegisterWriteError(f"store.{prefix}{key}", path=str(path))


def _unopenable(path: Path) -> str:
    """Why SQLite's "unable to open database file" happened, judged from the folder."""
    folder = path.parent
    if not folder.is_dir():
        return "not_a_folder"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "read_only"
    return "io_error"


def translate(
    error: BaseException, path: Path | str, *, file: bool = False
) -> RegisterError | None:
    """The user error a database or OS exception stands for, or ``None`` when it is a bug.

    ``file=True`` names ``path`` as a file the user chose rather than as the register."""
    if isinstance(error, OSError):
        return os_error(error, path, file=file)
    message = str(getattr(error, "orig", None) or error).lower()
    where = str(path)
    prefix = "file_" if file else ""
    if "readonly" in message or "read-only" in message or "attempt to write" in message:
        key = "read_only"
    elif "disk is full" in message or "database or disk is full" in message:
        key = "disk_full"
    elif "database is locked" in message or "database is busy" in message:
        return RegisterWriteError("store.busy", path=where)
    elif "unable to open" in message:
        key = _unopenable(Path(path))
    elif "disk i/o error" in message:
        key = "io_error"
    elif "malformed" in message or "corrupt" in message:
        return CorruptRegisterError("store.corrupt", path=where)
    elif "not a database" in message or "encrypted" in message:
        return NotARegisterError("store.not_a_register", path=where)
    else:
        return None
    log.warning("%s: %s", where, message)
    return RegisterWriteError(f"store.{prefix}{key}", path=where)
