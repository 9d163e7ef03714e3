"""The assessment engine. *How* rules combine lives here; *what* the law says lives in
``resources/rules/`` as cited data.

    from recordcheck.rules import assess, load_rulebase
    result = assess(scenario, profile="default", lang="da")   # recordcheck.assessment/1 dict
    typed = assess_model(scenario, profile="default")        # domain.assessment.Assessment
"""

from __future__ import annotations

from typing import Any

from recordcheck.domain.assessment import Assessment
from recordcheck.domain.scenario import Scenario
from recordcheck.rules.engine import UnknownProfileError, assess_model
from recordcheck.rules.render import ASSESSMENT_FORMAT, to_contract, worded
from recordcheck.rules.rulebase import Rulebase, load_rulebase
from recordcheck.texts import normalise_language

__all__ = [
    "ASSESSMENT_FORMAT", "Assessment", "Rulebase", "UnknownProfileError", "assess",
    "assess_model", "load_rulebase", "to_contract", "worded",
]


def assess(scenario: Scenario, profile: str | None = None, lang: str = "da",
           rulebase: Rulebase | None = None) -> dict[str, Any]:
    """Assess ``scenario`` and return the ``recordcheck.assessment/1`` object in ``lang``."""
    rb = rulebase or load_rulebase()
    model = assess_model(scenario, profile, rb)
    return to_contract(model, rb, normalise_language(lang))
