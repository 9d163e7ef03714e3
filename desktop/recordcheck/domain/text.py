"""The rules every piece of text must keep before the register stores it.

One gate for text from every edge (scenario files, the organisation, consents, the Art. 30
entry, retention rules, command-line arguments, window fields, imported rows): the same limits
and the same refusals everywhere, so what one edge lets in can never break what another one
writes out (an XLSX cell, a DOCX property, a printed notice). Text is *refused*, never silently
changed: the user sees which field holds which character and where.

Refused: control characters U+0000–U+001F except tab and line feed (carriage return too in
multi-line fields), U+007F–U+009F, the non-characters U+FFFE/U+FFFF, and lone surrogates
(what a ``\\ud800`` escape in JSON or undecodable bytes in an argument become in Python).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from recordcheck.errors import Detail

#: A name: of a scenario, the organisation, a person, an Art. 30 entry, an owner, a product.
#: Under DOCX's 255-character property limit (the organisation is a document's author there).
NAME = 200
#: One line of free text: an address, a reference, a channel, a notice version, a contact.
LINE = 500
#: A paragraph or more: a description, a note, what was deleted and how, security measures.
TEXT = 5000
PHONE = 50
EMAIL = 200
WEBSITE = 300
CVR = 8
#: Nesting deeper than this is no scenario nor register export (they nest 4 levels at most).
MAX_DEPTH = 64


@dataclass(frozen=True)
class Rule:
    """How long a field may be and whether it may hold line breaks."""

    limit: int
    multiline: bool = False


ORGANISATION: Mapping[str, Rule] = {
    "name": Rule(NAME),
    "cvr": Rule(CVR),
    "address": Rule(LINE, multiline=True),
    "phone": Rule(PHONE),
    "email": Rule(EMAIL),
    "website": Rule(WEBSITE),
    "dpo_name": Rule(NAME),
    "dpo_contact": Rule(LINE, multiline=True),
}
#: The free-text fields of a scenario (the schema's ``maxLength`` says the same; a test holds
#: them together), plus the owner kept beside it in the register.
SCENARIO: Mapping[str, Rule] = {
    "name": Rule(NAME),
    "description": Rule(TEXT, multiline=True),
    "legal_obligation.reference": Rule(LINE),
    "platform.product": Rule(NAME),
    "owner": Rule(NAME),
}
CONSENT: Mapping[str, Rule] = {
    "person_name": Rule(NAME),
    "phone": Rule(PHONE),
    "email": Rule(EMAIL),
    "reference": Rule(LINE),
    "notice_version": Rule(LINE),
    "evidence_note": Rule(TEXT, multiline=True),
    "channel": Rule(LINE),
    "note": Rule(TEXT, multiline=True),
}
DELETION: Mapping[str, Rule] = {
    "what": Rule(TEXT, multiline=True),
    "method": Rule(TEXT, multiline=True),
}
OBLIGATION: Mapping[str, Rule] = {"note": Rule(TEXT, multiline=True)}
#: The scenario's paths whose text may span lines (a file may hold Windows line ends there).
SCENARIO_MULTILINE = frozenset(k for k, rule in SCENARIO.items() if rule.multiline)
#: Art. 30 entry: its name and owner are names; every other text a paragraph (list items too).
ACTIVITY_NAMES = frozenset({"name", "owner", "processor", "storage_location"})
#: Retention rule: every text field is a paragraph at most.
RETENTION_RULE_DEFAULT = Rule(TEXT, multiline=True)

_BAD_ALWAYS = "\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
_BAD_ONE_LINE = re.compile(f"[{_BAD_ALWAYS}\r]")
_BAD_MULTILINE = re.compile(f"[{_BAD_ALWAYS}]")


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def _kind(char: str) -> str:
    if "\ud800" <= char <= "\udfff":
        return "surrogate"
    if char in "\ufffe\uffff":
        return "noncharacter"
    return "control"


def shown(value: str) -> str:
    """``value`` safe to print: each refused character as its ``\\uXXXX`` escape (a lone
    surrogate cannot even be written to a UTF-8 terminal)."""
    return _BAD_ONE_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def character_problem(field: str, value: str, *, multiline: bool = False) -> Detail | None:
    """The first refused character in ``value``, named with its field and position."""
    found = (_BAD_MULTILINE if multiline else _BAD_ONE_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    return Detail(
        f"contract.text_{_kind(char)}",
        {"field": shown(field), "char": code_point(char), "position": found.start() + 1},
    )


def problem(field: str, value: str | None, rule: Rule) -> Detail | None:
    """What is wrong with one field's text (``None``: nothing, or no text)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return Detail("contract.text_not_text", {"field": shown(field)})
    if len(value) > rule.limit:
        return Detail(
            "contract.text_too_long",
            {"field": shown(field), "length": len(value), "limit": rule.limit},
        )
    return character_problem(field, value, multiline=rule.multiline)


def problems(values: Iterable[tuple[str, Any, Rule]]) -> list[Detail]:
    """Every field's problem, in the order given: ``(field, value, rule)`` triples, where a
    tuple value is checked item by item (``field[1]``)."""
    found: list[Detail] = []
    for field, value, rule in values:
        items = enumerate(value, start=1) if isinstance(value, tuple | list) else [(0, value)]
        for number, item in items:
            where = f"{field}[{number}]" if number else field
            detail = problem(where, item, rule)
            if detail is not None:
                found.append(detail)
    return found


def fields_of(
    record: Any, rules: Mapping[str, Rule], default: Rule | None = None
) -> list[tuple[str, Any, Rule]]:
    """The ``(field, value, rule)`` triples of a dataclass record's text fields: those named in
    ``rules``, and with ``default`` every other ``str``/tuple-of-``str`` field too."""
    from dataclasses import fields

    out = []
    for f in fields(record):
        value = getattr(record, f.name)
        rule = rules.get(f.name)
        if rule is None and default is not None and is_text(value):
            rule = default
        if rule is not None:
            out.append((f.name, value, rule))
    return out


def is_text(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)
    )


def activity_rule(name: str) -> Rule:
    return Rule(NAME) if name in ACTIVITY_NAMES else Rule(TEXT, multiline=True)


def depth_problem(data: Any, limit: int = MAX_DEPTH) -> Detail | None:
    """``None`` when ``data`` (parsed JSON) nests at most ``limit`` levels; walks with its own
    stack, so no nesting can exhaust Python's."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > limit:
                return Detail("contract.too_deep", {"limit": limit})
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return None


def json_text_problems(
    data: Any, multiline: frozenset[str] = frozenset(), limit: int = 12
) -> list[Detail]:
    """Refused characters in any key or string of parsed JSON, named by their path (``name``,
    ``purposes[2]``); at most ``limit`` of them. Only the paths in ``multiline`` may hold a
    carriage return. Lengths are the schema's job."""
    found: list[Detail] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack and len(found) < limit:
        node, path = stack.pop()
        if isinstance(node, str):
            detail = character_problem(path or "-", node, multiline=path in multiline)
            if detail is not None:
                found.append(detail)
        elif isinstance(node, dict):
            for key, child in reversed(list(node.items())):
                where = f"{path}.{key}" if path else str(key)
                detail = character_problem(where, key) if isinstance(key, str) else None
                if detail is not None:
                    found.append(detail)
                stack.append((child, where))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{i}]") for i, child in reversed(list(enumerate(node))))
    return found
