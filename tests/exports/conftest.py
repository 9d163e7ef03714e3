"""Shared inputs for the export tests: an organisation with awkward characters and the twelve
contract examples with their assessments (computed once per language)."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from recordcheck.contract import load_scenario
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.rules import assess

EXAMPLES = Path(__file__).resolve().parents[1] / "contract_examples"
NAMES = sorted(p.stem for p in EXAMPLES.glob("[0-9][0-9]-*.json"))

ORG = Organisation(
    name="<b>Ole & Co</b> ApS",
    cvr="12345678",
    address="Åboulevarden 1, 8000 Aarhus C",
    phone="70 20 30 40",
    email="kontakt@ole.dk",
    website="https://ole.dk/optagelse",
    dpo_name="Łukasz Ödön Ærø",
    dpo_contact="dpo@ole.dk",
)
BARE_ORG = Organisation(name="Tandlæge Ødegård")


@cache
def example(name: str, lang: str = "da") -> tuple[Scenario, dict[str, Any]]:
    scenario = load_scenario(EXAMPLES / f"{name}.json")
    return scenario, assess(scenario, lang=lang)


def recordable(name: str) -> bool:
    """True when the assessment lets at least one purpose be recorded."""
    _, assessment = example(name)
    return any(
        p["verdict"] != "not_allowed" and (p["verdict"] != "uncertain" or p["lean"])
        for p in assessment["purposes"]
    )


def pdf_text(data: bytes) -> str:
    """All text of a PDF, whitespace collapsed (lines may wrap anywhere)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> set[str]:
    from pypdf import PdfReader

    fonts: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                fonts.add(str(font["/BaseFont"]))
    return fonts


@pytest.fixture(params=NAMES)
def name(request: pytest.FixtureRequest) -> str:
    return request.param
