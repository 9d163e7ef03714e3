"""Stored text made safe for every writer: the last line of defence behind the input checks.

A register may hold text that no writer accepts: a control character that openpyxl and lxml
refuse (XML 1.0 allows none below U+0020 except tab, newline and carriage return, and neither
U+FFFE/U+FFFF nor lone surrogates), or a name so long that laying it out takes reportlab
minutes. Such text came in before the input checks existed, or by a route that bypassed them;
an inspection bundle must still be made from it. So every document replaces what XML cannot
hold with U+FFFD (visible: the reader sees that something was there) and prints at most
:data:`FIELD_LIMIT` characters of a field, ending with an ellipsis.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar

#: What a document prints of one stored field at most. The input checks allow 500 characters
#: for a name and less for most fields, so no legitimate value is ever cut.
FIELD_LIMIT = 2_000
#: What a spreadsheet cell holds at most (Excel's own limit; openpyxl does not check it).
CELL_LIMIT = 32_767
#: A Word document's core properties (title, author) hold at most 255 characters.
PROPERTY_LIMIT = 255

#: Characters XML 1.0 cannot hold (carriage return is legal, but read back as a newline).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]+")
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"

P = ParamSpec("P")
R = TypeVar("R")


def xml_safe(text: str) -> str:
    """``text`` with each run of characters XML cannot hold replaced by one U+FFFD; line ends
    as ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub(REPLACEMENT, text)


def capped(text: str, limit: int = FIELD_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, the last being an ellipsis when it was longer."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def printable(text: str, limit: int = FIELD_LIMIT) -> str:
    """One stored field as a document prints it: XML-safe and at most ``limit`` characters."""
    return capped(xml_safe(text), limit)


def _needs_work(text: str, limit: int) -> bool:
    return len(text) > limit or "\r" in text or _ILLEGAL.search(text) is not None


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def cleaned(value: Any, limit: int = FIELD_LIMIT) -> Any:
    """``value`` with every string inside it (dataclass fields, sequences, mapping keys and
    values, nested) made :func:`printable`. Objects without such strings are returned as they
    are, so a register of 10,000 clean records costs only the look."""
    if isinstance(value, str):
        return printable(value, limit) if _needs_work(value, limit) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _field_names(type(value)):
            old = getattr(value, name)
            if isinstance(old, int | float | bool | None):
                continue
            new = cleaned(old, limit)
            if new is not old:
                changes[name] = new
        if not changes:
            return value
        # a copy, not dataclasses.replace: no __init__ / __post_init__ runs on stored data
        twin = copy.copy(value)
        for name, new in changes.items():
            object.__setattr__(twin, name, new)
        return twin
    if isinstance(value, list | tuple):
        items = [cleaned(item, limit) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        if isinstance(value, list):
            return items
        return tuple(items) if type(value) is tuple else type(value)(*items)
    if isinstance(value, Mapping):
        pairs = [(cleaned(k, limit), cleaned(v, limit)) for k, v in value.items()]
        if all(nk is k and nv is v for (nk, nv), (k, v) in zip(pairs, value.items(), strict=True)):
            return value
        rebuilt = dict(pairs)
        return MappingProxyType(rebuilt) if isinstance(value, MappingProxyType) else rebuilt
    return value


def printable_inputs(limit: int = FIELD_LIMIT) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a document function so every stored string it receives is :func:`cleaned`
    first: the writers below it never see a character they cannot write or a field too long
    to lay out in time."""

    def decorate(make: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(make)
        def made(*args: P.args, **kwargs: P.kwargs) -> R:
            safe_args = [cleaned(a, limit) for a in args]
            safe_kwargs = {k: cleaned(v, limit) for k, v in kwargs.items()}
            return make(*safe_args, **safe_kwargs)

        return made

    return decorate


def json_text(data: Any, **options: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, …)`` that can always be written as UTF-8: a lone
    surrogate (which UTF-8 cannot encode) becomes its JSON escape ``\\udc80``, so the value
    reads back exactly as it was stored."""
    text = json.dumps(data, ensure_ascii=False, **options)
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")
