"""Document wording as data: ``resources/templates/<doc>.<lang>.toml``.

Every sentence a document prints comes from these reviewed per-language files, so a lawyer or
translator can change the wording without touching code, and the language of a document is
chosen per export, independent of the window's language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

from recordcheck.paths import resource
from recordcheck.texts import normalise_language


@cache
def template(doc: str, lang: str) -> Mapping[str, Any]:
    """The wording of ``doc`` (e.g. ``"notice"``) in ``lang`` (``da`` or ``en``)."""
    path = resource("templates", f"{doc}.{normalise_language(lang)}.toml")
    with path.open("rb") as handle:
        return tomllib.load(handle)


class Words:
    """Dotted-key access to one document's template plus the shared ``common`` template."""

    def __init__(self, doc: str, lang: str) -> None:
        self.lang = normalise_language(lang)
        self._own = template(doc, self.lang)
        self._common = template("common", self.lang)

    def raw(self, key: str) -> Any:
        for table in (self._own, self._common):
            node: Any = table
            for part in key.split("."):
                if not isinstance(node, Mapping) or part not in node:
                    break
                node = node[part]
            else:
                return node
        raise KeyError(f"no template text {key!r} ({self.lang})")

    def has(self, key: str) -> bool:
        try:
            self.raw(key)
        except KeyError:
            return False
        return True

    def __call__(self, key: str, /, **params: Any) -> str:
        """The text ``key`` with ``params`` filled in (values are inserted as they are)."""
        value = self.raw(key)
        if not isinstance(value, str):
            raise KeyError(f"template text {key!r} is not a string")
        return value.format_map(params) if params else value

    def fill_in(self, what_key: str) -> str:
        """A visible placeholder for an unknown fact: ``[udfyld: …]``."""
        return self("placeholder.fill", what=self(f"missing.{what_key}"))

    def check(self, text: str) -> str:
        """A visible placeholder for something to resolve before use: ``[afklar: …]``."""
        return self("placeholder.check", what=text)

    def or_fill_in(self, value: str | None, what_key: str) -> str:
        return value.strip() if value and value.strip() else self.fill_in(what_key)
