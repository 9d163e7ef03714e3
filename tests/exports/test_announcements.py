"""Announcement texts: press 1 only where consent is the basis, never "by continuing you
accept", opt-out words for meetings; plain text and an editable Word file."""

from __future__ import annotations

import io

import pytest
from tests.exports.conftest import ORG, example, recordable

from recordcheck.errors import UserError
from recordcheck.exports.announcements import announcements_docx, announcements_text

FORBIDDEN = (
    "ved at fortsætte",
    "fortsætter du",
    "accepterer du",
    "by continuing",
    "you accept",
    "if you stay on the line",
)


def _body(text: str) -> str:
    """The texts to be read out or sent, without the document's own introduction."""
    return text.split("\n", 4)[4].lower()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_texts_follow_the_verdicts(name: str, lang: str) -> None:
    scenario, assessment = example(name, lang)
    if not recordable(name):
        with pytest.raises(UserError):
            announcements_text(ORG, scenario, assessment, lang)
        return
    body = _body(announcements_text(ORG, scenario, assessment, lang))
    for phrase in FORBIDDEN:
        assert phrase not in body
    verdicts = {p["verdict"] for p in assessment["purposes"]}
    press = "tast 1" if lang == "da" else "press 1"
    assert (press in body) == (
        "consent_required" in verdicts and scenario.channel.value == "phone_inbound"
    )


def test_consent_line_asks_separately_per_purpose_and_silence_means_no() -> None:
    scenario, assessment = example("02-car-workshop-booking-line")
    text = announcements_text(ORG, scenario, assessment, "da")
    keys = "Tast 1, hvis du siger ja. Tast 2 eller vent, hvis du siger nej."
    assert text.count(keys) == 2


def test_opt_out_meeting_gets_invitation_and_start_words() -> None:
    scenario, assessment = example("04-architects-teams-coordination", "en")
    text = announcements_text(ORG, scenario, assessment, "en")
    assert "Text for the meeting invitation" in text
    assert "Does anyone not want us to record?" in text
    assert "we will not record it" in text
    assert "press 1" not in text.lower()


def test_word_file_opens_and_holds_the_same_paragraphs() -> None:
    from docx import Document

    scenario, assessment = example("03-district-heating-training-keypress")
    document = Document(io.BytesIO(announcements_docx(ORG, scenario, assessment, "da")))
    paragraphs = [p.text for p in document.paragraphs]
    assert any("Tast 1" in p for p in paragraphs)
    assert any("<b>Ole & Co</b> ApS" in p for p in paragraphs)
    assert document.core_properties.language == "da"
