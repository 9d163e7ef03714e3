"""The organisation (data controller): the facts every notice, form and record names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Organisation:
    """The controller's identity and contact details. Only ``name`` is required; a missing
    detail is ``None`` and documents show a visible placeholder, never an invented value."""

    name: str
    cvr: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    dpo_name: str | None = None
    dpo_contact: str | None = None
