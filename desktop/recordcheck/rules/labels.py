"""Names of the contract's values (purposes, channels, consent mechanisms …) in Danish or
English, taken from the rule base so every screen and document uses the same words. This is the
one place labels are looked up; the window and the command line reach it through
``recordcheck.services.labels``."""

from __future__ import annotations

from typing import Any

from recordcheck.texts import normalise_language


def value_label(fact: str, value: Any, lang: str) -> str:
    """The rule base's label for ``value`` of ``fact`` (``"purposes"``, ``"documentation"``)."""
    if value is None:
        return ""
    from recordcheck.rules import load_rulebase

    raw = getattr(value, "value", value)
    return load_rulebase().value_label(fact, raw, normalise_language(lang))


def purpose_label(purpose: Any, lang: str) -> str:
    return value_label("purposes", purpose, lang) if purpose is not None else ""


def verdict_label(verdict: Any, lang: str) -> str:
    return value_label("verdict", verdict, lang)


def basis_label(code: str, lang: str) -> str:
    """A legal basis code (``GDPR art. 6(1)(f)``) in words; an unknown code as it is."""
    from recordcheck.rules import load_rulebase

    labels = load_rulebase().basis_labels.get(code)
    return labels[normalise_language(lang)] if labels else code
