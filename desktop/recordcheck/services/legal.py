"""The rule base as the window shows it: its types, and a live assessment for previews.

The wizard's verdict preview assesses answers that are not stored yet; saving goes through
``services.scenarios``. The window reaches the rule base only through here."""

from __future__ import annotations

from typing import Any

from recordcheck.domain.scenario import Scenario
from recordcheck.rules import UnknownProfileError, load_rulebase
from recordcheck.rules.rulebase import Rulebase, Source

__all__ = ["Rulebase", "Source", "UnknownProfileError", "load_rulebase", "preview"]


def preview(scenario: Scenario, profile: str | None, lang: str,
            rulebase: Rulebase) -> dict[str, Any]:
    """The assessment of answers being edited (nothing is stored)."""
    from recordcheck.rules import assess

    return assess(scenario, profile=profile, lang=lang, rulebase=rulebase)
