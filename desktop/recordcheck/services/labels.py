"""Labels for the window and the command line: the rule base's words for the contract's values
(defined once, in ``recordcheck.rules.labels``)."""

from __future__ import annotations

from recordcheck.rules.labels import purpose_label, value_label

__all__ = ["purpose_label", "value_label"]
