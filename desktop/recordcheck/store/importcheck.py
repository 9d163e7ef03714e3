"""Checking a JSON export row by row before any of it is inserted (review B0b).

An import is only worth something if the register works afterwards: a row with a wrong type,
a dangling reference or a scenario the codec cannot read would poison every later command (and
the window's start). So every value is checked against the table's column, every reference
against the rows before it, and the JSON columns through the same decoders the register uses.
The first problem is reported naming table, row and field, in the user's language.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

import sqlalchemy as sa

from recordcheck.domain import text as text_rules
from recordcheck.domain.register import (
    AuditAction,
    ConsentEventKind,
    DeletionReason,
    DeletionStatus,
    ProcessingActivity,
    RetentionRule,
    ScenarioStatus,
    StartEvent,
)
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.errors import Detail, InputError
from recordcheck.store import schema

#: Text columns that hold one value of a vocabulary.
CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("scenarios", "status"): ScenarioStatus,
    ("consents", "status"): ConsentEventKind,
    ("consents", "mechanism"): ConsentMechanism,
    ("consent_events", "kind"): ConsentEventKind,
    ("retention_rules", "purpose"): Purpose,
    ("retention_rules", "start_event"): StartEvent,
    ("deletion_tasks", "purpose"): Purpose,
    ("deletion_tasks", "reason"): DeletionReason,
    ("deletion_tasks", "status"): DeletionStatus,
    ("deletion_log", "purpose"): Purpose,
    ("deletion_log", "reason"): DeletionReason,
    ("audit_log", "action"): AuditAction,
}


class RowProblemError(Exception):
    """One field of one row is wrong; ``detail`` says how (plus any finer details)."""

    def __init__(self, detail: Detail, more: list[Detail] | None = None) -> None:
        super().__init__(detail.key)
        self.detail = detail
        self.more = more or []


#: SQLite's integers are 64-bit: a larger number cannot be stored at all.
INTEGER_LIMIT = 2**63
#: Times and dates outside these years are typing mistakes (or year 1 from a broken tool) and
#: would overflow the date arithmetic of deletion deadlines and local times.
YEARS = (1900, 2999)
#: A JSON column holds at most a whole assessment; more is no register data.
JSON_TEXT_LIMIT = 1_000_000

_R = text_rules.Rule
#: The text columns a user types into keep the same limits as in the window and on the
#: command line (``domain.text``); other ``String(n)`` columns keep their ``n``.
TEXT_RULES: dict[tuple[str, str], text_rules.Rule] = {
    **{("organisation", k): rule for k, rule in text_rules.ORGANISATION.items()},
    ("organisation", "cvr"): _R(20),  # the column's width: an old register may hold spaces
    ("scenarios", "name"): _R(text_rules.NAME),
    ("scenarios", "owner"): text_rules.SCENARIO["owner"],
    ("activities", "name"): _R(text_rules.NAME),
    **{("consents", k): rule for k, rule in text_rules.CONSENT.items()},
    ("consents", "name_key"): _R(3 * text_rules.NAME),  # casefolding may lengthen a name
    ("consent_events", "channel"): text_rules.CONSENT["channel"],
    ("consent_events", "note"): text_rules.CONSENT["note"],
    ("deletion_tasks", "person_name"): _R(text_rules.NAME),
    ("deletion_log", "what"): text_rules.DELETION["what"],
    ("deletion_log", "method"): text_rules.DELETION["method"],
    ("obligation_checks", "note"): text_rules.OBLIGATION["note"],
}


def _short(value: Any) -> str:
    if isinstance(value, str) and len(value) > 200:
        value = value[:200]  # a huge value is never quoted whole
    shown = text_rules.shown(json.dumps(value, ensure_ascii=False))
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _problem(key: str, value: Any = None, **params: Any) -> RowProblemError:
    return RowProblemError(Detail(f"store.problem_{key}", {"value": _short(value), **params}))


def _json(value: str) -> Any:
    """The column's JSON, parsed as strictly as a scenario file (a key twice, deep nesting,
    a refused character inside a string: each named)."""
    from recordcheck.contract import parse_json

    try:
        data = parse_json(value, "")
    except InputError as error:
        if error.key == "contract.not_json":
            raise _problem("json", value) from error
        raise RowProblemError(
            Detail(f"contract.row_{error.key.partition('.')[2]}", error.params)
        ) from error
    found = text_rules.json_text_problems(data, frozenset(), 1)
    if found:
        raise RowProblemError(found[0])
    return data


def _dict(value: str) -> dict[str, Any]:
    data = _json(value)
    if not isinstance(data, dict):
        raise _problem("object", value)
    return data


def _maybe_json(value: str) -> None:
    _json(value)


def _assessment(value: str) -> None:
    """An assessment as the documents read it: the contract's schema, then the typed codec."""
    from recordcheck.contract import ASSESSMENT_SCHEMA, check
    from recordcheck.domain.assessment_codec import from_contract

    data = _dict(value)
    try:
        check(
            data, ASSESSMENT_SCHEMA, source="assessment_json", header="contract.invalid_assessment"
        )
        from_contract(data)
    except InputError as error:
        raise RowProblemError(Detail(error.key, error.params), error.details) from error
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise RowProblemError(
            Detail("contract.row_assessment", {"value": _short(value)})
        ) from error


