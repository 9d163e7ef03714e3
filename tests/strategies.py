"""Hypothesis strategies for valid scenarios, built from the domain vocabulary.

Every fact the contract lets be unknown is sometimes ``None``, so the engine is exercised on
half-answered scenarios as much as on complete ones.
"""

from __future__ import annotations

from hypothesis import strategies as st

from recordcheck.domain import vocabulary as v
from recordcheck.domain.scenario import (
    Consent,
    Documentation,
    Employees,
    Information,
    LegalObligation,
    Participants,
    Platform,
    Scenario,
    Threats,
)


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def enum(cls: type) -> st.SearchStrategy:
    return st.sampled_from(list(cls))


def subset(cls: type, min_size: int = 0) -> st.SearchStrategy:
    return st.lists(enum(cls), unique=True, min_size=min_size, max_size=len(cls)).map(tuple)


text = st.text(min_size=1, max_size=40)
flag = maybe(st.booleans())

documentation = st.builds(
    Documentation,
    agreements_made_orally=flag,
    significance=maybe(enum(v.Significance)),
    alternatives_feasible=flag,
    in_data_subjects_interest=flag,
    claim_foreseeable=flag,
)
threats = st.builds(
    Threats,
    frequency=maybe(enum(v.ThreatFrequency)),
    police_reports_last_12_months=maybe(st.integers(0, 500)),
)
legal = st.builds(
    LegalObligation,
    law=maybe(enum(v.Law)),
    reference=maybe(text),
    investment_services=maybe(subset(v.InvestmentService)),
)
participants = st.builds(
    Participants, categories=maybe(subset(v.ParticipantCategory)), professional_relation=flag
)
consent = st.builds(
    Consent,
    mechanism=maybe(enum(v.ConsentMechanism)),
    per_purpose=flag,
    refusal_consequence=maybe(enum(v.RefusalConsequence)),
)
information = st.builds(Information, timing=maybe(enum(v.InformationTiming)))
platform = st.builds(
    Platform,
    product=maybe(text),
    processor_agreement=flag,
    vendor_own_purposes=flag,
    storage_location=maybe(enum(v.StorageLocation)),
    ai_features=maybe(subset(v.AiFeature)),
    transfer_tool=maybe(enum(v.TransferTool)),
)
employees = st.builds(
    Employees,
    informed_in_writing=flag,
    notice_weeks=maybe(st.integers(0, 60)),
    consent_in_contract=flag,
)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    purposes = draw(subset(v.Purpose, min_size=1))
    retention = draw(st.dictionaries(st.sampled_from(purposes), st.integers(1, 36500)))
    reasons = draw(st.dictionaries(st.sampled_from(purposes), text, max_size=2))
    return Scenario(
        name=draw(text),
        controller_type=draw(enum(v.ControllerType)),
        channel=draw(enum(v.Channel)),
        purposes=purposes,
        description=draw(maybe(text)),
        sector=draw(maybe(enum(v.Sector))),
        media=draw(maybe(enum(v.Media))),
        coverage=draw(maybe(enum(v.Coverage))),
        organisation_participates=draw(flag),
        covert=draw(flag),
        documentation=draw(documentation),
        threats=draw(threats),
        legal_obligation=draw(legal),
        participants=draw(participants),
        data_categories=draw(maybe(subset(v.DataCategory))),
        consent=draw(consent),
        information=draw(information),
        retention_days=retention,
        retention_reasons=reasons,
        platform=draw(platform),
        employees=draw(employees),
        dpia_done=draw(flag),
    )
