"""Names of the contract's values (purposes, channels, consent mechanisms …) in Danish or
English, taken from the rule base so every screen and document uses the same words."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache
from typing import Any

from recordcheck.texts import normalise_language


def value_label(fact: str, value: Any, lang: str) -> str:
    """The rule base's label for ``value`` of ``fact`` (``"purposes"``, ``"documentation"``)."""
    if value is None:
        return ""
    from recordcheck.rules import load_rulebase

    raw = getattr(value, "value", value)
    return load_rulebase().value_label(fact, raw, normalise_language(lang))


def purpose_label(purpose: Any, lang: str) -> str:
    return value_label("purposes", purpose, lang) if purpose is not None else ""


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC (a naive time is taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@cache
def _danish_zone() -> tzinfo:
    """Europe/Copenhagen, or UTC where no time-zone database is found (Windows gets one from
    the ``tzdata`` package; without it a receipt still shows a correct, labelled UTC time)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo("Europe/Copenhagen")
    except ZoneInfoNotFoundError:
        return UTC


def danish_time(moment: datetime) -> datetime:
    """``moment`` as a clock in Denmark shows it (summer time included): a person reads the
    time of their own consent in local time, not UTC. The result is UTC only as a fallback."""
    return utc(moment).astimezone(_danish_zone())


def iso(moment: datetime | date | None) -> str:
    """ISO 8601 for machines: ``2026-11-30T14:05:00Z`` or ``2026-11-30``; empty for ``None``."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        return utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()


def day(moment: datetime | date | None) -> str:
    """A date for people: ``2026-11-30`` (unambiguous in both languages)."""
    if moment is None:
        return ""
    return (utc(moment).date() if isinstance(moment, datetime) else moment).isoformat()
