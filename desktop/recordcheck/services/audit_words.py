"""The audit log in words: "Navn: »Klinik A« → »Klinik B«" instead of raw JSON and columns.

The register keeps each change as the record before and after (column names, JSON text); the
window and the command line show it through :func:`describe`, so both speak the user's language
and neither has to know the tables.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from recordcheck import dates
from recordcheck.domain.register import AuditEntry
from recordcheck.rules.labels import purpose_label
from recordcheck.texts import catalogue, text

#: Bookkeeping columns a person need not read about.
QUIET = frozenset(
    {"id", "updated_at", "updated_by", "created_at", "author", "version", "status_at", "name_key"}
)
_LONGEST = 80


def field_label(column: str, lang: str) -> str:
    """The stored field ``column`` in words; an unknown one keeps its name, readable."""
    labels: Mapping[str, str] = catalogue("audit", lang).get("field", {})
    return labels.get(column, column.replace("_", " "))


def _value(column: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return text("audit.empty", lang)
    if isinstance(value, bool):
        return text("audit.yes" if value else "audit.no", lang)
    if column in {"purpose", "purposes"}:
        items = value if isinstance(value, list) else _json(value)
        if isinstance(items, list):
            return ", ".join(purpose_label(item, lang) for item in items)
        return purpose_label(value, lang)
    if column in {"status", "kind"} and isinstance(value, str):
        statuses: Mapping[str, str] = catalogue("audit", lang).get("status", {})
        return statuses.get(value, value)
    if isinstance(value, datetime):
        return dates.day_and_time(value)
    if isinstance(value, date):
        return dates.day(value)
    shown = str(value)
    return shown if len(shown) <= _LONGEST else shown[: _LONGEST - 1] + "…"


def _json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _inner_changes(before: Any, after: Any, lang: str) -> list[str]:
    """For a JSON column, the names of the top-level entries that changed."""
    old, new = _json(before), _json(after)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    return [field_label(key, lang) for key in keys]


def changed_columns(entry: AuditEntry) -> list[str]:
    """The columns whose value differs between before and after, bookkeeping left out."""
    before, after = dict(entry.before or {}), dict(entry.after or {})
    return [
        key
        for key in sorted(set(before) | set(after))
        if key not in QUIET and before.get(key) != after.get(key)
    ]


def _restore(entry: AuditEntry) -> str | None:
    """The backup a register was restored from, if ``entry`` is the row a restore leaves."""
    after = dict(entry.after or {})
    if entry.table != "register_meta" or not str(after.get("key", "")).startswith("restored_at:"):
        return None
    found = _json(after.get("value"))
    return str(found.get("source", "")) if isinstance(found, dict) else ""


def describe(entry: AuditEntry, lang: str) -> list[str]:
    """One line per field: what changed (an update) or what the record holds (new, deleted)."""
    restore = _restore(entry)
    if restore is not None:
        return [text("audit.restored", lang, source=restore)]
    before, after = dict(entry.before or {}), dict(entry.after or {})
    lines = []
    if str(entry.action) == "update":
        for column in changed_columns(entry):
            label = field_label(column, lang)
            inner = _inner_changes(before.get(column), after.get(column), lang)
            if inner:
                lines.append(text("audit.inner", lang, field=label, parts=", ".join(inner)))
            elif after.get(column) in (None, ""):
                lines.append(
                    text(
                        "audit.cleared",
                        lang,
                        field=label,
                        before=_value(column, before[column], lang),
                    )
                )
            else:
                lines.append(
                    text(
                        "audit.changed",
                        lang,
                        field=label,
                        before=_value(column, before.get(column), lang),
                        after=_value(column, after[column], lang),
                    )
                )
        return lines
    record = after or before
    first = ("name", "person_name", "what")  # what the record is, before its details
    ordered = sorted(record.items(), key=lambda item: item[0] not in first)
    for column, value in ordered:
        if column in QUIET or column.endswith("_json") or value in (None, ""):
            continue
        lines.append(
            text(
                "audit.set",
                lang,
                field=field_label(column, lang),
                value=_value(column, value, lang),
            )
        )
    return lines
