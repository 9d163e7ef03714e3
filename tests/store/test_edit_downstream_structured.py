"""An edit's plan compares the Art. 30 entry's structured retention: 9999 → 30 days reaches the
entry (and every document made from it), and a hand-edited period is shown before it is
overwritten."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.exports.conftest import pdf_text
from tests.registerkit import example, organisation

from recordcheck.domain.vocabulary import Purpose
from recordcheck.services import documents, scenarios
from recordcheck.services.downstream import RetentionAction
from recordcheck.services.workspace import Workspace

TP = Purpose.THREAT_PROTECTION


def _workspace(tmp_path: Path) -> tuple[Workspace, int]:
    ws = Workspace(tmp_path / "register.sqlite3", lang="da")
    ws.register().save_organisation(organisation())
    sc = dataclasses.replace(
        example("06-debt-collector-threat-button.json"),
        retention_days={TP: 9999},
        retention_reasons={TP: "Verserende straffesag"},  # beyond the 30 days supported
    )
    saved = scenarios.save_scenario(ws, sc)
    return ws, saved.record.id


def test_a_shorter_retention_reaches_the_entry_and_the_record(tmp_path: Path) -> None:
    ws, sid = _workspace(tmp_path)
    try:
        (before,) = ws.register().activities()
        assert dict(before.retention) == {TP: 9999}
        new = dataclasses.replace(ws.register().scenario(sid).scenario, retention_days={TP: 30})
        plan = scenarios.plan_edit(ws, sid, new)
        assert [c.action for c in plan.retention] == [RetentionAction.UPDATE]
        (change,) = [c for c in plan.activity if c.field == "retention"]
        assert not change.hand_edited and change.label("da") == "Slettefrister"
        scenarios.save_scenario(ws, new, sid)
        (after,) = ws.register().activities()
        assert dict(after.retention) == {TP: 30}
        text = pdf_text(documents.make(ws, documents.DocumentRequest("ropa")))  # type: ignore[arg-type]
        assert "Beskyttelse mod trusler: 30 dage" in text and "9999" not in text
        typed = scenarios.stored_assessment(ws, sid)
        assert typed is not None and typed.purpose(TP) is not None
        assert typed.purpose(TP).retention_days == 30  # type: ignore[union-attr]
    finally:
        ws.close()


def test_a_hand_edited_period_is_shown_before_it_is_overwritten(tmp_path: Path) -> None:
    ws, sid = _workspace(tmp_path)
    try:
        reg = ws.register()
        (entry,) = reg.activities()
        reg.save_activity(dataclasses.replace(entry, retention={TP: 60}))
        new = dataclasses.replace(reg.scenario(sid).scenario, retention_days={TP: 30})
        with pytest.raises(scenarios.NeedsConfirmationError) as refused:
            scenarios.save_scenario(ws, new, sid)
        plan = refused.value.plan
        assert plan is not None
        assert [c.field for c in plan.hand_edits if hasattr(c, "field")] == ["retention"]
        scenarios.save_scenario(ws, new, sid, overwrite_hand_edits=False)
        (kept,) = ws.register().activities()
        assert dict(kept.retention) == {TP: 60}
    finally:
        ws.close()
