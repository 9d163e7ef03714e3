"""The recording scenario: the facts an organisation states about one way it records.

Every fact that the contract allows to be null is ``None`` here when unknown, and stays unknown:
the engine must say what it could not decide, never guess. Objects are frozen so a scenario can
be passed around, cached and compared safely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

from recordcheck.domain.vocabulary import (
    AiFeature,
    Channel,
    ConsentMechanism,
    ControllerType,
    Coverage,
    DataCategory,
    InformationTiming,
    InvestmentService,
    Law,
    Media,
    ParticipantCategory,
    Purpose,
    RefusalConsequence,
    Sector,
    Significance,
    StorageLocation,
    ThreatFrequency,
    TransferTool,
)

SCENARIO_FORMAT = "recordcheck.scenario/1"


class _Section:
    """Mixin for the optional sub-objects: a section with no known fact is 'empty'."""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Documentation(_Section):
    agreements_made_orally: bool | None = None
    significance: Significance | None = None
    alternatives_feasible: bool | None = None
    in_data_subjects_interest: bool | None = None
    claim_foreseeable: bool | None = None


@dataclass(frozen=True)
class Threats(_Section):
    frequency: ThreatFrequency | None = None
    police_reports_last_12_months: int | None = None


@dataclass(frozen=True)
class LegalObligation(_Section):
    law: Law | None = None
    reference: str | None = None
    investment_services: tuple[InvestmentService, ...] | None = None


@dataclass(frozen=True)
class Participants(_Section):
    categories: tuple[ParticipantCategory, ...] | None = None
    professional_relation: bool | None = None


@dataclass(frozen=True)
class Consent(_Section):
    mechanism: ConsentMechanism | None = None
    per_purpose: bool | None = None
    refusal_consequence: RefusalConsequence | None = None


@dataclass(frozen=True)
class Information(_Section):
    timing: InformationTiming | None = None


@dataclass(frozen=True)
class Platform(_Section):
    product: str | None = None
    processor_agreement: bool | None = None
    vendor_own_purposes: bool | None = None
    storage_location: StorageLocation | None = None
    ai_features: tuple[AiFeature, ...] | None = None
    transfer_tool: TransferTool | None = None


@dataclass(frozen=True)
class Employees(_Section):
    informed_in_writing: bool | None = None
    notice_weeks: int | None = None
    consent_in_contract: bool | None = None


def _frozen_mapping(value: Mapping[Purpose, int] | None = None) -> Mapping[Purpose, int]:
    return MappingProxyType(dict(value or {}))


def _frozen_reasons(value: Mapping[Purpose, str] | None = None) -> Mapping[Purpose, str]:
    return MappingProxyType(dict(value or {}))


#: The shortest and longest retention a scenario may state, in days (as the schema says): 0 days
#: cannot serve a purpose, and more than 100 years is no real period but a typing slip.
MIN_RETENTION_DAYS = 1
MAX_RETENTION_DAYS = 36500


@dataclass(frozen=True)
class Scenario:
    """One way an organisation records (or wants to record) calls or meetings."""

    name: str
    controller_type: ControllerType
    channel: Channel
    purposes: tuple[Purpose, ...]
    description: str | None = None
    sector: Sector | None = None
    media: Media | None = None
    coverage: Coverage | None = None
    organisation_participates: bool | None = None
    covert: bool | None = None
    documentation: Documentation = field(default_factory=Documentation)
    threats: Threats = field(default_factory=Threats)
    legal_obligation: LegalObligation = field(default_factory=LegalObligation)
    participants: Participants = field(default_factory=Participants)
    data_categories: tuple[DataCategory, ...] | None = None
    consent: Consent = field(default_factory=Consent)
    information: Information = field(default_factory=Information)
    retention_days: Mapping[Purpose, int] = field(default_factory=_frozen_mapping)
    #: Why a purpose is kept longer than the sources support (required for that, see
    #: ``rules.retention_problems``); purposes kept within the maximum need none.
    retention_reasons: Mapping[Purpose, str] = field(default_factory=_frozen_reasons)
    platform: Platform = field(default_factory=Platform)
    employees: Employees = field(default_factory=Employees)
    dpia_done: bool | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.retention_days, MappingProxyType):
            object.__setattr__(self, "retention_days", _frozen_mapping(self.retention_days))
        if not isinstance(self.retention_reasons, MappingProxyType):
            object.__setattr__(self, "retention_reasons", _frozen_reasons(self.retention_reasons))

    def __hash__(self) -> int:  # the retention mapping is not hashable; the rest identifies it
        return hash((self.name, self.controller_type, self.channel, self.purposes))

    def fact(self, path: str) -> object:
        """Return a fact by its contract path, e.g. ``"documentation.alternatives_feasible"``.

        ``retention_days.<purpose>`` reads one purpose's retention. Unknown facts are ``None``.
        """
        head, _, rest = path.partition(".")
        value = getattr(self, head)
        if not rest:
            return value
        if head in ("retention_days", "retention_reasons"):
            return value.get(Purpose(rest))
        return getattr(value, rest)
