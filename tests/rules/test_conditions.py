"""Three-valued evaluation of rule-base conditions."""

from __future__ import annotations

import pytest

from recordcheck.rules.conditions import ConditionError, Tri, compile_condition


def lookup_from(facts: dict):
    def lookup(name: str):
        value = facts.get(name)
        return value, frozenset() if value is not None else frozenset({name})

    return lookup


@pytest.mark.parametrize(
    ("condition", "facts", "expected"),
    [
        ({"a": True}, {"a": True}, Tri.TRUE),
        ({"a": True}, {"a": False}, Tri.FALSE),
        ({"a": True}, {}, Tri.UNKNOWN),
        ({"a": 1}, {"a": True}, Tri.FALSE),  # a bool never equals a number
        ({"a": ["x", "y"]}, {"a": "y"}, Tri.TRUE),
        ({"a": "x"}, {"a": ("x", "z")}, Tri.TRUE),  # list fact: contains
        ({"a": ["q", "z"]}, {"a": ("x", "z")}, Tri.TRUE),  # list fact: contains any
        ({"a": {"not_in": ["x"]}}, {"a": "y"}, Tri.TRUE),
        ({"a": {"gte": 6}}, {"a": 6}, Tri.TRUE),
        ({"a": {"lt": 6}}, {"a": 6}, Tri.FALSE),
        ({"a": {"subset_of": ["x"]}}, {"a": ("x",)}, Tri.TRUE),
        ({"a": {"subset_of": ["x"]}}, {"a": ("x", "y")}, Tri.FALSE),
        ({"a": {"nonempty": True}}, {"a": ()}, Tri.FALSE),
        ({"a": {"empty": True}}, {"a": ()}, Tri.TRUE),
        ({"a": {"is": True}}, {}, Tri.FALSE),  # unknown counts as "not"
        ({"a": {"isnt": True}}, {}, Tri.TRUE),
        ({"a": {"known": True}}, {}, Tri.FALSE),
        ({}, {}, Tri.TRUE),
    ],
)
def test_matchers(condition: dict, facts: dict, expected: Tri) -> None:
    assert compile_condition(condition).evaluate(lookup_from(facts)).value is expected


def test_kleene_and_or_not() -> None:
    facts = lookup_from({"t": True, "f": False})
    assert compile_condition({"t": True, "u": True}).evaluate(facts).value is Tri.UNKNOWN
    assert compile_condition({"f": True, "u": True}).evaluate(facts).value is Tri.FALSE
    assert compile_condition({"any": [{"t": True}, {"u": True}]}).evaluate(facts).value is Tri.TRUE
    either = compile_condition({"any": [{"f": True}, {"u": True}]})
    assert either.evaluate(facts).value is Tri.UNKNOWN
    assert compile_condition({"not": {"u": True}}).evaluate(facts).value is Tri.UNKNOWN
    assert compile_condition({"not": {"f": True}}).evaluate(facts).value is Tri.TRUE


def test_unknown_outcome_names_the_missing_facts() -> None:
    outcome = compile_condition({"t": True, "any": [{"u1": 1}, {"u2": 2}]}).evaluate(
        lookup_from({"t": True})
    )
    assert outcome.unknown
    assert outcome.missing == {"u1", "u2"}


def test_facts_lists_everything_read() -> None:
    condition = compile_condition({"a": 1, "any": [{"b": 2}, {"not": {"c": 3}}]})
    assert condition.facts == {"a", "b", "c"}


@pytest.mark.parametrize("bad", [{"a": {"bogus": 1}}, {"a": {"in": [1], "ne": 2}}, {"any": []}])
def test_unreadable_conditions_are_refused(bad: dict) -> None:
    with pytest.raises(ConditionError):
        compile_condition(bad)
