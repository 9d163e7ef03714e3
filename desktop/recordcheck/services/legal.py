"""The rule base as the window shows it: its types, and a live assessment for previews.

The wizard's verdict preview assesses answers that are not stored yet; saving goes through
``services.scenarios``. The window reaches the rule base only through here. The engine is
imported when a preview is first asked for, not before the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recordcheck.domain.scenario import Scenario
from recordcheck.rules.rulebase import Rulebase, Source, load_rulebase

if TYPE_CHECKING:
    from recordcheck.rules.engine import UnknownProfileError

__all__ = ["Rulebase", "Source", "UnknownProfileError", "load_rulebase", "preview"]


def __getattr__(name: str) -> Any:
    if name == "UnknownProfileError":
        from recordcheck.rules.engine import UnknownProfileError

        return UnknownProfileError
    raise AttributeError(f"module 'recordcheck.services.legal' has no attribute {name!r}")


def preview(
    scenario: Scenario, profile: str | None, lang: str, rulebase: Rulebase
) -> dict[str, Any]:
    """The assessment of answers being edited (nothing is stored)."""
    from recordcheck.rules import assess

    return assess(scenario, profile=profile, lang=lang, rulebase=rulebase)
