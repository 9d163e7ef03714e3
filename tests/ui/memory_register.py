"""An in-memory stand-in for the register, used only until the SQLite store is merged.

It keeps the promises of ``recordcheck.ui.register_port.RegisterPort`` and nothing more.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    AssessmentRecord,
    ObligationCheck,
    RegisterInfo,
    ScenarioRecord,
    ScenarioStatus,
)
from recordcheck.domain.scenario import Scenario


class MemoryRegister:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._org: Organisation | None = None
        self._scenarios: dict[int, ScenarioRecord] = {}
        self._assessments: dict[int, list[AssessmentRecord]] = {}
        self._checks: dict[int, dict[str, ObligationCheck]] = {}
        self._next = 1

    def organisation(self) -> Organisation | None:
        return self._org

    def save_organisation(self, org: Organisation) -> None:
        self._org = org

    def add_scenario(self, scenario: Scenario, *, status: ScenarioStatus = ScenarioStatus.DRAFT,
                     owner: str | None = None, next_review: Any = None) -> ScenarioRecord:
        now = datetime.now(UTC)
        rec = ScenarioRecord(self._next, scenario, status, owner, next_review, 1, now, now,
                             "test", "test")
        self._scenarios[rec.id] = rec
        self._next += 1
        return rec

    def update_scenario(self, scenario_id: int, scenario: Scenario, **changes: Any
                        ) -> ScenarioRecord:
        old = self._scenarios[scenario_id]
        rec = dataclasses.replace(old, scenario=scenario, version=old.version + 1,
                                  updated_at=datetime.now(UTC), **changes)
        self._scenarios[scenario_id] = rec
        return rec

    def scenario(self, scenario_id: int) -> ScenarioRecord:
        return self._scenarios[scenario_id]

    def scenarios(self, status: ScenarioStatus | None = None) -> list[ScenarioRecord]:
        return [r for r in self._scenarios.values() if status is None or r.status == status]

    def add_assessment(self, scenario_id: int, assessment: dict[str, Any]) -> AssessmentRecord:
        rb = assessment["rulebase"]
        items = self._assessments.setdefault(scenario_id, [])
        rec = AssessmentRecord(sum(map(len, self._assessments.values())) + 1, scenario_id,
                               self._scenarios[scenario_id].version, datetime.now(UTC), "test",
                               rb["id"], rb["version"], rb.get("profile", "default"), assessment)
        items.insert(0, rec)
        return rec

    def latest_assessment(self, scenario_id: int) -> AssessmentRecord | None:
        items = self._assessments.get(scenario_id)
        return items[0] if items else None

    def assessments(self, scenario_id: int) -> list[AssessmentRecord]:
        return list(self._assessments.get(scenario_id, []))

    def obligation_checks(self, scenario_id: int) -> dict[str, ObligationCheck]:
        return dict(self._checks.get(scenario_id, {}))

    def set_obligation_done(self, scenario_id: int, obligation_id: str, done: bool,
                            note: str = "") -> ObligationCheck:
        check = ObligationCheck(scenario_id, obligation_id, done,
                                datetime.now(UTC) if done else None, "test", note)
        self._checks.setdefault(scenario_id, {})[obligation_id] = check
        return check

    def info(self) -> RegisterInfo:
        return RegisterInfo(str(self.path), 1, "memory")

    def warnings(self) -> list:
        return []

    def backup(self, dest: Path) -> Path:
        if self.path and self.path.exists():
            shutil.copy(self.path, dest)
        else:
            Path(dest).write_bytes(b"")
        return Path(dest)

    def close(self) -> None:
        pass
