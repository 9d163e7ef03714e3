"""Making documents from the register: the one path the window and ``recordcheck export`` share.

The kinds and the file types each can be written as are in :data:`KINDS`; a document is made
in the workspace's document language unless another is asked for (the document's language may
differ from the window's).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recordcheck.domain.register import ProcessingActivity
from recordcheck.exports.from_register import KINDS, SCENARIO_KINDS, document_title
from recordcheck.services.workspace import Workspace

__all__ = [
    "KINDS",
    "SCENARIO_KINDS",
    "DocumentRequest",
    "activity_in_words",
    "document_title",
    "make",
    "save",
]


@dataclass(frozen=True)
class DocumentRequest:
    """Which document: its kind, file type, language and what it is about."""

    kind: str
    suffix: str | None = None  # None: the kind's default (the first of KINDS[kind])
    lang: str | None = None  # None: the workspace's document language
    scenario_id: int | None = None
    consent_id: int | None = None
    size: str = "A4"

    def resolved_suffix(self) -> str:
        return self.suffix or KINDS[self.kind][0]


def make(ws: Workspace, request: DocumentRequest) -> bytes | str:
    """The document's content (PDF/DOCX/XLSX/ZIP bytes, or text)."""
    from recordcheck.exports.from_register import document

    return document(
        ws.register(),
        request.kind,
        request.resolved_suffix(),
        request.lang or ws.document_lang,
        scenario_id=request.scenario_id,
        consent_id=request.consent_id,
        size=request.size,
    )


def activity_in_words(
    ws: Workspace, activity: ProcessingActivity, lang: str | None = None
) -> dict[str, str]:
    """The Art. 30 entry's cells as the record prints them (``exports.ropa.COLUMNS`` keys:
    "subjects", "data", "recipients", "transfers", "erasure", "legal_basis" …), in ``lang``
    (default: the document language), for a window that shows the entry in words."""
    from recordcheck.exports.from_register import register_org
    from recordcheck.exports.ropa import row

    language = lang or ws.document_lang
    return row(register_org(ws.register(), language), activity, language)


def save(ws: Workspace, request: DocumentRequest, dest: Path) -> Path:
    """Make the document and write it to ``dest`` in one step (never half a file)."""
    from recordcheck.exports.atomic import write_atomically

    write_atomically(Path(dest), make(ws, request))
    return Path(dest)
