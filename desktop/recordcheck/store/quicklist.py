"""The scenario list read with the standard library alone, for the window's first seconds.

Importing SQLAlchemy takes about half a second; the window shows the register's scenarios
before that, read-only and without changing a byte, then opens the register properly. Anything
unexpected returns ``None``: the proper open then explains what is wrong with the file.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from recordcheck.domain.register import ScenarioSummary
from recordcheck.store import rows
from recordcheck.store.errors import RegisterError
from recordcheck.store.identity import SCHEMA_VERSION
from recordcheck.store.sniff import identify, untouched_uri

log = logging.getLogger(__name__)

_QUERY = "SELECT id, name, scenario_json, status, updated_at FROM scenarios ORDER BY id"


def scenario_summaries(path: Path) -> list[ScenarioSummary] | None:
    """The summaries of a current register at ``path``, or ``None`` if that is not simple."""
    try:
        if not path.is_file() or identify(path).schema_version != SCHEMA_VERSION:
            return None
        with sqlite3.connect(untouched_uri(path), uri=True, timeout=2) as conn:
            conn.row_factory = sqlite3.Row
            found = conn.execute(_QUERY).fetchall()
        conn.close()
        return [
            rows.scenario_summary({**dict(r), "updated_at": _utc(r["updated_at"])}) for r in found
        ]
    except (RegisterError, sqlite3.Error, ValueError, KeyError, TypeError):
        log.debug("quick scenario list skipped for %s", path, exc_info=True)
        return None


def _utc(stored: str) -> datetime:
    """SQLAlchemy keeps ``UtcDateTime`` as naive UTC text in SQLite."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
