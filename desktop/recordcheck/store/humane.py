"""Times and dates as people read them in messages (review B19): ``30-11-2026`` and
``14:30`` in the computer's local time, never ISO strings with microseconds and ``+00:00``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def day(value: date | datetime) -> str:
    """``30-11-2026``; a datetime is shown on its local calendar day."""
    if isinstance(value, datetime):
        value = value.astimezone()
    return f"{value:%d-%m-%Y}"


def moment(name: str, value: datetime) -> dict[str, Any]:
    """Message parameters ``{name}`` (the local day) and ``{name}_time`` (local ``HH:MM``), so a
    catalogue can write "{at} kl. {at_time}" in Danish and "{at} at {at_time}" in English."""
    local = value.astimezone()
    return {name: day(local), f"{name}_time": f"{local:%H:%M}"}
