"""Small Qt-free helpers the window needs from the layers below (file names), so that ``ui``
never imports ``exports``, ``rules`` or ``store`` itself."""

from __future__ import annotations


def file_slug(name: str, limit: int = 60) -> str:
    """A file-name-safe ASCII version of ``name`` ("Tandlæge Ødegård" → "tandlaege-odegard")."""
    from recordcheck.exports.bundle import slug

    return slug(name, limit)
