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
    passed to the register (tests pin them)."""

    def __init__(self, register_path: Path, *, lang: str | None = None,
                 document_lang: str | None = None, create: bool = True,
                 author: str | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.register_path = Path(register_path).expanduser().absolute()
        self.lang = normalise_language(lang)
        self._document_lang = normalise_language(document_lang) if document_lang else None
        self.create = create
        self.author = author
        self.clock = clock
        self.changes = ChangeBus()
        self._register: Register | None = None
        self._rulebase: Rulebase | None = None

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

    def register(self) -> Register:
        """The open register, opening (creating or migrating) it on first use.

        Raises a :class:`~recordcheck.errors.UserError` naming the problem when the file
        cannot be used; the next call tries again."""
        if self._register is None:
            from recordcheck.store import open_register

            kwargs = {"clock": self.clock} if self.clock is not None else {}
            self._register = open_register(self.register_path, create=self.create,
                                           author=self.author, **kwargs)
            log.info("register opened: %s", self.register_path)
        return self._register

    def close(self) -> None:
        if self._register is not None:
            self._register.close()
            self._register = None

    def reopen(self) -> Register:
        """Close and open the register again (after its file was replaced), and tell every
        view to read everything again."""
        self.close()
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

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
