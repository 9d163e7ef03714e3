"""Register dataclasses ⇄ JSON-safe dicts, driven by their type hints.

Used for the parts of a record kept as one JSON column (a processing activity's many Art. 30
fields, a retention rule's details) and for the audit log's before/after snapshots.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_jsonable(value: Any) -> Any:
    """Enums → values, dates → ISO text, tuples → lists, mappings → dicts."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(to_jsonable(k)): to_jsonable(v) for k, v in value.items()}
    return value


def dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_decode(item, v) for v in value)
    if origin in (Mapping, dict, typing.Mapping):
        key_type, value_type = typing.get_args(hint)
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


def fields_to_dict(obj: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj) if f.name not in skip}


def fields_from_dict(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    """Constructor arguments for ``cls`` from ``data`` (unknown keys are ignored: a newer
    minor field written by a later version does not break reading)."""
    hints = _hints(cls)
    names = {f.name for f in fields(cls)}
    return {k: _decode(hints[k], v) for k, v in data.items() if k in names}
