"""Reading Art. 30 entries written by versions before the entry was kept as data.

Those versions wrote what the generator knew as text: the erasure time limits as
``"threat_protection: 9999 days; documentation: 90 days"`` (or, from the window, the same in
words: ``"Beskyttelse mod trusler: 9999 dage"``), categories and legal bases as words of the
language of the day, the processor also as the recipient ``"Zoom (processor)"``. Each is read
back into the structured field when it is exactly what the generator wrote; any other text is
the user's and is kept as it is (the erasure text becomes the entry's note).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from recordcheck.domain.register import ProcessingActivity
from recordcheck.domain.vocabulary import Purpose

_LIMIT = re.compile(r"^\s*(?P<purpose>[^:;]+?)\s*:\s*(?P<days>\d+)\s+(?:days?|dage?)\s*$")
_LANGS = ("da", "en")


@cache
def _codes(fact: str) -> Mapping[str, str]:
    """Label (either language, folded) -> code for one fact's values, and code -> code."""
    from recordcheck.rules import load_rulebase

    rb = load_rulebase()
    values = rb.facts.get("values", {}).get(fact, {})
    out: dict[str, str] = {}
    for code, labels in values.items():
        out[code.casefold()] = code
        for lang in _LANGS:
            if isinstance(labels.get(lang), str):
                out[labels[lang].casefold()] = code
    return out


@cache
def _basis_codes() -> Mapping[str, str]:
    from recordcheck.rules import load_rulebase

    out: dict[str, str] = {}
    for code, labels in load_rulebase().basis_labels.items():
        out[code.casefold()] = code
        for lang in _LANGS:
            if labels.get(lang):
                out[labels[lang].casefold()] = code
    return out


def parse_retention(textual: str) -> dict[Purpose, int] | None:
    """``"documentation: 90 days; training: 30 dage"`` as days per purpose; ``None`` unless the
    whole text is in the generator's pattern (codes or labels, days in English or Danish)."""
    parts = [p for p in textual.split(";") if p.strip()]
    if not parts:
        return None
    found: dict[Purpose, int] = {}
    purposes = _codes("purposes")
    for part in parts:
        match = _LIMIT.match(part)
        if match is None:
            return None
        code = purposes.get(match["purpose"].casefold())
        if code is None or Purpose(code) in found:
            return None
        found[Purpose(code)] = int(match["days"])
    return found


def _as_codes(fact: str, items: Any) -> list[Any]:
    """Known labels become their codes; anything else the user wrote is kept."""
    codes = _codes(fact)
    return [
        codes.get(item.casefold(), item) if isinstance(item, str) else item for item in items or ()
    ]


def as_codes(activity: ProcessingActivity) -> ProcessingActivity:
    """``activity`` with categories and legal bases that name a known value in words (as the
    window shows them) kept as that value's code, so every document can word it again."""
    bases = _basis_codes()
    return dataclasses.replace(
        activity,
        data_subject_categories=tuple(
            _as_codes("participants.categories", activity.data_subject_categories)
        ),
        data_categories=tuple(_as_codes("data_categories", activity.data_categories)),
        legal_basis={
            p: tuple(bases.get(b.casefold(), b) for b in items)
            for p, items in activity.legal_basis.items()
        },
    )


def upgrade(body: dict[str, Any]) -> dict[str, Any]:
    """An activity's stored JSON in today's shape (an entry already in it comes back as is)."""
    if "retention" not in body:
        erasure = str(body.get("erasure_time_limits") or "")
        parsed = parse_retention(erasure)
        if parsed is not None:
            body["retention"] = {p.value: days for p, days in parsed.items()}
            body["erasure_time_limits"] = ""
        body["data_subject_categories"] = _as_codes(
            "participants.categories", body.get("data_subject_categories")
        )
        body["data_categories"] = _as_codes("data_categories", body.get("data_categories"))
        bases = _basis_codes()
        body["legal_basis"] = {
            purpose: [bases.get(b.casefold(), b) if isinstance(b, str) else b for b in items]
            for purpose, items in (body.get("legal_basis") or {}).items()
        }
        processor = str(body.get("processor") or "")
        if processor:
            generated = f"{processor} (processor)"
            body["recipients"] = [r for r in body.get("recipients") or () if r != generated]
    return body
