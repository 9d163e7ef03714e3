"""Each family of rules, one fact at a time, against a complete baseline scenario."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from recordcheck.domain.scenario_codec import scenario_from_dict
from recordcheck.rules import UnknownProfileError, assess

BASE: dict[str, Any] = {
    "format": "recordcheck.scenario/1",
    "name": "Baseline",
    "controller_type": "private_company",
    "sector": "general",
    "channel": "phone_inbound",
    "media": "audio",
    "coverage": "selected_lines",
    "organisation_participates": True,
    "covert": False,
    "purposes": ["documentation"],
    "documentation": {
        "agreements_made_orally": True,
        "significance": "high",
        "alternatives_feasible": False,
    },
    "participants": {"categories": ["customers", "employees"], "professional_relation": False},
    "data_categories": ["ordinary"],
    "consent": {"mechanism": "opt_in_key", "per_purpose": True, "refusal_consequence": "none"},
    "information": {"timing": "before_recording"},
    "retention_days": {"documentation": 90},
    "employees": {"informed_in_writing": True, "notice_weeks": 6},
}


def run(
    changes: dict[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    profile: str | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    for path, value in (changes or {}).items():
        head, _, tail = path.partition(".")
        if tail:
            data.setdefault(head, {})[tail] = value
        else:
            data[head] = value
    for path in drop:
        head, _, tail = path.partition(".")
        (data[head].pop(tail) if tail else data.pop(head))
    return assess(scenario_from_dict(data), profile=profile, lang=lang)


def purpose(result: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in result["purposes"] if p["purpose"] == name)


def rules_of(item: dict[str, Any]) -> set[str]:
    return {r["rule"] for r in item["reasons"]}


def codes(result: dict[str, Any]) -> set[str]:
    return {w["code"] for w in result["warnings"]}


def obligations(result: dict[str, Any]) -> dict[str, str]:
    return {o["id"]: o["status"] for o in result["obligations"]}


# --- gates -------------------------------------------------------------------------------------


def test_not_participating_blocks_everything_under_the_penal_code() -> None:
    result = run({"organisation_participates": False, "purposes": ["documentation", "training"]})
    assert [g["rule"] for g in result["blocked_by"]] == ["R02"]
    assert {p["verdict"] for p in result["purposes"]} == {"not_allowed"}
    assert all(p["setup_compliant"] is False for p in result["purposes"])


def test_unknown_participation_is_uncertain_and_named() -> None:
    result = run(drop=("organisation_participates",))
    doc = purpose(result, "documentation")
    assert doc["verdict"] == "uncertain"
    assert doc["lean"] == "allowed_without_consent"
    assert "organisation_participates" in doc["missing"]


def test_covert_recording_is_blocked_unless_a_claim_is_foreseeable() -> None:
    assert run({"covert": True})["blocked_by"][0]["rule"] == "R55"
    foreseeable = run({"covert": True, "documentation.claim_foreseeable": True})
    assert not foreseeable["blocked_by"]
    assert purpose(foreseeable, "documentation")["verdict"] == "uncertain"
    assert "W-COVERT" in codes(foreseeable)


def test_covert_unknown_is_read_from_the_information_timing() -> None:
    told = run(drop=("covert",))
    assert purpose(told, "documentation")["verdict"] == "allowed_without_consent"
    never_told = run({"information.timing": "none"}, drop=("covert",))
    assert never_told["blocked_by"][0]["rule"] == "R55"


def test_recording_without_a_purpose_is_not_allowed() -> None:
    result = run({"purposes": ["unspecified"]})
    assert result["blocked_by"][0]["rule"] == "R03"
    mixed = run({"purposes": ["documentation", "unspecified"]})
    assert not mixed["blocked_by"]
    assert purpose(mixed, "unspecified")["verdict"] == "not_allowed"
    assert purpose(mixed, "documentation")["verdict"] == "allowed_without_consent"


# --- documentation -----------------------------------------------------------------------------


def test_documentation_that_nothing_else_can_do_needs_no_consent() -> None:
    doc = purpose(run(), "documentation")
    assert doc["verdict"] == "allowed_without_consent"
    assert doc["legal_basis"] == ["GDPR art. 6(1)(f)"]
    assert doc["setup_compliant"] is True
    assert "R10" in rules_of(doc)


def test_documentation_with_a_practical_alternative_needs_consent() -> None:
    doc = purpose(run({"documentation.alternatives_feasible": True}), "documentation")
    assert doc["verdict"] == "consent_required"
    assert doc["legal_basis"] == ["GDPR art. 6(1)(a)"]
    assert "R11" in rules_of(doc)


def test_unknown_alternatives_make_documentation_uncertain_and_say_so() -> None:
    doc = purpose(run(drop=("documentation.alternatives_feasible",)), "documentation")
    assert doc["verdict"] == "uncertain"
    assert "documentation.alternatives_feasible" in doc["missing"]
    assert any("missing" in r for r in doc["reasons"])


def test_public_authority_documentation_never_rests_on_legitimate_interest() -> None:
    result = run({"controller_type": "public_authority"})
    doc = purpose(result, "documentation")
    assert "GDPR art. 6(1)(f)" not in doc["legal_basis"]
    assert doc["verdict"] == "uncertain"
    assert doc["legal_basis"] == ["GDPR art. 6(1)(e)"]
    all_calls = purpose(
        run({"controller_type": "public_authority", "coverage": "all"}), "documentation"
    )
    assert all_calls["verdict"] == "consent_required"


def test_health_documentation_follows_the_out_of_hours_doctor_decision() -> None:
    result = run(
        {
            "sector": "health",
            "data_categories": ["health"],
            "retention_days": {"documentation": 2000},
        },
        drop=("documentation",),
    )
    doc = purpose(result, "documentation")
    assert doc["verdict"] == "allowed_without_consent"
    assert {"GDPR art. 9(2)(h)", "databeskyttelsesloven § 7, stk. 3"} <= set(doc["legal_basis"])
    assert doc["retention_max_days"] == 1826
    assert doc["setup_compliant"] is False  # kept beyond the 5-year complaint period
    assert "R92" in rules_of(doc)


# --- meetings ----------------------------------------------------------------------------------


def test_professionals_in_a_digital_meeting_may_be_recorded_unless_they_object() -> None:
    result = run({"channel": "digital_meeting", "participants.professional_relation": True})
    doc = purpose(result, "documentation")
    assert doc["verdict"] == "allowed_with_opt_out"
    assert "OBL-OPTOUT" in obligations(result)


def test_unknown_relation_in_a_meeting_is_named() -> None:
    doc = purpose(
        run(
            {"channel": "digital_meeting", "documentation.alternatives_feasible": True},
            drop=("participants.professional_relation",),
        ),
        "documentation",
    )
    assert doc["verdict"] == "uncertain"
    assert "participants.professional_relation" in doc["missing"]


# --- training and the 2024 profile ---------------------------------------------------------------


def test_training_needs_consent_and_warns_about_the_unverified_update() -> None:
    result = run({"purposes": ["training"]})
    assert purpose(result, "training")["verdict"] == "consent_required"
    assert "W-DT2024" in codes(result)


def test_the_unverified_profile_allows_opt_out_for_private_controllers_only() -> None:
    private = run({"purposes": ["training"]}, profile="dt2024-unverified")
    training = purpose(private, "training")
    assert training["verdict"] == "allowed_with_opt_out"
    assert training["confidence"] == "unverified"
    assert {"W-DT2024-PROFILE", "W-INFERENCE"} <= codes(private)
    public = run(
        {"purposes": ["training"], "controller_type": "public_authority"},
        profile="dt2024-unverified",
    )
    assert purpose(public, "training")["verdict"] == "consent_required"


def test_emergency_services_may_train_without_consent() -> None:
    result = run({"purposes": ["training"], "sector": "emergency_rescue"})
    assert purpose(result, "training")["verdict"] == "allowed_without_consent"


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(UnknownProfileError):
        run(profile="lenient")


# --- consent validity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mechanism", ["announcement_only", "continue_equals_accept", "opt_out_key", "none"]
)
def test_passive_mechanisms_are_never_consent(mechanism: str) -> None:
    result = run({"purposes": ["training"], "consent.mechanism": mechanism})
    training = purpose(result, "training")
    assert training["verdict"] == "consent_required"
    assert training["setup_compliant"] is False
    assert "R70" in rules_of(training)
    assert obligations(result)["OBL-CONSENT-FLOW"] == "not_met"


def test_one_yes_for_two_purposes_is_not_specific() -> None:
    result = run({"purposes": ["training", "quality_assurance"], "consent.per_purpose": False})
    assert {p["setup_compliant"] for p in result["purposes"]} == {False}
    assert all("R72" in rules_of(p) for p in result["purposes"])


def test_consent_with_consequences_is_not_free() -> None:
    result = run({"purposes": ["training"], "consent.refusal_consequence": "no_service"})
    assert purpose(result, "training")["setup_compliant"] is False
    assert "W-REFUSAL" in codes(result)


def test_unknown_mechanism_leaves_compliance_open() -> None:
    training = purpose(run({"purposes": ["training"]}, drop=("consent.mechanism",)), "training")
    assert training["verdict"] == "consent_required"
    assert training["setup_compliant"] is None
    assert "consent.mechanism" in training["missing"]


def test_employee_consent_in_the_contract_is_flagged() -> None:
    assert "W-EMPLOYEE-CONSENT" in codes(run({"employees.consent_in_contract": True}))


# --- threats and legal obligations ---------------------------------------------------------------


def test_recording_every_call_for_rare_threats_is_not_allowed() -> None:
    result = run(
        {
            "purposes": ["threat_protection"],
            "coverage": "all",
            "threats": {"frequency": "rare"},
            "retention_days": {"threat_protection": 4},
        }
    )
    threat = purpose(result, "threat_protection")
    assert threat["verdict"] == "not_allowed"
    assert threat["confidence"] == "inference"  # decided for authorities, inferred for companies
    assert {"W-SHORT-RETENTION", "W-COVERAGE-ALL", "W-INFERENCE"} <= codes(result)


def test_threat_frequency_unknown_is_named() -> None:
    threat = purpose(
        run({"purposes": ["threat_protection"], "coverage": "all"}), "threat_protection"
    )
    assert threat["verdict"] == "uncertain"
    assert "threats.frequency" in threat["missing"]


def test_threats_bring_criminal_offence_bases() -> None:
    threat = purpose(
        run({"purposes": ["threat_protection"], "coverage": "employee_triggered"}),
        "threat_protection",
    )
    assert {"GDPR art. 10", "databeskyttelsesloven § 8"} <= set(threat["legal_basis"])


def test_mifid_order_calls_are_required_by_law() -> None:
    result = run(
        {
            "purposes": ["legal_obligation"],
            "legal_obligation": {"law": "mifid_ii", "investment_services": ["order_execution"]},
            "retention_days": {"legal_obligation": 1000},
        }
    )
    legal = purpose(result, "legal_obligation")
    assert legal["verdict"] == "required_by_law"
    assert legal["legal_basis"] == ["GDPR art. 6(1)(c)"]
    assert legal["setup_compliant"] is False  # shorter than the 5-year minimum
    assert obligations(result)["OBL-MIFID"] == "not_met"


def test_advice_only_is_uncertain_and_unknown_services_are_named() -> None:
    advice = run(
        {
            "purposes": ["legal_obligation"],
            "legal_obligation": {"law": "mifid_ii", "investment_services": ["advice_only"]},
        }
    )
    assert purpose(advice, "legal_obligation")["verdict"] == "uncertain"
    unknown = run({"purposes": ["legal_obligation"], "legal_obligation": {"law": "mifid_ii"}})
    assert "legal_obligation.investment_services" in purpose(unknown, "legal_obligation")["missing"]


def test_another_law_needs_its_reference() -> None:
    result = run({"purposes": ["legal_obligation"], "legal_obligation": {"law": "other"}})
    assert "legal_obligation.reference" in purpose(result, "legal_obligation")["missing"]


# --- data categories, platforms, retention, DPIA -------------------------------------------------


def test_sensitive_data_needs_explicit_consent_and_warns() -> None:
    result = run({"purposes": ["training"], "data_categories": ["health"]})
    assert "GDPR art. 9(2)(a)" in purpose(result, "training")["legal_basis"]
    assert "W-SENSITIVE" in codes(result)


def test_cpr_numbers_bring_section_11() -> None:
    doc = purpose(run({"data_categories": ["ordinary", "cpr"]}), "documentation")
    assert "databeskyttelsesloven § 11" in doc["legal_basis"]


def test_unknown_data_categories_are_warned_about() -> None:
    assert "W-DATA-UNKNOWN" in codes(run(drop=("data_categories",)))


def test_us_platform_without_dpf_needs_a_transfer_tool() -> None:
    result = run(
        {
            "platform": {
                "product": "Note bot",
                "storage_location": "us_other",
                "transfer_tool": "none",
                "processor_agreement": False,
            }
        }
    )
    assert obligations(result)["OBL-TRANSFER"] == "not_met"
    assert obligations(result)["OBL-DPA"] == "not_met"
    assert "W-THIRD-COUNTRY" in codes(result)


def test_retention_beyond_the_suggestion_is_warned_and_absurd_retention_flagged() -> None:
    long = run({"retention_days": {"documentation": 400}})
    assert purpose(long, "documentation")["retention_max_days"] == 90
    assert "W-RETENTION-LONG" in codes(long)
    absurd = run({"retention_days": {"documentation": 36500}})
    assert "W-RETENTION-EXTREME" in codes(absurd)


def test_two_high_risk_criteria_require_a_dpia() -> None:
    result = run(
        {"coverage": "all", "purposes": ["documentation", "ai_analysis"], "dpia_done": False}
    )
    assert obligations(result)["OBL-DPIA"] == "not_met"
    done = run({"coverage": "all", "purposes": ["documentation", "ai_analysis"], "dpia_done": True})
    assert obligations(done)["OBL-DPIA"] == "met"


def test_employee_notice_under_six_weeks_is_not_met() -> None:
    result = run({"employees.notice_weeks": 2})
    assert obligations(result)["OBL-EMP-INFO"] == "not_met"


def test_texts_follow_the_language() -> None:
    danish, english = run(lang="da"), run(lang="en")
    first_reason = [r["purposes"][0]["reasons"][0]["text"] for r in (danish, english)]
    assert first_reason[0] != first_reason[1]
    assert danish["purposes"][0]["legal_basis"] == english["purposes"][0]["legal_basis"]
