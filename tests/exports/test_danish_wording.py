"""The Danish wording the review corrected (D8–D17, D22–D24) stays corrected: one verb for the
keypad ("Tast 1"), no split verbs or unclear phrases, and "I/jeres" to the organisation."""

from __future__ import annotations

from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
#: every Danish text the engine and the documents print (the store's messages are not ours)
DANISH = sorted(
    [
        *RESOURCES.glob("templates/*.da.toml"),
        *(p for p in RESOURCES.glob("i18n/*.da.toml") if not p.name.startswith("store.")),
        *RESOURCES.glob("rules/*.toml"),
    ]
)
#: text for the organisation (never "du"; "du" is for the person being recorded)
TO_THE_ORGANISATION = [p for p in DANISH if p.parent.name == "i18n"] + [
    RESOURCES / "templates" / f"{doc}.da.toml" for doc in ("assessment", "schedule", "ropa")
]


@pytest.mark.parametrize(
    "phrase",
    [
        "Tryk 1",
        "tryk 1",
        "Tryk 2",
        "gør ingenting",
        "ukendelig i den",
        "Hælder mod",
        "online-møder",
        "skrive det, der bliver sagt, ud",
        "Sletning forfalder",
        '"Vægt"',
        "fra optagelsen og sletter",
        "Siger du nej, optager vi ikke til det,",
        "Tilladt er",
        "element(er)",
        "problem(er)",
        "sletning af og gøre indsigelse",
        'label.da = "Skjult optagelse"',
    ],
)
def test_corrected_phrase_does_not_come_back(phrase: str) -> None:
    found = [p.name for p in DANISH if phrase in p.read_text(encoding="utf-8")]
    assert found == []


@pytest.mark.parametrize("path", TO_THE_ORGANISATION, ids=lambda p: p.name)
def test_the_organisation_is_addressed_as_i(path: Path) -> None:
    words = path.read_text(encoding="utf-8").replace("»", " ").replace(",", " ").split()
    assert not {"du", "Du", "dig", "din", "dit", "dine"} & set(words)
