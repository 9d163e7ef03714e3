"""Small Qt-free helpers the window needs from the layers below (file names, the worded
Art. 30 entry), so that ``ui`` never imports ``exports``, ``rules`` or ``store`` itself."""

from __future__ import annotations

from recordcheck.domain.register import ProcessingActivity
from recordcheck.services.workspace import Workspace


def file_slug(name: str, limit: int = 60) -> str:
    """A file-name-safe ASCII version of ``name`` ("Tandlæge Ødegård" → "tandlaege-odegard")."""
    from recordcheck.exports.bundle import slug

    return slug(name, limit)


def generate_worded_activity(ws: Workspace, scenario_id: int, lang: str) -> ProcessingActivity:
    """Create or refresh the scenario's Art. 30 entry, with the codes the generator writes
    (people and data categories, retention per purpose) in words of ``lang`` for the form."""
    from recordcheck.exports.from_register import worded_activity
    from recordcheck.services import records

    generated = records.generate_activity(ws, scenario_id)
    worded: ProcessingActivity = worded_activity(generated, lang)
    if worded == generated:
        return generated
    return records.save_activity(ws, worded)
