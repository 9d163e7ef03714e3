"""Sources shown as links: title, issuer and date, opened in the browser via QDesktopServices."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from recordcheck.services.legal import Source


def source_line(source: Source) -> str:
    """One source as rich text: a link when it has a web address."""
    title = html.escape(source.title)
    bits = [source.issuer] if source.issuer else []
    if source.date:
        bits.append(source.date)
    meta = html.escape(", ".join(bits))
    head = f'<a href="{html.escape(source.url)}">{title}</a>' if source.url else title
    return f"{head} ({meta})" if meta else head


def sources_html(sources: tuple[Source, ...] | list[Source]) -> str:
    if not sources:
        return ""
    if len(sources) > 1:
        label = QCoreApplication.translate("Sources", "Sources:")
    else:
        label = QCoreApplication.translate("Sources", "Source:")
    return f"{html.escape(label)} " + "; ".join(source_line(s) for s in sources)
