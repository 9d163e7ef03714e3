"""Facts the engine derives from a scenario, for conditions in the rule base to read.

A condition reads either a scenario fact by its contract path (``"consent.mechanism"``) or one of
the derived facts below. A derived fact that cannot be known names the scenario facts that are
missing, so an uncertain verdict can say what to answer. The derivations are plain definitions
(e.g. "special data" = health or other Art. 9 data); what follows from them is in the data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import (
    Channel,
    ControllerType,
    DataCategory,
    InformationTiming,
    ParticipantCategory,
    Purpose,
    StorageLocation,
)

FactValue = tuple[Any, frozenset[str]]
_KNOWN: frozenset[str] = frozenset()

# Derived facts set by the engine as it goes: per purpose, then for the whole scenario.
PURPOSE_FACTS = ("purpose", "route", "retention")
SCENARIO_RESULT_FACTS = (
    "consent_purpose_count",
    "lawful_any",
    "bases_used",
    "consent_route",
    "uncertain_any",
    "weak_decision",
    "not_allowed_any",
    "retention_any",
    "retention_complete",
    "retention_over_max",
    "retention_over_hard_max",
    "retention_longest",
    "dpia_criteria",
)


def _categories(scenario: Scenario, wanted: set[DataCategory]) -> FactValue:
    if scenario.data_categories is None:
        return None, frozenset({"data_categories"})
    return any(c in wanted for c in scenario.data_categories), _KNOWN


def _employees_recorded(s: Scenario) -> FactValue:
    categories = s.participants.categories
    if categories is not None and ParticipantCategory.EMPLOYEES in categories:
        return True, _KNOWN
    if s.organisation_participates:  # staff take part, so staff are recorded
        return True, _KNOWN
    if categories is None or s.organisation_participates is None:
        return None, frozenset({"participants.categories", "organisation_participates"})
    return False, _KNOWN


def _covert_effective(s: Scenario) -> FactValue:
    if s.covert is not None:
        return s.covert, _KNOWN
    timing = s.information.timing
    if timing is None:
        return None, frozenset({"covert", "information.timing"})
    return timing is InformationTiming.NONE, _KNOWN


def _external_platform(s: Scenario) -> FactValue:
    p = s.platform
    if s.channel is Channel.DIGITAL_MEETING or p.ai_features:
        return True, _KNOWN
    if p.product or p.processor_agreement is not None or p.storage_location is not None:
        return True, _KNOWN
    return None, frozenset({"platform.product"})


def _third_country(s: Scenario) -> FactValue:
    location = s.platform.storage_location
    if location in (
        StorageLocation.US_DPF,
        StorageLocation.US_OTHER,
        StorageLocation.OTHER_THIRD_COUNTRY,
    ):
        return True, _KNOWN
    if location is StorageLocation.EU_EEA:
        return False, _KNOWN
    return None, frozenset({"platform.storage_location"})


SPECIAL = {DataCategory.HEALTH, DataCategory.OTHER_SPECIAL}

#: Facts derived from the scenario alone.
SCENARIO_DERIVED: Mapping[str, Callable[[Scenario], FactValue]] = {
    "public": lambda s: (s.controller_type is ControllerType.PUBLIC_AUTHORITY, _KNOWN),
    "special_data": lambda s: _categories(s, SPECIAL),
    "criminal_data": lambda s: _categories(s, {DataCategory.CRIMINAL}),
    "cpr_data": lambda s: _categories(s, {DataCategory.CPR}),
    "data_categories_known": lambda s: (s.data_categories is not None, _KNOWN),
    "employees_recorded": _employees_recorded,
    "covert_effective": _covert_effective,
    "external_platform": _external_platform,
    "third_country": _third_country,
}

DERIVED_FACTS = frozenset({*SCENARIO_DERIVED, "profile", *PURPOSE_FACTS, *SCENARIO_RESULT_FACTS})


def _section_fields() -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    for f in fields(Scenario):
        default = f.default_factory() if callable(f.default_factory) else None
        if default is not None and is_dataclass(default):
            sections[f.name] = {g.name for g in fields(default)}
    return sections


_SECTIONS = _section_fields()
_TOP_LEVEL = {f.name for f in fields(Scenario)}


def is_scenario_fact(path: str) -> bool:
    """True when ``path`` names a fact of the scenario contract."""
    head, _, rest = path.partition(".")
    if not rest:
        return head in _TOP_LEVEL
    if head == "retention_days":
        return rest in {p.value for p in Purpose}
    return rest in _SECTIONS.get(head, set())


class Missing:
    """An engine result that is unknown because these scenario facts are missing."""

    __slots__ = ("facts",)

    def __init__(self, *facts: str) -> None:
        self.facts = frozenset(facts)


class FactContext:
    """Answers fact look-ups for one scenario, with the engine's results layered on top."""

    def __init__(
        self, scenario: Scenario, profile: str, results: Mapping[str, Any] | None = None
    ) -> None:
        self.scenario = scenario
        self.profile = profile
        self._results: dict[str, Any] = dict(results or {})
        self._cache: dict[str, FactValue] = {}

    def with_results(self, **results: Any) -> FactContext:
        """A context that also knows these engine results (purpose, route, counts …)."""
        child = FactContext(self.scenario, self.profile, {**self._results, **results})
        child._cache = self._cache  # scenario-derived facts do not change
        return child

    def lookup(self, name: str) -> FactValue:
        if name in self._results:
            value = self._results[name]
            if isinstance(value, Missing):
                return None, value.facts
            return value, _KNOWN
        if name == "profile":
            return self.profile, _KNOWN
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        if name in SCENARIO_DERIVED:
            result = SCENARIO_DERIVED[name](self.scenario)
        else:
            value = self.scenario.fact(name)
            result = (value, _KNOWN if value is not None else frozenset({name}))
        self._cache[name] = result
        return result
