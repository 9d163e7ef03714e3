"""The assessment report carries every verdict, reason, obligation and warning."""

from __future__ import annotations

import pytest
from tests.exports.conftest import ORG, example, pdf_text

from recordcheck.exports.assessment_doc import assessment_pdf


@pytest.mark.parametrize("lang", ["da", "en"])
def test_report_has_every_verdict_reason_and_warning(name: str, lang: str) -> None:
    scenario, assessment = example(name, lang)
    data = assessment_pdf(ORG, scenario, assessment, lang)
    text = pdf_text(data)
    assert "<b>Ole & Co</b> ApS" in text
    for purpose in assessment["purposes"]:
        assert purpose["purpose_label"] in text and purpose["verdict_label"] in text
        for reason in purpose["reasons"]:
            assert f"{reason['rule']} · {reason['title']}" in text
    for warning in assessment["warnings"]:
        assert f"({warning['code']})" in text
    assert data == assessment_pdf(ORG, scenario, assessment, lang)
