"""Documents are made from the stored assessment: re-worded by the engine when it judged the
stored scenario under today's rule base, read back from the snapshot otherwise."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.registerkit import Clock, example, open_test_register

from recordcheck.domain.assessment_codec import from_contract
from recordcheck.exports.from_register import typed_assessment
from recordcheck.rules import assess, load_rulebase


def test_the_typed_assessment_of_a_stored_snapshot(tmp_path: Path) -> None:
    with open_test_register(tmp_path / "r.sqlite3", Clock()) as reg:
        sc = example()
        record = reg.add_scenario(sc)
        latest = reg.record_assessment(record.id, assess(sc, lang="en"))
    fresh = typed_assessment(sc, latest, scenario_version=record.version)
    assert fresh.source is None  # re-run: every reason can be worded in Danish too

    def said(a):  # what a document relies on
        return (
            [
                (p.purpose, p.verdict, p.route, p.legal_basis, p.retention_days, p.missing)
                for p in a.purposes
            ],
            a.blocked_by,
            a.obligations,
            a.warnings,
        )

    assert said(fresh) == said(latest.result)  # and it says what the snapshot says
    edited = typed_assessment(sc, latest, scenario_version=record.version + 1)
    assert edited.source == latest.assessment  # the scenario changed since: the snapshot
    older = dataclasses.replace(latest, rulebase_version="0.0.1")
    assert typed_assessment(sc, older, load_rulebase()).source == latest.assessment
    assert from_contract(latest.assessment) == latest.result
