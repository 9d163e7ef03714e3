"""The Art. 13 notice: every item of rules.md §4.1 that applies, for every example scenario."""

from __future__ import annotations

import pytest
from tests.exports.conftest import (
    BARE_ORG,
    ORG,
    example,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    recordable,
)

from recordcheck.errors import UserError
from recordcheck.exports.notice import notice_pdf

HEADINGS_DA = [
    "1. Hvem er ansvarlig",
    "2. Hvad optager vi",
    "3. Hvorfor optager vi",
    "4. Hvem kan få adgang",
    "5. Overførsel til lande",
    "6. Hvor længe gemmer vi",
    "7. Skal du lade dig optage",
    "8. Automatisk analyse",
    "9. Dine rettigheder",
    "10. Klage",
    "11. Brug til andre formål",
]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_applicable_item_is_in_the_notice(name: str, lang: str) -> None:
    scenario, assessment = example(name, lang)
    if not recordable(name):
        with pytest.raises(UserError):
            notice_pdf(ORG, scenario, assessment, lang)
        return
    data = notice_pdf(ORG, scenario, assessment, lang)
    text = pdf_text(data)
    assert 1 <= pdf_pages(data) <= 4
    assert "<b>Ole & Co</b> ApS" in text  # user text is data, never markup
    assert "Łukasz Ödön Ærø" in text and "dpo@ole.dk" in text
    assert "12345678" in text and "kontakt@ole.dk" in text
    assert "Datatilsynet" in text and "Carl Jacobsens Vej 35" in text
    if lang == "da":
        for heading in HEADINGS_DA:
            assert heading in text
    for purpose in assessment["purposes"]:
        if purpose["verdict"] == "not_allowed" or (
            purpose["verdict"] == "uncertain" and not purpose["lean"]
        ):
            assert purpose["purpose_label"] in text  # named in an [afklar: …] note only
            continue
        assert purpose["purpose_label"] in text
        for basis in purpose["legal_basis_text"]:
            assert basis in text
        if "GDPR art. 6(1)(f)" in purpose["legal_basis"]:
            assert ("legitime interesse" if lang == "da" else "legitimate interest") in text
    routes = {p["verdict"] for p in assessment["purposes"]}
    withdraw = "trække dit samtykke tilbage" if lang == "da" else "withdraw your consent"
    assert (withdraw in text) == ("consent_required" in routes)
    if any(p["verdict"] == "uncertain" for p in assessment["purposes"]):
        assert "[afklar:" in text or "[check:" in text


def test_a_set_up_that_does_not_meet_the_verdict_is_flagged() -> None:
    scenario, assessment = example("02-car-workshop-booking-line")  # announcement only
    text = pdf_text(notice_pdf(ORG, scenario, assessment, "da"))
    assert "[afklar: opsætningen for »Dokumentation« lever endnu ikke op til vurderingen" in text


def test_mifid_copy_on_request_and_condition_of_service() -> None:
    scenario, assessment = example("08-stockbroker-order-calls")
    text = pdf_text(notice_pdf(ORG, scenario, assessment, "da"))
    assert "kopi af optagelser" in text and "5 år" in text and "7 år" in text
    assert "ikke tage imod ordrer i en samtale, der ikke optages" in text
    assert "Finanstilsynet" in text


def test_third_country_transfer_is_named_and_unknown_tool_is_a_placeholder() -> None:
    scenario, assessment = example("12-estate-agent-ai-notetaker-us", "en")
    text = pdf_text(notice_pdf(ORG, scenario, assessment, "en"))
    assert "transferred to the USA" in text
    assert "[fill in: the transfer tool" in text
    assert "automatic transcription" in text
    assert "also uses information from the recordings for its own purposes" in text
    assert "[check: the provider uses the recordings for its own purposes" in text


def test_unknown_facts_show_placeholders_never_invented_values() -> None:
    scenario, assessment = example("02-car-workshop-booking-line")
    text = pdf_text(notice_pdf(BARE_ORG, scenario, assessment, "da"))
    for what in (
        "CVR-nummer",
        "adresse",
        "databeskyttelsesrådgiverens",
        "leverandøren af",
        "hvor optagelserne opbevares",
        "hvordan man kontakter jer",
    ):
        assert f"[udfyld: {what}" in text


def test_not_allowed_scenario_gives_a_clear_error() -> None:
    scenario, assessment = example("07-parking-company-threats-all-calls")
    with pytest.raises(UserError) as caught:
        notice_pdf(ORG, scenario, assessment, "da")
    assert "må der ikke optages" in caught.value.message("da")


def test_same_input_gives_the_same_bytes_and_the_font_is_embedded() -> None:
    scenario, assessment = example("03-district-heating-training-keypress")
    first = notice_pdf(ORG, scenario, assessment, "da")
    assert first == notice_pdf(ORG, scenario, assessment, "da")
    assert any("NotoSans" in font for font in pdf_fonts(first))
