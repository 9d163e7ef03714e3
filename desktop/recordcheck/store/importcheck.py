"""Checking a JSON export row by row before any of it is inserted (review B0b).

An import is only worth something if the register works afterwards: a row with a wrong type,
a dangling reference or a scenario the codec cannot read would poison every later command (and
the window's start). So every value is checked against the table's column, every reference
against the rows before it, and the JSON columns through the same decoders the register uses.
The first problem is reported naming table, row and field, in the user's language.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from recordcheck.domain.register import (
    AuditAction,
    ConsentEventKind,
    DeletionReason,
    DeletionStatus,
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


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _problem(key: str, value: Any = None, **params: Any) -> RowProblemError:
    return RowProblemError(Detail(f"store.problem_{key}", {"value": _short(value), **params}))


def _json(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError as error:
        raise _problem("json", value) from error


def _object(value: str) -> None:
    if not isinstance(_json(value), dict):
        raise _problem("object", value)


def _maybe_json(value: str) -> None:
    _json(value)


def _purposes(value: str) -> None:
    data = _json(value)
    allowed = ", ".join(p.value for p in Purpose)
    if (not isinstance(data, list) or not data
            or any(not isinstance(p, str) or p not in Purpose._value2member_map_ for p in data)):
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
    ("assessments", "assessment_json"): _object,
    ("activities", "activity_json"): _object,
    ("retention_rules", "details_json"): _object,
    ("consents", "purposes"): _purposes,
    ("audit_log", "before_json"): _maybe_json,
    ("audit_log", "after_json"): _maybe_json,
}


def _check_type(column: sa.Column[Any], value: Any) -> None:
    kind = column.type
    if isinstance(kind, schema.UtcDateTime | sa.DateTime):
        if not isinstance(value, str):
            raise _problem("datetime", value)
        try:
            datetime.fromisoformat(value)
        except ValueError as error:
            raise _problem("datetime", value) from error
    elif isinstance(kind, sa.Date):
        if not isinstance(value, str):
            raise _problem("date", value)
        try:
            date.fromisoformat(value)
        except ValueError as error:
            raise _problem("date", value) from error
    elif isinstance(kind, sa.Boolean):
        if not isinstance(value, bool):
            raise _problem("bool", value)
    elif isinstance(kind, sa.Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _problem("integer", value)
    elif isinstance(kind, sa.String) and not isinstance(value, str):
        raise _problem("text", value)


def _check_value(table: sa.Table, column: sa.Column[Any], value: Any,
                 seen: dict[tuple[str, str], set[Any]]) -> None:
    if value is None:
        if not column.nullable:
            raise _problem("missing")
        return
    _check_type(column, value)
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


def check_tables(tables: dict[str, list[dict[str, Any]]], order: tuple[str, ...],
                 source: str) -> None:
    """Raise ``store.import_bad_row`` for the first wrong field; return when all rows fit.

    ``order`` lists parents before children, so a reference is checked against rows seen."""
    seen: dict[tuple[str, str], set[Any]] = {}
    referenced = {(fk.column.table.name, fk.column.name)
                  for t in schema.metadata.tables.values() for fk in t.foreign_keys}
    for name in order:
        table = schema.metadata.tables[name]
        keys: set[tuple[Any, ...]] = set()
        for number, row in enumerate(tables.get(name, []), start=1):
            for column in table.columns:
                try:
                    _check_value(table, column, row.get(column.name), seen)
                except RowProblemError as problem:
                    raise InputError("store.import_bad_row", source=source, table=name,
                                     row=number, field=column.name,
                                     details=[problem.detail, *problem.more]) from problem
            key = tuple(row.get(c.name) for c in table.primary_key.columns)
            if key in keys:
                field = ", ".join(c.name for c in table.primary_key.columns)
                raise InputError("store.import_bad_row", source=source, table=name,
                                 row=number, field=field,
                                 details=[Detail("store.problem_duplicate",
                                                 {"value": _short(list(key))})])
            keys.add(key)
            for column in table.columns:
                if (name, column.name) in referenced:
                    seen.setdefault((name, column.name), set()).add(row.get(column.name))
