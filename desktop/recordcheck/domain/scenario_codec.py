"""Scenario ⇄ contract JSON object (``recordcheck.scenario/1``), without I/O.

The input is assumed to be valid against the shipped JSON schema (``recordcheck.contract``
validates files before they get here). Unknown facts are written out as absent keys, so
``scenario_to_dict(scenario_from_dict(d))`` equals ``d`` for every valid ``d`` without nulls,
and ``scenario_from_dict(scenario_to_dict(s)) == s`` for every scenario.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache
from typing import Any

from recordcheck.domain.scenario import SCENARIO_FORMAT, Scenario, _Section
from recordcheck.domain.vocabulary import Purpose

# The contract's key order, so saved files read like the examples.
_KEY_ORDER = (
    "format",
    "name",
    "description",
    "controller_type",
    "sector",
    "channel",
    "media",
    "coverage",
    "organisation_participates",
    "covert",
    "purposes",
    "documentation",
    "threats",
    "legal_obligation",
    "participants",
    "data_categories",
    "consent",
    "information",
    "retention_days",
    "retention_reasons",
    "platform",
    "employees",
    "dpia_done",
)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _non_none(hint: Any) -> Any:
    """``X | None`` → ``X``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0]
    return hint


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    hint = _non_none(hint)
    origin = typing.get_origin(hint)
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(hint)
        return tuple(_decode(item_type, item) for item in value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and is_dataclass(hint):
        return _decode_object(hint, value)
    return value


def _decode_object(cls: type, data: Mapping[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        if f.name == "retention_days":
            kwargs[f.name] = {Purpose(k): int(v) for k, v in data[f.name].items()}
        elif f.name == "retention_reasons":
            kwargs[f.name] = {Purpose(k): str(v) for k, v in data[f.name].items()}
        else:
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
    return cls(**kwargs)


def scenario_from_dict(data: Mapping[str, Any]) -> Scenario:
    """Build a :class:`Scenario` from a schema-valid contract object."""
    scenario = _decode_object(Scenario, data)
    assert isinstance(scenario, Scenario)
    return scenario


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if is_dataclass(value):
        return _encode_object(value)
    return value


def _encode_object(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if value is None:
            continue
        if f.name in ("retention_days", "retention_reasons"):
            if value:
                out[f.name] = {purpose.value: item for purpose, item in value.items()}
            continue
        if isinstance(value, _Section) and value.is_empty():
            continue
        out[f.name] = _encode(value)
    return out


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """Return the contract object for ``scenario``; unknown facts are left out."""
    body = _encode_object(scenario)
    body["format"] = SCENARIO_FORMAT
    return {key: body[key] for key in _KEY_ORDER if key in body}