def _activity(value: str) -> None:
    """An Art. 30 entry as the register reads it (``rows.activity``), every field of its
    type and every text within the limits the window keeps."""
    from recordcheck.store.activity_compat import upgrade

    try:
        body = upgrade(_dict(value))
    except (AttributeError, TypeError, ValueError) as error:  # upgrade meets a wrong shape
        raise RowProblemError(Detail("contract.row_activity", {"value": _short(value)})) from error
    _typed(ProcessingActivity, body)
    _texts(body, ProcessingActivity, text_rules.activity_rule)


def _details(value: str) -> None:
    """A retention rule's details, as ``rows.retention_rule`` reads them."""
    body = _dict(value)
    _typed(RetentionRule, body)
    _texts(body, RetentionRule, lambda _name: text_rules.RETENTION_RULE_DEFAULT)


def _typed(cls: type, body: Mapping[str, Any]) -> None:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    for name, item in body.items():
        if name in names and not _fits(hints[name], item):
            raise RowProblemError(
                Detail(
                    "contract.type",
                    {
                        "field": text_rules.shown(name),
                        "expected": _expected(hints[name]),
                        "value": _short(item),
                    },
                )
            )


def _texts(body: Mapping[str, Any], cls: type, rule: Callable[[str], text_rules.Rule]) -> None:
    names = {f.name for f in fields(cls)}
    found = text_rules.problems(
        (name, item, rule(name))
        for name, item in body.items()
        if name in names
        and (
            text_rules.is_text(item)
            or (isinstance(item, list) and all(isinstance(i, str) for i in item))
        )
    )
    if found:
        raise RowProblemError(found[0], found[1:])


def _optional(hint: Any) -> tuple[bool, Any]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return True, args[0]
    return False, hint


def _fits(hint: Any, value: Any) -> bool:
    """``value`` (decoded JSON) is what a field typed ``hint`` can hold."""
    nullable, hint = _optional(hint)
    if value is None:
        return nullable
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return isinstance(value, list) and all(_fits(item, v) for v in value)
    if origin in (Mapping, dict, typing.Mapping):
        key, item = typing.get_args(hint)
        return isinstance(value, dict) and all(
            _fits(key, k) and _fits(item, v) for k, v in value.items()
        )
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < INTEGER_LIMIT
    if hint is str:
        return isinstance(value, str)
    if hint in (date, datetime):
        return isinstance(value, str) and _when(hint, value) is not None
    if isinstance(hint, type) and issubclass(hint, Enum):
        return isinstance(value, str) and value in hint._value2member_map_
    return True  # a type this check does not know: the reader decides


def _expected(hint: Any) -> Detail:
    hint = _optional(hint)[1]
    origin = typing.get_origin(hint)
    name = (
        "array"
        if origin is tuple
        else "object"
        if origin in (Mapping, dict, typing.Mapping)
        else "boolean"
        if hint is bool
        else "integer"
        if hint is int
        else "string"
    )
    return Detail(f"contract.type_{name}")


def _when(kind: type, value: str) -> date | None:
    """``value`` as a date or time in :data:`YEARS`, else ``None``."""
    try:
        parsed = datetime.fromisoformat(value) if kind is datetime else date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if YEARS[0] <= parsed.year <= YEARS[1] else None


def _purposes(value: str) -> None:
    data = _json(value)
    allowed = ", ".join(p.value for p in Purpose)
    if (
        not isinstance(data, list)
        or not data
        or any(not isinstance(p, str) or p not in Purpose._value2member_map_ for p in data)
    ):
        raise _problem("purposes", value, allowed=allowed)


def _scenario(value: str) -> None:
    from recordcheck.contract import scenario_from_json_text

    try:
        scenario_from_json_text(value, source="scenario_json")
    except InputError as error:
        raise RowProblemError(Detail(error.key, error.params), error.details) from error
    except (ValueError, TypeError, KeyError) as error:  # the codec's own refusal
        raise _problem("scenario", value) from error


