"""What the window needs from the register, as a Protocol.

The window is written against this, not against the store's classes, so it can be tested with
any object that keeps these promises and so the store can change inside without touching widgets.
``open_register`` is the one place that chooses the real implementation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    AssessmentRecord,
    ObligationCheck,
    RegisterInfo,
    RegisterWarning,
    ScenarioRecord,
    ScenarioStatus,
    ScenarioSummary,
)
from recordcheck.domain.scenario import Scenario


class RegisterPort(Protocol):
    def organisation(self) -> Organisation | None: ...

    def save_organisation(self, org: Organisation) -> Any: ...

    def add_scenario(self, scenario: Scenario, status: ScenarioStatus = ...,
                     owner: str | None = None, next_review: date | None = None
                     ) -> ScenarioRecord: ...

    def update_scenario(self, scenario_id: int, scenario: Scenario, **changes: Any
                        ) -> ScenarioRecord: ...

    def scenario(self, scenario_id: int) -> ScenarioRecord:
        """Raises ``recordcheck.store.errors.NotFoundError`` for an unknown id."""

    def scenarios(self, status: ScenarioStatus | None = None) -> list[ScenarioRecord]: ...
    def scenario_summaries(self, status: ScenarioStatus | None = None
                           ) -> list[ScenarioSummary]: ...

    def add_assessment(self, scenario_id: int, assessment: dict[str, Any]
                       ) -> AssessmentRecord: ...
    def record_assessment(self, scenario_id: int, assessment: dict[str, Any]
                          ) -> AssessmentRecord: ...

    def latest_assessment(self, scenario_id: int) -> AssessmentRecord | None: ...

    def assessments(self, scenario_id: int) -> list[AssessmentRecord]: ...

    def obligation_checks(self, scenario_id: int) -> dict[str, ObligationCheck]: ...

    def set_obligation_done(self, scenario_id: int, obligation_id: str, done: bool,
                            note: str = "") -> Any: ...

    def info(self) -> RegisterInfo: ...

    def warnings(self) -> list[RegisterWarning] | tuple[RegisterWarning, ...]: ...

    def backup(self, dest: Path) -> Any: ...

    def close(self) -> None: ...


def open_register(path: Path | None = None) -> RegisterPort:
    """Open (creating if needed) the register at ``path`` (default: the data folder's)."""
    from recordcheck.store import open_register as _open

    return _open(path)  # type: ignore[return-value]
