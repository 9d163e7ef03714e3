"""Consent form (one unticked box per consent purpose) and consent receipt (PDF and JSON)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from tests.exports.conftest import ORG, example, pdf_pages, pdf_text

from recordcheck.domain.register import ConsentEvent, ConsentEventKind, ConsentRecord
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.errors import UserError
from recordcheck.exports.consent import (
    consent_form_pdf,
    consent_receipt_json,
    consent_receipt_pdf,
)

GIVEN = datetime(2026, 11, 3, 9, 15, tzinfo=UTC)
WITHDRAWN = datetime(2026, 11, 20, 13, 0, tzinfo=UTC)
CONSENT = ConsentRecord(
    id=7,
    person_name="<i>Łukasz</i> Ødegård",
    scenario_id=3,
    purposes=(Purpose.TRAINING,),
    mechanism=ConsentMechanism.WRITTEN,
    notice_version="F-1234",
    given_at=GIVEN,
    status=ConsentEventKind.WITHDRAWN,
    status_at=WITHDRAWN,
    created_at=GIVEN,
    author="ole",
    reference="K-42",
    evidence_note="Underskrevet formular",
)
EVENTS = [
    ConsentEvent(
        2, 7, ConsentEventKind.WITHDRAWN, WITHDRAWN, "e-mail", "ole", WITHDRAWN, "Ringede"
    ),
    ConsentEvent(1, 7, ConsentEventKind.GIVEN, GIVEN, "formular", "ole", GIVEN),
]


def test_form_has_one_box_per_consent_purpose_and_signature_lines(name: str) -> None:
    scenario, assessment = example(name)
    consent = [p for p in assessment["purposes"] if p["verdict"] == "consent_required"]
    if not consent:
        with pytest.raises(UserError):
            consent_form_pdf(ORG, scenario, assessment, "da")
        return
    data = consent_form_pdf(ORG, scenario, assessment, "da")
    text = pdf_text(data)
    assert pdf_pages(data) == 1
    assert text.count("Ja, I må optage") == len(consent)
    assert "trække dit samtykke tilbage" in text and "kontakt@ole.dk" in text
    assert "Underskrift" in text and "Dato" in text and "Formularens version: F-" in text
    assert "<b>Ole & Co</b> ApS" in text


def test_sensitive_data_asks_for_explicit_consent() -> None:
    scenario, assessment = example("10-psychologist-supervision-recordings", "en")
    text = pdf_text(consent_form_pdf(ORG, scenario, assessment, "en"))
    assert "explicit consent" in text and "health information" in text


def test_a_transfer_outside_the_eu_is_stated_on_the_form() -> None:
    scenario, assessment = example("12-estate-agent-ai-notetaker-us")
    text = pdf_text(consent_form_pdf(ORG, scenario, assessment, "da"))
    assert "overføres til USA" in text


def test_receipt_pdf_shows_the_history_in_order() -> None:
    scenario, _ = example("10-psychologist-supervision-recordings")
    data = consent_receipt_pdf(ORG, scenario, CONSENT, EVENTS, "da")
    text = pdf_text(data)
    assert pdf_pages(data) == 1
    assert "<i>Łukasz</i> Ødegård" in text
    assert text.index("Givet formular") < text.index("Trukket tilbage e-mail")
    assert "2026-11-03 kl. 10:15 (dansk tid)" in text  # B22: 09:15 UTC is 10:15 in winter
    assert "UTC" not in text
    assert data == consent_receipt_pdf(ORG, scenario, CONSENT, EVENTS, "da")


def test_receipt_json_has_the_kantara_fields_and_round_trips() -> None:
    scenario, _ = example("10-psychologist-supervision-recordings")
    receipt = consent_receipt_json(ORG, scenario, CONSENT, EVENTS, "en")
    for key in (
        "version",
        "jurisdiction",
        "consentTimestamp",
        "collectionMethod",
        "consentReceiptID",
        "piiPrincipalId",
        "piiControllers",
        "policyUrl",
        "services",
        "sensitive",
        "spiCat",
    ):
        assert key in receipt
    assert receipt["services"][0]["purposes"][0]["consentType"] == "EXPLICIT"
    assert receipt["sensitive"] is True
    assert [e["kind"] for e in receipt["recordcheck"]["events"]] == ["given", "withdrawn"]
    assert json.loads(json.dumps(receipt)) == receipt


def test_danish_local_time_follows_summer_time() -> None:
    from recordcheck.dates import danish_time

    assert danish_time(datetime(2026, 7, 1, 9, 15, tzinfo=UTC)).strftime("%H:%M") == "11:15"
    assert danish_time(datetime(2026, 1, 1, 9, 15, tzinfo=UTC)).strftime("%H:%M") == "10:15"
    assert danish_time(datetime(2026, 1, 1, 9, 15)).strftime("%H:%M") == "10:15"  # naive = UTC
