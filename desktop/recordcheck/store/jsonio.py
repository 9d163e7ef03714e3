"""The whole register as one JSON document (format ``recordcheck.register/1``, described in
``docs/register-json.md``) and back: every table's rows verbatim, ids included, so an export
imported into an empty register exports again identically (plus one audit row for the import).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from recordcheck.domain.register import AuditAction
from recordcheck.errors import Detail, InputError
from recordcheck.store import schema
from recordcheck.store.errors import InvalidChangeError
from recordcheck.store.importcheck import check_tables
from recordcheck.store.tx import Tx, row_snapshot

REGISTER_FORMAT = "recordcheck.register/1"
#: Export order: parents before children, so an import never breaks a foreign key.
TABLES = (
    "organisation",
    "scenarios",
    "assessments",
    "obligation_checks",
    "retention_rules",
    "activities",
    "consents",
    "consent_events",
    "deletion_tasks",
    "deletion_log",
    "audit_log",
)


def export_tables(conn: Any) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for name in TABLES:
        table = schema.metadata.tables[name]
        order = list(table.primary_key.columns)
        out[name] = [row_snapshot(r) for r in conn.execute(sa.select(table).order_by(*order))]
    return out


def _parse(column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, sa.DateTime | schema.UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, sa.Date):
        return date.fromisoformat(value)
    return value


def _bad(source: str, key: str, **params: Any) -> InputError:
    return InputError(
        "store.import_bad_format", source=source, details=[Detail(f"store.problem_{key}", params)]
    )


def validate_document(data: Any, source: str = "JSON") -> dict[str, list[dict[str, Any]]]:
    """The document's tables, after checking its shape and then every row
    (:func:`~recordcheck.store.importcheck.check_tables`); raises a user error naming the
    first problem, so nothing is inserted from a bad file."""
    if not isinstance(data, dict) or data.get("format") != REGISTER_FORMAT:
        raise _bad(source, "format", expected=REGISTER_FORMAT)
    found = data.get("schema_version", 0)
    if not isinstance(found, int) or isinstance(found, bool) or found > schema.SCHEMA_VERSION:
        raise _bad(source, "newer", found=found, supported=schema.SCHEMA_VERSION)
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise _bad(source, "no_tables")
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise _bad(source, "unknown_tables", names=", ".join(sorted(unknown)))
    for name, rows in tables.items():
        columns = set(schema.metadata.tables[name].c.keys())
        if not isinstance(rows, list) or any(
            not isinstance(r, dict) or set(r) - columns for r in rows
        ):
            raise _bad(source, "rows", table=name)
    check_tables(tables, TABLES, source)
    return tables


def read_document(raw: bytes, source: str) -> dict[str, Any]:
    """A register export's bytes parsed as strictly as a scenario file (UTF-8 named by byte
    offset, a key given twice, too long a number, nesting deeper than 64 levels: each a
    message) and then checked row by row (:func:`validate_document`)."""
    from recordcheck.contract import decode_utf8, parse_json

    data = parse_json(decode_utf8(raw, source), source)
    validate_document(data, source)
    return data  # type: ignore[no-any-return]


def is_empty(conn: Any) -> bool:
    return all(
        conn.execute(
            sa.select(sa.func.count()).select_from(schema.metadata.tables[name])
        ).scalar_one()
        == 0
        for name in TABLES
    )


def import_tables(tx: Tx, tables: dict[str, list[dict[str, Any]]], path: str) -> int:
    """Insert every row as exported; one audit row records the import itself. A nullable
    column a row leaves out is empty (``null``), as the checks before took it."""
    if not is_empty(tx.conn):
        raise InvalidChangeError("store.import_not_empty", path=path)
    count = 0
    for name in TABLES:
        table = schema.metadata.tables[name]
        rows = [
            {c.name: _parse(c, row.get(c.name)) for c in table.columns}
            for row in tables.get(name, [])
        ]
        if rows:
            tx.conn.execute(table.insert(), rows)
            count += len(rows)
    tx.audit(
        "register",
        "import",
        AuditAction.INSERT,
        None,
        {"format": REGISTER_FORMAT, "records": count},
    )
    return count


def dumps_document(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1)
