"""The documents promise the erasure after a withdrawal within the deadline the register
schedules (``domain.register.WITHDRAWAL_DELETION_DAYS``), never a number of their own."""

from __future__ import annotations

import pytest
from tests.exports.conftest import ORG, example, pdf_text
from tests.exports.test_consent import CONSENT, EVENTS

from recordcheck.domain import register
from recordcheck.exports.consent import consent_form_pdf, consent_receipt_pdf
from recordcheck.exports.notice import notice_pdf

PROMISE = {"da": "senest {days} dage efter", "en": "within {days} days"}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("days", [register.WITHDRAWAL_DELETION_DAYS, 14])
def test_consent_form_notice_and_receipt_print_the_domains_deadline(
    monkeypatch: pytest.MonkeyPatch, lang: str, days: int
) -> None:
    for module in ("recordcheck.exports.consent", "recordcheck.exports.notice"):
        monkeypatch.setattr(f"{module}.WITHDRAWAL_DELETION_DAYS", days)
    scenario, assessment = example("02-car-workshop-booking-line", lang)
    promise = PROMISE[lang].format(days=days)
    texts = [
        pdf_text(consent_form_pdf(ORG, scenario, assessment, lang)),
        pdf_text(notice_pdf(ORG, scenario, assessment, lang)),
        pdf_text(consent_receipt_pdf(ORG, scenario, CONSENT, EVENTS, lang)),
    ]
    for text in texts:
        assert promise in " ".join(text.split())
