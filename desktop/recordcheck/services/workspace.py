"""The session's one owner of the open register, the rule base and the languages.

The window and the command line each make one :class:`Workspace` and hand it to the use cases;
views ask it for the register when they act (``workspace.register()``) and never keep their own
copy, so a restore or an import that re-opens the register is seen everywhere at once.
The register is opened lazily: the window paints before the database layer is imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from recordcheck import paths
from recordcheck.services.changes import Change, ChangeBus, RecordKind
from recordcheck.texts import normalise_language

if TYPE_CHECKING:
    from recordcheck.rules.rulebase import Rulebase
    from recordcheck.store.register import Register

log = logging.getLogger(__name__)


class Workspace:
    """One open register (a file today) with the rule base and the languages that go with it.

    ``lang`` is the language of the user interface and of messages; ``document_lang`` the
    language documents are made in (by default the same). ``create=False`` refuses a missing
    register instead of creating one (commands that only read). ``author`` and ``clock`` are
    passed to the register (tests pin them).

    ``read_only=True`` opens the register for viewing and export only (a second copy of the
    app); a register whose file or folder cannot be written is opened so by itself. Either
    way :attr:`read_only` is True and every write is refused with a plain message.
    ``check_later=True`` (the window) opens without the slow ``integrity_check``, and
    read-only until :meth:`verify` has run it and :meth:`checked` says so: the window paints
    and fills at once, and nothing is written into a file that turns out damaged."""

    def __init__(
        self,
        register_path: Path,
        *,
        lang: str | None = None,
        document_lang: str | None = None,
        create: bool = True,
        author: str | None = None,
        clock: Callable[[], datetime] | None = None,
        read_only: bool = False,
        check_later: bool = False,
    ) -> None:
        self.register_path = Path(register_path).expanduser().absolute()
        self.lang = normalise_language(lang)
        self._document_lang = normalise_language(document_lang) if document_lang else None
        self.create = create
        self.author = author
        self.clock = clock
        self.changes = ChangeBus()
        self._register: Register | None = None
        self._rulebase: Rulebase | None = None
        self._forced_read_only = read_only
        self._unchecked = check_later  # until verify(): opened read-only, writes refused
        self._verified = False  # the background check passed: the reopen need not repeat it

    @classmethod
    def for_data_dir(cls, data_dir: str | Path | None = None, **kwargs: object) -> Workspace:
        """The workspace of a data folder (``None``: the OS's application-data folder)."""
        folder = paths.data_dir(str(data_dir) if data_dir is not None else None)
        return cls(paths.database_path(folder), **kwargs)  # type: ignore[arg-type]

    # -- languages ----------------------------------------------------------------------------
    @property
    def document_lang(self) -> str:
        return self._document_lang or self.lang

    @document_lang.setter
    def document_lang(self, lang: str | None) -> None:
        self._document_lang = normalise_language(lang) if lang else None

    # -- the register -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._register is not None

    @property
    def data_dir(self) -> Path:
        return self.register_path.parent

    @property
    def read_only(self) -> bool:
        """True when nothing may be written: asked for, the medium is read-only, or the
        register is still waiting for its integrity check (:attr:`checking`)."""
        if self._forced_read_only or self._unchecked:
            return True
        if self._register is not None:
            return bool(self._register.read_only)
        from recordcheck.store.gate import writable

        return self.register_path.exists() and not writable(self.register_path)

    @property
    def checking(self) -> bool:
        """True until :meth:`verify` has passed (only with ``check_later``)."""
        return self._unchecked

    @property
    def read_only_for_good(self) -> bool:
        """Read-only for the whole session (asked for, or a read-only medium), not only
        until the check has passed."""
        if self._forced_read_only:
            return True
        if self._register is not None and not self._unchecked:
            return bool(self._register.read_only)
        from recordcheck.store.gate import writable

        return self.register_path.exists() and not writable(self.register_path)

    def register(self) -> Register:
        """The open register, opening (creating or migrating) it on first use.

        Raises a :class:`~recordcheck.errors.UserError` naming the problem when the file
        cannot be used; the next call tries again."""
        if self._register is None:
            from recordcheck.store import open_register

            kwargs = {"clock": self.clock} if self.clock is not None else {}
            unchecked = self._unchecked and self.register_path.exists()
            self._unchecked = unchecked
            self._register = open_register(
                self.register_path,
                create=self.create,
                author=self.author,
                read_only=True if self._forced_read_only or unchecked else None,
                full_check=not (unchecked or self._verified),
                **kwargs,
            )
            log.info(
                "register opened%s: %s",
                " read-only" if self._register.read_only else "",
                self.register_path,
            )
        return self._register

    def verify(self) -> None:
        """Run the whole gate (``integrity_check`` included) on the register's file.

        Safe to call from a worker thread: it reads the file over its own connection and
        changes nothing here; :meth:`checked` then lets writes in. Raises the error naming
        what is wrong (with the newest good backup to restore)."""
        from recordcheck.store.gate import check_register

        check_register(self.register_path)

    def checked(self) -> None:
        """The integrity check passed: open the register for writing now (unless the
        workspace is read-only for good; a few milliseconds, the check is not repeated). The
        content is the same, so nothing is published; views ask for the register when they
        act and get the writable one."""
        if not self._unchecked:
            return
        self._unchecked = False
        self._verified = True
        if self._register is not None and not self._forced_read_only:
            self._register.close()
            self._register = None
            self.register()

    def close(self) -> None:
        if self._register is not None:
            self._register.close()
            self._register = None

    def reopen(self) -> Register:
        """Close and open the register again (after its file was replaced, which the gate
        checked), and tell every view to read everything again."""
        self.close()
        self._unchecked = self._verified = False
        register = self.register()
        self.publish(Change(RecordKind.REGISTER))
        return register

    # -- rules ----------------------------------------------------------------------------------
    @property
    def rulebase(self) -> Rulebase:
        if self._rulebase is None:
            from recordcheck.rules import load_rulebase

            self._rulebase = load_rulebase()
        return self._rulebase

    # -- notifications ----------------------------------------------------------------------
    def publish(self, *changes: Change) -> None:
        self.changes.publish(*changes)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
