"""L3: the fast schema check lets valid files skip importing jsonschema, and it never calls a
file valid that jsonschema would refuse (validation is exactly as strict as before)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from recordcheck.contract import SCENARIO_SCHEMA, _conforms, _validator, schema

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "contract_examples").glob("[0-9]*.json"))
SCHEMA = schema(SCENARIO_SCHEMA)
BASE = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=5)
    | st.sampled_from(["documentation", "training", "audio", "all"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


def test_every_contract_example_takes_the_fast_path() -> None:
    assert BASE and all(_conforms(doc, SCHEMA) for doc in BASE)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_fast_check_never_accepts_what_jsonschema_refuses(data: st.DataObject) -> None:
    doc = copy.deepcopy(data.draw(st.sampled_from(BASE)))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(doc)))
        value = data.draw(json_values)
        if not path:
            doc = value
            break
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=6))] = value  # a new, maybe unknown, key
        else:
            parent[path[-1]] = value
    if _conforms(doc, SCHEMA):
        assert list(_validator(SCENARIO_SCHEMA).iter_errors(doc)) == []
