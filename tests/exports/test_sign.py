"""The reception sign: one page, A4 and A5, large print, QR code only with a web address."""

from __future__ import annotations

import dataclasses

import pytest
from tests.exports.conftest import ORG, example, pdf_pages, pdf_text, recordable

from recordcheck.exports.sign import sign_pdf


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_the_sign_is_one_page_with_purposes_basis_refusal_contact_and_notice(
    name: str, size: str
) -> None:
    if not recordable(name):
        pytest.skip("nothing may be recorded")
    scenario, assessment = example(name)
    data = sign_pdf(ORG, scenario, assessment, "da", size)
    assert pdf_pages(data) == 1
    text = pdf_text(data)
    assert "Vi optager" in text and "<b>Ole & Co</b> ApS" in text
    assert "Retsgrundlag" in text and "Hvis du ikke vil optages" in text
    assert "kontakt@ole.dk" in text and "https://ole.dk/optagelse" in text


def test_a4_and_a5_have_their_page_sizes() -> None:
    import io

    from pypdf import PdfReader

    scenario, assessment = example("03-district-heating-training-keypress")
    for size, width in (("A4", 595), ("A5", 420)):
        page = PdfReader(io.BytesIO(sign_pdf(ORG, scenario, assessment, "en", size))).pages[0]
        assert round(float(page.mediabox.width)) == width


def test_qr_code_only_when_the_organisation_has_a_website() -> None:
    scenario, assessment = example("03-district-heating-training-keypress")
    with_site = sign_pdf(ORG, scenario, assessment, "da")
    without = sign_pdf(dataclasses.replace(ORG, website=None), scenario, assessment, "da")
    assert len(with_site) > len(without)
    assert "[udfyld: hjemmeside" in pdf_text(without)


def test_consent_sign_says_you_can_say_no_and_withdraw() -> None:
    scenario, assessment = example("03-district-heating-training-keypress", "en")
    text = pdf_text(sign_pdf(ORG, scenario, assessment, "en"))
    assert "You can say no" in text and "withdraw" in text
    assert "no consequences" in text


def test_long_names_shrink_to_one_page_instead_of_overflowing() -> None:
    org = dataclasses.replace(
        ORG,
        name="Kommunernes Fælles Borgerservice og Pensionsrådgivning, Århus Nord " * 3,
        website="https://www.example-kommune.dk/" + "borgerservice/" * 8,
    )
    scenario, assessment = example("11-solar-sales-agent-evaluation")
    for size in ("A4", "A5"):
        data = sign_pdf(org, scenario, assessment, "da", size)
        assert pdf_pages(data) == 1
        assert "Kommunernes Fælles Borgerservice" in pdf_text(data)


def test_the_qr_code_carries_a_full_https_address() -> None:
    from recordcheck.exports.sign import qr_address

    assert qr_address("laegehuset.dk") == "https://laegehuset.dk"
    assert qr_address(" www.laegehuset.dk/optagelse ") == "https://www.laegehuset.dk/optagelse"
    assert qr_address("http://intern.example") == "http://intern.example"
