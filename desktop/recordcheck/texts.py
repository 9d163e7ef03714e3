"""User-facing messages outside Qt (CLI, errors raised below ``ui``), in Danish and English.

Qt widgets translate with Qt Linguist; code that must run without Qt (the CLI, the engine's
error messages, the store) takes its words from TOML catalogues in ``resources/i18n``:
``<area>.<lang>.toml`` holds keys that are looked up as ``"<area>.<key>"``. Keeping each area in
its own file lets the layers grow their messages without touching each other's.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from recordcheck.paths import resource
from recordcheck.tomlcache import load_toml

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"


@cache
def _catalogue(area: str, lang: str) -> dict[str, str]:
    return load_toml(resource("i18n", f"{area}.{lang}.toml"))


def catalogue(area: str, lang: str | None = None) -> dict[str, Any]:
    """The whole catalogue of ``area`` in ``lang`` (for tables of texts such as patterns)."""
    return _catalogue(area, normalise_language(lang))


def normalise_language(lang: str | None) -> str:
    """Map ``da_DK``, ``en-GB``, ``None`` … onto a supported language, Danish by default."""
    code = (lang or DEFAULT_LANGUAGE).replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def text(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Return the message ``key`` (``"area.name"``) in ``lang``, with ``params`` filled in."""
    area, _, name = key.partition(".")
    template = _catalogue(area, normalise_language(lang))[name]
    return template.format(**params) if params else template
