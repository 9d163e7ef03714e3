"""The Danish wording the review corrected (D8–D17, D22–D24) stays corrected: one verb for the
keypad ("Tast 1"), no split verbs or unclear phrases, and "I/jeres" to the organisation."""

from __future__ import annotations

from contextlib import suppress
from functools import cache
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


# --- Issue 13 item 7: the rendered Danish documents of every contract example ----------------

#: phrases that must never print in a Danish document: the meeting script's ":)" (read as a
#: smiley), English left in Danish text, the ambiguous "Alle opkald må ikke …" (does it mean
#: none, or not all?), and the program's English name (it is "Optagelsestjek" in Danish)
NOT_IN_DANISH_DOCUMENTS = [
    "Siger ingen nej:)",
    ":)",
    "(default)",
    "default",
    "Alle opkald må ikke",
    "alle opkald må ikke",
    "RecordCheck",
    "not allowed",
    "uncertain",
]


@cache
def _danish_documents(name: str) -> dict[str, str]:
    """Every Danish document the example yields, as text (a PDF read back with pypdf); the
    scenario's own name (user data, English in the examples) is taken out."""
    from tests.exports.conftest import ORG, example, pdf_text

    from recordcheck.errors import UserError
    from recordcheck.exports.announcements import announcements_text
    from recordcheck.exports.assessment_doc import assessment_pdf
    from recordcheck.exports.consent import consent_form_pdf
    from recordcheck.exports.notice import notice_pdf
    from recordcheck.exports.sign import sign_pdf

    scenario, assessment = example(name)
    texts = {"assessment": pdf_text(assessment_pdf(ORG, scenario, assessment, "da"))}
    makers = {"sign": sign_pdf, "notice": notice_pdf, "consent": consent_form_pdf}
    for doc, make in makers.items():
        # UserError: nothing lawful to announce, or no purpose that needs consent
        with suppress(UserError):
            texts[doc] = pdf_text(make(ORG, scenario, assessment, "da"))
    with suppress(UserError):
        texts["announcements"] = announcements_text(ORG, scenario, assessment, "da")
    return {doc: text.replace(scenario.name, "") for doc, text in texts.items()}


def test_the_rendered_documents_are_checked(name: str) -> None:
    """The scan below reads real documents: every example gives at least its assessment, and
    the examples together give every kind of document."""
    assert "assessment" in _danish_documents(name)


def test_all_kinds_of_document_are_scanned() -> None:
    from tests.exports.conftest import NAMES

    kinds = {doc for name in NAMES for doc in _danish_documents(name)}
    assert kinds == {"assessment", "sign", "notice", "consent", "announcements"}


def test_rendered_danish_documents_hold_no_corrected_phrase(name: str) -> None:
    found = {
        doc: [phrase for phrase in NOT_IN_DANISH_DOCUMENTS if phrase in text]
        for doc, text in _danish_documents(name).items()
    }
    assert {doc: phrases for doc, phrases in found.items() if phrases} == {}


def test_the_meeting_script_reads_naturally() -> None:
    from recordcheck.exports.templates import template

    for lang in ("da", "en"):
        line = template("announcements", lang)["start"]["opt_out_wait"]
        assert ":)" not in line and line.count("(") == line.count(")") == 1
