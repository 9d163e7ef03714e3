"""Suggested file names for documents, in the document's language ("skilt-klinikken.pdf").

The window's save dialogs and the command line's default output names come from here, so a
Danish sign is offered as ``skilt-…`` whatever the interface language is. Names stay ASCII
(æ → ae) so they survive e-mail, zip files and every file system.
"""

from __future__ import annotations

from recordcheck.services.window import file_slug
from recordcheck.texts import text


def document_file_name(
    kind: str, lang: str, suffix: str, scenario_name: str | None = None, *, limit: int = 40
) -> str:
    """``<kind in lang>[-<scenario>]<suffix>``, e.g. ``oplysningstekst-telefonlinjen.pdf``."""
    parts = [text(f"files.{kind}", lang)]
    if scenario_name:
        slug = file_slug(scenario_name, limit)
        if slug:
            parts.append(slug)
    return "-".join(parts) + suffix
