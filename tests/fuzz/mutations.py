"""Hypothesis strategies that spoil good JSON documents the ways a file can be spoiled: wrong
types, refused characters (raw and as ``\\u`` escapes), lone surrogates, huge strings and
numbers, deep nesting, duplicate keys, invalid UTF-8 bytes, truncation. Sizes are bounded so
every example runs in milliseconds and nothing can hang."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st

#: Characters the text gate refuses (a sample of each class) and some it must let through.
REFUSED = [
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
]
ALLOWED_ODD = ["\t", "\n", "\u00a0", "\u200b", "\u202e", "\U0001f600", "æøå", "\u0301"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(REFUSED)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``doc`` (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found.extend(paths(value, (*prefix, key)))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found.extend(paths(value, (*prefix, index)))
    return found


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _string_paths(doc: Any) -> list[tuple[Any, ...]]:
    return [p for p in paths(doc) if isinstance(_get(doc, p), str)]


def _dumps(doc: Any) -> bytes:
    """``doc`` as UTF-8 bytes (a lone surrogate as its 3 bytes, as a careless writer would);
    the deep-nesting marks become brackets here, so no step of the test itself recurses."""
    raw = _DEEP.sub(_nested, json.dumps(doc, ensure_ascii=False))
    return raw.encode("utf-8", "surrogatepass")


@st.composite
def spoiled_object(draw: st.DrawFn, doc: Any) -> Any:
    """``doc`` (a parsed JSON object) with one or two values or keys spoiled."""
    doc = json.loads(json.dumps(doc))
    for _ in range(draw(st.integers(1, 2))):
        where = paths(doc)
        how = draw(
            st.sampled_from(["type", "char", "huge", "deep", "drop", "extra", "number", "odd"])
        )
        strings = _string_paths(doc)
        if how == "type" and where:
            _set(doc, draw(st.sampled_from(where)), draw(json_values))
        elif how in ("char", "odd") and strings:
            path = draw(st.sampled_from(strings))
            old = _get(doc, path)
            at = draw(st.integers(0, len(old)))
            char = draw(st.sampled_from(REFUSED if how == "char" else ALLOWED_ODD))
            _set(doc, path, old[:at] + char + old[at:])
        elif how == "huge" and strings:
            size = draw(st.sampled_from([201, 501, 5001, 100_000, 400_000]))
            _set(doc, draw(st.sampled_from(strings)), "x" * size)
        elif how == "deep" and where:
            depth = draw(st.sampled_from([63, 65, 200, 5000]))
            _set(doc, draw(st.sampled_from(where)), f"@@deep:{depth}@@")  # nested when dumped
        elif how == "drop" and isinstance(doc, dict) and doc:
            doc.pop(draw(st.sampled_from(sorted(doc))))
        elif how == "extra" and isinstance(doc, dict):
            doc[draw(st.text(max_size=10) | st.sampled_from(REFUSED))] = draw(json_values)
        elif how == "number" and where:
            _set(
                doc,
                draw(st.sampled_from(where)),
                draw(st.sampled_from([2**63, -(2**63) - 1, 10**25, 1e308, -1, 0.5])),
            )
    return doc


_DEEP = re.compile(r'"@@deep:(\d+)@@"')


def _nested(found: re.Match[str]) -> str:
    depth = int(found.group(1))
    return "[" * depth + "]" * depth


@st.composite
def spoiled_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    """The JSON text ``raw`` spoiled as bytes: truncated, invalid UTF-8 inserted, a ``\\u``
    escape of a surrogate or control character, a key given twice, nesting as text."""
    how = draw(
        st.sampled_from(["truncate", "utf8", "escape", "duplicate", "deep", "bom", "garbage"])
    )
    if how == "truncate":
        return raw[: draw(st.integers(0, max(len(raw) - 1, 0)))]
    if how == "utf8":
        at = draw(st.integers(0, len(raw)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80", b"\xf8"]))
        return raw[:at] + bad + raw[at:]
    if how == "escape":
        quotes = [i for i, b in enumerate(raw) if b == ord('"')]
        at = draw(st.sampled_from(quotes)) + 1 if quotes else 0
        escape = draw(
            st.sampled_from(
                ["\\ud800", "\\udfff", "\\u0000", "\\u001b", "\\ufffe", "\\ud83d\\ude00", "\\u0085"]
            )
        ).encode()
        return raw[:at] + escape + raw[at:]
    if how == "duplicate":
        key = draw(st.sampled_from(["format", "name", "purposes", "channel", "x"]))
        return raw.rstrip()[:-1] + b', "' + key.encode() + b'": null}'
    if how == "deep":
        depth = draw(st.sampled_from([65, 999, 1000, 1001, 50_000]))
        return b'{"format": ' + b"[" * depth + b"]" * depth + b"}"
    if how == "bom":
        return b"\xef\xbb\xbf" + raw
    return draw(st.binary(max_size=200))


def spoiled_file(doc: Any) -> st.SearchStrategy[bytes]:
    """A file made from ``doc``: spoiled as an object, as bytes, or both."""
    as_object = spoiled_object(doc).map(_dumps)
    return as_object | spoiled_bytes(_dumps(doc)) | as_object.flatmap(spoiled_bytes)
