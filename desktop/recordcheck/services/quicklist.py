"""The scenario list read straight from the register file (standard library only), so the
window's first paint shows it before the database layer is imported."""

from __future__ import annotations

from recordcheck.store.quicklist import scenario_summaries

__all__ = ["scenario_summaries"]
