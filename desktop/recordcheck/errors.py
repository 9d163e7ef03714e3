"""Errors a user can act on. They carry a message key, not a sentence, so every layer can raise
them and the CLI or the window shows them in the user's language (see ``recordcheck.texts``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from recordcheck.texts import text


@dataclass(frozen=True)
class Detail:
    """One concrete problem inside a larger one, e.g. a field of a scenario file."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        params = {
            name: value.message(lang) if isinstance(value, Detail) else value
            for name, value in self.params.items()
        }
        return text(self.key, lang, **params)


class UserError(Exception):
    """A problem caused by input or environment, explained without a traceback."""

    exit_status = 2

    def __init__(self, key: str, /, *, details: list[Detail] | None = None, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        self.details = list(details or [])

    def message(self, lang: str | None = None) -> str:
        lines = [text(self.key, lang, **self.params)]
        lines.extend(f"  • {detail.message(lang)}" for detail in self.details)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.message("en")


class InputError(UserError):
    """The file or data the user gave us cannot be used."""
