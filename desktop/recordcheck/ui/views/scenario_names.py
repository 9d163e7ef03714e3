"""Scenario names by id, read once and kept: table cells ask for them row by row.

The names are read through the workspace when first needed; a view calls :meth:`forget` when a
SCENARIO (or REGISTER) change arrives, so a new or renamed scenario shows at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from recordcheck.services.workspace import Workspace


class ScenarioNames:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._names: dict[int, str] | None = None

    def all(self) -> dict[int, str]:
        if self._names is None:
            self._names = self.workspace.register().scenario_names()
        return self._names

    def name(self, scenario_id: int | None) -> str:
        if scenario_id is None:
            return ""
        return self.all().get(scenario_id, f"#{scenario_id}")

    def forget(self) -> None:
        self._names = None

    def fill(self, combo: QComboBox, first: str | None = None) -> None:
        """Put the scenarios into ``combo`` (after an "all" item ``first``), keeping the choice."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if first is not None:
            combo.addItem(first, None)
        for scenario_id, name in sorted(self.all().items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(name, scenario_id)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
