"""The application layer: the one way from the window (``ui``) and the command line
(``commands``) down to the register, the rules and the documents.

A :class:`~recordcheck.services.workspace.Workspace` owns the open register, the rule base and
the languages; the use-case modules (``scenarios``, ``register_file``, ``documents``) take the
workspace and do one thing each, with one meaning and one wording whichever edge called them.
Every change they make is published on the workspace's
:class:`~recordcheck.services.changes.ChangeBus` as typed :class:`Change` values, so every open
view can refresh. Nothing here imports Qt.
"""

from __future__ import annotations

from recordcheck.services.changes import Change, ChangeBus, RecordKind
from recordcheck.services.workspace import Workspace

__all__ = ["Change", "ChangeBus", "RecordKind", "Workspace"]
