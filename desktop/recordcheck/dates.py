"""Dates and times, one rule for all of RecordCheck.

**The rule:** a time that travels between layers is timezone-aware (the store hands out UTC).
A naive time is only ever what a person typed or a clock on the wall shows, and it means the
computer's *local* wall-clock time; :func:`as_utc` is where it becomes aware. A plain ``date``
is a calendar day; as a moment it means local midnight. People read days and times in local
time (receipts: Danish time, :func:`danish_time`); machines read ISO 8601 in UTC (:func:`iso`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from functools import cache
from typing import Any


def now_utc() -> datetime:
    return datetime.now(UTC)


def now_local() -> datetime:
    """Now, as an aware time in the computer's zone (the default of "when" fields)."""
    return datetime.now().astimezone()


def as_utc(value: datetime | date) -> datetime:
    """``value`` in UTC; a naive time is local wall-clock time, a date its local midnight."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def local(value: datetime) -> datetime:
    """``value`` in the computer's zone (a naive value is already local)."""
    return as_utc(value).astimezone()


@cache
def _danish_zone() -> tzinfo:
    """Europe/Copenhagen, or UTC where no time-zone database is found (Windows gets one from
    the ``tzdata`` package; without it a receipt still shows a correct, labelled UTC time)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo("Europe/Copenhagen")
    except ZoneInfoNotFoundError:
        return UTC


def danish_time(value: datetime) -> datetime:
    """``value`` as a clock in Denmark shows it (summer time included)."""
    return as_utc(value).astimezone(_danish_zone())


def local_day(value: datetime | date) -> date:
    """The local calendar day of ``value``."""
    return local(value).date() if isinstance(value, datetime) else value


def iso(value: datetime | date | None) -> str:
    """ISO 8601 for machines: ``2026-11-30T14:05:00Z`` or ``2026-11-30``; empty for ``None``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return as_utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def iso_precise(value: datetime) -> str:
    """ISO 8601 in UTC with microseconds and offset (``2026-11-30T14:05:00.123456+00:00``): the
    register's own metadata and JSON export stamps, where the order of two stamps matters."""
    return as_utc(value).isoformat()


def stamp(value: datetime, *, micro: bool = False) -> str:
    """ISO 8601 basic format in UTC, ``20261130T140500Z`` (``…T140500123456Z`` with ``micro``):
    file names that sort by time, and iCalendar's ``DTSTAMP``."""
    return as_utc(value).strftime("%Y%m%dT%H%M%S%fZ" if micro else "%Y%m%dT%H%M%SZ")


def compact_day(value: date) -> str:
    """``20261130``: a calendar day in ISO 8601 basic format (iCalendar's ``VALUE=DATE``)."""
    return value.strftime("%Y%m%d")


def clock(value: datetime) -> str:
    """``14:05``: the time of day as ``value``'s own zone shows it (convert first with
    :func:`local` or :func:`danish_time`)."""
    return f"{value:%H:%M}"


def day(value: datetime | date | None) -> str:
    """A day for screens and documents: ``2026-11-30`` (local; unambiguous in both languages)."""
    return "" if value is None else local_day(value).isoformat()


def day_and_time(value: datetime | None) -> str:
    """``2026-11-30 14:05`` in local time, for tables and documents."""
    return "" if value is None else f"{local(value):%Y-%m-%d %H:%M}"


def message_day(value: datetime | date) -> str:
    """A day inside a sentence of a message: ``30-11-2026`` (review B19)."""
    return f"{local_day(value):%d-%m-%Y}"


def message_moment(name: str, value: datetime) -> dict[str, Any]:
    """Message parameters ``{name}`` (the local day) and ``{name}_time`` (local ``HH:MM``), so a
    catalogue can write "{at} kl. {at_time}" in Danish and "{at} at {at_time}" in English."""
    return {name: message_day(value), f"{name}_time": clock(local(value))}


def parse_day(value: str) -> date:
    """``YYYY-MM-DD`` (raises ``ValueError``)."""
    return date.fromisoformat(value)


def parse_moment(value: str) -> datetime:
    """``YYYY-MM-DD[THH:MM[:SS]][zone]``; without a zone it is local time. Raises ``ValueError``."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.astimezone()