#: JSON text columns and the decoder each must pass (the register reads them with these).
JSON_COLUMNS: dict[tuple[str, str], Callable[[str], None]] = {
    ("scenarios", "scenario_json"): _scenario,
    ("assessments", "assessment_json"): _assessment,
    ("activities", "activity_json"): _activity,
    ("retention_rules", "details_json"): _details,
    ("consents", "purposes"): _purposes,
    ("audit_log", "before_json"): _maybe_json,
    ("audit_log", "after_json"): _maybe_json,
}


def _check_type(table: sa.Table, column: sa.Column[Any], value: Any) -> None:
    kind = column.type
    if isinstance(kind, schema.UtcDateTime | sa.DateTime | sa.Date):
        moment = isinstance(kind, schema.UtcDateTime | sa.DateTime)
        if not isinstance(value, str):
            raise _problem("datetime" if moment else "date", value)
        try:
            parsed = datetime.fromisoformat(value) if moment else date.fromisoformat(value)
        except ValueError as error:
            raise _problem("datetime" if moment else "date", value) from error
        if not YEARS[0] <= parsed.year <= YEARS[1]:
            raise RowProblemError(
                Detail(
                    "contract.row_year",
                    {"value": _short(value), "first": YEARS[0], "last": YEARS[1]},
                )
            )
    elif isinstance(kind, sa.Boolean):
        if not isinstance(value, bool):
            raise _problem("bool", value)
    elif isinstance(kind, sa.Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _problem("integer", value)
        if abs(value) >= INTEGER_LIMIT:
            raise RowProblemError(
                Detail(
                    "contract.row_integer_range",
                    {"digits": len(str(abs(value))), "limit": INTEGER_LIMIT - 1},
                )
            )
    elif isinstance(kind, sa.String):
        if not isinstance(value, str):
            raise _problem("text", value)
        found = text_rules.problem(column.name, value, _text_rule(table, column))
        if found is not None:
            raise RowProblemError(found)


def _text_rule(table: sa.Table, column: sa.Column[Any]) -> text_rules.Rule:
    rule = TEXT_RULES.get((table.name, column.name))
    if rule is not None:
        return rule
    if (table.name, column.name) in JSON_COLUMNS or column.name.endswith("_json"):
        return _R(JSON_TEXT_LIMIT, multiline=True)
    length = getattr(column.type, "length", None)
    return _R(length) if length else _R(text_rules.TEXT, multiline=True)


def _check_value(
    table: sa.Table, column: sa.Column[Any], value: Any, seen: dict[tuple[str, str], set[Any]]
) -> None:
    if value is None:
        if not column.nullable:
            raise _problem("missing")
        return
    _check_type(table, column, value)
    choice = CHOICES.get((table.name, column.name))
    if choice is not None and value not in choice._value2member_map_:
        raise _problem("choice", value, allowed=", ".join(m.value for m in choice))
    decoder = JSON_COLUMNS.get((table.name, column.name))
    if decoder is not None:
        decoder(value)
    for fk in column.foreign_keys:
        target = fk.column
        if value not in seen.get((target.table.name, target.name), set()):
            raise _problem("reference", value, target=target.table.name)


def check_tables(
    tables: dict[str, list[dict[str, Any]]], order: tuple[str, ...], source: str
) -> None:
    """Raise ``store.import_bad_row`` for the first wrong field; return when all rows fit.

    ``order`` lists parents before children, so a reference is checked against rows seen."""
    seen: dict[tuple[str, str], set[Any]] = {}
    referenced = {
        (fk.column.table.name, fk.column.name)
        for t in schema.metadata.tables.values()
        for fk in t.foreign_keys
    }
    for name in order:
        table = schema.metadata.tables[name]
        keys: set[tuple[Any, ...]] = set()
        for number, row in enumerate(tables.get(name, []), start=1):
            for column in table.columns:
                try:
                    _check_value(table, column, row.get(column.name), seen)
                except RowProblemError as problem:
                    raise InputError(
                        "store.import_bad_row",
                        source=source,
                        table=name,
                        row=number,
                        field=column.name,
                        details=[problem.detail, *problem.more],
                    ) from problem
            key = tuple(row.get(c.name) for c in table.primary_key.columns)
            if key in keys:
                field = ", ".join(c.name for c in table.primary_key.columns)
                raise InputError(
                    "store.import_bad_row",
                    source=source,
                    table=name,
                    row=number,
                    field=field,
                    details=[Detail("store.problem_duplicate", {"value": _short(list(key))})],
                )
            keys.add(key)
            for column in table.columns:
                if (name, column.name) in referenced:
                    seen.setdefault((name, column.name), set()).add(row.get(column.name))
