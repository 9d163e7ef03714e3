"""The register's user errors: each names what is wrong with the file and what to do next.

Database exceptions never reach the user: :func:`translate` turns the ones that mean "the
disk or the file is the problem" into one of these, with a message in ``store.<lang>.toml``.
"""

from __future__ import annotations

from pathlib import Path

from recordcheck.errors import InputError, UserError
from recordcheck.texts import text


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
        return text(self.key, lang, **{**self.params, "what": what})


class InvalidChangeError(InputError):
    """The change makes no sense for the record as it is (e.g. withdrawing twice)."""


def translate(error: BaseException, path: Path | str) -> RegisterError | None:
    """The user error a database exception stands for, or ``None`` when it is a bug."""
    message = str(getattr(error, "orig", None) or error).lower()
    where = str(path)
    if "readonly" in message or "read-only" in message or "attempt to write" in message:
        return RegisterWriteError("store.read_only", path=where)
    if "disk is full" in message or "database or disk is full" in message:
        return RegisterWriteError("store.disk_full", path=where)
    if "database is locked" in message or "database is busy" in message:
        return RegisterWriteError("store.busy", path=where)
    if "disk i/o error" in message or "unable to open" in message:
        return RegisterWriteError("store.io_error", path=where, reason=message)
    if "malformed" in message or "corrupt" in message:
        return CorruptRegisterError("store.corrupt", path=where)
    if "not a database" in message or "encrypted" in message:
        return NotARegisterError("store.not_a_register", path=where)
    return None
