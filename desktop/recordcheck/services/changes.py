"""Typed change notifications: which kind of record changed, and which one.

Use cases publish them; the window's views subscribe (through a small Qt bridge in ``ui``) and
refresh what they show. ``RecordKind.REGISTER`` means the whole register was replaced (restore,
import): everything must be read again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class RecordKind(StrEnum):
    ORGANISATION = "organisation"
    SCENARIO = "scenario"
    ASSESSMENT = "assessment"
    OBLIGATION = "obligation"
    ACTIVITY = "activity"
    RETENTION_RULE = "retention_rule"
    CONSENT = "consent"
    DELETION = "deletion"  # deletion tasks and the deletion log
    REGISTER = "register"  # the whole register was replaced or re-opened


@dataclass(frozen=True)
class Change:
    """``kind`` changed; ``id`` is the record's id when one record changed, else ``None``."""

    kind: RecordKind
    id: int | None = None

    def touches(self, *kinds: RecordKind) -> bool:
        """True when a view showing ``kinds`` must refresh (a whole-register change always)."""
        return self.kind is RecordKind.REGISTER or self.kind in kinds


Listener = Callable[[tuple[Change, ...]], None]


class ChangeBus:
    """Delivers each published batch of changes to every listener, in subscription order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add ``listener``; returns the function that removes it again."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, *changes: Change) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)
