"""The assessment engine. *How* rules combine lives here; *what* the law says lives in
``resources/rules/`` as cited data.

    from recordcheck.rules import assess, load_rulebase
    result = assess(scenario, profile="default", lang="da")   # recordcheck.assessment/1 dict
    typed = assess_model(scenario, profile="default")        # domain.assessment.Assessment

The engine and its renderer are imported on first use of their names, not by importing the
package: the window reads the rule base (``rules.rulebase``) before its first paint and
assesses only later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recordcheck.domain.scenario import Scenario
from recordcheck.rules.rulebase import Rulebase, load_rulebase
from recordcheck.texts import normalise_language

if TYPE_CHECKING:
    from recordcheck.domain.assessment import Assessment
    from recordcheck.rules.engine import UnknownProfileError, assess_model
    from recordcheck.rules.render import ASSESSMENT_FORMAT, to_contract, worded

__all__ = [
    "ASSESSMENT_FORMAT",
    "Assessment",
    "Rulebase",
    "UnknownProfileError",
    "assess",
    "assess_model",
    "load_rulebase",
    "to_contract",
    "worded",
]

_LAZY = {
    "UnknownProfileError": "engine",
    "assess_model": "engine",
    "ASSESSMENT_FORMAT": "render",
    "to_contract": "render",
    "worded": "render",
}


def __getattr__(name: str) -> Any:
    if name == "Assessment":
        from recordcheck.domain.assessment import Assessment

        return Assessment
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"recordcheck.rules.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'recordcheck.rules' has no attribute {name!r}")


def assess(
    scenario: Scenario,
    profile: str | None = None,
    lang: str = "da",
    rulebase: Rulebase | None = None,
) -> dict[str, Any]:
    """Assess ``scenario`` and return the ``recordcheck.assessment/1`` object in ``lang``."""
    from recordcheck.rules.engine import assess_model
    from recordcheck.rules.render import to_contract

    rb = rulebase or load_rulebase()
    model = assess_model(scenario, profile, rb)
    return to_contract(model, rb, normalise_language(lang))
