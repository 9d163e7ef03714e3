"""Conditions of the rule base, evaluated in three-valued (Kleene) logic.

A condition is a TOML table mapping a fact to a matcher; all entries must hold. A fact that is
unknown (``None``) makes its matcher *unknown*, and the outcome carries the names of the
scenario facts that were missing, so the engine can say exactly what it could not decide.

Matchers::

    fact = value                 equal (for a list fact: contains the value)
    fact = [a, b]                one of (for a list fact: contains any of them)
    fact = { in = [...] }        one of          fact = { not_in = [...] }   none of
    fact = { ne = v }            not equal       fact = { contains = v }     list contains v
    fact = { subset_of = [...] } every item of the list fact is one of these
    fact = { gte|gt|lte|lt = n } compare numbers
    fact = { nonempty = true }   a non-empty text or list      { empty = true }  an empty one
    fact = { is = v }            equal; unknown counts as *not* equal (never unknown)
    fact = { isnt = v }          not equal; unknown counts as not equal (never unknown)
    fact = { known = true }      the fact is stated (never unknown)
    any = [ {...}, {...} ]       at least one holds      all = [...]   every one holds
    not = { ... }                negation
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

#: A lookup returns a fact's value and, when the value is unknown, the scenario facts missing.
Lookup = Callable[[str], tuple[Any, frozenset[str]]]


class Tri(Enum):
    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Outcome:
    value: Tri
    missing: frozenset[str] = frozenset()

    @property
    def holds(self) -> bool:
        return self.value is Tri.TRUE

    @property
    def unknown(self) -> bool:
        return self.value is Tri.UNKNOWN


TRUE = Outcome(Tri.TRUE)
FALSE = Outcome(Tri.FALSE)


class ConditionError(ValueError):
    """The rule base contains a condition this module cannot read (a bug in the data)."""


def _fold(outcomes: Iterable[Outcome], decisive: Outcome, otherwise: Outcome) -> Outcome:
    """Three-valued ``all`` (decisive FALSE) or ``any`` (decisive TRUE): the first decisive
    outcome settles it; otherwise any unknown makes the whole unknown, naming every missing
    fact, so the engine can say what to find out."""
    missing: set[str] = set()
    unknown = False
    for outcome in outcomes:
        if outcome.value is decisive.value:
            return decisive
        if outcome.value is Tri.UNKNOWN:
            unknown = True
            missing |= outcome.missing
    return Outcome(Tri.UNKNOWN, frozenset(missing)) if unknown else otherwise


def _tri(flag: bool) -> Outcome:
    return TRUE if flag else FALSE


def _same(value: Any, expected: Any) -> bool:
    # bool is an int in Python: never let `1` match `true`
    if isinstance(expected, bool) or isinstance(value, bool):
        return type(value) is type(expected) and bool(value == expected)
    return bool(value == expected)


def _one_of(value: Any, options: Sequence[Any]) -> bool:
    if isinstance(value, tuple):
        return any(_one_of(item, options) for item in value)
    return any(_same(value, option) for option in options)


_NEVER_UNKNOWN = {"is", "isnt", "known"}


def _match(operator: str, operand: Any, value: Any) -> bool:
    if operator == "eq":
        return value == operand if not isinstance(value, tuple) else operand in value
    if operator == "in":
        return _one_of(value, operand)
    if operator == "not_in":
        return not _one_of(value, operand)
    if operator == "ne":
        return not _same(value, operand)
    if operator == "contains":
        return isinstance(value, tuple) and operand in value
    if operator == "contains_any":
        return isinstance(value, tuple) and any(item in value for item in operand)
    if operator == "subset_of":
        return isinstance(value, tuple) and all(item in operand for item in value)
    if operator in ("gte", "gt", "lte", "lt"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        ordered: dict[str, bool] = {
            "gte": value >= operand,
            "gt": value > operand,
            "lte": value <= operand,
            "lt": value < operand,
        }
        return ordered[operator]
    if operator == "nonempty":
        return bool(value) is bool(operand)
    if operator == "empty":
        return (not value) is bool(operand)
    if operator == "is":
        return _same(value, operand)
    if operator == "isnt":
        return not _same(value, operand)
    if operator == "known":
        return (value is not None) is bool(operand)
    raise ConditionError(f"unknown operator {operator!r}")


_OPERATORS = {
    "in",
    "not_in",
    "ne",
    "contains",
    "contains_any",
    "subset_of",
    "gte",
    "gt",
    "lte",
    "lt",
    "nonempty",
    "empty",
    "is",
    "isnt",
    "known",
}


@dataclass(frozen=True)
class _FactTest:
    fact: str
    operator: str
    operand: Any

    def evaluate(self, lookup: Lookup) -> Outcome:
        value, missing = lookup(self.fact)
        if value is None:
            if self.operator in _NEVER_UNKNOWN:
                return _tri(_match(self.operator, self.operand, None))
            return Outcome(Tri.UNKNOWN, missing or frozenset({self.fact}))
        if self.operator == "eq" and isinstance(self.operand, list):
            return _tri(_one_of(value, self.operand))
        if self.operator == "eq":
            return _tri(_one_of(value, [self.operand]))
        return _tri(_match(self.operator, self.operand, value))


@dataclass(frozen=True)
class Condition:
    """A compiled condition; ``facts`` lists every fact it reads (checked at load time)."""

    kind: str  # "all" | "any" | "not" | "test"
    parts: tuple[Any, ...]

    def evaluate(self, lookup: Lookup) -> Outcome:
        if self.kind == "test":
            tested: Outcome = self.parts[0].evaluate(lookup)
            return tested
        if self.kind == "not":
            inner: Outcome = self.parts[0].evaluate(lookup)
            if inner.value is Tri.UNKNOWN:
                return inner
            return FALSE if inner.holds else TRUE
        outcomes = (part.evaluate(lookup) for part in self.parts)
        if self.kind == "all":
            return _fold(outcomes, decisive=FALSE, otherwise=TRUE)
        return _fold(outcomes, decisive=TRUE, otherwise=FALSE)

    @property
    def facts(self) -> frozenset[str]:
        if self.kind == "test":
            return frozenset({self.parts[0].fact})
        return frozenset().union(*(part.facts for part in self.parts))


ALWAYS = Condition("all", ())


def compile_condition(table: Mapping[str, Any] | None) -> Condition:
    """Compile a TOML condition table (see the module docstring)."""
    if not table:
        return ALWAYS
    if not isinstance(table, Mapping):
        raise ConditionError(f"a condition must be a table, not {table!r}")
    parts: list[Condition] = []
    for key, spec in table.items():
        if key in ("any", "all"):
            if not isinstance(spec, list) or not spec:
                raise ConditionError(f"{key!r} needs a non-empty list of conditions")
            parts.append(Condition(key, tuple(compile_condition(item) for item in spec)))
        elif key == "not":
            parts.append(Condition("not", (compile_condition(spec),)))
        elif isinstance(spec, Mapping):
            if len(spec) != 1:
                raise ConditionError(f"{key!r}: one operator per fact, got {sorted(spec)}")
            ((operator, operand),) = spec.items()
            if operator not in _OPERATORS:
                raise ConditionError(f"{key!r}: unknown operator {operator!r}")
            parts.append(Condition("test", (_FactTest(key, operator, operand),)))
        else:
            parts.append(Condition("test", (_FactTest(key, "eq", spec),)))
    return parts[0] if len(parts) == 1 else Condition("all", tuple(parts))
